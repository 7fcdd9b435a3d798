#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace chairside {

// What a signed-in person may do. System is a tool acting for the operating-system user or
// the sync engine (everything the services allow, named as such in the audit trail).
enum class Role { System, OfficeManager, FrontDesk, Provider, ReadOnly };
[[nodiscard]] QString roleName(Role role); // "system", "office_manager", "front_desk", "provider", "read_only"
// The role as staff call it, in the program's language: "front desk", "office manager".
[[nodiscard]] QString roleText(Role role);
[[nodiscard]] std::optional<Role> parseRole(const QString &name);

// Who is acting, from where: every service call carries one, so every audit record names
// a user. Sign-in fills it for staff; tools that act for the operating-system user say so.
struct UserSession
{
    QString userId;
    QString sessionId;
    QString workstation;
    Role role = Role::System;
    QString providerId; // the provider a Provider-role user is
};

// Another person's say-so for one action (an office manager approving a booking over the
// no-show limit): their account name and password, which the service checks as a sign-in.
struct Approval
{
    QString name;
    QByteArray password; // the holder wipes it after use
};

} // namespace chairside
