#include "synccommands.h"

#include "clicommands.h"
#include "clisession.h"

#include "domain/clock.h"
#include "domain/practicedata.h"
#include "domain/session.h"
#include "services/localsession.h"
#include "services/practicecache.h"
#include "services/pmsconnection.h"
#include "services/pmsmirror.h"
#include "services/syncissues.h"
#include "sync/adapterfactory.h"
#include "sync/pmsconnector.h"
#include "sync/pmscredentials.h"
#include "sync/syncrun.h"
#include "sync/transportpolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <optional>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

// The adapter for the connection `pms connect` recorded in the cache.
std::unique_ptr<sync::PmsAdapter> adapterFor(store::Cache &cache, const sync::PmsCredentials &keys, const Clock &clock,
                                             QTextStream &err)
{
    QString error;
    const std::optional<sync::PmsConnection> connection = sync::storedConnection(cache);
    std::unique_ptr<sync::PmsAdapter> adapter = connection ? sync::makePmsAdapter(*connection, keys, clock, &error) : nullptr;
    if (!adapter)
        err << u"chairside-cli: "_s
            << (connection ? error : Text::tr("this cache is not connected to a practice system; use `chairside-cli pms connect`."))
            << Qt::endl;
    return adapter;
}

sync::SyncSummary runSync(sync::PmsAdapter &adapter, store::Cache &cache, const Clock &clock, QTextStream &err,
                          sync::SyncRun::Reference reference = sync::SyncRun::Reference::IfDue)
{
    UserSession session = operatingSystemSession();
    session.userId = u"sync:"_s + adapter.system();
    sync::SyncRun run(adapter, cache, clock, session);
    // Progress goes to stderr: on a terminal one line kept up to date, otherwise a line per
    // step (the pages of a long read are not each a line).
    const bool terminal = ::isatty(STDERR_FILENO) != 0;
    std::optional<sync::SyncProgress::Phase> shown;
    int width = 0;
    QObject::connect(&run, &sync::SyncRun::progress, &run, [&](const sync::SyncProgress &p) {
        const QString text = p.describe();
        if (terminal) {
            err << u'\r' << text.leftJustified(width) << Qt::flush;
            width = std::max(width, int(text.size()));
        } else if (shown != p.phase) {
            err << text << Qt::endl;
        }
        shown = p.phase;
    });
    sync::SyncSummary summary;
    QEventLoop loop;
    run.run(
            [&](const sync::SyncSummary &s) {
                summary = s;
                loop.quit();
            },
            reference);
    loop.exec();
    if (terminal && width > 0)
        err << u'\r' << QString(width, u' ') << u'\r' << Qt::flush;
    return summary;
}

QJsonObject summaryJson(const sync::SyncSummary &s)
{
    return QJsonObject{
            {u"complete"_s, s.complete()},
            {u"linked"_s, s.links.linked},
            {u"created"_s, s.links.created},
            {u"unmatchedChairs"_s, QJsonArray::fromStringList(s.links.unmatchedChairs)},
            {u"unmatchedProviders"_s, QJsonArray::fromStringList(s.links.unmatchedProviders)},
            {u"unmatchedTypes"_s, QJsonArray::fromStringList(s.links.unmatchedTypes)},
            {u"unmatchedPatients"_s, s.links.unmatchedPatients},
            {u"pulled"_s, s.pull.received},
            {u"inserted"_s, s.pull.applied.inserted},
            {u"updated"_s, s.pull.applied.updated},
            {u"unmapped"_s, s.pull.applied.unmapped},
            {u"keptLocal"_s, s.pull.applied.keptLocal},
            {u"pushed"_s, s.push.acknowledged},
            {u"deferred"_s, s.push.deferred},
            {u"refused"_s, s.push.refused},
            {u"waiting"_s, s.push.waiting},
            {u"error"_s, !s.readError.ok()         ? s.readError.message
                             : !s.pull.error.ok()   ? s.pull.error.message
                             : !s.pull.storeError.isEmpty() ? s.pull.storeError
                                                            : s.push.storeError}};
}

void printSummary(const sync::SyncSummary &s, QTextStream &out, QTextStream &err, bool json)
{
    if (json) {
        out << QJsonDocument(summaryJson(s)).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    const QJsonObject o = summaryJson(s);
    if (!o.value(u"error"_s).toString().isEmpty())
        err << Text::tr("chairside-cli: sync stopped: ") << o.value(u"error"_s).toString() << Qt::endl;
    if (s.links.created > 0)
        out << Text::tr("Adopted %1 record(s) new to this cache from the practice system.").arg(s.links.created) << Qt::endl;
    out << Text::tr("Linked %1 new record(s). Pulled %2 appointment(s): %3 new, %4 changed. Pushed %5; %6 waiting, "
                    "%7 refused.")
                    .arg(s.links.linked)
                    .arg(s.pull.received)
                    .arg(s.pull.applied.inserted)
                    .arg(s.pull.applied.updated)
                    .arg(s.push.acknowledged)
                    .arg(s.push.waiting)
                    .arg(s.push.refused)
        << Qt::endl;
    if (!s.links.unmatchedChairs.isEmpty() || !s.links.unmatchedProviders.isEmpty() || s.links.unmatchedPatients > 0)
        out << Text::tr("Not matched yet: %1 chair(s), %2 provider(s), %3 patient(s).")
                        .arg(s.links.unmatchedChairs.size())
                        .arg(s.links.unmatchedProviders.size())
                        .arg(s.links.unmatchedPatients)
            << Qt::endl;
}

} // namespace

