#pragma once

#include "storeboundary.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace chairside::store {

// The counts behind the dashboard, read over appointments starting in [fromUtc, toUtc).
class DashboardRepository
{
public:
    explicit DashboardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Appointments by status, provider and chair: how many and their minutes.
    struct StatusRow
    {
        QString status;
        QString providerId;
        QString chairId;
        int count = 0;
        int minutes = 0;
    };
    [[nodiscard]] QList<StatusRow> byStatus(const QDateTime &fromUtc, const QDateTime &toUtc, QSqlError *error) const;
    // Cancellations by reason ("" when none was given), most first.
    [[nodiscard]] QList<std::pair<QString, int>> cancellationsByReason(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                                       QSqlError *error) const;
    // No-shows among the visits that were due (everything not cancelled): {missed, due}.
    [[nodiscard]] std::pair<int, int> noShowsAmongDue(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                      QSqlError *error) const;
    [[nodiscard]] int waitlistSize(QSqlError *error) const;
    // Where the live visits sit in each provider's time.
    struct BookedSpan
    {
        QString providerId;
        QDateTime startUtc;
        int minutes = 0;
    };
    [[nodiscard]] QList<BookedSpan> bookedSpans(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                QSqlError *error) const;

    // Each provider's visits on the books (not cancelled, not missed): how many, the sum of
    // their types' fees in cents, and how many are of a type with no fee.
    struct ProductionRow
    {
        QString providerId;
        int visits = 0;
        qint64 feeCents = 0;
        int unpriced = 0;
    };
    [[nodiscard]] QList<ProductionRow> production(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                  QSqlError *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
