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

QList<Violation> Scheduler::check(const BookingCandidate &c, const QDateTime &nowUtc)
{
    QList<Violation> out;
    const Provider *provider = m_snapshot.provider(c.providerId);
    const Chair *chair = m_snapshot.chair(c.chairId);
    const AppointmentType *type = m_snapshot.type(c.typeId);
    Q_ASSERT(provider && chair && type);
    if (!provider || !chair || !type)
        return out;
    const Practice &practice = m_snapshot.practice();
    const QTimeZone &zone = m_snapshot.zone();
    const int minutes = c.minutes > 0 ? c.minutes : type->minutes;
    const Interval time{c.start, c.start + minutes};
    const QDate date = localDate(c.start, zone);
    const ProviderDay &day = m_availability.providerDay(*provider, date);
    // People read names and their locale's times and dates, never ids (they stay in the
    // violation's `other` for scripts).
    auto hhmm = [&](Minute m) { return localformat::time(fromMinute(m).toTimeZone(zone).time()); };
    const QString dayText = localformat::longDate(date);
    // The other visit by its kind, never by its id or its patient: whoever reads a refusal
    // (a provider seeing others' lanes as busy time too) learns that the time is taken.
    auto visit = [&](const BookedAppointment &a) {
        const AppointmentType *visitType = m_snapshot.type(a.typeId);
        return visitType ? visitType->name : Text::tr("a visit");
    };
    auto chairNames = [&](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids) {
            const Chair *named = m_snapshot.chair(id);
            names.append(named ? named->name : id);
        }
        return names.join(u", "_s);
    };
    auto typeNames = [&](const QStringList &ids) {
        QStringList names;
        for (const QString &id : ids) {
            const AppointmentType *named = m_snapshot.type(id);
            names.append(named ? named->name : id);
        }
        return names.join(u", "_s);
    };
    auto add = [&](const char16_t *id, const QString &message, const QString &other = {}) {
        out.append({QString::fromUtf16(id), message, other});
    };

    // 1. Grid.
    const int grid = std::max(practice.gridMinutes, 1);
    if (day.day.wall(c.start) % grid != 0) {
        const Minute wall = day.day.wall(c.start);
        const Minute before = c.start - (wall % grid + grid) % grid;
        add(rule::OffGrid, Text::tr("%1 is not on the %2-minute booking grid; start at %3 or %4.")
                                   .arg(hhmm(c.start))
                                   .arg(grid)
                                   .arg(hhmm(before), hhmm(before + grid)));
    }

    // 2. Working hours that allow this chair and type.
    const WorkingInterval *frame = nullptr;
    const WorkingInterval *coveringOtherChair = nullptr;
    const WorkingInterval *coveringOtherType = nullptr;
    for (const WorkingInterval &w : day.spans) {
        if (!w.time.contains(time))
            continue;
        if (!w.allowsChair(c.chairId))
            coveringOtherChair = &w;
        else if (!w.allowsType(c.typeId))
            coveringOtherType = &w;
        else {
            frame = &w;
            break;
        }
    }
    if (!frame) {
        QString message;
        if (day.overridden && day.spans.isEmpty())
            message = Text::tr("%1 is not working on %2 (the day is closed on the schedule).")
                              .arg(provider->name, dayText);
        else if (coveringOtherChair)
            message = Text::tr("%1 works in %2 at that time, not in %3.")
                              .arg(provider->name, chairNames(coveringOtherChair->chairIds), chair->name);
        else if (coveringOtherType)
            message = Text::tr("%1's hours at that time are kept for %2; %3 is not one of them.")
                              .arg(provider->name, typeNames(coveringOtherType->typeIds), type->name);
        else
            message = Text::tr("%1–%2 on %3 is outside %4's working hours.")
                              .arg(hhmm(time.start), hhmm(time.end), dayText, provider->name);
        add(rule::OutsideHours, message);
    }

    // 3. Breaks and blocks.
    for (const Closure &cl : day.closures) {
        if (!cl.time.overlaps(time))
            continue;
        if (cl.kind == Closure::Kind::Break)
            add(rule::Break, Text::tr("The time meets %1's break \"%2\" (%3–%4).")
                                     .arg(provider->name, cl.label, hhmm(cl.time.start), hhmm(cl.time.end)));
        else
            add(rule::Blocked, Text::tr("The time meets the block \"%1\" (%2–%3).")
                                       .arg(cl.label, hhmm(cl.time.start), hhmm(cl.time.end)),
                cl.blockId);
    }
    for (const Closure &cl : m_availability.chairClosures(c.chairId, time))
        add(rule::Blocked, Text::tr("%1 is blocked by \"%2\" (%3–%4).")
                                   .arg(chair->name, cl.label, hhmm(cl.time.start), hhmm(cl.time.end)),
            cl.blockId);

    // 4. Provider time, with the provider's buffer between provider-time runs.
    const int buffer = m_snapshot.bufferMinutes(*provider);
    const ProviderTime::Runs runs = ProviderTime::runs(type->pattern, c.start, minutes);
    if (!runs.isEmpty()) {
        const Interval reach{runs.first().start - buffer, runs.last().end + buffer};
        m_index.forEachMeeting(m_index.providerLane(c.providerId), reach, [&](const BookedAppointment &a) {
            if (a.id == c.replacingId)
                return;
            for (const Interval &mine : runs) {
                for (const Interval &theirs : a.providerTime) {
                    if (mine.overlaps(theirs.grownBy(buffer, buffer))) {
                        add(rule::ProviderBusy,
                            Text::tr("%1 is busy with another visit (%2, %3–%4); provider time needs %5 minutes "
                                     "between.")
                                    .arg(provider->name, visit(a), hhmm(a.time.start), hhmm(a.time.end))
                                    .arg(buffer),
                            a.id);
                        return;
                    }
                }
            }
        });
    }

    // 5. Chair time with turnover.
    const int turnover = practice.chairTurnoverMinutes;
    m_index.forEachMeeting(m_index.chairLane(c.chairId), time.grownBy(turnover, turnover),
                           [&](const BookedAppointment &a) {
                               if (a.id == c.replacingId)
                                   return;
                               add(rule::ChairBusy,
                                   Text::tr("%1 is taken by another visit (%2, %3–%4); the chair needs %5 "
                                            "minutes of turnover between patients.")
                                           .arg(chair->name, visit(a), hhmm(a.time.start), hhmm(a.time.end))
                                           .arg(turnover),
                                   a.id);
                           });

    // 9 (reported with the other collisions). The patient's other visits.
    if (!c.patientId.isEmpty()) {
        m_index.forEachMeeting(m_index.patientLane(c.patientId), time, [&](const BookedAppointment &a) {
            if (a.id == c.replacingId)
                return;
            add(rule::PatientBusy,
                Text::tr("The patient already has another visit (%1) at %2–%3.")
                        .arg(visit(a), hhmm(a.time.start), hhmm(a.time.end)),
                a.id);
        });
    }

    // 6. Equipment and skill.
    QStringList missing;
    for (const QString &tag : type->equipment) {
        if (!chair->equipment.contains(tag))
            missing.append(tag);
    }
    if (!missing.isEmpty())
        add(rule::Equipment,
            Text::tr("%1 lacks %2, which %3 needs.").arg(chair->name, missing.join(u", "_s), type->name));
    if (!type->skill.isEmpty() && !provider->skills.contains(type->skill))
        add(rule::Skill, Text::tr("%1 does not do %2, which %3 needs.").arg(provider->name, skillText(type->skill), type->name));

    // 7. Daily limits.
    int patients = 1;
    int complexity = type->complexity;
    m_index.forEachStarting(m_index.providerLane(c.providerId), day.day.span(), [&](const BookedAppointment &a) {
        if (a.id == c.replacingId)
            return;
        ++patients;
        complexity += a.complexity;
    });
    if (patients > provider->maxDailyPatients)
        add(rule::MaxPatients, Text::tr("%1 already has %2 patients on %3 (limit %4).")
                                       .arg(provider->name)
                                       .arg(patients - 1)
                                       .arg(dayText)
                                       .arg(provider->maxDailyPatients));
    const int maxComplexity = m_snapshot.maxDailyComplexity(*provider);
    if (complexity > maxComplexity)
        add(rule::MaxComplexity, Text::tr("%1's procedures on %2 would add up to complexity %3 (limit %4).")
                                         .arg(provider->name, dayText)
                                         .arg(complexity)
                                         .arg(maxComplexity));

    // 8. Booking window.
    if (c.checkBookingWindow) {
        const qint64 earliest = nowUtc.toSecsSinceEpoch() + qint64(type->minLeadHours) * 3600;
        if (c.start * 60 < earliest) {
            const QString when =
                    localformat::dateTime(QDateTime::fromSecsSinceEpoch(earliest, Qt::UTC).toTimeZone(zone));
            add(rule::LeadTime, type->minLeadHours > 0
                                        ? Text::tr("%1 must be booked at least %2 hours ahead (from %3).")
                                                  .arg(type->name)
                                                  .arg(type->minLeadHours)
                                                  .arg(when)
                                        : Text::tr("The time has already passed (now %1).").arg(when));
        }
        const QDate today = nowUtc.toTimeZone(zone).date();
        if (today.daysTo(date) > type->maxAdvanceDays)
            add(rule::AdvanceWindow, Text::tr("%1 can be booked at most %2 days ahead (through %3).")
                                             .arg(type->name)
                                             .arg(type->maxAdvanceDays)
                                             .arg(localformat::longDate(today.addDays(type->maxAdvanceDays))));
    }

    // 10. Length.
    if (minutes > kMaxAppointmentMinutes)
        add(rule::MaxLength, Text::tr("%1 minutes is longer than any visit the practice books (at most %2 hours).")
                                     .arg(minutes)
                                     .arg(kMaxAppointmentMinutes / 60));
    if (minutes < type->minMinutes || minutes > type->maxMinutes)
        add(rule::DurationBounds, Text::tr("%1 minutes is outside %2's %3–%4 minutes.")
                                          .arg(minutes)
                                          .arg(type->name)
                                          .arg(type->minMinutes)
                                          .arg(type->maxMinutes));
    return out;
}

} // namespace chairside::scheduling
