#include "cache.h"

#include "cachekeystore.h"
#include "migrations.h"
#include "securebytes.h"
#include "sqlcipherdriver.h"
#include "cachefilelock.h"
#include "storefailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>
#include <QScopeGuard>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCache, "chairside.store.cache")

namespace chairside::store {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::store::Cache)
};


constexpr QByteArrayView kPlainSqliteHeader("SQLite format 3\0", 16);

CacheError fail(CacheError::Kind kind, QString message)
{
    return CacheError{kind, std::move(message)};
}

// Reads the first bytes of the file without opening it as a database.
QByteArray fileHeader(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    return f.read(16);
}

// What to do about a keychain that did not give or take a key, by what it said.
QString keychainAdvice(CacheKeyStore::Status status, const QString &where, const QString &said)
{
    switch (status) {
    case CacheKeyStore::Status::Locked:
        return Text::tr("%1 is locked. Unlock it: sign in to the desktop as yourself, or open \"Passwords and Keys\" "
                        "and unlock the Login keyring; then try again.")
                .arg(where);
    case CacheKeyStore::Status::NoService:
        return Text::tr("No keychain service is running in this session (%1). Start Chairside from your desktop "
                        "session, where GNOME Keyring or KWallet runs, and try again.")
                .arg(said);
    case CacheKeyStore::Status::Refused:
        return Text::tr("%1 refused access (%2). Allow Chairside when the keychain asks, then try again.")
                .arg(where, said);
    default:
        return Text::tr("%1 did not answer as expected (%2). Start or unlock the keychain and try again.")
                .arg(where, said);
    }
}

QString keepMessage(const QString &path)
{
    return Text::tr(" The file %1 was left exactly as it was.").arg(QDir::toNativeSeparators(path));
}

// Files an interrupted re-encryption or restore leaves beside the cache, and the pending key
// of a re-encryption that never swapped files.
void removeLeftovers(const QString &filePath, const QString &cacheId, CacheKeyStore &keys)
{
    const QString part = filePath + QString::fromLatin1(Cache::kRekeySuffix);
    if (QFile::exists(part) || QFile::exists(part + u"-journal"_s)) {
        QFile::remove(part);
        QFile::remove(part + u"-journal"_s);
        (void)keys.deleteKey(Cache::pendingKeyId(cacheId), nullptr);
    }
}

QString pragmaValue(QSqlDatabase &db, const QString &pragma, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(pragma)) {
        *error = q.lastError();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

int primaryCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

QByteArray Cache::newKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    return key;
}

Cache::~Cache()
{
    secureWipe(m_key);
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString Cache::findCacheFile(const QString &dataDir, QString *error)
{
    const QDir dir(dataDir);
    const QStringList files = dir.entryList(
            {QString::fromLatin1(kFilePrefix) + u'*' + QString::fromLatin1(kFileSuffix)}, QDir::Files, QDir::Name);
    if (files.size() > 1 && error) {
        *error = Text::tr("The data directory %1 holds %2 Chairside caches (%3); keep one per directory and move the others away.")
                         .arg(QDir::toNativeSeparators(dataDir))
                         .arg(files.size())
                         .arg(files.join(u", "_s));
    }
    return files.size() == 1 ? dir.filePath(files.constFirst()) : QString();
}

QString Cache::cacheIdFromFile(const QString &filePath)
{
    QString name = QFileInfo(filePath).fileName();
    name.remove(0, int(qstrlen(kFilePrefix)));
    name.chop(int(qstrlen(kFileSuffix)));
    return name;
}

namespace {

// Takes group and other access away from `dir` and the files in it; true when there was any.
bool makePrivate(const QString &dir)
{
    constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    bool tightened = false;
    const QFileInfo folder(dir);
    // Never a shared folder (sticky, like /tmp) nor one another account owns.
    struct stat st{};
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0 || (st.st_mode & S_ISVTX) || st.st_uid != ::getuid())
        return false;
    if (folder.permissions() & kOthers) {
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        tightened = true;
    }
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &f : files) {
        if (f.permissions() & kOthers) {
            QFile::setPermissions(f.filePath(), f.permissions() & ~kOthers);
            tightened = true;
        }
    }
    return tightened;
}

