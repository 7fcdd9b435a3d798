#include "scheduler.h"

#include "domain/appointment.h"
#include "domain/localformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside::scheduling {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::scheduling::Scheduler)
};

} // namespace

Scheduler::Scheduler(PracticeSnapshot snapshot) : m_snapshot(std::move(snapshot)), m_availability(m_snapshot) {}

Scheduler::~Scheduler() = default;

BookedAppointment Scheduler::booked(const Appointment &a) const
{
    BookedAppointment b;
    b.id = a.id;
    b.patientId = a.patientId;
    b.typeId = a.typeId;
    b.providerId = a.providerId;
    b.chairId = a.chairId;
    b.status = a.status;
    const Minute start = toMinute(a.startUtc);
    b.time = {start, start + a.minutes};
    const AppointmentType *type = m_snapshot.type(a.typeId);
    const QString key = a.typeId + QLatin1Char('/') + QString::number(a.minutes);
    auto it = m_relativeRuns.constFind(key);
    if (it == m_relativeRuns.constEnd())
        it = m_relativeRuns.insert(key, ProviderTime::runs(type ? type->pattern : QString(), 0, a.minutes));
    for (const Interval &r : *it)
        b.providerTime.append({start + r.start, start + r.end});
    b.complexity = type ? type->complexity : 0;
    return b;
}

bool inTimeOfDay(TimeOfDay t, int m)
{
    switch (t) {
    case TimeOfDay::Any:
        return false;
    case TimeOfDay::Morning:
        return m >= 8 * 60 && m < 11 * 60;
    case TimeOfDay::Afternoon:
        return m >= 13 * 60 && m < 15 * 60;
    case TimeOfDay::Evening:
        return m >= 16 * 60 && m < 18 * 60;
    }
    return false;
}

int Scheduler::score(const PatientPreferences &prefs, const QString &providerId, const QDate &date, int startMinuteOfDay)
{
    int s = 0;
    if (inTimeOfDay(prefs.timeOfDay, startMinuteOfDay))
        s += weight::TimeOfDay;
    if (!prefs.continuityProviderId.isEmpty() && prefs.continuityProviderId == providerId)
        s += weight::Continuity;
    if (prefs.days.contains(date.dayOfWeek()))
        s += weight::PreferredDay;
    if (prefs.familyDays.contains(date.toJulianDay()))
        s += weight::FamilyClustering;
    return s;
}

Scheduler::PatientPreferences Scheduler::preferencesFor(const OpeningRequest &request, const Interval &window)
{
    PatientPreferences prefs;
    const Patient *patient = m_snapshot.patient(request.patientId);
    if (!patient)
        return prefs;
    prefs.timeOfDay = patient->preferredTimeOfDay;
    prefs.days = patient->preferredDays;
    prefs.continuityProviderId =
            request.lastCompletedProviderId.isEmpty() ? patient->preferredProviderId : request.lastCompletedProviderId;
    const QTimeZone &zone = m_snapshot.zone();
    for (const QString &member : m_snapshot.familyOf(request.patientId)) {
        m_index.forEachMeeting(m_index.patientLane(member), window, [&](const BookedAppointment &a) {
            if (a.id != request.replacingId)
                prefs.familyDays.insert(localDate(a.time.start, zone).toJulianDay());
        });
    }
    return prefs;
}

void Scheduler::replaceProvider(const Provider &provider)
{
    m_snapshot.replaceProvider(provider);
    m_availability.invalidateProvider(provider.id);
}

void Scheduler::replaceBlocks(QList<Block> blocks)
{
    QList<Block> touched = m_snapshot.blocks();
    touched += blocks;
    m_snapshot.replaceBlocks(std::move(blocks));
    m_availability.invalidateBlocks(touched);
}

void Scheduler::replaceProductionBlocks(QList<ProductionBlock> blocks)
{
    m_availability.invalidateProduction();
    m_snapshot.replaceProductionBlocks(std::move(blocks));
}

bool Scheduler::holdsOn(const QDate &date, const QDateTime &nowUtc) const
{
    const QDate today = nowUtc.toTimeZone(m_snapshot.zone()).date();
    return today.daysTo(date) > m_snapshot.practice().productionReleaseDays;
}

