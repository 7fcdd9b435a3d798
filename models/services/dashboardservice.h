#pragma once

#include "domain/appointment.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
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

    [[nodiscard]] double noShowRate30() const { return due30 > 0 ? double(noShows30) / due30 : 0.0; }
    [[nodiscard]] double noShowRate90() const { return due90 > 0 ? double(noShows90) / due90 : 0.0; }
    [[nodiscard]] int count(AppointmentStatus status) const;
    // Every figure as CSV sections (UTF-8, comma-separated, a header row per section).
    [[nodiscard]] QByteArray toCsv() const;
};

// Counts the dashboard in the database (grouped counts and sums, and one narrow read of the
// range's start times for the gaps) against the providers' and chairs' open time from the
// practice's hours, breaks and blocks. No patient is read: counts only.
class DashboardService
{
public:
    DashboardService(store::Cache &cache, const Clock &clock, BookingService &booking);

    // `days` office dates from `from` (1 to 366).
    [[nodiscard]] std::optional<Dashboard> compute(const QDate &from, int days, const UserSession &session,
                                                   QString *error);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
};

} // namespace chairside
