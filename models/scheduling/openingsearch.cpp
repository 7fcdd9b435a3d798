// Scheduler::openings: the ranked search for valid placements.
#include "scheduler.h"

#include <QCoreApplication>

#include <optional>

namespace chairside::scheduling {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::scheduling::Scheduler)
};

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

// The providers who may do `type` (the one asked for, if any).
QList<const Provider *> providersFor(const PracticeSnapshot &snap, const AppointmentType &type,
                                     const OpeningRequest &request)
{
    QList<const Provider *> out;
    for (const Provider &p : snap.providers()) {
        if (!request.providerId.isEmpty() && p.id != request.providerId)
            continue;
        if (!type.skill.isEmpty() && !p.skills.contains(type.skill))
            continue;
        out.append(&p);
    }
    return out;
}

// The chairs with `type`'s equipment (in the clinic asked for, if any), as indexes into the
// snapshot's chairs, which are sorted by id.
QList<int> chairsFor(const PracticeSnapshot &snap, const AppointmentType &type, const OpeningRequest &request)
{
    QList<int> out;
    for (int i = 0; i < int(snap.chairs().size()); ++i) {
        const Chair &chair = snap.chairs().at(i);
        if (!request.clinicId.isEmpty() && chair.clinicId != request.clinicId)
            continue;
        if (std::all_of(type.equipment.cbegin(), type.equipment.cend(),
                        [&](const QString &tag) { return chair.equipment.contains(tag); }))
            out.append(i);
    }
    return out;
}

// One ranked search, day by day, provider by provider, grid step by grid step, keeping the
// best `limit` places. Every bound is checked before the work it saves: a day, a provider or
// a start that cannot beat the shortlist's worst is skipped unread.
class OpeningScan
{
public:
    struct Setup
    {
        const PracticeSnapshot &snap;
        Availability &availability;
        ScheduleIndex &index;
        const OpeningRequest &request;
        const AppointmentType &type;
        int minutes = 0;
        Scheduler::PatientPreferences prefs;
        QList<const Provider *> providers;
        QList<int> chairs;
        qint64 earliestSecs = 0;
        QDate today = {}; // the office's date now: production blocks release from it
    };

    explicit OpeningScan(Setup setup)
        : m(std::move(setup)),
          m_grid(std::max(m.snap.practice().gridMinutes, 1)),
          m_turnover(m.snap.practice().chairTurnoverMinutes),
          m_maxTimeBonus(m.prefs.timeOfDay != TimeOfDay::Any ? weight::TimeOfDay : 0),
          m_relativeRuns(ProviderTime::runs(m.type.pattern, 0, m.minutes)),
          m_best(m.request.limit),
          m_chairBusy(size_t(m.snap.chairs().size()))
    {
        for (const ProductionBlock &b : m.snap.productionBlocks())
            m_anyBlockFor = m_anyBlockFor || b.isFor(m.type.id, m.type.skill);
    }

    // The patient's own visits in the whole window: no place may meet them.
    void notePatient(const Interval &window);
    // False when no later day can improve the shortlist.
    bool scanDay(const QDate &date);
    QList<Opening> take() { return m_best.take(); }

private:
    void scanProvider(const Provider &provider, const QDate &date, const LocalDay &day, int dayBonus);
    // The first chair (in id order) free for `time` with `provider`'s frames allowing it.
    // A place inside a production block kept for this type ranks higher (weight::ProductionBlock),
    // so a chair that puts it in one (of the provider's, when `inBlock`) comes first. A chair
    // where a block kept for other visits meets `time` (when `nearHeld`) is passed over.
    void placeInChair(const Provider &provider, const QList<const WorkingInterval *> &frames, const Interval &time,
                      const Interval &dayTime, int score, bool inBlock, bool nearHeld);

