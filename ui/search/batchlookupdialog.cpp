#include "ui/search/batchlookupdialog.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/progressrunner.h"
#include "ui/common/settings.h"
#include "ui/search/batchmatcher.h"
#include "ui/search/batchmatchmodel.h"
#include "ui/search/listimport.h"
#include "ui/search/tableexport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dj::ui {

namespace {
void warn(QWidget* parent, const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

BatchLookupDialog::BatchLookupDialog(const QString& cachePath, QWidget* parent)
    : QDialog(parent)
    , m_cachePath(cachePath)
{
    setObjectName(QStringLiteral("batchlookup"));
    setWindowTitle(tr("Batch lookup"));
    resize(1100, 720);
    auto* lay = new QVBoxLayout(this);

    auto* split = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(split);
    auto* topLay = new QVBoxLayout(top);
    topLay->setContentsMargins(0, 0, 0, 0);
    topLay->addWidget(
        new QLabel(tr("One enterprise name or credit code per line (paste, or import a txt/csv/xlsx "
                      "file whose first column holds them):"),
            top));
    m_input = new QPlainTextEdit(top);
    topLay->addWidget(m_input, 1);
    auto* row = new QHBoxLayout;
    auto* importButton = new QPushButton(tr("Import file…"), top);
    m_matchButton = new QPushButton(tr("Match"), top);
    m_matchButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), top);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(top);
    m_progress->setVisible(false);
    row->addWidget(importButton);
    row->addStretch(1);
    row->addWidget(m_progress, 2);
    row->addWidget(m_matchButton);
    row->addWidget(m_cancelButton);
    topLay->addLayout(row);

    auto* bottom = new QSplitter(Qt::Horizontal, split);
    m_model = new BatchMatchModel(this);
    m_table = new QTableView(bottom);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    auto* side = new QWidget(bottom);
    auto* sideLay = new QVBoxLayout(side);
    sideLay->setContentsMargins(0, 0, 0, 0);
    sideLay->addWidget(new QLabel(tr("Candidates (double-click to choose):"), side));
    m_candidates = new QListWidget(side);
    sideLay->addWidget(m_candidates, 1);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    lay->addWidget(split, 1);

    m_summary = new QLabel(this);
    lay->addWidget(m_summary);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export matched list…"), QDialogButtonBox::ActionRole);
    m_selectionButton = buttons->addButton(tr("Use as selection"), QDialogButtonBox::ActionRole);
    m_exportButton->setEnabled(false);
    m_selectionButton->setEnabled(false);
    lay->addWidget(buttons);

    m_task = new BackgroundTask(this);
    // Progress bar and Cancel shown while matching (ProgressRunner); the rest of the state is ours.
    ProgressRunner::bind(m_task, m_progress, m_cancelButton);
    connect(m_task, &BackgroundTask::cancelled, this, [this]() {
        m_matchButton->setEnabled(true);
        m_cancelButton->setEnabled(false);
        m_progress->setVisible(false);
        m_summary->setText(tr("Matching cancelled."));
        emit finished();
    });
    connect(importButton, &QPushButton::clicked, this, &BatchLookupDialog::chooseFile);
    connect(m_matchButton, &QPushButton::clicked, this, &BatchLookupDialog::startMatching);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchLookupDialog::chooseExport);
    connect(
        m_selectionButton, &QPushButton::clicked, this, [this]() { emit useAsSelection(matchedUsccs()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &BatchLookupDialog::showCandidates);
    connect(m_candidates, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const int row = m_table->currentIndex().row();
        m_model->choose(row, item->data(Qt::UserRole).toInt());
        showCandidates();
        updateSummary();
    });
    updateSummary();
}

void BatchLookupDialog::setInput(const QStringList& lines)
{
    m_input->setPlainText(lines.join(QLatin1Char('\n')));
}

bool BatchLookupDialog::importFile(const QString& path)
{
    try {
        const QStringList lines = ListImport::readFirstColumn(path);
        if (lines.isEmpty()) {
            warn(this, tr("Batch lookup"), tr("%1 holds no names or codes.").arg(QFileInfo(path).fileName()));
            return false;
        }
        setInput(lines);
        return true;
    } catch (const std::exception& e) {
        warn(this, tr("Batch lookup"), QString::fromUtf8(e.what()));
        return false;
    }
}

