#include "useraccounts.h"
#include "access.h"

#include "passwordhash.h"

#include "domain/clock.h"
#include "store/writeguard.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/securebytes.h"
#include "store/userrepository.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::UserAccounts)
};

// The account called `name`; empty with `error` saying there is none (or why it could not be read).
std::optional<store::StoredUser> accountNamed(store::Cache &cache, const QString &name, QString *error)
{
    QSqlError sqlError;
    std::optional<store::StoredUser> u = store::UserRepository(cache.database()).byName(name.trimmed(), &sqlError);
    if (!u)
        *error = sqlError.isValid() ? cache.describeFailure(sqlError)
                                    : Text::tr("There is no account called \"%1\"; check the name.").arg(name.trimmed());
    return u;
}

} // namespace

std::optional<bool> UserAccounts::hasUsers(QString *error) const
{
    QSqlError sqlError;
    const qint64 n = store::UserRepository(m_cache.database()).count(&sqlError);
    if (n < 0) {
        if (error)
            *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return n > 0;
}

bool UserAccounts::audit(const QString &userId, const QString &sessionId, const QString &workstation,
                         const QString &action, const QString &detail, QString *error)
{
    const store::AuditRecord r = store::AuditRecord::by({userId, sessionId, workstation}, m_clock.nowUtc(), action,
                                                        u"user"_s, userId, {}, detail);
    QSqlError sqlError;
    if (store::AuditLog(m_cache.database()).append(r, &sqlError))
        return true;
    *error = m_cache.describeFailure(sqlError);
    return false;
}

bool UserAccounts::createFirstManager(const QString &name, QByteArray &password, const QString &workstation,
                                      QString *error)
{
    const auto wipe = qScopeGuard([&password] { store::secureWipe(password); });
    if (hasUsers(error).value_or(true)) {
        if (!error->isEmpty())
            return false;
        *error = Text::tr("There are accounts already; the office manager adds new ones.");
        return false;
    }
    SignedIn nobody;
    nobody.role = Role::OfficeManager;
    nobody.session = {u"setup"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), workstation, Role::OfficeManager};
    return addUser(nobody, name, Role::OfficeManager, {}, password, error);
}

bool UserAccounts::createDemoAccounts(const QString &workstation, QString *error)
{
    SignedIn manager;
    manager.role = Role::OfficeManager;
    manager.session = {u"setup"_s, QUuid::createUuid().toString(QUuid::WithoutBraces), workstation, Role::OfficeManager};
    for (const DemoAccount &a : kDemoAccounts) {
        QByteArray password(kDemoPassword);
        const bool ok = a.role == Role::OfficeManager
                ? createFirstManager(QString::fromLatin1(a.name), password, workstation, error)
                : addUser(manager, QString::fromLatin1(a.name), a.role, QString::fromLatin1(a.providerId), password,
                          error);
        if (!ok)
            return false;
    }
    return true;
}

bool UserAccounts::mayManageUsers(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManageUsers)) {
        *error = *denied;
        return false;
    }
    return true;
}

bool UserAccounts::addUser(const SignedIn &by, const QString &name, Role role, const QString &providerId,
                           QByteArray &password, QString *error)
{
    const auto wipe = qScopeGuard([&password] { store::secureWipe(password); });
    QSqlDatabase &db = m_cache.database();
    if (!mayManageUsers(by.session, error))
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64) {
        *error = Text::tr("Give the account a name of 1 to 64 characters.");
        return false;
    }
    if (QString::fromUtf8(password).size() < passwordhash::kMinimumLength) {
        *error = Text::tr("The password needs at least %n characters.", nullptr, passwordhash::kMinimumLength);
        return false;
    }
    if (role == Role::Provider && providerId.isEmpty()) {
        *error = Text::tr("A provider's account names which provider it is.");
        return false;
    }
    store::UserRepository users(db);
    if (users.byName(trimmed)) {
        *error = Text::tr("There is an account called \"%1\" already.").arg(trimmed);
        return false;
    }
    store::StoredUser u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.name = trimmed;
    u.role = roleName(role);
    u.providerId = role == Role::Provider ? providerId : QString();
    u.salt = passwordhash::newSalt();
    u.iterations = passwordhash::kIterations;
    u.hash = passwordhash::derive(password, u.salt, u.iterations);
    if (u.salt.isEmpty() || u.hash.isEmpty()) {
        *error = Text::tr("The password could not be hashed; try again.");
        return false;
    }
    store::WriteGuard unit(m_cache);
    QSqlError sqlError = unit.error();
    if (!unit.begun() || !users.insert(u, m_clock.nowUtc().toSecsSinceEpoch(), &sqlError)
        || !audit(by.session.userId, by.session.sessionId, by.session.workstation, u"add-user"_s,
                  u"user=%1 role=%2"_s.arg(u.id, u.role), error)
        || !unit.commit(&sqlError)) {
        unit.rollback();
        if (error->isEmpty())
            *error = m_cache.describeFailure(sqlError);
        return false;
    }
    return true;
}

