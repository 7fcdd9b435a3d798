#include "services/bookingservice.h"

#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "store/cachekeystore.h"
#include "translations/language.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Ids shaped like a real practice system's, so a message that leaks one is caught.
const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Words Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 10, "providerBufferMinutes": 0 },
  "chairs": [ { "id": "op1", "name": "Operatory One", "equipment": ["standard"] },
              { "id": "op2", "name": "Operatory Two", "equipment": ["standard", "xray"] },
              { "id": "op3", "name": "Operatory Three", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-okafor", "name": "Dr. Ngozi Okafor", "role": "dentist", "skills": ["general"], "maxDailyPatients": 2,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00", "chairs": ["op1", "op2"] } ],
      "breaks": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "12:00", "end": "13:00", "label": "Lunch" } ] },
    { "id": "dr-chen", "name": "Dr. David Chen", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 20, "maxMinutes": 60, "skill": "general",
      "equipment": ["standard"], "maxAdvanceDays": 90 },
    { "id": "pano", "name": "Panoramic X-ray", "minutes": 20, "equipment": ["xray"] },
    { "id": "implant", "name": "Implant", "minutes": 60, "skill": "oral_surgery", "minLeadHours": 48 } ],
  "patients": [ { "id": "pt-0001", "name": "Michelle Harris" }, { "id": "pt-0002", "name": "Luis Ortega" },
                { "id": "pt-0003", "name": "Grace Kim" } ],
  "appointments": [
    { "id": "appt-00347", "patientId": "pt-0002", "typeId": "exam", "providerId": "dr-okafor", "chairId": "op1",
      "start": "2026-12-01T09:00" },
    { "id": "appt-00348", "patientId": "pt-0003", "typeId": "exam", "providerId": "dr-okafor", "chairId": "op2",
      "start": "2026-12-01T14:00" } ],
  "blocks": [ { "id": "blk-77", "start": "2026-12-02T08:00", "end": "2026-12-02T10:00", "chairId": "op3",
                "label": "Compressor service" } ]
})";

// What a person must never read: ids, role codes, UUIDs, ISO dates, 24-hour times in English.
const QRegularExpression kCodes(uR"(appt-|pt-\d|dr-[a-z]|\bop\d|blk-|front_desk|office_manager|read_only|)"
                                uR"([0-9a-f]{8}-[0-9a-f]{4}-|\d{4}-\d{2}-\d{2})"_s);

} // namespace

// Every refusal a person reads names people, chairs and roles as the practice calls them and
// writes dates and times as the chosen language does, in English and in Spanish.
class TestMessages : public QObject
{
    Q_OBJECT

private:
    store::MemoryCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_desk{u"desk"_s, u"s"_s, u"w"_s, Role::FrontDesk, {}};
    QTemporaryDir m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;

    BookRequest visit(const QString &patient, const QString &type, const QString &provider, const QString &chair,
                      const QString &when, int minutes = 0)
    {
        BookRequest r;
        r.patientId = patient;
        r.typeId = type;
        r.providerId = provider;
        r.chairId = chair;
        r.startUtc = test::chicago(when);
        r.minutes = minutes;
        return r;
    }

    // Every sentence of a refusal: the rules broken and the alternatives offered.
    QStringList wordsOf(const BookingOutcome &o)
    {
        QStringList lines;
        if (!o.message.isEmpty())
            lines << o.message;
        for (const scheduling::Violation &v : o.violations)
            lines << v.message;
        for (const scheduling::Opening &alternative : o.alternatives)
            lines << m_booking->openingWords(alternative);
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_cache = test::practiceCache(m_dir.path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
    }

    void cleanupTestCase()
    {
        QString error;
        QVERIFY(language::use(u"en"_s, &error));
    }

    void refusalsSpeakInNames_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Spanish") << u"es"_s;
    }