    Setup m;
    const int m_grid;
    const int m_turnover;
    const int m_maxTimeBonus;
    const ProviderTime::Runs m_relativeRuns;
    Shortlist m_best;
    std::vector<std::optional<BusyTimeline>> m_chairBusy;
    BusyTimeline m_patientBusy;
    BusyTimeline m_providerBusy;
    BusyTimeline m_closed;
    bool m_anyBlockFor = false;                         // some production block is for this type
    QList<const ProductionWindow *> m_dayBlocks;        // the day's blocks for this type
    QList<const ProductionWindow *> m_providerBlocks;   // of those, the ones the provider may work in
    // Blocks kept for other visits and not released yet: a place meeting one would need a
    // person's choice to book, so the search does not offer it.
    QList<const ProductionWindow *> m_dayHeld;
    QList<const ProductionWindow *> m_providerHeld;
};

void OpeningScan::notePatient(const Interval &window)
{
    if (m.request.patientId.isEmpty() || !m.snap.patient(m.request.patientId))
        return;
    m.index.forEachMeeting(m.index.patientLane(m.request.patientId), window, [&](const BookedAppointment &a) {
        if (a.id != m.request.replacingId)
            m_patientBusy.add(a.time);
    });
    m_patientBusy.seal();
}

bool OpeningScan::scanDay(const QDate &date)
{
    const LocalDay &day = m.availability.localDay(date);
    const Interval dayTime = day.span();
    if (dayTime.end * 60 <= m.earliestSecs)
        return true;
    const int maxAnyBonus = m_maxTimeBonus + (m.prefs.continuityProviderId.isEmpty() ? 0 : weight::Continuity)
            + (m.prefs.days.isEmpty() ? 0 : weight::PreferredDay)
            + (m.prefs.familyDays.isEmpty() ? 0 : weight::FamilyClustering)
            + (m_anyBlockFor ? weight::ProductionBlock : 0);
    if (m_best.full() && !m_best.couldEnter(maxAnyBonus, dayTime.start))
        return false;
    m_dayBlocks.clear();
    m_dayHeld.clear();
    if (!m.snap.productionBlocks().isEmpty()) {
        const bool holds = m.today.daysTo(date) > m.snap.practice().productionReleaseDays;
        for (const ProductionWindow &w : m.availability.productionOn(date)) {
            if (w.block->isFor(m.type.id, m.type.skill))
                m_dayBlocks.append(&w);
            else if (holds)
                m_dayHeld.append(&w);
        }
    }
    int dayBonus = 0;
    if (m.prefs.days.contains(date.dayOfWeek()))
        dayBonus += weight::PreferredDay;
    if (m.prefs.familyDays.contains(date.toJulianDay()))
        dayBonus += weight::FamilyClustering;
    const int dayBound = dayBonus + m_maxTimeBonus + (m.prefs.continuityProviderId.isEmpty() ? 0 : weight::Continuity)
            + (m_dayBlocks.isEmpty() ? 0 : weight::ProductionBlock);
    if (!m_best.couldEnter(dayBound, dayTime.start))
        return true;
    for (auto &c : m_chairBusy)
        c.reset();
    for (const Provider *provider : std::as_const(m.providers))
        scanProvider(*provider, date, day, dayBonus);
    return true;
}

