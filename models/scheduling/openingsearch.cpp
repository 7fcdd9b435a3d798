// Scheduler::openings: the ranked search for valid placements.
#include "scheduler.h"

#include <optional>

namespace chairside::scheduling {

namespace {

bool ranksBefore(const Opening &a, const Opening &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.start != b.start)
        return a.start < b.start;
    if (a.providerId != b.providerId)
        return a.providerId < b.providerId;
    return a.chairId < b.chairId;
}

// The best `limit` openings seen so far: a heap with the worst of them on top, so each offer
// costs O(log limit) however long the list asked for.
class Shortlist
{
public:
    explicit Shortlist(int limit) : m_limit(size_t(limit)) {}

    [[nodiscard]] bool full() const { return m_items.size() >= m_limit; }
    [[nodiscard]] const Opening &worst() const { return m_items.front(); }
    // False when an opening with this score starting at `start` cannot make the list.
    [[nodiscard]] bool couldEnter(int score, Minute start) const
    {
        return !full() || score > worst().score || (score == worst().score && start <= worst().start);
    }
    void offer(Opening o)
    {
        if (!full()) {
            m_items.push_back(std::move(o));
            std::push_heap(m_items.begin(), m_items.end(), ranksBefore);
            return;
        }
        if (!ranksBefore(o, worst()))
            return;
        std::pop_heap(m_items.begin(), m_items.end(), ranksBefore);
        m_items.back() = std::move(o);
        std::push_heap(m_items.begin(), m_items.end(), ranksBefore);
    }
    // Best first.
    [[nodiscard]] QList<Opening> take()
    {
        std::sort_heap(m_items.begin(), m_items.end(), ranksBefore);
        return QList<Opening>(m_items.begin(), m_items.end());
    }

private:
    size_t m_limit;
    std::vector<Opening> m_items;
};

} // namespace

