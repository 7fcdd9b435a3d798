#include "sync/opendentalcodec.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::sync;

namespace {
// Defined after the test class: moc reads "//" inside a raw string as a comment.
QByteArray documentedPage();
} // namespace

class TestOpenDentalCodec : public QObject
{
    Q_OBJECT

private:
    OpenDentalCodec m_codec{QTimeZone("America/Chicago")};

private Q_SLOTS:
    void readsAPage()
    {
        QString error;
        const std::optional<OpenDentalAppointmentPage> page = m_codec.appointments(documentedPage(), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->received, 5);
        QCOMPARE(page->serverDateTime, u"2026-11-24 10:02:45"_s);
        QCOMPARE(page->appointments.size(), 4); // the planned one is not on the book

        const PmsAppointment &first = page->appointments.at(0);
        QCOMPARE(first.pmsId, u"18"_s);
        QCOMPARE(first.patientPmsId, u"17"_s);
        QCOMPARE(first.operatoryPmsId, u"3"_s);
        QCOMPARE(first.providerPmsId, u"1"_s);
        QCOMPARE(first.typePmsId, u"4"_s);
        QCOMPARE(first.startUtc, QDateTime(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC)); // 08:30 in Chicago
        QCOMPARE(first.minutes, 40);
        QCOMPARE(first.pattern, u"//XXXX//"_s);
        QCOMPARE(first.status, AppointmentStatus::Scheduled);
        QCOMPARE(first.notes, u"Bring x-rays"_s);
        QCOMPARE(first.changedUtc, QDateTime(QDate(2026, 11, 23), QTime(22, 30, 12), Qt::UTC));

        const PmsAppointment &hygiene = page->appointments.at(1);
        QVERIFY(hygiene.hygiene);
        QCOMPARE(hygiene.providerPmsId, u"5"_s); // the hygienist, for a hygiene visit
        QCOMPARE(hygiene.status, AppointmentStatus::Arrived);
        QVERIFY(hygiene.typePmsId.isEmpty());

        QCOMPARE(page->appointments.at(2).status, AppointmentStatus::Cancelled);
        QCOMPARE(page->appointments.at(2).providerPmsId, u"2"_s); // ids sent as strings are read
        QCOMPARE(page->appointments.at(3).pmsId, u"22"_s);
        QCOMPARE(page->appointments.at(3).status, AppointmentStatus::Completed);
    }

