#include "testsupport.h"
#include "faketwilio.h"

#include "domain/clock.h"
#include "domain/messaging.h"
#include "services/practicecache.h"
#include "store/cache.h"
#include "store/messagerepository.h"
#include "store/writeguard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Worker Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. A", "role": "dentist", "maxDailyPatients": 20,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30 } ],
  "patients": [ { "id": "ana", "name": "Ana Ruiz", "phone": "512-555-0101", "contact": { "preferred": "sms" } } ]
})";

const QString kFrom = u"+15125550100"_s;
const QString kSid = u"ACcli"_s + QString(29, u'0');

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// chairside-cli messaging and worker as separate processes against a loopback Twilio fake in
// this one: the commands' checks, a worker killed between Twilio's acceptance and its own
// record (again and again) that never sends twice, and two workers on one practice.
class TestMessagingCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    msgsim::FakeTwilio m_twilio{kSid, u"token"_s};
    QString data() const { return m_dir.filePath(u"cache"_s); }

    QString cliPath() const { return qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s; }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(cliPath(), args);
        p.write(input);
        p.closeWriteChannel();
        QElapsedTimer t;
        t.start();
        while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
            QTest::qWait(10);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // Queues `count` texts to distinct numbers, as reminders due now.
    QStringList queue(int count, int firstNumber)
    {
        SystemClock clock;
        PracticeCache::Opened opened = PracticeCache::open(data(), PracticeCache::Mode::OpenExisting, clock);
        if (!opened.cache)
            return {};
        QStringList numbers;
        store::WriteGuard unit(opened.cache->store());
        store::MessageRepository repo(unit.database());
        QSqlError e;
        for (int i = 0; i < count; ++i) {
            OutgoingMessage m;
            m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m.patientId = u"ana"_s;
            m.purpose = ContactPurpose::Reminder;
            m.recipient = u"+1512555%1"_s.arg(firstNumber + i, 4, 10, QLatin1Char('0'));
            m.body = u"Reminder %1"_s.arg(i);
            m.language = u"en"_s;
            m.notBeforeUtc = clock.nowUtc().addSecs(-60);
            m.createdUtc = clock.nowUtc().addSecs(-60);
            if (!repo.enqueue(m, &e))
                return {};
            numbers << m.recipient;
        }
        return unit.commit(&e) ? numbers : QStringList();
    }

    // How many of `numbers` got exactly one text, and the most any got.
    std::pair<int, int> deliveries(const QStringList &numbers)
    {
        int once = 0, most = 0;
        for (const QString &n : numbers) {
            const int got = int(m_twilio.sentTo(n).size());
            once += got == 1 ? 1 : 0;
            most = std::max(most, got);
        }
        return {once, most};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        m_twilio.addNumber(kFrom);
        QVERIFY(m_twilio.listen());
        QFile file(m_dir.filePath(u"practice.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPractice);
        file.close();
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, data()}).code, 0);
        QCOMPARE(cli({u"import"_s, u"--data-dir"_s, data(), file.fileName()}).code, 0);
    }

    void refusesBadSettings()
    {
        Run r = cli({u"messaging"_s, u"connect"_s, u"--data-dir"_s, data(), u"--sms"_s, u"twilio"_s, u"--url"_s,
                     u"http://api.twilio.example"_s, u"--from"_s, kFrom},
                    (kSid + u"\ntoken\n"_s).toUtf8());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("https"), r.err.constData());
        r = cli({u"messaging"_s, u"connect"_s, u"--data-dir"_s, data(), u"--sms"_s, u"twilio"_s, u"--url"_s,
                 m_twilio.baseUrl(), u"--from"_s, kFrom},
                "not-a-sid\ntoken\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("AC"), r.err.constData());
        r = cli({u"messaging"_s, u"connect"_s, u"--data-dir"_s, data(), u"--sms"_s, u"twilio"_s, u"--url"_s,
                 m_twilio.baseUrl(), u"--from"_s, u"555"_s},
                (kSid + u"\ntoken\n"_s).toUtf8());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("+15125550100"), r.err.constData());
        r = cli({u"messaging"_s, u"quiet-hours"_s, u"--data-dir"_s, data(), u"25:00-08:00"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("20:00-08:00"), r.err.constData());
    }

    void connectsAndReports()
    {
        Run r = cli({u"messaging"_s, u"connect"_s, u"--data-dir"_s, data(), u"--sms"_s, u"twilio"_s, u"--url"_s,
                     m_twilio.baseUrl(), u"--from"_s, u"(512) 555-0100"_s},
                    (kSid + u"\ntoken\n"_s).toUtf8());
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains("token"));
        r = cli({u"messaging"_s, u"quiet-hours"_s, u"--data-dir"_s, data(), u"off"_s});
        QCOMPARE(r.code, 0);
        r = cli({u"messaging"_s, u"status"_s, u"--data-dir"_s, data(), u"--json"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s.value(u"sms"_s).toObject().value(u"from"_s).toString(), kFrom);
        QCOMPARE(s.value(u"quietHours"_s).toString(), u"off"_s);
        r = cli({u"messaging"_s, u"status"_s, u"--data-dir"_s, data()});
        QVERIFY2(r.out.contains("(512) 555-0100"), r.out.constData());
        QVERIFY(r.out.contains("Quiet hours: none"));
    }

    // Twilio takes each text, then the worker is killed before it hears so: the next worker
    // finds the text at Twilio and records it; none goes twice.
    void aWorkerKilledAfterTheProviderTookATextNeverSendsItAgain()
    {
        const QStringList numbers = queue(60, 2000);
        QCOMPARE(numbers.size(), 60);
        int kills = 0;
        QProcess *running = nullptr;
        m_twilio.onAccepted = [&](const QJsonObject &) {
            if (running && running->state() != QProcess::NotRunning) {
                running->kill();
                ++kills;
            }
        };
        for (int runs = 0; runs < 200 && m_twilio.accepted() < 60; ++runs) {
            QProcess p;
            running = &p;
            p.start(cliPath(), {u"worker"_s, u"--data-dir"_s, data(), u"--once"_s, u"--sms-rate"_s, u"6000"_s});
            QElapsedTimer t;
            t.start();
            while (p.state() != QProcess::NotRunning && t.elapsed() < 60000)
                QTest::qWait(5);
            running = nullptr;
        }
        m_twilio.onAccepted = nullptr;
        QVERIFY2(kills >= 50, qPrintable(QString::number(kills)));
        // One more pass records the last one.
        const Run r = cli({u"worker"_s, u"--data-dir"_s, data(), u"--once"_s, u"--sms-rate"_s, u"6000"_s, u"--json"_s});
        QCOMPARE(r.code, 0);
        const auto [once, most] = deliveries(numbers);
        QCOMPARE(most, 1);
        QCOMPARE(once, 60);
        const QJsonObject status = QJsonDocument::fromJson(
                cli({u"messaging"_s, u"status"_s, u"--data-dir"_s, data(), u"--json"_s}).out).object();
        QCOMPARE(status.value(u"messages"_s).toObject().value(u"accepted"_s).toInt(), 60);
    }

    // Two workers run side by side on one practice: every text goes once.
    void twoWorkersNeverDoubleSend()
    {
        const QStringList numbers = queue(40, 3000);
        QCOMPARE(numbers.size(), 40);
        const int before = m_twilio.accepted();
        QProcess a, b;
        const QStringList args{u"worker"_s, u"--data-dir"_s, data(), u"--interval"_s, u"1"_s, u"--sms-rate"_s, u"600"_s};
        a.start(cliPath(), args);
        b.start(cliPath(), args);
        QElapsedTimer t;
        t.start();
        while (m_twilio.accepted() - before < 40 && t.elapsed() < 60000)
            QTest::qWait(20);
        QTest::qWait(1500); // a pass of the second worker after the last send
        a.terminate();
        b.terminate();
        QVERIFY(a.waitForFinished(10000) || a.state() == QProcess::NotRunning);
        QVERIFY(b.waitForFinished(10000) || b.state() == QProcess::NotRunning);
        const auto [once, most] = deliveries(numbers);
        QCOMPARE(most, 1);
        QCOMPARE(once, 40);
        QCOMPARE(m_twilio.accepted() - before, 40);
    }
};

QTEST_GUILESS_MAIN(TestMessagingCli)
#include "tst_messagingcli.moc"
