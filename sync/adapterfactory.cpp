#include "adapterfactory.h"

#include "dentrixadapter.h"
#include "eaglesoftadapter.h"
#include "nexhealthadapter.h"
#include "opendentaladapter.h"

#include "store/cache.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside::sync {

std::optional<PmsConnection> storedConnection(store::Cache &cache)
{
    store::PmsLinkRepository links(cache.database());
    const auto connection = links.connection();
    if (!connection)
        return std::nullopt;
    PmsConnection c;
    c.system = connection->first;
    c.url = QUrl(connection->second);
    c.office = store::PracticeRepository(cache.database()).practice().value_or(Practice{}).timeZone();
    c.caFile = links.caFile();
    c.perMinute = links.rateLimit();
    const auto scope = links.scope();
    c.subdomain = scope.first;
    c.locationId = scope.second;
    return c;
}

QStringList knownPmsSystems()
{
    return {u"opendental"_s, u"dentrix"_s, u"eaglesoft"_s, u"nexhealth"_s};
}

namespace {

// What every vendor's settings share, taken from the connection where it sets them.
template<typename Settings>
Settings &common(Settings &s, const PmsConnection &connection)
{
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
    return s;
}

} // namespace

std::unique_ptr<PmsAdapter> makePmsAdapter(const PmsConnection &connection, const PmsCredentials &credentials,
                                           const Clock &clock, QString *error)
{
    if (connection.system == u"opendental") {
        OpenDentalAdapter::Settings s = OpenDentalAdapter::defaultsFor(connection.url);
        s.developerKey = credentials.identity;
        s.customerKey = credentials.secret;
        return std::make_unique<OpenDentalAdapter>(common(s, connection));
    }
    if (connection.system == u"dentrix") {
        DentrixAdapter::Settings s;
        s.baseUrl = connection.url;
        s.clientId = credentials.identity;
        s.clientSecret = credentials.secret;
        s.apiKey = credentials.apiKey;
        s.clock = &clock;
        return std::make_unique<DentrixAdapter>(common(s, connection));
    }
    if (connection.system == u"eaglesoft") {
        EaglesoftAdapter::Settings s;
        s.endpoint = connection.url;
        s.userName = credentials.identity;
        s.password = credentials.secret;
        return std::make_unique<EaglesoftAdapter>(common(s, connection));
    }
    if (connection.system == u"nexhealth") {
        NexHealthAdapter::Settings s;
        s.baseUrl = connection.url;
        s.apiKey = credentials.apiKey;
        s.subdomain = connection.subdomain;
        s.locationId = connection.locationId;
        s.clock = &clock;
        return std::make_unique<NexHealthAdapter>(common(s, connection));
    }
    *error = QCoreApplication::translate("chairside::sync", "There is no adapter for \"%1\"; use one of %2.")
                     .arg(connection.system, knownPmsSystems().join(u", "_s));
    return nullptr;
}

} // namespace chairside::sync
