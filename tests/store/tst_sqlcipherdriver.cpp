#include "store/sqlcipherdriver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using chairside::store::SqlCipherDriver;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_connections;

    QSqlDatabase openWithKey(const QString &file, const QByteArray &key)
    {
        const QString name = QUuid::createUuid().toString();
        auto *driver = new SqlCipherDriver;
        driver->setRawKey(key);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(m_dir.filePath(file));
        m_connections << name;
        return db;
    }

private Q_SLOTS:
    void cleanup()
    {
        for (const QString &name : std::as_const(m_connections)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        m_connections.clear();
    }

    void registeredAsQsqlcipher()
    {
        chairside::store::registerSqlCipherDriver();
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"registered"_s);
            db.setDatabaseName(m_dir.filePath(u"registered.db"_s));
            db.setPassword(u"a passphrase"_s);
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA cipher_version"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"3.4.1"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"registered"_s);
    }

    void valuesRoundTrip()
    {
        QSqlDatabase db = openWithKey(u"values.db"_s, QByteArray(32, '\x11'));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, d REAL, s TEXT, b BLOB, n TEXT)"_s));
        QVERIFY(q.prepare(u"INSERT INTO t (i, d, s, b, n) VALUES (?, ?, ?, ?, ?)"_s));
        const qint64 big = Q_INT64_C(9007199254740993); // not representable as a double
        const QByteArray blob("\x00\x01\xff binary\x00", 11);
        const QString text = u"Lucía Núñez — 歯科 🦷"_s;
        q.addBindValue(big);
        q.addBindValue(3.25);
        q.addBindValue(text);
        q.addBindValue(blob);
        q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(q.lastInsertId().toLongLong(), 1);

        QSqlQuery r(db);
        QVERIFY(r.exec(u"SELECT i, d, s, b, n FROM t"_s));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toLongLong(), big);
        QCOMPARE(r.value(1).toDouble(), 3.25);
        QCOMPARE(r.value(2).toString(), text);
        QCOMPARE(r.value(3).toByteArray(), blob);
        QVERIFY(r.isNull(4));
        QCOMPARE(r.record().fieldName(2), u"s"_s);
        QVERIFY(!r.next());
    }

    void namedPlaceholdersAndReuse()
    {
        QSqlDatabase db = openWithKey(u"named.db"_s, QByteArray(32, '\x22'));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (a INTEGER, b TEXT)"_s));
        QVERIFY(q.prepare(u"INSERT INTO t (a, b) VALUES (:a, :b)"_s));
        for (int i = 0; i < 5; ++i) {
            q.bindValue(u":b"_s, u"row %1"_s.arg(i));
            q.bindValue(u":a"_s, i);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlQuery r(db);
        QVERIFY(r.prepare(u"SELECT b FROM t WHERE a >= :min AND a < :min + 2 ORDER BY a"_s));
        r.bindValue(u":min"_s, 2);
        QVERIFY(r.exec());
        QStringList got;
        while (r.next())
            got << r.value(0).toString();
        QCOMPARE(got, (QStringList{u"row 2"_s, u"row 3"_s}));
        // Scrolling back re-runs the statement.
        QVERIFY(r.first());
        QCOMPARE(r.value(0).toString(), u"row 2"_s);
        QVERIFY(r.last());
        QCOMPARE(r.value(0).toString(), u"row 3"_s);
    }

    void transactions()
    {
        QSqlDatabase db = openWithKey(u"tx.db"_s, QByteArray(32, '\x33'));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (a INTEGER)"_s));
        QVERIFY(db.transaction());
        QVERIFY(q.exec(u"INSERT INTO t VALUES (1)"_s));
        QVERIFY(db.rollback());
        QVERIFY(db.transaction());
        QVERIFY(q.exec(u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(db.commit());
        QVERIFY(q.exec(u"SELECT group_concat(a) FROM t"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"2"_s);
        QVERIFY(q.exec(u"UPDATE t SET a = a + 1"_s));
        QCOMPARE(q.numRowsAffected(), 1);
    }

    void errorsCarrySqliteCodeAndMessage()
    {
        QSqlDatabase db = openWithKey(u"errors.db"_s, QByteArray(32, '\x44'));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (a INTEGER UNIQUE)"_s));
        QVERIFY(q.exec(u"INSERT INTO t VALUES (1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO t VALUES (1)"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"2067"_s); // SQLITE_CONSTRAINT_UNIQUE
        QVERIFY(q.lastError().databaseText().contains(u"UNIQUE constraint failed"_s));
        QVERIFY(!q.exec(u"SELECT nonsense FROM nowhere"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"1"_s);
        QVERIFY(q.lastError().databaseText().contains(u"no such table"_s));
        QVERIFY(!q.exec(u"SELECT 1; SELECT 2"_s)); // one statement at a time
    }

    void encryptedOnDiskAndWrongKeyRefused()
    {
        const QByteArray key(32, '\x55');
        {
            QSqlDatabase db = openWithKey(u"secret.db"_s, key);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (s TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO t VALUES ('needle-in-the-haystack')"_s));
            db.close();
        }
        QFile f(m_dir.filePath(u"secret.db"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("needle-in-the-haystack"));

        QSqlDatabase wrong = openWithKey(u"secret.db"_s, QByteArray(32, '\x56'));
        QVERIFY(wrong.open()); // keying never fails; the first read does
        QSqlQuery q(wrong);
        QVERIFY(!q.exec(u"SELECT count(*) FROM sqlite_master"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB

        QSqlDatabase right = openWithKey(u"secret.db"_s, key);
        QVERIFY(right.open());
        QSqlQuery r(right);
        QVERIFY(r.exec(u"SELECT s FROM t"_s));
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toString(), u"needle-in-the-haystack"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
