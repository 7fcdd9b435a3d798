#pragma once

#include "opendentalcodec.h"
#include "pmsadapter.h"
#include "retrypolicy.h"

#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace chairside::sync {

class PmsTransport;

// Open Dental's REST API v1, local (http://localhost:30222/api/v1) or remote
// (https://api.opendental.com/api/v1). Authorization: ODFHIR {DeveloperKey}/{CustomerKey}.
// Reads page with Limit/Offset and pull incrementally by DateTStamp; cancel and no-show go
// through PUT .../Break, confirmation through PUT .../Confirm (Open Dental has no DELETE);
// notes to patients go to the chart's communication log through POST /commlogs.
class OpenDentalAdapter final : public PmsAdapter
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl baseUrl;
        QString developerKey;
        QString customerKey;
        QTimeZone office;
        int perMinute = 60;  // Open Dental's published limits: 60/min remote, 200/min local
        int burst = 10;
        int pageSize = 100;  // 100 a page remote, 1000 local
        int timeoutMs = 30000;
        RetryPolicy retry;
        QString caFile; // a CA to trust besides the system's (PEM), when set
    };
    // The published defaults for a URL: local API service or remote.
    [[nodiscard]] static Settings defaultsFor(const QUrl &baseUrl);

    explicit OpenDentalAdapter(Settings settings, QObject *parent = nullptr);
    ~OpenDentalAdapter() override;

    // Why this adapter cannot be used as configured (a URL that would leave the machine in
    // plain http, no keys), or empty. Calls report it without sending anything.
    [[nodiscard]] QString configurationError() const;

    [[nodiscard]] QString system() const override { return QStringLiteral("opendental"); }
    void listAppointments(const QString &cursor, int offset, AppointmentsDone done) override;
    void findAppointment(const QString &pmsId, AppointmentDone done) override;
    void createAppointment(const PmsAppointment &a, AppointmentDone done) override;
    void findMatching(const PmsAppointment &a, AppointmentDone done) override;
    void updateAppointment(const PmsAppointment &a, AppointmentDone done) override;
    void cancelAppointment(const QString &pmsId, bool missed, Done done) override;
    void confirmAppointment(const QString &pmsId, Done done) override;
    void setStatus(const QString &pmsId, AppointmentStatus status, const QDateTime &atUtc, Done done) override;
    void listChairs(ChairsDone done) override;
    void listProviders(ProvidersDone done) override;
    void listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen) override;
    void createPatient(const PmsPatient &patient, PatientDone done) override;
    void findPatient(const PmsPatient &patient, PatientDone done) override;
    void updatePatient(const PmsPatient &patient, const QStringList &fields, Done done) override;
    void listAppointmentTypes(TypesDone done) override;
    void listSchedules(const QDate &from, const QDate &to, SchedulesDone done) override;
    void listRecallTypes(RecallTypesDone done) override;
    void listRecalls(RecallsDone done) override;
    void createCommlog(const PmsCommlog &note, CommlogDone done) override;
    void findCommlog(const PmsCommlog &note, CommlogDone done) override;

private:
    using Replied = std::function<void(const QByteArray &body, const PmsError &error)>;
    void send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, Replied replied);
    // GETs every page of a list resource (with `filter`), each read by `read`.
    template<typename Row, typename Read>
    void getAll(const QString &path, const QUrlQuery &filter, Read read, ListDone<Row> done);
    // How one page of the list at `path` is asked for and read.
    template<typename Row, typename Read>
    PageFetch<Row> pages(const QString &path, const QUrlQuery &filter, Read read);
    void appointmentCall(const QByteArray &verb, const QString &path, const QByteArray &body, AppointmentDone done);

    Settings m_settings;
    std::unique_ptr<PmsTransport> m_transport;
    OpenDentalCodec m_codec;
};

} // namespace chairside::sync
