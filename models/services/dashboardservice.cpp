#include "dashboardservice.h"

#include "bookingservice.h"
#include "schedulepage.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/practicerepository.h"
#include "store/dashboardrepository.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

constexpr AppointmentStatus kStatuses[] = {
    AppointmentStatus::Scheduled, AppointmentStatus::Confirmed, AppointmentStatus::Arrived,
    AppointmentStatus::InChair,   AppointmentStatus::Completed, AppointmentStatus::Cancelled,
    AppointmentStatus::NoShow,
};

// A day's minutes, marked open or not: open ranges less closed ones.
std::vector<bool> openMinutes(int length, const QList<DayRange> &open, const QList<DayRange> &closed)
{
    std::vector<bool> minutes(size_t(std::max(length, 0)), false);
    for (const DayRange &r : open) {
        for (int m = std::max(0, r.startMinute); m < std::min(length, r.endMinute); ++m)
            minutes[size_t(m)] = true;
    }
    for (const DayRange &r : closed) {
        for (int m = std::max(0, r.startMinute); m < std::min(length, r.endMinute); ++m)
            minutes[size_t(m)] = false;
    }
    return minutes;
}

int countOpen(const std::vector<bool> &minutes)
{
    return int(std::count(minutes.begin(), minutes.end(), true));
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// Dollars and cents from whole cents, for a spreadsheet: "4250.50".
QString csvDollars(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.'
            + u"%1"_s.arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// [00:00 on `from`, 00:00 `days` later) in office time, as UTC instants: a day or a week holding
// a daylight-saving change keeps its 23 or 25 hours.
std::pair<QDateTime, QDateTime> officeSpan(const QDate &from, int days, const QTimeZone &zone)
{
    return {QDateTime(from, QTime(0, 0), zone).toUTC(), QDateTime(from.addDays(days), QTime(0, 0), zone).toUTC()};
}

} // namespace

std::optional<int> ProductionFigures::percentOf(qint64 cents, qint64 goalCents)
{
    if (goalCents <= 0)
        return std::nullopt;
    return int((cents * 100 + goalCents / 2) / goalCents);
}

const ProductionFigures *Production::provider(const QString &id) const
{
    for (const ProductionFigures &f : providers) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

int Dashboard::count(AppointmentStatus status) const
{
    for (const auto &[s, n] : byStatus) {
        if (s == status)
            return n;
    }
    return 0;
}

QByteArray Dashboard::toCsv() const
{
    QStringList lines;
    lines << u"section,key,value"_s;
    lines << u"range,from,%1"_s.arg(from.toString(Qt::ISODate));
    lines << u"range,days,%1"_s.arg(days);
    for (const auto &[status, n] : byStatus)
        lines << u"status,%1,%2"_s.arg(appointmentStatusName(status)).arg(n);
    lines << u"no_show_rate,30_days,%1"_s.arg(noShowRate30(), 0, 'f', 4);
    lines << u"no_show_rate,90_days,%1"_s.arg(noShowRate90(), 0, 'f', 4);
    for (const auto &[reason, n] : cancellationsByReason)
        lines << u"cancellations,%1,%2"_s.arg(csvField(reason)).arg(n);
    lines << u"waitlist,entries,%1"_s.arg(waitlistSize);
    lines << QString();
    lines << u"resource,id,name,visits,booked_minutes,open_minutes,utilization,no_shows,cancellations"_s;
    auto resource = [&lines](const QString &kind, const ResourceFigures &r) {
        lines << u"%1,%2,%3,%4,%5,%6,%7,%8,%9"_s.arg(kind, csvField(r.id), csvField(r.name))
                         .arg(r.visits)
                         .arg(r.bookedMinutes)
                         .arg(r.openMinutes)
                         .arg(r.utilisation(), 0, 'f', 4)
                         .arg(r.noShows)
                         .arg(r.cancellations);
    };
    for (const ResourceFigures &r : providers)
        resource(u"provider"_s, r);
    for (const ResourceFigures &r : chairs)
        resource(u"chair"_s, r);
    lines << QString();
    lines << u"gap,date,provider,start,minutes"_s;
    for (const Gap &g : gaps)
        lines << u"gap,%1,%2,%3,%4"_s.arg(g.date.toString(Qt::ISODate), csvField(g.providerName),
                                          QTime(0, 0).addSecs(g.startMinute * 60).toString(u"HH:mm"_s))
                         .arg(g.minutes);
    lines << QString();
    lines << u"production,id,name,day,day_scheduled,day_goal,week_from,week_scheduled,week_goal,days_worked"_s;
    auto productionRow = [&](const QString &kind, const ProductionFigures &f) {
        lines << u"%1,%2,%3,%4,%5,%6,%7,%8,%9,%10"_s.arg(kind, csvField(f.id), csvField(f.name),
                                                          production.day.toString(Qt::ISODate),
                                                          csvDollars(f.dayCents), csvDollars(f.dayGoalCents),
                                                          production.weekFrom.toString(Qt::ISODate),
                                                          csvDollars(f.weekCents), csvDollars(f.weekGoalCents))
                         .arg(f.daysWorked);
    };
    for (const ProductionFigures &f : production.providers)
        productionRow(u"provider"_s, f);
    productionRow(u"practice"_s, production.practice);
    return (lines.join(u'\n') + u'\n').toUtf8();
}

DashboardService::DashboardService(store::Cache &cache, const Clock &clock, BookingService &booking)
    : m_cache(cache), m_clock(clock), m_booking(booking)
{
}

std::optional<Dashboard> DashboardService::compute(const QDate &from, int days, const UserSession &session,
                                                   QString *error)
{
    // The frames check the session (the schedule's access) and the range.
    const std::optional<QList<DayFrame>> frames = m_booking.frames(from, days, session, error);
    if (!frames)
        return std::nullopt;
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    Dashboard d;
    d.from = from;
    d.days = days;
    const QDateTime now = m_clock.nowUtc();
    const QDateTime fromUtc = QDateTime(from, QTime(0, 0), *zone).toUTC();
    const QDateTime toUtc = QDateTime(from.addDays(days), QTime(0, 0), *zone).toUTC();
    const QSqlDatabase db = m_cache.database();
    QSqlError sqlError;

    QHash<QString, ResourceFigures> providers, chairs;
    const store::PracticeRepository practice(db);
    for (const Provider &p : practice.providers(&sqlError))
        providers.insert(p.id, ResourceFigures{p.id, p.name});
    for (const Chair &c : practice.chairs(&sqlError))
        chairs.insert(c.id, ResourceFigures{c.id, c.name});
    const store::DashboardRepository figures(db);
    QHash<AppointmentStatus, int> statusCounts;
    for (const store::DashboardRepository::StatusRow &row : figures.byStatus(fromUtc, toUtc, &sqlError)) {
        const std::optional<AppointmentStatus> status = parseAppointmentStatus(row.status);
        if (!status)
            continue;
        statusCounts[*status] += row.count;
        ResourceFigures &p = providers[row.providerId];
        ResourceFigures &c = chairs[row.chairId];
        for (ResourceFigures *r : {&p, &c}) {
            if (*status == AppointmentStatus::NoShow)
                r->noShows += row.count;
            else if (*status == AppointmentStatus::Cancelled)
                r->cancellations += row.count;
            else {
                r->visits += row.count;
                r->bookedMinutes += row.minutes;
            }
        }
    }
    for (const AppointmentStatus s : kStatuses)
        d.byStatus.append({s, statusCounts.value(s)});

    for (const auto &[reason, count] : figures.cancellationsByReason(fromUtc, toUtc, &sqlError))
        d.cancellationsByReason.append({reason.isEmpty() ? u"unknown"_s : reason, count});

    // No-show rates over the visits that were due: up to the range's end, or now.
    const QDateTime rateEnd = std::min(toUtc, now);
    std::tie(d.noShows30, d.due30) = figures.noShowsAmongDue(rateEnd.addDays(-30), rateEnd, &sqlError);
    std::tie(d.noShows90, d.due90) = figures.noShowsAmongDue(rateEnd.addDays(-90), rateEnd, &sqlError);
    d.waitlistSize = figures.waitlistSize(&sqlError);

    // Open time per provider and chair from the frames; gaps from the booked minutes.
    QHash<QString, QHash<QDate, std::vector<bool>>> providerFree; // still open and unbooked
    for (const DayFrame &f : *frames) {
        for (auto it = f.providerOpen.cbegin(); it != f.providerOpen.cend(); ++it) {
            std::vector<bool> open = openMinutes(f.lengthMinutes, it.value(), f.providerClosed.value(it.key()));
            providers[it.key()].openMinutes += countOpen(open);
            providerFree[it.key()].insert(f.date, std::move(open));
        }
        for (auto it = f.chairOpen.cbegin(); it != f.chairOpen.cend(); ++it)
            chairs[it.key()].openMinutes +=
                    countOpen(openMinutes(f.lengthMinutes, it.value(), f.chairClosed.value(it.key())));
    }
    for (const store::DashboardRepository::BookedSpan &span : figures.bookedSpans(fromUtc, toUtc, &sqlError)) {
        auto byDate = providerFree.find(span.providerId);
        if (byDate == providerFree.end())
            continue;
        const QDateTime local = span.startUtc.toTimeZone(*zone);
        auto day = byDate->find(local.date());
        if (day == byDate->end())
            continue;
        const int start = local.time().hour() * 60 + local.time().minute();
        const int end = std::min(int(day->size()), start + span.minutes);
        for (int m = std::max(0, start); m < end; ++m)
            (*day)[size_t(m)] = false;
    }
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    const QDateTime localNow = now.toTimeZone(*zone);
    for (const ResourceFigures &p : std::as_const(providers)) {
        const auto byDate = providerFree.constFind(p.id);
        if (byDate == providerFree.cend())
            continue;
        for (auto day = byDate->cbegin(); day != byDate->cend(); ++day) {
            if (day.key() < localNow.date())
                continue;
            const int after = day.key() == localNow.date() ? localNow.time().hour() * 60 + localNow.time().minute() : 0;
            const std::vector<bool> &free = day.value();
            int m = after;
            while (m < int(free.size())) {
                if (!free[size_t(m)]) {
                    ++m;
                    continue;
                }
                const int start = m;
                while (m < int(free.size()) && free[size_t(m)])
                    ++m;
                if (m - start >= Dashboard::kGapMinutes)
                    d.gaps.append(Gap{day.key(), p.id, p.name, start, m - start});
            }
        }
    }
    std::sort(d.gaps.begin(), d.gaps.end(), [](const Gap &a, const Gap &b) {
        return std::tie(a.date, a.startMinute, a.providerName) < std::tie(b.date, b.startMinute, b.providerName);
    });
    for (const ResourceFigures &r : std::as_const(providers)) {
        if (!r.name.isEmpty() || r.visits > 0 || r.noShows > 0 || r.cancellations > 0)
            d.providers.append(r);
    }
    for (const ResourceFigures &r : std::as_const(chairs)) {
        if (!r.name.isEmpty() || r.visits > 0 || r.noShows > 0 || r.cancellations > 0)
            d.chairs.append(r);
    }
    auto byName = [](const ResourceFigures &a, const ResourceFigures &b) { return a.name < b.name; };
    std::sort(d.providers.begin(), d.providers.end(), byName);
    std::sort(d.chairs.begin(), d.chairs.end(), byName);
    std::optional<Production> production = this->production(from, session, error);
    if (!production)
        return std::nullopt;
    d.production = std::move(*production);
    return d;
}

QDate DashboardService::weekStart(const QDate &day, const QTimeZone &zone)
{
    Qt::DayOfWeek first = Qt::Monday;
    if (zone.territory() != QLocale::AnyTerritory) {
        const QList<QLocale> there = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, zone.territory());
        if (!there.isEmpty())
            first = there.constFirst().firstDayOfWeek();
    }
    return day.addDays(-((day.dayOfWeek() - int(first) + 7) % 7));
}

std::optional<Production> DashboardService::productionToday(const UserSession &session, QString *error)
{
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    return production(m_clock.nowUtc().toTimeZone(*zone).date(), session, error);
}

std::optional<Production> DashboardService::production(const QDate &day, const UserSession &session, QString *error)
{
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    Production out;
    out.day = day;
    out.weekFrom = weekStart(day, *zone);
    // The frames check the session (the schedule's access) and say who works which day.
    const std::optional<QList<DayFrame>> frames = m_booking.frames(out.weekFrom, 7, session, error);
    if (!frames)
        return std::nullopt;
    const QSqlDatabase db = m_cache.database();
    QSqlError sqlError;
    QHash<QString, ProductionFigures> byId;
    QHash<QString, qint64> dailyGoal;
    for (const Provider &p : store::PracticeRepository(db).providers(&sqlError)) {
        byId.insert(p.id, ProductionFigures{p.id, p.name});
        dailyGoal.insert(p.id, p.dailyGoalCents);
    }
    // A day counts for a provider's goal when some of it is open to book: working hours (or
    // the date's override) less breaks and blocks. A day off or a day blocked whole does not.
    for (const DayFrame &f : *frames) {
        bool anyone = false;
        for (auto it = f.providerOpen.cbegin(); it != f.providerOpen.cend(); ++it) {
            if (countOpen(openMinutes(f.lengthMinutes, it.value(), f.providerClosed.value(it.key()))) == 0)
                continue;
            const auto p = byId.find(it.key());
            if (p == byId.end())
                continue;
            anyone = true;
            ++p->daysWorked;
            p->weekGoalCents += dailyGoal.value(p->id);
            if (f.date == day)
                p->dayGoalCents = dailyGoal.value(p->id);
        }
        if (anyone)
            ++out.practice.daysWorked;
    }
    const store::DashboardRepository figures(db);
    const auto [dayFrom, dayTo] = officeSpan(day, 1, *zone);
    const auto [weekFrom, weekTo] = officeSpan(out.weekFrom, 7, *zone);
    for (const store::DashboardRepository::ProductionRow &row : figures.production(dayFrom, dayTo, &sqlError)) {
        ProductionFigures &p = byId[row.providerId];
        p.dayCents += row.feeCents;
        p.dayVisits += row.visits;
        p.dayUnpriced += row.unpriced;
    }
    for (const store::DashboardRepository::ProductionRow &row : figures.production(weekFrom, weekTo, &sqlError)) {
        ProductionFigures &p = byId[row.providerId];
        p.weekCents += row.feeCents;
        p.weekVisits += row.visits;
        p.weekUnpriced += row.unpriced;
    }
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    ProductionFigures &all = out.practice;
    for (const ProductionFigures &p : std::as_const(byId)) {
        all.dayCents += p.dayCents;
        all.dayGoalCents += p.dayGoalCents;
        all.weekCents += p.weekCents;
        all.weekGoalCents += p.weekGoalCents;
        all.dayVisits += p.dayVisits;
        all.weekVisits += p.weekVisits;
        all.dayUnpriced += p.dayUnpriced;
        all.weekUnpriced += p.weekUnpriced;
        // Named providers who work that week or have visits in it; a record without a provider
        // on file still counts for the practice.
        if (!p.name.isEmpty() && (p.daysWorked > 0 || p.weekVisits > 0))
            out.providers.append(p);
    }
    std::sort(out.providers.begin(), out.providers.end(),
              [](const ProductionFigures &a, const ProductionFigures &b) { return a.name < b.name; });
    return out;
}

} // namespace chairside
