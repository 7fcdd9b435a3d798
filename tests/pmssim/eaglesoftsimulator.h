#pragma once

#include "pmssimulator.h"

class QXmlStreamWriter;

namespace chairside::sync {
struct XmlNode;
}

namespace chairside::pmssim {

// A stand-in for Eaglesoft's SOAP 1.1 scheduling service on loopback (endpoint
// http://127.0.0.1:PORT/eaglesoft/Scheduling.asmx): every call is a POST of an envelope with
// `SOAPAction: "http://eaglesoft.com/<Action>"` matching the body's element, and the user
// name and password in the soap:Header AuthHeader. Actions: ListAppointments (Offset,
// PageSize, ModifiedSince, AppointmentId, PatientId + Date), CreateAppointment (a fault
// SlotUnavailable on an operatory already booked), UpdateAppointment (elements left out keep
// their value; Status Confirmed confirms), CancelAppointment (Reason Cancelled or NoShow),
// ListOperatories, ListProviders, ListAppointmentTypes, ListPatients, GetAvailableSlots
// (FromDate, ToDate, AppointmentTypeId, ProviderId), GetPatientPreferences (PatientId),
// GetWaitlist (Offset, PageSize). Failures are SOAP faults
// (HTTP 500) with a detail ErrorCode; throttling is HTTP 429 with Retry-After.
class EaglesoftSimulator final : public PmsSimulator
{
    Q_OBJECT
public:
    explicit EaglesoftSimulator(QObject *parent = nullptr);
    ~EaglesoftSimulator() override;

    void setCredentials(const QString &userName, const QString &password);
    [[nodiscard]] QString baseUrl() const override;
    [[nodiscard]] QString flavor() const override { return QStringLiteral("eaglesoft"); }

protected:
    [[nodiscard]] QHttpServerResponse failure(Failure kind, const QString &message) const override;
    [[nodiscard]] bool authorized(const QHttpServerRequest &request) const override;
    [[nodiscard]] QHttpServerResponse respond(const QHttpServerRequest &request, const QString &route) override;
    [[nodiscard]] bool writes(const QHttpServerRequest &request) const override;
    [[nodiscard]] QString what(const QHttpServerRequest &request) const override;

private:
    QHttpServerResponse listAppointments(const sync::XmlNode &call);
    QHttpServerResponse save(const sync::XmlNode &call, bool create);
    QHttpServerResponse cancel(const sync::XmlNode &call);
    QHttpServerResponse references(const QString &action, const sync::XmlNode &call) const;
    QHttpServerResponse availableSlots(const sync::XmlNode &call) const;
    QHttpServerResponse preferences(const sync::XmlNode &call) const;
    QHttpServerResponse waitlist(const sync::XmlNode &call) const;
    void writeAppointment(QXmlStreamWriter &w, const Appointment &a) const;

    QString m_userName, m_password;
};

} // namespace chairside::pmssim
