#include "ui/io/exportdialog.h"

#include "core/io/ioerror.h"
#include "core/store/cache.h"
#include "ui/common/appcontext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace dj::ui {

ExportDialog::ExportDialog(AppContext& context, std::optional<QStringList> usccs, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_usccs(std::move(usccs))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(m_usccs ? tr("Export %Ln enterprises", nullptr, int(m_usccs->size())) : tr("Export data"));
    resize(620, 260);
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(m_usccs ? tr("The chosen enterprises with their people, shareholders, finances, "
                                         "licences, risks and the rest of their rows, as a bundle.")
                                    : tr("The whole cache as a bundle (one CSV file per table, or one Excel "
                                         "workbook with a sheet per table). ID numbers leave masked."),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto* form = new QFormLayout;
    auto* formats = new QHBoxLayout;
    m_csv = new QRadioButton(tr("CSV folder"), this);
    m_xlsx = new QRadioButton(tr("Excel workbook (.xlsx)"), this);
    m_csv->setChecked(true);
    formats->addWidget(m_csv);
    formats->addWidget(m_xlsx);
    formats->addStretch(1);
    form->addRow(tr("Format:"), formats);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("destinationEdit"));
    const QString lastDir = Settings::instance().string(Settings::Key::LastExportDir);
    m_path->setText(QDir(lastDir.isEmpty() ? QDir::homePath() : lastDir).filePath(tr("bundle")));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("Save to:"), pathRow);
    layout->addLayout(form);

    m_stage = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("Export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_cancel = new QPushButton(tr("Close"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    m_task = new BackgroundTask(this);
    // Progress bar and stage line through the shared runner; the Cancel button doubles as Close.
    ProgressRunner::bind(m_task, m_bar, nullptr, m_stage);
    m_bar->hide();
    connect(m_task, &BackgroundTask::runningChanged, this, &ExportDialog::updateButtons);
    connect(m_task, &BackgroundTask::cancelled, this, [this]() {
        m_stage->setText(tr("Cancelled; no file was written."));
        emit idle();
    });
    connect(m_task, &BackgroundTask::failed, this, [this](const QString& message) {
        m_stage->setText(tr("Export failed: %1").arg(message));
        emit idle();
    });
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_task->isRunning())
            m_task->cancel();
        else
            reject();
    });
    connect(m_xlsx, &QRadioButton::toggled, this, [this](bool xlsx) {
        QString p = m_path->text();
        if (xlsx && !p.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            p += QStringLiteral(".xlsx");
        else if (!xlsx && p.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            p.chop(5);
        m_path->setText(p);
    });
    updateButtons();
}

void ExportDialog::exportEnterprises(AppContext& context, const QStringList& usccs, QWidget* parent)
{
    ExportDialog dialog(context, usccs, parent);
    dialog.exec();
}

void ExportDialog::setFormat(io::ExportOptions::Format format)
{
    (format == io::ExportOptions::Format::Xlsx ? m_xlsx : m_csv)->setChecked(true);
}

void ExportDialog::setDestination(const QString& path)
{
    m_path->setText(path);
}

QString ExportDialog::destination() const
{
    return m_path->text().trimmed();
}

bool ExportDialog::isBusy() const
{
    return m_task->isRunning();
}

io::ExportOptions::Format ExportDialog::format() const
{
    return m_xlsx->isChecked() ? io::ExportOptions::Format::Xlsx : io::ExportOptions::Format::Csv;
}

void ExportDialog::updateButtons()
{
    const bool running = m_task->isRunning();
    m_export->setEnabled(!running);
    m_csv->setEnabled(!running);
    m_xlsx->setEnabled(!running);
    m_path->setEnabled(!running);
    m_cancel->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::browse()
{
    QString path;
    if (format() == io::ExportOptions::Format::Xlsx)
        path = QFileDialog::getSaveFileName(
            this, tr("Export as workbook"), destination(), tr("Excel workbooks (*.xlsx)"));
    else
        path = QFileDialog::getExistingDirectory(
            this, tr("Export into folder"), QFileInfo(destination()).absolutePath());
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::startExport()
{
    if (m_task->isRunning())
        return;
    const QString cachePath = m_context.cachePath();
    if (cachePath.isEmpty()) {
        m_stage->setText(tr("Open a cache first (File menu)."));
        return;
    }
    const QString out = destination();
    if (out.isEmpty()) {
        m_stage->setText(tr("Choose where to save the bundle."));
        return;
    }
    io::ExportOptions options;
    options.format = format();
    options.usccs = m_usccs;
    Settings::instance().setValue(Settings::Key::LastExportDir, QFileInfo(out).absolutePath());
    m_task->start<io::ExportSummary>(
        [cachePath, out, options](const Progress& progress) {
            store::Database db = store::Cache::open(cachePath, store::Cache::Access::ReadOnly);
            return io::Exporter::run(db, out, options, progress);
        },
        this,
        [this](io::ExportSummary summary) {
            m_summary = summary;
            qint64 rows = 0;
            for (qint64 n : summary.rows)
                rows += n;
            m_stage->setText(tr("Exported %L1 rows into %2.")
                                 .arg(rows)
                                 .arg(summary.files.size() == 1 ? summary.files.first() : destination()));
            emit exported(summary);
            emit idle();
        });
}

} // namespace dj::ui
