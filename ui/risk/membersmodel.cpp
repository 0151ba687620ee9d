#include "ui/risk/membersmodel.h"

#include "core/common/money.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace dj::ui {

using namespace Qt::StringLiterals;

MembersModel::MembersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MembersModel::setNetwork(const risk::SupplyNetwork::Result& net)
{
    beginResetModel();
    m_rows.clear();
    QHash<QString, QString> names { { net.root.uscc, net.root.name } };
    for (const auto* list : { &net.suppliers, &net.customers })
        for (const auto& m : *list)
            names.insert(m.party.uscc, m.party.name);
    for (const auto* list : { &net.suppliers, &net.customers })
        for (const auto& m : *list) {
            QStringList path;
            for (const QString& u : m.path)
                path << names.value(u, u);
            m_rows.push_back(Row { list == &net.suppliers ? tr("Supplier") : tr("Customer"), m.tier, m.party,
                m.amount, m.share, m.amountYear, path.join(u" → "_s) });
        }
    for (const auto& p : net.rivals)
        m_rows.push_back(Row { tr("Rival"), 0, p.party, p.amount, 0, 0, {} });
    for (const auto& p : net.partners)
        m_rows.push_back(Row { tr("Partner"), 0, p.party, p.amount, 0, 0, {} });
    for (const auto& i : net.investees)
        m_rows.push_back(Row { tr("Investee"), i.level, i.party, 0, i.share, 0, {} });
    endResetModel();
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList MembersModel::headers() const
{
    QStringList h;
    for (int c = 0; c < ColumnCount; ++c)
        h << headerData(c, Qt::Horizontal).toString();
    return h;
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Relation:
        return tr("Relation");
    case Tier:
        return tr("Tier / level");
    case Name:
        return tr("Name");
    case Uscc:
        return tr("Credit code");
    case Amount:
        return tr("Amount (10k yuan)");
    case Share:
        return tr("Share (%)");
    case Year:
        return tr("Year");
    case Risks:
        return tr("Current risks");
    case Path:
        return tr("Path");
    default:
        return {};
    }
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    if (role == UsccRole)
        return r.party.uscc;
    if (role == Qt::ToolTipRole && index.column() == Risks)
        return r.party.riskKinds.join(u"、"_s);
    if (role == Qt::ForegroundRole && index.column() == Risks && r.party.serious)
        return QBrush(QColor(0xC6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Share))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool sortKey = role == Qt::EditRole;
    switch (index.column()) {
    case Relation:
        return r.relation;
    case Tier:
        return r.tier > 0 ? QVariant(r.tier) : QVariant();
    case Name:
        return r.party.name;
    case Uscc:
        return r.party.uscc;
    case Amount:
        return sortKey ? QVariant(r.amount) : QVariant(r.amount > 0 ? Money::wan(r.amount) : QString());
    case Share:
        return sortKey ? QVariant(r.share)
                       : QVariant(r.share > 0 ? QString::number(r.share * 100, 'f', 2) : QString());
    case Year:
        return r.year > 0 ? QVariant(r.year) : QVariant();
    case Risks:
        return r.party.currentRisks;
    case Path:
        return r.path;
    default:
        return {};
    }
}

QList<QVariantList> MembersModel::rows() const
{
    QList<QVariantList> out;
    for (const Row& r : m_rows)
        out << QVariantList { r.relation, r.tier > 0 ? QVariant(r.tier) : QVariant(), r.party.name,
            r.party.uscc, r.amount > 0 ? Money::toWan(r.amount) : QVariant(),
            r.share > 0 ? QVariant(r.share * 100) : QVariant(), r.year > 0 ? QVariant(r.year) : QVariant(),
            r.party.currentRisks, r.path };
    return out;
}

} // namespace dj::ui
