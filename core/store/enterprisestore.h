#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>

namespace dj::store {

/// One enterprise as the panels show it (exchange-format columns).
struct EnterpriseRecord
{
    qint64 id = 0;
    QString uscc;
    bool usccInvalid = false;
    QString name;
    QStringList formerNames;
    QString status;
    QString entityType;
    QString legalRep;
    std::optional<double> registeredCapital;
    QString registeredCapitalCurrency;
    QString established; ///< YYYY-MM-DD or empty
    QString regionCode;
    QString industryCode;
    QString industrySection;
    QString address;
    std::optional<double> lon, lat;
    QString opAddress;
    std::optional<double> opLon, opLat;
    QString annualAddress;
    std::optional<qint64> insuredCount;
    QString scale;
    QString listedCode;
    QString scope;
};

/// Rows of a related table, with column names as in the exchange format.
struct TableRows
{
    QStringList columns;
    QList<QVariantList> rows;
    int column(const QString& name) const { return int(columns.indexOf(name)); }
};

/// What the panels read from the cache. The SQLite cache implements it; a server-backed store can be
/// added later without touching the panels. Implementations are used from one thread each.
class EnterpriseStore
{
public:
    enum class Related {
        Shareholders, ///< shareholdings where the enterprise is the investee
        Investments, ///< shareholdings where the enterprise is the holder (对外投资)
        Roles, ///< roles joined with persons (name, masked id)
        Financials,
        Financing,
        Licenses,
        Qualifications,
        Risks,
        Ip,
        RelationsOut, ///< relations from this enterprise
        RelationsIn, ///< relations to this enterprise
        Tenancies,
        Visits,
        Tasks,
    };

    virtual ~EnterpriseStore() = default;

    virtual QString dataSource() const = 0;
    virtual qint64 dataVersion() const = 0;
    virtual qint64 enterpriseCount() const = 0;
    virtual std::optional<EnterpriseRecord> enterprise(const QString& uscc) const = 0;
    virtual std::optional<EnterpriseRecord> enterpriseById(qint64 id) const = 0;
    virtual TableRows related(const QString& uscc, Related what) const = 0;
    /// Enterprises whose name or a former name equals name exactly.
    virtual QList<EnterpriseRecord> enterprisesByName(const QString& name) const = 0;
};

/// Opens the store for a cache file (one instance per thread). Throws store::StoreError.
std::unique_ptr<EnterpriseStore> openEnterpriseStore(const QString& cachePath);

} // namespace dj::store
