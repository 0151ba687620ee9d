#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace dj::store {
class Database;
}

namespace dj::risk {

/// What the risk views show of any enterprise: name, 登记状态, region and its current (有效) risk records.
struct PartyInfo
{
    QString uscc;
    QString name; ///< empty when the enterprise is not in the cache
    QString status;
    QString regionCode;
    bool inCache = false;
    int currentRisks = 0; ///< 有效 rows of risks.csv
    QStringList riskKinds; ///< their kinds, distinct, sorted
    bool serious = false; ///< one of seriousKinds() among them

    /// 失信被执行人, 严重违法失信, 限制高消费, 被执行人, 经营异常, 股权冻结, 税收违法, 欠税公告: the kinds
    /// that colour a node red (the others amber).
    static const QStringList& seriousKinds();
};

/// Reads PartyInfo with prepared statements, memoising per USCC (one reader per thread).
class PartyReader
{
public:
    explicit PartyReader(const store::Database& db);
    const PartyInfo& get(const QString& uscc);

private:
    const store::Database& m_db;
    QHash<QString, PartyInfo> m_cache;
};

} // namespace dj::risk
