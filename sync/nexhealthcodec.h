#pragma once

#include "pmsappointment.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace chairside::sync {

// One page of a NexHealth list: its rows, the cursor of the next page (empty on the last),
// and the newest change among the rows (their updated_at), for the next incremental read.
template<typename Row>
struct NexHealthPage
{
    QList<Row> rows;
    int received = 0;      // rows in the reply, kept or not
    QString nextCursor;    // page_info.end_cursor when page_info.has_next_page
    QDateTime newest;      // invalid when the page is empty
};

// A NexHealth location as the connection needs it.
struct NexHealthLocation
{
    QString id;
    QString name;
    QString timeZone; // IANA ("America/Chicago")
    bool inactive = false;
};

// Reading and writing NexHealth's Synchronizer API JSON (v20240412): every reply in the
// envelope {code, description, error, data}, ids as numbers (strings accepted), times UTC in
// ISO 8601, names snake_case, lists paged with page_info. Unknown fields are ignored and
// missing optional ones take their defaults; a row without what identifies it, or a reply of
// the wrong shape, is refused naming the field and the row.
class NexHealthCodec
{
public:
    explicit NexHealthCodec(QTimeZone office) : m_office(std::move(office)) {}

    [[nodiscard]] static std::optional<QString> token(const QByteArray &body, QString *error);
    [[nodiscard]] static std::optional<NexHealthLocation> location(const QByteArray &body, QString *error);
    // The envelope's error messages, joined, or the start of the body as text.
    [[nodiscard]] static QString errorMessage(const QByteArray &body);

    [[nodiscard]] std::optional<NexHealthPage<PmsProvider>> providers(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<NexHealthPage<PmsChair>> operatories(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<NexHealthPage<PmsAppointmentType>> appointmentTypes(const QByteArray &body,
                                                                                   QString *error) const;
    [[nodiscard]] std::optional<NexHealthPage<PmsPatient>> patients(const QByteArray &body, QString *error) const;
    // GET /recall_types and GET /patient_recalls (NexHealth reads them from Dentrix, Eaglesoft
    // and Open Dental alike). A patient recall carries its type; NexHealth keeps no "last done".
    [[nodiscard]] std::optional<NexHealthPage<PmsRecallType>> recallTypes(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<NexHealthPage<PmsRecall>> patientRecalls(const QByteArray &body, QString *error) const;
    // Patient visits only: blocks (unavailable) are left out, and counted in `received`.
    [[nodiscard]] std::optional<NexHealthPage<PmsAppointment>> appointments(const QByteArray &body,
                                                                            QString *error) const;
    // Blocks only (unavailable appointments), as blockouts on their office dates.
    [[nodiscard]] std::optional<NexHealthPage<PmsSchedule>> blocks(const QByteArray &body, QString *error) const;
    // Working hours (weekly, or on one date) from `from` to `to`, as a provider's working
    // time on each office date they cover.
    [[nodiscard]] std::optional<NexHealthPage<PmsSchedule>> workingHours(const QByteArray &body, const QDate &from,
                                                                         const QDate &to, QString *error) const;
    // One appointment: the reply to GET, POST or PATCH of one ({"appt": {…}} or the object).
    [[nodiscard]] std::optional<PmsAppointment> appointment(const QByteArray &body, QString *error) const;

    // The body of POST /appointments: {"appt": {patient_id, provider_id, operatory_id,
    // start_time, end_time, appointment_type_id, note}}.
    [[nodiscard]] QJsonObject createBody(const PmsAppointment &a) const;
    // The body of POST /patients: the provider the patient is registered with, and the
    // patient's names, e-mail and bio (birthdate, phone, gender).
    [[nodiscard]] QJsonObject patientBody(const PmsPatient &p) const;
    // The POST /patients reply: the patient made (or the one already there), in `data`
    // itself or in `data.user` as older versions answer.
    [[nodiscard]] std::optional<PmsPatient> patient(const QByteArray &body, QString *error) const;
    // The body of a PATCH that moves an appointment: start, end and operatory.
    [[nodiscard]] QJsonObject moveBody(const PmsAppointment &a) const;
    [[nodiscard]] static QString utc(const QDateTime &t);

private:
    [[nodiscard]] std::optional<PmsAppointment> fromObject(const QJsonObject &o, int row, QString *error) const;

    QTimeZone m_office;
};

} // namespace chairside::sync