// The folder the cache lives in, made when a cache may be created, and private; whether it
// had to be made private (staff are told once).
std::optional<CacheError> prepareDirectory(const QString &dataDir, Cache::OpenMode mode, bool *madePrivate)
{
    const QString nativeDir = QDir::toNativeSeparators(dataDir);
    if (!QDir(dataDir).exists()) {
        if (mode == Cache::OpenMode::OpenExisting)
            return fail(CacheError::Kind::NotFound,
                        Text::tr("There is no Chairside data directory at %1. Create a cache with "
                        "`chairside-cli init --data-dir %1`, or give the right --data-dir.").arg(nativeDir));
        if (!QDir().mkpath(dataDir))
            return fail(CacheError::Kind::Io,
                        Text::tr("Cannot create the data directory %1: check that the parent exists and is writable.")
                                .arg(nativeDir));
    }
    *madePrivate = makePrivate(dataDir);
    return std::nullopt;
}

bool diskNearlyFull(const QString &dataDir)
{
    const QStorageInfo volume(dataDir);
    return volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < 256 * 1024;
}

// Why the lock that serialises creating a cache could not be taken.
CacheError creationLockFailure(const QLockFile &lock, const QString &dataDir)
{
    const QString nativeDir = QDir::toNativeSeparators(dataDir);
    if (lock.error() == QLockFile::LockFailedError)
        return fail(CacheError::Kind::Io,
                    Text::tr("Another Chairside process is creating the cache in %1; try again in a moment.").arg(nativeDir));
    if (diskNearlyFull(dataDir))
        return fail(CacheError::Kind::DiskFull,
                    Text::tr("The disk holding %1 is full, so no cache can be created there. Free some space and try "
                             "again; nothing was created.")
                            .arg(nativeDir));
    return fail(CacheError::Kind::Io,
                Text::tr("Cannot write in the data directory %1: check that it is yours and writable; nothing was "
                         "created.")
                        .arg(nativeDir));
}

// A new cache's key, stored in the keychain before the file exists: a file whose key was
// never stored could not be opened again.
std::optional<CacheError> keyForNewCache(CacheKeyStore &keys, const QString &cacheId, QByteArray *key)
{
    *key = Cache::newKey();
    QString keyError;
    if (const CacheKeyStore::Status stored = keys.writeKey(cacheId, *key, &keyError); stored != CacheKeyStore::Status::Ok) {
        secureWipe(*key);
        return fail(CacheError::Kind::KeychainUnavailable,
                    Text::tr("Cannot store the new cache key: ") + keychainAdvice(stored, keys.describe(), keyError)
                            + Text::tr(" No cache was created."));
    }
    return std::nullopt;
}

// An existing file's key from the keychain, after checking the file is an encrypted cache
// with something in it.
std::optional<CacheError> keyForExistingFile(CacheKeyStore &keys, const QString &filePath, const QString &cacheId,
                                             QByteArray *key)
{
    if (QFileInfo(filePath).size() == 0)
        return fail(CacheError::Kind::Corrupt,
                    Text::tr("The cache file is empty, so it was damaged or never finished. Restore it from a "
                    "backup, or move it away and create a new cache with `chairside-cli init`.")
                            + keepMessage(filePath));
    QString readError;
    const QByteArray header = fileHeader(filePath, &readError);
    if (!readError.isEmpty())
        return fail(CacheError::Kind::Io,
                    Text::tr("Cannot read the cache file %1 (%2): check its permissions.")
                            .arg(QDir::toNativeSeparators(filePath), readError));
    if (header.startsWith(kPlainSqliteHeader))
        return fail(CacheError::Kind::NotEncrypted,
                    Text::tr("The cache file is a plaintext SQLite database, not an encrypted Chairside cache; "
                    "refusing to use it. Move it out of the data directory and create a new cache.")
                            + keepMessage(filePath));
    CacheKeyStore::ReadResult read = keys.readKey(cacheId);
    if (read.status == CacheKeyStore::Status::NotFound)
        return fail(CacheError::Kind::KeyMissing,
                    Text::tr("The keychain has no key for this cache (entry \"%2\" in %1), so it cannot be "
                    "decrypted. Sign in as the user who created it, or restore the keychain or a backup.")
                            .arg(keys.describe(), KeychainCacheKeyStore::entryName(cacheId))
                            + keepMessage(filePath));
    if (read.status != CacheKeyStore::Status::Ok)
        return fail(CacheError::Kind::KeychainUnavailable,
                    Text::tr("Cannot read the cache key: ") + keychainAdvice(read.status, keys.describe(), read.error)
                            + keepMessage(filePath));
    *key = read.key;
    secureWipe(read.key);
    if (key->size() != Cache::kKeyBytes) {
        secureWipe(*key);
        return fail(CacheError::Kind::WrongKey,
                    Text::tr("The keychain entry for this cache does not hold a 256-bit key; it was changed "
                    "outside Chairside. Restore the keychain or a backup.")
                            + keepMessage(filePath));
    }
    return std::nullopt;
}

