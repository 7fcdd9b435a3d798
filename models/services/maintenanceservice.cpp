#include "maintenanceservice.h"

#include "access.h"
#include "localsession.h"
#include "practicecache.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "store/cache.h"
#include "store/cachecheck.h"
#include "store/cachekeystore.h"
#include "store/cachemaintenance.h"
#include "store/securebytes.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::MaintenanceService)
};

BackupSummary summaryOf(const store::BackupManifest &m)
{
    return BackupSummary{m.takenUtc, m.appointments, m.patients, m.auditRecords};
}

MaintenanceOutcome stopped(MaintenanceOutcome::Result result, const QString &message)
{
    MaintenanceOutcome out;
    out.result = result;
    out.message = message;
    return out;
}

} // namespace

MaintenanceService::MaintenanceService(QString dataDir, const Clock &clock)
    : m_dataDir(std::move(dataDir)), m_keys(std::make_unique<store::KeychainCacheKeyStore>()), m_clock(clock)
{
}

MaintenanceService::~MaintenanceService() = default;

std::optional<MaintenanceOutcome> MaintenanceService::refuse(store::Cache &cache, const UserSession &session)
{
    if (const std::optional<QString> denied = refuseUnlessAllowed(cache, m_clock, session, Access::ManageCache))
        return stopped(MaintenanceOutcome::Result::Denied, *denied);
    return std::nullopt;
}

MaintenanceOutcome MaintenanceService::auditAfter(const UserSession &session, const QString &action,
                                                  const QString &detail, MaintenanceOutcome done)
{
    done.carriedOut = true;
    store::Cache::OpenResult opened =
            store::Cache::open(m_dataDir, *m_keys, store::Cache::OpenMode::OpenExisting, nullptr, m_clock);
    QString error;
    if (!opened.cache || !auditEvent(*opened.cache, m_clock, session, action, u"cache"_s, {}, detail, &error)) {
        done.result = MaintenanceOutcome::Result::StoreFailed;
        done.message = Text::tr("Done, but the audit record could not be written: %1")
                               .arg(opened.cache ? error : opened.error.message);
    }
    return done;
}

MaintenanceOutcome MaintenanceService::rekey(std::unique_ptr<PracticeCache> cache, const UserSession &session)
{
    if (!cache)
        return stopped(MaintenanceOutcome::Result::StoreFailed, Text::tr("The cache is not open."));
    if (std::optional<MaintenanceOutcome> denied = refuse(cache->store(), session))
        return *denied;
    cache.reset(); // the rekey needs the file to itself
    QString error;
    if (!store::rekeyCache(m_dataDir, *m_keys, &error))
        return stopped(MaintenanceOutcome::Result::StoreFailed, error);
    return auditAfter(session, u"rekey"_s, {}, {});
}

MaintenanceOutcome MaintenanceService::backup(PracticeCache &practiceCache, const QString &outPath, QByteArray &passphrase,
                                              const UserSession &session)
{
    store::Cache &cache = practiceCache.store();
    if (std::optional<MaintenanceOutcome> denied = refuse(cache, session)) {
        store::secureWipe(passphrase);
        return *denied;
    }
    if (QString::fromUtf8(passphrase).size() < kMinimumPassphrase) {
        store::secureWipe(passphrase);
        return stopped(MaintenanceOutcome::Result::BadInput,
                       Text::tr("Give a backup passphrase of at least %1 characters; nothing was written.")
                               .arg(kMinimumPassphrase));
    }
    QString error;
    // Recorded first, so the backup holds the record of its own making.
    if (!auditEvent(cache, m_clock, session, u"backup"_s, u"cache"_s, {}, QDir::toNativeSeparators(outPath), &error)) {
        store::secureWipe(passphrase);
        return stopped(MaintenanceOutcome::Result::StoreFailed, error);
    }
    const std::optional<store::BackupManifest> written =
            store::writeBackup(cache, outPath, passphrase, m_clock.nowUtc(), &error);
    if (!written)
        return stopped(MaintenanceOutcome::Result::StoreFailed, error);
    MaintenanceOutcome out;
    out.carriedOut = true;
    out.backup = summaryOf(*written);
    const store::CacheHealth health = store::checkCache(cache);
    if (!health.intact) {
        out.result = MaintenanceOutcome::Result::Damaged;
        out.couldNotCheck = health.couldNotCheck;
        out.message = store::describeHealth(health);
    }
    return out;
}

MaintenanceOutcome MaintenanceService::restore(std::unique_ptr<PracticeCache> cache,
                                               const std::optional<UserSession> &session, const QString &backupPath,
                                               QByteArray &passphrase, bool force)
{
    const auto wipe = [&passphrase](MaintenanceOutcome out) {
        store::secureWipe(passphrase);
        return out;
    };
    UserSession by;
    QString how;
    if (cache && session) {
        if (std::optional<MaintenanceOutcome> denied = refuse(cache->store(), *session))
            return wipe(*denied);
        by = *session;
    } else {
        // No sign-in: allowed only into an empty folder, or with --force over a cache that
        // cannot be opened at all.
        if (!store::Cache::findCacheFile(m_dataDir).isEmpty()) {
            store::Cache::OpenResult opened =
                    store::Cache::open(m_dataDir, *m_keys, store::Cache::OpenMode::OpenExisting, nullptr, m_clock);
            if (opened.cache)
                return wipe(stopped(MaintenanceOutcome::Result::Denied,
                                    Text::tr("The cache in place opens: sign in as its office manager to restore "
                                             "over it.")));
            if (!force)
                return wipe(stopped(MaintenanceOutcome::Result::StoreFailed,
                                    Text::tr("The cache in place cannot be opened (%1). To put the backup in its "
                                             "place anyway, restore with --force; the unreadable cache is kept "
                                             "beside it.")
                                            .arg(opened.error.message)));
            how = u" without sign-in: the cache in place could not be opened"_s;
        } else {
            how = u" without sign-in: into a folder with no cache"_s;
        }
        by = operatingSystemSession();
    }
    cache.reset(); // the restore needs the file to itself
    store::RestoreOutcome outcome = store::restoreBackup(m_dataDir, *m_keys, backupPath, passphrase, force, m_clock.nowUtc());
    store::secureWipe(passphrase);
    if (!outcome.restored)
        return stopped(outcome.refusedNewer ? MaintenanceOutcome::Result::NewerKept
                                            : MaintenanceOutcome::Result::BadInput,
                       outcome.error);
    MaintenanceOutcome done;
    done.backup = summaryOf(outcome.manifest);
    done.keptPath = outcome.keptPath;
    return auditAfter(by, u"restore"_s, u"backup taken %1"_s.arg(outcome.manifest.takenUtc.toString(Qt::ISODate)) + how,
                      done);
}

} // namespace chairside