    void statusFromTheWorkflowTimes_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<int>("status");
        QTest::newRow("confirmed") << u"\"confirmed\":\"Confirmed\""_s << int(AppointmentStatus::Confirmed);
        QTest::newRow("seated") << u"\"DateTimeArrived\":\"2026-11-24 08:50:00\",\"DateTimeSeated\":\"2026-11-24 08:58:00\""_s
                                << int(AppointmentStatus::InChair);
        QTest::newRow("dismissed") << u"\"DateTimeDismissed\":\"2026-11-24 09:40:00\""_s << int(AppointmentStatus::Completed);
        QTest::newRow("asap is on the book") << u"\"AptStatus\":\"ASAP\""_s << int(AppointmentStatus::Scheduled);
        QTest::newRow("unscheduled list") << u"\"AptStatus\":\"UnschedList\""_s << int(AppointmentStatus::Cancelled);
    }

    void statusFromTheWorkflowTimes()
    {
        QFETCH(QString, fields);
        QFETCH(int, status);
        const QByteArray body = (u"{\"AptNum\":5,\"PatNum\":6,\"Op\":1,\"ProvNum\":1,\"Pattern\":\"XXXX\","
                                 "\"AptDateTime\":\"2026-11-24 08:30:00\","_s
                                 + fields + u"}"_s)
                                        .toUtf8();
        QString error;
        const auto page = m_codec.appointments(body, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(int(page->appointments.constFirst().status), status);
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << u"not valid JSON"_s;
        QTest::newRow("truncated") << QByteArray(R"([{"AptNum":1,"PatNum":2,)") << u"not valid JSON"_s;
        QTest::newRow("a bare number") << QByteArray("42") << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("row not an object") << QByteArray(R"([{"AptNum":1,"PatNum":2,"AptStatus":"Planned"}, 7])")
                                           << u"row 1"_s;
        QTest::newRow("no AptNum") << QByteArray(R"([{"PatNum":2,"AptDateTime":"2026-11-24 08:30:00","Pattern":"XX"}])")
                                   << u"AptNum"_s;
        QTest::newRow("no PatNum") << QByteArray(R"([{"AptNum":3,"AptDateTime":"2026-11-24 08:30:00","Pattern":"XX"}])")
                                   << u"PatNum"_s;
        QTest::newRow("bad time") << QByteArray(R"([{"AptNum":3,"PatNum":2,"AptDateTime":"24/11/2026","Pattern":"XX"}])")
                                  << u"AptDateTime"_s;
        QTest::newRow("skipped by DST") << QByteArray(
                R"([{"AptNum":3,"PatNum":2,"AptDateTime":"2026-03-08 02:30:00","Pattern":"XX"}])")
                                        << u"AptDateTime"_s;
        QTest::newRow("odd pattern") << QByteArray(
                R"([{"AptNum":3,"PatNum":2,"AptDateTime":"2026-11-24 08:30:00","Pattern":"XX?X"}])")
                                     << u"Pattern"_s;
        QTest::newRow("no length") << QByteArray(R"([{"AptNum":3,"PatNum":2,"AptDateTime":"2026-11-24 08:30:00"}])")
                                   << u"Pattern"_s;
        QTest::newRow("unknown status") << QByteArray(
                R"([{"AptNum":3,"PatNum":2,"AptDateTime":"2026-11-24 08:30:00","Pattern":"XX","AptStatus":"Teleported"}])")
                                        << u"Teleported"_s;
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!m_codec.appointments(body, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void readsOperatoriesAndProviders()
    {
        const QByteArray ops = R"([
 {"OperatoryNum":1,"OpName":"Dr. Brian Albert","Abbrev":"OP-1","ItemOrder":0,"IsHidden":"false","ProvDentist":1,
  "ProvHygienist":0,"IsHygiene":"false","ClinicNum":2,"SetProspective":"false","IsWebSched":"false"},
 {"OperatoryNum":"7","OpName":"","Abbrev":"HYG","ItemOrder":3,"IsHidden":"true","ProvHygienist":4,"IsHygiene":"true"}
])";
        QString error;
        const auto chairs = m_codec.operatories(ops, &error);
        QVERIFY2(chairs, qPrintable(error));
        QCOMPARE(chairs->size(), 2);
        QCOMPARE(chairs->at(0).pmsId, u"1"_s);
        QCOMPARE(chairs->at(0).name, u"Dr. Brian Albert"_s);
        QCOMPARE(chairs->at(0).dentistPmsId, u"1"_s);
        QVERIFY(chairs->at(0).hygienistPmsId.isEmpty());
        QCOMPARE(chairs->at(0).clinicPmsId, u"2"_s);
        QCOMPARE(chairs->at(1).name, u"HYG"_s); // no name: its abbreviation
        QVERIFY(chairs->at(1).hidden);
        QVERIFY(chairs->at(1).hygiene);
        QCOMPARE(chairs->at(1).order, 3);

        const QByteArray provs = R"([
 {"ProvNum":1,"Abbr":"DOC1","LName":"Albert","FName":"Brian","IsSecondary":"false","provColor":"164,255,164",
  "IsHidden":"false","ProvStatus":"Active","IsNotPerson":"false"},
 {"ProvNum":2,"Abbr":"HYG1","LName":"Jones","FName":"Tina","IsSecondary":"true","provColor":"0,0,0",
  "IsHidden":"false","ProvStatus":"Deleted"}
])";
        const auto people = m_codec.providers(provs, &error);
        QVERIFY2(people, qPrintable(error));
        QCOMPARE(people->size(), 2);
        QCOMPARE(people->at(0).firstName, u"Brian"_s);
        QCOMPARE(people->at(0).lastName, u"Albert"_s);
        QCOMPARE(people->at(0).color, u"#a4ffa4"_s);
        QVERIFY(!people->at(0).hygienist);
        QVERIFY(!people->at(0).hidden);
        QVERIFY(people->at(1).hygienist);
        QVERIFY(people->at(1).hidden); // a deleted provider is not offered
        QVERIFY(people->at(1).color.isEmpty());

        QVERIFY(!m_codec.operatories(R"([{"OpName":"No number"}])", &error));
        QVERIFY(error.contains(u"OperatoryNum"_s));
        QVERIFY(!m_codec.providers("[{", &error));
        QVERIFY(error.contains(u"providers"_s));
    }

    void readsAppointmentTypes()
    {
        const QByteArray body = R"([
 {"AppointmentTypeNum":3,"AppointmentTypeName":"Crown Prep","AppointmentTypeColor":"255,128,0","ItemOrder":0,
  "IsHidden":"false","Pattern":"/XXXXXX/"},
 {"AppointmentTypeNum":4,"AppointmentTypeName":"Old","IsHidden":"true","Pattern":"??"}
])";
        QString error;
        const auto types = m_codec.appointmentTypes(body, &error);
        QVERIFY2(types, qPrintable(error));
        QCOMPARE(types->size(), 2);
        QCOMPARE(types->at(0).name, u"Crown Prep"_s);
        QCOMPARE(types->at(0).pattern, u"/XXXXXX/"_s);
        QCOMPARE(types->at(0).color, u"#ff8000"_s);
        QVERIFY(types->at(1).hidden);
        QVERIFY(types->at(1).pattern.isEmpty());
    }

    void readsPatients()
    {
        const QByteArray body = R"([
 {"PatNum":48,"LName":"Smith","FName":"Jane","Preferred":"","PatStatus":"Patient","HmPhone":"(536)624-5871",
  "WkPhone":"(536)987-4822","WirelessPhone":"","Guarantor":47,"Email":"smithfam@example.com",
  "PreferContactMethod":"TextMessage","Language":"spa","DateTStamp":"2021-12-08 15:34:34"},
 {"PatNum":49,"LName":"Doe","FName":"Cy","PatStatus":"Archived","WirelessPhone":"555 0101","Guarantor":0,
  "PreferContactMethod":"None","Language":"eng"},
 {"PatNum":50,"LName":"Roe","FName":"Al","Language":"fra","PreferContactMethod":"HmPhone"}
])";
        QString error;
        const auto patients = m_codec.patients(body, &error);
        QVERIFY2(patients, qPrintable(error));
        QCOMPARE(patients->size(), 3);
        QCOMPARE(patients->at(0).phone, u"(536)624-5871"_s); // home when there is no mobile
        QCOMPARE(patients->at(0).language, u"es"_s);
        QCOMPARE(patients->at(0).familyPmsId, u"47"_s);
        QCOMPARE(patients->at(0).contact, u"sms"_s);
        QVERIFY(patients->at(0).active);
        QCOMPARE(patients->at(1).familyPmsId, u"49"_s); // their own guarantor
        QCOMPARE(patients->at(1).contact, u"none"_s);
        QVERIFY(!patients->at(1).active);
        QCOMPARE(patients->at(1).language, u"en"_s);
        QVERIFY(patients->at(2).language.isEmpty()); // neither English nor Spanish
        QCOMPARE(patients->at(2).contact, u"phone"_s);
        QVERIFY(!m_codec.patients(R"([{"LName":"NoNumber"}])", &error));
        QVERIFY(error.contains(u"PatNum"_s));
    }

    void writesWhatOpenDentalReads()
    {
        PmsAppointment a;
        a.patientPmsId = u"17"_s;
        a.operatoryPmsId = u"3"_s;
        a.providerPmsId = u"5"_s;
        a.hygiene = true;
        a.typePmsId = u"4"_s;
        a.startUtc = QDateTime(QDate(2026, 7, 1), QTime(13, 0), Qt::UTC); // 08:00 CDT
        a.minutes = 30;
        a.pattern = u"/XXXX/"_s;
        a.notes = u"Sensitive left side"_s;
        const QJsonObject o = m_codec.appointmentBody(a);
        QCOMPARE(o.value(u"PatNum"_s).toInteger(), 17);
        QCOMPARE(o.value(u"Op"_s).toInteger(), 3);
        QCOMPARE(o.value(u"ProvHyg"_s).toInteger(), 5);
        QVERIFY(!o.contains(u"ProvNum"_s));
        QCOMPARE(o.value(u"IsHygiene"_s).toString(), u"true"_s); // booleans as strings
        QCOMPARE(o.value(u"AptDateTime"_s).toString(), u"2026-07-01 08:00:00"_s);
        QCOMPARE(o.value(u"Pattern"_s).toString(), u"/XXXX/"_s);
        QCOMPARE(o.value(u"AppointmentTypeNum"_s).toInteger(), 4);
        // A length that no longer matches the pattern is sent as provider time throughout.
        a.minutes = 45;
        QCOMPARE(m_codec.appointmentBody(a).value(u"Pattern"_s).toString(), u"XXXXXXXXX"_s);

        // What it writes, it reads back the same.
        QJsonObject reply = m_codec.appointmentBody(a);
        reply.insert(u"AptNum"_s, 99);
        reply.insert(u"AptStatus"_s, u"Scheduled"_s);
        QString error;
        const auto page = m_codec.appointments(QJsonDocument(reply).toJson(), &error);
        QVERIFY2(page, qPrintable(error));
        const PmsAppointment &back = page->appointments.constFirst();
        QCOMPARE(back.startUtc, a.startUtc);
        QCOMPARE(back.minutes, 45);
        QCOMPARE(back.providerPmsId, a.providerPmsId);
        QCOMPARE(back.operatoryPmsId, a.operatoryPmsId);
        QCOMPARE(back.notes, a.notes);
    }
};