// What became of the file, for the end of a refusal: an existing one is never touched; a new
// one that failed is removed with its key.
QString keptText(bool creating, const QString &filePath)
{
    return creating ? Text::tr(" No cache was created.") : keepMessage(filePath);
}

// A file cut short (copy interrupted, disk trouble), or another key, reads as "not a
// database"; only a whole number of pages can be a wrong key.
bool looksLikeWrongKey(const QSqlError &e, const QString &filePath)
{
    return primaryCode(e) == 26 /*SQLITE_NOTADB*/ && QFileInfo(filePath).size() % SqlCipherDriver::kSqlCipherPageSize == 0;
}

// Why the first connection and read failed, as staff can act on it.
CacheError openFailure(const QSqlError &sqlError, bool connected, bool creating, const QString &dataDir,
                       const QString &filePath, const CacheKeyStore &keys)
{
    if (sqlError.type() == QSqlError::ConnectionError && sqlError.nativeErrorCode() == u"nocipher")
        return fail(CacheError::Kind::Io,
                    u"The SQLite library in use has no encryption (PRAGMA cipher_version gave no answer); "
                    "refusing to open the cache without it. Reinstall Chairside with its SQLCipher library."_s);
    const StoreFailure failure = classifyFailure(sqlError, filePath);
    if (failure.fault == StoreFault::DiskFull)
        return fail(CacheError::Kind::DiskFull,
                    creating ? Text::tr("The disk holding %1 is full, so no cache can be created there. Free "
                                        "some space and try again; nothing was created.")
                                       .arg(QDir::toNativeSeparators(dataDir))
                             : Text::tr("The disk holding the cache (%1) is full, so the cache cannot be "
                                        "opened, not even to read it. Free some space and try again.")
                                               .arg(QDir::toNativeSeparators(filePath))
                                       + keepMessage(filePath));
    if (failure.fault == StoreFault::Busy)
        return fail(CacheError::Kind::Io,
                    Text::tr("Another Chairside process holds the cache and did not let go in time. Close the other "
                             "Chairside windows and commands, then try again.")
                            + keptText(creating, filePath));
    if (!connected)
        return fail(CacheError::Kind::Io,
                    Text::tr("Cannot open the cache file %1 (%2). Check that the disk is mounted and the file is "
                    "readable and writable by you.")
                            .arg(QDir::toNativeSeparators(filePath), sqlError.databaseText()));
    if (looksLikeWrongKey(sqlError, filePath))
        return fail(CacheError::Kind::WrongKey,
                    Text::tr("The key in %1 does not open this cache: the keychain entry was replaced, or "
                    "the start of the file is damaged. Restore the keychain entry or a backup.")
                            .arg(keys.describe())
                            + keepMessage(filePath));
    if (failure.fault == StoreFault::Io || failure.fault == StoreFault::ReadOnly)
        return fail(CacheError::Kind::Io,
                    Text::tr("The disk failed to read the cache file %1 (%2). Check that the disk or "
                             "network drive is connected and sound, and that the file is yours, then try "
                             "again.")
                            .arg(QDir::toNativeSeparators(filePath), sqlError.databaseText())
                            + keptText(creating, filePath));
    return fail(CacheError::Kind::Corrupt,
                Text::tr("The cache file is damaged (%1). Restore it from a backup, or move it away and "
                "create a new cache with `chairside-cli init`.")
                        .arg(sqlError.databaseText())
                        + keptText(creating, filePath));
}

