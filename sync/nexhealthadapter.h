#pragma once

#include "bearertoken.h"
#include "nexhealthcodec.h"
#include "pmsadapter.h"
#include "retrypolicy.h"

#include "domain/clock.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace chairside::sync {

class PmsTransport;

// NexHealth's Synchronizer API (version v20240412), which reaches a practice's Dentrix,
// Dentrix Enterprise, Eaglesoft or Open Dental through NexHealth's own connector at the
// office. Every request carries `Nex-Api-Version`; `POST /authenticates` takes the API key as
// the whole Authorization value and answers a bearer token (about an hour), fetched again
// shortly before it runs out and once when a call is answered 401. Every call names the
// practice's `subdomain`, and `location_id` where NexHealth asks for it. Lists page by
// cursor (`end_cursor`, `per_page` always sent). Appointments are read in a window
// (`start`/`end`: a month back, two years ahead) with `updated_since` for what changed; blocks
// (`unavailable`) are read with the schedule, never as visits. A booking is POSTed once and
// is Pending until a read shows it written into the practice's system (`foreign_id`).
// Cancel, confirm, check-in and a move are PATCHes; a no-show, seating, completion and taking
// a confirmation back cannot be sent and are reported Unsupported, so they stay here.
class NexHealthAdapter final : public PmsAdapter
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl baseUrl;       // https://nexhealth.info
        QString apiKey;
        QString subdomain;
        QString locationId;
        QTimeZone office;
        int perMinute = 1000; // NexHealth's figure for patients and appointments
        int burst = 16;
        int pageSize = 1000;  // per_page, NexHealth's maximum
        int timeoutMs = 30000;
        RetryPolicy retry;
        QString caFile;
        const Clock *clock = &systemClock(); // when the token runs out
        int windowPastDays = 30;
        int windowAheadDays = 730;
    };

    explicit NexHealthAdapter(Settings settings, QObject *parent = nullptr);
    ~NexHealthAdapter() override;

    [[nodiscard]] QString configurationError() const;
    [[nodiscard]] int tokenRequests() const { return m_token.fetches(); }
    // The practice's location as NexHealth has it (its time zone above all): `pms connect`
    // checks it before anything is written.
    void readLocation(std::function<void(const NexHealthLocation &, const PmsError &)> done);

    [[nodiscard]] QString system() const override { return QStringLiteral("nexhealth"); }
    void listAppointments(const QString &cursor, int offset, AppointmentsDone done) override;
    void findAppointment(const QString &pmsId, AppointmentDone done) override;
    void createAppointment(const PmsAppointment &a, AppointmentDone done) override;
    void findMatching(const PmsAppointment &a, AppointmentDone done) override;
    void createPatient(const PmsPatient &patient, PatientDone done) override;
    void findPatient(const PmsPatient &patient, PatientDone done) override;
    void updateAppointment(const PmsAppointment &a, AppointmentDone done) override;
    void cancelAppointment(const QString &pmsId, bool missed, Done done) override;
    void confirmAppointment(const QString &pmsId, Done done) override;
    void setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &atUtc, Done done) override;
    void listChairs(ChairsDone done) override;
    void listProviders(ProvidersDone done) override;
    void listAppointmentTypes(TypesDone done) override;
    void listRecallTypes(RecallTypesDone done) override;
    void listRecalls(RecallsDone done) override;
    void listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen) override;
    void listSchedules(const QDate &from, const QDate &to, SchedulesDone done) override;

    // Where one paged read is: the cursor for each offset reached, and what the next
    // incremental read may start from.
    struct CursorRead;

private:
    using Replied = std::function<void(const QByteArray &body, const PmsError &error)>;
    void send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, Replied replied);
    void fetchToken(BearerToken::Got got);
    void appointmentCall(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body,
                         AppointmentDone done);
    void patch(const QString &pmsId, const QJsonObject &appt, Done done);
    // The query every call carries (subdomain; the location where `withLocation`).
    [[nodiscard]] QUrlQuery scope(bool withLocation) const;
    // The appointments window around today, in UTC.
    [[nodiscard]] QPair<QDateTime, QDateTime> window() const;
    // How one page of a cursor-paged list is asked for and read, for a read kept in `state`.
    template<typename Row, typename Read>
    PageFetch<Row> pages(const QString &path, const QUrlQuery &filter, Read read, std::shared_ptr<CursorRead> state);

    Settings m_settings;
    std::unique_ptr<PmsTransport> m_transport;
    NexHealthCodec m_codec;
    BearerToken m_token;
    std::shared_ptr<CursorRead> m_appointmentRead; // the pull going on, page by page
};

} // namespace chairside::sync
