#include "ui/search/enterpriseprofiledialog.h"

#include "core/codes/industries.h"
#include "core/codes/regions.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/settings.h"
#include "ui/search/evaluationreport.h"
#include "ui/search/evaluationscore.h"
#include "ui/search/financialchart.h"
#include "ui/search/profileheadercard.h"
#include "ui/search/relatedtablemodel.h"

#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace dj::ui {

using R = store::EnterpriseStore::Related;

EnterpriseProfileDialog::EnterpriseProfileDialog(
    const QString& cachePath, const QString& uscc, QWidget* parent)
    : QDialog(parent)
    , m_cachePath(cachePath)
    , m_uscc(uscc)
{
    setObjectName(QStringLiteral("profile"));
    setWindowTitle(tr("Enterprise profile"));
    resize(1100, 760);
    auto* lay = new QVBoxLayout(this);
    m_status = new QLabel(tr("Loading %1 …").arg(uscc), this);
    m_status->setWordWrap(true);
    QFont f = m_status->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_status->setFont(f);
    lay->addWidget(m_status);
    m_card = new ProfileHeaderCard(this);
    m_card->hide();
    lay->addWidget(m_card);
    m_tabs = new QTabWidget(this);
    lay->addWidget(m_tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reportButton = buttons->addButton(tr("Generate evaluation report"), QDialogButtonBox::ActionRole);
    m_reportButton->setEnabled(false);
    connect(m_reportButton, &QPushButton::clicked, this, &EnterpriseProfileDialog::chooseReportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lay->addWidget(buttons);

    m_loadTask = new BackgroundTask(this);
    m_reportTask = new BackgroundTask(this);
    m_loadTask->start<ProfileData>(
        [cachePath, uscc](const Progress&) { return ProfileData::load(cachePath, uscc); }, this,
        [this](ProfileData data) { showProfile(data); },
        [this](const QString& message) {
            m_status->setText(message);
            emit loadFailed(message);
        });
}

RelatedTableModel* EnterpriseProfileDialog::addTableTab(const QString& title, const store::TableRows& rows)
{
    auto* view = new QTableView(m_tabs);
    auto* model = new RelatedTableModel(view);
    model->setRows(rows);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->resizeColumnsToContents();
    m_tabs->addTab(view, QStringLiteral("%1 (%2)").arg(title).arg(rows.rows.size()));
    return model;
}

void EnterpriseProfileDialog::showProfile(const ProfileData& data)
{
    m_data = data;
    const auto& e = data.enterprise;
    setWindowTitle(tr("Enterprise profile — %1").arg(e.name));
    m_status->hide(); // the card shows the name from here
    m_card->setProfile(data, EvaluationScore::evaluate(data));
    m_card->show();

    // 基本信息
    auto* basic = new QWidget(m_tabs);
    auto* form = new QFormLayout(basic);
    auto add = [form, basic](const QString& label, const QString& value) {
        auto* l = new QLabel(value, basic);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        form->addRow(label, l);
    };
    add(tr("Credit code"), e.uscc + (e.usccInvalid ? tr(" (check character wrong)") : QString()));
    add(tr("Status"), e.status);
    add(tr("Entity type"), e.entityType);
    add(tr("Legal representative"), e.legalRep);
    add(tr("Registered capital (10k yuan)"),
        RelatedTableModel::format(
            QStringLiteral("amount"), e.registeredCapital ? QVariant(*e.registeredCapital) : QVariant())
            + (e.registeredCapitalCurrency.isEmpty() ? QString()
                                                     : QLatin1Char(' ') + e.registeredCapitalCurrency));
    add(tr("Established"), e.established);
    add(tr("Region"),
        codes::Regions::instance().fullName(e.regionCode) + QStringLiteral(" (") + e.regionCode
            + QLatin1Char(')'));
    const codes::Industry* ind = codes::Industries::instance().find(e.industryCode);
    add(tr("Industry"),
        e.industrySection + e.industryCode + (ind ? QLatin1Char(' ') + ind->name : QString()));
    add(tr("Scale"), e.scale);
    add(tr("Insured staff"), e.insuredCount ? QString::number(*e.insuredCount) : QString());
    add(tr("Listed code"), e.listedCode);
    add(tr("Address"), e.address);
    if (!e.opAddress.isEmpty())
        add(tr("Operating address"), e.opAddress);
    add(tr("Former names"), e.formerNames.join(QStringLiteral("；")));
    add(tr("Business scope"), e.scope);
    m_tabs->addTab(basic, tr("Basic information"));

    addTableTab(tr("Shareholders"), data.table(R::Shareholders));
    addTableTab(tr("Investments"), data.table(R::Investments));
    addTableTab(tr("Key personnel"), data.table(R::Roles));
    addTableTab(tr("Branches"), data.branches);

    // 财务: chart above the table
    {
        auto* split = new QSplitter(Qt::Vertical, m_tabs);
        auto* chartView = new QChartView(FinancialChart::create(data.table(R::Financials)), split);
        chartView->setRenderHint(QPainter::Antialiasing);
        chartView->setMinimumHeight(280);
        auto* view = new QTableView(split);
        auto* model = new RelatedTableModel(view);
        model->setRows(data.table(R::Financials));
        view->setModel(model);
        view->verticalHeader()->setVisible(false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 1);
        split->setSizes({ 480, 200 });
        m_tabs->addTab(split, tr("Financials"));
    }
    addTableTab(tr("Financing"), data.table(R::Financing));
    {
        // 资质与许可: qualifications and licences in one tab
        store::TableRows both;
        both.columns = { QStringLiteral("kind"), QStringLiteral("level"), QStringLiteral("number"),
            QStringLiteral("valid_to") };
        const auto& q = data.table(R::Qualifications);
        for (const QVariantList& r : q.rows)
            both.rows << QVariantList { r.value(q.column(QStringLiteral("kind"))),
                r.value(q.column(QStringLiteral("level"))), QVariant(),
                r.value(q.column(QStringLiteral("valid_to"))) };
        const auto& l = data.table(R::Licenses);
        for (const QVariantList& r : l.rows)
            both.rows << QVariantList { r.value(l.column(QStringLiteral("kind"))), QVariant(),
                r.value(l.column(QStringLiteral("number"))), r.value(l.column(QStringLiteral("valid_to"))) };
        addTableTab(tr("Qualifications and licences"), both);
    }
    addTableTab(tr("Risks"), data.table(R::Risks));
    addTableTab(tr("Intellectual property"), data.table(R::Ip));
    {
        store::TableRows rel;
        rel.columns = { QStringLiteral("direction"), QStringLiteral("uscc"), QStringLiteral("name"),
            QStringLiteral("kind"), QStringLiteral("year"), QStringLiteral("amount") };
        for (const QVariantList& r : data.table(R::RelationsOut).rows)
            rel.rows << (QVariantList { tr("to") } + r);
        for (const QVariantList& r : data.table(R::RelationsIn).rows)
            rel.rows << (QVariantList { tr("from") } + r);
        addTableTab(tr("Relations"), rel);
    }
    // 走访 (field work): the enterprise's visit records and its open visit tasks.
    addTableTab(tr("Visits"), data.table(R::Visits));
    {
        store::TableRows open = data.table(R::Tasks);
        const int status = open.column(QStringLiteral("status"));
        open.rows.removeIf([status](const QVariantList& r) {
            const QString s = r.value(status).toString();
            return !(s.isEmpty() || s == u"待办" || s == u"进行中");
        });
        addTableTab(tr("Open visit tasks"), open);
    }
    m_reportButton->setEnabled(true);
    emit loaded();
}

void EnterpriseProfileDialog::chooseReportFile()
{
    if (!m_data)
        return;
    Settings& settings = Settings::instance();
    QString dir = settings.string(Settings::Key::LastExportDir);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString suggested
        = QDir(dir).filePath(tr("Evaluation report - %1.pdf").arg(m_data->enterprise.name));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save evaluation report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(Settings::Key::LastExportDir, QFileInfo(path).absolutePath());
    connect(
        this, &EnterpriseProfileDialog::reportWritten, this,
        [this](const QString& written) { QDesktopServices::openUrl(QUrl::fromLocalFile(written)); },
        Qt::SingleShotConnection);
    writeReport(path);
}

void EnterpriseProfileDialog::writeReport(const QString& path)
{
    if (!m_data || m_reportTask->isRunning())
        return;
    m_reportButton->setEnabled(false);
    // QtCharts lives on the GUI thread: render the chart here (a few ms), write the PDF off it.
    const QImage chart = FinancialChart::render(m_data->table(R::Financials), QSize(900, 420));
    const ProfileData data = *m_data;
    m_reportTask->start<QString>(
        [path, data, chart](const Progress&) {
            EvaluationReport::writePdf(path, data, EvaluationScore::evaluate(data), chart);
            return path;
        },
        this,
        [this](QString written) {
            m_reportButton->setEnabled(true);
            emit reportWritten(written);
        },
        [this](const QString& message) {
            m_reportButton->setEnabled(true);
            emit reportFailed(message);
            auto* box = new QMessageBox(
                QMessageBox::Warning, tr("Evaluation report"), message, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

} // namespace dj::ui
