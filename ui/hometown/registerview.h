#pragma once

#include "core/store/personreads.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;
class QLabel;

namespace dj::ui {

/// A chamber-of-commerce or 乡贤 register: members with status, joined date, notes and contact log; add a
/// contact, change the status, remove, export (ID numbers masked). Writes go to the cache at once.
class RegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterView(QWidget* parent = nullptr);
    void setCache(const QString& path);
    /// A cache on read-only media: members and contact logs are shown, the writing buttons are off.
    void setReadOnly(bool readOnly);
    QString currentRegister() const;
    void setCurrentRegister(const QString& name);
    void reload();
    /// Adds persons (id, name) to the current or a named register with a status; returns how many were new.
    int addMembers(
        const QString& registerName, const QList<QPair<QString, QString>>& persons, const QString& status);
    QStringList registers() const;

signals:
    void changed();
    void statusMessage(const QString& text);

private:
    void showRegister();
    void showContacts();
    void setStatus();
    void addContact();
    void removeSelected();
    void exportTable();
    QString selectedPerson() const;

    QString m_cache;
    QComboBox* m_register = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    bool m_readOnly = false;
    QList<QPushButton*> m_writeButtons;
    QLabel* m_logTitle = nullptr;
    QTableWidget* m_log = nullptr; ///< the selected member's contact log
    QHash<QString, QList<store::ContactRow>> m_contacts; ///< person_id → log, read with the register
};

} // namespace dj::ui
