#include "cachecommands.h"

#include "clicommands.h"
#include "clisession.h"
#include "secretinput.h"

#include "domain/clock.h"
#include "services/localsession.h"
#include "services/useraccounts.h"
#include "services/frontdesk.h"
#include "services/maintenanceservice.h"
#include "services/practicecache.h"
#include "domain/securebytes.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
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

// The exit code for what the maintenance service said.
int exitFor(const MaintenanceOutcome &o)
{
    switch (o.result) {
    case MaintenanceOutcome::Result::Done:
        return Done;
    case MaintenanceOutcome::Result::Denied:
        return Denied;
    case MaintenanceOutcome::Result::BadInput:
        return BadInput;
    case MaintenanceOutcome::Result::StoreFailed:
        return CacheUnavailable;
    case MaintenanceOutcome::Result::Damaged:
        return o.couldNotCheck ? CacheUnavailable : CacheDamaged;
    case MaintenanceOutcome::Result::NewerKept:
        return NewerCacheKept;
    }
    return CacheUnavailable;
}

int failed(const MaintenanceOutcome &o, QTextStream &err)
{
    err << u"chairside-cli: "_s << o.message << Qt::endl;
    return exitFor(o);
}

} // namespace

int rekey(const QString &dataDir, const QString &user, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(dataDir, clock, user, std::nullopt, &session, err, &code);
    if (!cache)
        return code;
    const MaintenanceOutcome done = MaintenanceService(dataDir, clock).rekey(std::move(cache), session);
    if (!done.carriedOut)
        return failed(done, err);
    out << Text::tr("The cache is re-encrypted under a new key; the keychain holds the new key only.") << Qt::endl;
    return done.ok() ? Done : failed(done, err);
}

int backup(const QString &dataDir, const QString &user, const QString &outPath, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(dataDir, clock, user, std::nullopt, &session, err, &code);
    if (!cache)
        return code;
    MaintenanceService maintenance(dataDir, clock);
    QByteArray passphrase = readSecretLine(
            Text::tr("Backup passphrase (at least %1 characters): ").arg(MaintenanceService::kMinimumPassphrase));
    const auto wipe = qScopeGuard([&passphrase] { secureWipe(passphrase); });
    if (stdinIsTerminal()) {
        QByteArray again = readSecretLine(Text::tr("The passphrase again: "));
        const bool same = again == passphrase;
        secureWipe(again);
        if (!same) {
            err << Text::tr("chairside-cli: the two passphrases differ; nothing was written.") << Qt::endl;
            return BadInput;
        }
    }
    const MaintenanceOutcome done = maintenance.backup(*cache, outPath, passphrase, session);
    if (!done.carriedOut)
        return failed(done, err);
    out << Text::tr("Backup written to %1: %2 appointments, %3 patients, %4 audit records, encrypted with the passphrase. "
                    "Keep the passphrase apart from the file; without it the backup cannot be read.")
                    .arg(QDir::toNativeSeparators(outPath))
                    .arg(done.backup->appointments)
                    .arg(done.backup->patients)
                    .arg(done.backup->auditRecords)
        << Qt::endl;
    return done.ok() ? Done : failed(done, err);
}

int check(const QString &dataDir, const QString &user, bool json, QTextStream &out, QTextStream &err)
{
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(dataDir, clock, user, std::nullopt, &session, err, &code);
    if (!cache)
        return code;
    QString error;
    const std::optional<CacheHealth> checked = FrontDesk(cache->store(), clock).checkCache(session, &error);
    if (!checked) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return Denied;
    }
    const CacheHealth &health = *checked;
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
        (health.intact ? out : err) << FrontDesk::describeHealth(health) << Qt::endl;
    }
    return health.intact ? Done : health.couldNotCheck ? CacheUnavailable : CacheDamaged;
}

int restore(const QString &dataDir, const QString &user, const QString &backupPath, bool force, QTextStream &out,
            QTextStream &err)
{
    SystemClock clock;
    std::unique_ptr<PracticeCache> cache;
    std::optional<UserSession> session;
    // With a cache that opens, its office manager restores over it; who may restore without
    // a sign-in is the service's rule.
    if (PracticeCache::existsIn(dataDir)) {
        PracticeCache::Opened opened = PracticeCache::open(dataDir, PracticeCache::Mode::OpenExisting, clock);
        if (opened.cache) {
            int code = Done;
            session = actAs(opened.cache->store(), clock, user, std::nullopt, err, &code);
            if (!session)
                return code;
            cache = std::move(opened.cache);
        }
    }
    QByteArray passphrase = readSecretLine(Text::tr("Backup passphrase: "));
    const MaintenanceOutcome done =
            MaintenanceService(dataDir, clock).restore(std::move(cache), session, backupPath, passphrase, force);
    if (!done.carriedOut)
        return failed(done, err);
    out << Text::tr("Restored the backup of %1 (%2 appointments, %3 patients).")
                    .arg(done.backup->takenUtc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s))
                    .arg(done.backup->appointments)
                    .arg(done.backup->patients)
        << Qt::endl;
    if (!done.keptPath.isEmpty())
        out << Text::tr("The cache it replaced is kept as %1.").arg(QDir::toNativeSeparators(done.keptPath)) << Qt::endl;
    return done.ok() ? Done : failed(done, err);
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
    PracticeCache::Opened opened = PracticeCache::open(dataDir, PracticeCache::Mode::OpenExisting, clock);
    if (!opened.cache) {
        err << Text::tr("chairside-cli: cannot open the cache: ") << opened.error << Qt::endl;
        return CacheUnavailable;
    }
    UserAccounts accounts(opened.cache->store(), clock);
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
        const std::optional<UserSession> session = actAs(opened.cache->store(), clock, user, Access::ManageUsers, err, &code);
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

