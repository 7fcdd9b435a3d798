#include "sync/ratelimiter.h"
#include "sync/retrypolicy.h"
#include "sync/syncrun.h"
#include "translations/language.h"
#include "sync/transportpolicy.h"

#include <QTest>

using namespace chairside::sync;

class TestSyncPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What a person watching a long first sync reads.
    void progressInWords()
    {
        QString error;
        QVERIFY2(chairside::language::use(QStringLiteral("en"), &error), qPrintable(error)); // English plurals
        SyncProgress p;
        p.phase = SyncProgress::Phase::Appointments;
        QCOMPARE(p.describe(), QStringLiteral("Reading appointments…"));
        p.pages = 3;
        p.records = 300;
        QCOMPARE(p.describe(), QStringLiteral("Reading appointments: 300 so far")); // the PMS gives no total
        p.pagesLeft = 197;
        p.secondsLeft = 197;
        QCOMPARE(p.describe(), QStringLiteral("Reading appointments: 300 so far, 197 pages left, about 4 min left"));
        p.pagesLeft = 1;
        p.secondsLeft = 1;
        QCOMPARE(p.describe(), QStringLiteral("Reading appointments: 300 so far, 1 page left, under a minute left"));
        p.phase = SyncProgress::Phase::Sending;
        QCOMPARE(p.describe(), QStringLiteral("Sending this desk's changes…"));
    }

    void bucketAllowsTheBurstThenTheRate()
    {
        RateLimiter limiter(60, 5); // five at once, then 55 a minute: never more than 60 in a minute
        qint64 now = 1000;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(limiter.waitMs(now), 0);
            limiter.take(now);
        }
        QCOMPARE(limiter.waitMs(now), 1091); // 60000 / 55, rounded up
        now += 400;
        QCOMPARE(limiter.waitMs(now), 691);
        now += 691;
        QCOMPARE(limiter.waitMs(now), 0);
        limiter.take(now);
        QCOMPARE(limiter.waitMs(now), 1091);
        // A long quiet spell refills to the burst, not beyond.
        now += 3600000;
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(limiter.waitMs(now), 0);
            limiter.take(now);
        }
        QVERIFY(limiter.waitMs(now) > 0);
    }

    // No 60-second window ever holds more than the limit (so a server counting per minute
    // never answers 429), and an hour of calls gets at least 98% of it.
    void bucketHoldsTheRateOverAnHour()
    {
        RateLimiter limiter(600, 10);
        qint64 now = 0;
        QList<qint64> sentAt;
        while (now < 3600000) {
            const qint64 wait = limiter.waitMs(now);
            if (wait == 0) {
                limiter.take(now);
                sentAt.append(now);
            } else {
                now += wait;
            }
        }
        qsizetype first = 0;
        for (qsizetype i = 0; i < sentAt.size(); ++i) {
            while (sentAt.at(first) <= sentAt.at(i) - 60000)
                ++first;
            QVERIFY2(i - first + 1 <= 600, qPrintable(QString::number(i - first + 1)));
        }
        QVERIFY2(sentAt.size() <= 600 * 60, qPrintable(QString::number(sentAt.size())));
        QVERIFY2(sentAt.size() >= 600 * 60 * 0.98, qPrintable(QString::number(sentAt.size())));
    }

    void retryAfterClosesTheBucket()
    {
        RateLimiter limiter(6000, 50);
        limiter.holdOff(10000, 30000);
        QCOMPARE(limiter.waitMs(10000), 30000);
        QCOMPARE(limiter.waitMs(39999), 1);
        // It reopens empty: one request's worth of refill later, not a burst of fifty.
        QCOMPARE(limiter.waitMs(40000), 11); // one request's worth at 5,950 a minute
        QCOMPARE(limiter.waitMs(40011), 0);
        limiter.take(40011);
        QVERIFY(limiter.waitMs(40011) > 0);
        // A shorter Retry-After never shortens a longer one already given.
        limiter.holdOff(50000, 20000);
        limiter.holdOff(50000, 5000);
        QCOMPARE(limiter.waitMs(50000), 20000);
    }

    void backoffGrowsWithJitterAndStops()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delayBeforeRetry(1, 0.0).value(), 2000);
        QCOMPARE(policy.delayBeforeRetry(1, 0.999).value() / 100, 39);
        QCOMPARE(policy.delayBeforeRetry(2, 0.0).value(), 4000);
        QVERIFY(policy.delayBeforeRetry(2, 0.5).value() >= 4000 && policy.delayBeforeRetry(2, 0.5).value() <= 8000);
        QVERIFY(!policy.delayBeforeRetry(3, 0.5)); // three tries in all
        QVERIFY(!policy.delayBeforeRetry(0, 0.5));
        // The cap holds for long runs.
        RetryPolicy many;
        many.tries = 20;
        QVERIFY(many.delayBeforeRetry(15, 0.999).value() <= 60000);
        // Retry-After wins when it asks for longer.
        QCOMPARE(policy.delayBeforeRetry(1, 0.0, qint64(45000)).value(), 45000);
        QCOMPARE(policy.delayBeforeRetry(1, 0.0, qint64(10)).value(), 2000);
    }

    void entryBackoffDoublesUpToAnHour()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.entryBackoffMs(0), 0);
        QCOMPARE(policy.entryBackoffMs(1), 60000);
        QCOMPARE(policy.entryBackoffMs(2), 120000);
        QCOMPARE(policy.entryBackoffMs(6), 1920000);
        QCOMPARE(policy.entryBackoffMs(7), 3600000);
        QCOMPARE(policy.entryBackoffMs(40), 3600000);
    }

    void retryableStatuses()
    {
        for (int s : {0, 408, 429, 500, 502, 503, 504})
            QVERIFY2(isRetryableStatus(s), qPrintable(QString::number(s)));
        for (int s : {200, 201, 400, 401, 403, 404, 409, 422, 501, 505})
            QVERIFY2(!isRetryableStatus(s), qPrintable(QString::number(s)));
    }

    void onlyHttpsLeavesTheMachine_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("remote https") << QStringLiteral("https://api.opendental.com/api/v1") << true;
        QTest::newRow("local api service") << QStringLiteral("http://localhost:30222/api/v1") << true;
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:30222/api/v1") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/") << true;
        QTest::newRow("lan http") << QStringLiteral("http://192.168.1.20:30222/api/v1") << false;
        QTest::newRow("remote http") << QStringLiteral("http://api.opendental.com/api/v1") << false;
        QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.example.com/") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://files.example.com/") << false;
        QTest::newRow("no host") << QStringLiteral("https:///api") << false;
        QTest::newRow("nonsense") << QStringLiteral("not a url") << false;
    }

    void onlyHttpsLeavesTheMachine()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString why = checkPmsUrl(QUrl(url));
        QCOMPARE(why.isEmpty(), allowed);
    }

    void secretsNeverReachTheLog()
    {
        const Headers headers = {{"Authorization", "ODFHIR dev-key/customer-key"},
                                 {"x-api-key", "k-123"},
                                 {"Content-Type", "application/json"},
                                 {"Set-Cookie", "session=abc"}};
        const Headers shown = redactedHeaders(headers);
        QCOMPARE(shown.size(), 4);
        QCOMPARE(shown.at(0).second, QByteArray("[redacted]"));
        QCOMPARE(shown.at(1).second, QByteArray("[redacted]"));
        QCOMPARE(shown.at(2).second, QByteArray("application/json"));
        QCOMPARE(shown.at(3).second, QByteArray("[redacted]"));

        // Plain literals: moc reads "//" inside a raw string as a comment.
        const QByteArray soap =
                "<?xml version=\"1.0\"?>\n"
                "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:es=\"http://eaglesoft.com/\">"
                "<soap:Header><es:AuthHeader><es:Username>frontdesk</es:Username>"
                "<es:Password>s3cr&amp;t</es:Password></es:AuthHeader></soap:Header>"
                "<soap:Body><es:ListAppointments><es:From>2026-11-24</es:From></es:ListAppointments></soap:Body>"
                "</soap:Envelope>";
        const QByteArray logged = redactedSoap(soap);
        QVERIFY(!logged.contains("s3cr"));
        QVERIFY(logged.contains("[redacted]"));
        QVERIFY(logged.contains("frontdesk"));
        QVERIFY(logged.contains("2026-11-24"));
        QCOMPARE(redactedSoap("<a><Password>x"), QByteArray("[not XML; not logged]"));
    }
};

QTEST_GUILESS_MAIN(TestSyncPolicy)
#include "tst_syncpolicy.moc"
