#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace chairside {

class Clock;
class PracticeCache;
struct UserSession;

namespace store {
class Cache;
class CacheKeyStore;
} // namespace store

// What a backup holds, as its manifest says.
struct BackupSummary
{
    QDateTime takenUtc;
    qint64 appointments = 0;
    qint64 patients = 0;
    qint64 auditRecords = 0;
};

struct MaintenanceOutcome
{
    enum class Result {
        Done,
        Denied,      // the role may not (audited), or a restore without the sign-in it needs
        BadInput,    // a short passphrase, a backup that does not open or check
        StoreFailed, // the cache or the file could not be written
        Damaged,     // the backup is written, but the cache it came from has damage
        NewerKept    // restore: the cache in place changed after the backup; nothing replaced
    };
    Result result = Result::Done;
    QString message;          // why it stopped, in the user's language
    std::optional<BackupSummary> backup; // written (backup) or put in place (restore)
    QString keptPath;         // restore: where the replaced cache was kept
    bool couldNotCheck = false; // Damaged: the after-check itself could not run
    bool carriedOut = false;  // the action was done (a failure after it is the audit record's or the check's)

    [[nodiscard]] bool ok() const { return result == Result::Done; }
};

// The office manager's care of the cache file: re-encrypting it under a new key, writing an
// encrypted backup and putting one back. Each checks the role (a refusal is audited like any
// other) and is audited in the cache it leaves behind. The cache check itself is
// FrontDesk::checkCache, which the window's daily check also uses.
//
// Restoring is the one action that can run without a sign-in, because the accounts live in
// the cache it replaces: when the folder holds no cache, or (with `force`) when the cache in
// place cannot be opened at all (damaged past reading, its key gone from the keychain). The
// backup's own passphrase is then the only proof, the unreadable cache is kept aside, never
// deleted, and the restore is audited as the computer's user, "without sign-in". A cache that
// opens is restored over only by its office manager, `force` or not.
class MaintenanceService
{
public:
    // Keys are kept in the OS keychain, where PracticeCache::open looks for them.
    MaintenanceService(QString dataDir, const Clock &clock);
    ~MaintenanceService();

    // A backup can be carried off and attacked offline: its passphrase is held to the 15
    // characters current guidance (NIST SP 800-63B) asks of a password that is the only factor.
    static constexpr int kMinimumPassphrase = 15;

    // Re-encrypts the cache under a new key; the keychain then holds the new key only.
    // `cache` is the one `session` signed in on: it is closed for the rekey, which needs the
    // file to itself, and the rekey is audited in the cache opened afresh.
    [[nodiscard]] MaintenanceOutcome rekey(std::unique_ptr<PracticeCache> cache, const UserSession &session);
    // Writes an encrypted backup of `cache` to `outPath` under `passphrase` (wiped after use),
    // audited first so the backup holds the record of its own making; then reads every page
    // of the cache once more, so damage the copy did not meet is found while the backup's
    // predecessor is still at hand.
    [[nodiscard]] MaintenanceOutcome backup(PracticeCache &cache, const QString &outPath, QByteArray &passphrase,
                                            const UserSession &session);
    // Checks the backup at `backupPath` and puts it in place (see the class comment for who
    // may). `cache` is the cache in place `session` signed in on, or null when there is no
    // session: the service then opens the folder itself to decide whether a restore without
    // a sign-in is allowed.
    [[nodiscard]] MaintenanceOutcome restore(std::unique_ptr<PracticeCache> cache,
                                             const std::optional<UserSession> &session, const QString &backupPath,
                                             QByteArray &passphrase, bool force);

private:
    // The refusal when `session` may not manage the cache (audited in `cache`).
    std::optional<MaintenanceOutcome> refuse(store::Cache &cache, const UserSession &session);
    // Records `action` by `session` in the cache as it is now on disk.
    MaintenanceOutcome auditAfter(const UserSession &session, const QString &action, const QString &detail,
                                  MaintenanceOutcome done);

    QString m_dataDir;
    std::unique_ptr<store::CacheKeyStore> m_keys;
    const Clock &m_clock;
};

} // namespace chairside
