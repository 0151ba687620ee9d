#pragma once

#include "core/io/exporter.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace dj::ui {

class AppContext;
class BackgroundTask;

/// File → Export…, and the export of any result list: a CSV folder or an XLSX workbook, with progress
/// and cancel. Files appear only when complete.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    /// usccs: a result list to export; std::nullopt exports the whole cache.
    explicit ExportDialog(
        AppContext& context, std::optional<QStringList> usccs = std::nullopt, QWidget* parent = nullptr);

    /// For panels: opens the dialog for a result list (search hits, a map lasso …) and runs it modally.
    static void exportEnterprises(AppContext& context, const QStringList& usccs, QWidget* parent);

    void setFormat(io::ExportOptions::Format format);
    void setDestination(const QString& path);
    QString destination() const;
    void startExport();
    bool isBusy() const;
    const io::ExportSummary& lastSummary() const { return m_summary; }

signals:
    void exported(const dj::io::ExportSummary& summary);
    void idle();

private:
    void browse();
    void updateButtons();
    io::ExportOptions::Format format() const;

    AppContext& m_context;
    std::optional<QStringList> m_usccs;
    io::ExportSummary m_summary;
    QRadioButton* m_csv = nullptr;
    QRadioButton* m_xlsx = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_stage = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    BackgroundTask* m_task = nullptr;
};

} // namespace dj::ui
