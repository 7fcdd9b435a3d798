#include "availability.h"

#include "practicesnapshot.h"

#include "domain/practice.h"

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

const LocalDay &Availability::localDay(const QDate &date)
{
    auto it = m_localDays.find(date.toJulianDay());
    if (it == m_localDays.end())
        it = m_localDays.insert(date.toJulianDay(), LocalDay(date, m_snapshot.zone()));
    return *it;
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
        const Interval t = blockTime(b);
        if (!t.overlaps(span))
            continue;
        out.closures.append({Closure::Kind::Block, t, b.id, b.label});
    }
    std::sort(out.closures.begin(), out.closures.end(),
              [](const Closure &a, const Closure &b) { return a.time.start < b.time.start; });
    return out;
}

QList<Closure> Availability::chairClosures(const QString &chairId, const Interval &window) const
{
    QList<Closure> out;
    for (const Block &b : m_snapshot.blocks()) {
        if (b.chairId != chairId)
            continue;
        const Interval t = blockTime(b);
        if (t.overlaps(window))
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
                return applies && blockTime(b).overlaps(span);
            });
            d = touched ? p->erase(d) : std::next(d);
        }
    }
}

} // namespace chairside::scheduling
