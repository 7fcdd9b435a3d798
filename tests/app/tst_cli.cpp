#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real chairside-cli binary as a script would.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!chairside::test::keychainReachable(&why))
            QFAIL(qPrintable(why));
    }

    void versionAndHelp()
    {
        const Run v = cli({u"--version"_s});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(u"chairside-cli 0."_s));
        const Run h = cli({u"--help"_s});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(u"import --data-dir DIR FILE"_s));
        const Run bad = cli({u"frobnicate"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(u"\"frobnicate\" is not a command"_s));
    }

    void initDemoThenDay()
    {
        const QString dir = m_dir.filePath(u"demo"_s);
        const Run init = cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(u"300 patients"_s), qPrintable(init.out + init.err));
        const QString today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Chicago")).date().addDays(1).toString(Qt::ISODate);
        const Run day = cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, today, u"--json"_s});
        QCOMPARE(day.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(day.out.toUtf8()).array();
        QVERIFY(!array.isEmpty() || QDate::fromString(today, Qt::ISODate).dayOfWeek() == 7);
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "start", "end", "patient", "patientId", "type", "provider", "chair", "status"})
                QVERIFY2(!o.value(QString::fromLatin1(key)).toVariant().toString().isEmpty(), key);
            QVERIFY(o.value(u"start"_s).toString().startsWith(today));
        }
        // A second init keeps the existing cache and practice.
        const Run again = cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(u"already holds a practice"_s));
    }

    void badInputExitsTwoWithReason()
    {
        const QString dir = m_dir.filePath(u"bad"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir}).code, 0);
        QFile file(m_dir.filePath(u"bad.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({ "format": "chairside-practice/1",
            "practice": { "name": "X", "timeZone": "America/Chicago", "gridMinutes": 10 },
            "chairs": [], "appointmentTypes": [],
            "providers": [ { "id": "p", "name": "P", "role": "dentist", "maxDailyPatients": 5,
                             "hours": [ { "days": ["mon"], "start": "25:00", "end": "17:00" } ] } ] })");
        file.close();
        const Run run = cli({u"import"_s, u"--data-dir"_s, dir, file.fileName()});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u"providers[0].hours[0].start: \"25:00\" is not a time of day"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was changed"_s));
        QCOMPARE(cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, u"2026-02-30"_s}).code, 2);
        QCOMPARE(cli({u"import"_s, u"--data-dir"_s, dir, m_dir.filePath(u"missing.json"_s)}).code, 2);
    }

    void cacheProblemsExitFour()
    {
        const Run none = cli({u"day"_s, u"--data-dir"_s, m_dir.filePath(u"nothing-here"_s), u"--date"_s, u"2026-11-23"_s});
        QCOMPARE(none.code, 4);
        QVERIFY(none.err.contains(u"chairside-cli init"_s));

        // A created cache whose keychain cannot be reached: clear message, file untouched.
        const QString dir = m_dir.filePath(u"nokeychain"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const Run run = cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, u"2026-11-23"_s}, env);
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(u"keychain"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"left exactly as it was"_s));
        QCOMPARE(cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, u"2026-11-23"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