// A file cut short (copy interrupted, disk trouble) claims more pages than it holds.
std::optional<CacheError> truncation(QSqlDatabase &db, const QString &filePath)
{
    QSqlError sqlError;
    const bool walPresent = QFileInfo(filePath + u"-wal"_s).size() > 0;
    const qint64 pages = pragmaValue(db, u"PRAGMA page_count"_s, &sqlError).toLongLong();
    const qint64 size = QFileInfo(filePath).size();
    if (walPresent
        || (size % SqlCipherDriver::kSqlCipherPageSize == 0 && pages * SqlCipherDriver::kSqlCipherPageSize <= size))
        return std::nullopt;
    return fail(CacheError::Kind::Corrupt,
                Text::tr("The cache file is truncated (%1 bytes; its header expects %2). Restore it from a "
                "backup, or move it away and create a new cache with `chairside-cli init`.")
                        .arg(size)
                        .arg(pages * SqlCipherDriver::kSqlCipherPageSize)
                        + keepMessage(filePath));
}

// The connection's settings for writing: WAL, full sync (a committed booking survives power
// loss), foreign keys, a 16 MiB page cache, temporary tables in memory.
std::optional<CacheError> prepareForWriting(QSqlDatabase &db, bool creating, const QString &filePath)
{
    const QStringList writePragmas = {
            u"PRAGMA journal_mode = WAL"_s,
            u"PRAGMA synchronous = FULL"_s,
            u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA cache_size = -16384"_s,
            u"PRAGMA temp_store = MEMORY"_s,
    };
    for (const QString &pragma : writePragmas) {
        QSqlError sqlError;
        pragmaValue(db, pragma, &sqlError);
        if (!sqlError.isValid())
            continue;
        if (classifyFailure(sqlError, filePath).fault == StoreFault::DiskFull)
            return fail(CacheError::Kind::DiskFull,
                        Text::tr("The disk holding the cache (%1) is full. Free some space and try again.")
                                        .arg(QDir::toNativeSeparators(filePath))
                                + keptText(creating, filePath));
        return fail(CacheError::Kind::Io,
                    Text::tr("Cannot prepare the cache for writing (%1: %2).").arg(pragma, sqlError.databaseText())
                            + keptText(creating, filePath));
    }
    return std::nullopt;
}

// The schema brought to this version's, each migration dated by `nowUtc`.
std::optional<CacheError> migrate(QSqlDatabase &db, bool creating, const QString &dataDir, const QString &filePath,
                                  const QDateTime &nowUtc, int *schemaVersion)
{
    Migrator migrator(cacheMigrations());
    QString migrationError;
    const int installed = migrator.installedVersion(db, &migrationError);
    if (installed < 0)
        return fail(CacheError::Kind::Corrupt,
                    Text::tr("The cache's schema cannot be read (%1). Restore it from a backup.").arg(migrationError)
                            + keptText(creating, filePath));
    if (installed > migrator.latestVersion())
        return fail(CacheError::Kind::NewerSchema,
                    Text::tr("This cache was written by a newer Chairside (schema %1; this version reads up to %2). "
                    "Install the newer Chairside to open it.")
                            .arg(installed)
                            .arg(migrator.latestVersion())
                            + keepMessage(filePath));
    if (std::optional<CacheError> notReady = prepareForWriting(db, creating, filePath))
        return notReady;
    if (installed < migrator.latestVersion() && !migrator.migrate(db, nowUtc, &migrationError)) {
        if (creating) {
            const bool full = diskNearlyFull(dataDir);
            return fail(full ? CacheError::Kind::DiskFull : CacheError::Kind::MigrationFailed,
                        full ? Text::tr("The disk holding %1 is full, so no cache can be created there. Free "
                                        "some space and try again; nothing was created.")
                                       .arg(QDir::toNativeSeparators(dataDir))
                             : Text::tr("The new cache could not be set up (%1).").arg(migrationError)
                                       + keptText(creating, filePath));
        }
        return fail(CacheError::Kind::MigrationFailed,
                    Text::tr("Upgrading the cache from schema %1 to %2 failed (%3); the upgrade was rolled back. "
                    "Free disk space if it is full and try again, or report this with the message.")
                            .arg(installed)
                            .arg(migrator.latestVersion())
                            .arg(migrationError)
                            + keepMessage(filePath));
    }
    *schemaVersion = migrator.latestVersion();
    return std::nullopt;
}

} // namespace