std::optional<SignedIn> UserAccounts::signIn(const QString &name, QByteArray &password, const QString &workstation,
                                             QString *error)
{
    const auto wipe = qScopeGuard([&password] { store::secureWipe(password); });
    QSqlDatabase &db = m_cache.database();
    store::UserRepository users(db);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const std::optional<store::StoredUser> u = users.byName(name.trimmed());
    const QString wrong = Text::tr("That name and password do not match an account. Check them and try again.");
    if (!u || u->disabled) {
        // Hash anyway, so an unknown name takes as long as a wrong password.
        (void)passwordhash::derive(password, QByteArray(16, 'x'), passwordhash::kIterations);
        store::WriteGuard unit(m_cache);
        if (unit.begun() && audit(u"unknown"_s, sessionId, workstation, u"sign-in-failed"_s, u"unknown name"_s, error))
            (void)unit.commit();
        *error = wrong;
        return std::nullopt;
    }
    if (u->lockedUntilUtc > now) {
        const int minutes = int((u->lockedUntilUtc - now + 59) / 60);
        store::WriteGuard unit(m_cache);
        if (unit.begun() && audit(u->id, sessionId, workstation, u"sign-in-refused"_s, u"locked"_s, error))
            (void)unit.commit();
        *error = Text::tr("This account is locked after too many failed sign-ins; try again in %n minute(s), or ask "
                          "the office manager.",
                          nullptr, minutes);
        return std::nullopt;
    }
    const bool ok = passwordhash::matches(password, u->salt, u->iterations, u->hash);
    store::WriteGuard unit(m_cache);
    QSqlError sqlError;
    if (!unit.begun()) {
        *error = m_cache.describeFailure(unit.error());
        return std::nullopt;
    }
    bool written = true;
    if (ok) {
        written = users.setAttempts(u->id, 0, 0, &sqlError)
                && audit(u->id, sessionId, workstation, u"sign-in"_s, u"role=%1"_s.arg(u->role), error);
    } else {
        const int failures = u->failedAttempts + 1;
        const bool lock = failures >= kMaxFailures;
        written = users.setAttempts(u->id, lock ? 0 : failures, lock ? now + kLockSeconds : 0, &sqlError)
                && audit(u->id, sessionId, workstation, u"sign-in-failed"_s, u"failures=%1"_s.arg(failures), error)
                && (!lock || audit(u->id, sessionId, workstation, u"locked-out"_s, u"minutes=5"_s, error));
    }
    if (!written || !unit.commit(&sqlError)) {
        unit.rollback();
        const QSqlError failed = sqlError;
        // Every sign-in is in the audit trail; one that cannot be recorded is not let in.
        *error = Text::tr("Signing in could not be recorded in the audit trail, so it was refused. %1")
                         .arg(error->isEmpty() ? m_cache.describeFailure(failed) : *error);
        return std::nullopt;
    }
    if (!ok) {
        *error = wrong;
        return std::nullopt;
    }
    SignedIn s;
    s.role = parseRole(u->role).value_or(Role::ReadOnly);
    s.providerId = u->providerId;
    s.session = {u->id, sessionId, workstation, s.role, s.providerId};
    return s;
}

