#include "sqlcipherdriver.h"

#include "securebytes.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlResult>
#include <QTime>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

QSqlError makeError(sqlite3 *db, const QString &what, QSqlError::ErrorType type, int rc = 0)
{
    const int code = db ? sqlite3_extended_errcode(db) : rc;
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    // The system's errno behind an I/O failure (ENOSPC: the disk is full), for
    // store::classifyFailure(); only SQLite's own words reach people.
    // (Only for those: SQLite keeps the last errno, which would be stale on other errors.)
    const int systemErrno = db && ((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_CANTOPEN)
            ? sqlite3_system_errno(db)
            : 0;
    return QSqlError(systemErrno != 0 ? what + u" [errno "_s + QString::number(systemErrno) + u']' : what, message,
                     type, QString::number(code));
}

QMetaType metaTypeForDeclaredType(const char *declType)
{
    if (!declType)
        return QMetaType();
    const QByteArray t = QByteArray(declType).toUpper();
    if (t.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT"))
        return QMetaType(QMetaType::QString);
    if (t.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    return QMetaType();
}

} // namespace

// One prepared statement. exec() steps once so that errors of writes surface there and a
// query's first row is ready; later rows are stepped on demand.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver), m_driver(driver) {}
    ~SqlCipherResult() override
    {
        finalize();
        if (m_driver)
            m_driver->detach(this);
    }

    void finalize()
    {
        if (m_stmt) {
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
        }
    }

    void forgetDriver() { m_driver = nullptr; finalize(); }

protected:
    QVariant data(int i) override { return m_row.value(i); }
    bool isNull(int i) override { return i < 0 || i >= m_row.size() || m_row.at(i).isNull(); }
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QVariant lastInsertId() const override { return m_lastInsertId; }
    QSqlRecord record() const override { return isSelect() ? m_record : QSqlRecord(); }
    QVariant handle() const override { return QVariant::fromValue(static_cast<void *>(m_stmt)); }

    bool reset(const QString &query) override { return prepare(query) && exec(); }

    bool prepare(const QString &query) override
    {
        finalize();
        clearRow();
        setActive(false);
        setSelect(false);
        setAt(QSql::BeforeFirstRow);
        sqlite3 *db = connection();
        if (!db) {
            setLastError(QSqlError(u"Database is not open"_s, {}, QSqlError::ConnectionError));
            return false;
        }
        const QByteArray sql = query.toUtf8();
        const char *tail = nullptr;
        const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail);
        if (rc != SQLITE_OK) {
            setLastError(makeError(db, u"Unable to prepare statement"_s, QSqlError::StatementError));
            finalize();
            return false;
        }
        if (tail && !QByteArray(tail).trimmed().isEmpty()) {
            setLastError(QSqlError(u"Unable to prepare statement"_s,
                                   u"Only one statement can be prepared at a time"_s,
                                   QSqlError::StatementError));
            finalize();
            return false;
        }
        buildRecord();
        return true;
    }

    bool exec() override
    {
        sqlite3 *db = connection();
        if (!m_stmt || !db) {
            setLastError(QSqlError(u"No prepared statement"_s, {}, QSqlError::StatementError));
            return false;
        }
        clearRow();
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        setAt(QSql::BeforeFirstRow);
        setActive(false);

        const QList<QVariant> &values = boundValues();
        const int paramCount = sqlite3_bind_parameter_count(m_stmt);
        if (values.size() != paramCount) {
            setLastError(QSqlError(u"Parameter count mismatch"_s,
                                   u"The statement has %1 placeholders but %2 values were bound"_s
                                           .arg(paramCount)
                                           .arg(values.size()),
                                   QSqlError::StatementError));
            return false;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (!bind(i + 1, values.at(i)))
                return false;
        }

        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            readRow(m_pending);
            m_hasPending = true;
            setSelect(true);
        } else if (rc == SQLITE_DONE) {
            m_done = true;
            setSelect(sqlite3_column_count(m_stmt) > 0);
        } else {
            setLastError(makeError(db, u"Unable to execute statement"_s, QSqlError::StatementError));
            sqlite3_reset(m_stmt);
            return false;
        }
        m_rowsAffected = isSelect() ? -1 : sqlite3_changes(db);
        const sqlite3_int64 rowid = sqlite3_last_insert_rowid(db);
        m_lastInsertId = rowid ? QVariant(qlonglong(rowid)) : QVariant();
        setActive(true);
        return true;
    }

    bool fetchNext() override
    {
        if (!m_stmt || !isActive() || !isSelect())
            return false;
        if (m_hasPending) {
            m_row.swap(m_pending);
            m_hasPending = false;
            setAt(at() < 0 ? 0 : at() + 1);
            return true;
        }
        if (m_done) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW) {
            readRow(m_row);
            setAt(at() < 0 ? 0 : at() + 1);
            return true;
        }
        m_done = true;
        if (rc != SQLITE_DONE)
            setLastError(makeError(connection(), u"Unable to fetch row"_s, QSqlError::StatementError));
        setAt(QSql::AfterLastRow);
        return false;
    }

    bool fetch(int index) override
    {
        if (index < 0)
            return false;
        if (at() == QSql::AfterLastRow || (at() >= 0 && index < at()))
            rewind();
        while (at() != index) {
            if (!fetchNext())
                return false;
        }
        return true;
    }

    bool fetchFirst() override { return fetch(0); }

    bool fetchLast() override
    {
        if (at() == QSql::AfterLastRow)
            rewind();
        QList<QVariant> last;
        int lastIndex = -1;
        while (fetchNext()) {
            last = m_row;
            lastIndex = at();
        }
        if (lastIndex < 0)
            return false;
        m_row = last;
        setAt(lastIndex);
        return true;
    }

    void detachFromResultSet() override
    {
        if (m_stmt)
            sqlite3_reset(m_stmt);
    }

