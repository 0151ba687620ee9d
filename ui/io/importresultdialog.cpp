#include "ui/io/importresultdialog.h"

#include "ui/common/settings.h"
#include "ui/io/tabletitles.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dj::ui {

ImportResultDialog::ImportResultDialog(
    const io::ImportReport& report, const std::optional<fieldwork::MergeReport>& fieldWork, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(tr("Import finished"));
    resize(860, 520);
    auto* layout = new QVBoxLayout(this);

    QStringList lines;
    QStringList tables;
    for (auto it = report.imported.cbegin(); it != report.imported.cend(); ++it)
        tables << tr("%1: %L2").arg(TableTitles::table(it.key())).arg(it.value());
    lines << tr("Imported %L1 rows (%2).")
                 .arg(report.totalImported())
                 .arg(tables.isEmpty() ? tr("none") : tables.join(tr(", ")));
    QStringList enc;
    for (auto it = report.encodings.cbegin(); it != report.encodings.cend(); ++it)
        enc << tr("%1 read as %2").arg(it.key(), it.value());
    if (!enc.isEmpty())
        lines << enc.join(tr("; ")) + tr(".");
    for (auto it = report.ignoredColumns.cbegin(); it != report.ignoredColumns.cend(); ++it)
        lines << tr("Ignored columns in %1: %2").arg(it.key(), it.value().join(tr(", ")));
    if (report.warningCount > 0)
        lines << tr("%L1 rows were imported with a warning (e.g. a wrong check character).")
                     .arg(report.warningCount);
    lines << (report.rejected.isEmpty()
            ? tr("No row was rejected.")
            : tr("%L1 rows were rejected and skipped:").arg(report.rejected.size()));
    auto* summary = new QLabel(lines.join(QLatin1Char('\n')), this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);

    m_table = new QTableWidget(int(report.rejected.size()), 4, this);
    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Line"), tr("Column"), tr("Reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < report.rejected.size(); ++i) {
        const io::Issue& issue = report.rejected.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(issue.file));
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, issue.line);
        m_table->setItem(i, 1, line);
        m_table->setItem(i, 2, new QTableWidgetItem(issue.column));
        m_table->setItem(i, 3, new QTableWidgetItem(issue.reason));
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!report.rejected.isEmpty());
    layout->addWidget(m_table, 1);

    if (fieldWork) {
        // Visits and tasks were merged (history kept, later edit wins per field), not written over by id.
        m_fieldWorkSummary = tr("Visits and tasks: %L1 added, %L2 updated, %L3 unchanged, %L4 conflicts.")
                                 .arg(fieldWork->added.size())
                                 .arg(fieldWork->updated.size())
                                 .arg(fieldWork->unchanged)
                                 .arg(fieldWork->conflicts.size());
        auto* fw = new QLabel(m_fieldWorkSummary, this);
        fw->setObjectName(QStringLiteral("fieldWorkSummary"));
        fw->setWordWrap(true);
        layout->addWidget(fw);
        if (!fieldWork->conflicts.isEmpty()) {
            auto* note = new QLabel(tr("Edited on both sides: the later edit was kept; the other version "
                                       "stays in the record's history."),
                this);
            note->setWordWrap(true);
            layout->addWidget(note);
        }
        m_conflicts = new QTableWidget(int(fieldWork->conflicts.size()), 5, this);
        m_conflicts->setObjectName(QStringLiteral("conflictTable"));
        m_conflicts->setHorizontalHeaderLabels(
            { tr("Record"), tr("Field"), tr("Kept (later edit)"), tr("In the history"), tr("Record id") });
        m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_conflicts->verticalHeader()->hide();
        m_conflicts->horizontalHeader()->setStretchLastSection(true);
        auto version = [](const QString& value, const QString& by, const QString& at) {
            const QString when = QDateTime::fromString(at, Qt::ISODateWithMs)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return by.isEmpty() && when.isEmpty() ? value : tr("%1 (%2, %3)").arg(value, by, when);
        };
        for (int i = 0; i < fieldWork->conflicts.size(); ++i) {
            const fieldwork::Conflict& c = fieldWork->conflicts.at(i);
            m_conflicts->setItem(i, 0,
                new QTableWidgetItem(c.kind == fieldwork::RecordKind::Visit ? tr("Visit") : tr("Task")));
            m_conflicts->setItem(i, 1, new QTableWidgetItem(c.field));
            m_conflicts->setItem(i, 2, new QTableWidgetItem(version(c.kept, c.keptBy, c.keptAt)));
            m_conflicts->setItem(i, 3, new QTableWidgetItem(version(c.other, c.otherBy, c.otherAt)));
            m_conflicts->setItem(i, 4, new QTableWidgetItem(c.id));
        }
        m_conflicts->resizeColumnsToContents();
        m_conflicts->setVisible(!fieldWork->conflicts.isEmpty());
        layout->addWidget(m_conflicts, 1);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Save rejected rows as CSV…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveRejectedButton"));
    save->setEnabled(!report.rejected.isEmpty());
    connect(save, &QPushButton::clicked, this, &ImportResultDialog::saveDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString ImportResultDialog::saveRejected(const QString& path) const
{
    return io::ImportReport::writeIssuesCsv(m_report.rejected, path);
}

void ImportResultDialog::saveDialog()
{
    const QString start
        = QDir(Settings::instance().string(Settings::Key::LastImportDir)).filePath(tr("rejected rows.csv"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = saveRejected(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save rejected rows"), error);
}

} // namespace dj::ui
