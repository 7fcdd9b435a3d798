#include "testsupport.h"
#include "store/cachekeystore.h"
#include "store/cache.h"
#include "domain/clock.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
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

    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
            const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s, args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // As one of the demo accounts, its password on stdin.
    Run as(const QString &user, QStringList args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        args << u"--user"_s << user;
        return cli(args, env, "chairside-demo\n");
    }

    // The first working day from tomorrow on with visits in the demo cache at `dir` (the demo
    // closes at weekends and on a holiday), or an invalid date.
    QDate comingDayWithVisits(const QString &dir)
    {
        for (QDate d = chairside::test::workdayAhead(1); d <= chairside::test::officeToday().addDays(10); d = d.addDays(1)) {
            const Run day = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, d.toString(Qt::ISODate), u"--json"_s});
            if (day.code == 0 && !QJsonDocument::fromJson(day.out.toUtf8()).array().isEmpty())
                return d;
        }
        return {};
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
        const QDate coming = comingDayWithVisits(dir);
        QVERIFY2(coming.isValid(), "the demo has no visits in the coming working days");
        const QString today = coming.toString(Qt::ISODate);
        const Run day = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, today, u"--json"_s});
        QCOMPARE(day.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(day.out.toUtf8()).array();
        QVERIFY(!array.isEmpty());
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"id", "start", "end", "patient", "patientId", "type", "provider", "chair", "status"})
                QVERIFY2(!o.value(QString::fromLatin1(key)).toVariant().toString().isEmpty(), key);
            QVERIFY(o.value(u"start"_s).toString().startsWith(today));
            // No practice system has acknowledged anything in a cache connected to none.
            QCOMPARE(o.value(u"syncState"_s).toString(), u"local"_s);
        }
        // A second init keeps the existing cache and practice.
        const Run again = cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(u"already holds a practice"_s));
    }

    // The demo's accounts: sign-in is required once a cache has accounts, each role gets what
    // it may, a provider sees other providers' visits as busy time, and reads are audited.
    void signInAndRoles()
    {
        const QString dir = m_dir.filePath(u"roles"_s);
        const Run init = cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s});
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(u"frontdesk (front_desk)"_s), qPrintable(init.out));
        const QDate coming = comingDayWithVisits(dir);
        QVERIFY2(coming.isValid(), "the demo has no visits in the coming working days");
        const QString date = coming.toString(Qt::ISODate);
        const QStringList dayArgs{u"day"_s, u"--data-dir"_s, dir, u"--date"_s, date, u"--json"_s};

        Run r = cli(dayArgs);
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains(u"--user NAME"_s), qPrintable(r.err));
        r = cli(QStringList(dayArgs) << u"--user"_s << u"frontdesk"_s, QProcessEnvironment::systemEnvironment(),
                "not-the-password\n");
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains(u"do not match"_s), qPrintable(r.err));
        r = cli(QStringList(dayArgs) << u"--user"_s << u"nobody"_s, QProcessEnvironment::systemEnvironment(),
                "chairside-demo\n");
        QCOMPARE(r.code, 7);

        // The dentist's own visits in full, everyone else's as busy time.
        r = as(u"dr.alvarez"_s, dayArgs);
        QCOMPARE(r.code, 0);
        int own = 0;
        int busy = 0;
        QString seenPatient;
        QString anyId;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            anyId = o.value(u"id"_s).toString();
            if (o.value(u"providerId"_s).toString() == u"dr-alvarez") {
                ++own;
                QVERIFY(!o.value(u"patientId"_s).toString().isEmpty());
                QVERIFY(o.value(u"patient"_s).toString() != u"Busy");
                seenPatient = o.value(u"patientId"_s).toString();
            } else {
                ++busy;
                QCOMPARE(o.value(u"patientId"_s).toString(), QString());
                QCOMPARE(o.value(u"patient"_s).toString(), u"Busy"_s);
                QCOMPARE(o.value(u"typeId"_s).toString(), QString());
            }
        }
        QVERIFY(own > 0 && busy > 0); // she works every weekday

        // Read-only reads and writes nothing; the front desk may not read the audit trail.
        QCOMPARE(as(u"viewer"_s, dayArgs).code, 0);
        if (!anyId.isEmpty()) {
            r = as(u"viewer"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, anyId, u"--reason"_s, u"patient"_s});
            QCOMPARE(r.code, 6);
        }
        r = as(u"frontdesk"_s, {u"audit"_s, u"verify"_s, u"--data-dir"_s, dir});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(u"office manager"_s), qPrintable(r.err));
        QCOMPARE(as(u"dr.alvarez"_s, {u"sync"_s, u"--data-dir"_s, dir, u"--status"_s}).code, 6);

        // The dentist's listing is in the patient's access report, and so are the refusals.
        if (!seenPatient.isEmpty()) {
            r = as(u"manager"_s, {u"audit"_s, u"export"_s, u"--data-dir"_s, dir, u"--patient"_s, seenPatient,
                                  u"--format"_s, u"csv"_s});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.contains(u",read,appointment,"_s), qPrintable(r.out));
        }
        r = as(u"manager"_s, {u"audit"_s, u"verify"_s, u"--data-dir"_s, dir});
        QCOMPARE(r.code, 0);

        // A cache without accounts has nobody to sign in as.
        const QString bare = m_dir.filePath(u"bare"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, bare}).code, 0);
        r = as(u"manager"_s, {u"audit"_s, u"verify"_s, u"--data-dir"_s, bare});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"no staff accounts"_s), qPrintable(r.err));
    }

    // `users list|disable|enable|reset-password|password`: the office manager's care of the
    // accounts from a script; a disabled account cannot sign in here either.
    void staffAccountsFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"users"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        Run r = as(u"manager"_s, {u"users"_s, u"list"_s, u"--data-dir"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 4);
        r = as(u"manager"_s, {u"users"_s, u"list"_s, u"--data-dir"_s, dir});
        QVERIFY2(r.out.contains(u"frontdesk · front desk"_s), qPrintable(r.out));
        QCOMPARE(as(u"frontdesk"_s, {u"users"_s, u"list"_s, u"--data-dir"_s, dir}).code, 6);

        const QStringList day{u"day"_s, u"--data-dir"_s, dir, u"--date"_s, u"2026-12-01"_s};
        QCOMPARE(as(u"manager"_s, {u"users"_s, u"disable"_s, u"--data-dir"_s, dir, u"--name"_s, u"frontdesk"_s}).code, 0);
        QCOMPARE(as(u"frontdesk"_s, day).code, 7);
        r = as(u"manager"_s, {u"users"_s, u"disable"_s, u"--data-dir"_s, dir, u"--name"_s, u"manager"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"your own"_s), qPrintable(r.err));
        QCOMPARE(as(u"manager"_s, {u"users"_s, u"enable"_s, u"--data-dir"_s, dir, u"--name"_s, u"frontdesk"_s}).code, 0);
        QCOMPARE(as(u"frontdesk"_s, day).code, 0);

        r = cli({u"users"_s, u"reset-password"_s, u"--data-dir"_s, dir, u"--name"_s, u"frontdesk"_s, u"--user"_s,
                 u"manager"_s},
                QProcessEnvironment::systemEnvironment(), "chairside-demo\na desk password now\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(QStringList(day) << u"--user"_s << u"frontdesk"_s, QProcessEnvironment::systemEnvironment(),
                     "a desk password now\n")
                         .code,
                 0);
        r = cli({u"users"_s, u"password"_s, u"--data-dir"_s, dir, u"--user"_s, u"frontdesk"_s},
                QProcessEnvironment::systemEnvironment(), "a desk password now\nwrong current\nwhatever new one\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"current password"_s), qPrintable(r.err));
        r = cli({u"users"_s, u"password"_s, u"--data-dir"_s, dir, u"--user"_s, u"frontdesk"_s},
                QProcessEnvironment::systemEnvironment(),
                "a desk password now\na desk password now\nmy very own password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli(QStringList(day) << u"--user"_s << u"frontdesk"_s, QProcessEnvironment::systemEnvironment(),
                     "my very own password\n")
                         .code,
                 0);
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

    // Input is bounded: a device or a huge file is not read whole, and what a person typed is
    // quoted back short.
    void boundedInput()
    {
        const QString dir = m_dir.filePath(u"bounded"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir}).code, 0);
        Run r = cli({u"import"_s, u"--data-dir"_s, dir, u"/dev/zero"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"not a file"_s), qPrintable(r.err));
        QFile sparse(m_dir.filePath(u"huge.json"_s));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize((qint64(1) << 30) + 1)); // sparse: no disk used
        sparse.close();
        r = cli({u"import"_s, u"--data-dir"_s, dir, sparse.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"at most 1,024 MB"_s), qPrintable(r.err));
        QFile::remove(sparse.fileName());
        const QString flood(131070, u'x');
        r = cli({u"day"_s, u"--data-dir"_s, dir, u"--date"_s, flood});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.size() < 400, qPrintable(QString::number(r.err.size())));
        r = cli({flood});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.indexOf(u"xxxxxxxxxx"_s) >= 0 && !r.err.contains(QString(100, u'x')), "echoed whole");
    }

    void cacheProblemsExitFour()
    {
        const Run none = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, m_dir.filePath(u"nothing-here"_s), u"--date"_s, u"2026-11-23"_s});
        QCOMPARE(none.code, 4);
        QVERIFY(none.err.contains(u"chairside-cli init"_s));

        // A created cache whose keychain cannot be reached: clear message, file untouched.
        const QString dir = m_dir.filePath(u"nokeychain"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        const Run run = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, u"2026-11-23"_s}, env);
        QCOMPARE(run.code, 4);
        QVERIFY2(run.err.contains(u"keychain"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"left exactly as it was"_s));
        QCOMPARE(as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, u"2026-11-23"_s}).code, 0);
    }

    // The first opening for a patient and type a few days out in the demo practice.
    QJsonObject firstOpening(const QString &dir, const QString &type, const QString &patient)
    {
        const QString from = chairside::test::officeToday().addDays(2).toString(Qt::ISODate);
        const Run slots = as(u"frontdesk"_s, {u"slots"_s, u"--data-dir"_s, dir, u"--type"_s, type, u"--from"_s, from, u"--days"_s,
                               u"14"_s, u"--patient"_s, patient, u"--limit"_s, u"1"_s, u"--json"_s});
        if (slots.code != 0)
            return {};
        return QJsonDocument::fromJson(slots.out.toUtf8()).array().first().toObject();
    }

    QStringList bookArgs(const QString &dir, const QString &patient, const QJsonObject &slot)
    {
        return {u"book"_s,      u"--data-dir"_s, dir,
                u"--patient"_s, patient,         u"--type"_s,
                u"exam"_s,      u"--provider"_s, slot.value(u"providerId"_s).toString(),
                u"--chair"_s,   slot.value(u"chairId"_s).toString(), u"--start"_s,
                slot.value(u"start"_s).toString(), u"--json"_s};
    }

    // The audit trail: intact after real use, the access report for one patient, and a
    // record changed through SQLCipher with the key (triggers dropped) named by verify.
    void auditVerifyAndExport()
    {
        const QString dir = m_dir.filePath(u"audit"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0300"_s);
        QVERIFY(!slot.isEmpty());
        const Run booked = as(u"frontdesk"_s, bookArgs(dir, u"pt-0300"_s, slot));
        QCOMPARE(booked.code, 0);
        const QString id = QJsonDocument::fromJson(booked.out.toUtf8()).object().value(u"id"_s).toString();
        QCOMPARE(as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--reason"_s, u"patient"_s}).code, 0);

        Run r = as(u"manager"_s, {u"audit"_s, u"verify"_s, u"--data-dir"_s, dir});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(u"intact"_s), qPrintable(r.out));

        r = as(u"manager"_s, {u"audit"_s, u"export"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0300"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"time_utc,user,workstation,session,action,record_type,record_id,correlation_id,audit_id"_s);
        QVERIFY2(lines.size() >= 3, qPrintable(r.out)); // the booking and the cancellation
        QVERIFY(r.out.contains(u",book,appointment,"_s + id));
        QVERIFY(r.out.contains(u",cancel,appointment,"_s + id));
        QCOMPARE(as(u"manager"_s, {u"audit"_s, u"export"_s, u"--data-dir"_s, dir, u"--patient"_s, u"nobody"_s}).code, 2);
        QCOMPARE(as(u"manager"_s, {u"audit"_s, u"export"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0300"_s, u"--format"_s,
                      u"pdf"_s})
                         .code,
                 2);
        // Nothing booked in 2020: an empty report, the header only.
        r = as(u"manager"_s, {u"audit"_s, u"export"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0300"_s, u"--from"_s,
                 u"2020-01-01"_s, u"--to"_s, u"2020-12-31"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 1);

        // Someone with the key rewrites what a record says: verify names that record.
        QString changedId;
        {
            chairside::store::KeychainCacheKeyStore keys;
            auto opened = chairside::store::Cache::open(dir, keys, chairside::store::Cache::OpenMode::OpenExisting);
            QVERIFY(opened.cache);
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"SELECT audit_id FROM audit_log WHERE action = 'book'"_s) && q.next());
            changedId = q.value(0).toString();
            QVERIFY(!q.exec(u"UPDATE audit_log SET user_id = 'someone-else' WHERE audit_id = '%1'"_s.arg(changedId)));
            QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_log SET user_id = 'someone-else' WHERE audit_id = '%1'"_s.arg(changedId)));
        }
        r = as(u"manager"_s, {u"audit"_s, u"verify"_s, u"--data-dir"_s, dir});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(changedId) && r.out.contains(u"changed"_s), qPrintable(r.out));
        r = as(u"manager"_s, {u"audit"_s, u"verify"_s, u"--data-dir"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 3);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"firstBadAuditId"_s).toString(), changedId);
    }

    void bookingCommands()
    {
        const QString dir = m_dir.filePath(u"booking"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0300"_s);
        QVERIFY(!slot.isEmpty());
        for (const char *key : {"start", "end", "providerId", "chairId"})
            QVERIFY(!slot.value(QString::fromLatin1(key)).toString().isEmpty());
        QVERIFY(slot.contains(u"score"_s));

        const Run booked = as(u"frontdesk"_s, bookArgs(dir, u"pt-0300"_s, slot));
        QCOMPARE(booked.code, 0);
        const QJsonObject appointment = QJsonDocument::fromJson(booked.out.toUtf8()).object();
        const QString id = appointment.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(appointment.value(u"version"_s).toInt(), 1);
        QCOMPARE(appointment.value(u"start"_s).toString(), slot.value(u"start"_s).toString());
        QCOMPARE(appointment.value(u"status"_s).toString(), u"scheduled"_s);

        // The same chair and time for someone else: refused with rules and alternatives.
        const Run refused = as(u"frontdesk"_s, bookArgs(dir, u"pt-0299"_s, slot));
        QCOMPARE(refused.code, 3);
        const QJsonObject why = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        QCOMPARE(why.value(u"error"_s).toString(), u"refused"_s);
        QStringList rules;
        for (const QJsonValue &v : why.value(u"violations"_s).toArray()) {
            rules.append(v.toObject().value(u"rule"_s).toString());
            QVERIFY(!v.toObject().value(u"message"_s).toString().isEmpty());
        }
        QVERIFY2(rules.contains(u"chair_busy"_s), qPrintable(rules.join(u',')));
        QCOMPARE(why.value(u"alternatives"_s).toArray().size(), 3);

        // A typing slip of a length is refused by name, not stored as a 69-day visit.
        const Run huge = as(u"frontdesk"_s, {u"move"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--expected-version"_s, u"1"_s,
                              u"--minutes"_s, u"100000"_s, u"--json"_s});
        QCOMPARE(huge.code, 3);
        QVERIFY2(huge.out.contains(u"max_length"_s), qPrintable(huge.out));

        const Run stale = as(u"frontdesk"_s, {u"move"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--expected-version"_s, u"2"_s,
                               u"--minutes"_s, u"10"_s, u"--json"_s});
        QCOMPARE(stale.code, 3);
        QVERIFY(stale.out.contains(u"stale_version"_s));
        const Run resized = as(u"frontdesk"_s, {u"move"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--expected-version"_s, u"1"_s,
                                 u"--minutes"_s, u"10"_s, u"--json"_s});
        QCOMPARE(resized.code, 0);
        QCOMPARE(QJsonDocument::fromJson(resized.out.toUtf8()).object().value(u"version"_s).toInt(), 2);

        const Run confirmed = as(u"frontdesk"_s, {u"status"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--to"_s, u"confirmed"_s, u"--json"_s});
        QCOMPARE(confirmed.code, 0);
        QCOMPARE(QJsonDocument::fromJson(confirmed.out.toUtf8()).object().value(u"status"_s).toString(), u"confirmed"_s);
        const Run skipped = as(u"frontdesk"_s, {u"status"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--to"_s, u"completed"_s, u"--json"_s});
        QCOMPARE(skipped.code, 3);
        QVERIFY(skipped.out.contains(u"invalid_transition"_s));
        QCOMPARE(as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--reason"_s, u"bored"_s}).code, 2);
        const Run cancelled = as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--reason"_s, u"patient"_s, u"--json"_s});
        QCOMPARE(cancelled.code, 0);
        QCOMPARE(QJsonDocument::fromJson(cancelled.out.toUtf8()).object().value(u"cancelReason"_s).toString(), u"patient"_s);
        const Run undone = as(u"frontdesk"_s, {u"undo"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--json"_s});
        QCOMPARE(undone.code, 0);
        QCOMPARE(QJsonDocument::fromJson(undone.out.toUtf8()).object().value(u"status"_s).toString(), u"confirmed"_s);

        // Nonsense is refused with a reason and exit 2.
        QStringList skippedTime = bookArgs(dir, u"pt-0298"_s, slot);
        skippedTime[skippedTime.indexOf(u"--start"_s) + 1] = u"2027-03-14T02:30"_s;
        const Run gap = as(u"frontdesk"_s, skippedTime);
        QCOMPARE(gap.code, 2);
        QVERIFY2(gap.err.contains(u"does not exist"_s), qPrintable(gap.err));
        const Run noType = as(u"frontdesk"_s, {u"slots"_s, u"--data-dir"_s, dir, u"--type"_s, u"haircut"_s, u"--from"_s,
                                u"2026-12-01"_s, u"--days"_s, u"3"_s});
        QCOMPARE(noType.code, 2);
        QVERIFY(noType.err.contains(u"haircut"_s));
        QCOMPARE(as(u"frontdesk"_s, {u"move"_s, u"--data-dir"_s, dir, u"--id"_s, u"no-such"_s, u"--expected-version"_s, u"1"_s,
                      u"--minutes"_s, u"20"_s}).code, 2);
        QCOMPARE(as(u"frontdesk"_s, {u"slots"_s, u"--data-dir"_s, dir, u"--type"_s, u"exam"_s, u"--from"_s, u"2026-12-01"_s,
                      u"--days"_s, u"zero"_s}).code, 2);
    }

    // A cancellation from the command line says what time came free and who on the waitlist can
    // take it, exactly as the window's Fill the book panel does (the same service answer).
    void cancellingFreesTimeForTheWaitlist()
    {
        const QString dir = m_dir.filePath(u"freed"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0300"_s);
        QVERIFY(!slot.isEmpty());
        const Run booked = as(u"frontdesk"_s, bookArgs(dir, u"pt-0300"_s, slot));
        QCOMPARE(booked.code, 0);
        const QJsonObject appointment = QJsonDocument::fromJson(booked.out.toUtf8()).object();
        const QString id = appointment.value(u"id"_s).toString();
        const QDate day = QDate::fromString(slot.value(u"start"_s).toString().left(10), Qt::ISODate);

        // Three patients wait for an exam with that provider on that day.
        chairside::SystemClock clock;
        const chairside::UserSession desk{u"u-test"_s, u"s-test"_s, u"ws-test"_s, chairside::Role::OfficeManager, {}};
        QStringList entries;
        {
            chairside::store::KeychainCacheKeyStore keys;
            auto opened = chairside::store::Cache::open(dir, keys, chairside::store::Cache::OpenMode::OpenExisting);
            QVERIFY(opened.cache);
            chairside::BookingService booking(*opened.cache, clock);
            chairside::FrontDesk front(*opened.cache, clock);
            chairside::FillService fill(*opened.cache, clock, booking, front);
            for (const QString &patient : {u"pt-0297"_s, u"pt-0298"_s, u"pt-0299"_s}) {
                chairside::WaitlistEntry e;
                e.patientId = patient;
                e.typeId = u"exam"_s;
                e.providerId = slot.value(u"providerId"_s).toString();
                e.earliest = day;
                e.latest = day;
                QString error;
                const std::optional<chairside::WaitlistEntry> added = fill.addToWaitlist(e, desk, &error);
                QVERIFY2(added, qPrintable(error));
                entries << added->id;
            }
        }

        const Run cancelled = as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--reason"_s,
                                                  u"patient"_s, u"--json"_s});
        QCOMPARE(cancelled.code, 0);
        const QJsonObject freed = QJsonDocument::fromJson(cancelled.out.toUtf8()).object().value(u"freed"_s).toObject();
        QCOMPARE(freed.value(u"start"_s).toString(), appointment.value(u"start"_s).toString());
        QCOMPARE(freed.value(u"minutes"_s).toInt(), appointment.value(u"minutes"_s).toInt());
        QCOMPARE(freed.value(u"providerId"_s).toString(), slot.value(u"providerId"_s).toString());
        QCOMPARE(freed.value(u"chairId"_s).toString(), slot.value(u"chairId"_s).toString());
        QStringList candidates;
        for (const QJsonValue &v : freed.value(u"waitlistCandidates"_s).toArray())
            candidates << v.toObject().value(u"waitlistEntryId"_s).toString();
        QStringList cannot;
        for (const QJsonValue &v : freed.value(u"waitlistCannot"_s).toArray()) {
            cannot << v.toObject().value(u"waitlistEntryId"_s).toString();
            QVERIFY(!v.toObject().value(u"why"_s).toString().isEmpty());
        }
        QVERIFY2(!candidates.isEmpty(), qPrintable(cancelled.out));
        for (const QString &entry : entries)
            QVERIFY2(candidates.contains(entry) || cannot.contains(entry), qPrintable(entry));

        // The window's answer for that time is the same list, in the same order.
        {
            chairside::store::KeychainCacheKeyStore keys;
            auto opened = chairside::store::Cache::open(dir, keys, chairside::store::Cache::OpenMode::OpenExisting);
            QVERIFY(opened.cache);
            chairside::BookingService booking(*opened.cache, clock);
            chairside::FrontDesk front(*opened.cache, clock);
            chairside::FillService fill(*opened.cache, clock, booking, front);
            const std::optional<chairside::Appointment> gone = booking.find(id, nullptr);
            QVERIFY(gone);
            QString error;
            const auto shown = fill.candidatesFor(
                    chairside::FreedSlot{gone->chairId, gone->providerId, gone->startUtc, gone->minutes}, desk, &error);
            QVERIFY2(shown, qPrintable(error));
            QStringList ids;
            for (const chairside::FillService::Candidate &c : *shown)
                ids << c.shown.entry.id;
            QCOMPARE(candidates, ids);
        }

        // In words: the time, and the patients by name, never their ids.
        const Run again = as(u"frontdesk"_s, bookArgs(dir, u"pt-0300"_s, slot));
        QCOMPARE(again.code, 0);
        const QString second = QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"id"_s).toString();
        const Run words = as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, second, u"--reason"_s,
                                              u"patient"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(words.code, 0);
        QVERIFY2(words.out.contains(u"Time came free:"_s) && words.out.contains(u"on the waitlist can take it"_s),
                 qPrintable(words.out));
        for (const QString &patient : {u"pt-0297"_s, u"pt-0298"_s, u"pt-0299"_s})
            QVERIFY2(!words.out.contains(patient), qPrintable(words.out));
    }

    // One table of commands: `help` lists every one, `help COMMAND` and `COMMAND --help` tell
    // its options and exit codes, in the chosen language.
    void helpListsEveryCommand()
    {
        const Run list = cli({u"help"_s});
        QCOMPARE(list.code, 0);
        for (const char *name : {"init", "import", "day", "slots", "book", "move", "cancel", "status", "undo",
                                 "patient find", "waitlist add", "waitlist list", "waitlist remove", "unscheduled list", "offer list",
                                 "offer make", "offer reply", "noshow detect", "noshow reschedule",
                                 "confirmations list", "confirmations record", "series book", "series cancel",
                                 "family book", "away", "dashboard", "pms connect", "sync", "audit verify",
                                 "audit export", "check", "users add", "users list", "users disable",
                                 "users enable", "users reset-password", "users password", "rekey", "backup",
                                 "restore"})
            QVERIFY2(list.out.contains(u"\n  "_s + QString::fromLatin1(name) + u' '), name);
        const Run one = cli({u"help"_s, u"waitlist"_s, u"add"_s});
        QCOMPARE(one.code, 0);
        QVERIFY2(one.out.contains(u"--urgency N"_s) && one.out.contains(u"Exit codes:"_s), qPrintable(one.out));
        const Run spanish = cli({u"help"_s, u"cancel"_s, u"--lang"_s, u"es"_s});
        QCOMPARE(spanish.code, 0);
        QVERIFY2(spanish.out.contains(u"Códigos de salida"_s) && spanish.out.startsWith(u"Uso:"_s),
                 qPrintable(spanish.out));
        QCOMPARE(cli({u"cancel"_s, u"--help"_s}).out, cli({u"help"_s, u"cancel"_s}).out);
        const Run unknown = cli({u"help"_s, u"frobnicate"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"\"frobnicate\" is not a command"_s));
        // --json only where a command has JSON to give.
        QCOMPARE(cli({u"rekey"_s, u"--json"_s}).code, 2);
    }

    // `patient find`: names without accents in any order, the phone's last digits; names and
    // the locale's dates for people, ids with --json; a provider finds their own patients only.
    void findPatientsFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"find"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QDate coming = comingDayWithVisits(dir);
        QVERIFY(coming.isValid());
        const Run day = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, coming.toString(Qt::ISODate),
                                            u"--json"_s});
        const QJsonObject visit = QJsonDocument::fromJson(day.out.toUtf8()).array().first().toObject();
        const QString patientId = visit.value(u"patientId"_s).toString();
        const QStringList name = visit.value(u"patient"_s).toString().split(u' ');
        // Last name first, folded as someone types it without accents.
        const QString typed = chairside::patientsearch::fold(name.last() + u' ' + name.first());
        const Run json = as(u"frontdesk"_s, {u"patient"_s, u"find"_s, u"--data-dir"_s, dir, typed, u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject result = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QJsonObject found;
        for (const QJsonValue &v : result.value(u"patients"_s).toArray())
            found = v.toObject().value(u"id"_s).toString() == patientId ? v.toObject() : found;
        QVERIFY2(!found.isEmpty(), qPrintable(json.out + json.err));
        QVERIFY(!found.value(u"birthdate"_s).toString().isEmpty());
        QVERIFY(found.value(u"next"_s).isObject());
        // By the phone's last four digits.
        const QString phone = found.value(u"phone"_s).toString();
        const Run byPhone = as(u"frontdesk"_s, {u"patient"_s, u"find"_s, u"--data-dir"_s, dir, phone.right(4),
                                                u"--json"_s});
        QVERIFY(byPhone.out.contains(patientId));
        // For people: the name and the visit's date as the locale writes it, no ids.
        const Run human = as(u"frontdesk"_s, {u"patient"_s, u"find"_s, u"--data-dir"_s, dir, typed});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.contains(visit.value(u"patient"_s).toString()), qPrintable(human.out));
        QVERIFY2(human.out.contains(u"next visit"_s), qPrintable(human.out));
        QVERIFY2(!human.out.contains(patientId), qPrintable(human.out));
        // Nothing typed: what to type instead.
        const Run empty = as(u"frontdesk"_s, {u"patient"_s, u"find"_s, u"--data-dir"_s, dir, u"  "_s});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains(u"Say whom to find"_s), qPrintable(empty.err));
    }

    // New patients and changes from a script: the service's checks as exit 2 with the reason,
    // a likely duplicate as exit 3 with the patient on file, the new id printed, roles kept.
    void addAndEditPatientsFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"patients"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QStringList add{u"patient"_s, u"add"_s, u"--data-dir"_s, dir, u"--first"_s, u"Inés"_s, u"--last"_s,
                              u"Zapata Ñúñez"_s, u"--birthdate"_s, u"1988-02-29"_s};
        Run r = as(u"frontdesk"_s, {u"patient"_s, u"add"_s, u"--data-dir"_s, dir, u"--first"_s, u"Inés"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--last"_s) && r.err.contains(u"--birthdate"_s), qPrintable(r.err));
        r = as(u"frontdesk"_s, add + QStringList{u"--phone"_s, u"555-01"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"555-01"_s), qPrintable(r.err));
        r = as(u"frontdesk"_s, add + QStringList{u"--email"_s, u"ines@"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"domain"_s), qPrintable(r.err));
        r = as(u"frontdesk"_s, QStringList(add).replaceInStrings(u"1988-02-29"_s, u"2988-02-01"_s)
                                       + QStringList{u"--phone"_s, u"(512) 555-0177"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"future"_s), qPrintable(r.err));
        r = as(u"frontdesk"_s, add + QStringList{u"--phone"_s, u"(512) 555-0177"_s, u"--contact"_s, u"pigeon"_s});
        QCOMPARE(r.code, 2);
        QCOMPARE(as(u"viewer"_s, add + QStringList{u"--phone"_s, u"(512) 555-0177"_s}).code, 6);

        r = as(u"frontdesk"_s, add + QStringList{u"--phone"_s, u"(512) 555-0177"_s, u"--language"_s, u"es"_s,
                                                 u"--contact"_s, u"sms"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        Run found = as(u"frontdesk"_s, {u"patient"_s, u"find"_s, u"--data-dir"_s, dir, u"nunez ines"_s, u"--json"_s});
        QVERIFY2(found.out.contains(id), qPrintable(found.out));
        QVERIFY2(found.out.contains(u"+15125550177"_s), qPrintable(found.out));

        // The same person again: exit 3 and the patient on file; added only when asked.
        r = as(u"frontdesk"_s, add + QStringList{u"--email"_s, u"ines@example.com"_s});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(id) && r.out.contains(u"Inés Zapata Ñúñez"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"--allow-duplicate"_s), qPrintable(r.err));
        r = as(u"frontdesk"_s, add + QStringList{u"--email"_s, u"ines@example.com"_s, u"--allow-duplicate"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"was added"_s), qPrintable(r.out));

        // A change: what is not given stays.
        r = as(u"frontdesk"_s, {u"patient"_s, u"edit"_s, u"--data-dir"_s, dir, id, u"--phone"_s, u"512 555 0199"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        found = as(u"frontdesk"_s, {u"patient"_s, u"find"_s, u"--data-dir"_s, dir, u"0199"_s, u"--json"_s});
        QVERIFY2(found.out.contains(id) && found.out.contains(u"+15125550199"_s), qPrintable(found.out));
        QVERIFY(found.out.contains(u"1988-02-29"_s));
        r = as(u"frontdesk"_s, {u"patient"_s, u"edit"_s, u"--data-dir"_s, dir, id, u"--birthdate"_s, u"1899-01-01"_s});
        QCOMPARE(r.code, 2);
        r = as(u"frontdesk"_s, {u"patient"_s, u"edit"_s, u"--data-dir"_s, dir, u"no-such-patient"_s, u"--email"_s,
                                u"a@b.example"_s});
        QCOMPARE(r.code, 2);
        QCOMPARE(as(u"viewer"_s, {u"patient"_s, u"edit"_s, u"--data-dir"_s, dir, id, u"--email"_s, u"a@b.example"_s})
                         .code,
                 6);
    }

    // A patient's card from a script: the window's read, with its roles and its audit.
    void showAPatientsCardFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"card"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QDate coming = comingDayWithVisits(dir);
        QVERIFY(coming.isValid());
        const Run day = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, coming.toString(Qt::ISODate),
                                            u"--json"_s});
        QJsonObject visit, alvarezVisit;
        for (const QJsonValue &v : QJsonDocument::fromJson(day.out.toUtf8()).array()) {
            if (visit.isEmpty())
                visit = v.toObject();
            if (alvarezVisit.isEmpty() && v.toObject().value(u"providerId"_s).toString() == u"dr-alvarez")
                alvarezVisit = v.toObject();
        }
        QVERIFY(!alvarezVisit.isEmpty());
        const QString patientId = visit.value(u"patientId"_s).toString();
        const QString name = visit.value(u"patient"_s).toString();

        const Run json = as(u"frontdesk"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir, patientId, u"--json"_s});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject card = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(card.value(u"id"_s).toString(), patientId);
        QCOMPARE(card.value(u"name"_s).toString(), name);
        QJsonObject shown;
        for (const QJsonValue &v : card.value(u"upcoming"_s).toArray())
            shown = v.toObject().value(u"id"_s) == visit.value(u"id"_s) ? v.toObject() : shown;
        QVERIFY2(!shown.isEmpty(), qPrintable(json.out));
        QVERIFY(!shown.value(u"type"_s).toString().isEmpty());
        QVERIFY(!shown.value(u"provider"_s).toString().isEmpty());
        QVERIFY(card.value(u"noShows"_s).isDouble());
        QVERIFY(card.value(u"waitlist"_s).isArray());
        QVERIFY(card.value(u"contacts"_s).isArray());

        // For people: the name and the visit's provider, never an id.
        const Run human = as(u"frontdesk"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir, patientId});
        QCOMPARE(human.code, 0);
        QVERIFY2(human.out.startsWith(name), qPrintable(human.out));
        QVERIFY2(human.out.contains(u"Coming up:"_s) && human.out.contains(shown.value(u"provider"_s).toString()),
                 qPrintable(human.out));
        QVERIFY2(!human.out.contains(patientId) && !human.out.contains(visit.value(u"id"_s).toString()),
                 qPrintable(human.out));

        // The viewer reads the card but not the contact log.
        const Run viewer = as(u"viewer"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir, patientId, u"--json"_s});
        QCOMPARE(viewer.code, 0);
        const QJsonObject viewed = QJsonDocument::fromJson(viewer.out.toUtf8()).object();
        QVERIFY(viewed.value(u"contacts"_s).isNull());
        QVERIFY(viewed.value(u"waitlist"_s).isArray());
        // A provider reads their own patient's card, without the lists that fill the book, and
        // no one else's.
        const Run own = as(u"dr.alvarez"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir,
                                             alvarezVisit.value(u"patientId"_s).toString(), u"--json"_s});
        QVERIFY2(own.code == 0, qPrintable(own.err));
        QVERIFY(QJsonDocument::fromJson(own.out.toUtf8()).object().value(u"waitlist"_s).isNull());
        const Run other = as(u"dr.alvarez"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir, u"pt-9999"_s});
        QVERIFY(other.code != 0);
        QVERIFY2(other.err.contains(u"only their own patients"_s), qPrintable(other.err));
        QVERIFY(other.out.isEmpty());

        const Run unknown = as(u"frontdesk"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir, u"pt-9999"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(u"pt-9999"_s), qPrintable(unknown.err));
        QCOMPARE(as(u"frontdesk"_s, {u"patient"_s, u"show"_s, u"--data-dir"_s, dir, u" "_s}).code, 2);

        // Each of the three cards shown is in the patient's access report, by id.
        const Run audit = as(u"manager"_s, {u"audit"_s, u"export"_s, u"--data-dir"_s, dir, u"--patient"_s, patientId,
                                            u"--format"_s, u"csv"_s});
        QVERIFY2(audit.code == 0, qPrintable(audit.err));
        QVERIFY2(audit.out.count(u",read,patient,"_s + patientId + u',') >= 3, qPrintable(audit.out));
    }

    // The waitlist, offers of freed time and the figures, from a script: the same services and
    // role rules as the window's Fill the book panel.
    void fillTheBookFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"fill"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0300"_s);
        QVERIFY(!slot.isEmpty());
        const Run booked = as(u"frontdesk"_s, bookArgs(dir, u"pt-0300"_s, slot));
        QCOMPARE(booked.code, 0);
        const QJsonObject appointment = QJsonDocument::fromJson(booked.out.toUtf8()).object();
        const QString day = slot.value(u"start"_s).toString().left(10);

        // The viewer may read, not write.
        QCOMPARE(as(u"viewer"_s, {u"waitlist"_s, u"add"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0299"_s,
                                  u"--type"_s, u"exam"_s})
                         .code,
                 6);
        // The demo's own entries are made from the day's date: taken off, so what follows is
        // the same whatever day the test runs.
        const QJsonArray demoEntries = QJsonDocument::fromJson(as(u"frontdesk"_s, {u"waitlist"_s, u"list"_s,
                                                                                  u"--data-dir"_s, dir, u"--json"_s})
                                                                       .out.toUtf8())
                                               .array();
        for (const QJsonValue &v : demoEntries)
            QCOMPARE(as(u"frontdesk"_s, {u"waitlist"_s, u"remove"_s, u"--data-dir"_s, dir, u"--id"_s,
                                         v.toObject().value(u"id"_s).toString()})
                             .code,
                     0);
        Run r = as(u"frontdesk"_s, {u"waitlist"_s, u"add"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0299"_s,
                                    u"--type"_s, u"exam"_s, u"--provider"_s, slot.value(u"providerId"_s).toString(),
                                    u"--from"_s, day, u"--to"_s, day, u"--urgency"_s, u"10"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject entry = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString entryId = entry.value(u"id"_s).toString();
        QVERIFY(!entryId.isEmpty());
        QCOMPARE(entry.value(u"urgency"_s).toInt(), 10);
        QVERIFY(!entry.value(u"patient"_s).toString().isEmpty());
        r = as(u"frontdesk"_s, {u"waitlist"_s, u"add"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0299"_s,
                                u"--type"_s, u"exam"_s, u"--urgency"_s, u"11"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--urgency"_s));
        r = as(u"viewer"_s, {u"waitlist"_s, u"list"_s, u"--data-dir"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(entryId));
        r = as(u"frontdesk"_s, {u"waitlist"_s, u"list"_s, u"--data-dir"_s, dir});
        QVERIFY2(r.out.contains(entry.value(u"patient"_s).toString()), qPrintable(r.out));

        // The visit is cancelled; its time is offered; the waiting patient takes it.
        r = as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, appointment.value(u"id"_s).toString(),
                                u"--reason"_s, u"patient"_s});
        QCOMPARE(r.code, 0);
        r = as(u"frontdesk"_s, {u"offer"_s, u"make"_s, u"--data-dir"_s, dir, u"--chair"_s,
                                slot.value(u"chairId"_s).toString(), u"--provider"_s,
                                slot.value(u"providerId"_s).toString(), u"--start"_s, slot.value(u"start"_s).toString(),
                                u"--minutes"_s, QString::number(appointment.value(u"minutes"_s).toInt()), u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray offers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(!offers.isEmpty(), qPrintable(r.out));
        QCOMPARE(offers.first().toObject().value(u"entryId"_s).toString(), entryId); // the most urgent first
        const QString offerId = offers.first().toObject().value(u"id"_s).toString();
        r = as(u"frontdesk"_s, {u"offer"_s, u"list"_s, u"--data-dir"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(offerId));
        QCOMPARE(as(u"frontdesk"_s, {u"offer"_s, u"reply"_s, u"--data-dir"_s, dir, u"--id"_s, offerId}).code, 2);
        r = as(u"frontdesk"_s, {u"offer"_s, u"reply"_s, u"--data-dir"_s, dir, u"--id"_s, offerId, u"--accepted"_s,
                                u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject taken = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(taken.value(u"patientId"_s).toString(), u"pt-0299"_s);
        QCOMPARE(taken.value(u"start"_s).toString(), slot.value(u"start"_s).toString());
        r = as(u"frontdesk"_s, {u"waitlist"_s, u"list"_s, u"--data-dir"_s, dir, u"--json"_s});
        QVERIFY2(!r.out.contains(entryId), "a booked entry leaves the waitlist");

        // Taking an entry off the list, and the figures.
        r = as(u"frontdesk"_s, {u"waitlist"_s, u"add"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0298"_s,
                                u"--type"_s, u"exam"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const QString second = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"id"_s).toString();
        QCOMPARE(as(u"frontdesk"_s, {u"waitlist"_s, u"remove"_s, u"--data-dir"_s, dir, u"--id"_s, second}).code, 0);
        QCOMPARE(as(u"frontdesk"_s, {u"waitlist"_s, u"remove"_s, u"--data-dir"_s, dir, u"--id"_s, second}).code, 2);
        r = as(u"frontdesk"_s, {u"unscheduled"_s, u"list"_s, u"--data-dir"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
        r = as(u"manager"_s, {u"dashboard"_s, u"--data-dir"_s, dir, u"--from"_s, day, u"--days"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject board = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(board.value(u"from"_s).toString(), day);
        QVERIFY(board.value(u"byStatus"_s).toObject().value(u"scheduled"_s).toInt() >= 1);
        QVERIFY(!board.value(u"providers"_s).toArray().isEmpty());
        // Scheduled production that day: the demo's fees and goals, the taken exam ($65) among them.
        const QJsonObject production = board.value(u"production"_s).toObject();
        QCOMPARE(production.value(u"day"_s).toString(), day);
        qint64 providersDay = 0;
        bool takerListed = false;
        for (const QJsonValue &v : production.value(u"providers"_s).toArray()) {
            const QJsonObject p = v.toObject();
            providersDay += p.value(u"dayCents"_s).toInteger();
            if (p.value(u"id"_s).toString() == slot.value(u"providerId"_s).toString()) {
                takerListed = true;
                QVERIFY(p.value(u"dayCents"_s).toInteger() >= 6500);
                QVERIFY(p.value(u"weekGoalCents"_s).toInteger() > 0);
            }
        }
        QVERIFY2(takerListed, qPrintable(r.out));
        QCOMPARE(production.value(u"practice"_s).toObject().value(u"dayCents"_s).toInteger(), providersDay);
        r = as(u"manager"_s, {u"dashboard"_s, u"--data-dir"_s, dir, u"--from"_s, day, u"--days"_s, u"1"_s});
        QVERIFY2(r.out.contains(u"Scheduled production"_s) && r.out.contains(u"$"_s), qPrintable(r.out));
    }

    // Late patients, reschedule calls and confirmation calls, from a script.
    void runTheDayFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"officeday"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        Run r = as(u"frontdesk"_s, {u"noshow"_s, u"detect"_s, u"--data-dir"_s, dir, u"--json"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());

        // A cancelled visit: three new times, the message, then the patient takes the first.
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0300"_s);
        const Run booked = as(u"frontdesk"_s, bookArgs(dir, u"pt-0300"_s, slot));
        QCOMPARE(booked.code, 0);
        const QString id = QJsonDocument::fromJson(booked.out.toUtf8()).object().value(u"id"_s).toString();
        QCOMPARE(as(u"frontdesk"_s, {u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--reason"_s, u"patient"_s}).code,
                 0);
        r = as(u"frontdesk"_s, {u"noshow"_s, u"reschedule"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject proposal = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray options = proposal.value(u"options"_s).toArray();
        QVERIFY2(!options.isEmpty() && options.size() <= 3, qPrintable(r.out));
        QVERIFY(!proposal.value(u"message"_s).toString().isEmpty());
        QCOMPARE(as(u"frontdesk"_s, {u"noshow"_s, u"reschedule"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--outcome"_s,
                                     u"accepted"_s})
                         .code,
                 2); // which option?
        r = as(u"frontdesk"_s, {u"noshow"_s, u"reschedule"_s, u"--data-dir"_s, dir, u"--id"_s, id, u"--outcome"_s,
                                u"accepted"_s, u"--choice"_s, u"1"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject rebooked = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"booked"_s).toObject();
        QCOMPARE(rebooked.value(u"patientId"_s).toString(), u"pt-0300"_s);
        QCOMPARE(rebooked.value(u"start"_s).toString(), options.first().toObject().value(u"start"_s).toString());

        // The confirmation list of that day, and a call's outcome.
        const QString day = rebooked.value(u"start"_s).toString().left(10);
        r = as(u"frontdesk"_s, {u"confirmations"_s, u"list"_s, u"--data-dir"_s, dir, u"--from"_s, day, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        bool listed = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            listed = listed || v.toObject().value(u"id"_s).toString() == rebooked.value(u"id"_s).toString();
        QVERIFY(listed);
        QCOMPARE(as(u"frontdesk"_s, {u"confirmations"_s, u"record"_s, u"--data-dir"_s, dir, u"--id"_s,
                                     rebooked.value(u"id"_s).toString(), u"--state"_s, u"maybe"_s})
                         .code,
                 2);
        r = as(u"frontdesk"_s, {u"confirmations"_s, u"record"_s, u"--data-dir"_s, dir, u"--id"_s,
                                rebooked.value(u"id"_s).toString(), u"--state"_s, u"confirmed"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"status"_s).toString(), u"confirmed"_s);
        QCOMPARE(as(u"viewer"_s, {u"confirmations"_s, u"record"_s, u"--data-dir"_s, dir, u"--id"_s,
                                  rebooked.value(u"id"_s).toString(), u"--state"_s, u"declined"_s})
                         .code,
                 6);
    }

    // A series, a family and a provider's day away, from a script: all or none, as in the window.
    void seriesFamilyAndAwayFromTheCommandLine()
    {
        const QString dir = m_dir.filePath(u"together"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0300"_s);
        QVERIFY(!slot.isEmpty());
        const QDateTime start = QDateTime::fromString(slot.value(u"start"_s).toString(), u"yyyy-MM-ddTHH:mm"_s);
        const QString weekday = QLocale::c().dayName(start.date().dayOfWeek(), QLocale::ShortFormat).toLower();
        Run r = as(u"frontdesk"_s, {u"series"_s, u"book"_s, u"--data-dir"_s, dir, u"--patient"_s, u"pt-0300"_s,
                                    u"--type"_s, u"exam"_s, u"--provider"_s, slot.value(u"providerId"_s).toString(),
                                    u"--chair"_s, slot.value(u"chairId"_s).toString(), u"--first"_s,
                                    start.date().toString(Qt::ISODate), u"--time"_s, start.time().toString(u"HH:mm"_s),
                                    u"--days"_s, weekday, u"--count"_s, u"3"_s, u"--best"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray visits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY2(!visits.isEmpty() && visits.size() <= 3, qPrintable(r.out));
        QCOMPARE(visits.first().toObject().value(u"start"_s).toString(), slot.value(u"start"_s).toString());
        r = as(u"frontdesk"_s, {u"series"_s, u"cancel"_s, u"--data-dir"_s, dir, u"--id"_s,
                                visits.first().toObject().value(u"id"_s).toString(), u"--reason"_s, u"patient"_s,
                                u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), visits.size());

        r = as(u"frontdesk"_s, {u"family"_s, u"book"_s, u"--data-dir"_s, dir, u"--patients"_s, u"pt-0297,pt-0298"_s,
                                u"--types"_s, u"exam,exam"_s, u"--from"_s, start.date().toString(Qt::ISODate),
                                u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray family = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(family.size(), 2);
        QCOMPARE(family.at(0).toObject().value(u"patientId"_s).toString(), u"pt-0297"_s);
        QCOMPARE(family.at(1).toObject().value(u"patientId"_s).toString(), u"pt-0298"_s);
        QCOMPARE(as(u"frontdesk"_s, {u"family"_s, u"book"_s, u"--data-dir"_s, dir, u"--patients"_s, u"pt-0297"_s,
                                     u"--types"_s, u"exam,exam"_s, u"--from"_s, start.date().toString(Qt::ISODate)})
                         .code,
                 2);

        // The family's provider is away that day: proposals, then every visit moved.
        const QString provider = family.at(0).toObject().value(u"providerId"_s).toString();
        const QString day = family.at(0).toObject().value(u"start"_s).toString().left(10);
        QCOMPARE(as(u"viewer"_s, {u"away"_s, u"--data-dir"_s, dir, u"--provider"_s, provider, u"--date"_s, day,
                                  u"--mark"_s})
                         .code,
                 6);
        r = as(u"frontdesk"_s, {u"away"_s, u"--data-dir"_s, dir, u"--provider"_s, provider, u"--date"_s, day,
                                u"--mark"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject review = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(review.value(u"absent"_s).toBool());
        QStringList proposed;
        for (const QJsonValue &v : review.value(u"proposals"_s).toArray())
            proposed << v.toObject().value(u"appointmentId"_s).toString();
        QVERIFY(proposed.contains(family.at(0).toObject().value(u"id"_s).toString()));
        r = as(u"frontdesk"_s, {u"away"_s, u"--data-dir"_s, dir, u"--provider"_s, provider, u"--date"_s, day,
                                u"--apply"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            QVERIFY(v.toObject().value(u"providerId"_s).toString() != provider
                    || !v.toObject().value(u"start"_s).toString().startsWith(day));
        r = as(u"frontdesk"_s, {u"away"_s, u"--data-dir"_s, dir, u"--provider"_s, provider, u"--date"_s, day,
                                u"--back"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"absent"_s).toBool());
    }

    void concurrentBookingsOneWins()
    {
        const QString dir = m_dir.filePath(u"race"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, dir, u"--demo"_s}).code, 0);
        const QJsonObject slot = firstOpening(dir, u"exam"_s, u"pt-0297"_s);
        QVERIFY(!slot.isEmpty());
        constexpr int kProcesses = 16;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i) {
            auto p = std::make_unique<QProcess>();
            // Different patients, so the chair and the provider are what they compete for.
            p->start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s,
                     bookArgs(dir, u"pt-%1"_s.arg(200 + i, 4, 10, QLatin1Char('0')), slot)
                             << u"--user"_s << u"frontdesk"_s);
            p->write("chairside-demo\n");
            p->closeWriteChannel();
            processes.push_back(std::move(p));
        }
        int won = 0;
        int refused = 0;
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(120000));
            const int code = p->exitCode();
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            if (code == 0)
                ++won;
            else if (code == 3 && out.contains(u"\"refused\""_s))
                ++refused;
            else
                QFAIL(qPrintable(u"exit %1: %2 %3"_s.arg(code).arg(out, QString::fromUtf8(p->readAllStandardError()))));
        }
        QCOMPARE(won, 1);
        QCOMPARE(refused, kProcesses - 1);
        // The day shows the time taken once in that chair.
        const QString date = slot.value(u"start"_s).toString().left(10);
        const Run day = as(u"frontdesk"_s, {u"day"_s, u"--data-dir"_s, dir, u"--date"_s, date, u"--json"_s});
        int inChair = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(day.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"start"_s) == slot.value(u"start"_s) && o.value(u"chairId"_s) == slot.value(u"chairId"_s)
                && o.value(u"status"_s) != u"cancelled"_s)
                ++inChair;
        }
        QCOMPARE(inChair, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
