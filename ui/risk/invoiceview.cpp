#include "ui/risk/invoiceview.h"

#include "core/common/money.h"
#include "core/io/tablewriter.h"
#include "core/risk/supplynetwork.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/common/charts.h"
#include "ui/common/progressrunner.h"
#include "ui/common/reportwriter.h"
#include "ui/common/settings.h"

#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace dj::ui {

using namespace Qt::StringLiterals;

namespace {

const Settings::PanelKey<QString> kUscc { "risk", "invoiceUscc", QString() };

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}

QString pct(double v)
{
    return QString::number(v * 100, 'f', 1) + u"%"_s;
}

} // namespace

InvoiceView::InvoiceView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"invoices"_s);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("&Enterprise:"), this);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("Credit code (or use the selection)"));
    label->setBuddy(m_input);
    auto* analyse = new QPushButton(tr("&Analyse"), this);
    auto* fromSelection = new QPushButton(tr("Use &selection"), this);
    auto* weights = new QPushButton(tr("Score &weights…"), this);
    weights->setToolTip(tr("Opens your copy of the score weights (a readable JSON file) for editing"));
    auto* xlsx = new QPushButton(tr("Export &counterparties…"), this);
    auto* pdf = new QPushButton(tr("Borrower invoice &report…"), this);
    bar->addWidget(label);
    bar->addWidget(m_input, 1);
    bar->addWidget(analyse);
    bar->addWidget(fromSelection);
    bar->addWidget(weights);
    bar->addWidget(xlsx);
    bar->addWidget(pdf);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* charts = new QWidget(split);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_monthly = new QChartView(charts);
    m_top = new QChartView(charts);
    m_concentration = new QChartView(charts);
    for (QChartView* v : { m_monthly, m_top, m_concentration }) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(180);
    }
    grid->addWidget(m_monthly, 0, 0, 1, 2);
    grid->addWidget(m_top, 1, 0);
    grid->addWidget(m_concentration, 1, 1);
    auto* right = new QTabWidget(split);
    auto* card = new QWidget(right);
    auto* cardLayout = new QVBoxLayout(card);
    m_scoreLabel = new QLabel(card);
    m_scoreLabel->setObjectName(u"score"_s);
    m_scoreLabel->setTextFormat(Qt::RichText);
    m_parts = table({ tr("Part"), tr("Value"), tr("Weight"), tr("Explanation") }, card);
    m_parts->setWordWrap(true);
    cardLayout->addWidget(m_scoreLabel);
    cardLayout->addWidget(m_parts, 1);
    right->addTab(card, tr("Score card"));
    m_counterparties = table(
        { tr("Side"), tr("Name"), tr("Amount (10k yuan)"), tr("Share"), tr("Months"), tr("Related party") },
        right);
    right->addTab(m_counterparties, tr("Counterparties"));
    split->addWidget(charts);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(analyse, &QPushButton::clicked, this, [this] { open(m_input->text()); });
    connect(m_input, &QLineEdit::returnPressed, this, [this] { open(m_input->text()); });
    connect(fromSelection, &QPushButton::clicked, this, [this] {
        if (!m_context.selection().isEmpty())
            open(m_context.selection().first());
    });
    connect(weights, &QPushButton::clicked, this, &InvoiceView::editWeights);
    connect(xlsx, &QPushButton::clicked, this, &InvoiceView::exportCounterparties);
    connect(pdf, &QPushButton::clicked, this, &InvoiceView::exportReport);
    connect(m_counterparties, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto* item = m_counterparties->item(row, 1))
            m_context.openEnterprise(item->data(Qt::UserRole).toString());
    });
}

void InvoiceView::open(const QString& ref)
{
    const QString uscc = ref.trimmed().toUpper();
    const QString path = m_context.cachePath();
    if (uscc.isEmpty() || path.isEmpty())
        return;
    m_input->setText(uscc);
    m_busy = true;
    m_status->setText(tr("Analysing the invoices…"));
    ProgressRunner::run<Data>(
        this, tr("Analysing the invoices…"),
        [path, uscc](const Progress&) {
            const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
            Data d;
            d.invoices = risk::InvoiceAnalytics(db).analyse(uscc);
            d.score = risk::CreditScore::forEnterprise(db, uscc, risk::ScoreWeights::current());
            return d;
        },
        [this](Data d) {
            m_busy = false;
            display(std::move(d));
        },
        [this](const QString& error) {
            m_busy = false;
            m_status->setText(error);
        });
}

