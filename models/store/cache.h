#pragma once

#include "storeboundary.h"

#include "domain/clock.h"

#include <QSqlDatabase>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace chairside::store {

class CacheKeyStore;
class CacheFileLock;

// Why a cache could not be opened. Every kind comes with a message that says what is wrong
// and what to do; the file on disk is never overwritten, re-created or half-migrated.
struct CacheError
{
    enum class Kind {
        None,
        NotFound,            // no cache in the data directory (and creation not asked for)
        Ambiguous,           // more than one cache file in the directory
        KeychainUnavailable, // the OS keychain could not be reached
        KeyMissing,          // the keychain has no key for this cache
        WrongKey,            // the key does not open the file (replaced key, or damaged first page)
        Corrupt,             // truncated, empty or damaged file
        NotEncrypted,        // a plaintext SQLite file where an encrypted cache should be
        NewerSchema,         // written by a newer Chairside
        MigrationFailed,     // an upgrade step failed and was rolled back
        Io,                  // the file or directory cannot be read or written
        DiskFull,            // no space left on the cache's disk to open or create it
    };
    Kind kind = Kind::None;
    QString message;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
};

// An open, verified, encrypted cache: one SQLCipher file in a data directory, keyed by a
// random 256-bit key that lives in the keychain under the cache's id.
//
// Usage: auto result = Cache::open(dir, keys, Cache::OpenMode::CreateIfMissing);
//        if (!result.cache) report(result.error.message);
// The Cache owns its QSqlDatabase connection; use it from the thread that opened it.
class Cache
{
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };
    struct OpenResult
    {
        std::unique_ptr<Cache> cache;
        CacheError error;
        // Something staff should hear once, though the cache opened (a data folder other
        // accounts could read, made private; a full disk, so it opened for reading only).
        QString notice;
    };

    static constexpr const char *kFilePrefix = "chairside-";
    static constexpr const char *kFileSuffix = ".cache";
    static constexpr int kKeyBytes = 32;
    // A new random 256-bit cache key (wipe it after use).
    [[nodiscard]] static QByteArray newKey();
    // Beside the cache while it is re-encrypted; the keychain entry of the new key meanwhile.
    static constexpr const char *kRekeySuffix = ".rekey";
    [[nodiscard]] static QString pendingKeyId(const QString &cacheId) { return cacheId + QStringLiteral(".next"); }

    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // `heldExclusive`: the caller holds the directory's lock exclusively (rekey, restore), so
    // open does not take it shared.
    // `clock` dates what the open records (the schema migrations it applies).
    [[nodiscard]] static OpenResult open(const QString &dataDir, CacheKeyStore &keys, OpenMode mode,
                                         CacheFileLock *heldExclusive = nullptr, const Clock &clock = systemClock());
    // The cache file in dataDir, or empty when there is none (or more than one).
    [[nodiscard]] static QString findCacheFile(const QString &dataDir, QString *error = nullptr);
    [[nodiscard]] static QString cacheIdFromFile(const QString &filePath);

    [[nodiscard]] QSqlDatabase &database() { return m_db; }
    // SQLite's data_version: changes when another connection (another window or tool on this
    // cache) commits; -1 when it cannot be read.
    [[nodiscard]] qint64 dataVersion();
    // A named savepoint inside the open transaction: begin, roll back to (and release), or
    // release (keep). False when SQLite refused.
    enum class Savepoint { Begin, RollBack, Release };
    [[nodiscard]] bool savepoint(Savepoint step, const QString &name, QSqlError *error = nullptr);
    [[nodiscard]] const QString &cacheId() const { return m_cacheId; }
    [[nodiscard]] const QString &filePath() const { return m_filePath; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // Opened on a full disk: reads work, every write fails (and says the disk is full).
    [[nodiscard]] bool openedOnFullDisk() const { return m_onFullDisk; }

    // An actionable message for a failed statement on this cache, telling damage apart
    // from a full disk or a lock held too long (store::classifyFailure). A failure that is
    // damage also stops writing: the connection turns read-only (PRAGMA query_only) so no new
    // booking piles into a damaged file, and every later write says why.
    [[nodiscard]] QString describeFailure(const class QSqlError &error) const;
    // Pages of the file whose authentication code does not match their content (SQLCipher's
    // per-page HMAC-SHA1, checked here without SQLite, so free pages are read too); empty when
    // every page is intact. Nothing, with `error` set, when the file cannot be read or its
    // format is not the one this checks.
    [[nodiscard]] std::optional<QList<qint64>> pagesFailingAuthentication(QString *error) const;
    // Found damaged (by a failed statement or a check): read-only until restored.
    [[nodiscard]] bool isDamaged() const { return m_damaged; }
    void markDamaged(const QString &detail) const;

private:
    Cache() = default;
    // The steps of open() once the file and its key are known.
    // Connects with `key` (wiped here) and makes the first real read, which proves the key.
    [[nodiscard]] QSqlError connectWith(QByteArray &key, bool creating, QString *cipherVersion);
    // After a wrong-key failure: a re-encryption that stopped after the new file took the old
    // one's place left its key as the pending entry; connect with it and finish the job.
    // Without a pending key, `failed` stands.
    [[nodiscard]] QSqlError finishInterruptedRekey(CacheKeyStore &keys, const QSqlError &failed,
                                                   QString *cipherVersion);
    // After a full-disk failure: connect again with the WAL's shared memory off (locking mode
    // EXCLUSIVE) so the cache still reads; true when that worked.
    [[nodiscard]] bool reopenOnFullDisk(QByteArray &key, QString *cipherVersion);

    std::unique_ptr<CacheFileLock> m_lock; // shared, for as long as the cache is open
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_cacheId;
    QString m_filePath;
    int m_schemaVersion = 0;
    bool m_onFullDisk = false;
    mutable bool m_damaged = false;
    // The open units of work (WriteGuard): 0 outside a transaction.
    friend class WriteGuard;
    int m_writeDepth = 0;
    bool m_writeBroken = false; // a step's failure rolled the whole transaction back

    QByteArray m_key; // the raw key, for pagesFailingAuthentication; wiped on close
    mutable QString m_damage;
};

} // namespace chairside::store
