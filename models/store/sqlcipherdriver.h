#pragma once

#include "storeboundary.h"

#include <QSqlDriver>

struct sqlite3;

namespace chairside::store {

class SqlCipherResult;

// A Qt SQL driver for SQLCipher written on the public QSqlDriver/QSqlResult API, so the
// encrypted cache never needs the stock QSQLITE plugin in the process.
//
// Keys: call setRawKey() with 32 random bytes before QSqlDatabase::open(); the driver keys
// the connection before any other statement and wipes its copy. A non-empty password passed
// to open() is used as a passphrase instead (for tools; the cache itself always uses raw keys).
// Connect options (";"-separated): CHAIRSIDE_BUSY_TIMEOUT=ms, CHAIRSIDE_OPEN_EXISTING (never
// create the file), CHAIRSIDE_READONLY.
// Connect options (semicolon-separated): CHAIRSIDE_BUSY_TIMEOUT=ms, CHAIRSIDE_OPEN_EXISTING
// (never create the file), CHAIRSIDE_READONLY, CHAIRSIDE_EXCLUSIVE (locking_mode EXCLUSIVE from
// the start). Errors carry SQLite's extended result code as nativeErrorCode() and, when the
// system reported one, " [errno N]" at the end of driverText().
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char *kDriverName = "QSQLCIPHER";
    static constexpr int kSqlCipherPageSize = 4096;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    void setRawKey(const QByteArray &key);
    // How SQLCipher is told a key is raw bytes, not a passphrase: x'<hex>' (wipe after use).
    [[nodiscard]] static QByteArray rawKeySpec(const QByteArray &key);
    // A passphrase (UTF-8) instead, for encrypted backups; wiped like the raw key.
    void setPassphrase(const QByteArray &passphrase);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

    // The SQLite VFS every connection opened from now on uses (empty: SQLite's default). For
    // the fault-injection tests, which register a VFS that fails chosen writes.
    static void setVfs(const QByteArray &name);

    // The SQLite connection, for the few things Qt SQL has no word for (tests, diagnostics).
    [[nodiscard]] sqlite3 *connection() const { return m_db; }

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &what);
    void detach(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    QByteArray m_rawKey;
    QByteArray m_passphrase;
    mutable QList<SqlCipherResult *> m_results;
};

// Makes "QSQLCIPHER" known to QSqlDatabase::addDatabase(); safe to call more than once.
void registerSqlCipherDriver();

} // namespace chairside::store
