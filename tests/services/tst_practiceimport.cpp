#include "testsupport.h"

#include "domain/clock.h"
#include "services/demopractice.h"
#include "services/practiceimportservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/practicerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

QJsonObject validDocument()
{
    return QJsonDocument::fromJson(R"({
      "format": "chairside-practice/1",
      "practice": { "name": "Import Dental", "timeZone": "America/New_York", "gridMinutes": 15,
                    "chairTurnoverMinutes": 10 },
      "clinics": [ { "id": "north", "name": "North" } ],
      "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard", "xray"], "clinicId": "north" },
                  { "id": "c2", "name": "Chair 2" } ],
      "providers": [
        { "id": "p1", "name": "Dr. One", "role": "dentist", "skills": ["general"], "color": "#112233",
          "maxDailyPatients": 12, "bufferMinutes": 5, "dailyGoal": 4250.5,
          "hours": [ { "days": ["mon", "tue"], "start": "08:00", "end": "12:00", "chairs": ["c1"] },
                     { "days": ["mon"], "start": "13:00", "end": "17:00", "types": ["exam"] } ],
          "breaks": [ { "days": ["mon"], "start": "10:00", "end": "10:15", "label": "Coffee" } ],
          "overrides": [ { "date": "2026-12-24", "closed": true },
                         { "date": "2026-12-26", "hours": [ { "start": "09:00", "end": "11:00" } ] } ] },
        { "id": "h1", "name": "Hygienist", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 8,
          "hours": [ { "days": ["wed"], "start": "07:00", "end": "15:00" } ] } ],
      "appointmentTypes": [
        { "id": "exam", "name": "Exam", "minutes": 30, "pattern": "/XXXX/", "skill": "general", "complexity": 1,
          "fee": 19.99 },
        { "id": "crown", "name": "Crown", "minutes": 90, "minMinutes": 60, "maxMinutes": 120,
          "equipment": ["xray"], "complexity": 3, "minLeadHours": 24, "maxAdvanceDays": 180, "fee": 1200 } ],
      "patients": [
        { "id": "pt1", "name": "Ana Ruiz", "phone": "555-0100", "email": "ana@example.com", "language": "es",
          "familyId": "f1", "contact": { "preferred": "sms", "doNotContact": false },
          "preferences": { "timeOfDay": "morning", "days": ["tue"], "providerId": "p1" } },
        { "id": "pt2", "name": "Ben Ruiz", "familyId": "f1" } ],
      "appointments": [
        { "id": "a1", "patientId": "pt1", "typeId": "exam", "providerId": "p1", "chairId": "c1",
          "start": "2026-11-23T09:00", "status": "confirmed", "notes": "Prefers mornings" },
        { "id": "a2", "patientId": "pt2", "typeId": "crown", "providerId": "p1", "chairId": "c1",
          "start": "2026-11-24T08:00", "minutes": 120 } ],
      "blocks": [ { "id": "b1", "start": "2026-11-25T08:00", "end": "2026-11-25T09:00", "label": "Staff meeting" },
                  { "id": "b2", "chairId": "c2", "start": "2026-11-25T13:00", "end": "2026-11-25T14:00" } ],
      "waitlist": [ { "id": "w1", "patientId": "pt2", "typeId": "crown", "providerId": "p1",
                      "earliest": "2026-11-23", "latest": "2026-12-31", "urgency": 8, "since": "2026-11-01T10:00" } ]
    })").object();
}

// Sets a value at a simple path like "providers[0].hours[0].start" (creating nothing).
void setAt(QJsonObject &root, const QString &path, const QJsonValue &value);

QJsonValue setIn(const QJsonValue &node, QStringList parts, const QJsonValue &value)
{
    const QString head = parts.takeFirst();
    const int bracket = int(head.indexOf(u'['));
    const QString key = bracket < 0 ? head : head.left(bracket);
    QJsonObject obj = node.toObject();
    if (bracket < 0) {
        if (parts.isEmpty()) {
            if (value.isUndefined())
                obj.remove(key);
            else
                obj.insert(key, value);
        } else {
            obj.insert(key, setIn(obj.value(key), parts, value));
        }
        return obj;
    }
    const int index = head.mid(bracket + 1, head.size() - bracket - 2).toInt();
    QJsonArray array = obj.value(key).toArray();
    array[index] = parts.isEmpty() ? value : setIn(array.at(index), parts, value);
    obj.insert(key, array);
    return obj;
}