QList<Opening> Scheduler::openings(const OpeningRequest &request, const QDateTime &nowUtc)
{
    const AppointmentType *type = m_snapshot.type(request.typeId);
    if (!type || request.limit <= 0 || request.days <= 0 || !request.from.isValid())
        return {};
    const int minutes = request.minutes > 0 ? request.minutes : type->minutes;
    if (minutes < type->minMinutes || minutes > type->maxMinutes)
        return {};
    const Practice &practice = m_snapshot.practice();
    const QTimeZone &zone = m_snapshot.zone();
    const int grid = std::max(practice.gridMinutes, 1);
    const int turnover = practice.chairTurnoverMinutes;

    QList<const Provider *> providers;
    for (const Provider &p : m_snapshot.providers()) {
        if (!request.providerId.isEmpty() && p.id != request.providerId)
            continue;
        if (!type->skill.isEmpty() && !p.skills.contains(type->skill))
            continue;
        providers.append(&p);
    }
    QList<int> chairs; // indexes into the snapshot's chairs, which are sorted by id
    for (int i = 0; i < int(m_snapshot.chairs().size()); ++i) {
        const Chair &chair = m_snapshot.chairs().at(i);
        if (!request.clinicId.isEmpty() && chair.clinicId != request.clinicId)
            continue;
        if (std::all_of(type->equipment.cbegin(), type->equipment.cend(),
                        [&](const QString &tag) { return chair.equipment.contains(tag); }))
            chairs.append(i);
    }
    if (providers.isEmpty() || chairs.isEmpty())
        return {};

    const QDate last = request.from.addDays(request.days - 1);
    const Interval window{m_availability.localDay(request.from).span().start, m_availability.localDay(last).span().end};
    const PatientPreferences prefs = preferencesFor(request, window);
    const bool hasPatient = !request.patientId.isEmpty() && m_snapshot.patient(request.patientId);
    const int maxTimeBonus = prefs.timeOfDay != TimeOfDay::Any ? weight::TimeOfDay : 0;
    const int maxAnyBonus = maxTimeBonus + (prefs.continuityProviderId.isEmpty() ? 0 : weight::Continuity)
            + (prefs.days.isEmpty() ? 0 : weight::PreferredDay) + (prefs.familyDays.isEmpty() ? 0 : weight::FamilyClustering);

    BusyTimeline patientBusy;
    if (hasPatient) {
        m_index.forEachMeeting(m_index.patientLane(request.patientId), window, [&](const BookedAppointment &a) {
            if (a.id != request.replacingId)
                patientBusy.add(a.time);
        });
        patientBusy.seal();
    }

    const qint64 earliestSecs = nowUtc.toSecsSinceEpoch() + qint64(type->minLeadHours) * 3600;
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QDate lastBookable = today.addDays(type->maxAdvanceDays);
    const ProviderTime::Runs relativeRuns = ProviderTime::runs(type->pattern, 0, minutes);

    Shortlist best(request.limit);
    std::vector<std::optional<BusyTimeline>> chairBusy(size_t(m_snapshot.chairs().size()));
    BusyTimeline providerBusy;
    BusyTimeline closed;

    for (QDate date = request.from; date <= last && date <= lastBookable; date = date.addDays(1)) {
        const LocalDay &day = m_availability.localDay(date);
        const Interval dayTime = day.span();
        if (dayTime.end * 60 <= earliestSecs)
            continue;
        if (best.full() && !best.couldEnter(maxAnyBonus, dayTime.start))
            break;
        int dayBonus = 0;
        if (prefs.days.contains(date.dayOfWeek()))
            dayBonus += weight::PreferredDay;
        if (prefs.familyDays.contains(date.toJulianDay()))
            dayBonus += weight::FamilyClustering;
        const int dayBound = dayBonus + maxTimeBonus + (prefs.continuityProviderId.isEmpty() ? 0 : weight::Continuity);
        if (!best.couldEnter(dayBound, dayTime.start))
            continue;
        for (auto &c : chairBusy)
            c.reset();

        for (const Provider *provider : std::as_const(providers)) {
            const int base = dayBonus + (provider->id == prefs.continuityProviderId ? weight::Continuity : 0);
            if (!best.couldEnter(base + maxTimeBonus, dayTime.start))
                continue;
            const ProviderDay &pd = m_availability.providerDay(*provider, date);
            QList<const WorkingInterval *> frames;
            for (const WorkingInterval &w : pd.spans) {
                if (w.allowsType(type->id) && w.time.end - w.time.start >= minutes)
                    frames.append(&w);
            }
            if (frames.isEmpty())
                continue;

            const ScheduleIndex::Lane *lane = m_index.providerLane(provider->id);
            int patients = 1;
            int complexity = type->complexity;
            m_index.forEachStarting(lane, dayTime, [&](const BookedAppointment &a) {
                if (a.id != request.replacingId) {
                    ++patients;
                    complexity += a.complexity;
                }
            });
            if (patients > provider->maxDailyPatients || complexity > m_snapshot.maxDailyComplexity(*provider))
                continue;

            const int buffer = m_snapshot.bufferMinutes(*provider);
            providerBusy.clear();
            m_index.forEachMeeting(lane, dayTime.grownBy(buffer + minutes, buffer + minutes),
                                   [&](const BookedAppointment &a) {
                                       if (a.id == request.replacingId)
                                           return;
                                       for (const Interval &r : a.providerTime)
                                           providerBusy.add(r.grownBy(buffer, buffer));
                                   });
            providerBusy.seal();
            closed.clear();
            for (const Closure &cl : pd.closures)
                closed.add(cl.time);
            closed.seal();

            Minute from = frames.first()->time.start;
            Minute to = frames.first()->time.end;
            for (const WorkingInterval *w : std::as_const(frames)) {
                from = std::min(from, w->time.start);
                to = std::max(to, w->time.end);
            }
            auto align = [&](Minute m) {
                const Minute off = ((day.wall(m) % grid) + grid) % grid;
                return off == 0 ? m : m + (grid - off);
            };
            for (Minute s = align(from); s + minutes <= to; s = align(s + grid)) {
                const Interval time{s, s + minutes};
                if (s * 60 < earliestSecs)
                    continue;
                const int score = base + (inTimeOfDay(prefs.timeOfDay, day.minuteOfDay(s)) ? weight::TimeOfDay : 0);
                if (!best.couldEnter(score, s))
                    continue;
                bool fits = false;
                for (const WorkingInterval *w : std::as_const(frames))
                    fits = fits || w->time.contains(time);
                if (!fits || closed.overlaps(time) || patientBusy.overlaps(time))
                    continue;
                bool providerFree = true;
                for (const Interval &r : relativeRuns) {
                    if (providerBusy.overlaps({s + r.start, s + r.end})) {
                        providerFree = false;
                        break;
                    }
                }
                if (!providerFree)
                    continue;
                for (int ci : std::as_const(chairs)) {
                    const Chair &chair = m_snapshot.chairs().at(ci);
                    bool allowed = false;
                    for (const WorkingInterval *w : std::as_const(frames))
                        allowed = allowed || (w->time.contains(time) && w->allowsChair(chair.id));
                    if (!allowed)
                        continue;
                    std::optional<BusyTimeline> &busy = chairBusy[size_t(ci)];
                    if (!busy) {
                        busy.emplace();
                        const Interval reach = dayTime.grownBy(turnover + minutes, turnover + minutes);
                        m_index.forEachMeeting(m_index.chairLane(chair.id), reach, [&](const BookedAppointment &a) {
                            if (a.id != request.replacingId)
                                busy->add(a.time.grownBy(turnover, turnover));
                        });
                        for (const Closure &cl : m_availability.chairClosures(chair.id, reach))
                            busy->add(cl.time);
                        busy->seal();
                    }
                    if (busy->overlaps(time))
                        continue;
                    best.offer({s, s + minutes, provider->id, chair.id, score});
                    break;
                }
            }
        }
    }
    return best.take();
}

} // namespace chairside::scheduling
