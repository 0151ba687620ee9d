#pragma once

#include "core/api/apikeys.h"

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace dj::ui {

/// Settings → 接口密钥…: the API keys of the open cache — list with limits and today's requests, create (the
/// secret is shown once and added to the keys file next to the cache), revoke. Never shows a stored secret.
class ApiKeysDialog : public QDialog
{
    Q_OBJECT
public:
    ApiKeysDialog(const QString& cachePath, QWidget* parent = nullptr);

    /// Creates a key (throws dj::Error); the list is reloaded. Used by the "New key…" button after its form.
    api::ApiKeys::Created create(const api::ApiKey& spec);
    /// Revokes without asking; false when there is no such valid key.
    bool revoke(const QString& keyId);
    void reload();
    QTableWidget* table() const { return m_table; }

private:
    void newKey();
    void revokeSelected();

    QString m_cachePath;
    QTableWidget* m_table;
    QPushButton* m_revoke;
};

} // namespace dj::ui