int pmsConnect(const QString &dataDir, const QString &user, const PmsConnectArgs &args, QTextStream &in,
               QTextStream &out, QTextStream &err, bool json)
{
    const QString &pms = args.pms;
    bool rateOk = true;
    const int perMinute = args.rate.isEmpty() ? 0 : args.rate.toInt(&rateOk);
    if (!rateOk || perMinute < 0 || perMinute > 100000) {
        err << Text::tr("chairside-cli: --rate takes the requests a minute the practice system allows, e.g. 60.")
            << Qt::endl;
        return BadInput;
    }
    if (!sync::knownPmsSystems().contains(pms)) {
        err << Text::tr("chairside-cli: --pms must be one of %1.").arg(sync::knownPmsSystems().join(u", "_s)) << Qt::endl;
        return BadInput;
    }
    // Checked before the password is asked for: a wrong address or option wastes no sign-in.
    if (const QString why = sync::checkPmsUrl(QUrl(args.url)); !why.isEmpty()) {
        err << u"chairside-cli: "_s << why << Qt::endl;
        return BadInput;
    }
    const bool viaPlatform = pms == u"nexhealth";
    if (viaPlatform ? args.subdomain.isEmpty() || args.locationId.isEmpty()
                    : !args.subdomain.isEmpty() || !args.locationId.isEmpty()) {
        err << (viaPlatform ? Text::tr("chairside-cli: NexHealth needs the practice's --subdomain and "
                                               "--location-id (both in NexHealth's settings for the practice).")
                                    : Text::tr("chairside-cli: --subdomain and --location-id are for --pms nexhealth only."))
            << Qt::endl;
        return BadInput;
    }
    SystemClock clock;
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache =
            openSignedIn(dataDir, clock, user, std::nullopt, &session, err, &code);
    if (!cache)
        return code;
    // After the password's line, when there is one.
    QStringList lines;
    const int wanted = pms == u"dentrix" ? 3 : pms == u"eaglesoft" ? 2 : 1; // Open Dental, NexHealth: 1
    while (lines.size() < wanted && !in.atEnd())
        lines.append(in.readLine());
    QString unreadable;
    const std::optional<sync::PmsCredentials> parsed = sync::parseCredentials(pms, lines, &unreadable);
    if (!parsed) {
        err << u"chairside-cli: "_s << unreadable << Qt::endl;
        return BadInput;
    }
    sync::PmsConnector::Request request;
    request.credentials = *parsed;
    request.connection.system = pms;
    request.connection.url = args.url;
    request.connection.caFile = args.caFile.isEmpty() ? QString() : QFileInfo(args.caFile).absoluteFilePath();
    request.connection.perMinute = perMinute;
    request.connection.practiceName = args.practiceName;
    request.connection.timeZoneId = args.timeZone;
    request.connection.subdomain = args.subdomain;
    request.connection.locationId = args.locationId;
    sync::PmsConnector connector(cache->store(), cache->cacheId(), clock);
    sync::PmsConnector::Outcome connected;
    QEventLoop loop;
    connector.connect(request, session, [&](const sync::PmsConnector::Outcome &o) {
        connected = o;
        loop.quit();
    });
    loop.exec();
    using Result = sync::PmsConnector::Outcome::Result;
    switch (connected.result) {
    case Result::Done:
        break;
    case Result::NoPractice:
        err << Text::tr("chairside-cli: this cache has no practice settings yet; give --practice-name NAME and "
                        "--time-zone ZONE (an IANA zone such as America/Chicago), or import the practice file first.")
            << Qt::endl;
        return BadInput;
    case Result::BadInput:
        err << u"chairside-cli: "_s << connected.message << Qt::endl;
        return BadInput;
    case Result::Refused:
        err << u"chairside-cli: "_s << connected.message << Qt::endl;
        return BadInput;
    case Result::Unreachable:
        err << u"chairside-cli: "_s << connected.message << Qt::endl;
        return SyncIncomplete;
    case Result::Denied:
        err << u"chairside-cli: "_s << connected.message << Qt::endl;
        return Denied;
    case Result::StoreFailed:
        err << u"chairside-cli: "_s << connected.message << Qt::endl;
        return CacheUnavailable;
    }
    std::unique_ptr<sync::PmsAdapter> adapter = adapterFor(cache->store(), request.credentials, clock, err);
    if (!adapter)
        return BadInput;
    // Connecting (again) reads the practice's chairs, providers and types whether due or not.
    const sync::SyncSummary summary = runSync(*adapter, cache->store(), clock, err, sync::SyncRun::Reference::Now);
    printSummary(summary, out, err, json);
    return summary.complete() ? Done : SyncIncomplete;
}