QList<Violation> Scheduler::warnings(const BookingCandidate &c, const QDateTime &nowUtc)
{
    QList<Violation> out;
    const AppointmentType *type = m_snapshot.type(c.typeId);
    if (!type)
        return out;
    const int minutes = c.minutes > 0 ? c.minutes : type->minutes;
    const Interval time{c.start, c.start + minutes};
    const QDate date = localDate(c.start, m_snapshot.zone());
    if (!holdsOn(date, nowUtc))
        return out;
    const QTimeZone &zone = m_snapshot.zone();
    auto hhmm = [&](Minute m) { return localformat::time(fromMinute(m).toTimeZone(zone).time()); };
    for (const ProductionWindow &w : m_availability.productionOn(date)) {
        if (!w.time.overlaps(time) || !w.covers(c.providerId, c.chairId) || w.block->isFor(type->id, type->skill))
            continue;
        QStringList kept;
        for (const QString &id : w.block->typeIds) {
            const AppointmentType *t = m_snapshot.type(id);
            kept.append(t ? t->name : id);
        }
        if (!w.block->category.isEmpty())
            kept.append(Text::tr("%1 visits").arg(skillText(w.block->category)));
        out.append({QString::fromUtf16(rule::ProductionBlock),
                    Text::tr("%1–%2 is the \"%3\" production block, kept for %4; %5 is not one of them. It releases "
                             "%n day(s) before the date; book anyway only if the practice agrees.",
                             nullptr, m_snapshot.practice().productionReleaseDays)
                            .arg(hhmm(w.time.start), hhmm(w.time.end), w.block->name, kept.join(u", "_s), type->name),
                    w.block->id});
    }
    return out;
}

namespace {

// One booking candidate against every rule of docs/scheduling.md, one function per rule, in
// the order a refusal lists them. People read names and their locale's times and dates,
// never ids (those stay in a violation's `other` for scripts); another visit is named by its
// kind, never by its patient, so whoever reads a refusal learns only that the time is taken.
class RuleCheck
{
public:
    RuleCheck(const PracticeSnapshot &snapshot, Availability &availability, ScheduleIndex &index,
              const BookingCandidate &c, const Provider &provider, const Chair &chair, const AppointmentType &type)
        : m_snapshot(snapshot),
          m_availability(availability),
          m_index(index),
          m_c(c),
          m_provider(provider),
          m_chair(chair),
          m_type(type),
          m_zone(snapshot.zone()),
          m_minutes(c.minutes > 0 ? c.minutes : type.minutes),
          m_time{c.start, c.start + m_minutes},
          m_date(localDate(c.start, m_zone)),
          m_day(availability.providerDay(provider, m_date)),
          m_dayText(localformat::longDate(m_date))
    {
    }

    void grid();
    void workingHours();
    void breaksAndBlocks();
    void providerTime();
    void chairTime();
    void patientVisits();
    void equipmentAndSkill();
    void dailyLimits();
    void bookingWindow(const QDateTime &nowUtc);
    void length();

    QList<Violation> violations;

private:
    [[nodiscard]] QString hhmm(Minute m) const { return localformat::time(fromMinute(m).toTimeZone(m_zone).time()); }
    [[nodiscard]] QString visit(const BookedAppointment &a) const
    {
        const AppointmentType *visitType = m_snapshot.type(a.typeId);
        return visitType ? visitType->name : Text::tr("a visit");
    }
    [[nodiscard]] QString chairNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids) {
            const Chair *named = m_snapshot.chair(id);
            names.append(named ? named->name : id);
        }
        return names.join(u", "_s);
    }
    [[nodiscard]] QString typeNames(const QStringList &ids) const
    {
        QStringList names;
        for (const QString &id : ids) {
            const AppointmentType *named = m_snapshot.type(id);
            names.append(named ? named->name : id);
        }
        return names.join(u", "_s);
    }
    void add(const char16_t *id, const QString &message, const QString &other = {})
    {
        violations.append({QString::fromUtf16(id), message, other});
    }

    const PracticeSnapshot &m_snapshot;
    Availability &m_availability;
    ScheduleIndex &m_index;
    const BookingCandidate &m_c;
    const Provider &m_provider;
    const Chair &m_chair;
    const AppointmentType &m_type;
    const QTimeZone &m_zone;
    const int m_minutes;
    const Interval m_time;
    const QDate m_date;
    const ProviderDay &m_day;
    const QString m_dayText;
};

// 1. On the practice's booking grid.
void RuleCheck::grid()
{
    const int grid = std::max(m_snapshot.practice().gridMinutes, 1);
    const Minute wall = m_day.day.wall(m_c.start);
    if (wall % grid == 0)
        return;
    const Minute before = m_c.start - (wall % grid + grid) % grid;
    add(rule::OffGrid, Text::tr("%1 is not on the %2-minute booking grid; start at %3 or %4.")
                               .arg(hhmm(m_c.start))
                               .arg(grid)
                               .arg(hhmm(before), hhmm(before + grid)));
}

