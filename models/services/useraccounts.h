#pragma once

#include "domain/session.h"

#include <QList>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
namespace store {
class Cache;
}


// Who signed in: their session (for every service call and audit record), role and, for a
// provider, which provider they are.
struct SignedIn
{
    UserSession session;
    Role role = Role::ReadOnly;
    QString providerId;
};

// An account as the office manager's list shows it: never its password hash.
struct StaffAccount
{
    QString id;
    QString name;
    Role role = Role::ReadOnly;
    QString providerId;
    bool disabled = false;
    bool locked = false; // locked out for now after failed sign-ins
};

// Staff accounts: the first office manager, accounts the office manager adds, and sign-in.
// Passwords are kept as PBKDF2-HMAC-SHA256 hashes (600,000 iterations, per-user salt) and
// must be at least 10 characters; five failed sign-ins in a row lock an account for five
// minutes. Every sign-in, failure and lockout is audited (ids only). The password buffers
// the caller hands over are wiped here after use.
class UserAccounts
{
public:
    UserAccounts(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

    // Whether any account exists; empty (with `error`) when the cache cannot tell, which
    // callers must treat as "yes" (never as an open door).
    [[nodiscard]] std::optional<bool> hasUsers(QString *error = nullptr) const;
    // The first account, only while there is none: an office manager.
    [[nodiscard]] bool createFirstManager(const QString &name, QByteArray &password, const QString &workstation,
                                          QString *error);
    // Whether `session` may add accounts; false with `error` set, the refusal audited.
    [[nodiscard]] bool mayManageUsers(const UserSession &session, QString *error);
    // An office manager adds an account; anyone else is refused (and the refusal audited).
    [[nodiscard]] bool addUser(const SignedIn &by, const QString &name, Role role, const QString &providerId,
                               QByteArray &password, QString *error);
    // The accounts, by name, for the office manager; empty with `error` for anyone else.
    [[nodiscard]] std::optional<QList<StaffAccount>> accounts(const UserSession &by, QString *error);
    // The office manager disables an account (it can no longer sign in, in the window or the
    // command line) or enables it again. Nobody disables their own account, so an office
    // manager who can sign in always remains.
    [[nodiscard]] bool setDisabled(const UserSession &by, const QString &name, bool disabled, QString *error);
    // The office manager gives an account a new password (for someone who forgot theirs);
    // its lockout is cleared.
    [[nodiscard]] bool resetPassword(const UserSession &by, const QString &name, QByteArray &password,
                                     QString *error);
    // Anyone changes their own password, the current one asked first.
    [[nodiscard]] bool changeOwnPassword(const UserSession &session, QByteArray &current, QByteArray &next,
                                         QString *error);
    // Empty with a message that does not say whether the name exists.
    [[nodiscard]] std::optional<SignedIn> signIn(const QString &name, QByteArray &password, const QString &workstation,
                                                 QString *error);

    // The demo practice's accounts, one per role, all with kDemoPassword (listed in the
    // README); made only while there are no accounts.
    struct DemoAccount
    {
        const char *name;
        Role role;
        const char *providerId;
    };
    static constexpr const char *kDemoPassword = "chairside-demo";
    static constexpr DemoAccount kDemoAccounts[] = {{"manager", Role::OfficeManager, ""},
                                                    {"frontdesk", Role::FrontDesk, ""},
                                                    {"dr.alvarez", Role::Provider, "dr-alvarez"},
                                                    {"viewer", Role::ReadOnly, ""}};
    [[nodiscard]] bool createDemoAccounts(const QString &workstation, QString *error);

    // Minutes without input before a window locks (15 unless the office manager set 1–60).
    [[nodiscard]] int idleLockMinutes() const;
    [[nodiscard]] bool setIdleLockMinutes(const UserSession &session, int minutes, QString *error);
    static constexpr int kDefaultIdleLockMinutes = 15;

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 5 * 60;

private:
    // A new hash for `password` (checked for length) written to `userId`, audited as `action`.
    bool storePassword(const UserSession &by, const QString &userId, QByteArray &password, const QString &action,
                       QString *error);
    bool audit(const QString &userId, const QString &sessionId, const QString &workstation, const QString &action,
               const QString &detail, QString *error);

    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
