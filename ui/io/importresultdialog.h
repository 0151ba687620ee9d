#pragma once

#include "core/fieldwork/fieldworkexchange.h"
#include "core/io/importreport.h"

#include <QDialog>
#include <optional>

class QTableWidget;

namespace dj::ui {

/// What an import did: rows per table, encodings, and every rejected row (file, line, column, reason),
/// which the user can save as CSV to fix the source; for a bundle with visits and tasks, what the field-work
/// merge added and updated, and each field edited on both sides (the version kept, the one left in the
/// history).
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportResultDialog(const io::ImportReport& report,
        const std::optional<fieldwork::MergeReport>& fieldWork = std::nullopt, QWidget* parent = nullptr);
    ImportResultDialog(const io::ImportReport& report, QWidget* parent)
        : ImportResultDialog(report, std::nullopt, parent)
    {
    }

    QTableWidget* rejectedTable() const { return m_table; }
    /// The conflicts of the field-work merge (null when the bundle had no visits or tasks).
    QTableWidget* conflictTable() const { return m_conflicts; }
    /// The line saying what the field-work merge did (empty when it did not run).
    QString fieldWorkSummary() const { return m_fieldWorkSummary; }
    /// Saves the rejected rows; returns an error message, empty on success.
    QString saveRejected(const QString& path) const;

private:
    void saveDialog();
    io::ImportReport m_report;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QString m_fieldWorkSummary;
};

} // namespace dj::ui