namespace {

// The cache opened and signed in to as `user` for looking after accounts.
struct Accounts
{
    SystemClock clock;
    PracticeCache::Opened opened;
    std::optional<UserSession> session;
    std::unique_ptr<UserAccounts> accounts;
};

std::optional<int> openAccounts(const QString &dataDir, const QString &user, std::optional<Access> access,
                                Accounts &a, QTextStream &err)
{
    a.opened = PracticeCache::open(dataDir, PracticeCache::Mode::OpenExisting, a.clock);
    if (!a.opened.cache) {
        err << Text::tr("chairside-cli: cannot open the cache: ") << a.opened.error << Qt::endl;
        return CacheUnavailable;
    }
    int code = Done;
    a.session = actAs(a.opened.cache->store(), a.clock, user, access, err, &code);
    if (!a.session)
        return code;
    a.accounts = std::make_unique<UserAccounts>(a.opened.cache->store(), a.clock);
    return std::nullopt;
}

} // namespace

int listUsers(const QString &dataDir, const QString &user, bool json, QTextStream &out, QTextStream &err)
{
    Accounts a;
    if (const std::optional<int> failed = openAccounts(dataDir, user, Access::ManageUsers, a, err))
        return *failed;
    QString error;
    const std::optional<QList<StaffAccount>> list = a.accounts->accounts(*a.session, &error);
    if (!list) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    if (json) {
        QJsonArray array;
        for (const StaffAccount &s : *list)
            array.append(QJsonObject{{u"id"_s, s.id},
                                     {u"name"_s, s.name},
                                     {u"role"_s, roleName(s.role)},
                                     {u"providerId"_s, s.providerId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                               : QJsonValue(s.providerId)},
                                     {u"disabled"_s, s.disabled},
                                     {u"locked"_s, s.locked}});
        out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return Done;
    }
    for (const StaffAccount &s : *list) {
        QString line = u"%1 · %2"_s.arg(s.name, roleText(s.role));
        if (s.disabled)
            line += u" · "_s + Text::tr("disabled");
        else if (s.locked)
            line += u" · "_s + Text::tr("locked after failed sign-ins");
        out << line << Qt::endl;
    }
    return Done;
}

int setUserDisabled(const QString &dataDir, const QString &user, const QString &name, bool disabled,
                    QTextStream &out, QTextStream &err)
{
    Accounts a;
    if (const std::optional<int> failed = openAccounts(dataDir, user, Access::ManageUsers, a, err))
        return *failed;
    QString error;
    if (!a.accounts->setDisabled(*a.session, name, disabled, &error)) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    out << (disabled ? Text::tr("%1 can no longer sign in.") : Text::tr("%1 can sign in again.")).arg(name.trimmed())
        << Qt::endl;
    return Done;
}

int resetUserPassword(const QString &dataDir, const QString &user, const QString &name, QTextStream &out,
                      QTextStream &err)
{
    Accounts a;
    if (const std::optional<int> failed = openAccounts(dataDir, user, Access::ManageUsers, a, err))
        return *failed;
    QByteArray password = readSecretLine(Text::tr("New password for %1: ").arg(name.trimmed()));
    QString error;
    if (!a.accounts->resetPassword(*a.session, name, password, &error)) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    out << Text::tr("%1 has a new password; give it to them in person.").arg(name.trimmed()) << Qt::endl;
    return Done;
}

int changeOwnPassword(const QString &dataDir, const QString &user, QTextStream &out, QTextStream &err)
{
    Accounts a;
    if (const std::optional<int> failed = openAccounts(dataDir, user, std::nullopt, a, err))
        return *failed;
    QByteArray current = readSecretLine(Text::tr("Current password: "));
    QByteArray next = readSecretLine(Text::tr("New password: "));
    QString error;
    if (!a.accounts->changeOwnPassword(*a.session, current, next, &error)) {
        err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    out << Text::tr("Your password is changed.") << Qt::endl;
    return Done;
}

} // namespace chairside::cli
