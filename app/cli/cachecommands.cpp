#include "cachecommands.h"

#include "clicommands.h"
#include "clisession.h"
#include "secretinput.h"

#include "domain/clock.h"
#include "services/localsession.h"
#include "services/useraccounts.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/cachecheck.h"
#include "store/cachemaintenance.h"
#include "store/securebytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QJsonDocument>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

// A backup can be carried off and attacked offline: the passphrase is held to the 15
// characters current guidance (NIST SP 800-63B) asks of a password that is the only factor.
constexpr int kMinimumPassphrase = 15;

// Writes the record of what was done after it was done, on a cache opened afresh.
int auditAfter(const QString &dataDir, store::CacheKeyStore &keys, const Clock &clock, const UserSession &session,
               const QString &action, const QString &detail, QTextStream &err)
{
    store::Cache::OpenResult opened = store::Cache::open(dataDir, keys, store::Cache::OpenMode::OpenExisting);
    QString error;
    if (!opened.cache || !auditEvent(*opened.cache, clock, session, action, u"cache"_s, {}, detail, &error)) {
        err << Text::tr("chairside-cli: done, but the audit record could not be written: ")
            << (opened.cache ? error : opened.error.message) << Qt::endl;
        return CacheUnavailable;
    }
    return Done;
}

} // namespace

int rekey(const QString &dataDir, const QString &user, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    store::KeychainCacheKeyStore keys;
    UserSession session;
    int code = Done;
    {
        std::unique_ptr<store::Cache> cache = openSignedIn(dataDir, keys, clock, user, Access::ManageCache, &session, err, &code);
        if (!cache)
            return code;
    }
    QString error;
    if (!store::rekeyCache(dataDir, keys, &error)) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    out << Text::tr("The cache is re-encrypted under a new key; the keychain holds the new key only.") << Qt::endl;
    return auditAfter(dataDir, keys, clock, session, u"rekey"_s, {}, err);
}

int backup(const QString &dataDir, const QString &user, const QString &outPath, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    store::KeychainCacheKeyStore keys;
    UserSession session;
    int code = Done;
    std::unique_ptr<store::Cache> cache = openSignedIn(dataDir, keys, clock, user, Access::ManageCache, &session, err, &code);
    if (!cache)
        return code;
    QByteArray passphrase = readSecretLine(Text::tr("Backup passphrase (at least %1 characters): ").arg(kMinimumPassphrase));
    const auto wipe = qScopeGuard([&passphrase] { store::secureWipe(passphrase); });
    if (stdinIsTerminal()) {
        QByteArray again = readSecretLine(Text::tr("The passphrase again: "));
        const bool same = again == passphrase;
        store::secureWipe(again);
        if (!same) {
            err << Text::tr("chairside-cli: the two passphrases differ; nothing was written.") << Qt::endl;
            return BadInput;
        }
    }
    if (QString::fromUtf8(passphrase).size() < kMinimumPassphrase) {
        err << Text::tr("chairside-cli: give a backup passphrase of at least %1 characters (on the line after the "
                        "password); nothing was written.")
                        .arg(kMinimumPassphrase)
            << Qt::endl;
        return BadInput;
    }
    QString error;
    // Recorded first, so the backup holds the record of its own making.
    if (!auditEvent(*cache, clock, session, u"backup"_s, u"cache"_s, {}, QDir::toNativeSeparators(outPath), &error)) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    const std::optional<store::BackupManifest> written =
            store::writeBackup(*cache, outPath, passphrase, clock.nowUtc(), &error);
    if (!written) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    out << Text::tr("Backup written to %1: %2 appointments, %3 patients, %4 audit records, encrypted with the passphrase. "
                    "Keep the passphrase apart from the file; without it the backup cannot be read.")
                    .arg(QDir::toNativeSeparators(outPath))
                    .arg(written->appointments)
                    .arg(written->patients)
                    .arg(written->auditRecords)
        << Qt::endl;
    // While nobody waits for it: every page in use read once more, so damage the copy did not
    // meet (an index) is found now, with this backup's predecessor still at hand.
    const store::CacheHealth health = store::checkCache(*cache);
    if (!health.intact) {
        err << u"chairside-cli: "_s << store::describeHealth(health) << Qt::endl;
        return health.couldNotCheck ? CacheUnavailable : CacheDamaged;
    }
    return Done;
}

