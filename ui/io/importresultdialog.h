#pragma once

#include "core/io/importreport.h"

#include <QDialog>

class QTableWidget;

namespace dj::ui {

/// What an import did: rows per table, encodings, and every rejected row (file, line, column, reason),
/// which the user can save as CSV to fix the source.
class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportResultDialog(const io::ImportReport& report, QWidget* parent = nullptr);

    QTableWidget* rejectedTable() const { return m_table; }
    /// Saves the rejected rows; returns an error message, empty on success.
    QString saveRejected(const QString& path) const;

private:
    void saveDialog();
    io::ImportReport m_report;
    QTableWidget* m_table = nullptr;
};

} // namespace dj::ui