void InvoiceView::display(Data d)
{
    const auto& inv = d.invoices;
    const auto& s = inv.sales;
    const auto& b = inv.purchases;
    QList<double> sales, purchases, top1s, top1b;
    for (const auto& m : s.monthly)
        sales << Money::toWan(m.amount);
    for (const auto& m : b.monthly)
        purchases << Money::toWan(m.amount);
    for (double v : s.monthlyTop1)
        top1s << v * 100;
    for (double v : b.monthlyTop1)
        top1b << v * 100;
    auto replace = [](QChartView* view, QChart* chart) {
        QChart* old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_monthly,
        inv.months.isEmpty() ? Charts::empty(tr("No invoices"))
                             : Charts::bars(tr("Monthly invoiced amount (10k yuan)"), inv.months,
                                 { { tr("Sales"), sales }, { tr("Purchases"), purchases } }));
    QList<QPair<QString, double>> slices;
    double rest = 0;
    for (size_t i = 0; i < s.counterparties.size(); ++i) {
        if (i < 5)
            slices << qMakePair(
                s.counterparties[i].name.isEmpty() ? s.counterparties[i].uscc : s.counterparties[i].name,
                s.counterparties[i].amount);
        else
            rest += s.counterparties[i].amount;
    }
    if (rest > 0)
        slices << qMakePair(tr("Others"), rest);
    replace(m_top,
        slices.isEmpty() ? Charts::empty(tr("No customers"))
                         : Charts::pie(tr("Top customers by sales"), slices));
    replace(m_concentration,
        inv.months.isEmpty() ? Charts::empty(tr("Concentration"))
                             : Charts::lines(tr("Largest counterparty's share per month (%)"), inv.months,
                                 { { tr("Customers"), top1s }, { tr("Suppliers"), top1b } }));

    const auto& sc = d.score;
    m_scoreLabel->setText(tr("<span style='font-size:28pt;font-weight:bold'>%1</span> <span "
                             "style='font-size:16pt'>/ 100 · %2</span><br>%3 · weights: %4")
                              .arg(QString::number(sc.score, 'f', 1), sc.grade, sc.name.toHtmlEscaped(),
                                  sc.weightsSource.toHtmlEscaped()));
    m_parts->setRowCount(int(sc.parts.size()));
    for (int i = 0; i < int(sc.parts.size()); ++i) {
        const auto& p = sc.parts[size_t(i)];
        setRow(m_parts, i,
            { p.label, p.available ? QString::number(p.value, 'f', 1) : tr("n/a"), QString::number(p.weight),
                p.explanation });
    }
    m_parts->resizeColumnsToContents();
    m_parts->resizeRowsToContents();

    QList<QStringList> rows;
    QStringList usccs;
    for (const auto* side : { &s, &b })
        for (const auto& c : side->counterparties) {
            rows << QStringList { side == &s ? tr("Customer") : tr("Supplier"),
                c.name.isEmpty() ? c.uscc : c.name, Money::wan(c.amount), pct(c.share),
                QString::number(c.months), c.related ? tr("yes") : QString() };
            usccs << c.uscc;
        }
    m_counterparties->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        setRow(m_counterparties, i, rows[i]);
        m_counterparties->item(i, 1)->setData(Qt::UserRole, usccs[i]);
    }
    m_counterparties->resizeColumnsToContents();

    QString text
        = tr("%1: %2 months; sales %3 万元 (CV %4, top-1 %5, top-5 %6, HHI %7, %8 empty months, churn %9)")
              .arg(inv.party.name)
              .arg(inv.months.size())
              .arg(Money::wan(s.total), QString::number(s.cv, 'f', 2), pct(s.top1), pct(s.top5),
                  QString::number(s.hhi, 'f', 3))
              .arg(s.emptyMonths)
              .arg(pct(s.churn));
    text += u"; "_s
        + tr("purchases %1 万元 (top-1 %2, HHI %3)")
              .arg(Money::wan(b.total), pct(b.top1), QString::number(b.hhi, 'f', 3));
    int breaks = int(s.breaks.size() + b.breaks.size());
    if (breaks > 0)
        text += u"; "_s + tr("%n trend break(s)", nullptr, breaks);
    if (!inv.related.empty()) {
        QStringList rel;
        for (const auto& r : inv.related)
            rel << r.connection;
        text += u"\n"_s + tr("Related parties: %1").arg(rel.join(u"; "_s));
    }
    m_status->setText(text);
    m_data = std::move(d);
}

void InvoiceView::exportCounterparties()
{
    if (!m_data)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the counterparties"),
        m_data->invoices.party.name + tr("-counterparties") + u".xlsx"_s,
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QList<QVariantList> rows;
    for (const auto* side : { &m_data->invoices.sales, &m_data->invoices.purchases })
        for (const auto& c : side->counterparties)
            rows << QVariantList { side == &m_data->invoices.sales ? tr("Customer") : tr("Supplier"), c.uscc,
                c.name, Money::toWan(c.amount), c.count, c.share * 100, c.months, c.related };
    const QStringList headers { tr("Side"), tr("Credit code"), tr("Name"), tr("Amount (10k yuan)"),
        tr("Invoices"), tr("Share (%)"), tr("Months"), tr("Related party") };
    ProgressRunner::run<bool>(
        this, tr("Exporting…"),
        [path, headers, rows](const Progress& p) {
            io::TableWriter::write(
                path, headers, rows.size(), [&rows](qint64 r) { return rows[r]; }, p, tr("Counterparties"));
            return true;
        },
        [this, path](bool) { m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path))); },
        [this](const QString& error) { QMessageBox::warning(this, tr("Export"), error); });
}

