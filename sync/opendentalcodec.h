#pragma once

#include "pmsappointment.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QTimeZone>

#include <optional>

namespace chairside::sync {

// One page of Open Dental's GET /appointments: the appointments that are on the book, and
// the server's clock to use as the next DateTStamp cursor.
struct OpenDentalAppointmentPage
{
    QList<PmsAppointment> appointments;
    int received = 0;       // rows in the reply, including ones not on the book (planned, notes)
    QString serverDateTime; // "yyyy-MM-dd HH:mm:ss", office time
};

// Reading and writing Open Dental API v1 appointment JSON. Open Dental speaks PascalCase
// fields, booleans as the strings "true"/"false", times as "yyyy-MM-dd HH:mm:ss" in the
// office's time zone, and Pattern as 'X'/'/' per 5 minutes. Fields added or dropped across
// versions are tolerated; a reply missing what identifies an appointment, or of the wrong
// shape, is refused with a message that names the field and the row, and nothing of it is
// used.
class OpenDentalCodec
{
public:
    explicit OpenDentalCodec(QTimeZone office) : m_office(std::move(office)) {}

    // A GET /appointments reply (a JSON array), or a single appointment (an object).
    [[nodiscard]] std::optional<OpenDentalAppointmentPage> appointments(const QByteArray &body, QString *error) const;
    // GET /operatories and GET /providers replies.
    [[nodiscard]] std::optional<QList<PmsChair>> operatories(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<QList<PmsProvider>> providers(const QByteArray &body, QString *error) const;
    // GET /appointmenttypes replies.
    [[nodiscard]] std::optional<QList<PmsAppointmentType>> appointmentTypes(const QByteArray &body,
                                                                            QString *error) const;
    // GET /patients/Simple (and /patients) replies.
    [[nodiscard]] std::optional<QList<PmsPatient>> patients(const QByteArray &body, QString *error) const;
    // GET /schedules replies. `withOperatories` tells whether the rows name their operatories
    // (the "operatories" field; older versions leave it out and /scheduleops has them).
    [[nodiscard]] std::optional<QList<PmsSchedule>> schedules(const QByteArray &body, bool *withOperatories,
                                                              QString *error) const;
    // GET /scheduleops replies: ScheduleNum -> OperatoryNums.
    [[nodiscard]] std::optional<QMultiHash<QString, QString>> scheduleOps(const QByteArray &body, QString *error) const;
    // The body of POST /appointments (new) or PUT /appointments/{AptNum} (changed).
    [[nodiscard]] QJsonObject appointmentBody(const PmsAppointment &a) const;

    // The body of POST /patients (every field, `fields` empty) or PUT /patients/{PatNum} (the
    // fields named: name, birthdate, phone, email, language, contact, guarantor).
    [[nodiscard]] QJsonObject patientBody(const PmsPatient &p, const QStringList &fields) const;

    // The body of POST /commlogs: an appointment-related note, sent to the patient.
    [[nodiscard]] QJsonObject commlogBody(const PmsCommlog &note) const;
    // GET /commlogs (an array) or the POST /commlogs reply (an object; empty before 23.3.7).
    // GET /recalltypes and GET /recalls.
    [[nodiscard]] std::optional<QList<PmsRecallType>> recallTypes(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<QList<PmsRecall>> recalls(const QByteArray &body, QString *error) const;
    // Open Dental's interval text ("6m1d", "1y", "2w"); false when it is not one.
    [[nodiscard]] static bool readInterval(const QString &text, int *months, int *days);
    [[nodiscard]] std::optional<QList<PmsCommlog>> commlogs(const QByteArray &body, QString *error) const;

    [[nodiscard]] QString officeTime(const QDateTime &utc) const;
    [[nodiscard]] std::optional<QDateTime> fromOfficeTime(const QString &text) const;

private:
    [[nodiscard]] std::optional<PmsAppointment> appointment(const QJsonObject &o, int row, bool *onBook,
                                                            QString *error) const;

    QTimeZone m_office;
};

} // namespace chairside::sync