// 2. Working hours that allow this chair and type.
void RuleCheck::workingHours()
{
    const WorkingInterval *coveringOtherChair = nullptr;
    const WorkingInterval *coveringOtherType = nullptr;
    for (const WorkingInterval &w : m_day.spans) {
        if (!w.time.contains(m_time))
            continue;
        if (!w.allowsChair(m_c.chairId))
            coveringOtherChair = &w;
        else if (!w.allowsType(m_c.typeId))
            coveringOtherType = &w;
        else
            return;
    }
    QString message;
    if (m_day.overridden && m_day.spans.isEmpty())
        message = Text::tr("%1 is not working on %2 (the day is closed on the schedule).")
                          .arg(m_provider.name, m_dayText);
    else if (coveringOtherChair)
        message = Text::tr("%1 works in %2 at that time, not in %3.")
                          .arg(m_provider.name, chairNames(coveringOtherChair->chairIds), m_chair.name);
    else if (coveringOtherType)
        message = Text::tr("%1's hours at that time are kept for %2; %3 is not one of them.")
                          .arg(m_provider.name, typeNames(coveringOtherType->typeIds), m_type.name);
    else
        message = Text::tr("%1–%2 on %3 is outside %4's working hours.")
                          .arg(hhmm(m_time.start), hhmm(m_time.end), m_dayText, m_provider.name);
    add(rule::OutsideHours, message);
}

// 3. The provider's breaks and the blocks on the provider or the chair.
void RuleCheck::breaksAndBlocks()
{
    for (const Closure &cl : m_day.closures) {
        if (!cl.time.overlaps(m_time))
            continue;
        if (cl.kind == Closure::Kind::Break)
            add(rule::Break, Text::tr("The time meets %1's break \"%2\" (%3–%4).")
                                     .arg(m_provider.name, cl.label, hhmm(cl.time.start), hhmm(cl.time.end)));
        else
            add(rule::Blocked, Text::tr("The time meets the block \"%1\" (%2–%3).")
                                       .arg(cl.label, hhmm(cl.time.start), hhmm(cl.time.end)),
                cl.blockId);
    }
    for (const Closure &cl : m_availability.chairClosures(m_c.chairId, m_time))
        add(rule::Blocked, Text::tr("%1 is blocked by \"%2\" (%3–%4).")
                                   .arg(m_chair.name, cl.label, hhmm(cl.time.start), hhmm(cl.time.end)),
            cl.blockId);
}

// 4. Provider time, with the provider's buffer between provider-time runs.
void RuleCheck::providerTime()
{
    const int buffer = m_snapshot.bufferMinutes(m_provider);
    const ProviderTime::Runs runs = ProviderTime::runs(m_type.pattern, m_c.start, m_minutes);
    if (runs.isEmpty())
        return;
    const Interval reach{runs.first().start - buffer, runs.last().end + buffer};
    m_index.forEachMeeting(m_index.providerLane(m_c.providerId), reach, [&](const BookedAppointment &a) {
        if (a.id == m_c.replacingId)
            return;
        for (const Interval &mine : runs) {
            for (const Interval &theirs : a.providerTime) {
                if (mine.overlaps(theirs.grownBy(buffer, buffer))) {
                    add(rule::ProviderBusy,
                        Text::tr("%1 is busy with another visit (%2, %3–%4); provider time needs %5 minutes "
                                 "between.")
                                .arg(m_provider.name, visit(a), hhmm(a.time.start), hhmm(a.time.end))
                                .arg(buffer),
                        a.id);
                    return;
                }
            }
        }
    });
}

// 5. Chair time with turnover.
void RuleCheck::chairTime()
{
    const int turnover = m_snapshot.practice().chairTurnoverMinutes;
    m_index.forEachMeeting(m_index.chairLane(m_c.chairId), m_time.grownBy(turnover, turnover),
                           [&](const BookedAppointment &a) {
                               if (a.id == m_c.replacingId)
                                   return;
                               add(rule::ChairBusy,
                                   Text::tr("%1 is taken by another visit (%2, %3–%4); the chair needs %5 "
                                            "minutes of turnover between patients.")
                                           .arg(m_chair.name, visit(a), hhmm(a.time.start), hhmm(a.time.end))
                                           .arg(turnover),
                                   a.id);
                           });
}

// 9 (reported with the other collisions). The patient's other visits.
void RuleCheck::patientVisits()
{
    if (m_c.patientId.isEmpty())
        return;
    m_index.forEachMeeting(m_index.patientLane(m_c.patientId), m_time, [&](const BookedAppointment &a) {
        if (a.id == m_c.replacingId)
            return;
        add(rule::PatientBusy,
            Text::tr("The patient already has another visit (%1) at %2–%3.")
                    .arg(visit(a), hhmm(a.time.start), hhmm(a.time.end)),
            a.id);
    });
}

