#pragma once

#include "domain/appointment.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace chairside::store {

// An appointment with the names a schedule shows next to it.
struct ScheduledAppointment
{
    Appointment appointment;
    QString patientName;
    QString typeName;
    QString typeColor;
    QString providerName;
    QString providerColor;
    QString chairName;
};

// Appointment rows: the day read every schedule screen starts from, and the writes services
// make. Writers expect the caller to hold the transaction. Keep one instance per connection
// alive to reuse its prepared statements.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(QSqlDatabase db);

    // Every appointment (any status) starting on the local date `day` in `zone`, by start
    // time then chair.
    [[nodiscard]] QList<ScheduledAppointment> day(const QDate &day, const QTimeZone &zone, QSqlError *error = nullptr);
    [[nodiscard]] std::optional<Appointment> find(const QString &id, QSqlError *error = nullptr);
    [[nodiscard]] qint64 count(QSqlError *error = nullptr);

    [[nodiscard]] bool insert(const Appointment &a, qint64 nowUtc, QSqlError *error);
    // Import: an id already present is updated (its version rises), else inserted.
    [[nodiscard]] bool upsertImported(const Appointment &a, qint64 nowUtc, QSqlError *error);

private:
    QSqlDatabase m_db;
    QSqlQuery m_dayQuery;
    QSqlQuery m_insertQuery;
    QSqlQuery m_updateImportedQuery;
};

} // namespace chairside::store
