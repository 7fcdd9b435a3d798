#include "availability.h"

#include "practicesnapshot.h"

#include "domain/practice.h"

#include <QHash>

namespace chairside::scheduling {

namespace {

bool sameRestrictions(const WorkingInterval &a, const WorkingInterval &b)
{
    return a.chairIds == b.chairIds && a.typeIds == b.typeIds && a.clinicId == b.clinicId;
}

} // namespace

Interval blockTime(const Block &b)
{
    const qint64 end = b.endUtc.toSecsSinceEpoch();
    return {b.startUtc.toSecsSinceEpoch() / 60, end / 60 + (end % 60 ? 1 : 0)};
}

namespace {

// A repeating block's first occurrence on the wall clock: its date and its start and end in
// minutes after that date's midnight (an end past midnight reads past 1440).
struct WallSpan
{
    QDate date;
    int start = 0;
    int end = 0;
};

WallSpan wallSpanOf(const Block &b, const QTimeZone &zone)
{
    const QDateTime s = b.startUtc.toTimeZone(zone);
    const QDateTime e = b.endUtc.toTimeZone(zone);
    WallSpan w;
    w.date = s.date();
    w.start = s.time().hour() * 60 + s.time().minute();
    w.end = int(s.date().daysTo(e.date())) * 1440 + e.time().hour() * 60 + e.time().minute();
    return w;
}

bool fallsOn(const BlockRepeat &r, const QDate &first, const QDate &date)
{
    return date >= first && (!r.until.isValid() || date <= r.until) && r.days.contains(date.dayOfWeek())
            && !r.skipped.contains(date);
}

// Occurrences of `b` meeting `window`; `dayOf` gives the LocalDay of a date.
template<typename DayOf>
QList<Interval> occurrencesOf(const Block &b, const Interval &window, const QTimeZone &zone, DayOf &&dayOf)
{
    QList<Interval> out;
    if (!b.repeat) {
        const Interval t = blockTime(b);
        if (t.overlaps(window))
            out.append(t);
        return out;
    }
    const WallSpan w = wallSpanOf(b, zone);
    // A day's occurrence may start the local date before the window's first instant.
    QDate date = std::max(w.date, localDate(window.start, zone).addDays(-1));
    QDate last = localDate(window.end, zone);
    if (b.repeat->until.isValid())
        last = std::min(last, b.repeat->until);
    for (; date <= last; date = date.addDays(1)) {
        if (!fallsOn(*b.repeat, w.date, date))
            continue;
        const LocalDay &day = dayOf(date);
        const Interval t{day.at(w.start), day.at(w.end)};
        if (!t.isEmpty() && t.overlaps(window))
            out.append(t);
    }
    return out;
}

} // namespace

QList<Interval> blockOccurrences(const Block &block, const Interval &window, const QTimeZone &zone)
{
    QHash<qint64, LocalDay> days;
    return occurrencesOf(block, window, zone, [&](const QDate &date) -> const LocalDay & {
        auto it = days.find(date.toJulianDay());
        if (it == days.end())
            it = days.insert(date.toJulianDay(), LocalDay(date, zone));
        return *it;
    });
}

bool ProductionWindow::covers(const QString &providerId, const QString &chairId) const
{
    return (block->providerId.isEmpty() || block->providerId == providerId)
            && (block->chairId.isEmpty() || block->chairId == chairId);
}

QList<Interval> Availability::occurrences(const Block &block, const Interval &window)
{
    return occurrencesOf(block, window, m_snapshot.zone(), [this](const QDate &date) -> const LocalDay & {
        return localDay(date);
    });
}

const QList<ProductionWindow> &Availability::productionOn(const QDate &date)
{
    auto it = m_production.find(date.toJulianDay());
    if (it != m_production.end())
        return it->second;
    QList<ProductionWindow> out;
    const LocalDay &day = localDay(date);
    for (const ProductionBlock &b : m_snapshot.productionBlocks()) {
        if (!b.days.contains(date.dayOfWeek()))
            continue;
        const Interval t{day.at(b.startMinute), day.at(b.endMinute)};
        if (!t.isEmpty())
            out.append({t, &b});
    }
    std::sort(out.begin(), out.end(),
              [](const ProductionWindow &a, const ProductionWindow &b) { return a.time.start < b.time.start; });
    return m_production.emplace(date.toJulianDay(), std::move(out)).first->second;
}

const LocalDay &Availability::localDay(const QDate &date)
{
    auto it = m_localDays.find(date.toJulianDay());
    if (it == m_localDays.end())
        it = m_localDays.emplace(date.toJulianDay(), LocalDay(date, m_snapshot.zone())).first;
    return it->second;
}

const ProviderDay &Availability::providerDay(const Provider &provider, const QDate &date)
{
    QHash<qint64, ProviderDay> &days = m_byProvider[provider.id];
    auto it = days.find(date.toJulianDay());
    if (it == days.end())
        it = days.insert(date.toJulianDay(), expand(provider, date));
    return *it;
}

ProviderDay Availability::expand(const Provider &provider, const QDate &date)
{
    ++m_expansions;
    ProviderDay out;
    out.day = localDay(date);
    const int weekday = date.dayOfWeek();

    QList<WorkingSpan> spans;
    const auto overrideIt = std::find_if(provider.overrides.cbegin(), provider.overrides.cend(),
                                         [&](const ScheduleOverride &o) { return o.date == date; });
    if (overrideIt != provider.overrides.cend()) {
        out.overridden = true;
        if (!overrideIt->closed)
            spans = overrideIt->spans;
    } else {
        for (const WorkingHours &h : provider.hours) {
            if (h.days.contains(weekday))
                spans.append(h.span);
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const WorkingSpan &a, const WorkingSpan &b) { return a.startMinute < b.startMinute; });
    // Spans with the same chairs and types that touch or overlap form one working interval.
    for (const WorkingSpan &s : std::as_const(spans)) {
        WorkingInterval w{{out.day.at(s.startMinute), out.day.at(s.endMinute)}, s.chairIds, s.typeIds, s.clinicId};
        if (!s.clinicId.isEmpty()) {
            // Worked in one clinic: only its chairs (of the ones named, when chairs are named).
            QStringList inClinic;
            for (const Chair &chair : m_snapshot.chairs()) {
                if (chair.clinicId == s.clinicId && (s.chairIds.isEmpty() || s.chairIds.contains(chair.id)))
                    inClinic.append(chair.id);
            }
            if (inClinic.isEmpty())
                continue; // no chair to work in
            w.chairIds = inClinic;
        }
        if (w.time.isEmpty())
            continue;
        auto same = std::find_if(out.spans.rbegin(), out.spans.rend(), [&](const WorkingInterval &o) {
            return sameRestrictions(o, w) && o.time.end >= w.time.start;
        });
        if (same != out.spans.rend())
            same->time.end = std::max(same->time.end, w.time.end);
        else
            out.spans.append(w);
    }

    for (const ProviderBreak &b : provider.breaks) {
        if (!b.days.contains(weekday))
            continue;
        Closure c;
        c.kind = Closure::Kind::Break;
        c.time = {out.day.at(b.startMinute), out.day.at(b.endMinute)};
        c.label = b.label;
        if (!c.time.isEmpty())
            out.closures.append(c);
    }
    const Interval span = out.day.span();
    for (const Block &b : m_snapshot.blocks()) {
        const bool practiceWide = b.chairId.isEmpty() && b.providerId.isEmpty();
        if (!practiceWide && b.providerId != provider.id)
            continue;
        for (const Interval &t : occurrences(b, span))
            out.closures.append({Closure::Kind::Block, t, b.id, b.label});
    }
    std::sort(out.closures.begin(), out.closures.end(),
              [](const Closure &a, const Closure &b) { return a.time.start < b.time.start; });
    return out;
}

QList<Closure> Availability::chairClosures(const QString &chairId, const Interval &window)
{
    QList<Closure> out;
    for (const Block &b : m_snapshot.blocks()) {
        if (b.chairId != chairId)
            continue;
        for (const Interval &t : occurrences(b, window))
            out.append({Closure::Kind::Block, t, b.id, b.label});
    }
    return out;
}

void Availability::invalidateProvider(const QString &providerId)
{
    m_byProvider.remove(providerId);
}

void Availability::invalidateBlocks(const QList<Block> &changed)
{
    for (auto p = m_byProvider.begin(); p != m_byProvider.end(); ++p) {
        for (auto d = p->begin(); d != p->end();) {
            const Interval span = d->day.span();
            const bool touched = std::any_of(changed.cbegin(), changed.cend(), [&](const Block &b) {
                const bool applies = (b.chairId.isEmpty() && b.providerId.isEmpty()) || b.providerId == p.key();
                // A repeating block may fall on any of its weekdays: every day it applies to goes.
                return applies && (b.repeat || blockTime(b).overlaps(span));
            });
            d = touched ? p->erase(d) : std::next(d);
        }
    }
}

} // namespace chairside::scheduling