private:
    sqlite3 *connection() const { return m_driver ? m_driver->connection() : nullptr; }

    void clearRow()
    {
        m_row.clear();
        m_pending.clear();
        m_hasPending = false;
        m_done = false;
        m_rowsAffected = -1;
    }

    // Runs the statement again from its start with the same bindings.
    void rewind()
    {
        sqlite3_reset(m_stmt);
        clearRow();
        setAt(QSql::BeforeFirstRow);
    }

    void buildRecord()
    {
        m_record.clear();
        const int n = sqlite3_column_count(m_stmt);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
            const char *table = sqlite3_column_table_name(m_stmt, i);
            QSqlField field(name, metaTypeForDeclaredType(sqlite3_column_decltype(m_stmt, i)),
                            table ? QString::fromUtf8(table) : QString());
            m_record.append(field);
        }
    }

    void readRow(QList<QVariant> &row)
    {
        const int n = sqlite3_column_count(m_stmt);
        row.resize(n);
        for (int i = 0; i < n; ++i) {
            switch (sqlite3_column_type(m_stmt, i)) {
            case SQLITE_INTEGER:
                row[i] = qlonglong(sqlite3_column_int64(m_stmt, i));
                break;
            case SQLITE_FLOAT:
                row[i] = sqlite3_column_double(m_stmt, i);
                break;
            case SQLITE_BLOB: {
                const void *blob = sqlite3_column_blob(m_stmt, i);
                row[i] = QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(m_stmt, i));
                break;
            }
            case SQLITE_NULL:
                row[i] = QVariant(i < m_record.count() ? m_record.field(i).metaType() : QMetaType());
                break;
            default: {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
                row[i] = QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, i));
                break;
            }
            }
        }
    }

    bool bind(int index, const QVariant &value)
    {
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULongLong:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, index, qint64(value.toULongLong()));
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                rc = sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime:
                rc = bindText(index, value.toDateTime().toString(Qt::ISODateWithMs));
                break;
            case QMetaType::QDate:
                rc = bindText(index, value.toDate().toString(Qt::ISODate));
                break;
            case QMetaType::QTime:
                rc = bindText(index, value.toTime().toString(Qt::ISODateWithMs));
                break;
            default:
                rc = bindText(index, value.toString());
                break;
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(makeError(connection(), u"Unable to bind value %1"_s.arg(index),
                                   QSqlError::StatementError));
            return false;
        }
        return true;
    }

    int bindText(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        return sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

    const SqlCipherDriver *m_driver;
    sqlite3_stmt *m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariant> m_row;
    QList<QVariant> m_pending;
    bool m_hasPending = false;
    bool m_done = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

namespace {
QByteArray &vfsName()
{
    static QByteArray name;
    return name;
}
} // namespace

void SqlCipherDriver::setVfs(const QByteArray &name)
{
    vfsName() = name;
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    secureWipe(m_rawKey);
    secureWipe(m_passphrase);
}

void SqlCipherDriver::setRawKey(const QByteArray &key)
{
    secureWipe(m_rawKey);
    m_rawKey = QByteArray(key.constData(), key.size()); // a deep copy this driver alone wipes
}

QByteArray SqlCipherDriver::rawKeySpec(const QByteArray &key)
{
    return "x'" + key.toHex() + "'";
}

void SqlCipherDriver::setPassphrase(const QByteArray &passphrase)
{
    secureWipe(m_passphrase);
    m_passphrase = QByteArray(passphrase.constData(), passphrase.size());
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // QSqlResult maps :names onto positions for us
    case BatchOperations:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password, const QString &,
                           int, const QString &connOpts)
{
    if (isOpen())
        close();

    int busyTimeoutMs = 5000;
    bool openExisting = false;
    bool readOnly = false;
    bool exclusive = false;
    for (const QString &raw : connOpts.split(u';', Qt::SkipEmptyParts)) {
        const QString opt = raw.trimmed();
        if (opt.startsWith(u"CHAIRSIDE_BUSY_TIMEOUT="_s))
            busyTimeoutMs = opt.mid(int(qstrlen("CHAIRSIDE_BUSY_TIMEOUT="))).toInt();
        else if (opt == u"CHAIRSIDE_OPEN_EXISTING")
            openExisting = true;
        else if (opt == u"CHAIRSIDE_READONLY")
            readOnly = true;
        else if (opt == u"CHAIRSIDE_EXCLUSIVE")
            exclusive = true;
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (!readOnly && !openExisting)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;

    const QByteArray path = db.toUtf8();
    const QByteArray vfs = vfsName();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, vfs.isEmpty() ? nullptr : vfs.constData());
    if (rc != SQLITE_OK) {
        setLastError(makeError(m_db, u"Unable to open database file"_s, QSqlError::ConnectionError, rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        secureWipe(m_rawKey);
        secureWipe(m_passphrase);
        return false;
    }

    int keyRc = SQLITE_OK;
    if (!m_rawKey.isEmpty()) {
        QByteArray keySpec = rawKeySpec(m_rawKey);
        keyRc = sqlite3_key(m_db, keySpec.constData(), int(keySpec.size()));
        secureWipe(keySpec);
        secureWipe(m_rawKey);
    } else if (!m_passphrase.isEmpty()) {
        keyRc = sqlite3_key(m_db, m_passphrase.constData(), int(m_passphrase.size()));
        secureWipe(m_passphrase);
    } else if (!password.isEmpty()) {
        QByteArray pass = password.toUtf8();
        keyRc = sqlite3_key(m_db, pass.constData(), int(pass.size()));
        secureWipe(pass);
    }
    if (keyRc != SQLITE_OK) {
        setLastError(makeError(m_db, u"Unable to set the encryption key"_s, QSqlError::ConnectionError));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    // Before the first read: a WAL file is then read without its shared-memory index (which
    // a full disk cannot hold), at the price of keeping other connections out.
    if (exclusive && sqlite3_exec(m_db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(makeError(m_db, u"Unable to set the locking mode"_s, QSqlError::ConnectionError));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult *result : std::as_const(m_results))
        result->forgetDriver();
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    auto *result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

void SqlCipherDriver::detach(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what)
{
    if (!m_db)
        return false;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        setLastError(makeError(m_db, what, QSqlError::TransactionError));
        return false;
    }
    return true;
}

// Writers take the write lock up front, so two bookings never both read "free" and then
// both try to commit; the busy timeout makes the second wait instead of failing.
bool SqlCipherDriver::beginTransaction() { return execSimple("BEGIN IMMEDIATE", u"Unable to begin transaction"_s); }
bool SqlCipherDriver::commitTransaction() { return execSimple("COMMIT", u"Unable to commit transaction"_s); }
bool SqlCipherDriver::rollbackTransaction() { return execSimple("ROLLBACK", u"Unable to roll back transaction"_s); }

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!m_db)
        return out;
    QString where;
    if (type & QSql::Tables)
        where += u"(type = 'table' AND name NOT LIKE 'sqlite_%')"_s;
    if (type & QSql::Views)
        where += (where.isEmpty() ? u""_s : u" OR "_s) + u"type = 'view'"_s;
    if (type & QSql::SystemTables)
        where += (where.isEmpty() ? u""_s : u" OR "_s) + u"(type = 'table' AND name LIKE 'sqlite_%')"_s;
    if (where.isEmpty())
        return out;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT name FROM sqlite_master WHERE "_s + where + u" ORDER BY name"_s)) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!m_db)
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA table_info("_s + escapeIdentifier(tableName, TableName) + u")"_s))
        return rec;
    while (q.next()) {
        QSqlField field(q.value(1).toString(), metaTypeForDeclaredType(q.value(2).toString().toUtf8().constData()),
                        tableName);
        field.setRequired(q.value(3).toInt() != 0);
        field.setDefaultValue(q.value(4));
        rec.append(field);
    }
    return rec;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(SqlCipherDriver::kDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

} // namespace chairside::store
