#include "ui/api/apisettingsdialog.h"

#include "core/common/error.h"
#include "ui/common/settings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace dj::ui {

namespace {

using Options = api::ApiServerOptions;

const Settings::PanelKey<int> kPort { "api", "port", 8731, [](const int& p) { return p > 0 && p < 65536; } };
const Settings::PanelKey<int> kWorkers { "api", "workers", 0,
    [](const int& v) { return v >= 0 && v <= Options::kMaxWorkers; } };
const Settings::PanelKey<int> kRequestMs { "api", "request_timeout_ms", Options {}.requestTimeoutMs,
    [](const int& v) { return v >= Options::kMinRequestTimeoutMs && v <= Options::kMaxRequestTimeoutMs; } };
const Settings::PanelKey<int> kIdleMs { "api", "keep_alive_ms", Options {}.idleTimeoutMs,
    [](const int& v) { return v >= Options::kMinIdleTimeoutMs && v <= Options::kMaxIdleTimeoutMs; } };
const Settings::PanelKey<int> kQueryMs { "api", "query_timeout_ms", Options {}.queryTimeoutMs,
    [](const int& v) { return v >= Options::kMinQueryTimeoutMs && v <= Options::kMaxQueryTimeoutMs; } };
const Settings::PanelKey<qint64> kBodyBytes { "api", "max_body_bytes", Options {}.maxBodyBytes,
    [](const qint64& v) { return v >= Options::kMinBodyBytes && v <= Options::kMaxBodyBytes; } };

QDoubleSpinBox* secondsField(int minMs, int maxMs, int valueMs, QWidget* parent)
{
    auto* f = new QDoubleSpinBox(parent);
    f->setDecimals(minMs < 1000 ? 2 : 0);
    f->setRange(minMs / 1000.0, maxMs / 1000.0);
    f->setSingleStep(minMs < 1000 ? 0.5 : 5);
    f->setValue(valueMs / 1000.0);
    f->setSuffix(ApiSettingsDialog::tr(" s"));
    return f;
}

} // namespace

Options ApiSettingsDialog::options()
{
    const Settings& s = Settings::instance();
    Options o;
    o.port = quint16(s.get(kPort));
    o.workers = s.get(kWorkers);
    o.requestTimeoutMs = s.get(kRequestMs);
    o.idleTimeoutMs = s.get(kIdleMs);
    o.queryTimeoutMs = s.get(kQueryMs);
    o.maxBodyBytes = s.get(kBodyBytes);
    return o;
}

ApiSettingsDialog::ApiSettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Local data API settings"));
    const Options o = options();
    auto* form = new QFormLayout;
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(o.port);
    m_port->setToolTip(tr("The server listens on 127.0.0.1 at this port."));
    form->addRow(tr("&Port:"), m_port);
    m_workers = new QSpinBox(this);
    m_workers->setRange(0, Options::kMaxWorkers);
    m_workers->setSpecialValueText(tr("automatic"));
    m_workers->setValue(o.workers);
    m_workers->setToolTip(
        tr("Threads that answer queries at the same time (automatic: the processor's cores)."));
    form->addRow(tr("Query &threads:"), m_workers);
    m_request = secondsField(
        Options::kMinRequestTimeoutMs, Options::kMaxRequestTimeoutMs, o.requestTimeoutMs, this);
    m_request->setToolTip(tr("A request that has not arrived completely after this is answered 408."));
    form->addRow(tr("&Request timeout:"), m_request);
    m_keepAlive = secondsField(Options::kMinIdleTimeoutMs, Options::kMaxIdleTimeoutMs, o.idleTimeoutMs, this);
    m_keepAlive->setToolTip(tr("An idle connection is closed after this."));
    form->addRow(tr("&Keep-alive:"), m_keepAlive);
    m_query = secondsField(Options::kMinQueryTimeoutMs, Options::kMaxQueryTimeoutMs, o.queryTimeoutMs, this);
    m_query->setToolTip(tr("A query still running after this is answered 503 (problem type timeout)."));
    form->addRow(tr("&Query timeout:"), m_query);
    m_body = new QSpinBox(this);
    m_body->setRange(int(Options::kMinBodyBytes / 1024), int(Options::kMaxBodyBytes / 1024));
    m_body->setSuffix(tr(" KiB"));
    m_body->setValue(int(o.maxBodyBytes / 1024));
    m_body->setToolTip(tr("A larger request body is refused with 413 before it is read."));
    form->addRow(tr("Largest request &body:"), m_body);

    auto* note = new QLabel(tr("The values apply when the local data API is started next."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const Options d;
        m_port->setValue(8731);
        m_workers->setValue(d.workers);
        m_request->setValue(d.requestTimeoutMs / 1000.0);
        m_keepAlive->setValue(d.idleTimeoutMs / 1000.0);
        m_query->setValue(d.queryTimeoutMs / 1000.0);
        m_body->setValue(int(d.maxBodyBytes / 1024));
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

Options ApiSettingsDialog::fieldOptions() const
{
    Options o;
    o.port = quint16(m_port->value());
    o.workers = m_workers->value();
    o.requestTimeoutMs = int(std::lround(m_request->value() * 1000));
    o.idleTimeoutMs = int(std::lround(m_keepAlive->value() * 1000));
    o.queryTimeoutMs = int(std::lround(m_query->value() * 1000));
    o.maxBodyBytes = qint64(m_body->value()) * 1024;
    return o;
}

bool ApiSettingsDialog::apply(QString* error)
{
    const Options o = fieldOptions();
    try {
        o.validate();
    } catch (const dj::Error& e) {
        if (error)
            *error = e.message();
        return false;
    }
    Settings& s = Settings::instance();
    s.set(kPort, int(o.port));
    s.set(kWorkers, o.workers);
    s.set(kRequestMs, o.requestTimeoutMs);
    s.set(kIdleMs, o.idleTimeoutMs);
    s.set(kQueryMs, o.queryTimeoutMs);
    s.set(kBodyBytes, o.maxBodyBytes);
    return true;
}

void ApiSettingsDialog::accept()
{
    QString error;
    if (!apply(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDialog::accept();
}

} // namespace dj::ui
