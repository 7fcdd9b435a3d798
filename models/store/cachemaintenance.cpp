#include "cachemaintenance.h"

#include "auditlog.h"
#include "cache.h"
#include "storefailure.h"
#include "cachefilelock.h"
#include "cachekeystore.h"
#include "securebytes.h"
#include "sqlcipherdriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace chairside::store {

Q_LOGGING_CATEGORY(lcMaintenance, "chairside.store.maintenance")

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::store::CacheMaintenance)
};


constexpr int kBackupKdfIterations = 256000;
const QString kBackupFormat = u"chairside-backup/1"_s;

// Flushes a file (or, on POSIX, a directory) to the disk.
bool syncPath(const QString &path)
{
#ifdef Q_OS_WIN
    HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_WRITE,
                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS,
                           nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h);
    CloseHandle(h);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

// Puts `from` in the place of `to` in one step (replacing it), then makes that last.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    if (!syncPath(from)) {
        *error = Text::tr("Cannot flush %1 to the disk; check free space and try again.").arg(QDir::toNativeSeparators(from));
        return false;
    }
#ifdef Q_OS_WIN
    const bool ok = MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                                reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                                MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool ok = std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
    if (ok)
        syncPath(QFileInfo(to).absolutePath());
#endif
    if (!ok)
        *error = Text::tr("Cannot move %1 into place as %2; check the folder's permissions.").arg(
                QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
    return ok;
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    *error = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return false;
}

qint64 scalar(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, sql, error) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Attaches `path` as `schema`, keyed by `keySpec` (a raw-key spec or a passphrase), with the
// cipher settings that schema's file uses. The key is bound, never written into SQL.
bool attach(QSqlDatabase db, const QString &path, const QString &schema, const QByteArray &keySpec, bool backup,
            QString *error)
{
    // Connections here never create files (an attached file takes the main one's flags), so
    // the new file starts as an empty one, which SQLite takes for an empty database.
    QFile empty(path);
    if (!empty.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = empty.errorString();
        return false;
    }
    empty.close();
    {
        QSqlQuery q(db);
        q.prepare(u"ATTACH DATABASE ? AS %1 KEY ?"_s.arg(schema));
        q.addBindValue(path);
        q.addBindValue(keySpec);
        if (!q.exec()) {
            *error = q.lastError().databaseText();
            return false;
        }
    }
    QSqlQuery q(db);
    if (backup && !exec(q, u"PRAGMA %1.kdf_iter = %2"_s.arg(schema).arg(kBackupKdfIterations), error))
        return false;
    return exec(q, u"PRAGMA %1.cipher_page_size = %2"_s.arg(schema).arg(SqlCipherDriver::kSqlCipherPageSize), error);
}

