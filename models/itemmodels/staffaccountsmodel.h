#pragma once

#include "services/useraccounts.h"

#include <QAbstractTableModel>

namespace chairside {

// The staff accounts as the office manager's list shows them: name, role in words, and
// whether the account can sign in.
class StaffAccountsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StateColumn, ColumnCount };
    enum DataRole { AccountNameRole = Qt::UserRole + 1, DisabledRole };

    explicit StaffAccountsModel(QObject *parent = nullptr);
    void setAccounts(QList<StaffAccount> accounts);
    [[nodiscard]] const QList<StaffAccount> &accounts() const { return m_accounts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StaffAccount> m_accounts;
};

} // namespace chairside
