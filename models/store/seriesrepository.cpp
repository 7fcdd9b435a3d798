#include "seriesrepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::store {

bool SeriesRepository::insert(const Series &s, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO appointment_series (id, patient_id, type_id, rule, created_by, created_utc) "
                         "VALUES (?, ?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q, {s.id, s.patientId, s.typeId, s.rule, s.createdBy, s.createdUtc.toSecsSinceEpoch()}, error);
}

bool SeriesRepository::addMember(const QString &seriesId, int instance, const QString &appointmentId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT INTO series_members (appointment_id, series_id, instance) VALUES (?, ?, ?)"_s,
                         error)
            && execWith(q, {appointmentId, seriesId, instance}, error);
}

std::optional<SeriesRepository::Series> SeriesRepository::series(const QString &id, QSqlError *error) const
{
    std::optional<Series> out;
    selectRows(m_db,
               u"SELECT id, patient_id, type_id, rule, created_by, created_utc FROM appointment_series WHERE id = ?"_s,
               {id}, error, [&](const QSqlQuery &q) {
                   out = Series{q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)};
               });
    return out;
}

QList<SeriesRepository::Member> SeriesRepository::members(const QString &seriesId, QSqlError *error) const
{
    QList<Member> out;
    selectRows(m_db, u"SELECT instance, appointment_id FROM series_members WHERE series_id = ? ORDER BY instance"_s,
               {seriesId}, error,
               [&](const QSqlQuery &q) { out.append(Member{q.value(0).toInt(), q.value(1).toString()}); });
    return out;
}

std::optional<std::pair<QString, int>> SeriesRepository::seriesOf(const QString &appointmentId, QSqlError *error) const
{
    std::optional<std::pair<QString, int>> out;
    selectRows(m_db, u"SELECT series_id, instance FROM series_members WHERE appointment_id = ?"_s, {appointmentId},
               error, [&](const QSqlQuery &q) { out = std::make_pair(q.value(0).toString(), q.value(1).toInt()); });
    return out;
}

} // namespace chairside::store