// A connection of its own to one backup file, removed when it goes.
class BackupConnection
{
public:
    BackupConnection() : m_name(u"chairside-backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}
    ~BackupConnection()
    {
        if (m_db.isValid()) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    BackupConnection(const BackupConnection &) = delete;
    BackupConnection &operator=(const BackupConnection &) = delete;

    // Opens `path` with `passphrase` and checks it; the manifest, or empty with a message.
    std::optional<BackupManifest> open(const QString &path, QByteArray &passphrase, QString *error)
    {
        if (!QFileInfo(path).isFile()) {
            *error = Text::tr("There is no backup file at %1; check the path.").arg(QDir::toNativeSeparators(path));
            secureWipe(passphrase);
            return std::nullopt;
        }
        registerSqlCipherDriver();
        auto *driver = new SqlCipherDriver;
        driver->setPassphrase(passphrase);
        secureWipe(passphrase);
        m_db = QSqlDatabase::addDatabase(driver, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"CHAIRSIDE_BUSY_TIMEOUT=5000;CHAIRSIDE_OPEN_EXISTING"_s);
        if (!m_db.open()) {
            *error = Text::tr("Cannot read the backup file %1 (%2).").arg(QDir::toNativeSeparators(path),
                                                                   m_db.lastError().databaseText());
            return std::nullopt;
        }
        QSqlQuery q(m_db);
        QString sqlError;
        if (!exec(q, u"PRAGMA kdf_iter = %1"_s.arg(kBackupKdfIterations), &sqlError)
            || !exec(q, u"PRAGMA cipher_page_size = %1"_s.arg(SqlCipherDriver::kSqlCipherPageSize), &sqlError)
            || !exec(q, u"SELECT count(*) FROM sqlite_master"_s, &sqlError)) {
            *error = Text::tr("The passphrase does not open %1, or the file is not a Chairside backup. Check the passphrase "
                     "and the file; nothing was changed.")
                             .arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        // Every page: SQLCipher authenticates each one as it is read.
        if (!exec(q, u"PRAGMA integrity_check"_s, &sqlError) || !q.next() || q.value(0).toString() != u"ok") {
            *error = Text::tr("The backup %1 is damaged (%2); use another backup. Nothing was changed.").arg(
                    QDir::toNativeSeparators(path), sqlError.isEmpty() ? q.value(0).toString() : sqlError);
            return std::nullopt;
        }
        if (!exec(q, u"SELECT name, value FROM backup_manifest"_s, &sqlError)) {
            *error = Text::tr("%1 opens but carries no backup manifest: it is not a Chairside backup.").arg(
                    QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        QHash<QString, QString> values;
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toString());
        BackupManifest m;
        m.format = values.value(u"format"_s);
        m.takenUtc = QDateTime::fromSecsSinceEpoch(values.value(u"taken_utc"_s).toLongLong(), Qt::UTC);
        m.schemaVersion = values.value(u"schema_version"_s).toInt();
        m.cacheId = values.value(u"cache_id"_s);
        m.lastChangeUtc = QDateTime::fromSecsSinceEpoch(values.value(u"last_change_utc"_s).toLongLong(), Qt::UTC);
        m.auditRecords = values.value(u"audit_records"_s).toLongLong();
        m.changes = values.value(u"changes"_s).toLongLong();
        m.appointments = values.value(u"appointments"_s).toLongLong();
        m.patients = values.value(u"patients"_s).toLongLong();
        if (m.format != kBackupFormat) {
            *error = Text::tr("%1 is a backup in format \"%2\", which this Chairside does not read (it reads %3).").arg(
                    QDir::toNativeSeparators(path), m.format, kBackupFormat);
            return std::nullopt;
        }
        const qint64 appointments = scalar(m_db, u"SELECT count(*) FROM appointments"_s, &sqlError);
        const qint64 audit = scalar(m_db, u"SELECT count(*) FROM audit_log"_s, &sqlError);
        if (appointments != m.appointments || audit != m.auditRecords) {
            *error = Text::tr("The backup %1 does not hold what its manifest lists (%2 of %3 appointments, %4 of %5 audit "
                     "records); use another backup.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(appointments)
                             .arg(m.appointments)
                             .arg(audit)
                             .arg(m.auditRecords);
            return std::nullopt;
        }
        return m;
    }

    QSqlDatabase &database() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

// The cache's changes: audit records of writes (not of reads, refusals, sign-ins or the care
// of the cache itself), by count and the time of the newest.
struct Changes
{
    qint64 count = 0;
    qint64 lastUtc = 0;
};

Changes changes(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!exec(q, u"SELECT count(*), coalesce(max(at_utc), 0) FROM audit_log WHERE action NOT IN ('read', 'denied', "
                 "'sign-in', 'sign-in-failed', 'locked-out', 'backup', 'rekey', 'restore')"_s,
              error)
        || !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace

void crashPoint(const char *operation, int step)
{
    static const QByteArray wanted = qgetenv("CHAIRSIDE_CRASH_AT");
    if (wanted.isEmpty() || wanted != QByteArray(operation) + ':' + QByteArray::number(step))
        return;
    std::fflush(nullptr);
#ifdef Q_OS_WIN
    TerminateProcess(GetCurrentProcess(), 137);
#else
    std::raise(SIGKILL);
#endif
}

bool rekeyCache(const QString &dataDir, CacheKeyStore &keys, QString *error)
{
    CacheFileLock lock;
    if (!lock.acquire(dataDir, CacheFileLock::Mode::Exclusive, 0, error))
        return false;
    Cache::OpenResult opened = Cache::open(dataDir, keys, Cache::OpenMode::OpenExisting, &lock);
    if (!opened.cache) {
        *error = opened.error.message;
        return false;
    }
    const QString filePath = opened.cache->filePath();
    const QString cacheId = opened.cache->cacheId();
    const QString pendingId = Cache::pendingKeyId(cacheId);
    const QString part = filePath + QString::fromLatin1(Cache::kRekeySuffix);
    QFile::remove(part);
    QFile::remove(part + u"-journal"_s);

    QByteArray key = Cache::newKey();
    const auto wipe = qScopeGuard([&key] { secureWipe(key); });
    QString keyError;
    if (keys.writeKey(pendingId, key, &keyError) != CacheKeyStore::Status::Ok) {
        *error = Text::tr("Cannot keep the new key in %1 (%2); the cache was not changed.").arg(keys.describe(), keyError);
        return false;
    }
    crashPoint("rekey", 1);

    auto giveUp = [&](const QString &why) {
        opened.cache.reset();
        QFile::remove(part);
        QFile::remove(part + u"-journal"_s);
        (void)keys.deleteKey(pendingId, nullptr);
        *error = why + Text::tr(" The cache was not changed.");
        return false;
    };
    {
        QByteArray spec = SqlCipherDriver::rawKeySpec(key);
        QString sqlError;
        const bool attached = attach(opened.cache->database(), part, u"rekeyed"_s, spec, false, &sqlError);
        secureWipe(spec);
        QSqlQuery q(opened.cache->database());
        if (!attached || !exec(q, u"SELECT sqlcipher_export('rekeyed')"_s, &sqlError)
            || !exec(q, u"DETACH DATABASE rekeyed"_s, &sqlError))
            return giveUp(Text::tr("Writing the re-encrypted copy failed (%1); free disk space if it is full.").arg(sqlError));
    }
    crashPoint("rekey", 2);
    // The last connection closes: SQLite folds the write-ahead log into the file.
    opened.cache.reset();
    if (QFileInfo(filePath + u"-wal"_s).size() > 0)
        return giveUp(Text::tr("The cache's write-ahead log could not be folded in."));
    QFile::remove(filePath + u"-wal"_s);
    QFile::remove(filePath + u"-shm"_s);
    if (!replaceFile(part, filePath, error)) {
        QFile::remove(part);
        (void)keys.deleteKey(pendingId, nullptr);
        return false;
    }
    crashPoint("rekey", 3);
    if (keys.writeKey(cacheId, key, &keyError) != CacheKeyStore::Status::Ok) {
        *error = Text::tr("The cache is re-encrypted, but %1 did not take the new key (%2). Do not delete anything: the next "
                 "start finishes the change from the pending key.")
                         .arg(keys.describe(), keyError);
        return false;
    }
    crashPoint("rekey", 4);
    (void)keys.deleteKey(pendingId, nullptr);
    crashPoint("rekey", 5);
    qCInfo(lcMaintenance) << "re-encrypted cache" << cacheId;
    // Prove it opens before saying so.
    Cache::OpenResult again = Cache::open(dataDir, keys, Cache::OpenMode::OpenExisting, &lock);
    if (!again.cache) {
        *error = again.error.message;
        return false;
    }
    return true;
}

std::optional<BackupManifest> writeBackup(Cache &cache, const QString &outPath, QByteArray &passphrase,
                                          const QDateTime &nowUtc, QString *error)
{
    const auto wipe = qScopeGuard([&passphrase] { secureWipe(passphrase); });
    if (cache.isDamaged()) {
        *error = Text::tr("The cache is damaged, so no backup was written: it would carry the damage. Keep the cache "
                          "file as it is and restore the last good backup with `chairside-cli restore`.");
        return std::nullopt;
    }
    QSqlDatabase db = cache.database();
    BackupManifest m;
    m.format = kBackupFormat;
    m.takenUtc = nowUtc;
    m.schemaVersion = cache.schemaVersion();
    m.cacheId = cache.cacheId();
    QString sqlError;
    const Changes made = changes(db, &sqlError);
    m.lastChangeUtc = QDateTime::fromSecsSinceEpoch(made.lastUtc, Qt::UTC);
    m.changes = made.count;
    m.auditRecords = scalar(db, u"SELECT count(*) FROM audit_log"_s, &sqlError);
    m.appointments = scalar(db, u"SELECT count(*) FROM appointments"_s, &sqlError);
    m.patients = scalar(db, u"SELECT count(*) FROM patients"_s, &sqlError);
    if (!sqlError.isEmpty()) {
        *error = Text::tr("Cannot read the cache to back it up (%1).").arg(sqlError);
        return std::nullopt;
    }
    const QString part = outPath + u".part"_s;
    QFile::remove(part);
    QFile::remove(part + u"-journal"_s);
    if (!attach(db, part, u"backup"_s, passphrase, true, &sqlError)) {
        *error = Text::tr("Cannot create %1 (%2); check the folder exists and is writable.").arg(
                QDir::toNativeSeparators(part), sqlError);
        return std::nullopt;
    }
    secureWipe(passphrase);
    QSqlQuery q(db);
    bool ok = exec(q, u"SELECT sqlcipher_export('backup')"_s, &sqlError)
            && exec(q, u"CREATE TABLE backup.backup_manifest (name TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                    &sqlError);
    const QList<QPair<QString, QString>> rows{{u"format"_s, m.format},
                                              {u"taken_utc"_s, QString::number(m.takenUtc.toSecsSinceEpoch())},
                                              {u"schema_version"_s, QString::number(m.schemaVersion)},
                                              {u"cache_id"_s, m.cacheId},
                                              {u"last_change_utc"_s, QString::number(m.lastChangeUtc.toSecsSinceEpoch())},
                                              {u"audit_records"_s, QString::number(m.auditRecords)},
                                              {u"changes"_s, QString::number(m.changes)},
                                              {u"appointments"_s, QString::number(m.appointments)},
                                              {u"patients"_s, QString::number(m.patients)}};
    QSqlError insertError;
    for (const auto &[name, value] : rows) {
        if (!ok)
            break;
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO backup.backup_manifest (name, value) VALUES (?, ?)"_s);
        insert.addBindValue(name);
        insert.addBindValue(value);
        ok = insert.exec();
        if (!ok) {
            sqlError = insert.lastError().databaseText();
            insertError = insert.lastError();
        }
    }
    // The export's or the manifest's failure, before DETACH runs on the same query.
    const QSqlError failed = insertError.isValid() ? insertError : q.lastError();
    const bool detached = exec(q, u"DETACH DATABASE backup"_s, &sqlError);
    if (!ok || !detached) {
        QFile::remove(part);
        // Told from the cause: a damaged cache is never called a full disk.
        const StoreFailure why = classifyFailure(failed.isValid() ? failed : q.lastError(), outPath);
        if (why.fault == StoreFault::Damaged) {
            cache.markDamaged(why.detail);
            *error = Text::tr("The cache is damaged (%1): the backup could not read it, and no backup was written. Keep "
                              "the cache file as it is and restore the last good backup with `chairside-cli restore`.")
                             .arg(why.detail);
        } else if (why.fault == StoreFault::DiskFull) {
            *error = Text::tr("The disk holding %1 is full; no backup was written. Free some space there, or write the "
                              "backup to another disk.")
                             .arg(QDir::toNativeSeparators(outPath));
        } else {
            *error = Text::tr("Writing the backup failed (%1). No backup was written.").arg(sqlError);
        }
        return std::nullopt;
    }
    if (!replaceFile(part, outPath, error)) {
        QFile::remove(part);
        return std::nullopt;
    }
    return m;
}

std::optional<BackupManifest> checkBackup(const QString &path, QByteArray &passphrase, QString *error)
{
    BackupConnection backup;
    return backup.open(path, passphrase, error);
}

RestoreOutcome restoreBackup(const QString &dataDir, CacheKeyStore &keys, const QString &backupPath,
                             QByteArray &passphrase, bool force, const QDateTime &nowUtc)
{
    RestoreOutcome out;
    BackupConnection backup;
    const std::optional<BackupManifest> manifest = backup.open(backupPath, passphrase, &out.error);
    if (!manifest)
        return out;
    out.manifest = *manifest;
    if (!QDir().mkpath(dataDir)) {
        out.error = Text::tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(dataDir));
        return out;
    }
    CacheFileLock lock;
    if (!lock.acquire(dataDir, CacheFileLock::Mode::Exclusive, 0, &out.error))
        return out;

    QString ambiguity;
    const QString existing = Cache::findCacheFile(dataDir, &ambiguity);
    if (!ambiguity.isEmpty()) {
        out.error = ambiguity;
        return out;
    }
    QString cacheId;
    QByteArray key;
    const auto wipe = qScopeGuard([&key] { secureWipe(key); });
    QString target;
    if (!existing.isEmpty()) {
        cacheId = Cache::cacheIdFromFile(existing);
        target = existing;
        Cache::OpenResult current = Cache::open(dataDir, keys, Cache::OpenMode::OpenExisting, &lock);
        if (!current.cache && !force) {
            out.error = Text::tr("The cache in place cannot be opened (%1). To replace it with the backup anyway, add --force; "
                        "it is kept beside the restored one.")
                                .arg(current.error.message);
            return out;
        }
        if (current.cache) {
            QString sqlError;
            const Changes now = changes(current.cache->database(), &sqlError);
            const qint64 backupLast = manifest->lastChangeUtc.toSecsSinceEpoch();
            const qint64 changed = now.lastUtc;
            if ((now.lastUtc > backupLast || (now.lastUtc == backupLast && now.count > manifest->changes)) && !force) {
                out.refusedNewer = true;
                out.error = Text::tr("The cache in place changed after this backup was taken (last change %1, backup of %2); "
                            "restoring would lose those changes. Add --force to restore anyway (the cache in place "
                            "is kept beside it).")
                                    .arg(QDateTime::fromSecsSinceEpoch(changed, Qt::UTC).toString(Qt::ISODate),
                                         manifest->lastChangeUtc.toString(Qt::ISODate));
                return out;
            }
        }
        CacheKeyStore::ReadResult read = keys.readKey(cacheId);
        if (read.status == CacheKeyStore::Status::Ok && read.key.size() == Cache::kKeyBytes)
            key = read.key;
        secureWipe(read.key);
        // Only when the cache in place could not be opened (so nothing opens it now anyway).
        if (key.isEmpty()) {
            key = Cache::newKey();
            QString keyError;
            if (keys.writeKey(cacheId, key, &keyError) != CacheKeyStore::Status::Ok) {
                out.error = Text::tr("Cannot store a key in %1 (%2).").arg(keys.describe(), keyError);
                return out;
            }
        }
    } else {
        cacheId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        target = QDir(dataDir).filePath(QString::fromLatin1(Cache::kFilePrefix) + cacheId
                                        + QString::fromLatin1(Cache::kFileSuffix));
        key = Cache::newKey();
        QString keyError;
        if (keys.writeKey(cacheId, key, &keyError) != CacheKeyStore::Status::Ok) {
            out.error = Text::tr("Cannot store the cache key in %1 (%2); nothing was restored.").arg(keys.describe(), keyError);
            return out;
        }
    }

    // Built and checked in a folder of its own, then swapped in.
    const QString work = QDir(dataDir).filePath(u".restore-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    const auto cleanWork = qScopeGuard([&work] { QDir(work).removeRecursively(); });
    QDir().mkpath(work);
    const QString staged = QDir(work).filePath(QFileInfo(target).fileName());
    {
        QByteArray spec = SqlCipherDriver::rawKeySpec(key);
        QString sqlError;
        const bool attached = attach(backup.database(), staged, u"restored"_s, spec, false, &sqlError);
        secureWipe(spec);
        QSqlQuery q(backup.database());
        if (!attached || !exec(q, u"SELECT sqlcipher_export('restored')"_s, &sqlError)
            || !exec(q, u"DROP TABLE restored.backup_manifest"_s, &sqlError)
            || !exec(q, u"DETACH DATABASE restored"_s, &sqlError)) {
            out.error = Text::tr("Rebuilding the cache from the backup failed (%1); free disk space if it is full. Nothing "
                        "was changed.")
                                .arg(sqlError);
            return out;
        }
    }
    {
        Cache::OpenResult check = Cache::open(work, keys, Cache::OpenMode::OpenExisting);
        if (!check.cache) {
            out.error = Text::tr("The restored cache does not open (%1); nothing was changed.").arg(check.error.message);
            return out;
        }
        QSqlError sqlError;
        const AuditVerification chain = AuditLog(check.cache->database()).verify(&sqlError);
        if (sqlError.isValid() || !chain.intact) {
            out.error = Text::tr("The backup's audit trail is broken at record %1 (%2); use another backup. Nothing was "
                        "changed.")
                                .arg(chain.firstBadSeq)
                                .arg(sqlError.isValid() ? sqlError.databaseText() : chain.problem);
            return out;
        }
    }
    QFile::remove(staged + u"-wal"_s);
    QFile::remove(staged + u"-shm"_s);
    if (!existing.isEmpty()) {
        out.keptPath = existing + u".replaced-"_s + nowUtc.toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
        if (!QFile::copy(existing, out.keptPath)) {
            out.error = Text::tr("Cannot keep a copy of the cache in place as %1 (disk full?); nothing was changed.").arg(
                    QDir::toNativeSeparators(out.keptPath));
            out.keptPath.clear();
            return out;
        }
        syncPath(out.keptPath);
        QFile::remove(existing + u"-wal"_s);
        QFile::remove(existing + u"-shm"_s);
    }
    if (!replaceFile(staged, target, &out.error))
        return out;
    Cache::OpenResult after = Cache::open(dataDir, keys, Cache::OpenMode::OpenExisting, &lock);
    if (!after.cache) {
        out.error = after.error.message;
        return out;
    }
    out.restored = true;
    return out;
}

} // namespace chairside::store
