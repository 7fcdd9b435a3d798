#pragma once

#include <QString>

namespace chairside {

// Who is acting, from where: every service call carries one, so every audit record names
// a user. Sign-in fills it for staff; tools that act for the operating-system user say so.
struct UserSession
{
    QString userId;
    QString sessionId;
    QString workstation;
};

} // namespace chairside