    void refusalsSpeakInNames()
    {
        QFETCH(QString, language);
        QString error;
        QVERIFY2(language::use(language, &error), qPrintable(error));
        struct Case
        {
            const char *rule;
            BookRequest request;
            UserSession session;
        };
        const UserSession viewer{u"viewer"_s, u"s"_s, u"w"_s, Role::ReadOnly, {}};
        const QList<Case> cases = {
            {"off_grid", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-01T09:05"_s), m_desk},
            {"provider_busy", visit(u"pt-0001"_s, u"exam"_s, u"dr-okafor"_s, u"op2"_s, u"2026-12-01T09:10"_s), m_desk},
            {"chair_busy", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op1"_s, u"2026-12-01T09:10"_s), m_desk},
            {"patient_busy", visit(u"pt-0002"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-01T09:00"_s), m_desk},
            {"outside_hours", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-01T18:00"_s), m_desk},
            {"outside_hours", visit(u"pt-0001"_s, u"exam"_s, u"dr-okafor"_s, u"op3"_s, u"2026-12-03T09:00"_s), m_desk},
            {"break", visit(u"pt-0001"_s, u"exam"_s, u"dr-okafor"_s, u"op1"_s, u"2026-12-03T12:10"_s), m_desk},
            {"blocked", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-02T09:00"_s), m_desk},
            {"equipment", visit(u"pt-0001"_s, u"pano"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-03T09:00"_s), m_desk},
            {"skill", visit(u"pt-0001"_s, u"implant"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-08T09:00"_s), m_desk},
            {"max_patients", visit(u"pt-0001"_s, u"exam"_s, u"dr-okafor"_s, u"op2"_s, u"2026-12-01T10:00"_s), m_desk},
            {"lead_time", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-11-27T09:00"_s), m_desk},
            {"lead_time", visit(u"pt-0001"_s, u"implant"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-01T09:00"_s), m_desk},
            {"advance_window", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2027-04-06T09:00"_s), m_desk},
            {"duration_bounds", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-03T09:00"_s, 90), m_desk},
            {"role", visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op3"_s, u"2026-12-03T09:00"_s), viewer},
        };
        for (const Case &c : cases) {
            const BookingOutcome o = m_booking->book(c.request, c.session);
            QVERIFY2(!o.ok(), c.rule);
            QStringList rules;
            for (const scheduling::Violation &v : o.violations)
                rules << v.rule;
            if (qstrcmp(c.rule, "role") != 0)
                QVERIFY2(rules.contains(QString::fromLatin1(c.rule)), qPrintable(rules.join(u", "_s) + u" for "_s + QString::fromLatin1(c.rule)));
            const QStringList words = wordsOf(o);
            QVERIFY2(!words.isEmpty(), c.rule);
            for (const QString &line : words) {
                QVERIFY2(!kCodes.match(line).hasMatch(), qPrintable(QString::fromLatin1(c.rule) + u": "_s + line));
                if (language == u"en")
                    QVERIFY2(!line.contains(QRegularExpression(uR"(\b(1[3-9]|2[0-3]):\d\d\b)"_s)),
                             qPrintable(u"24-hour time in English: "_s + line));
            }
        }

        // Moves and status steps the way the window asks for them: a stale copy, a visit past
        // moving, nothing to undo.
        MoveRequest stale;
        stale.appointmentId = u"appt-00348"_s;
        stale.expectedVersion = 7;
        stale.startUtc = test::chicago(u"2026-12-01T15:00"_s);
        const BookingOutcome staleOutcome = m_booking->move(stale, m_desk);
        QCOMPARE(staleOutcome.violations.constFirst().rule, u"stale_version"_s);
        const BookingOutcome undo = m_booking->undoStatus(u"appt-00348"_s, 1, m_desk);
        QVERIFY(!undo.ok());
        for (const BookingOutcome &o : {staleOutcome, undo}) {
            for (const QString &line : wordsOf(o)) {
                QVERIFY2(!kCodes.match(line).hasMatch(), qPrintable(line));
                QVERIFY2(line.contains(u"Grace Kim"_s), qPrintable(line));
            }
        }
    }

    // A refused booking's first alternative reads as the locale writes a day and a time.
    void alternativesUseTheLocale()
    {
        QString error;
        QVERIFY(language::use(u"es"_s, &error));
        const BookingOutcome o = m_booking->book(
                visit(u"pt-0001"_s, u"exam"_s, u"dr-chen"_s, u"op1"_s, u"2026-12-01T09:10"_s), m_desk);
        QVERIFY(!o.alternatives.isEmpty());
        const QString first = m_booking->openingWords(o.alternatives.constFirst());
        const QDateTime local = scheduling::fromMinute(o.alternatives.constFirst().start).toTimeZone(QTimeZone("America/Chicago"));
        QVERIFY2(first.contains(localformat::time(local.time())) && first.contains(localformat::shortDay(local.date())),
                 qPrintable(first));
        QVERIFY2(first.contains(u"Dr. David Chen"_s) || first.contains(u"Dr. Ngozi Okafor"_s), qPrintable(first));
        QVERIFY(language::use(u"en"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
