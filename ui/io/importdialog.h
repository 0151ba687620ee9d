#pragma once

#include "core/fieldwork/fieldworkexchange.h"
#include "core/io/importer.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

namespace dj::ui {

class AppContext;
class BackgroundTask;

/// File → Import…: choose files, folders or workbooks; check how each source maps onto the bundle tables
/// (preview of the first rows, one combo per column, remembered per source); import with progress and
/// cancel (visits and tasks merged through field work, as `dianjing-cli import` does); then the result
/// dialog with the rejected rows and what the merge added, updated and found in conflict.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(AppContext& context, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Sets the chosen paths (files, folders, workbooks) and reads their headers (mapping step).
    void setPaths(const QStringList& paths);
    QStringList paths() const { return m_paths; }
    /// The options the mapping step stands for now.
    io::ImportOptions options() const;
    /// Starts the import (as the Import button does).
    void startImport();
    bool isBusy() const;
    /// The tab widget of the mapping step (one tab per source) — for tests and screenshots.
    QTabWidget* mappingTabs() const { return m_tabs; }
    const io::ImportReport& lastReport() const { return m_report; }
    /// What the field-work merge did with the bundle's visits and tasks (nullopt when it had none).
    const std::optional<fieldwork::MergeReport>& lastFieldWork() const { return m_fieldWork; }

signals:
    /// The import committed (report) — emitted before the result dialog shows.
    void imported(const dj::io::ImportReport& report);
    /// Inspection or import ended (successfully or not).
    void idle();

private:
    struct Outcome
    {
        io::ImportReport report;
        std::optional<fieldwork::MergeReport> fieldWork;
    };
    void addFiles();
    void addFolder();
    void inspect();
    void showPreviews(const QList<io::SourcePreview>& previews);
    void fillColumnCombos(int source, const QString& table, bool automatic);
    /// The preview of the first rows as they would be stored (region resolved, amounts in yuan).
    void refreshConverted(int source);
    QString decisionText(const io::SourcePreview& p) const;
    void showResult(const Outcome& outcome);
    void fail(const QString& message);
    void updateButtons();

    AppContext& m_context;
    QStringList m_paths;
    QList<io::SourcePreview> m_previews;
    QList<QComboBox*> m_tableCombos;
    QList<QList<QComboBox*>> m_columnCombos;
    QList<QTableWidget*> m_convertedTables;
    io::ImportReport m_report;
    std::optional<fieldwork::MergeReport> m_fieldWork;

    QStackedWidget* m_pages = nullptr;
    QListWidget* m_pathList = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_stage = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_cancel = nullptr;
    BackgroundTask* m_task = nullptr;
};

} // namespace dj::ui
