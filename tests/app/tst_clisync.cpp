#include "testsupport.h"

#include "nexhealthsimulator.h"
#include "opendentalsimulator.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include <QSqlQuery>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// A practice whose visits fall on `firstDay` and the two days after it.
QByteArray practice(bool withAppointments, const QDate &firstDay)
{
    QByteArray appointments;
    if (withAppointments) {
        for (int i = 0; i < 12; ++i)
            appointments += QStringLiteral(R"({ "id": "a%1", "patientId": "p%2", "typeId": "exam", "providerId": "dr-a",
                "chairId": "c1", "start": "%3" },)")
                                    .arg(i)
                                    .arg(i % 3 + 1)
                                    .arg(test::localStamp(firstDay.addDays(i / 4), 9 + i % 4))
                                    .toUtf8();
        appointments.chop(1);
    }
    return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Sim Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz", "phone": "555-0101" }, { "id": "p2", "name": "Ben Ruiz" },
                { "id": "p3", "name": "Cy Doe" } ],
  "appointments": [ )" + appointments + R"( ]
})";
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// chairside-cli pms connect and sync, as a separate process, against the Open Dental
// simulator in this one (the event loop keeps serving while the CLI runs).
class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    pmssim::OpenDentalSimulator m_sim;
    // A Tuesday at least a week ahead: the practice's visits are on it and the two days after.
    const QDate m_tuesday = test::weekdayAhead(7, 2);

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s, args);
        p.write(input);
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(20);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // The sync state `day --json` reports for an appointment on the practice's days.
    QString syncStateOf(const QString &id)
    {
        for (int d = 0; d < 3; ++d) {
            const Run r = cli({u"day"_s, u"--data-dir"_s, m_dir.filePath(u"cache"_s), u"--date"_s,
                               m_tuesday.addDays(d).toString(Qt::ISODate), u"--json"_s});
            for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
                if (v.toObject().value(u"id"_s).toString() == id)
                    return v.toObject().value(u"syncState"_s).toString();
            }
        }
        return u"(not listed)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        QVERIFY(m_sim.loadPractice(practice(true, m_tuesday), &why));
        QVERIFY(m_sim.listen() != 0);
        QFile file(m_dir.filePath(u"practice.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(practice(false, m_tuesday));
        file.close();
        const QString data = m_dir.filePath(u"cache"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, data}).code, 0);
        QCOMPARE(cli({u"import"_s, u"--data-dir"_s, data, file.fileName()}).code, 0);
    }

    void refusesBadConnections()
    {
        const QString data = m_dir.filePath(u"cache"_s);
        Run r = cli({u"pms"_s, u"connect"_s, u"--data-dir"_s, data, u"--pms"_s, u"opendental"_s, u"--url"_s,
                     u"http://10.0.0.5:30222/api/v1"_s},
                    "dev/customer\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("localhost"));
        r = cli({u"pms"_s, u"connect"_s, u"--data-dir"_s, data, u"--pms"_s, u"opendental"_s, u"--url"_s, m_sim.baseUrl()},
                "no-slash-here\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("DEVELOPERKEY/CUSTOMERKEY"));
        r = cli({u"pms"_s, u"connect"_s, u"--data-dir"_s, data, u"--pms"_s, u"opendental"_s, u"--url"_s, m_sim.baseUrl(),
                 u"--rate"_s, u"lots"_s},
                "dev/customer\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--rate"));
        r = cli({u"pms"_s, u"connect"_s, u"--data-dir"_s, data, u"--pms"_s, u"practicemaster"_s, u"--url"_s,
                 m_sim.baseUrl()},
                "dev/customer\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("opendental, dentrix, eaglesoft"));
        r = cli({u"sync"_s, u"--data-dir"_s, data});
        QCOMPARE(r.code, 2); // not connected yet
        QVERIFY(r.err.contains("pms connect"));
    }

    // Through NexHealth: the subdomain and location are asked for, the location's time zone
    // must be the practice's, and a new cache takes NexHealth's name and zone for the practice.
    void connectsThroughNexHealth()
    {
        pmssim::NexHealthSimulator nex;
        QString why;
        QVERIFY(nex.loadPractice(practice(true, m_tuesday), &why));
        QVERIFY(nex.listen() != 0);
        const QString data = m_dir.filePath(u"nexcache"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, data}).code, 0);
        const QStringList connect{u"pms"_s, u"connect"_s, u"--data-dir"_s, data, u"--pms"_s, u"nexhealth"_s, u"--url"_s,
                                  nex.baseUrl()};
        Run r = cli(connect + QStringList{u"--subdomain"_s, u"sim-dental"_s}, "nexkey\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--location-id"), r.err.constData());
        r = cli(connect + QStringList{u"--subdomain"_s, u"other-practice"_s, u"--location-id"_s, u"101"_s}, "nexkey\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("other-practice"), r.err.constData());
        r = cli(connect + QStringList{u"--subdomain"_s, u"sim-dental"_s, u"--location-id"_s, u"999"_s}, "nexkey\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("location 999"), r.err.constData());
        r = cli(connect + QStringList{u"--subdomain"_s, u"sim-dental"_s, u"--location-id"_s, u"101"_s}, "wrong-key\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("API key"), r.err.constData());
        r = cli(connect + QStringList{u"--subdomain"_s, u"sim-dental"_s, u"--location-id"_s, u"101"_s, u"--time-zone"_s,
                                      u"America/Denver"_s, u"--practice-name"_s, u"Sim Dental"_s},
                "nexkey\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("America/Chicago") && r.err.contains("America/Denver"), r.err.constData());
        QVERIFY(!test::allBytesUnder(data).contains("nexkey"));

        r = cli(connect + QStringList{u"--subdomain"_s, u"sim-dental"_s, u"--location-id"_s, u"101"_s, u"--json"_s},
                "nexkey\n");
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"inserted"_s).toInt(), 12);
        QVERIFY(o.value(u"complete"_s).toBool());
        QVERIFY(!test::allBytesUnder(data).contains("nexkey"));
        QVERIFY(!r.out.contains("nexkey") && !r.err.contains("nexkey"));
        // The practice took NexHealth's name and zone: its visits show on their local days.
        r = cli({u"day"_s, u"--data-dir"_s, data, u"--date"_s, m_tuesday.toString(Qt::ISODate), u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4);
        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(u"complete"_s).toBool());
    }

    void connectsPullsAndPushes()
    {
        const QString data = m_dir.filePath(u"cache"_s);
        Run r = cli({u"pms"_s, u"connect"_s, u"--data-dir"_s, data, u"--pms"_s, u"opendental"_s, u"--url"_s,
                     m_sim.baseUrl(), u"--json"_s},
                    "dev/customer\n");
        QVERIFY2(r.code == 0, r.err.constData());
        // Not a terminal: a line per step of the first sync, on stderr (stdout stays JSON).
        QVERIFY2(r.err.contains("Reading chairs, providers and appointment types"), r.err.constData());
        QVERIFY2(r.err.contains("Reading appointments"), r.err.constData());
        QCOMPARE(r.err.count("Reading appointments"), 1);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"inserted"_s).toInt(), 12);
        QCOMPARE(o.value(u"linked"_s).toInt(), 2 + 1 + 1 + 3);
        QVERIFY(o.value(u"complete"_s).toBool());
        // The keys went to the keychain, not the cache or the output.
        QVERIFY(!test::allBytesUnder(data).contains("customer"));
        QVERIFY(!r.out.contains("customer"));
        // Connecting and the linking it did are on the record.
        {
            chairside::store::KeychainCacheKeyStore keys;
            auto opened = chairside::store::Cache::open(data, keys, chairside::store::Cache::OpenMode::OpenExisting);
            QVERIFY(opened.cache);
            QSqlQuery q(opened.cache->database());
            QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'pms-connect'"_s) && q.next());
            QVERIFY2(q.value(0).toString().startsWith(u"opendental host="_s), qPrintable(q.value(0).toString()));
            // One entry a unit written: the reference data, then each page of patients.
            QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'pms-link' ORDER BY rowid"_s));
            QStringList details;
            while (q.next())
                details << q.value(0).toString();
            QCOMPARE(details, QStringList({u"opendental links=4"_s, u"opendental links=3"_s}));
        }

        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--status"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"waiting"_s).toInt(), 0);

        // Booked here: waiting until the next sync, then on the PMS once.
        r = cli({u"book"_s, u"--data-dir"_s, data, u"--patient"_s, u"p1"_s, u"--type"_s, u"exam"_s, u"--provider"_s,
                 u"dr-a"_s, u"--chair"_s, u"c2"_s, u"--start"_s, test::localStamp(m_tuesday, 15), u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString booked = QJsonDocument::fromJson(r.out).object().value(u"id"_s).toString();
        QCOMPARE(syncStateOf(booked), u"pending"_s);
        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--status"_s});
        QCOMPARE(r.code, 5);
        QVERIFY(r.out.contains("1 change(s) waiting"));
        const qsizetype before = m_sim.appointments().size();
        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--once"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"pushed"_s).toInt(), 1);
        QCOMPARE(m_sim.appointments().size(), before + 1);
        QCOMPARE(syncStateOf(booked), u"synced"_s); // the PMS acknowledged it
        QCOMPARE(cli({u"sync"_s, u"--data-dir"_s, data, u"--status"_s}).code, 0);

        // The PMS is down: the sync says so and exits 5; nothing is lost.
        pmssim::OpenDentalSimulator::Faults down;
        down.unavailable = 100000;
        m_sim.setFaults(down);
        r = cli({u"sync"_s, u"--data-dir"_s, data});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("trying again later") || r.err.contains("did not answer"), r.err.constData());
        m_sim.setFaults({});
    }

    // A booking the PMS refuses shows in `sync --status` as an issue, and is resolved there.
    void listsAndResolvesSyncIssues()
    {
        const QString data = m_dir.filePath(u"cache"_s);
        Run r = cli({u"book"_s, u"--data-dir"_s, data, u"--patient"_s, u"p3"_s, u"--type"_s, u"exam"_s, u"--provider"_s,
                     u"dr-a"_s, u"--chair"_s, u"c1"_s, u"--start"_s, test::localStamp(m_tuesday.addDays(1), 15)});
        QVERIFY2(r.code == 0, r.err.constData());
        // Meanwhile the practice's own desk fills that chair at that time.
        pmssim::PmsSimulator::Appointment theirs;
        theirs.patNum = m_sim.patientFor(u"p2"_s);
        theirs.op = m_sim.operatoryFor(u"c1"_s);
        theirs.provNum = m_sim.providerFor(u"dr-a"_s);
        theirs.typeNum = 1;
        theirs.start = QDateTime(m_tuesday.addDays(1), QTime(15, 0), QTimeZone("America/Chicago"));
        theirs.pattern = u"XXXXXX"_s;
        QVERIFY(m_sim.bookOnServer(theirs) != 0);
        QCOMPARE(cli({u"sync"_s, u"--data-dir"_s, data}).code, 5);
        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--status"_s});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.out.contains("1 conflict(s)") && r.out.contains("issue 1:") && r.out.contains("not on the practice"),
                 r.out.constData());
        QVERIFY(!r.out.contains("Cy Doe")); // ids, not names
        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--status"_s, u"--json"_s});
        const QJsonArray issues = QJsonDocument::fromJson(r.out).object().value(u"issues"_s).toArray();
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().toObject().value(u"operation"_s).toString(), u"create"_s);
        QCOMPARE(cli({u"sync"_s, u"--data-dir"_s, data, u"--take-theirs"_s, u"7"_s}).code, 2); // no such issue
        r = cli({u"sync"_s, u"--data-dir"_s, data, u"--take-theirs"_s, u"1"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(cli({u"sync"_s, u"--data-dir"_s, data, u"--status"_s}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
