#include "synccommands.h"

#include "clicommands.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "services/localsession.h"
#include "services/pmsmirror.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"
#include "sync/opendentaladapter.h"
#include "sync/pmscredentials.h"
#include "sync/syncrun.h"
#include "sync/transportpolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chairside::cli", text);
}

std::unique_ptr<store::Cache> open(const QString &dataDir, store::CacheKeyStore &keys, QTextStream &err)
{
    store::Cache::OpenResult opened = store::Cache::open(dataDir, keys, store::Cache::OpenMode::OpenExisting);
    if (!opened.cache)
        err << tr("chairside-cli: cannot open the cache: ") << opened.error.message << Qt::endl;
    return std::move(opened.cache);
}

std::unique_ptr<sync::OpenDentalAdapter> adapterFor(store::Cache &cache, const QString &url,
                                                    const sync::PmsCredentials &keys)
{
    sync::OpenDentalAdapter::Settings s = sync::OpenDentalAdapter::defaultsFor(QUrl(url));
    s.developerKey = keys.developerKey;
    s.customerKey = keys.customerKey;
    s.office = store::PracticeRepository(cache.database()).practice().value_or(Practice{}).timeZone();
    return std::make_unique<sync::OpenDentalAdapter>(s);
}

sync::SyncSummary runSync(sync::PmsAdapter &adapter, store::Cache &cache, const Clock &clock)
{
    UserSession session = operatingSystemSession();
    session.userId = u"sync:"_s + adapter.system();
    sync::SyncRun run(adapter, cache, clock, session);
    sync::SyncSummary summary;
    QEventLoop loop;
    run.run([&](const sync::SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    loop.exec();
    return summary;
}

QJsonObject summaryJson(const sync::SyncSummary &s)
{
    return QJsonObject{
            {u"complete"_s, s.complete()},
            {u"linked"_s, s.links.linked},
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
        err << tr("chairside-cli: sync stopped: ") << o.value(u"error"_s).toString() << Qt::endl;
    out << tr("Linked %1 new record(s). Pulled %2 appointment(s): %3 new, %4 changed. Pushed %5; %6 waiting, "
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
        out << tr("Not matched yet: %1 chair(s), %2 provider(s), %3 patient(s).")
                        .arg(s.links.unmatchedChairs.size())
                        .arg(s.links.unmatchedProviders.size())
                        .arg(s.links.unmatchedPatients)
            << Qt::endl;
}

} // namespace

int pmsConnect(const QString &dataDir, const QString &pms, const QString &url, QTextStream &in, QTextStream &out,
               QTextStream &err, bool json)
{
    if (pms != u"opendental") {
        err << tr("chairside-cli: --pms opendental is the one built so far (dentrix and eaglesoft are not).")
            << Qt::endl;
        return BadInput;
    }
    const QString why = sync::checkPmsUrl(QUrl(url));
    if (!why.isEmpty()) {
        err << u"chairside-cli: "_s << why << Qt::endl;
        return BadInput;
    }
    const QString line = in.readLine().trimmed();
    const qsizetype slash = line.indexOf(u'/');
    if (slash <= 0 || slash == line.size() - 1) {
        err << tr("chairside-cli: give the keys on the first line of standard input as DEVELOPERKEY/CUSTOMERKEY.")
            << Qt::endl;
        return BadInput;
    }
    const sync::PmsCredentials keys{line.left(slash), line.mid(slash + 1)};
    store::KeychainCacheKeyStore cacheKeys;
    std::unique_ptr<store::Cache> cache = open(dataDir, cacheKeys, err);
    if (!cache)
        return CacheUnavailable;
    QString error;
    if (!sync::PmsCredentialStore::write(cache->cacheId(), pms, keys, &error)) {
        err << tr("chairside-cli: cannot keep the keys in the keychain: ") << error << Qt::endl;
        return CacheUnavailable;
    }
    QSqlError sqlError;
    if (!store::PmsLinkRepository(cache->database()).setConnection(pms, url, &sqlError)) {
        err << tr("chairside-cli: ") << cache->describeFailure(sqlError) << Qt::endl;
        return CacheUnavailable;
    }
    SystemClock clock;
    std::unique_ptr<sync::OpenDentalAdapter> adapter = adapterFor(*cache, url, keys);
    const sync::SyncSummary summary = runSync(*adapter, *cache, clock);
    printSummary(summary, out, err, json);
    return summary.complete() ? Done : SyncIncomplete;
}

int sync(const QString &dataDir, bool statusOnly, QTextStream &out, QTextStream &err, bool json)
{
    store::KeychainCacheKeyStore cacheKeys;
    std::unique_ptr<store::Cache> cache = open(dataDir, cacheKeys, err);
    if (!cache)
        return CacheUnavailable;
    const auto connection = store::PmsLinkRepository(cache->database()).connection();
    if (!connection) {
        err << tr("chairside-cli: this cache is not connected to a practice system; use `chairside-cli pms connect`.")
            << Qt::endl;
        return BadInput;
    }
    const auto &[pms, url] = *connection;
    if (statusOnly) {
        SystemClock clock;
        QString error;
        const qint64 waiting = PmsMirror(*cache, clock).waitingInOutbox(&error);
        QSqlQuery q(cache->database());
        const int conflicts = q.exec(u"SELECT count(*) FROM appointments WHERE sync_state = 'conflict'"_s) && q.next()
                ? q.value(0).toInt()
                : -1;
        if (json)
            out << QJsonDocument(QJsonObject{{u"pms"_s, pms},
                                             {u"url"_s, url},
                                             {u"waiting"_s, waiting},
                                             {u"conflicts"_s, conflicts}})
                            .toJson(QJsonDocument::Compact)
                << Qt::endl;
        else
            out << tr("%1 at %2: %3 change(s) waiting to be sent, %4 conflict(s).")
                            .arg(pms, url)
                            .arg(waiting)
                            .arg(conflicts)
                << Qt::endl;
        return waiting == 0 && conflicts == 0 ? Done : SyncIncomplete;
    }
    QString error;
    const std::optional<sync::PmsCredentials> keys = sync::PmsCredentialStore::read(cache->cacheId(), pms, &error);
    if (!keys) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return SyncIncomplete;
    }
    SystemClock clock;
    std::unique_ptr<sync::OpenDentalAdapter> adapter = adapterFor(*cache, url, *keys);
    const sync::SyncSummary summary = runSync(*adapter, *cache, clock);
    printSummary(summary, out, err, json);
    return summary.complete() ? Done : SyncIncomplete;
}

} // namespace chairside::cli