int check(const QString &dataDir, const QString &user, bool json, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    store::KeychainCacheKeyStore keys;
    UserSession session;
    int code = Done;
    std::unique_ptr<store::Cache> cache = openSignedIn(dataDir, keys, clock, user, Access::ManageCache, &session, err, &code);
    if (!cache)
        return code;
    const store::CacheHealth health = store::checkCache(*cache);
    QString error; // a damaged cache may not take the record; the check's answer stands
    (void)auditEvent(*cache, clock, session, u"check"_s, u"cache"_s, {}, health.intact ? u"intact"_s : u"damaged"_s,
                     &error);
    if (json) {
        out << QJsonDocument(QJsonObject{{u"intact"_s, health.intact},
                                         {u"damagedTable"_s, health.damagedTable},
                                         {u"damagedIndex"_s, health.damagedIndex},
                                         {u"detail"_s, health.detail},
                                         {u"tables"_s, health.tables},
                                         {u"rows"_s, health.rows},
                                         {u"pagesInUse"_s, health.pagesInUse},
                                         {u"freePages"_s, health.freePages},
                                         {u"damagedFreePages"_s, health.damagedFreePages},
                                         {u"pageScanError"_s, health.pageScanError},
                                         {u"couldNotCheck"_s, health.couldNotCheck}})
                       .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        (health.intact ? out : err) << store::describeHealth(health) << Qt::endl;
    }
    return health.intact ? Done : health.couldNotCheck ? CacheUnavailable : CacheDamaged;
}

int restore(const QString &dataDir, const QString &user, const QString &backupPath, bool force, QTextStream &out,
            QTextStream &err)
{
    SystemClock clock;
    store::KeychainCacheKeyStore keys;
    UserSession session;
    int code = Done;
    // With a cache in place, its office manager restores over it; into an empty folder
    // anyone with the backup's passphrase may.
    if (!store::Cache::findCacheFile(dataDir).isEmpty()) {
        std::unique_ptr<store::Cache> cache = openSignedIn(dataDir, keys, clock, user, Access::ManageCache, &session, err, &code);
        if (!cache && !(force && code == CacheUnavailable))
            return code;
    }
    QByteArray passphrase = readSecretLine(Text::tr("Backup passphrase: "));
    store::RestoreOutcome outcome = store::restoreBackup(dataDir, keys, backupPath, passphrase, force, clock.nowUtc());
    store::secureWipe(passphrase);
    if (!outcome.restored) {
        err << u"chairside-cli: "_s << outcome.error << Qt::endl;
        return outcome.refusedNewer ? NewerCacheKept : BadInput;
    }
    out << Text::tr("Restored the backup of %1 (%2 appointments, %3 patients).")
                    .arg(outcome.manifest.takenUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                    .arg(outcome.manifest.appointments)
                    .arg(outcome.manifest.patients)
        << Qt::endl;
    if (!outcome.keptPath.isEmpty())
        out << Text::tr("The cache it replaced is kept as %1.").arg(QDir::toNativeSeparators(outcome.keptPath)) << Qt::endl;
    if (session.userId.isEmpty())
        session = UserSession{u"restore"_s, {}, {}};
    return auditAfter(dataDir, keys, clock, session, u"restore"_s,
                      u"backup taken %1"_s.arg(outcome.manifest.takenUtc.toString(Qt::ISODate)), err);
}

int addUser(const QString &dataDir, const QString &user, const QString &name, const QString &role,
            const QString &providerId, QTextStream &out, QTextStream &err)
{
    const std::optional<Role> parsed = parseRole(role);
    if (!parsed || *parsed == Role::System) {
        err << Text::tr("chairside-cli: --role must be office_manager, front_desk, provider or read_only.") << Qt::endl;
        return BadInput;
    }
    SystemClock clock;
    store::KeychainCacheKeyStore keys;
    store::Cache::OpenResult opened = store::Cache::open(dataDir, keys, store::Cache::OpenMode::OpenExisting);
    if (!opened.cache) {
        err << Text::tr("chairside-cli: cannot open the cache: ") << opened.error.message << Qt::endl;
        return CacheUnavailable;
    }
    UserAccounts accounts(*opened.cache, clock);
    QString error;
    const std::optional<bool> hasUsers = accounts.hasUsers(&error);
    if (!hasUsers) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    if (!*hasUsers && *parsed != Role::OfficeManager) {
        err << Text::tr("chairside-cli: the first account is the office manager's: add it with --role office_manager.")
            << Qt::endl;
        return BadInput;
    }
    int code = Done;
    SignedIn by;
    if (*hasUsers) {
        const std::optional<UserSession> session = actAs(*opened.cache, clock, user, Access::ManageUsers, err, &code);
        if (!session)
            return code;
        by = SignedIn{*session, session->role, session->providerId};
    }
    QByteArray password = readSecretLine(Text::tr("Password for the new account %1: ").arg(name));
    const bool ok = *hasUsers
            ? accounts.addUser(by, name, *parsed, providerId, password, &error)
            : accounts.createFirstManager(name, password, operatingSystemSession().workstation, &error);
    if (!ok) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput; // a role that may not add accounts was refused by actAs already
    }
    out << Text::tr("Added %1 (%2).").arg(name, roleName(*parsed)) << Qt::endl;
    return Done;
}

} // namespace chairside::cli
