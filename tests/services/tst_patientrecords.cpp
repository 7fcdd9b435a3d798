#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/phonenumber.h"
#include "services/frontdesk.h"
#include "services/patientrecords.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// New patients and changes to their details on a real SQLCipher cache: checked field by
// field, phones kept in E.164 through libphonenumber, likely duplicates offered instead of
// made twice, each write audited and queued for the practice system once, and refused where
// that system makes its own patients.
class TestPatientRecords : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    // The desk's clock: every date here is counted from it, never from the day the test runs.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    const UserSession m_desk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk};

    [[nodiscard]] QDate today() const { return m_clock.nowUtc().toTimeZone(QTimeZone("America/Chicago")).date(); }

    int count(const QString &sql)
    {
        QSqlQuery q(m_cache->database());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    PatientDetails maria() const
    {
        PatientDetails d;
        d.firstName = u"María José"_s;
        d.lastName = u"Núñez"_s;
        d.birthdate = today().addYears(-34).addDays(-10);
        d.phone = u"(512) 555-0147"_s;
        d.email = u"mj.nunez@example.com"_s;
        d.language = u"es"_s;
        d.contact = ContactChannel::Sms;
        return d;
    }

    void connectTo(const QString &system)
    {
        QSqlError error;
        QVERIFY(store::PmsLinkRepository(m_cache->database()).setConnection(system, u"http://127.0.0.1:1"_s, &error));
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_cache = store::Cache::open(m_dir.filePath(QString::number(++n)), m_keys,
                                     store::Cache::OpenMode::CreateIfMissing)
                          .cache;
        QVERIFY(m_cache);
        const QByteArray practice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Records Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz", "phone": "512-555-0142", "birthdate": "1980-02-03" },
                { "id": "p2", "name": "Jose Gomez", "birthdate": "1975-06-30", "email": "jg@example.com" } ],
  "appointments": [ ]
})";
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDocument(practice, UserSession{}).ok());
    }

    void phonesAreReadByLibphonenumber()
    {
        QCOMPARE(phonenumber::read(u"(512) 555-0147"_s, u"US"_s).e164, u"+15125550147"_s);
        QCOMPARE(phonenumber::read(u"512.555.0147"_s, u"US"_s).e164, u"+15125550147"_s);
        QCOMPARE(phonenumber::read(u"+52 55 1234 5678"_s, u"US"_s).e164, u"+525512345678"_s);
        for (const QString &bad : {u"123"_s, u"555-1234"_s, u"(000) 555-0147"_s, u"call me"_s, u"+1 512 555 01477"_s}) {
            const phonenumber::Reading r = phonenumber::read(bad, u"US"_s);
            QVERIFY2(!r.ok() && r.e164.isEmpty(), qPrintable(bad));
            QVERIFY2(!r.error.isEmpty(), qPrintable(bad));
        }
        QCOMPARE(phonenumber::display(u"+15125550147"_s, u"US"_s), u"(512) 555-0147"_s);
        QCOMPARE(phonenumber::display(u"+525512345678"_s, u"US"_s), u"+52 55 1234 5678"_s);
        QCOMPARE(phonenumber::display(u"ext. front desk"_s, u"US"_s), u"ext. front desk"_s);
        QCOMPARE(localformat::phone(u"5125550147"_s), u"(512) 555-0147"_s);
        QCOMPARE(phonenumber::regionOf(QTimeZone("America/Chicago")), u"US"_s);
        QCOMPARE(phonenumber::regionOf(QTimeZone("America/Mexico_City")), u"MX"_s);
    }

    void badInputSavesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("wrong");
        QTest::newRow("empty first name") << u"first"_s << u"  "_s << u"first"_s;
        QTest::newRow("empty last name") << u"last"_s << QString() << u"last"_s;
        QTest::newRow("birthdate in the future") << u"birthdate"_s << u"+1"_s << u"birthdate"_s;
        QTest::newRow("birthdate before 1900") << u"birthdate"_s << u"1899-12-31"_s << u"birthdate"_s;
        QTest::newRow("no birthdate") << u"birthdate"_s << QString() << u"birthdate"_s;
        QTest::newRow("impossible phone") << u"phone"_s << u"555-01"_s << u"phone"_s;
        QTest::newRow("letters for a phone") << u"phone"_s << u"not given"_s << u"phone"_s;
        QTest::newRow("e-mail without a domain") << u"email"_s << u"maria@"_s << u"email"_s;
        QTest::newRow("e-mail without a dot") << u"email"_s << u"maria@localhost"_s << u"email"_s;
        QTest::newRow("no way of contact") << u"none"_s << QString() << u"phone"_s;
        QTest::newRow("text message without a phone") << u"sms-only-email"_s << QString() << u"contact"_s;
        QTest::newRow("language") << u"language"_s << u"fr"_s << u"language"_s;
    }
    void badInputSavesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, wrong);
        PatientDetails d = maria();
        if (field == u"first")
            d.firstName = value;
        else if (field == u"last")
            d.lastName = value;
        else if (field == u"birthdate")
            d.birthdate = value == u"+1" ? today().addDays(1) : QDate::fromString(value, Qt::ISODate);
        else if (field == u"phone")
            d.phone = value;
        else if (field == u"email")
            d.email = value;
        else if (field == u"language")
            d.language = value;
        else if (field == u"none")
            d.phone = d.email = QString();
        else if (field == u"sms-only-email")
            d.phone.clear();
        const int patients = count(u"SELECT count(*) FROM patients"_s);
        const PatientWriteOutcome out = PatientRecords(*m_cache, m_clock).create(d, false, m_desk);
        QCOMPARE(out.result, PatientWriteOutcome::Result::Invalid);
        QCOMPARE(out.field, wrong);
        QVERIFY2(out.message.size() > 20, qPrintable(out.message));
        QCOMPARE(count(u"SELECT count(*) FROM patients"_s), patients);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'create' AND record_type = 'patient'"_s), 0);
    }

    void aNewPatientIsKeptFoundAndAudited()
    {
        PatientRecords records(*m_cache, m_clock);
        const PatientWriteOutcome out = records.create(maria(), false, m_desk);
        QVERIFY2(out.ok(), qPrintable(out.message));
        QVERIFY(!out.patientId.isEmpty());
        QVERIFY2(out.message.contains(u"María José Núñez"_s), qPrintable(out.message));

        FrontDesk desk(*m_cache, m_clock);
        QString error;
        const std::optional<Patient> p = desk.patient(out.patientId, m_desk, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name, u"María José Núñez"_s);
        QCOMPARE(p->firstName, u"María José"_s);
        QCOMPARE(p->lastName, u"Núñez"_s);
        QCOMPARE(p->phone, u"+15125550147"_s);
        QCOMPARE(p->language, u"es"_s);
        QCOMPARE(p->preferredContact, ContactChannel::Sms);
        QVERIFY(!p->doNotContact);
        QCOMPARE(p->birthdate, maria().birthdate);
        // Found at once, accents ignored, by name or the phone's ending.
        QCOMPARE(desk.findPatients(u"nunez maria"_s, 10, m_desk, &error).found.value(0).patient.id, out.patientId);
        QCOMPARE(desk.findPatients(u"0147"_s, 10, m_desk, &error).found.value(0).patient.id, out.patientId);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'create' AND record_type = 'patient' AND "
                       "patient_id = '%1'"_s.arg(out.patientId)),
                 1);
        // No practice system: nothing waits to be sent.
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }

    void likelyDuplicatesAreOfferedNotMade()
    {
        PatientRecords records(*m_cache, m_clock);
        // Same name (accents and case aside) and birthdate.
        PatientDetails d;
        d.firstName = u"josé"_s;
        d.lastName = u"GÓMEZ"_s;
        d.birthdate = QDate(1975, 6, 30);
        d.email = u"other@example.com"_s;
        d.contact = ContactChannel::Email;
        PatientWriteOutcome out = records.create(d, false, m_desk);
        QCOMPARE(out.result, PatientWriteOutcome::Result::Duplicate);
        QCOMPARE(out.duplicates.size(), 1);
        QCOMPARE(out.duplicates.first().id, u"p2"_s);
        QVERIFY2(out.message.contains(u"Jose Gomez"_s), qPrintable(out.message));
        // Same phone, however it was written on file.
        d = maria();
        d.phone = u"+1 512 555 0142"_s;
        out = records.create(d, false, m_desk);
        QCOMPARE(out.result, PatientWriteOutcome::Result::Duplicate);
        QCOMPARE(out.duplicates.first().id, u"p1"_s);
        const int before = count(u"SELECT count(*) FROM patients"_s);
        QCOMPARE(before, 2);
        // A family sharing a phone is real: added when the desk says so, and audited as such.
        out = records.create(d, true, m_desk);
        QVERIFY2(out.ok(), qPrintable(out.message));
        QCOMPARE(count(u"SELECT count(*) FROM patients"_s), 3);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'create' AND detail = 'duplicate_allowed'"_s), 1);
        // A different person is not a duplicate.
        d = maria();
        d.firstName = u"Lucía"_s;
        d.phone = u"(512) 555-0199"_s;
        QVERIFY(records.likelyDuplicates(d, {}, nullptr).isEmpty());
    }

    void detailsChangeAndReachTheOutboxOnce()
    {
        connectTo(u"opendental"_s);
        PatientRecords records(*m_cache, m_clock);
        QVERIFY(records.place(nullptr).canCreate);
        const PatientWriteOutcome made = records.create(maria(), false, m_desk);
        QVERIFY2(made.ok(), qPrintable(made.message));
        QVERIFY2(made.message.contains(u"Open Dental"_s), qPrintable(made.message));
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE entity = 'patient' AND operation = 'create'"_s), 1);

        FrontDesk desk(*m_cache, m_clock);
        PatientDetails d = PatientDetails::of(*desk.patient(made.patientId, m_desk, nullptr));
        QCOMPARE(d.firstName, u"María José"_s);
        d.email = u"maria.nunez@example.org"_s;
        d.contact = ContactChannel::None; // no more reminders
        const PatientWriteOutcome changed = records.edit(made.patientId, d, m_desk);
        QVERIFY2(changed.ok(), qPrintable(changed.message));
        const Patient after = *desk.patient(made.patientId, m_desk, nullptr);
        QCOMPARE(after.email, u"maria.nunez@example.org"_s);
        QVERIFY(after.doNotContact);
        QCOMPARE(after.phone, u"+15125550147"_s);
        // The update names what changed, not the values (they are read when it is sent).
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT payload FROM outbox WHERE entity = 'patient' AND operation = 'update'"_s) && q.next());
        const QByteArray payload = q.value(0).toByteArray();
        QCOMPARE(QJsonDocument::fromJson(payload).object().value(u"fields"_s).toVariant().toStringList(),
                 QStringList({u"email"_s, u"contact"_s}));
        QVERIFY(!payload.contains("example.org"));
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'update' AND detail = 'fields=email,contact'"_s), 1);

        // Saving what is already there changes nothing and sends nothing.
        const int waiting = count(u"SELECT count(*) FROM outbox"_s);
        QVERIFY(records.edit(made.patientId, PatientDetails::of(after), m_desk).ok());
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), waiting);

        // A bad change is refused and the record stays.
        d.phone = u"12"_s;
        QCOMPARE(records.edit(made.patientId, d, m_desk).field, u"phone"_s);
        QCOMPARE(desk.patient(made.patientId, m_desk, nullptr)->phone, u"+15125550147"_s);
        QCOMPARE(records.edit(u"nobody"_s, d, m_desk).result, PatientWriteOutcome::Result::NotFound);
    }

    // A record from before (a seven-digit phone, no birthdate, one name): its e-mail changes
    // without the desk having to retype what was on file, and only the e-mail is sent.
    void anOlderRecordChangesWithoutRetypingIt()
    {
        connectTo(u"opendental"_s);
        Patient old;
        old.id = u"old-1"_s;
        old.name = u"María del Carmen Ortiz"_s;
        old.phone = u"555-1234"_s;
        PracticeData data;
        data.patients = {old};
        QSqlError sqlError;
        QVERIFY(store::PracticeRepository(m_cache->database()).write(data, 0, &sqlError));
        PatientRecords records(*m_cache, m_clock);
        FrontDesk desk(*m_cache, m_clock);
        PatientDetails d = PatientDetails::of(*desk.patient(u"old-1"_s, m_desk, nullptr));
        QCOMPARE(d.lastName, u"Ortiz"_s); // the form's guess at the parts
        d.email = u"carmen@example.com"_s;
        const PatientWriteOutcome out = records.edit(u"old-1"_s, d, m_desk);
        QVERIFY2(out.ok(), qPrintable(out.message));
        const Patient after = *desk.patient(u"old-1"_s, m_desk, nullptr);
        QCOMPARE(after.phone, u"555-1234"_s);
        QCOMPARE(after.name, u"María del Carmen Ortiz"_s);
        QVERIFY(after.firstName.isEmpty()); // not split by guess
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'update' AND detail = 'fields=email'"_s), 1);
        // A new number typed over it is checked like any other.
        d.phone = u"555-12"_s;
        QCOMPARE(records.edit(u"old-1"_s, d, m_desk).field, u"phone"_s);
    }

    void aGuarantorJoinsTheFamily()
    {
        PatientRecords records(*m_cache, m_clock);
        PatientDetails child = maria();
        child.firstName = u"Tomás"_s;
        child.lastName = u"Ruiz"_s;
        child.birthdate = today().addYears(-7);
        child.phone = u"512-555-0142"_s; // the parent's
        child.guarantorId = u"p1"_s;
        const PatientWriteOutcome made = records.create(child, true, m_desk);
        QVERIFY2(made.ok(), qPrintable(made.message));
        FrontDesk desk(*m_cache, m_clock);
        const Patient p = *desk.patient(made.patientId, m_desk, nullptr);
        const Patient parent = *desk.patient(u"p1"_s, m_desk, nullptr);
        QCOMPARE(p.guarantorId, u"p1"_s);
        QVERIFY(!p.familyId.isEmpty());
        QCOMPARE(p.familyId, parent.familyId);
        child.guarantorId = u"nobody"_s;
        child.firstName = u"Inés"_s;
        QCOMPARE(records.create(child, true, m_desk).field, u"guarantor"_s);
    }

    void onlyTheFrontDeskAndManagerWrite()
    {
        PatientRecords records(*m_cache, m_clock);
        for (Role role : {Role::Provider, Role::ReadOnly}) {
            const UserSession who{u"someone"_s, u"s"_s, u"ws"_s, role, u"dr-a"_s};
            const PatientWriteOutcome out = records.create(maria(), false, who);
            QCOMPARE(out.result, PatientWriteOutcome::Result::Denied);
            QCOMPARE(records.edit(u"p1"_s, maria(), who).result, PatientWriteOutcome::Result::Denied);
        }
        QCOMPARE(count(u"SELECT count(*) FROM patients"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'denied'"_s), 4);
        const UserSession manager{u"boss"_s, u"s"_s, u"ws"_s, Role::OfficeManager};
        QVERIFY(records.create(maria(), false, manager).ok());
    }

    void practiceSystemsWithoutPatientWritesSaySoFirst_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("name");
        QTest::newRow("dentrix") << u"dentrix"_s << u"Dentrix"_s;
        QTest::newRow("eaglesoft") << u"eaglesoft"_s << u"Eaglesoft"_s;
    }
    void practiceSystemsWithoutPatientWritesSaySoFirst()
    {
        QFETCH(QString, system);
        QFETCH(QString, name);
        connectTo(system);
        PatientRecords records(*m_cache, m_clock);
        const PatientWritePlace place = records.place(nullptr);
        QVERIFY(!place.canCreate);
        QVERIFY(!place.canEdit);
        QCOMPARE(place.createRefusal,
                 u"New patients are created in %1; they appear here at the next sync."_s.arg(name));
        const PatientWriteOutcome out = records.create(maria(), false, m_desk);
        QCOMPARE(out.result, PatientWriteOutcome::Result::NotHere);
        QCOMPARE(out.message, place.createRefusal);
        QCOMPARE(records.edit(u"p1"_s, maria(), m_desk).result, PatientWriteOutcome::Result::NotHere);
        QCOMPARE(count(u"SELECT count(*) FROM patients"_s), 2);
        QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestPatientRecords)
#include "tst_patientrecords.moc"