void OpeningScan::scanProvider(const Provider &provider, const QDate &date, const LocalDay &day, int dayBonus)
{
    const Interval dayTime = day.span();
    const int base = dayBonus + (provider.id == m.prefs.continuityProviderId ? weight::Continuity : 0);
    m_providerBlocks.clear();
    for (const ProductionWindow *w : std::as_const(m_dayBlocks)) {
        if (w->block->providerId.isEmpty() || w->block->providerId == provider.id)
            m_providerBlocks.append(w);
    }
    m_providerHeld.clear();
    for (const ProductionWindow *w : std::as_const(m_dayHeld)) {
        if (w->block->providerId.isEmpty() || w->block->providerId == provider.id)
            m_providerHeld.append(w);
    }
    const int blockBound = m_providerBlocks.isEmpty() ? 0 : weight::ProductionBlock;
    if (!m_best.couldEnter(base + m_maxTimeBonus + blockBound, dayTime.start))
        return;
    // Only a place inside one of the provider's matching blocks could make the list: read and
    // walk just the stretch the blocks cover.
    Interval reach = dayTime;
    if (blockBound && !m_best.couldEnter(base + m_maxTimeBonus, dayTime.start)) {
        reach = m_providerBlocks.constFirst()->time;
        for (const ProductionWindow *w : std::as_const(m_providerBlocks))
            reach = {std::min(reach.start, w->time.start), std::max(reach.end, w->time.end)};
    }
    const ProviderDay &pd = m.availability.providerDay(provider, date);
    QList<const WorkingInterval *> frames;
    for (const WorkingInterval &w : pd.spans) {
        if (w.allowsType(m.type.id) && w.time.end - w.time.start >= m.minutes)
            frames.append(&w);
    }
    if (frames.isEmpty())
        return;

    // The day's limits first: a provider already full that day offers nothing.
    const ScheduleIndex::Lane *lane = m.index.providerLane(provider.id);
    int patients = 1;
    int complexity = m.type.complexity;
    m.index.forEachStarting(lane, dayTime, [&](const BookedAppointment &a) {
        if (a.id != m.request.replacingId) {
            ++patients;
            complexity += a.complexity;
        }
    });
    if (patients > provider.maxDailyPatients || complexity > m.snap.maxDailyComplexity(provider))
        return;

    const int buffer = m.snap.bufferMinutes(provider);
    m_providerBusy.clear();
    m.index.forEachMeeting(lane, reach.grownBy(buffer + m.minutes, buffer + m.minutes), [&](const BookedAppointment &a) {
        if (a.id == m.request.replacingId)
            return;
        for (const Interval &r : a.providerTime)
            m_providerBusy.add(r.grownBy(buffer, buffer));
    });
    m_providerBusy.seal();
    m_closed.clear();
    for (const Closure &cl : pd.closures)
        m_closed.add(cl.time);
    m_closed.seal();

    Minute from = frames.first()->time.start;
    Minute to = frames.first()->time.end;
    for (const WorkingInterval *w : std::as_const(frames)) {
        from = std::min(from, w->time.start);
        to = std::max(to, w->time.end);
    }
    from = std::max(from, reach.start);
    to = std::min(to, reach.end);
    auto align = [&](Minute minute) {
        const Minute off = ((day.wall(minute) % m_grid) + m_grid) % m_grid;
        return off == 0 ? minute : minute + (m_grid - off);
    };
    for (Minute s = align(from); s + m.minutes <= to; s = align(s + m_grid)) {
        const Interval time{s, s + m.minutes};
        if (s * 60 < m.earliestSecs)
            continue;
        const int score = base + (inTimeOfDay(m.prefs.timeOfDay, day.minuteOfDay(s)) ? weight::TimeOfDay : 0);
        const bool inBlock = std::any_of(m_providerBlocks.cbegin(), m_providerBlocks.cend(),
                                         [&](const ProductionWindow *w) { return w->time.contains(time); });
        if (!m_best.couldEnter(score + (inBlock ? weight::ProductionBlock : 0), s))
            continue;
        bool fits = false;
        for (const WorkingInterval *w : std::as_const(frames))
            fits = fits || w->time.contains(time);
        if (!fits || m_closed.overlaps(time) || m_patientBusy.overlaps(time))
            continue;
        bool providerFree = true;
        for (const Interval &r : m_relativeRuns) {
            if (m_providerBusy.overlaps({s + r.start, s + r.end})) {
                providerFree = false;
                break;
            }
        }
        if (!providerFree)
            continue;
        bool nearHeld = false;
        bool heldEverywhere = false; // a held block on the provider in any chair
        for (const ProductionWindow *w : std::as_const(m_providerHeld)) {
            if (w->time.overlaps(time)) {
                nearHeld = true;
                heldEverywhere = heldEverywhere || w->block->chairId.isEmpty();
            }
        }
        if (!heldEverywhere)
            placeInChair(provider, frames, time, dayTime, score, inBlock, nearHeld);
    }
}