// 6. The chair's equipment and the provider's skill.
void RuleCheck::equipmentAndSkill()
{
    QStringList missing;
    for (const QString &tag : m_type.equipment) {
        if (!m_chair.equipment.contains(tag))
            missing.append(tag);
    }
    if (!missing.isEmpty())
        add(rule::Equipment,
            Text::tr("%1 lacks %2, which %3 needs.").arg(m_chair.name, missing.join(u", "_s), m_type.name));
    if (!m_type.skill.isEmpty() && !m_provider.skills.contains(m_type.skill))
        add(rule::Skill,
            Text::tr("%1 does not do %2, which %3 needs.").arg(m_provider.name, skillText(m_type.skill), m_type.name));
}

// 7. The provider's daily patients and complexity.
void RuleCheck::dailyLimits()
{
    int patients = 1;
    int complexity = m_type.complexity;
    m_index.forEachStarting(m_index.providerLane(m_c.providerId), m_day.day.span(), [&](const BookedAppointment &a) {
        if (a.id == m_c.replacingId)
            return;
        ++patients;
        complexity += a.complexity;
    });
    if (patients > m_provider.maxDailyPatients)
        add(rule::MaxPatients, Text::tr("%1 already has %2 patients on %3 (limit %4).")
                                       .arg(m_provider.name)
                                       .arg(patients - 1)
                                       .arg(m_dayText)
                                       .arg(m_provider.maxDailyPatients));
    const int maxComplexity = m_snapshot.maxDailyComplexity(m_provider);
    if (complexity > maxComplexity)
        add(rule::MaxComplexity, Text::tr("%1's procedures on %2 would add up to complexity %3 (limit %4).")
                                         .arg(m_provider.name, m_dayText)
                                         .arg(complexity)
                                         .arg(maxComplexity));
}

// 8. The type's lead time and how far ahead it may be booked.
void RuleCheck::bookingWindow(const QDateTime &nowUtc)
{
    if (!m_c.checkBookingWindow)
        return;
    const qint64 earliest = nowUtc.toSecsSinceEpoch() + qint64(m_type.minLeadHours) * 3600;
    if (m_c.start * 60 < earliest) {
        const QString when = localformat::dateTime(QDateTime::fromSecsSinceEpoch(earliest, Qt::UTC).toTimeZone(m_zone));
        add(rule::LeadTime, m_type.minLeadHours > 0
                                    ? Text::tr("%1 must be booked at least %2 hours ahead (from %3).")
                                              .arg(m_type.name)
                                              .arg(m_type.minLeadHours)
                                              .arg(when)
                                    : Text::tr("The time has already passed (now %1).").arg(when));
    }
    const QDate today = nowUtc.toTimeZone(m_zone).date();
    if (today.daysTo(m_date) > m_type.maxAdvanceDays)
        add(rule::AdvanceWindow, Text::tr("%1 can be booked at most %2 days ahead (through %3).")
                                         .arg(m_type.name)
                                         .arg(m_type.maxAdvanceDays)
                                         .arg(localformat::longDate(today.addDays(m_type.maxAdvanceDays))));
}

// 10. The visit's length.
void RuleCheck::length()
{
    if (m_minutes > kMaxAppointmentMinutes)
        add(rule::MaxLength, Text::tr("%1 minutes is longer than any visit the practice books (at most %2 hours).")
                                     .arg(m_minutes)
                                     .arg(kMaxAppointmentMinutes / 60));
    if (m_minutes < m_type.minMinutes || m_minutes > m_type.maxMinutes)
        add(rule::DurationBounds, Text::tr("%1 minutes is outside %2's %3–%4 minutes.")
                                          .arg(m_minutes)
                                          .arg(m_type.name)
                                          .arg(m_type.minMinutes)
                                          .arg(m_type.maxMinutes));
}

} // namespace

QList<Violation> Scheduler::check(const BookingCandidate &c, const QDateTime &nowUtc)
{
    const Provider *provider = m_snapshot.provider(c.providerId);
    const Chair *chair = m_snapshot.chair(c.chairId);
    const AppointmentType *type = m_snapshot.type(c.typeId);
    Q_ASSERT(provider && chair && type);
    if (!provider || !chair || !type)
        return {};
    RuleCheck check(m_snapshot, m_availability, m_index, c, *provider, *chair, *type);
    check.grid();
    check.workingHours();
    check.breaksAndBlocks();
    check.providerTime();
    check.chairTime();
    check.patientVisits();
    check.equipmentAndSkill();
    check.dailyLimits();
    check.bookingWindow(nowUtc);
    check.length();
    return check.violations;
}

} // namespace chairside::scheduling
