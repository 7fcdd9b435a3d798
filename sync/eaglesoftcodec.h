#pragma once

#include "pmsappointment.h"
#include "soapxml.h"

#include <QTimeZone>

#include <optional>

class QXmlStreamWriter;

namespace chairside::sync {

// One page of an Eaglesoft list result.
template<typename Row>
struct EaglesoftPage
{
    QList<Row> rows;
    qint64 total = 0;
    QString serverTime; // xs:dateTime, UTC
};

// Reading and writing Eaglesoft's SOAP bodies: elements in http://eaglesoft.com/, times as
// xs:dateTime with an offset, booleans "true"/"false". ListAppointmentsResult holds
// ServerTime, TotalCount and Appointments/Appointment; the other lists likewise. A row
// without what identifies it is refused, naming the element and the row; unknown elements
// are ignored.
class EaglesoftCodec
{
public:
    explicit EaglesoftCodec(QTimeZone office) : m_office(std::move(office)) {}

    [[nodiscard]] std::optional<EaglesoftPage<PmsAppointment>> appointments(const QByteArray &reply,
                                                                            QString *error) const;
    // CreateAppointmentResult / UpdateAppointmentResult: one Appointment.
    [[nodiscard]] std::optional<PmsAppointment> appointment(const QByteArray &reply, QString *error) const;
    [[nodiscard]] std::optional<EaglesoftPage<PmsChair>> operatories(const QByteArray &reply, QString *error) const;
    [[nodiscard]] std::optional<EaglesoftPage<PmsProvider>> providers(const QByteArray &reply, QString *error) const;
    [[nodiscard]] std::optional<EaglesoftPage<PmsAppointmentType>> appointmentTypes(const QByteArray &reply,
                                                                                    QString *error) const;
    [[nodiscard]] std::optional<EaglesoftPage<PmsPatient>> patients(const QByteArray &reply, QString *error) const;

    // GetAvailableSlots, GetPatientPreferences and GetWaitlist results.
    [[nodiscard]] std::optional<EaglesoftPage<PmsSlot>> slots(const QByteArray &reply, QString *error) const;
    [[nodiscard]] std::optional<PmsPreferences> preferences(const QByteArray &reply, QString *error) const;
    [[nodiscard]] std::optional<EaglesoftPage<PmsWaitlistEntry>> waitlist(const QByteArray &reply, QString *error) const;
    // Writes <Appointment>…</Appointment> for CreateAppointment / UpdateAppointment.
    void writeAppointment(QXmlStreamWriter &w, const PmsAppointment &a) const;
    [[nodiscard]] static std::optional<PmsAppointment> readAppointment(const XmlNode &node, int row, QString *error);

    [[nodiscard]] static QString statusName(AppointmentStatus status);
    [[nodiscard]] static std::optional<AppointmentStatus> parseStatus(const QString &name);

private:
    QTimeZone m_office;
};

} // namespace chairside::sync
