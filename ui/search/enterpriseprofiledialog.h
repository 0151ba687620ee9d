#pragma once

#include "ui/search/profiledata.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QFormLayout;

namespace dj::ui {

class BackgroundTask;
class ProfileHeaderCard;
class RelatedTableModel;

/// The profile of one enterprise (double-click in the result): tabs 基本信息, 股东, 对外投资, 主要人员, 分支,
/// 财务, 融资, 资质与许可, 风险, 知识产权, 关系, read off the GUI thread; "Generate evaluation report" writes
/// the PDF report.
class EnterpriseProfileDialog : public QDialog
{
    Q_OBJECT
public:
    EnterpriseProfileDialog(const QString& cachePath, const QString& uscc, QWidget* parent = nullptr);

    bool isLoaded() const { return m_data.has_value(); }
    const std::optional<ProfileData>& profile() const { return m_data; }
    QTabWidget* tabs() const { return m_tabs; }
    /// The card above the tabs (status, latest key figures, tags, score).
    ProfileHeaderCard* headerCard() const { return m_card; }
    /// Writes the report to path in the background; reportWritten/reportFailed tell the outcome.
    void writeReport(const QString& path);

signals:
    void loaded();
    void loadFailed(const QString& message);
    void reportWritten(const QString& path);
    void reportFailed(const QString& message);

private:
    void showProfile(const ProfileData& data);
    void chooseReportFile();
    RelatedTableModel* addTableTab(const QString& title, const store::TableRows& rows);

    QString m_cachePath;
    QString m_uscc;
    std::optional<ProfileData> m_data;
    QTabWidget* m_tabs = nullptr;
    ProfileHeaderCard* m_card = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_reportButton = nullptr;
    BackgroundTask* m_loadTask = nullptr;
    BackgroundTask* m_reportTask = nullptr;
};

} // namespace dj::ui
