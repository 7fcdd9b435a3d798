#pragma once

#include "domain/practicedata.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponder>
#include <QMap>
#include <QObject>
#include <QTimeZone>

#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace chairside::pmssim {

// What every PMS simulator shares: an in-memory practice loaded from a chairside-practice/1
// file (chairs become operatories 1..n, providers 1..n, patients 1..n, types 1..n), its book
// of appointments with a strictly increasing change stamp, double-booking checks, a
// loopback HTTP server, credentials, a sliding-window rate limit answered with 429 and
// Retry-After, and injected faults. Each flavour adds its vendor's routes and wire format.
class PmsSimulator : public QObject
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
        QString pattern; // one character per 5 minutes
        // Open Dental's words: Scheduled, Complete, Broken, UnschedList.
        QString status = QStringLiteral("Scheduled");
        bool missed = false; // broken as a no-show
        QString note;
        QString confirmed = QStringLiteral("Not Called");
        bool hygiene = false;
        QDateTime stamp; // last change, office time
        QDateTime arrived, seated, dismissed; // the visit's steps, office time; invalid = not yet

        [[nodiscard]] bool live() const { return status == u"Scheduled"; }
        // Sets the visit's steps and status for `to` at `at`, as a status change asks.
        void step(AppointmentStatus to, const QDateTime &at)
        {
            if (to == AppointmentStatus::Scheduled || to == AppointmentStatus::Confirmed)
                arrived = seated = dismissed = QDateTime();
            if (to == AppointmentStatus::Arrived) {
                arrived = at;
                seated = dismissed = QDateTime();
            }
            if (to == AppointmentStatus::InChair) {
                seated = at;
                dismissed = QDateTime();
            }
            if (to == AppointmentStatus::Completed)
                dismissed = at;
            status = to == AppointmentStatus::Completed ? QStringLiteral("Complete") : QStringLiteral("Scheduled");
            if (to == AppointmentStatus::Confirmed)
                confirmed = QStringLiteral("Confirmed");
        }
        [[nodiscard]] int minutes() const { return int(pattern.size()) * 5; }
        [[nodiscard]] AppointmentStatus state() const
        {
            if (status == u"Complete")
                return AppointmentStatus::Completed;
            if (status != u"Scheduled")
                return missed ? AppointmentStatus::NoShow : AppointmentStatus::Cancelled;
            if (seated.isValid())
                return AppointmentStatus::InChair;
            if (arrived.isValid())
                return AppointmentStatus::Arrived;
            return confirmed == u"Confirmed" ? AppointmentStatus::Confirmed : AppointmentStatus::Scheduled;
        }
    };

    struct Faults
    {
        double errorRate = 0;   // share of requests answered 500
        int unavailable = 0;    // the next N requests answered 503
        bool malformed = false; // replies cut short
        int lostReplies = 0;    // the next N writes are carried out, then answered 503 (a lost reply)
    };

    struct Served
    {
        QString what; // the path and query asked for, or the SOAP action
        qint64 atMs = 0;
        int status = 0;
        qint64 retryAfterMs = 0;
    };

    explicit PmsSimulator(QObject *parent = nullptr);
    ~PmsSimulator() override;

    // Loads the practice (and its appointments); false with the file's problems.
    [[nodiscard]] virtual bool loadPractice(const QByteArray &practiceJson, QString *error);
    // At most `perWindow` requests in any `windowMs` (a minute by default); then 429.
    void setRateLimit(int perWindow, int windowMs = 60000)
    {
        m_perMinute = perWindow;
        m_windowMs = windowMs;
    }
    void setPageSize(int size) { m_pageSize = size; }
    void setFaults(const Faults &faults) { m_faults = faults; }
    // Every request: what it asked for, when it came (ms since the epoch) and the status it got.
    [[nodiscard]] const QList<Served> &served() const { return m_served; }
    [[nodiscard]] qint64 requests() const { return m_requests; }
    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0.
    quint16 listen(quint16 port = 0);
    // The same over TLS with this certificate and key (PEM files): https:// URLs.
    quint16 listenTls(const QString &certificateFile, const QString &keyFile, quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    // The URL a client configures.
    [[nodiscard]] virtual QString baseUrl() const = 0;
    [[nodiscard]] virtual QString flavor() const = 0;

    // The server's own book, for tests comparing it with a cache.
    [[nodiscard]] QList<Appointment> appointments() const { return m_appointments.values(); }
    // A change made at the practice's own desk: moves it and bumps its stamp.
    void changeOnServer(qint64 aptNum, const QDateTime &newStart);
    // Books directly on the server (the practice's own desk); the new number, or 0 on overlap.
    qint64 bookOnServer(Appointment a);
    // A patient's mobile phone changed at the practice's own desk: their stamp moves.
    void changePatientOnServer(const QString &patientId, const QString &phone);
    // A new patient registered at the practice's own desk; their PMS number.
    qint64 addPatientOnServer(const Patient &p);
    // A provider renamed at the practice's own desk ("Dr. Ana Ruiz").
    void renameProviderOnServer(const QString &providerId, const QString &name);

    [[nodiscard]] qint64 operatoryFor(const QString &chairId) const { return m_opByChair.value(chairId); }
    [[nodiscard]] qint64 providerFor(const QString &providerId) const { return m_provByProvider.value(providerId); }
    [[nodiscard]] qint64 patientFor(const QString &patientId) const { return m_patByPatient.value(patientId); }

protected:
    enum class Failure { Auth, NotFound, Refused, Conflict, BadRequest, Throttled, Unavailable, ServerError };
    // The flavour's body for a failure (plain text, a JSON error, a SOAP fault).
    [[nodiscard]] virtual QHttpServerResponse failure(Failure kind, const QString &message) const = 0;
    [[nodiscard]] virtual bool authorized(const QHttpServerRequest &request) const = 0;
    // Answers one request of the flavour's API, after credentials and limits were checked.
    [[nodiscard]] virtual QHttpServerResponse respond(const QHttpServerRequest &request, const QString &route) = 0;
    // Whether `request` changes the book (for lost-reply faults).
    [[nodiscard]] virtual bool writes(const QHttpServerRequest &request) const;
    // What a request asked for, for the request log: its path and query by default.
    [[nodiscard]] virtual QString what(const QHttpServerRequest &request) const;

    // Checks, answers and records a request for `route`: what the flavour's routes call.
    QHttpServerResponse handle(const QHttpServerRequest &request, const QString &route);

    [[nodiscard]] QString overlapWith(const Appointment &a) const;
    // When the patient last changed here (the practice's load, unless changed since).
    [[nodiscard]] QDateTime patientStamp(const Patient &p) const { return m_patientStamps.value(p.id, m_loadedStamp); }
    [[nodiscard]] QDateTime nextStamp();
    // The patient changed now (their stamp moves).
    void touchPatient(const QString &patientId) { m_patientStamps.insert(patientId, nextStamp()); }
    [[nodiscard]] virtual QDateTime officeNow() const;
    [[nodiscard]] static QHttpServerResponder::StatusCode statusFor(Failure kind);
    // Free times of `typeNum`'s length (30 minutes when none) on the half hour within the
    // providers' weekly hours, where neither the operatory nor the provider is booked.
    struct Opening
    {
        QDateTime start; // office time
        int minutes = 0;
        qint64 provNum = 0;
        qint64 op = 0;
    };
    [[nodiscard]] QList<Opening> openings(const QDate &from, const QDate &to, qint64 typeNum, qint64 provNum,
                                          int limit) const;
    // "http://127.0.0.1:PORT", or https when listening with TLS.
    [[nodiscard]] QString origin() const;

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QTimeZone m_zone;
    int m_pageSize = 100;
    QMap<qint64, Appointment> m_appointments;
    qint64 m_nextAptNum = 1;
    QHash<QString, qint64> m_opByChair, m_provByProvider, m_patByPatient, m_typeByType;
    QHash<qint64, QString> m_typePattern;
    QList<Chair> m_chairs;
    QList<Provider> m_providers;
    QList<Patient> m_patients;
    QList<AppointmentType> m_types;
    QList<WaitlistEntry> m_waitlist;
    QList<RecallType> m_recallTypes; // the practice file's, numbered 1..n
    QList<Recall> m_recalls;         // numbered 1..n
    QDateTime m_loadedStamp; // when the loaded practice was last changed
    QHash<QString, QDateTime> m_patientStamps; // patients changed since the load

private:
    int m_perMinute = 0; // 0 = no limit
    int m_windowMs = 60000;
    QList<Served> m_served;
    qint64 m_lastRetryAfter = 0;
    Faults m_faults;
    qint64 m_requests = 0;
    QList<qint64> m_recent;
    QDateTime m_lastStamp;
};

} // namespace chairside::pmssim
