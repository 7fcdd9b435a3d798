#pragma once

#include "storeboundary.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace chairside::store {

class Cache;
class CacheKeyStore;

// Re-encrypts the cache in `dataDir` under a new random 256-bit key and updates the keychain,
// so that a crash at any point leaves a cache that opens:
//   1. the new key is kept as the pending keychain entry;
//   2. an encrypted copy under the new key is written beside the cache (".rekey");
//   3. the copy replaces the cache file (one atomic rename);
//   4. the keychain's entry for the cache takes the new key;
//   5. the pending entry is removed.
// Opening after a crash in 3–4 tries the pending key and finishes the job; after 1–2 the old
// file still opens with the old key and the leftovers are removed. Needs every other window
// and tool on this cache closed (the directory lock, exclusively).
[[nodiscard]] bool rekeyCache(const QString &dataDir, CacheKeyStore &keys, QString *error);

// What a backup file says about itself (its "backup_manifest" table).
struct BackupManifest
{
    QString format;          // chairside-backup/1
    QDateTime takenUtc;
    int schemaVersion = 0;
    QString cacheId;
    QDateTime lastChangeUtc; // the newest audit record's time: the cache's last change
    qint64 auditRecords = 0;
    qint64 changes = 0;      // audit records of writes, to tell a cache changed since
    qint64 appointments = 0;
    qint64 patients = 0;
};

// Writes an encrypted copy of `cache` to `outPath`, keyed by `passphrase` (SQLCipher's
// PBKDF2 with 256,000 iterations; every page authenticated), with its manifest. Written
// beside the target and renamed into place, so a half-written backup never has its name.
// The passphrase buffer is wiped.
[[nodiscard]] std::optional<BackupManifest> writeBackup(Cache &cache, const QString &outPath, QByteArray &passphrase,
                                                        const QDateTime &nowUtc, QString *error);

// Opens a backup with `passphrase` and checks it: the passphrase opens it, every page is
// intact (integrity check), and it carries a manifest this version reads.
[[nodiscard]] std::optional<BackupManifest> checkBackup(const QString &path, QByteArray &passphrase, QString *error);

struct RestoreOutcome
{
    bool restored = false;
    bool refusedNewer = false; // the cache in place changed after the backup was taken
    QString error;
    BackupManifest manifest;
    QString keptPath; // the replaced cache, kept beside it
};

// Replaces the cache in `dataDir` (or creates it) with the backup's contents. Checks the
// backup first (checkBackup), refuses to replace a cache changed after the backup was taken
// unless `force`, rebuilds the cache under the cache's own key, opens and verifies it (schema
// upgraded when older, audit chain intact, counts as the manifest says), keeps the cache it
// replaces as "<file>.replaced-<time>", then swaps in one rename. Needs the cache closed
// everywhere else.
[[nodiscard]] RestoreOutcome restoreBackup(const QString &dataDir, CacheKeyStore &keys, const QString &backupPath,
                                           QByteArray &passphrase, bool force, const QDateTime &nowUtc);

// For tests: CHAIRSIDE_CRASH_AT=<operation>:<step> kills the process outright (as a power cut
// or `kill -9` would) when that step of a rekey or restore is done.
void crashPoint(const char *operation, int step);

} // namespace chairside::store
