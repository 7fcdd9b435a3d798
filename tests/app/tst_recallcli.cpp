#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `chairside-cli recall list` run as a script would, against a practice whose recalls are
// dated from today (the suite also runs with the clock moved).
class TestRecallCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;
    QDate m_today;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s, args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    Run list(QStringList more = {})
    {
        return cli(QStringList{u"recall"_s, u"list"_s, u"--data-dir"_s, m_data} + more);
    }

    QStringList patientsIn(const Run &r)
    {
        QStringList out;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &v : o.value(u"recalls"_s).toArray())
            out << v.toObject().value(u"patientId"_s).toString();
        return out;
    }

    QString day(int offset) const { return m_today.addDays(offset).toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!chairside::test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        m_today = chairside::test::officeToday();
        m_data = m_dir.filePath(u"data"_s);
        QCOMPARE(cli({u"init"_s, u"--data-dir"_s, m_data}).code, 0);
        const QString json = QStringLiteral(R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Recall Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Hygiene 1" }, { "id": "c2", "name": "Hygiene 2" } ],
  "providers": [
    { "id": "hyg-a", "name": "Hana A, RDH", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "08:00", "end": "17:00" } ] },
    { "id": "hyg-b", "name": "Bo B, RDH", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "cleaning", "name": "Cleaning", "minutes": 60 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" }, { "id": "p2", "name": "Ben Soto" },
                { "id": "p3", "name": "Cy Booked" }, { "id": "p4", "name": "Di Later" } ],
  "appointments": [ { "id": "a1", "patientId": "p3", "typeId": "cleaning", "providerId": "hyg-a", "chairId": "c1",
                      "start": "%1T10:00" } ],
  "recallTypes": [ { "id": "prophy", "name": "Prophy", "kind": "prophy", "intervalMonths": 6,
                     "appointmentTypes": ["cleaning"] },
                   { "id": "perio", "name": "Perio maintenance", "kind": "perio_maintenance", "intervalMonths": 3,
                     "appointmentTypes": ["cleaning"] } ],
  "recalls": [
    { "patientId": "p1", "recallTypeId": "prophy", "due": "%2", "providerId": "hyg-a", "chairId": "c1" },
    { "patientId": "p2", "recallTypeId": "prophy", "due": "%3", "providerId": "hyg-b" },
    { "patientId": "p3", "recallTypeId": "prophy", "due": "%4", "providerId": "hyg-a" },
    { "patientId": "p4", "recallTypeId": "prophy", "due": "%5" } ]
})")
                                   .arg(day(5), day(-40), day(10), day(-3), day(100));
        QFile file(m_dir.filePath(u"practice.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json.toUtf8());
        file.close();
        const Run imported = cli({u"import"_s, u"--data-dir"_s, m_data, file.fileName()});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
    }

    void listsDuePatientsAsJsonWithIds()
    {
        const Run r = list({u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(patientsIn(r), (QStringList{u"p1"_s, u"p2"_s})); // p3 is booked, p4 not due
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"recalls"_s).toArray().at(0).toObject();
        QCOMPARE(first.value(u"due"_s).toString(), day(-40));
        QCOMPARE(first.value(u"standing"_s).toString(), u"overdue"_s);
        QCOMPARE(first.value(u"providerId"_s).toString(), u"hyg-a"_s);
        QCOMPARE(first.value(u"recallTypeId"_s).toString(), u"prophy"_s);
        QCOMPARE(patientsIn(list({u"--json"_s, u"--booked"_s})), (QStringList{u"p1"_s, u"p3"_s, u"p2"_s}));
    }

    void textModeSaysNamesAndLocaleDates()
    {
        const Run r = list();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Ana Ruiz"_s) && r.out.contains(u"Hana A, RDH"_s) && r.out.contains(u"Prophy"_s),
                 qPrintable(r.out));
        // LANG is en_US for the suite: month/day/year.
        const QString due = QLocale(u"en_US"_s).toString(m_today.addDays(-40), u"M/d/yyyy"_s);
        QVERIFY2(r.out.contains(due), qPrintable(r.out + u" / "_s + due));
        QVERIFY2(!r.out.contains(u"hyg-a"_s) && !r.out.contains(day(-40)), qPrintable(r.out));
    }

    void filters()
    {
        QCOMPARE(patientsIn(list({u"--json"_s, u"--provider"_s, u"Bo B, RDH"_s})), QStringList{u"p2"_s});
        QCOMPARE(patientsIn(list({u"--json"_s, u"--provider"_s, u"hyg-a"_s})), QStringList{u"p1"_s});
        QCOMPARE(patientsIn(list({u"--json"_s, u"--type"_s, u"perio maintenance"_s})), QStringList{});
        QCOMPARE(patientsIn(list({u"--json"_s, u"--from"_s, day(-20), u"--to"_s, day(200)})),
                 (QStringList{u"p2"_s, u"p4"_s}));
    }

    // The practice's window: a shorter one leaves Ben (due in 10 days) off the list.
    void settingsChangeTheWindow()
    {
        Run r = cli({u"recall"_s, u"settings"_s, u"--data-dir"_s, m_data, u"--soon-days"_s, u"5"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"soonDays"_s).toInt(), 5);
        QCOMPARE(patientsIn(list({u"--json"_s})), QStringList{u"p1"_s});
        r = cli({u"recall"_s, u"settings"_s, u"--data-dir"_s, m_data, u"--soon-days"_s, u"1000"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"0 to 365"_s), qPrintable(r.err));
        r = cli({u"recall"_s, u"settings"_s, u"--data-dir"_s, m_data, u"--freed-time"_s, u"maybe"_s});
        QCOMPARE(r.code, 2);
        QVERIFY(cli({u"recall"_s, u"settings"_s, u"--data-dir"_s, m_data, u"--soon-days"_s, u"30"_s}).code == 0);
        QCOMPARE(patientsIn(list({u"--json"_s})), (QStringList{u"p1"_s, u"p2"_s}));
    }

    void badInputIsNamed()
    {
        Run r = list({u"--from"_s, u"2026-02-30"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"--from \"2026-02-30\" is not a date"_s), qPrintable(r.err));
        r = list({u"--provider"_s, u"Dr. Nobody"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"There is no provider \"Dr. Nobody\""_s) && r.err.contains(u"Bo B, RDH"_s),
                 qPrintable(r.err));
        r = list({u"--type"_s, u"yearly"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"There is no recall type"_s), qPrintable(r.err));
        r = list({u"--from"_s, day(10), u"--to"_s, day(0)});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"before the start date"_s), qPrintable(r.err));
        QVERIFY(cli({u"help"_s}).out.contains(u"\n  recall list "_s));
    }
};

QTEST_GUILESS_MAIN(TestRecallCli)
#include "tst_recallcli.moc"
