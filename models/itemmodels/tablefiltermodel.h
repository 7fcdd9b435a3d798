#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace chairside {

// A side panel's table as its filter bar and header leave it: only the rows whose values match
// the ones chosen (a provider, a type, an urgency), sorted by the source's sort role. Rows that
// sort equal keep the source's own order (the waitlist's by urgency, then time on the list),
// whichever way the column is sorted.
class TableFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // `sortRole`: the role each source column answers with a value that sorts (a date, a number).
    explicit TableFilterModel(int sortRole, QObject *parent = nullptr);
    // Keeps only the rows whose `role` holds `value`; an invalid value lifts the filter on `role`.
    void setRoleFilter(int role, const QVariant &value);
    [[nodiscard]] QVariant roleFilter(int role) const { return m_filters.value(role); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QHash<int, QVariant> m_filters;
};

} // namespace chairside
