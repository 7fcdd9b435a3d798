#include "tablefiltermodel.h"

namespace chairside {

TableFilterModel::TableFilterModel(int sortRole, QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(sortRole);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void TableFilterModel::setRoleFilter(int role, const QVariant &value)
{
    if (m_filters.value(role) == value)
        return;
    if (value.isValid())
        m_filters.insert(role, value);
    else
        m_filters.remove(role);
    invalidateFilter();
}

bool TableFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        if (row.data(it.key()) != it.value())
            return false;
    }
    return true;
}

bool TableFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    int order = 0;
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        order = QString::localeAwareCompare(l.toString(), r.toString());
    } else {
        const QPartialOrdering c = QVariant::compare(l, r);
        order = c == QPartialOrdering::Less ? -1 : c == QPartialOrdering::Greater ? 1 : 0;
    }
    if (order != 0)
        return order < 0;
    // Equal: the source's order, kept when sorting down too (Qt sorts down by swapping sides).
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}

} // namespace chairside
