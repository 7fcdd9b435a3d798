#pragma once

#include "storeboundary.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <optional>

namespace chairside::store {

// Appointment series: which appointments were booked from one recurrence rule, and their
// instance numbers. Writers expect the caller (a service) to hold the transaction.
class SeriesRepository
{
public:
    explicit SeriesRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Series
    {
        QString id;
        QString patientId;
        QString typeId;
        QString rule; // SeriesRule::name()
        QString createdBy;
        QDateTime createdUtc;
    };
    struct Member
    {
        int instance = 0;
        QString appointmentId;
    };

    [[nodiscard]] bool insert(const Series &series, QSqlError *error);
    [[nodiscard]] bool addMember(const QString &seriesId, int instance, const QString &appointmentId, QSqlError *error);
    [[nodiscard]] std::optional<Series> series(const QString &id, QSqlError *error = nullptr) const;
    // In instance order.
    [[nodiscard]] QList<Member> members(const QString &seriesId, QSqlError *error = nullptr) const;
    // The series an appointment belongs to, with its instance number.
    [[nodiscard]] std::optional<std::pair<QString, int>> seriesOf(const QString &appointmentId,
                                                                  QSqlError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
