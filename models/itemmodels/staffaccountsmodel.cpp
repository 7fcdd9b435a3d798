#include "staffaccountsmodel.h"

namespace chairside {

StaffAccountsModel::StaffAccountsModel(QObject *parent) : QAbstractTableModel(parent) {}

void StaffAccountsModel::setAccounts(QList<StaffAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int StaffAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffAccount &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case RoleColumn:
            return roleText(a.role);
        case StateColumn:
            return a.disabled ? tr("Disabled: cannot sign in")
                    : a.locked ? tr("Locked after failed sign-ins")
                               : tr("Can sign in");
        default:
            return {};
        }
    case AccountNameRole:
        return a.name;
    case DisabledRole:
        return a.disabled;
    default:
        return {};
    }
}

QVariant StaffAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("Sign-in");
    default:
        return {};
    }
}

} // namespace chairside