void setAt(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    root = setIn(root, path.split(u'.'), value).toObject();
}

} // namespace

class TestPracticeImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::KeychainCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(14, 30), Qt::UTC)};
    UserSession m_session{u"tester"_s, u"s1"_s, u"ws1"_s};

    std::unique_ptr<store::Cache> freshCache()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        auto opened = store::Cache::open(dir->path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        m_dirs.push_back(std::move(dir));
        return std::move(opened.cache);
    }
    std::vector<std::unique_ptr<QTemporaryDir>> m_dirs;

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
    }

    void validFileRoundTrips()
    {
        auto cache = freshCache();
        QVERIFY(cache);
        PracticeImportService importer(*cache, m_clock);
        const auto outcome = importer.importDocument(QJsonDocument(validDocument()).toJson(), m_session);
        QVERIFY2(outcome.ok(), outcome.issues.isEmpty() ? qPrintable(outcome.storeError)
                                                        : qPrintable(outcome.issues.constFirst().toString()));
        QCOMPARE(outcome.appointments, 2);

        store::PracticeRepository repo(cache->database());
        const Practice practice = *repo.practice();
        QCOMPARE(practice.timeZoneId, QByteArray("America/New_York"));
        QCOMPARE(practice.gridMinutes, 15);
        QCOMPARE(practice.chairTurnoverMinutes, 10);
        QCOMPARE(practice.providerBufferMinutes, 10); // default
        const QList<Provider> providers = repo.providers();
        QCOMPARE(providers.size(), 2);
        const Provider &p1 = providers.constFirst();
        QCOMPARE(p1.bufferMinutes, std::optional<int>(5));
        QCOMPARE(p1.maxDailyComplexity, std::optional<int>());
        QCOMPARE(p1.hours.size(), 2);
        QCOMPARE(p1.hours.at(0).span.chairIds, QStringList{u"c1"_s});
        QCOMPARE(p1.hours.at(1).span.typeIds, QStringList{u"exam"_s});
        QVERIFY(p1.hours.at(0).days.contains(Qt::Tuesday));
        QCOMPARE(p1.breaks.constFirst().startMinute, 10 * 60);
        QCOMPARE(p1.overrides.size(), 2);
        QVERIFY(p1.overrides.at(0).closed);
        QCOMPARE(p1.overrides.at(1).spans.constFirst().endMinute, 11 * 60);
        const QList<AppointmentType> types = repo.appointmentTypes();
        QCOMPARE(types.at(1).minMinutes, 60);
        QCOMPARE(types.at(0).complexity, 1);
        QCOMPARE(types.at(1).maxAdvanceDays, 180);
        // Money as whole cents, exactly as written: 19.99 is not 1998.999… cents.
        QCOMPARE(types.at(0).feeCents, qint64(1999));
        QCOMPARE(types.at(1).feeCents, qint64(120000));
        QCOMPARE(p1.dailyGoalCents, qint64(425050));
        QCOMPARE(providers.at(1).dailyGoalCents, qint64(0)); // none set
        const QList<Patient> patients = repo.patients();
        QCOMPARE(patients.constFirst().preferredTimeOfDay, TimeOfDay::Morning);
        QCOMPARE(patients.constFirst().preferredContact, ContactChannel::Sms);
        QCOMPARE(patients.constFirst().language, u"es"_s);
        QCOMPARE(repo.waitlist().constFirst().urgency, 8);
        QCOMPARE(repo.blocksBetween(QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC),
                                    QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC))
                         .size(),
                 2);

        store::AppointmentRepository appointments(cache->database());
        const auto day = appointments.day(QDate(2026, 11, 24), practice.timeZone());
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.constFirst().appointment.minutes, 120); // explicit length wins over the type's
        QCOMPARE(day.constFirst().appointment.startUtc, QDateTime(QDate(2026, 11, 24), QTime(13, 0), Qt::UTC));
        const auto a1 = appointments.find(u"a1"_s);
        QCOMPARE(a1->minutes, 30); // the type's length
        QCOMPARE(a1->status, AppointmentStatus::Confirmed);

        // Importing again updates by id: nothing doubles, versions rise.
        QVERIFY(importer.importDocument(QJsonDocument(validDocument()).toJson(), m_session).ok());
        QCOMPARE(appointments.count(), 2);
        QCOMPARE(appointments.find(u"a1"_s)->version, 2);
        QCOMPARE(repo.providers().constFirst().hours.size(), 2);
    }

    void invalidFileReportsPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("hour past midnight") << u"providers[1].hours[0].start"_s << QJsonValue(u"25:00"_s)
                                            << u"providers[1].hours[0].start: \"25:00\" is not a time of day"_s;
        QTest::newRow("format") << u"format"_s << QJsonValue(u"chairside-practice/9"_s) << u"format: "_s;
        QTest::newRow("zone") << u"practice.timeZone"_s << QJsonValue(u"Mars/Olympus"_s)
                              << u"practice.timeZone: \"Mars/Olympus\" is not a known IANA time zone"_s;
        QTest::newRow("grid") << u"practice.gridMinutes"_s << QJsonValue(7) << u"practice.gridMinutes: 7 is not a grid step"_s;
        QTest::newRow("unknown chair in hours") << u"providers[0].hours[0].chairs[0]"_s << QJsonValue(u"c9"_s)
                                                << u"providers[0].hours[0].chairs[0]: \"c9\" is not a known chair"_s;
        QTest::newRow("end before start") << u"providers[0].hours[0].end"_s << QJsonValue(u"07:00"_s)
                                          << u"providers[0].hours[0].end: ends at or before its start"_s;
        QTest::newRow("bad weekday") << u"providers[0].breaks[0].days[0]"_s << QJsonValue(u"monday"_s)
                                     << u"providers[0].breaks[0].days[0]: \"monday\" is not a weekday"_s;
        QTest::newRow("role") << u"providers[1].role"_s << QJsonValue(u"wizard"_s) << u"providers[1].role: \"wizard\" is not a role"_s;
        QTest::newRow("override both") << u"providers[0].overrides[0].hours"_s << QJsonValue(QJsonArray())
                                       << u"providers[0].overrides[0]: give either"_s;
        QTest::newRow("pattern length") << u"appointmentTypes[0].pattern"_s << QJsonValue(u"XX"_s)
                                        << u"appointmentTypes[0].pattern: has 2 cells"_s;
        QTest::newRow("min max") << u"appointmentTypes[1].minMinutes"_s << QJsonValue(100) << u"appointmentTypes[1]: minMinutes"_s;
        QTest::newRow("language") << u"patients[0].language"_s << QJsonValue(u"fr"_s) << u"patients[0].language: \"fr\""_s;
        QTest::newRow("unknown patient") << u"appointments[1].patientId"_s << QJsonValue(u"pt404"_s)
                                         << u"appointments[1].patientId: \"pt404\" is not a known patient"_s;
        QTest::newRow("bad status") << u"appointments[0].status"_s << QJsonValue(u"done"_s)
                                    << u"appointments[0].status: \"done\" is not a status"_s;
        QTest::newRow("bad start") << u"appointments[0].start"_s << QJsonValue(u"2026-11-23 09:00"_s)
                                   << u"appointments[0].start: \"2026-11-23 09:00\" is not a date and time"_s;
        QTest::newRow("dst gap") << u"appointments[0].start"_s << QJsonValue(u"2026-03-08T02:30"_s)
                                 << u"appointments[0].start: \"2026-03-08T02:30\" does not exist in America/New_York"_s;
        QTest::newRow("duplicate id") << u"chairs[1].id"_s << QJsonValue(u"c1"_s) << u"chairs[1].id: \"c1\" is used twice"_s;
        QTest::newRow("typo field") << u"chairs[0].equipmnet"_s << QJsonValue(QJsonArray()) << u"chairs[0].equipmnet: unknown field"_s;
        QTest::newRow("missing name") << u"patients[1].name"_s << QJsonValue(QJsonValue::Undefined)
                                      << u"patients[1].name: missing"_s;
        QTest::newRow("urgency") << u"waitlist[0].urgency"_s << QJsonValue(11) << u"waitlist[0].urgency: 11 is out of range"_s;
        QTest::newRow("waitlist window") << u"waitlist[0].latest"_s << QJsonValue(u"2026-11-01"_s)
                                         << u"waitlist[0].latest: is before earliest"_s;
        QTest::newRow("block ends first") << u"blocks[0].end"_s << QJsonValue(u"2026-11-25T07:00"_s)
                                          << u"blocks[0].end: ends at or before its start"_s;
        QTest::newRow("colour") << u"providers[0].color"_s << QJsonValue(u"blue"_s) << u"providers[0].color: \"blue\" is not a colour"_s;
        QTest::newRow("fee as text") << u"appointmentTypes[0].fee"_s << QJsonValue(u"$120"_s)
                                     << u"appointmentTypes[0].fee: \"$120\" is not an amount"_s;
        QTest::newRow("fee in tenths of a cent") << u"appointmentTypes[1].fee"_s << QJsonValue(1199.995)
                                                 << u"appointmentTypes[1].fee: 1199.995 has more than two decimals"_s;
        QTest::newRow("negative fee") << u"appointmentTypes[0].fee"_s << QJsonValue(-5)
                                      << u"appointmentTypes[0].fee: -5 is out of range"_s;
        QTest::newRow("goal as text") << u"providers[1].dailyGoal"_s << QJsonValue(u"1500"_s)
                                      << u"providers[1].dailyGoal: \"1500\" is not an amount"_s;
        QTest::newRow("goal past a million") << u"providers[0].dailyGoal"_s << QJsonValue(2e6)
                                             << u"providers[0].dailyGoal: 2000000 is out of range"_s;
        QTest::newRow("goal in fractions of a cent") << u"providers[0].dailyGoal"_s << QJsonValue(4000.001)
                                                     << u"providers[0].dailyGoal: 4000.001 has more than two decimals"_s;
        QTest::newRow("not a number") << u"providers[0].maxDailyPatients"_s << QJsonValue(u"ten"_s)
                                      << u"providers[0].maxDailyPatients: \"ten\" is not a whole number"_s;
    }

    void invalidFileReportsPath()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        auto cache = freshCache();
        QVERIFY(cache);
        QJsonObject doc = validDocument();
        setAt(doc, path, value);
        PracticeImportService importer(*cache, m_clock);
        const auto outcome = importer.importDocument(QJsonDocument(doc).toJson(), m_session);
        QVERIFY(!outcome.ok());
        QStringList all;
        for (const auto &issue : outcome.issues)
            all << issue.toString();
        QVERIFY2(std::any_of(all.begin(), all.end(), [&](const QString &s) { return s.startsWith(expected); }),
                 qPrintable(u"expected \""_s + expected + u"\" in:\n"_s + all.join(u'\n')));
        // All or nothing: a single bad field leaves the cache empty.
        store::PracticeRepository repo(cache->database());
        QVERIFY(!repo.practice().has_value());
        QVERIFY(repo.patients().isEmpty());
        QCOMPARE(store::AppointmentRepository(cache->database()).count(), 0);
    }

    void everyProblemIsReportedAtOnce()
    {
        QJsonObject doc = validDocument();
        setAt(doc, u"providers[1].hours[0].start"_s, u"25:00"_s);
        setAt(doc, u"appointments[0].chairId"_s, u"nowhere"_s);
        setAt(doc, u"patients[0].email"_s, u"not-an-address"_s);
        const auto result = PracticeFileReader::read(QJsonDocument(doc).toJson(), {});
        QCOMPARE(result.issues.size(), 3);
    }

    void malformedJsonSaysWhere()
    {
        const auto result = PracticeFileReader::read("{\n  \"format\": \"chairside-practice/1\",\n  \"chairs\": [ }\n", {});
        QCOMPARE(result.issues.size(), 1);
        QVERIFY2(result.issues.constFirst().message.contains(u"line 3"_s), qPrintable(result.issues.constFirst().message));
    }

    void laterImportMayReferToStoredRecords()
    {
        auto cache = freshCache();
        QVERIFY(cache);
        PracticeImportService importer(*cache, m_clock);
        QVERIFY(importer.importDocument(QJsonDocument(validDocument()).toJson(), m_session).ok());
        const QByteArray more = R"({ "format": "chairside-practice/1",
            "appointments": [ { "id": "a3", "patientId": "pt1", "typeId": "exam", "providerId": "p1",
                                "chairId": "c2", "start": "2026-11-30T10:00" } ] })";
        const auto outcome = importer.importDocument(more, m_session);
        QVERIFY2(outcome.ok(), outcome.issues.isEmpty() ? "" : qPrintable(outcome.issues.constFirst().toString()));
        QCOMPARE(store::AppointmentRepository(cache->database()).count(), 3);
    }

    void demoPracticeIsBusyAndConsistent()
    {
        auto cache = freshCache();
        QVERIFY(cache);
        PracticeImportService importer(*cache, m_clock);
        const auto outcome = importer.importDemo(m_session);
        QVERIFY2(outcome.ok(), outcome.issues.isEmpty() ? qPrintable(outcome.storeError)
                                                        : qPrintable(outcome.issues.constFirst().toString()));
        store::PracticeRepository repo(cache->database());
        QCOMPARE(repo.chairs().size(), 7);
        QCOMPARE(repo.clinics().size(), 2);
        const QList<Provider> providers = repo.providers();
        QCOMPARE(providers.size(), 7);
        QCOMPARE(std::count_if(providers.begin(), providers.end(), [](const Provider &p) { return p.role == ProviderRole::Hygienist; }), 3);
        QCOMPARE(repo.patients().size(), 300);
        QVERIFY(repo.waitlist().size() >= 10);
        QVERIFY(repo.appointmentTypes().size() >= 10);

        // Every weekday of this week is busy; no chair holds two live visits at once.
        store::AppointmentRepository appointments(cache->database());
        const QTimeZone zone = repo.practice()->timeZone();
        const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
        QSet<QString> spanish;
        for (const Patient &p : repo.patients()) {
            if (p.language == u"es")
                spanish.insert(p.id);
        }
        QVERIFY(spanish.size() > 50);
        int total = 0;
        for (int offset = -14; offset < 14; ++offset) {
            const QDate date = today.addDays(offset);
            const auto day = appointments.day(date, zone);
            total += int(day.size());
            if (date.dayOfWeek() <= 5 && offset >= 0 && offset < 5 && date != QDate(2026, 11, 26))
                QVERIFY2(day.size() >= 20, qPrintable(date.toString(Qt::ISODate)));
            for (qsizetype i = 0; i < day.size(); ++i) {
                const Appointment &a = day.at(i).appointment;
                if (offset < 0)
                    QVERIFY(a.status == AppointmentStatus::Completed || a.status == AppointmentStatus::NoShow
                            || a.status == AppointmentStatus::Cancelled);
                if (offset > 0)
                    QVERIFY(a.status != AppointmentStatus::Completed && a.status != AppointmentStatus::InChair);
                for (qsizetype j = i + 1; j < day.size(); ++j) {
                    const Appointment &b = day.at(j).appointment;
                    if (a.chairId == b.chairId && isLive(a.status) && isLive(b.status))
                        QVERIFY2(a.endUtc() <= b.startUtc || b.endUtc() <= a.startUtc, qPrintable(a.id + u" / "_s + b.id));
                }
            }
        }
        QVERIFY(total > 400);
        // Thanksgiving 2026 is the holiday: closed for everyone, nothing booked.
        QVERIFY(appointments.day(QDate(2026, 11, 26), zone).isEmpty());
        QVERIFY(providers.constFirst().overrides.constFirst().closed);
    }
};

QTEST_GUILESS_MAIN(TestPracticeImport)
#include "tst_practiceimport.moc"