void InvoiceView::exportReport()
{
    if (!m_data)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Borrower invoice report"),
        m_data->invoices.party.name + tr("-invoice-report") + u".pdf"_s, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto& inv = m_data->invoices;
    const auto& sc = m_data->score;
    ReportWriter report(tr("Borrower invoice report"));
    report.addTitle(tr("Borrower invoice report"), inv.party.name);
    report.addKeyValues(
        { { tr("Credit code"), inv.party.uscc }, { tr("Registration status"), inv.party.status },
            { tr("Months"),
                inv.months.isEmpty() ? QString() : inv.months.first() + u" – "_s + inv.months.last() },
            { tr("Sales (10k yuan)"), Money::wan(inv.sales.total) },
            { tr("Purchases (10k yuan)"), Money::wan(inv.purchases.total) },
            { tr("Credit score"), QString::number(sc.score, 'f', 1) + u" · "_s + sc.grade } });
    report.addHeading(tr("Score card"));
    QList<QStringList> parts;
    for (const auto& p : sc.parts)
        parts << QStringList { p.label, p.available ? QString::number(p.value, 'f', 1) : tr("n/a"),
            QString::number(p.weight), p.explanation };
    report.addTable({ tr("Part"), tr("Value"), tr("Weight"), tr("Explanation") }, parts);
    report.addHeading(tr("Monthly invoices"));
    report.addImage(m_monthly->grab().toImage());
    report.addImage(m_concentration->grab().toImage());
    report.addHeading(tr("Largest counterparties"));
    QList<QStringList> rows;
    for (const auto* side : { &inv.sales, &inv.purchases })
        for (size_t i = 0; i < side->counterparties.size() && i < 10; ++i) {
            const auto& c = side->counterparties[i];
            rows << QStringList { side == &inv.sales ? tr("Customer") : tr("Supplier"), c.name,
                Money::wan(c.amount), pct(c.share), c.related ? tr("yes") : QString() };
        }
    report.addTable(
        { tr("Side"), tr("Name"), tr("Amount (10k yuan)"), tr("Share"), tr("Related party") }, rows);
    if (!inv.related.empty()) {
        report.addHeading(tr("Related-party transactions"));
        QList<QStringList> rel;
        for (const auto& r : inv.related)
            rel << QStringList { r.name, Money::wan(r.sales), Money::wan(r.purchases), r.connection };
        report.addTable(
            { tr("Name"), tr("Sold to (10k yuan)"), tr("Bought from (10k yuan)"), tr("Connection") }, rel);
    }
    report.addNote(tr("Source: invoices.csv aggregates of the open cache (%1); weights: %2.")
                       .arg(m_context.dataSource(), sc.weightsSource));
    ProgressRunner::run<bool>(
        this, tr("Writing the report…"),
        [report, path](const Progress&) {
            report.writePdf(path);
            return true;
        },
        [this, path](
            bool) { m_status->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path))); },
        [this](const QString& error) { QMessageBox::warning(this, tr("Report"), error); });
}

void InvoiceView::editWeights()
{
    const QString file = risk::ScoreWeights::userFile();
    if (!QFile::exists(file)) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            QMessageBox::warning(this, tr("Score weights"), tr("%1 cannot be written.").arg(file));
            return;
        }
        out.write(risk::ScoreWeights::defaultText());
    }
    QMessageBox::information(this, tr("Score weights"),
        tr("The weights are in %1. Edit the numbers, save the file and analyse again.")
            .arg(QDir::toNativeSeparators(file)));
    QDesktopServices::openUrl(QUrl::fromLocalFile(file));
}

void InvoiceView::saveState(Settings& settings) const
{
    if (m_data)
        settings.set(kUscc, m_data->invoices.party.uscc);
}

void InvoiceView::restoreState(const Settings& settings)
{
    m_input->setText(settings.get(kUscc));
}

void InvoiceView::prepareScreenshot()
{
    const QString path = m_context.cachePath();
    if (path.isEmpty())
        return;
    // the chain master with the most suppliers has invoices on both sides
    try {
        const store::Database db = store::Cache::open(path, store::Cache::Access::ReadOnly);
        const auto masters = risk::SupplyNetwork::chainMasters(db, 1);
        if (!masters.empty())
            open(masters.front().first.uscc);
    } catch (const std::exception&) {
    }
}

} // namespace dj::ui