QSqlError Cache::connectWith(QByteArray &key, bool creating, QString *cipherVersion)
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName = u"chairside-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    auto *driver = new SqlCipherDriver;
    driver->setRawKey(key);
    secureWipe(key);
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
    m_db.setDatabaseName(m_filePath);
    QString options = creating ? u"CHAIRSIDE_BUSY_TIMEOUT=15000"_s : u"CHAIRSIDE_BUSY_TIMEOUT=15000;CHAIRSIDE_OPEN_EXISTING"_s;
    if (m_onFullDisk)
        options += u";CHAIRSIDE_EXCLUSIVE"_s;
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return m_db.lastError();
    QSqlError e;
    // The page size is part of the file format: set on every open, before the first read.
    pragmaValue(m_db, u"PRAGMA cipher_page_size = %1"_s.arg(SqlCipherDriver::kSqlCipherPageSize), &e);
    *cipherVersion = pragmaValue(m_db, u"PRAGMA cipher_version"_s, &e);
    if (cipherVersion->isEmpty())
        return QSqlError(u"no cipher"_s, u"no cipher"_s, QSqlError::ConnectionError, u"nocipher"_s);
    e = QSqlError();
    pragmaValue(m_db, u"SELECT count(*) FROM sqlite_master"_s, &e);
    return e;
}

QSqlError Cache::finishInterruptedRekey(CacheKeyStore &keys, const QSqlError &failed, QString *cipherVersion)
{
    CacheKeyStore::ReadResult pending = keys.readKey(pendingKeyId(m_cacheId));
    const auto wipe = qScopeGuard([&pending] { secureWipe(pending.key); });
    if (pending.status != CacheKeyStore::Status::Ok || pending.key.size() != kKeyBytes)
        return failed;
    QByteArray next = pending.key;
    const QSqlError retry = connectWith(pending.key, false, cipherVersion);
    if (!retry.isValid()) {
        secureWipe(m_key);
        m_key = next;
        QString keyError;
        if (keys.writeKey(m_cacheId, next, &keyError) == CacheKeyStore::Status::Ok)
            (void)keys.deleteKey(pendingKeyId(m_cacheId), nullptr);
        qCInfo(lcCache) << "finished an interrupted re-encryption of cache" << m_cacheId;
    }
    secureWipe(next);
    return retry;
}

bool Cache::reopenOnFullDisk(QByteArray &key, QString *cipherVersion)
{
    m_onFullDisk = true;
    if (connectWith(key, false, cipherVersion).isValid())
        m_onFullDisk = false;
    return m_onFullDisk;
}

