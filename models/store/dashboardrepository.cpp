#include "dashboardrepository.h"

#include "sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace chairside::store {

QList<DashboardRepository::StatusRow> DashboardRepository::byStatus(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                                    QSqlError *error) const
{
    QList<StatusRow> out;
    selectRows(m_db,
               u"SELECT status, provider_id, chair_id, count(*), sum(minutes) FROM appointments "
               "WHERE start_utc >= ? AND start_utc < ? GROUP BY status, provider_id, chair_id"_s,
               {toColumn(fromUtc), toColumn(toUtc)}, error, [&](const QSqlQuery &q) {
                   out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                               q.value(4).toInt()});
               });
    return out;
}

QList<std::pair<QString, int>> DashboardRepository::cancellationsByReason(const QDateTime &fromUtc,
                                                                          const QDateTime &toUtc, QSqlError *error) const
{
    QList<std::pair<QString, int>> out;
    selectRows(m_db,
               u"SELECT coalesce(cancel_reason, ''), count(*) FROM appointments WHERE start_utc >= ? "
               "AND start_utc < ? AND status = 'cancelled' GROUP BY 1 ORDER BY 2 DESC, 1"_s,
               {toColumn(fromUtc), toColumn(toUtc)}, error,
               [&](const QSqlQuery &q) { out.append({q.value(0).toString(), q.value(1).toInt()}); });
    return out;
}

std::pair<int, int> DashboardRepository::noShowsAmongDue(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                         QSqlError *error) const
{
    std::pair<int, int> out{0, 0};
    selectRows(m_db,
               u"SELECT sum(CASE WHEN status = 'no_show' THEN 1 ELSE 0 END), count(*) FROM appointments "
               "WHERE start_utc >= ? AND start_utc < ? AND status <> 'cancelled'"_s,
               {toColumn(fromUtc), toColumn(toUtc)}, error,
               [&](const QSqlQuery &q) { out = {q.value(0).toInt(), q.value(1).toInt()}; });
    return out;
}

int DashboardRepository::waitlistSize(QSqlError *error) const
{
    int out = 0;
    selectRows(m_db, u"SELECT count(*) FROM waitlist"_s, {}, error,
               [&](const QSqlQuery &q) { out = q.value(0).toInt(); });
    return out;
}

QList<DashboardRepository::BookedSpan> DashboardRepository::bookedSpans(const QDateTime &fromUtc,
                                                                        const QDateTime &toUtc, QSqlError *error) const
{
    QList<BookedSpan> out;
    selectRows(m_db,
               u"SELECT provider_id, start_utc, minutes FROM appointments WHERE start_utc >= ? "
               "AND start_utc < ? AND status NOT IN ('cancelled', 'no_show')"_s,
               {toColumn(fromUtc), toColumn(toUtc)}, error, [&](const QSqlQuery &q) {
                   out.append({q.value(0).toString(), instantFromColumn(q.value(1)), q.value(2).toInt()});
               });
    return out;
}

QList<DashboardRepository::ProductionRow> DashboardRepository::production(const QDateTime &fromUtc,
                                                                        const QDateTime &toUtc, QSqlError *error) const
{
    QList<ProductionRow> out;
    selectRows(m_db,
               u"SELECT a.provider_id, count(*), coalesce(sum(t.fee_cents), 0), "
               "sum(CASE WHEN coalesce(t.fee_cents, 0) = 0 THEN 1 ELSE 0 END) "
               "FROM appointments a LEFT JOIN appointment_types t ON t.id = a.type_id "
               "WHERE a.start_utc >= ? AND a.start_utc < ? AND a.status NOT IN ('cancelled', 'no_show') "
               "GROUP BY a.provider_id"_s,
               {toColumn(fromUtc), toColumn(toUtc)}, error, [&](const QSqlQuery &q) {
                   out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toInt()});
               });
    return out;
}

} // namespace chairside::store
