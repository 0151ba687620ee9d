#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

namespace dj::codes {

/// One GB/T 4754-2017 entry (with the 2019 amendment).
struct Industry
{
    QString code; ///< "C" (section), "39" (division), "392" (group), "3922" (class)
    QString name; ///< Chinese name, e.g. 计算机、通信和其他电子设备制造业
    int level = 0; ///< 0 section, 1 division, 2 group, 3 class
    QString parent; ///< parent code; empty for sections
};

/// The GB/T 4754-2017 classification, loaded once from the embedded resource.
class Industries
{
public:
    /// Loaded on first use, thread-safe; read-only afterwards.
    static const Industries& instance();

    /// Accepts "C", "39", "392", "3922" and the section-prefixed forms "C39", "C3922". nullptr when unknown.
    const Industry* find(QStringView code) const;
    /// The entry of an exact Chinese name ("软件开发" → 651), the most specific one when a name repeats
    /// across levels; nullptr when none.
    const Industry* findByName(QStringView name) const;
    /// Section letter of any code ("3922" → "C"); empty when unknown.
    QString sectionOf(QStringView code) const;
    /// Direct children in code order; "" → sections.
    QList<const Industry*> children(QStringView code) const;
    QList<const Industry*> sections() const;
    QList<const Industry*> divisions() const;
    QList<const Industry*> groups() const;
    QList<const Industry*> classes() const;
    int size() const { return int(m_items.size()); }

    Industries(const Industries&) = delete;
    Industries& operator=(const Industries&) = delete;

private:
    Industries();
    void load();
    QString normalize(QStringView code) const;
    std::vector<std::unique_ptr<Industry>> m_items;
    QHash<QString, const Industry*> m_byCode;
    QHash<QString, const Industry*> m_byName;
    QHash<QString, QList<const Industry*>> m_children;
};

} // namespace dj::codes
