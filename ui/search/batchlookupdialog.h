#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace dj::ui {

class BackgroundTask;
class BatchMatchModel;

/// 批量查询: paste or import a list of names or codes, match each line to an enterprise (code, name,
/// former name, similar name with a score), review ambiguous lines, export the matched list.
class BatchLookupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BatchLookupDialog(const QString& cachePath, QWidget* parent = nullptr);

    void setInput(const QStringList& lines);
    /// Reads a txt/csv/xlsx list into the input box; false (message shown) when it cannot be read.
    bool importFile(const QString& path);
    /// Starts matching the input in the background; finished() tells when done.
    void startMatching();
    bool isMatching() const;
    /// Writes the matched list (CSV or XLSX by suffix). Throws dj::Error.
    void exportTo(const QString& path) const;

    BatchMatchModel* model() const { return m_model; }
    /// Credit codes of the matched rows, in input order.
    QStringList matchedUsccs() const;

signals:
    void finished();
    /// The user asked to show the matched enterprises (in the search panel / other panels).
    void useAsSelection(const QStringList& usccs);

private:
    void chooseFile();
    void chooseExport();
    void showCandidates();
    void updateSummary();

    QString m_cachePath;
    QPlainTextEdit* m_input = nullptr;
    QPushButton* m_matchButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_selectionButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_table = nullptr;
    QListWidget* m_candidates = nullptr;
    QLabel* m_summary = nullptr;
    BatchMatchModel* m_model = nullptr;
    BackgroundTask* m_task = nullptr;
};

} // namespace dj::ui
