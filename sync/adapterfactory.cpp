#include "adapterfactory.h"

#include "dentrixadapter.h"
#include "eaglesoftadapter.h"
#include "opendentaladapter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside::sync {

QStringList knownPmsSystems()
{
    return {u"opendental"_s, u"dentrix"_s, u"eaglesoft"_s};
}

QString pmsDisplayName(const QString &system)
{
    if (system == u"opendental")
        return u"Open Dental"_s;
    if (system == u"dentrix")
        return u"Dentrix"_s;
    if (system == u"eaglesoft")
        return u"Eaglesoft"_s;
    return system;
}

std::unique_ptr<PmsAdapter> makePmsAdapter(const PmsConnection &connection, const PmsCredentials &credentials,
                                           QString *error)
{
    if (connection.system == u"opendental") {
        OpenDentalAdapter::Settings s = OpenDentalAdapter::defaultsFor(connection.url);
        s.developerKey = credentials.identity;
        s.customerKey = credentials.secret;
        s.office = connection.office;
        s.caFile = connection.caFile;
        if (connection.perMinute > 0)
            s.perMinute = connection.perMinute;
        if (connection.burst > 0)
            s.burst = connection.burst;
        if (connection.pageSize > 0)
            s.pageSize = connection.pageSize;
        s.timeoutMs = connection.timeoutMs;
        s.retry = connection.retry;
        return std::make_unique<OpenDentalAdapter>(s);
    }
    if (connection.system == u"dentrix") {
        DentrixAdapter::Settings s;
        s.baseUrl = connection.url;
        s.clientId = credentials.identity;
        s.clientSecret = credentials.secret;
        s.apiKey = credentials.apiKey;
        s.office = connection.office;
        s.caFile = connection.caFile;
        if (connection.perMinute > 0)
            s.perMinute = connection.perMinute;
        if (connection.burst > 0)
            s.burst = connection.burst;
        if (connection.pageSize > 0)
            s.pageSize = connection.pageSize;
        s.timeoutMs = connection.timeoutMs;
        s.retry = connection.retry;
        return std::make_unique<DentrixAdapter>(s);
    }
    if (connection.system == u"eaglesoft") {
        EaglesoftAdapter::Settings s;
        s.endpoint = connection.url;
        s.userName = credentials.identity;
        s.password = credentials.secret;
        s.office = connection.office;
        s.caFile = connection.caFile;
        if (connection.perMinute > 0)
            s.perMinute = connection.perMinute;
        if (connection.burst > 0)
            s.burst = connection.burst;
        if (connection.pageSize > 0)
            s.pageSize = connection.pageSize;
        s.timeoutMs = connection.timeoutMs;
        s.retry = connection.retry;
        return std::make_unique<EaglesoftAdapter>(s);
    }
    *error = QCoreApplication::translate("chairside::sync", "There is no adapter for \"%1\"; use one of %2.")
                     .arg(connection.system, knownPmsSystems().join(u", "_s));
    return nullptr;
}

} // namespace chairside::sync
