#pragma once

#include "core/api/apiserver.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace dj::ui {

/// Settings → 本地数据接口设置…: the port and the limits the window's local data API starts with (query
/// threads, seconds to receive a request, idle keep-alive seconds, query seconds, body size). Remembered in
/// the settings; a running server keeps its limits until it is started again. OK checks the values
/// (ApiServerOptions::validate) and keeps the dialog open with a clear message when one is out of range.
class ApiSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ApiSettingsDialog(QWidget* parent = nullptr);

    /// The options the window starts the server with (remembered values, else the defaults).
    static api::ApiServerOptions options();

    /// The options as the fields show them now.
    api::ApiServerOptions fieldOptions() const;
    /// Validates and remembers the fields; false (with the message in *error) leaves the settings as they
    /// were.
    bool apply(QString* error = nullptr);

    void accept() override;

    QSpinBox* portField() const { return m_port; }
    QSpinBox* workersField() const { return m_workers; }
    QDoubleSpinBox* requestTimeoutField() const { return m_request; }
    QDoubleSpinBox* keepAliveField() const { return m_keepAlive; }
    QDoubleSpinBox* queryTimeoutField() const { return m_query; }
    QSpinBox* bodyField() const { return m_body; }

private:
    QSpinBox* m_port;
    QSpinBox* m_workers;
    QDoubleSpinBox* m_request;
    QDoubleSpinBox* m_keepAlive;
    QDoubleSpinBox* m_query;
    QSpinBox* m_body; ///< KiB
};

} // namespace dj::ui
