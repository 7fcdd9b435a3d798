#include "opendentalsimulator.h"
#include "sync/opendentalcodec.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Sim Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [ { "id": "dr-a", "name": "Dr. A", "role": "dentist", "maxDailyPatients": 12,
                   "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "minMinutes": 30, "maxMinutes": 30 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" }, { "id": "p2", "name": "Ben Ruiz" }, { "id": "p3", "name": "Cy Doe" } ],
  "appointments": [
    { "id": "a1", "patientId": "p1", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-01T09:00" },
    { "id": "a2", "patientId": "p2", "typeId": "exam", "providerId": "dr-a", "chairId": "c2", "start": "2026-12-01T10:00" },
    { "id": "a3", "patientId": "p3", "typeId": "exam", "providerId": "dr-a", "chairId": "c1", "start": "2026-12-02T09:00" } ]
})";

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

} // namespace

// The Open Dental simulator over real loopback HTTP, read back with Chairside's own codec.
class TestOpenDentalSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pmssim::OpenDentalSimulator> m_sim;
    QNetworkAccessManager m_net;
    sync::OpenDentalCodec m_codec{QTimeZone("America/Chicago")};

    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QByteArray &auth = "ODFHIR dev/customer")
    {
        QNetworkRequest request(QUrl(m_sim->baseUrl() + path));
        request.setRawHeader("Authorization", auth);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->rawHeader("Retry-After")};
        reply->deleteLater();
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = std::make_unique<pmssim::OpenDentalSimulator>();
        QString error;
        QVERIFY2(m_sim->loadPractice(kPractice, &error), qPrintable(error));
        QVERIFY(m_sim->listen() != 0);
    }

    void refusesWrongKeys()
    {
        QCOMPARE(call("GET", u"/appointments"_s, {}, "ODFHIR dev/wrong").status, 401);
        QCOMPARE(call("GET", u"/appointments"_s, {}, {}).status, 401);
    }

    void pagesWithOffset()
    {
        m_sim->setPageSize(2);
        const Reply first = call("GET", u"/appointments?Offset=0"_s);
        QCOMPARE(first.status, 200);
        QString error;
        const auto page1 = m_codec.appointments(first.body, &error);
        QVERIFY2(page1, qPrintable(error));
        QCOMPARE(page1->appointments.size(), 2);
        QVERIFY(!page1->serverDateTime.isEmpty());
        const auto page2 = m_codec.appointments(call("GET", u"/appointments?Offset=2"_s).body, &error);
        QVERIFY2(page2, qPrintable(error));
        QCOMPARE(page2->appointments.size(), 1);
        QCOMPARE(page1->appointments.constFirst().startUtc,
                 QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)); // 09:00 in Chicago
        QCOMPARE(page1->appointments.constFirst().operatoryPmsId, QString::number(m_sim->operatoryFor(u"c1"_s)));
        // A date filter.
        const auto day = m_codec.appointments(call("GET", u"/appointments?date=2026-12-02"_s).body, &error);
        QCOMPARE(day->appointments.size(), 1);
    }

    void createRefusesDoubleBookingAndShowsInIncrementalPulls()
    {
        QString error;
        const auto before = m_codec.appointments(call("GET", u"/appointments"_s).body, &error);
        QVERIFY(before);
        const QString cursor = before->serverDateTime;
        QTest::qWait(1100); // DateTStamp has whole seconds

        sync::PmsAppointment a;
        a.patientPmsId = QString::number(m_sim->patientFor(u"p3"_s));
        a.operatoryPmsId = QString::number(m_sim->operatoryFor(u"c2"_s));
        a.providerPmsId = QString::number(m_sim->providerFor(u"dr-a"_s));
        a.startUtc = QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC); // 11:00
        a.minutes = 30;
        const Reply created = call("POST", u"/appointments"_s, QJsonDocument(m_codec.appointmentBody(a)).toJson());
        QCOMPARE(created.status, 201);
        const auto made = m_codec.appointments(created.body, &error);
        QVERIFY2(made, qPrintable(error));
        QVERIFY(!made->appointments.constFirst().pmsId.isEmpty());

        // The same operatory at an overlapping time: 409 with the reason.
        a.startUtc = a.startUtc.addSecs(600);
        const Reply clash = call("POST", u"/appointments"_s, QJsonDocument(m_codec.appointmentBody(a)).toJson());
        QCOMPARE(clash.status, 409);
        QVERIFY(clash.body.contains("already booked"));

        // Changed since the cursor: only the new one.
        QUrlQuery q;
        q.addQueryItem(u"DateTStamp"_s, cursor);
        const auto changed =
                m_codec.appointments(call("GET", u"/appointments?"_s + q.toString(QUrl::FullyEncoded)).body, &error);
        QVERIFY2(changed, qPrintable(error));
        QCOMPARE(changed->appointments.size(), 1);
        QCOMPARE(changed->appointments.constFirst().pmsId, made->appointments.constFirst().pmsId);
    }

    void breakAndConfirm()
    {
        QCOMPARE(call("PUT", u"/appointments/1/Confirm"_s, R"({"confirmVal":"Confirmed"})").status, 200);
        QString error;
        auto one = m_codec.appointments(call("GET", u"/appointments/1"_s).body, &error);
        QCOMPARE(one->appointments.constFirst().status, AppointmentStatus::Confirmed);
        QCOMPARE(call("PUT", u"/appointments/1/Break"_s, R"({"sendToUnscheduledList":"true","breakType":"Missed"})").status,
                 200);
        one = m_codec.appointments(call("GET", u"/appointments/1"_s).body, &error);
        QCOMPARE(one->appointments.constFirst().status, AppointmentStatus::Cancelled);
        QCOMPARE(call("PUT", u"/appointments/1/Break"_s, R"({"breakType":"Sideways"})").status, 400);
        QCOMPARE(call("GET", u"/appointments/999"_s).status, 404);
    }

    void throttlesWithRetryAfter()
    {
        m_sim->setRateLimit(3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call("GET", u"/appointments/1"_s).status, 200);
        const Reply busy = call("GET", u"/appointments/1"_s);
        QCOMPARE(busy.status, 429);
        QVERIFY(busy.retryAfter.toInt() >= 1 && busy.retryAfter.toInt() <= 60);
    }

    void injectsFaults()
    {
        pmssim::OpenDentalSimulator::Faults faults;
        faults.unavailable = 2;
        m_sim->setFaults(faults);
        QCOMPARE(call("GET", u"/appointments/1"_s).status, 503);
        QCOMPARE(call("GET", u"/appointments/1"_s).status, 503);
        QCOMPARE(call("GET", u"/appointments/1"_s).status, 200);
        faults = {};
        faults.malformed = true;
        m_sim->setFaults(faults);
        const Reply cut = call("GET", u"/appointments"_s);
        QCOMPARE(cut.status, 200);
        QString error;
        QVERIFY(!m_codec.appointments(cut.body, &error));
        QVERIFY(error.contains(u"not valid JSON"_s));
    }
};

QTEST_GUILESS_MAIN(TestOpenDentalSimulator)
#include "tst_opendentalsimulator.moc"
