#include "domain/clock.h"
#include "domain/reminders.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/patientcard.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// A patient's card as the front desk, a provider and the viewer read it, over a real
// encrypted cache: names for every id, visits coming and gone with how they went, the no-shows
// of the last twelve months, the family, the waitlist, the visits to rebook and the contact
// log; every patient shown audited by id, and a provider kept to their own patients.
class TestPatientCard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Tuesday 24 November 2026, 09:00 in Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)};
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    const UserSession m_desk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    const UserSession m_viewer{u"viewer"_s, u"s"_s, u"ws"_s, Role::ReadOnly, {}};
    const UserSession m_drA{u"dr.a"_s, u"s"_s, u"ws"_s, Role::Provider, u"dr-a"_s};
    const UserSession m_drB{u"dr.b"_s, u"s"_s, u"ws"_s, Role::Provider, u"dr-b"_s};

    static QByteArray practice()
    {
        return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Card Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Op 1" }, { "id": "c2", "name": "Op 2" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] },
                 { "id": "dr-b", "name": "Dr. Ben Brooks", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30 },
                        { "id": "crown", "name": "Crown prep", "minutes": 60, "minMinutes": 60, "maxMinutes": 90 } ],
  "patients": [
    { "id": "p-maria", "name": "María Muñoz", "birthdate": "1984-11-25", "phone": "(312) 555-0142",
      "email": "maria@example.com", "language": "es", "familyId": "f1",
      "contact": { "preferred": "sms" },
      "preferences": { "timeOfDay": "morning", "days": ["tue", "thu"], "providerId": "dr-a" } },
    { "id": "p-jose", "name": "José Muñoz", "birthdate": "2015-06-30", "familyId": "f1" },
    { "id": "p-lucia", "name": "Lucía Muñoz", "birthdate": "2018-02-01", "familyId": "f1" },
    { "id": "p-other", "name": "Pat Other", "contact": { "preferred": "phone", "doNotContact": true } } ],
  "appointments": [
    { "id": "long-ago", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2025-10-14T09:00", "status": "no_show" },
    { "id": "kept", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-05-12T09:00", "status": "completed" },
    { "id": "missed", "patientId": "p-maria", "typeId": "crown", "providerId": "dr-a", "chairId": "c2", "start": "2026-10-20T10:00", "status": "no_show" },
    { "id": "cancelled", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-11-10T09:00", "status": "cancelled" },
    { "id": "today", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-11-24T08:45", "status": "arrived" },
    { "id": "next", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T10:00" },
    { "id": "jose", "patientId": "p-jose", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T10:30" },
    { "id": "lucia", "patientId": "p-lucia", "typeId": "exam", "providerId": "dr-b", "chairId": "c2", "start": "2026-12-02T10:30" } ],
  "waitlist": [
    { "id": "w-maria", "patientId": "p-maria", "typeId": "crown", "providerId": "dr-a", "earliest": "2026-11-25",
      "latest": "2026-12-20", "urgency": 8, "since": "2026-11-01T09:00" },
    { "id": "w-jose", "patientId": "p-jose", "typeId": "exam", "earliest": "2026-11-25", "latest": "2026-12-20",
      "urgency": 3, "since": "2026-11-02T09:00" } ]
})";
    }

    std::optional<PatientCard> card(const QString &id, const UserSession &who, QString *error = nullptr)
    {
        QString ignored;
        return FrontDesk(*m_cache, m_clock).patientCard(id, who, error ? error : &ignored);
    }

    static QStringList ids(const QList<ScheduledAppointment> &list)
    {
        QStringList out;
        for (const ScheduledAppointment &s : list)
            out << s.appointment.id;
        return out;
    }

    qint64 lastAudit()
    {
        QSqlQuery q(m_cache->database());
        return q.exec(u"SELECT coalesce(max(seq), 0) FROM audit_log"_s) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        m_cache = store::Cache::open(m_dir.filePath(u"cache"_s), m_keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QVERIFY(m_cache);
        const PracticeImportService::Outcome imported =
                PracticeImportService(*m_cache, m_clock).importDocument(practice(), {u"t"_s, u"s"_s, u"w"_s});
        QVERIFY2(imported.ok(), qPrintable(imported.storeError + (imported.issues.isEmpty() ? QString()
                                                                  : imported.issues.first().message)));
    }

    // Who they are and how to reach them, by name: age on the office's today (her birthday is
    // tomorrow), the preferred provider's name, the family without herself.
    void showsThePatientByName()
    {
        const std::optional<PatientCard> c = card(u"p-maria"_s, m_desk);
        QVERIFY(c);
        QCOMPARE(c->patient.name, u"María Muñoz"_s);
        QCOMPARE(c->age, 41);
        QCOMPARE(c->preferredProviderName, u"Dr. Ana Alvarez"_s);
        QCOMPARE(preferencesText(*c), u"mornings · Tue, Thu · Dr. Ana Alvarez"_s);
        QCOMPARE(patientLanguageText(c->patient.language), u"Español"_s);
        QCOMPARE(c->family.size(), 2);
        QCOMPARE(c->family.at(0).name, u"José Muñoz"_s);
        QCOMPARE(c->family.at(1).name, u"Lucía Muñoz"_s);
        QCOMPARE(c->family.at(0).birthdate, QDate(2015, 6, 30));
        // Reminders by her text messages, at the practice's lead times.
        QCOMPARE(c->reminderChannel, std::optional<ContactChannel>(ContactChannel::Sms));
        QCOMPARE(c->reminderLeadMinutes, (QList<int>{72 * 60, 24 * 60, 2 * 60}));
        QVERIFY2(remindersText(*c).startsWith(u"by text message, 72 h"_s), qPrintable(remindersText(*c)));
        // Nobody's reminders go to someone who asked not to be contacted.
        const std::optional<PatientCard> other = card(u"p-other"_s, m_desk);
        QVERIFY(other);
        QVERIFY(!other->reminderChannel);
        QCOMPARE(other->age, -1);
        QVERIFY(remindersText(*other).contains(u"asked not to be contacted"_s));
    }

    // The way reminders go is the one ReminderService plans them by.
    void remindersGoThePatientsWayWhenThePracticeUsesIt_data()
    {
        QTest::addColumn<int>("preferred");
        QTest::addColumn<bool>("doNotContact");
        QTest::addColumn<QList<int>>("practice");
        QTest::addColumn<int>("expected"); // -1: none
        const int sms = int(ContactChannel::Sms), email = int(ContactChannel::Email), phone = int(ContactChannel::Phone);
        QTest::newRow("their way") << email << false << QList<int>{sms, email} << email;
        QTest::newRow("not used: the practice's first") << phone << false << QList<int>{sms, email} << sms;
        QTest::newRow("do not contact") << sms << true << QList<int>{sms} << -1;
        QTest::newRow("none preferred") << int(ContactChannel::None) << false << QList<int>{sms} << -1;
        QTest::newRow("the practice sends none") << sms << false << QList<int>{} << -1;
    }
    void remindersGoThePatientsWayWhenThePracticeUsesIt()
    {
        QFETCH(int, preferred);
        QFETCH(bool, doNotContact);
        QFETCH(QList<int>, practice);
        QFETCH(int, expected);
        Patient p;
        p.preferredContact = ContactChannel(preferred);
        p.doNotContact = doNotContact;
        ReminderSettings s;
        s.channels.clear();
        for (const int c : practice)
            s.channels << ContactChannel(c);
        const std::optional<ContactChannel> got = s.channelFor(p);
        QCOMPARE(got ? int(*got) : -1, expected);
    }

    // Coming up: what is still to happen (today's, checked in, too); past: everything else,
    // latest first, each with how it went. No-shows count over twelve months only.
    void splitsVisitsAndCountsNoShows()
    {
        const std::optional<PatientCard> c = card(u"p-maria"_s, m_desk);
        QVERIFY(c);
        QCOMPARE(ids(c->upcoming), (QStringList{u"today"_s, u"next"_s}));
        QCOMPARE(ids(c->past), (QStringList{u"cancelled"_s, u"missed"_s, u"kept"_s, u"long-ago"_s}));
        QCOMPARE(c->upcoming.first().providerName, u"Dr. Ana Alvarez"_s);
        QCOMPARE(c->past.at(1).typeName, u"Crown prep"_s);
        QCOMPARE(c->past.at(1).chairName, u"Op 2"_s);
        QCOMPARE(visitOutcomeText(c->past.at(0).appointment.status), u"cancelled"_s);
        QCOMPARE(visitOutcomeText(c->past.at(1).appointment.status), u"no-show"_s);
        QCOMPARE(visitOutcomeText(c->past.at(2).appointment.status), u"kept"_s);
        QCOMPARE(c->noShows, 1); // October's; the one of October 2025 is more than a year ago
    }

    // The waitlist with names, and the visits still to rebook: the crown she missed (no crown
    // booked since), not the exam she cancelled (an exam is booked after it).
    void listsTheWaitlistAndWhatToRebook()
    {
        const std::optional<PatientCard> c = card(u"p-maria"_s, m_desk);
        QVERIFY(c);
        QVERIFY(c->waitlistShown);
        QCOMPARE(c->waitlist.size(), 1);
        QCOMPARE(c->waitlist.first().entry.id, u"w-maria"_s);
        QCOMPARE(c->waitlist.first().typeName, u"Crown prep"_s);
        QCOMPARE(c->waitlist.first().providerName, u"Dr. Ana Alvarez"_s);
        QCOMPARE(ids(c->unscheduled), QStringList{u"missed"_s});
    }

    // Calls about the missed crown are in her contact log, latest first, with the
    // visit it was about.
    void showsTheContactLog()
    {
        BookingService booking(*m_cache, m_clock);
        FrontDesk desk(*m_cache, m_clock);
        FillService fill(*m_cache, m_clock, booking, desk);
        const FillService::RescheduleResult call =
                fill.logReschedule(u"missed"_s, ContactOutcome::NoAnswer, std::nullopt, m_desk);
        QVERIFY2(call.booking.ok(), qPrintable(call.booking.message));
        m_clock.advanceSeconds(60);
        QVERIFY(fill.logReschedule(u"missed"_s, ContactOutcome::Declined, std::nullopt, m_desk).booking.ok());
        const std::optional<PatientCard> c = card(u"p-maria"_s, m_desk);
        QVERIFY(c);
        QVERIFY(c->contactsShown);
        QCOMPARE(c->contacts.size(), 2);
        QCOMPARE(c->contacts.at(0).record.outcome, ContactOutcome::Declined);
        QCOMPARE(c->contacts.at(1).record.outcome, ContactOutcome::NoAnswer);
        QCOMPARE(c->contacts.at(0).record.purpose, ContactPurpose::NoShowFollowUp); // a call about a no-show
        QCOMPARE(c->contacts.at(0).visitName, u"Crown prep"_s);
        // Nobody else's contacts.
        QVERIFY(card(u"p-jose"_s, m_desk)->contacts.isEmpty());
    }

    // Every patient shown is audited by id (her and the family members named on the card);
    // no name is written.
    void auditsEveryPatientShown()
    {
        const qint64 before = lastAudit();
        QVERIFY(card(u"p-maria"_s, m_desk));
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT patient_id, action, detail, record_type FROM audit_log WHERE seq > %1 ORDER BY seq"_s
                               .arg(before)));
        QStringList audited;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), u"read"_s);
            QCOMPARE(q.value(2).toString(), u"card"_s);
            QCOMPARE(q.value(3).toString(), u"patient"_s);
            audited << q.value(0).toString();
        }
        QCOMPARE(audited, (QStringList{u"p-maria"_s, u"p-jose"_s, u"p-lucia"_s}));
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%Muñoz%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A provider opens only their own patients, and sees only their own among the family;
    // the lists that fill the book are not theirs.
    void aProviderSeesOnlyTheirOwn()
    {
        const std::optional<PatientCard> mine = card(u"p-maria"_s, m_drA);
        QVERIFY(mine);
        QCOMPARE(mine->family.size(), 1);
        QCOMPARE(mine->family.first().patientId, u"p-jose"_s);
        QVERIFY(!mine->waitlistShown);
        QVERIFY(mine->waitlist.isEmpty());
        QVERIFY(mine->unscheduled.isEmpty());
        QVERIFY(!mine->contactsShown);
        QVERIFY(mine->contacts.isEmpty());

        const qint64 before = lastAudit();
        QString error;
        QVERIFY(!card(u"p-maria"_s, m_drB, &error));
        QVERIFY2(error.contains(u"only their own patients"_s), qPrintable(error));
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT action, patient_id FROM audit_log WHERE seq > %1"_s.arg(before)) && q.next());
        QCOMPARE(q.value(0).toString(), u"denied"_s);
        QCOMPARE(q.value(1).toString(), u"p-maria"_s);
    }

    // The viewer reads the card and the waitlist; the contact log is for those who fill the book.
    void theViewerReadsButNotTheContactLog()
    {
        const std::optional<PatientCard> c = card(u"p-maria"_s, m_viewer);
        QVERIFY(c);
        QVERIFY(c->waitlistShown);
        QCOMPARE(c->waitlist.size(), 1);
        QVERIFY(!c->contactsShown);
        QVERIFY(c->contacts.isEmpty());
    }

    void saysWhenThereIsNoSuchPatient()
    {
        QString error;
        QVERIFY(!card(u"p-nobody"_s, m_desk, &error));
        QVERIFY2(error.contains(u"p-nobody"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPatientCard)
#include "tst_patientcard.moc"
