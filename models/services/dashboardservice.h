#pragma once

#include "domain/appointment.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class QTimeZone;
#include <utility>

namespace chairside {

class BookingService;
class Clock;
struct UserSession;

namespace store {
class Cache;
}

// One provider's (or chair's) day or range in figures.
struct ResourceFigures
{
    QString id;
    QString name;
    int visits = 0;        // booked, not cancelled or missed
    int bookedMinutes = 0; // of those visits
    int openMinutes = 0;   // working time less breaks and blocks
    int noShows = 0;
    int cancellations = 0;

    [[nodiscard]] double utilisation() const { return openMinutes > 0 ? double(bookedMinutes) / openMinutes : 0.0; }
};

// Open time of at least Dashboard::kGapMinutes nobody is booked in, still ahead.
struct Gap
{
    QDate date;
    QString providerId;
    QString providerName;
    int startMinute = 0; // local minutes after midnight
    int minutes = 0;
};

// One provider's (or the practice's) scheduled production against goal, for a day and for
// the practice's week holding it. Money in whole cents.
struct ProductionFigures
{
    QString id; // the provider's; empty for the practice
    QString name;
    qint64 dayCents = 0;      // fees of the day's visits on the books
    qint64 dayGoalCents = 0;  // the daily goal, when the provider works that day
    qint64 weekCents = 0;     // fees of the week's visits on the books
    qint64 weekGoalCents = 0; // the daily goal times the days worked in the week
    int daysWorked = 0;       // days of the week with open time (hours, overrides, less blocks)
    int dayVisits = 0, weekVisits = 0;
    int dayUnpriced = 0, weekUnpriced = 0; // of those visits, the ones of types with no fee set

    // Production as a whole per cent of goal, rounded; nullopt without a goal.
    [[nodiscard]] static std::optional<int> percentOf(qint64 cents, qint64 goalCents);
    [[nodiscard]] std::optional<int> dayPercent() const { return percentOf(dayCents, dayGoalCents); }
    [[nodiscard]] std::optional<int> weekPercent() const { return percentOf(weekCents, weekGoalCents); }
};

// Scheduled production: the standard fees of the visits on the books (scheduled, confirmed,
// arrived, in the chair or completed; not cancelled, not missed), against the providers'
// goals, for `day` and for the week holding it.
struct Production
{
    QDate day;
    QDate weekFrom; // the practice's week: 7 days from the first day of its locale's week
    QList<ProductionFigures> providers; // by name: who works that week or has visits in it
    ProductionFigures practice;         // every provider together

    [[nodiscard]] QDate weekTo() const { return weekFrom.addDays(6); }
    [[nodiscard]] const ProductionFigures *provider(const QString &id) const;
};

// The front office's figures for a range of dates.
struct Dashboard
{
    static constexpr int kGapMinutes = 30;

    QDate from;
    int days = 1;
    QList<std::pair<AppointmentStatus, int>> byStatus; // every status, in workflow order
    QList<ResourceFigures> providers;
    QList<ResourceFigures> chairs;
    int noShows30 = 0, due30 = 0; // the 30 days up to the range's end (or now): missed / due
    int noShows90 = 0, due90 = 0;
    QList<std::pair<QString, int>> cancellationsByReason; // reason name, count; most first
    QList<Gap> gaps;
    int waitlistSize = 0;
    Production production; // for the range's first day and its week

    [[nodiscard]] double noShowRate30() const { return due30 > 0 ? double(noShows30) / due30 : 0.0; }
    [[nodiscard]] double noShowRate90() const { return due90 > 0 ? double(noShows90) / due90 : 0.0; }
    [[nodiscard]] int count(AppointmentStatus status) const;
    // Every figure as CSV sections (UTF-8, comma-separated, a header row per section).
    [[nodiscard]] QByteArray toCsv() const;
};

// Counts the dashboard in the database (grouped counts and sums, and one narrow read of the
// range's start times for the gaps) against the providers' and chairs' open time from the
// practice's hours, breaks and blocks; sums the fees of the visits on the books per provider
// (scheduled production) against their goals. No patient is read: counts and sums only.
class DashboardService
{
public:
    DashboardService(store::Cache &cache, const Clock &clock, BookingService &booking);

    // `days` office dates from `from` (1 to 366).
    [[nodiscard]] std::optional<Dashboard> compute(const QDate &from, int days, const UserSession &session,
                                                   QString *error);
    // Scheduled production against goal for `day` and its week, for whoever reads the
    // schedule (the dashboard's own access): fees and goals are figures, no patient is read.
    [[nodiscard]] std::optional<Production> production(const QDate &day, const UserSession &session,
                                                       QString *error);
    // The same for today in the practice's time zone, from the clock.
    [[nodiscard]] std::optional<Production> productionToday(const UserSession &session, QString *error);
    // The first day of the practice's week holding `day`: its country's first weekday (Sunday in
    // the US), from the practice's time zone; Monday where the zone names no country.
    [[nodiscard]] static QDate weekStart(const QDate &day, const QTimeZone &zone);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
};

} // namespace chairside
