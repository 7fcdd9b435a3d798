#pragma once

#include "domain/practicedata.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace chairside::pmssim {

// A stand-in for Open Dental's API v1 on loopback, following its published contract for the
// calls Chairside makes: GET /operatories, /providers, /appointmenttypes and /patients/Simple, GET/POST/PUT /api/v1/appointments (paged with Limit/Offset, filtered
// by date range, PatNum and DateTStamp, with serverDateTime in every row), PUT .../Break and
// .../Confirm, the `ODFHIR dev/customer` Authorization header. It holds an in-memory practice
// loaded from a chairside-practice/1 file (chairs become operatories 1..n, providers ProvNum
// 1..n, patients PatNum 1..n, types AppointmentTypeNum 1..n), refuses double-booking an
// operatory with 409, and answers 429 with Retry-After past its rate limit. Faults are
// injected on command: a share of requests failing with 500, a burst of 503s, malformed
// bodies.
class OpenDentalSimulator final : public QObject
{
    Q_OBJECT
public:
    struct Appointment
    {
        qint64 aptNum = 0;
        qint64 patNum = 0;
        qint64 op = 0;
        qint64 provNum = 0;
        qint64 provHyg = 0;
        qint64 typeNum = 0;
        QDateTime start; // office time
        QString pattern;
        QString status = QStringLiteral("Scheduled");
        QString note;
        QString confirmed = QStringLiteral("Not Called");
        bool hygiene = false;
        QDateTime stamp; // DateTStamp, office time
    };

    struct Faults
    {
        double errorRate = 0;   // share of requests answered 500
        int unavailable = 0;    // the next N requests answered 503
        bool malformed = false; // replies cut short mid-JSON
        int lostReplies = 0;    // the next N writes are carried out, then answered 503 (a lost reply)
    };

    explicit OpenDentalSimulator(QObject *parent = nullptr);
    ~OpenDentalSimulator() override;

    // Loads the practice (and its appointments); false with the file's problems.
    [[nodiscard]] bool loadPractice(const QByteArray &practiceJson, QString *error);
    void setKeys(const QString &developerKey, const QString &customerKey);
    // At most `perWindow` requests in any `windowMs` (a minute by default); then 429.
    void setRateLimit(int perWindow, int windowMs = 60000)
    {
        m_perMinute = perWindow;
        m_windowMs = windowMs;
    }
    // Every request: when it came (ms since the epoch) and the status it got.
    struct Served
    {
        qint64 atMs = 0;
        int status = 0;
        qint64 retryAfterMs = 0;
    };
    [[nodiscard]] const QList<Served> &served() const { return m_served; }
    void setPageSize(int size) { m_pageSize = size; }
    void setFaults(const Faults &faults) { m_faults = faults; }
    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0.
    quint16 listen(quint16 port = 0);
    [[nodiscard]] QString baseUrl() const;

    // The server's own book, for tests comparing it with a cache.
    [[nodiscard]] QList<Appointment> appointments() const { return m_appointments.values(); }
    [[nodiscard]] qint64 requests() const { return m_requests; }
    // A change made at the practice's own desk: bumps DateTStamp like Open Dental does.
    void changeOnServer(qint64 aptNum, const QDateTime &newStart);

    [[nodiscard]] qint64 operatoryFor(const QString &chairId) const { return m_opByChair.value(chairId); }
    [[nodiscard]] qint64 providerFor(const QString &providerId) const { return m_provByProvider.value(providerId); }
    [[nodiscard]] qint64 patientFor(const QString &patientId) const { return m_patByPatient.value(patientId); }

private:
    QHttpServerResponse handle(const QHttpServerRequest &request, const QString &path);
    QHttpServerResponse respond(const QHttpServerRequest &request, const QString &path);
    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QByteArray &body);
    QHttpServerResponse update(qint64 aptNum, const QByteArray &body);
    QHttpServerResponse breakAppointment(qint64 aptNum, const QByteArray &body);
    QHttpServerResponse confirm(qint64 aptNum, const QByteArray &body);
    QHttpServerResponse operatories() const;
    QHttpServerResponse providers() const;
    QHttpServerResponse patients(const QHttpServerRequest &request) const;
    QHttpServerResponse appointmentTypes() const;
    [[nodiscard]] QString overlapWith(const Appointment &a) const;
    [[nodiscard]] QJsonObject toJson(const Appointment &a) const;
    [[nodiscard]] QDateTime nextStamp();
    [[nodiscard]] QDateTime officeNow() const;

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QTimeZone m_zone;
    QString m_authorization;
    int m_perMinute = 0; // 0 = no limit
    int m_windowMs = 60000;
    QList<Served> m_served;
    qint64 m_lastRetryAfter = 0;
    int m_pageSize = 100;
    Faults m_faults;
    qint64 m_requests = 0;
    QList<qint64> m_recent; // request times (ms) inside the current minute
    QMap<qint64, Appointment> m_appointments;
    qint64 m_nextAptNum = 1;
    QDateTime m_lastStamp;
    QHash<QString, qint64> m_opByChair, m_provByProvider, m_patByPatient, m_typeByType;
    QHash<qint64, QString> m_typePattern;
    QList<Chair> m_chairs;
    QList<Provider> m_providers;
    QList<Patient> m_patients;
    QList<AppointmentType> m_types;
    QDateTime m_patientsStamp;
};

} // namespace chairside::pmssim
