#include "session.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

const QList<QPair<Role, QString>> &roleNames()
{
    static const QList<QPair<Role, QString>> names{{Role::System, u"system"_s},
                                                   {Role::OfficeManager, u"office_manager"_s},
                                                   {Role::FrontDesk, u"front_desk"_s},
                                                   {Role::Provider, u"provider"_s},
                                                   {Role::ReadOnly, u"read_only"_s}};
    return names;
}

} // namespace

QString roleText(Role role)
{
    switch (role) {
    case Role::System:
        return QCoreApplication::translate("chairside::Role", "the system");
    case Role::OfficeManager:
        return QCoreApplication::translate("chairside::Role", "office manager");
    case Role::FrontDesk:
        return QCoreApplication::translate("chairside::Role", "front desk");
    case Role::Provider:
        return QCoreApplication::translate("chairside::Role", "provider");
    case Role::ReadOnly:
        return QCoreApplication::translate("chairside::Role", "read only");
    }
    return QCoreApplication::translate("chairside::Role", "read only");
}

QString roleName(Role role)
{
    for (const auto &[r, name] : roleNames()) {
        if (r == role)
            return name;
    }
    return u"read_only"_s;
}

std::optional<Role> parseRole(const QString &name)
{
    for (const auto &[r, n] : roleNames()) {
        if (n == name)
            return r;
    }
    return std::nullopt;
}

} // namespace chairside