void OpeningScan::placeInChair(const Provider &provider, const QList<const WorkingInterval *> &frames,
                               const Interval &time, const Interval &dayTime, int score, bool inBlock,
                               bool nearHeld)
{
    std::optional<Opening> outside; // the first free chair, when none puts the place in a block
    for (int ci : std::as_const(m.chairs)) {
        const Chair &chair = m.snap.chairs().at(ci);
        if (nearHeld && std::any_of(m_providerHeld.cbegin(), m_providerHeld.cend(), [&](const ProductionWindow *w) {
                return w->time.overlaps(time) && (w->block->chairId.isEmpty() || w->block->chairId == chair.id);
            }))
            continue;
        bool allowed = false;
        for (const WorkingInterval *w : frames)
            allowed = allowed || (w->time.contains(time) && w->allowsChair(chair.id));
        if (!allowed)
            continue;
        std::optional<BusyTimeline> &busy = m_chairBusy[size_t(ci)];
        if (!busy) {
            // Each chair's day is read once, the first time a place asks for it.
            busy.emplace();
            const Interval reach = dayTime.grownBy(m_turnover + m.minutes, m_turnover + m.minutes);
            m.index.forEachMeeting(m.index.chairLane(chair.id), reach, [&](const BookedAppointment &a) {
                if (a.id != m.request.replacingId)
                    busy->add(a.time.grownBy(m_turnover, m_turnover));
            });
            for (const Closure &cl : m.availability.chairClosures(chair.id, reach))
                busy->add(cl.time);
            busy->seal();
        }
        if (busy->overlaps(time))
            continue;
        Opening o{time.start, time.end, provider.id, chair.id, score, {}, {}};
        const auto in = !inBlock ? m_providerBlocks.cend()
                                 : std::find_if(m_providerBlocks.cbegin(), m_providerBlocks.cend(),
                                                [&](const ProductionWindow *w) {
                                                    return w->time.contains(time)
                                                            && (w->block->chairId.isEmpty()
                                                                || w->block->chairId == chair.id);
                                                });
        if (in != m_providerBlocks.cend()) {
            o.score += weight::ProductionBlock;
            o.productionBlockId = (*in)->block->id; // the words come once the list is final
            m_best.offer(std::move(o));
            return;
        }
        if (!inBlock) {
            m_best.offer(std::move(o));
            return;
        }
        if (!outside)
            outside = std::move(o);
    }
    if (outside)
        m_best.offer(std::move(*outside));
}

} // namespace

QList<Opening> Scheduler::openings(const OpeningRequest &request, const QDateTime &nowUtc)
{
    const AppointmentType *type = m_snapshot.type(request.typeId);
    if (!type || request.limit <= 0 || request.days <= 0 || !request.from.isValid())
        return {};
    const int minutes = request.minutes > 0 ? request.minutes : type->minutes;
    if (minutes < type->minMinutes || minutes > type->maxMinutes)
        return {};
    OpeningScan::Setup setup{m_snapshot, m_availability, m_index, request, *type, minutes, {},
                             providersFor(m_snapshot, *type, request), chairsFor(m_snapshot, *type, request), 0};
    if (setup.providers.isEmpty() || setup.chairs.isEmpty())
        return {};
    const QDate last = request.from.addDays(request.days - 1);
    const Interval window{m_availability.localDay(request.from).span().start, m_availability.localDay(last).span().end};
    setup.prefs = preferencesFor(request, window);
    setup.earliestSecs = nowUtc.toSecsSinceEpoch() + qint64(type->minLeadHours) * 3600;
    setup.today = nowUtc.toTimeZone(m_snapshot.zone()).date();
    const QDate lastBookable = nowUtc.toTimeZone(m_snapshot.zone()).date().addDays(type->maxAdvanceDays);

    OpeningScan scan(std::move(setup));
    scan.notePatient(window);
    for (QDate date = request.from; date <= last && date <= lastBookable; date = date.addDays(1)) {
        if (!scan.scanDay(date))
            break;
    }
    QList<Opening> found = scan.take();
    for (Opening &o : found) {
        if (o.productionBlockId.isEmpty())
            continue;
        const auto block = std::find_if(m_snapshot.productionBlocks().cbegin(), m_snapshot.productionBlocks().cend(),
                                        [&](const ProductionBlock &b) { return b.id == o.productionBlockId; });
        if (block != m_snapshot.productionBlocks().cend())
            o.why = Text::tr("in the %1 block", "an opening inside a production block; %1 is its name").arg(block->name);
    }
    return found;
}

} // namespace chairside::scheduling