Cache::OpenResult Cache::open(const QString &dataDir, CacheKeyStore &keys, OpenMode mode, CacheFileLock *heldExclusive,
                               const Clock &clock)
{
    OpenResult result;
    registerSqlCipherDriver();
    auto refused = [&](CacheError error) {
        result.error = std::move(error);
        return std::move(result);
    };

    // Patient data is private to this account on a shared PC: everything this process
    // creates from here on (cache, WAL, backups, exports) is 0600, the folder 0700, whatever
    // umask the desktop session runs with.
    ::umask(S_IRWXG | S_IRWXO);
    const QString nativeDir = QDir::toNativeSeparators(dataDir);
    bool madePrivate = false;
    if (std::optional<CacheError> error = prepareDirectory(dataDir, mode, &madePrivate))
        return refused(std::move(*error));
    if (madePrivate)
        result.notice = Text::tr("The data folder %1 and its files could be read by other accounts on this computer; "
                                 "they are now private to this account.")
                                .arg(nativeDir);

    // Serialises creation between processes, so two first runs do not make two caches.
    QLockFile createLock(QDir(dataDir).filePath(u".chairside-open.lock"_s));
    createLock.setStaleLockTime(60000);
    if (mode == OpenMode::CreateIfMissing && !createLock.tryLock(30000))
        return refused(creationLockFailure(createLock, dataDir));

    // Held while the cache is open, so nothing replaces the file under this process.
    auto lock = std::make_unique<CacheFileLock>();
    QString lockError;
    if (!heldExclusive && !lock->acquire(dataDir, CacheFileLock::Mode::Shared, 15000, &lockError))
        return refused(fail(CacheError::Kind::Io, lockError));

    QString ambiguity;
    QString filePath = findCacheFile(dataDir, &ambiguity);
    if (!ambiguity.isEmpty())
        return refused(fail(CacheError::Kind::Ambiguous, ambiguity));

    const bool creating = filePath.isEmpty();
    QString cacheId;
    QByteArray key;
    if (creating) {
        if (mode == OpenMode::OpenExisting)
            return refused(fail(CacheError::Kind::NotFound,
                                Text::tr("There is no Chairside cache in %1. Create one with `chairside-cli init "
                                         "--data-dir %1`.")
                                        .arg(nativeDir)));
        cacheId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        filePath = QDir(dataDir).filePath(QString::fromLatin1(kFilePrefix) + cacheId + QString::fromLatin1(kFileSuffix));
        if (std::optional<CacheError> error = keyForNewCache(keys, cacheId, &key))
            return refused(std::move(*error));
    } else {
        cacheId = cacheIdFromFile(filePath);
        if (std::optional<CacheError> error = keyForExistingFile(keys, filePath, cacheId, &key))
            return refused(std::move(*error));
    }

    std::unique_ptr<Cache> cache(new Cache);
    cache->m_cacheId = cacheId;
    cache->m_filePath = filePath;
    cache->m_connectionName = u"chairside-cache-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    cache->m_lock = std::move(lock);

    // A new file that fails before it is complete holds nothing yet: it is removed with its key.
    auto abandon = [&](CacheError error) {
        cache.reset();
        if (creating) {
            QFile::remove(filePath);
            QFile::remove(filePath + u"-wal"_s);
            QFile::remove(filePath + u"-shm"_s);
            (void)keys.deleteKey(cacheId, nullptr);
        }
        return refused(std::move(error));
    };

    QString cipherVersion;
    QByteArray again = key; // for a second connection on a full disk; wiped below
    cache->m_key = key;     // SQLCipher holds it in this process anyway; wiped with the cache
    QSqlError sqlError = cache->connectWith(key, creating, &cipherVersion);
    if (sqlError.isValid() && !creating && looksLikeWrongKey(sqlError, filePath))
        sqlError = cache->finishInterruptedRekey(keys, sqlError, &cipherVersion);
    // A full disk cannot hold the WAL's shared-memory index SQLite makes for the first read.
    // Without it the cache still reads: the schedule stays readable while nothing can be
    // written, and every write says the disk is full.
    if (sqlError.isValid() && !creating && classifyFailure(sqlError, filePath).fault == StoreFault::DiskFull
        && cache->reopenOnFullDisk(again, &cipherVersion)) {
        sqlError = QSqlError();
        result.notice = Text::tr("The disk holding the cache (%1) is full: the cache is open for reading only, and "
                                 "nothing can be saved, not even the record of a sign-in. Free some space, then "
                                 "start Chairside again.")
                                .arg(QDir::toNativeSeparators(filePath));
    }
    secureWipe(again);
    if (sqlError.isValid())
        return abandon(openFailure(sqlError, cache->m_db.isOpen(), creating, dataDir, filePath, keys));

    QSqlDatabase &db = cache->m_db;
    if (!creating) {
        // What an interrupted re-encryption or restore left behind, once the cache opens as it is.
        removeLeftovers(filePath, cacheId, keys);
        if (std::optional<CacheError> cut = truncation(db, filePath))
            return abandon(std::move(*cut));
    }
    if (std::optional<CacheError> error = migrate(db, creating, dataDir, filePath, clock.nowUtc(), &cache->m_schemaVersion))
        return abandon(std::move(*error));

    QString headerError;
    if (fileHeader(filePath, &headerError).startsWith(kPlainSqliteHeader))
        return abandon(fail(CacheError::Kind::NotEncrypted,
                            Text::tr("The cache file was written without encryption; refusing to use it.")));

    qCInfo(lcCache) << "opened cache" << cacheId << "schema" << cache->m_schemaVersion << "cipher" << cipherVersion;
    result.cache = std::move(cache);
    return result;
}

QString Cache::describeFailure(const QSqlError &error) const
{
    const StoreFailure failure = classifyFailure(error, m_filePath);
    if (failure.fault == StoreFault::Damaged)
        markDamaged(failure.detail);
    if (m_damaged && failure.fault != StoreFault::Damaged)
        return Text::tr("The cache file %1 is damaged (%2), so it is open for reading only and nothing was saved. "
                        "Restore the last good backup with `chairside-cli restore`.")
                .arg(QDir::toNativeSeparators(m_filePath), m_damage);
    return describeStoreFailure(failure, m_filePath);
}

