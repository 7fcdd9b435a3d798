#pragma once

#include "pmsappointment.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace chairside::sync {

// One page of a Dentrix list: the rows read, whether more follow, and the server's clock to
// use as the next modifiedSince cursor.
template<typename Row>
struct DentrixPage
{
    QList<Row> rows;
    int received = 0;
    qint64 total = 0;
    QString serverTime; // ISO 8601, UTC
};

// Reading and writing the Dentrix REST JSON: camelCase fields, ids as strings (numbers are
// accepted), times ISO 8601 with an offset, lists as {"data": [...], "meta": {"offset",
// "limit", "total", "serverTime"}}, failures as {"error": {"code", "message"}}. Unknown
// fields are ignored and missing optional ones take their defaults; a row without what
// identifies it, or a reply of the wrong shape, is refused naming the field and the row.
class DentrixCodec
{
public:
    explicit DentrixCodec(QTimeZone office) : m_office(std::move(office)) {}

    [[nodiscard]] std::optional<DentrixPage<PmsAppointment>> appointments(const QByteArray &body,
                                                                          QString *error) const;
    // A single appointment object (the reply to GET/POST/PUT of one appointment).
    [[nodiscard]] std::optional<PmsAppointment> appointment(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<DentrixPage<PmsChair>> operatories(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<DentrixPage<PmsProvider>> providers(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<DentrixPage<PmsAppointmentType>> appointmentTypes(const QByteArray &body,
                                                                                  QString *error) const;
    [[nodiscard]] std::optional<DentrixPage<PmsPatient>> patients(const QByteArray &body, QString *error) const;
    // GET /appointments/availability, /patients/{id}/preferences and /waitlist replies.
    [[nodiscard]] std::optional<DentrixPage<PmsSlot>> slots(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<PmsPreferences> preferences(const QByteArray &body, QString *error) const;
    [[nodiscard]] std::optional<DentrixPage<PmsWaitlistEntry>> waitlist(const QByteArray &body, QString *error) const;
    // The access token and its lifetime in seconds from an OAuth2 token reply.
    [[nodiscard]] static std::optional<QPair<QString, int>> token(const QByteArray &body, QString *error);
    // The message of an {"error": {...}} body, or the start of the body as text.
    [[nodiscard]] static QString errorMessage(const QByteArray &body);

    // The body of POST /appointments or PUT /appointments/{id}.
    [[nodiscard]] QJsonObject appointmentBody(const PmsAppointment &a) const;
    [[nodiscard]] QString officeTime(const QDateTime &utc) const;

private:
    [[nodiscard]] std::optional<PmsAppointment> fromObject(const QJsonObject &o, int row, QString *error) const;

    QTimeZone m_office;
};

} // namespace chairside::sync
