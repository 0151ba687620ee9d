#pragma once

#include "core/store/enterprisestore.h"

#include <QCoreApplication>
#include <QMap>

namespace dj::ui {

/// Everything the enterprise profile shows, read in one go (off the GUI thread) from the cache.
struct ProfileData
{
    Q_DECLARE_TR_FUNCTIONS(ProfileData)
public:
    store::EnterpriseRecord enterprise;
    QMap<store::EnterpriseStore::Related, store::TableRows> related;
    /// Branches: enterprises whose name starts with this one's name and contains 分公司/分店/营业部.
    store::TableRows branches;
    QString dataSource;

    const store::TableRows& table(store::EnterpriseStore::Related what) const;

    /// Reads the profile of uscc. Throws store::StoreError (NotFound for an unknown code).
    static ProfileData load(const QString& cachePath, const QString& uscc);
};

} // namespace dj::ui
