#include "schedulepages.h"

#include "store/outbox.h"

#include "store/appointmentrepository.h"
#include "schedulepage.h"
#include "schedulestate.h"
#include "access.h"

#include "domain/clock.h"
#include "scheduling/providertime.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QLocale>

namespace chairside {

using scheduling::Interval;
using scheduling::LocalDay;

namespace {

// Another provider's visit as a provider's view shows it: the time it takes, nothing about
// whom or what for.
void showAsBusy(PageAppointment &p)
{
    const QString busy = QCoreApplication::translate("chairside::BookingService", "Busy",
                                                     "another provider's visit, shown without its patient");
    Appointment &a = p.shown.appointment;
    a.patientId.clear();
    a.notes.clear();
    a.cancelReason.clear();
    a.typeId.clear();
    p.shown.patientName = busy;
    p.shown.typeName = busy;
    p.shown.typeColor = QStringLiteral("#9e9e9e");
    p.conflicts.clear();
}

DayRange rangeOn(const LocalDay &day, const Interval &time, const QString &label = {}, bool isBreak = false,
                 const QString &blockId = {})
{
    const Interval span = day.span();
    const scheduling::Minute start = std::max(time.start, span.start);
    const scheduling::Minute end = std::min(time.end, span.end);
    // The end is the wall minute after the last covered minute, so a span ending at midnight
    // reads 1440 rather than 0.
    return {day.minuteOfDay(start), day.minuteOfDay(end - 1) + 1, label, isBreak, blockId};
}

// `ranges` less every stretch in `gaps`.
QList<DayRange> without(const QList<DayRange> &ranges, const QList<DayRange> &gaps)
{
    QList<DayRange> out = ranges;
    for (const DayRange &gap : gaps) {
        QList<DayRange> next;
        for (const DayRange &r : std::as_const(out)) {
            if (gap.endMinute <= r.startMinute || gap.startMinute >= r.endMinute) {
                next.append(r);
                continue;
            }
            if (gap.startMinute > r.startMinute)
                next.append({r.startMinute, gap.startMinute, r.label, r.isBreak});
            if (gap.endMinute < r.endMinute)
                next.append({gap.endMinute, r.endMinute, r.label, r.isBreak});
        }
        out = next;
    }
    return out;
}

void addMerged(QList<DayRange> &ranges, const DayRange &r)
{
    for (DayRange &existing : ranges) {
        if (r.startMinute <= existing.endMinute && existing.startMinute <= r.endMinute) {
            existing.startMinute = std::min(existing.startMinute, r.startMinute);
            existing.endMinute = std::max(existing.endMinute, r.endMinute);
            return;
        }
    }
    ranges.append(r);
}

// Why nobody works `date`: a practice-wide block over most of the day names it (a holiday
// entered as a block); else the providers who work that weekday are all off that date (a
// holiday entered as days off, or everyone away); else nobody works that weekday at all.
QString closedReasonOn(scheduling::Availability &availability, const LocalDay &local, const QDate &date)
{
    const scheduling::PracticeSnapshot &snap = availability.snapshot();
    const Interval span = local.span();
    const Block *longest = nullptr;
    qint64 longestMinutes = 0;
    for (const Block &b : snap.blocks()) {
        if (!b.chairId.isEmpty() || !b.providerId.isEmpty())
            continue;
        for (const Interval &t : availability.occurrences(b, span)) {
            const qint64 minutes = std::min(t.end, span.end) - std::max(t.start, span.start);
            if (minutes > longestMinutes) {
                longest = &b;
                longestMinutes = minutes;
            }
        }
    }
    if (longest && longestMinutes >= 4 * 60 && !longest->label.trimmed().isEmpty())
        return longest->label.trimmed();

    QStringList usual; // who works this weekday by their weekly hours
    for (const Provider &p : snap.providers()) {
        if (std::any_of(p.hours.cbegin(), p.hours.cend(),
                        [&](const WorkingHours &h) { return h.days.contains(date.dayOfWeek()); }))
            usual.append(p.name);
    }
    if (usual.size() == 1)
        return QCoreApplication::translate("chairside::BookingService", "%1 is off",
                                           "a closed day's heading: the only provider who works that weekday")
                .arg(usual.constFirst());
    if (!usual.isEmpty())
        return QCoreApplication::translate("chairside::BookingService", "Every provider is off",
                                           "a closed day's heading: a holiday or everyone away");
    return QCoreApplication::translate("chairside::BookingService", "No one works on %1",
                                       "a closed day's heading: %1 is a weekday name, 'Sunday'")
            .arg(QLocale().standaloneDayName(date.dayOfWeek()));
}

} // namespace

SchedulePages::SchedulePages(store::Cache &cache, const Clock &clock, ScheduleState &state)
    : m_cache(cache), m_clock(clock), m_state(state)
{
}

DayFrame SchedulePages::frameOn(const QDate &date)
{
    scheduling::Scheduler &scheduler = m_state.scheduler();
    const scheduling::PracticeSnapshot &snap = scheduler.snapshot();
    scheduling::Availability &availability = scheduler.availability();
    const LocalDay &local = availability.localDay(date);
    DayFrame frame;
    frame.date = date;
    frame.lengthMinutes = int(local.span().end - local.span().start);

    for (const Provider &provider : snap.providers()) {
        const scheduling::ProviderDay &pd = availability.providerDay(provider, date);
        QList<DayRange> &open = frame.providerOpen[provider.id];
        for (const scheduling::WorkingInterval &w : pd.spans) {
            const DayRange r = rangeOn(local, w.time);
            addMerged(open, r);
            for (const Chair &chair : snap.chairs()) {
                if (!w.allowsChair(chair.id))
                    continue;
                addMerged(frame.chairOpen[chair.id], r);
                QStringList &working = frame.chairProviders[chair.id];
                if (!w.chairIds.isEmpty() && !working.contains(provider.id))
                    working.append(provider.id);
            }
        }
        QList<DayRange> &closed = frame.providerClosed[provider.id];
        for (const scheduling::Closure &c : pd.closures)
            closed.append(rangeOn(local, c.time, c.label, c.kind == scheduling::Closure::Kind::Break, c.blockId));
        // Where this provider is scheduled by chair: when they work in each, breaks and their
        // blocks left out.
        for (const scheduling::WorkingInterval &w : pd.spans) {
            for (const QString &chairId : w.chairIds)
                addMerged(frame.providerInChair[chairId][provider.id], rangeOn(local, w.time));
        }
        for (auto chair = frame.providerInChair.begin(); chair != frame.providerInChair.end(); ++chair) {
            if (chair->contains(provider.id))
                (*chair)[provider.id] = without(chair->value(provider.id), closed);
        }
    }
    // A chair with providers scheduled in it is open when one of them works there; time
    // only a provider free to use any chair covers stays shaded, as nobody is booked into it.
    for (auto chair = frame.providerInChair.cbegin(); chair != frame.providerInChair.cend(); ++chair) {
        QList<DayRange> open;
        for (const QList<DayRange> &ranges : chair.value())
            for (const DayRange &r : ranges)
                addMerged(open, r);
        QList<DayRange> &chairOpen = frame.chairOpen[chair.key()];
        // Breaks show as shaded, labelled time; keep the chair's full span for them when one
        // provider alone works there (below), else only the working stretches.
        if (frame.chairProviders.value(chair.key()).size() > 1)
            chairOpen = open;
    }
    for (const Chair &chair : snap.chairs()) {
        QList<DayRange> &closed = frame.chairClosed[chair.id];
        // A chair with one provider scheduled in it pauses when they do.
        const QStringList working = frame.chairProviders.value(chair.id);
        if (working.size() == 1) {
            for (const DayRange &r : frame.providerClosed.value(working.constFirst())) {
                if (r.isBreak)
                    closed.append(r);
            }
        }
        for (const scheduling::Closure &c : availability.chairClosures(chair.id, local.span()))
            closed.append(rangeOn(local, c.time, c.label, false, c.blockId));
        for (const Block &b : snap.blocks()) {
            if (!b.chairId.isEmpty() || !b.providerId.isEmpty())
                continue;
            for (const Interval &time : availability.occurrences(b, local.span()))
                closed.append(rangeOn(local, time, b.label, false, b.id));
        }
    }
    for (const scheduling::ProductionWindow &w : availability.productionOn(date)) {
        const DayRange r = rangeOn(local, w.time);
        frame.production.append({w.block->id, w.block->name, w.block->color, w.block->providerId, w.block->chairId,
                                 r.startMinute, r.endMinute});
    }

    for (QList<DayRange> &open : frame.chairOpen)
        std::sort(open.begin(), open.end(),
                  [](const DayRange &a, const DayRange &b) { return a.startMinute < b.startMinute; });
    if (std::all_of(frame.providerOpen.cbegin(), frame.providerOpen.cend(),
                    [](const QList<DayRange> &open) { return open.isEmpty(); }))
        frame.closedReason = closedReasonOn(availability, local, date);
    return frame;
}

QString providerWorkingAt(const DayFrame &frame, const QString &chairId, int minute)
{
    const QHash<QString, QList<DayRange>> working = frame.providerInChair.value(chairId);
    for (const QString &providerId : frame.chairProviders.value(chairId)) {
        for (const DayRange &r : working.value(providerId)) {
            if (r.startMinute <= minute && minute < r.endMinute)
                return providerId;
        }
    }
    return {};
}

std::optional<QList<DayFrame>> SchedulePages::frames(const QDate &from, int days, const UserSession &session,
                                                     QString *errorText)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadSchedule)) {
        *errorText = *denied;
        return std::nullopt;
    }
    if (!m_state.readyToRead(errorText))
        return std::nullopt;
    if (!from.isValid() || days < 1 || days > 366) {
        *errorText = QCoreApplication::translate("chairside::BookingService", "Choose 1 to 366 valid dates.");
        return std::nullopt;
    }
    QList<DayFrame> out;
    for (int d = 0; d < days; ++d)
        out.append(frameOn(from.addDays(d)));
    return out;
}

