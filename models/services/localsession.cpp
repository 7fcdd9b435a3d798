#include "localsession.h"

#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

UserSession operatingSystemSession()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", u"unknown"_s);
    return UserSession{u"os:"_s + user, QUuid::createUuid().toString(QUuid::WithoutBraces), QSysInfo::machineHostName()};
}

} // namespace chairside
