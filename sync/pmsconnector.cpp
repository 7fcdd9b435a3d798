#include "pmsconnector.h"

#include "adapterfactory.h"
#include "nexhealthadapter.h"
#include "transportpolicy.h"

#include "domain/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::sync::PmsConnector)
};

} // namespace

PmsConnector::PmsConnector(store::Cache &cache, QString cacheId, const Clock &clock, QObject *parent)
    : QObject(parent), m_cache(cache), m_cacheId(std::move(cacheId)), m_clock(clock)
{
}

void PmsConnector::connect(const Request &request, const UserSession &session,
                           std::function<void(const Outcome &)> done)
{
    using Result = Outcome::Result;
    const PmsConnectionRequest &c = request.connection;
    auto refuse = [this, &done](Result result, const QString &message) {
        QTimer::singleShot(0, this, [done, result, message] { done({result, message}); });
    };
    if (!knownPmsSystems().contains(c.system))
        return refuse(Result::BadInput, Text::tr("Choose one of the practice systems: %1.")
                                                .arg(knownPmsSystems().join(u", "_s)));
    if (const QString why = checkPmsUrl(QUrl(c.url)); !why.isEmpty())
        return refuse(Result::BadInput, why);
    if (c.perMinute < 0 || c.perMinute > 100000)
        return refuse(Result::BadInput, Text::tr("The request limit is the requests a minute the practice system "
                                                 "allows, for example 60."));
    if (!c.caFile.isEmpty() && !QFileInfo(c.caFile).isReadable())
        return refuse(Result::BadInput, Text::tr("The CA file %1 cannot be read; give the path of the practice's CA "
                                                 "certificate (PEM).")
                                                .arg(c.caFile));
    const bool viaPlatform = c.system == u"nexhealth";
    if (viaPlatform && (c.subdomain.trimmed().isEmpty() || c.locationId.trimmed().isEmpty()))
        return refuse(Result::BadInput, Text::tr("NexHealth needs the practice's subdomain and location id (both in "
                                                 "NexHealth's settings for the practice)."));
    if (!viaPlatform && (!c.subdomain.isEmpty() || !c.locationId.isEmpty()))
        return refuse(Result::BadInput, Text::tr("A subdomain and location id are for NexHealth only."));
    if (!credentialsComplete(c.system, request.credentials))
        return refuse(Result::BadInput, Text::tr("The keys for %1 are incomplete: %2")
                                                .arg(pmsDisplayName(c.system), credentialsWanted(c.system)));
    if (!viaPlatform) {
        QTimer::singleShot(0, this, [this, request, session, done] { record(request, session, done); });
        return;
    }
    // NexHealth says where the practice is, its time zone above all, before anything is
    // written: a wrong key, subdomain or location stops here.
    PmsConnection probe;
    probe.system = c.system;
    probe.url = QUrl(c.url);
    probe.subdomain = c.subdomain.trimmed();
    probe.locationId = c.locationId.trimmed();
    probe.caFile = c.caFile;
    probe.perMinute = c.perMinute;
    QString error;
    std::unique_ptr<PmsAdapter> made = makePmsAdapter(probe, request.credentials, m_clock, &error);
    auto *nexhealth = dynamic_cast<NexHealthAdapter *>(made.get());
    if (!nexhealth)
        return refuse(Result::BadInput, error);
    // The connector owns the probe: it goes with the connector, or once its answer is handled
    // (later, not inside its own call).
    nexhealth->setParent(this);
    made.release();
    QPointer<PmsConnector> self(this);
    nexhealth->readLocation([this, self, nexhealth, request, session, done](const NexHealthLocation &location,
                                                                           const PmsError &e) {
        if (!self)
            return;
        nexhealth->deleteLater();
        if (!e.ok()) {
            const Result result = e.transient() ? Result::Unreachable : Result::Refused;
            QTimer::singleShot(0, this, [done, result, message = e.message] { done({result, message}); });
            return;
        }
        Request located = request;
        located.connection.subdomain = request.connection.subdomain.trimmed();
        located.connection.locationId = request.connection.locationId.trimmed();
        located.connection.pmsTimeZoneId = location.timeZone;
        located.connection.pmsPracticeName = location.name;
        QTimer::singleShot(0, this, [this, located, session, done] { record(located, session, done); });
    });
}

void PmsConnector::record(const Request &request, const UserSession &session,
                          const std::function<void(const Outcome &)> &done)
{
    using Result = Outcome::Result;
    const PmsConnectionOutcome connected = PmsConnectionService(m_cache, m_clock).connect(request.connection, session);
    if (!connected.ok()) {
        const Result result = connected.result == PmsConnectionOutcome::Result::Denied      ? Result::Denied
                : connected.result == PmsConnectionOutcome::Result::StoreFailed             ? Result::StoreFailed
                : connected.result == PmsConnectionOutcome::Result::BadRequest              ? Result::NoPractice
                                                                                            : Result::BadInput;
        done({result, connected.message});
        return;
    }
    QString error;
    if (!PmsCredentialStore::write(m_cacheId, request.connection.system, request.credentials, &error)) {
        done({Result::StoreFailed, Text::tr("The keys could not be kept in the keychain: %1").arg(error)});
        return;
    }
    done({});
}

} // namespace chairside::sync