int resolveIssue(const QString &dataDir, const QString &user, qint64 issue, bool keepMine, QTextStream &out,
                 QTextStream &err)
{
    SystemClock clock;
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache =
            openSignedIn(dataDir, clock, user, Access::ResolveSyncIssues, &session, err, &code);
    if (!cache)
        return code;
    SyncIssues issues(cache->store(), clock);
    QString error;
    const bool done =
            keepMine ? issues.keepMine(issue, session, &error) : issues.takeTheirs(issue, session, &error);
    if (!done) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    out << (keepMine ? Text::tr("Issue %1: this desk's version is sent with the next sync.")
                     : Text::tr("Issue %1: the practice system's version stands."))
                    .arg(issue)
        << Qt::endl;
    return Done;
}

int sync(const QString &dataDir, const QString &user, bool statusOnly, QTextStream &out, QTextStream &err, bool json)
{
    SystemClock clock;
    int code = Done;
    UserSession session;
    std::unique_ptr<PracticeCache> cache = openSignedIn(
            dataDir, clock, user, statusOnly ? Access::ReadSyncIssues : Access::RunSync, &session, err, &code);
    if (!cache)
        return code;
    const std::optional<sync::PmsConnection> connection = sync::storedConnection(cache->store());
    if (!connection) {
        err << Text::tr("chairside-cli: this cache is not connected to a practice system; use `chairside-cli pms connect`.")
            << Qt::endl;
        return BadInput;
    }
    const QString pms = connection->system;
    const QString url = connection->url.toString();
    if (statusOnly) {
        QString error;
        const qint64 waiting = PmsMirror(cache->store(), clock).waitingInOutbox(&error);
        const QList<SyncIssue> issues = SyncIssues(cache->store(), clock).open(session, &error);
        const QTimeZone zone = connection->office;
        if (json) {
            QJsonArray list;
            for (const SyncIssue &i : issues)
                list.append(QJsonObject{{u"issue"_s, i.id},
                                        {u"appointment"_s, i.appointmentId},
                                        {u"operation"_s, i.operation},
                                        {u"reason"_s, i.reason},
                                        {u"mine"_s, QJsonObject{{u"start"_s, i.mine.startUtc.toString(Qt::ISODate)},
                                                                {u"chair"_s, i.mine.chairId},
                                                                {u"status"_s, appointmentStatusName(i.mine.status)}}},
                                        {u"theirs"_s, i.theirs ? QJsonValue(QJsonObject{
                                                                         {u"pmsId"_s, i.theirs->pmsId},
                                                                         {u"start"_s, i.theirs->startUtc.toString(Qt::ISODate)},
                                                                         {u"status"_s, appointmentStatusName(i.theirs->status)}})
                                                               : QJsonValue()}});
            out << QJsonDocument(QJsonObject{{u"pms"_s, pms},
                                             {u"url"_s, url},
                                             {u"waiting"_s, waiting},
                                             {u"conflicts"_s, int(issues.size())},
                                             {u"issues"_s, list}})
                            .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            out << Text::tr("%1 at %2: %3 change(s) waiting to be sent, %4 conflict(s).")
                            .arg(pms, url)
                            .arg(waiting)
                            .arg(issues.size())
                << Qt::endl;
            // Ids and times only: no patient names in terminal output.
            for (const SyncIssue &i : issues)
                out << Text::tr("  issue %1: appointment %2 (%3), mine %4 in %5; theirs %6. %7")
                                .arg(i.id)
                                .arg(i.appointmentId, i.operation,
                                     i.mine.startUtc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s), i.mine.chairId,
                                     i.theirs ? i.theirs->startUtc.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s)
                                              : Text::tr("not on the practice system"),
                                     i.reason)
                    << Qt::endl;
            if (!issues.isEmpty())
                out << Text::tr("Resolve with `chairside-cli sync --keep-mine ISSUE` or `--take-theirs ISSUE`.") << Qt::endl;
        }
        return waiting == 0 && issues.isEmpty() ? Done : SyncIncomplete;
    }
    QString error;
    const std::optional<sync::PmsCredentials> keys = sync::PmsCredentialStore::read(cache->cacheId(), pms, &error);
    if (!keys) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return SyncIncomplete;
    }
    std::unique_ptr<sync::PmsAdapter> adapter = adapterFor(cache->store(), *keys, clock, err);
    if (!adapter)
        return BadInput;
    const sync::SyncSummary summary = runSync(*adapter, cache->store(), clock, err);
    printSummary(summary, out, err, json);
    return summary.complete() ? Done : SyncIncomplete;
}

} // namespace chairside::cli