std::optional<QList<StaffAccount>> UserAccounts::accounts(const UserSession &by, QString *error)
{
    if (!mayManageUsers(by, error))
        return std::nullopt;
    QSqlError sqlError;
    const QList<store::StoredUser> stored = store::UserRepository(m_cache.database()).all(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    QList<StaffAccount> out;
    for (const store::StoredUser &u : stored)
        out.append({u.id, u.name, parseRole(u.role).value_or(Role::ReadOnly), u.providerId, u.disabled,
                    u.lockedUntilUtc > now});
    return out;
}

bool UserAccounts::setDisabled(const UserSession &by, const QString &name, bool disabled, QString *error)
{
    if (!mayManageUsers(by, error))
        return false;
    const std::optional<store::StoredUser> u = accountNamed(m_cache, name, error);
    if (!u)
        return false;
    if (disabled && u->id == by.userId) {
        *error = Text::tr("You cannot disable your own account; another office manager can.");
        return false;
    }
    if (u->disabled == disabled)
        return true; // already so: nothing to record
    store::WriteGuard unit(m_cache);
    QSqlError sqlError = unit.error();
    if (!unit.begun() || !store::UserRepository(unit.database()).setDisabled(u->id, disabled, &sqlError)
        || !audit(by.userId, by.sessionId, by.workstation, disabled ? u"disable-user"_s : u"enable-user"_s,
                  u"user=%1"_s.arg(u->id), error)
        || !unit.commit(&sqlError)) {
        unit.rollback();
        if (error->isEmpty())
            *error = m_cache.describeFailure(sqlError);
        return false;
    }
    return true;
}

bool UserAccounts::resetPassword(const UserSession &by, const QString &name, QByteArray &password, QString *error)
{
    const auto wipe = qScopeGuard([&password] { store::secureWipe(password); });
    if (!mayManageUsers(by, error))
        return false;
    const std::optional<store::StoredUser> u = accountNamed(m_cache, name, error);
    return u && storePassword(by, u->id, password, u"reset-password"_s, error);
}

bool UserAccounts::changeOwnPassword(const UserSession &session, QByteArray &current, QByteArray &next,
                                     QString *error)
{
    const auto wipe = qScopeGuard([&current, &next] {
        store::secureWipe(current);
        store::secureWipe(next);
    });
    QSqlError sqlError;
    const std::optional<store::StoredUser> u = store::UserRepository(m_cache.database()).byId(session.userId, &sqlError);
    if (!u || u->disabled) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : Text::tr("Only a person signed in with a Chairside account has a password to "
                                               "change.");
        return false;
    }
    if (!passwordhash::matches(current, u->salt, u->iterations, u->hash)) {
        store::WriteGuard unit(m_cache);
        if (unit.begun() && audit(u->id, session.sessionId, session.workstation, u"change-password-refused"_s,
                                  u"wrong current password"_s, error))
            (void)unit.commit();
        *error = Text::tr("The current password is not right; nothing was changed.");
        return false;
    }
    return storePassword(session, u->id, next, u"change-password"_s, error);
}

bool UserAccounts::storePassword(const UserSession &by, const QString &userId, QByteArray &password,
                                 const QString &action, QString *error)
{
    if (QString::fromUtf8(password).size() < passwordhash::kMinimumLength) {
        *error = Text::tr("The password needs at least %n characters.", nullptr, passwordhash::kMinimumLength);
        return false;
    }
    const QByteArray salt = passwordhash::newSalt();
    const QByteArray hash = passwordhash::derive(password, salt, passwordhash::kIterations);
    if (salt.isEmpty() || hash.isEmpty()) {
        *error = Text::tr("The password could not be hashed; try again.");
        return false;
    }
    store::WriteGuard unit(m_cache);
    QSqlError sqlError = unit.error();
    if (!unit.begun()
        || !store::UserRepository(unit.database()).setPassword(userId, salt, hash, passwordhash::kIterations, &sqlError)
        || !audit(by.userId, by.sessionId, by.workstation, action, u"user=%1"_s.arg(userId), error)
        || !unit.commit(&sqlError)) {
        unit.rollback();
        if (error->isEmpty())
            *error = m_cache.describeFailure(sqlError);
        return false;
    }
    return true;
}

int UserAccounts::idleLockMinutes() const
{
    const int minutes = store::UserRepository(m_cache.database()).idleLockMinutes();
    return minutes >= 1 && minutes <= 60 ? minutes : kDefaultIdleLockMinutes;
}

bool UserAccounts::setIdleLockMinutes(const UserSession &session, int minutes, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice)) {
        *error = *denied;
        return false;
    }
    if (minutes < 1 || minutes > 60) {
        *error = Text::tr("The idle lock takes 1 to 60 minutes.");
        return false;
    }
    store::WriteGuard unit(m_cache);
    QSqlError sqlError = unit.error();
    const bool ok = unit.begun() && store::UserRepository(unit.database()).setIdleLockMinutes(minutes, &sqlError)
            && audit(session.userId, session.sessionId, session.workstation, u"settings"_s,
                     u"idle_lock_minutes=%1"_s.arg(minutes), error)
            && unit.commit(&sqlError);
    if (!ok) {
        unit.rollback();
        if (error->isEmpty())
            *error = m_cache.describeFailure(sqlError);
    }
    return ok;
}

} // namespace chairside
