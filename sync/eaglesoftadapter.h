#pragma once

#include "eaglesoftcodec.h"
#include "pmsadapter.h"
#include "retrypolicy.h"

#include <QUrl>

#include <memory>

namespace chairside::sync {

class PmsTransport;

// Eaglesoft's SOAP 1.1 service: every call is a POST of an envelope to one endpoint, the
// action in `SOAPAction: "http://eaglesoft.com/<Action>"`, the user name and password in a
// soap:Header AuthHeader. The seeds' actions: ListAppointments (paged, ModifiedSince,
// PatientId/Date to find a booking whose reply was lost), CreateAppointment,
// UpdateAppointment (also confirms), CancelAppointment (Reason Cancelled or NoShow); and
// ListOperatories, ListProviders, ListAppointmentTypes, ListPatients for linking. Faults
// become errors: soap:Client AuthenticationFailed -> auth, NotFound -> not found, other
// client faults -> refused with the fault's words, soap:Server -> server trouble (retried).
class EaglesoftAdapter final : public PmsAdapter
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl endpoint;
        QString userName;
        QString password;
        QTimeZone office;
        int perMinute = 60; // the seeds' Eaglesoft figure
        int burst = 5;
        // Rows a ListAppointments page asks for: at 60 calls a minute, larger pages keep a
        // first pull of a busy practice to minutes (20,000 appointments: 40 calls).
        int pageSize = 500;
        int timeoutMs = 30000;
        RetryPolicy retry;
        QString caFile;
    };

    explicit EaglesoftAdapter(Settings settings, QObject *parent = nullptr);
    ~EaglesoftAdapter() override;

    [[nodiscard]] QString configurationError() const;

    [[nodiscard]] QString system() const override { return QStringLiteral("eaglesoft"); }
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
    void call(const QString &action, const std::function<void(QXmlStreamWriter &)> &writeBody, Replied replied);
    // CreateAppointment / UpdateAppointment: the appointment out, the PMS's version back.
    void saveAppointment(const QString &action, const PmsAppointment &a, AppointmentDone done);
    // Every page of a List… action's rows changed after `cursor` (empty: all), read by `read`.
    template<typename Row, typename Read>
    void listAll(const QString &action, const QString &cursor, Read read, ListDone<Row> done);
    // How one page of the same is asked for and read.
    template<typename Row, typename Read>
    PageFetch<Row> pages(const QString &action, const QString &cursor, Read read);

    Settings m_settings;
    std::unique_ptr<PmsTransport> m_transport;
    EaglesoftCodec m_codec;
};

} // namespace chairside::sync