void BatchLookupDialog::chooseFile()
{
    Settings& s = Settings::instance();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a list"),
        s.string(Settings::Key::LastImportDir), tr("Lists (*.txt *.csv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    s.setValue(Settings::Key::LastImportDir, QFileInfo(path).absolutePath());
    importFile(path);
}

bool BatchLookupDialog::isMatching() const
{
    return m_task->isRunning();
}

void BatchLookupDialog::startMatching()
{
    if (m_task->isRunning())
        return;
    QStringList lines;
    for (const QString& l : m_input->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    if (lines.isEmpty()) {
        m_summary->setText(tr("Nothing to match: paste or import a list first."));
        emit finished();
        return;
    }
    m_matchButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, int(lines.size()));
    m_progress->setValue(0);
    const QString cache = m_cachePath;
    m_task->start<QList<BatchMatch>>(
        [cache, lines](const Progress& p) {
            BatchMatcher matcher(cache);
            return matcher.matchAll(lines, p);
        },
        this,
        [this](QList<BatchMatch> matches) {
            m_model->setMatches(std::move(matches));
            m_table->resizeColumnsToContents();
            // Go straight to the first line the user has to review.
            const auto& ms = m_model->matches();
            for (int i = 0; i < ms.size(); ++i)
                if (ms[i].kind == BatchMatch::Kind::Ambiguous && !ms[i].isMatched()) {
                    m_table->selectRow(i);
                    break;
                }
            m_matchButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            m_progress->setVisible(false);
            updateSummary();
            emit finished();
        },
        [this](const QString& message) {
            m_matchButton->setEnabled(true);
            m_cancelButton->setEnabled(false);
            m_progress->setVisible(false);
            m_summary->setText(message);
            emit finished();
        });
}

void BatchLookupDialog::showCandidates()
{
    m_candidates->clear();
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->matches().size())
        return;
    const BatchMatch& m = m_model->matches()[row];
    for (int i = 0; i < m.candidates.size(); ++i) {
        const MatchCandidate& c = m.candidates[i];
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  %2\n%3").arg(c.score, 0, 'f', 2).arg(c.name, c.uscc), m_candidates);
        item->setData(Qt::UserRole, i);
        if (i == m.chosen) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
    auto* none = new QListWidgetItem(tr("(none of these)"), m_candidates);
    none->setData(Qt::UserRole, -1);
}

void BatchLookupDialog::updateSummary()
{
    const auto& ms = m_model->matches();
    m_exportButton->setEnabled(!ms.isEmpty());
    m_selectionButton->setEnabled(m_model->matchedCount() > 0);
    if (ms.isEmpty()) {
        m_summary->setText(tr("No list matched yet."));
        return;
    }
    m_summary->setText(tr("%1 lines: %2 matched (%3 by code, %4 by name, %5 by former name, %6 similar), "
                          "%7 ambiguous to review, %8 not found.")
                           .arg(ms.size())
                           .arg(m_model->matchedCount())
                           .arg(m_model->countOf(BatchMatch::Kind::Uscc))
                           .arg(m_model->countOf(BatchMatch::Kind::Name))
                           .arg(m_model->countOf(BatchMatch::Kind::FormerName))
                           .arg(m_model->countOf(BatchMatch::Kind::Fuzzy))
                           .arg(m_model->unresolvedCount())
                           .arg(m_model->countOf(BatchMatch::Kind::NotFound)));
}

QStringList BatchLookupDialog::matchedUsccs() const
{
    QStringList out;
    for (const BatchMatch& m : m_model->matches())
        if (m.isMatched() && !out.contains(m.match()->uscc))
            out << m.match()->uscc;
    return out;
}

void BatchLookupDialog::exportTo(const QString& path) const
{
    const BatchMatchModel* model = m_model;
    TableExport::write(
        path, model->exportHeaders(), model->rowCount(),
        [model](qint64 row) { return model->exportRow(int(row)); }, {}, tr("Batch lookup"));
}

void BatchLookupDialog::chooseExport()
{
    Settings& s = Settings::instance();
    QString dir = s.string(Settings::Key::LastExportDir);
    if (dir.isEmpty())
        dir = QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export matched list"),
        QDir(dir).filePath(tr("batch lookup.xlsx")), tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    s.setValue(Settings::Key::LastExportDir, QFileInfo(path).absolutePath());
    try {
        exportTo(path); // a few thousand lines at most: fast enough here
        m_summary->setText(
            tr("Exported %1 lines to %2.").arg(m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        warn(this, tr("Export matched list"), QString::fromUtf8(e.what()));
    }
}

} // namespace dj::ui
