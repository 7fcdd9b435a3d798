#pragma once

#include "bearertoken.h"
#include "dentrixcodec.h"
#include "domain/clock.h"
#include "pmsadapter.h"
#include "retrypolicy.h"

#include <QDateTime>
#include <QUrl>

#include <memory>

namespace chairside::sync {

class PmsTransport;

// Dentrix's REST API. Every call carries `Authorization: Bearer <token>` and `X-API-Key`;
// the token comes from an OAuth2 client-credentials request (POST {base}/oauth/token) and is
// fetched again shortly before it expires or when a call is answered 401 (that call is then
// sent once more). The seeds' calls: GET /patients/{id}/appointments (used to find a booking
// whose reply was lost), POST /appointments, PUT /appointments/{id}, DELETE
// /appointments/{id} (cancel); a no-show and a confirmation are PUTs of the status. The
// practice-wide reads page with limit/offset: GET /appointments?modifiedSince=, /providers,
// /operatories, /appointment-types, /patients?modifiedSince=.
class DentrixAdapter final : public PmsAdapter
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl baseUrl;
        QString clientId;
        QString clientSecret;
        QString apiKey;
        QTimeZone office;
        int perMinute = 100; // the seeds' Dentrix figure
        int burst = 10;
        int pageSize = 100;
        int timeoutMs = 30000;
        RetryPolicy retry;
        QString caFile;
        const Clock *clock = &systemClock(); // when the access token runs out
    };

    explicit DentrixAdapter(Settings settings, QObject *parent = nullptr);
    ~DentrixAdapter() override;

    [[nodiscard]] QString configurationError() const;
    // Token requests made so far (tests check refresh).
    [[nodiscard]] int tokenRequests() const { return m_token.fetches(); }

    [[nodiscard]] QString system() const override { return QStringLiteral("dentrix"); }
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
    void listAppointmentTypes(TypesDone done) override;
    void listPatients(const QString &cursor, int offset, PageSeen<PmsPatient> seen) override;
    void checkAvailability(const QDate &from, const QDate &to, const QString &typePmsId, const QString &providerPmsId,
                           SlotsDone done) override;
    void patientPreferences(const QString &patientPmsId, PreferencesDone done) override;
    void listWaitlist(WaitlistDone done) override;

private:
    using Replied = std::function<void(const QByteArray &body, const PmsError &error)>;
    void send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body, Replied replied);
    void fetchToken(BearerToken::Got got);
    void appointmentCall(const QByteArray &verb, const QString &path, const QByteArray &body, AppointmentDone done);
    // Every page of a list resource changed after `cursor` (empty: all), read by `read`.
    template<typename Row, typename Read>
    void getAll(const QString &path, const QString &cursor, Read read, ListDone<Row> done);
    // How one page of the same is asked for and read.
    template<typename Row, typename Read>
    PageFetch<Row> pages(const QString &path, const QString &cursor, Read read);

    Settings m_settings;
    std::unique_ptr<PmsTransport> m_transport;
    DentrixCodec m_codec;
    BearerToken m_token;
};

} // namespace chairside::sync