std::optional<SchedulePage> SchedulePages::page(const QDate &from, int days, const UserSession &session,
                                                QString *errorText)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadSchedule)) {
        *errorText = *denied;
        return std::nullopt;
    }
    if (!m_state.readyToRead(errorText))
        return std::nullopt;
    if (!from.isValid() || days < 1 || days > 31) {
        *errorText = QCoreApplication::translate("chairside::BookingService",
                                                 "A schedule page covers 1 to 31 valid dates.");
        return std::nullopt;
    }
    scheduling::Scheduler &scheduler = m_state.scheduler();
    const scheduling::PracticeSnapshot &snap = scheduler.snapshot();
    scheduling::Availability &availability = scheduler.availability();
    const Interval window{availability.localDay(from).span().start,
                          availability.localDay(from.addDays(days - 1)).span().end};
    QSqlError error;
    if (!m_state.cover(window, &error)) {
        *errorText = m_cache.describeFailure(error);
        return std::nullopt;
    }

    SchedulePage page;
    page.from = from;
    page.days = days;
    page.gridMinutes = snap.practice().gridMinutes;
    page.chairs = snap.chairs();
    page.clinics = m_state.clinics();
    page.providers = snap.providers();
    page.types = snap.types();
    const QDateTime now = m_clock.nowUtc();
    const QHash<QString, QString> waiting = store::Outbox(m_cache.database()).reasonsWaiting(&error);
    if (error.isValid()) {
        *errorText = m_cache.describeFailure(error);
        return std::nullopt;
    }

    for (int d = 0; d < days; ++d) {
        const QDate date = from.addDays(d);
        const LocalDay &local = availability.localDay(date);
        DayFrame frame = frameOn(date);
        const QList<store::ScheduledAppointment> shown = m_state.appointments().day(date, snap.zone(), &error);
        if (error.isValid()) {
            *errorText = m_cache.describeFailure(error);
            return std::nullopt;
        }
        for (const store::ScheduledAppointment &s : shown) {
            const Appointment &a = s.appointment;
            PageAppointment p;
            p.shown = s;
            p.date = date;
            // Why a change waits, or why one was kept here for good (the PMS has no call
            // for it): said on the visit whatever its state.
            p.syncNote = waiting.value(a.id);
            const scheduling::Minute start = scheduling::toMinute(a.startUtc);
            p.startMinute = local.minuteOfDay(start);
            const AppointmentType *type = snap.type(a.typeId);
            p.providerTime = scheduling::ProviderTime::fittedPattern(type ? type->pattern : QString(), a.minutes);
            if (isLive(a.status) && type && snap.provider(a.providerId) && snap.chair(a.chairId)) {
                const QList<scheduling::Violation> broken = scheduler.check(
                        {a.patientId, a.typeId, a.providerId, a.chairId, start, a.minutes, a.id, false}, now);
                for (const scheduling::Violation &v : broken)
                    p.conflicts.append(v.message);
            }
            QStringList &working = frame.chairProviders[a.chairId];
            if (isLive(a.status) && !working.contains(a.providerId))
                working.append(a.providerId);
            if (session.role == Role::Provider && a.providerId != session.providerId)
                showAsBusy(p);
            page.appointments.append(std::move(p));
        }
        page.frames.append(std::move(frame));
    }
    return page;
}

} // namespace chairside