std::optional<QList<qint64>> Cache::pagesFailingAuthentication(QString *error) const
{
    // SQLCipher 3's page format: page 1 starts with the 16-byte salt; each page ends in a
    // reserve of 48 bytes, its 16-byte IV then a 20-byte HMAC-SHA1 over the ciphertext and the
    // IV followed by the page number (4 bytes, little-endian on this platform). The HMAC key
    // is PBKDF2-HMAC-SHA1 of the raw key, over the salt with each byte XOR 0x3a, 2 iterations.
    constexpr int kPage = SqlCipherDriver::kSqlCipherPageSize;
    constexpr int kReserve = 48;
    constexpr int kIv = 16;
    constexpr int kHmac = 20;
    QFile file(m_filePath);
    if (m_key.size() != kKeyBytes || !file.open(QIODevice::ReadOnly)) {
        *error = m_key.size() != kKeyBytes ? u"no key"_s : file.errorString();
        return std::nullopt;
    }
    QByteArray salt = file.read(16);
    if (salt.size() != 16) {
        *error = u"the file is shorter than its header"_s;
        return std::nullopt;
    }
    for (char &c : salt)
        c = char(c ^ 0x3a);
    unsigned char hmacKey[kKeyBytes];
    if (PKCS5_PBKDF2_HMAC_SHA1(m_key.constData(), int(m_key.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                               int(salt.size()), 2, kKeyBytes, hmacKey) != 1) {
        *error = u"the HMAC key could not be derived"_s;
        return std::nullopt;
    }
    const auto wipeKey = qScopeGuard([&hmacKey] { OPENSSL_cleanse(hmacKey, sizeof hmacKey); });
    file.seek(0);
    QList<qint64> bad;
    QByteArray page(kPage, Qt::Uninitialized);
    QByteArray signedBytes;
    unsigned char mac[EVP_MAX_MD_SIZE];
    const qint64 pages = file.size() / kPage;
    for (qint64 pgno = 1; pgno <= pages; ++pgno) {
        if (file.read(page.data(), kPage) != kPage) {
            *error = file.errorString();
            return std::nullopt;
        }
        if (std::all_of(page.cbegin(), page.cend(), [](char c) { return c == 0; }))
            continue; // a page never written (SQLCipher skips these too)
        const int offset = pgno == 1 ? 16 : 0;
        const int size = kPage - offset - kReserve + kIv;
        signedBytes = page.mid(offset, size);
        const quint32 number = quint32(pgno);
        signedBytes.append(reinterpret_cast<const char *>(&number), sizeof number);
        unsigned int macSize = 0;
        if (!HMAC(EVP_sha1(), hmacKey, kKeyBytes, reinterpret_cast<const unsigned char *>(signedBytes.constData()),
                  size_t(signedBytes.size()), mac, &macSize)
            || std::memcmp(mac, page.constData() + offset + size, kHmac) != 0)
            bad.append(pgno);
    }
    if (bad.contains(1)) {
        // Page 1 opened this cache a moment ago: if it fails here, it is this check that does
        // not know the file's format, not the file that is damaged.
        *error = u"the page format is not the one this check reads"_s;
        return std::nullopt;
    }
    return bad;
}

void Cache::markDamaged(const QString &detail) const
{
    if (m_damaged)
        return;
    m_damaged = true;
    m_damage = detail;
    QSqlQuery q(m_db);
    (void)q.exec(u"PRAGMA query_only = 1"_s);
    qCWarning(lcCache) << "cache" << m_cacheId << "found damaged; writes stopped";
}

} // namespace chairside::store

namespace chairside::store {

qint64 Cache::dataVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Cache::savepoint(Savepoint step, const QString &name, QSqlError *error)
{
    QSqlQuery q(m_db);
    bool ok = false;
    switch (step) {
    case Savepoint::Begin:
        ok = q.exec(u"SAVEPOINT "_s + name);
        break;
    case Savepoint::RollBack:
        ok = q.exec(u"ROLLBACK TO "_s + name) && q.exec(u"RELEASE "_s + name);
        break;
    case Savepoint::Release:
        ok = q.exec(u"RELEASE "_s + name);
        break;
    }
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

} // namespace chairside::store
