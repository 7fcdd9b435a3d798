#include "domain/clock.h"
#include "domain/patientsearch.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/migrations.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

// Finding a patient the way a receptionist types: names in any order, case and accents
// ignored, a phone in any formatting or its last digits, a birthdate as the locale writes it,
// the patient's number in the practice system; each result with the next visit, families together,
// every patient shown audited. Over a real encrypted cache.
class TestPatientSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_caches = 0;
    // Tuesday 24 November 2026, 09:00 in Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC)};
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    const UserSession m_desk{u"frontdesk"_s, u"s"_s, u"ws"_s};

    static QByteArray practice()
    {
        return R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Find Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Op 1" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. Ana Alvarez", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] },
                 { "id": "dr-b", "name": "Dr. Ben Brooks", "role": "dentist", "maxDailyPatients": 20,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30 } ],
  "patients": [
    { "id": "p-maria", "name": "María Muñoz", "birthdate": "1984-03-07", "phone": "(312) 555-0142", "familyId": "f1" },
    { "id": "p-jose", "name": "José Muñoz", "birthdate": "2015-06-30", "phone": "+1 312 555 0199", "familyId": "f1" },
    { "id": "p-smith", "name": "Jose Smith", "birthdate": "1990-01-02", "phone": "773.555.0142" },
    { "id": "p-josefina", "name": "Josefina Cruz", "phone": "312-555-7000" },
    { "id": "p-obrien", "name": "Ana O\u0027Brien-Díaz", "birthdate": "1984-03-07", "phone": "" },
    { "id": "p-sorensen", "name": "Søren Sørensen" },
    { "id": "p-carlos", "name": "Carlos Ruiz", "familyId": "f2" },
    { "id": "p-pedro", "name": "Pedro Ruiz" },
    { "id": "p-zoe", "name": "Zoë Ruiz", "familyId": "f2" } ],
  "appointments": [
    { "id": "now", "patientId": "p-smith", "typeId": "exam", "providerId": "dr-b", "chairId": "c1", "start": "2026-11-24T08:45", "status": "arrived" },
    { "id": "past", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-11-20T09:00" },
    { "id": "gone", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-11-25T09:00", "status": "cancelled" },
    { "id": "next", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T10:00" },
    { "id": "later", "patientId": "p-maria", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-08T10:00" },
    { "id": "smith", "patientId": "p-smith", "typeId": "exam", "providerId": "dr-b", "chairId": "c1", "start": "2026-12-02T10:00" } ]
})";
    }

    QStringList ids(const QString &text, const UserSession &who, bool *more = nullptr)
    {
        QString error;
        const PatientSearchResult r = FrontDesk(*m_cache, m_clock).findPatients(text, 10, who, &error);
        if (!error.isEmpty())
            qWarning() << error;
        if (more)
            *more = r.more;
        QStringList out;
        for (const FoundPatient &f : r.found)
            out.append(f.patient.id);
        return out;
    }
    QStringList ids(const QString &text) { return ids(text, m_desk); }

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

    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << u"María Muñoz"_s << u"maria munoz"_s;
        QTest::newRow("capitals") << u"JOSÉ ÁNGEL"_s << u"jose angel"_s;
        QTest::newRow("no decomposition") << u"Søren Łukasz Æsir Straße"_s << u"soren lukasz aesir strasse"_s;
        QTest::newRow("diaeresis") << u"Zoë Müller"_s << u"zoe muller"_s;
    }
    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(patientsearch::fold(text), folded);
    }

    void termsOfANameAndAPhone()
    {
        QCOMPARE(patientsearch::nameTerms(u"Ana O'Brien-Díaz"_s),
                 (QStringList{u"ana"_s, u"brien"_s, u"diaz"_s, u"o"_s, u"obriendiaz"_s}));
        // Any formatting, the same digits last to first.
        QCOMPARE(patientsearch::phoneTerm(u"(312) 555-0142"_s), u"#2410555213"_s);
        QCOMPARE(patientsearch::phoneTerm(u"312.555.0142"_s), u"#2410555213"_s);
        QCOMPARE(patientsearch::phoneTerm(u"123"_s), QString());
    }

    void readsWhatWasTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        using K = patientsearch::Query::Kind;
        QTest::newRow("name") << u"Muñoz maría"_s << int(K::Name) << u"munoz maria"_s;
        QTest::newRow("name with a digit") << u"Ana 2"_s << int(K::Name) << u"ana"_s;
        QTest::newRow("iso birthdate") << u"1984-03-07"_s << int(K::Birthdate) << u"1984-03-07"_s;
        QTest::newRow("short birthdate") << u"3/7/1984"_s << int(K::Birthdate) << u"1984-03-07"_s;
        QTest::newRow("two-digit year, last century") << u"3/7/84"_s << int(K::Birthdate) << u"1984-03-07"_s;
        QTest::newRow("two-digit year, this century") << u"6/30/15"_s << int(K::Birthdate) << u"2015-06-30"_s;
        QTest::newRow("two-digit year, a leap day") << u"2/29/00"_s << int(K::Birthdate) << u"2000-02-29"_s;
        QTest::newRow("other separators") << u"03-07-1984"_s << int(K::Birthdate) << u"1984-03-07"_s;
        QTest::newRow("phone") << u"(312) 555-0142"_s << int(K::Phone) << u"3125550142"_s;
        QTest::newRow("last four") << u"0142"_s << int(K::Phone) << u"0142"_s;
        QTest::newRow("a date ahead is no birthdate") << u"1/2/2030"_s << int(K::Phone) << u"122030"_s;
        QTest::newRow("nothing") << u"  -  "_s << int(K::Nothing) << QString();
    }
    void readsWhatWasTyped()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        const patientsearch::Query q = patientsearch::parse(text, QLocale(u"en_US"_s), QDate(2026, 11, 24));
        QCOMPARE(int(q.kind), kind);
        const QString got = q.kind == patientsearch::Query::Kind::Name        ? q.words.join(u' ')
                : q.kind == patientsearch::Query::Kind::Birthdate ? q.birthdate.toString(Qt::ISODate)
                                                                  : q.digits;
        QCOMPARE(got, detail);
    }

    void aSpanishDateReadsDayFirst()
    {
        const patientsearch::Query q = patientsearch::parse(u"7/3/1984"_s, QLocale(u"es_US"_s), QDate(2026, 11, 24));
        QCOMPARE(int(q.kind), int(patientsearch::Query::Kind::Birthdate));
        QCOMPARE(q.birthdate, QDate(1984, 3, 7));
        // A locale whose short date has the whole year still reads a two-digit one.
        const patientsearch::Query gb = patientsearch::parse(u"07/03/84"_s, QLocale(u"en_GB"_s), QDate(2026, 11, 24));
        QCOMPARE(gb.birthdate, QDate(1984, 3, 7));
    }

    void findsByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("without accents") << u"munoz"_s << QStringList{u"p-jose"_s, u"p-maria"_s};
        QTest::newRow("with accents, any case") << u"MUÑOZ"_s << QStringList{u"p-jose"_s, u"p-maria"_s};
        QTest::newRow("any order") << u"munoz maria"_s << QStringList{u"p-maria"_s};
        QTest::newRow("first then last") << u"María Muñoz"_s << QStringList{u"p-maria"_s};
        QTest::newRow("a prefix of each") << u"mar mu"_s << QStringList{u"p-maria"_s};
        // Whole-word matches first; a family's members together where the first stands.
        QTest::newRow("exact first") << u"jose"_s << QStringList{u"p-jose"_s, u"p-smith"_s, u"p-josefina"_s};
        QTest::newRow("a family together") << u"ruiz"_s << QStringList{u"p-carlos"_s, u"p-zoe"_s, u"p-pedro"_s};
        QTest::newRow("hyphenated, either half") << u"diaz"_s << QStringList{u"p-obrien"_s};
        QTest::newRow("apostrophe typed") << u"o'brien"_s << QStringList{u"p-obrien"_s};
        QTest::newRow("apostrophe left out") << u"obrien"_s << QStringList{u"p-obrien"_s};
        QTest::newRow("a letter without a decomposition") << u"sorensen"_s << QStringList{u"p-sorensen"_s};
        QTest::newRow("nobody") << u"zebedee"_s << QStringList{};
    }
    void findsByName()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QCOMPARE(ids(text), found);
    }

    void findsByPhoneBirthdateAndChart()
    {
        // The last four digits: two patients end in 0142.
        QStringList byFour = ids(u"0142"_s);
        std::sort(byFour.begin(), byFour.end());
        QCOMPARE(byFour, (QStringList{u"p-maria"_s, u"p-smith"_s}));
        // The whole number in any formatting, with or without the country code.
        for (const QString &typed : {u"(312) 555-0142"_s, u"312.555.0142"_s, u"+1 312 555 0142"_s, u"3125550142"_s,
                                     u"555-0142"_s})
            QVERIFY2(ids(typed).contains(u"p-maria"_s), qPrintable(typed));
        QCOMPARE(ids(u"312 555 0142"_s), QStringList{u"p-maria"_s});
        // A birthdate as the locale writes it, or ISO: both patients born that day.
        QCOMPARE(ids(u"3/7/1984"_s), (QStringList{u"p-obrien"_s, u"p-maria"_s}));
        QCOMPARE(ids(u"1984-03-07"_s), (QStringList{u"p-obrien"_s, u"p-maria"_s}));
        QCOMPARE(ids(u"6/30/15"_s), QStringList{u"p-jose"_s});
        // The practice system's chart number, once linked.
        QSqlError error;
        store::PmsLinkRepository links(m_cache->database());
        QVERIFY(links.setConnection(u"opendental"_s, u"https://od.example"_s, &error));
        QVERIFY(links.link(u"opendental"_s, u"patient"_s, u"p-josefina"_s, u"48213"_s, 0, &error));
        QCOMPARE(ids(u"48213"_s), QStringList{u"p-josefina"_s});
        QString why;
        const PatientSearchResult r = FrontDesk(*m_cache, m_clock).findPatients(u"josefina"_s, 10, m_desk, &why);
        QCOMPARE(r.found.size(), 1);
        QCOMPARE(r.found.first().pmsNumber, u"48213"_s);
    }

    void eachWithTheNextVisit()
    {
        QString error;
        const PatientSearchResult r = FrontDesk(*m_cache, m_clock).findPatients(u"muñoz maría"_s, 10, m_desk, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(r.found.size(), 1);
        const FoundPatient &maria = r.found.first();
        QCOMPARE(maria.patient.birthdate, QDate(1984, 3, 7));
        // Not the past visit nor the cancelled one: the first live visit ahead.
        QCOMPARE(maria.nextAppointmentId, u"next"_s);
        QCOMPARE(maria.nextStartUtc, QDateTime(QDate(2026, 12, 1), QTime(16, 0), Qt::UTC));
        QCOMPARE(maria.nextTypeName, u"Exam"_s);
        QCOMPARE(maria.nextProviderName, u"Dr. Ana Alvarez"_s);
        const PatientSearchResult nobody = FrontDesk(*m_cache, m_clock).findPatients(u"josefina"_s, 10, m_desk, &error);
        QVERIFY(!nobody.found.first().nextStartUtc.isValid());
        // A visit under way (checked in at 8:45, now 9:00) is the one to go to.
        const PatientSearchResult smith = FrontDesk(*m_cache, m_clock).findPatients(u"smith"_s, 10, m_desk, &error);
        QCOMPARE(smith.found.first().nextAppointmentId, u"now"_s);
    }

    void saysWhenThereAreMore()
    {
        bool more = false;
        QString error;
        const PatientSearchResult r = FrontDesk(*m_cache, m_clock).findPatients(u"jos"_s, 2, m_desk, &error);
        QCOMPARE(r.found.size(), 2);
        QVERIFY(r.more);
        QCOMPARE(ids(u"munoz"_s, m_desk, &more).size(), 2);
        QVERIFY(!more);
    }

    // Every patient shown is audited, by id; what was typed (a name) is not written anywhere.
    void auditsWhoWasShownNotWhatWasTyped()
    {
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT max(seq) FROM audit_log"_s) && q.next());
        const qint64 before = q.value(0).toLongLong();
        QCOMPARE(ids(u"munoz"_s).size(), 2);
        QVERIFY(q.exec(u"SELECT patient_id, action, detail, record_type FROM audit_log WHERE seq > %1 ORDER BY seq"_s.arg(before)));
        QStringList audited;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), u"read"_s);
            QCOMPARE(q.value(2).toString(), u"search"_s);
            QCOMPARE(q.value(3).toString(), u"patient"_s);
            audited.append(q.value(0).toString());
        }
        std::sort(audited.begin(), audited.end());
        QCOMPARE(audited, (QStringList{u"p-jose"_s, u"p-maria"_s}));
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE detail LIKE '%munoz%' OR detail LIKE '%Muñoz%'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A provider finds only patients who have a visit with them; a viewer finds anyone.
    void aProviderFindsTheirOwnPatients()
    {
        const UserSession drB{u"drb"_s, u"s"_s, u"ws"_s, Role::Provider, u"dr-b"_s};
        QCOMPARE(ids(u"jose"_s, drB), QStringList{u"p-smith"_s});
        const UserSession viewer{u"viewer"_s, u"s"_s, u"ws"_s, Role::ReadOnly};
        QCOMPARE(ids(u"jose"_s, viewer).size(), 3);
    }

    // A patient written again (the PMS changed the name) is found by the new name only.
    void followsAChangedName()
    {
        PracticeData data;
        QString why;
        Patient renamed = FrontDesk(*m_cache, m_clock).patient(u"p-josefina"_s, m_desk, &why).value();
        renamed.name = u"Josefina Cruz-Ibáñez"_s;
        renamed.phone = u"312-555-8000"_s;
        data.patients.append(renamed);
        QSqlError error;
        QVERIFY(m_cache->database().transaction());
        QVERIFY(store::PracticeRepository(m_cache->database()).write(data, 0, &error));
        QVERIFY(m_cache->database().commit());
        QCOMPARE(ids(u"ibanez"_s), QStringList{u"p-josefina"_s});
        QCOMPARE(ids(u"8000"_s), QStringList{u"p-josefina"_s});
        QCOMPARE(ids(u"7000"_s), QStringList{});
    }

    // At a large practice's size: one patient among 100,000 by accentless words in any order
    // and by phone ending; a common surname says there are more than shown.
    void findsOneAmongAHundredThousand()
    {
        auto big = store::Cache::open(m_dir.filePath(u"big"_s), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(big.cache);
        QVERIFY(PracticeImportService(*big.cache, m_clock).importDocument(practice(), {u"t"_s, u"s"_s, u"w"_s}).ok());
        PracticeData data;
        for (int i = 0; i < 100000; ++i) {
            Patient p;
            p.id = u"bulk-%1"_s.arg(i);
            p.name = u"Given%1 Family%2"_s.arg(i % 700).arg(i % 5000);
            p.phone = u"+1 (312) 6%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            data.patients.append(p);
        }
        Patient target;
        target.id = u"target"_s;
        target.name = u"María José Muñoz-Ibáñez"_s;
        target.phone = u"+1 (773) 555-9876"_s;
        data.patients.append(target);
        QSqlError error;
        QVERIFY(big.cache->database().transaction());
        QVERIFY2(store::PracticeRepository(big.cache->database()).write(data, 0, &error), qPrintable(error.text()));
        QVERIFY(big.cache->database().commit());
        FrontDesk desk(*big.cache, m_clock);
        QString why;
        for (const QString &typed : {u"ibanez maria jose"_s, u"MUÑOZ-IBÁÑEZ JOSÉ"_s, u"munozibanez"_s, u"555-9876"_s,
                                     u"(773) 555-9876"_s}) {
            const PatientSearchResult r = desk.findPatients(typed, 10, m_desk, &why);
            QVERIFY2(why.isEmpty(), qPrintable(why));
            QCOMPARE(r.found.size(), 1);
            QCOMPARE(r.found.first().patient.id, u"target"_s);
        }
        const PatientSearchResult common = desk.findPatients(u"family42"_s, 10, m_desk, &why);
        QCOMPARE(common.found.size(), 10);
        QVERIFY(common.more);
        for (const FoundPatient &f : common.found)
            QVERIFY2(f.patient.name.contains(u"Family42"_s), qPrintable(f.patient.name));
    }

    // A cache made before the index: opening it builds the terms from the patients there.
    void aCacheFromBeforeGetsItsIndex()
    {
        auto old = store::Cache::open(m_dir.filePath(u"old"_s), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(old.cache);
        QSqlDatabase db = old.cache->database();
        QSqlQuery q(db);
        // Back to schema 10 as it was: no birthdate, no terms; then a patient as v10 wrote it.
        QVERIFY(q.exec(u"DROP TABLE patient_terms"_s));
        QVERIFY(q.exec(u"DELETE FROM schema_version WHERE version > 10"_s));
        QVERIFY(q.exec(u"DROP INDEX contact_log_patient"_s)); // v12's
        for (const QString &v13 : {u"outgoing_messages"_s, u"inbound_messages"_s, u"sms_opt_outs"_s,
                                   u"message_templates"_s, u"worker_leases"_s})
            QVERIFY(q.exec(u"DROP TABLE "_s + v13));
        for (const QString &v14 : {u"recalls"_s, u"recall_type_visits"_s, u"recall_types"_s})
            QVERIFY(q.exec(u"DROP TABLE "_s + v14));
        // v15's: production blocks, repeating blocks, the release setting.
        QVERIFY(q.exec(u"DROP TABLE production_blocks"_s));
        QVERIFY(q.exec(u"CREATE TABLE blocks_v10 AS SELECT id, chair_id, provider_id, start_utc, end_utc, label "
                       "FROM blocks"_s));
        QVERIFY(q.exec(u"DROP TABLE blocks"_s));
        QVERIFY(q.exec(u"ALTER TABLE blocks_v10 RENAME TO blocks"_s));
        QVERIFY(q.exec(u"CREATE TABLE practice_v10 AS SELECT id, name, time_zone, grid_minutes, chair_turnover_minutes, "
                       "provider_buffer_minutes, max_daily_complexity, no_show_grace_minutes FROM practice"_s));
        QVERIFY(q.exec(u"DROP TABLE practice"_s));
        QVERIFY(q.exec(u"ALTER TABLE practice_v10 RENAME TO practice"_s));
        QVERIFY(q.exec(u"DROP INDEX patients_birthdate"_s));
        // v16's columns: SQLite drops none, so the two (still empty) tables are made again
        // from their statements without them (ADD COLUMN wrote each at its statement's end).
        for (const auto &[table, column] : {std::pair{u"appointment_types"_s, u"fee_cents"_s},
                                            std::pair{u"providers"_s, u"daily_goal_cents"_s}}) {
            QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '"_s + table + u"'"_s)
                    && q.next());
            QString create = q.value(0).toString();
            const qsizetype at = create.indexOf(u", "_s + column);
            QVERIFY2(at > 0, qPrintable(create));
            create = create.left(at) + u")"_s;
            QVERIFY(q.exec(u"DROP TABLE "_s + table));
            QVERIFY2(q.exec(create), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"CREATE TABLE patients_v10 AS SELECT id, name, phone, email, language, family_id, "
                       "contact_preferred, do_not_contact, pref_time_of_day, pref_days, pref_provider_id FROM patients"_s));
        QVERIFY(q.exec(u"DROP TABLE patients"_s));
        QVERIFY(q.exec(u"ALTER TABLE patients_v10 RENAME TO patients"_s));
        QVERIFY(q.exec(u"INSERT INTO patients (id, name, phone, email, language, contact_preferred, do_not_contact, "
                       "pref_time_of_day, pref_days) VALUES ('old-1', 'Íñigo Núñez', '(312) 555-4321', '', 'es', "
                       "'phone', 0, '', 0)"_s));
        QString error;
        QVERIFY2(store::Migrator(store::cacheMigrations()).migrate(db, m_clock.nowUtc(), &error), qPrintable(error));
        QVERIFY(q.exec(u"SELECT count(*) FROM patient_terms WHERE patient_id = 'old-1'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3); // inigo, nunez, the phone
        QString why;
        const PatientSearchResult r = FrontDesk(*old.cache, m_clock).findPatients(u"nunez inigo"_s, 5, m_desk, &why);
        QCOMPARE(r.found.size(), 1);
        QCOMPARE(r.found.first().patient.id, u"old-1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPatientSearch)
#include "tst_patientsearch.moc"