namespace {

// Shaped like Open Dental's documented GET /appointments reply.
QByteArray documentedPage()
{
    return QByteArray(R"([
 {"serverDateTime":"2026-11-24 10:02:45","AptNum":18,"PatNum":17,"AptStatus":"Scheduled","Pattern":"//XXXX//",
  "Confirmed":19,"confirmed":"Not Called","Op":3,"Note":"Bring x-rays","ProvNum":1,"provAbbr":"DOC1","ProvHyg":0,
  "AptDateTime":"2026-11-24 08:30:00","IsNewPatient":"false","ClinicNum":0,"IsHygiene":"false",
  "DateTStamp":"2026-11-23 16:30:12","DateTimeArrived":"0001-01-01 00:00:00","DateTimeSeated":"0001-01-01 00:00:00",
  "DateTimeDismissed":"0001-01-01 00:00:00","AppointmentTypeNum":4,"Priority":"Normal"},
 {"serverDateTime":"2026-11-24 10:02:45","AptNum":19,"PatNum":21,"AptStatus":"Scheduled","Pattern":"XX//XX",
  "confirmed":"Confirmed by text","Op":2,"ProvNum":1,"ProvHyg":5,"IsHygiene":"true",
  "AptDateTime":"2026-11-24 09:00:00","DateTimeArrived":"2026-11-24 08:55:00","SomeFutureField":[1,2,3]},
 {"AptNum":20,"PatNum":22,"AptStatus":"Planned","Pattern":"XXXX"},
 {"AptNum":21,"PatNum":23,"AptStatus":"Broken","Pattern":"XXXXXX","Op":1,"ProvNum":"2",
  "AptDateTime":"2026-11-24 13:00:00"},
 {"AptNum":"22","PatNum":24,"AptStatus":"Complete","Pattern":"XXXXXX","Op":1,"ProvNum":2,
  "AptDateTime":"2026-11-23 13:00:00"}
])");
}

} // namespace

QTEST_APPLESS_MAIN(TestOpenDentalCodec)
#include "tst_opendentalcodec.moc"
