#include "bookingsearch.h"

#include "schedulestate.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "scheduling/scheduler.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// The messages keep the context they were translated in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::BookingService)
};

} // namespace

BookingSearch::BookingSearch(store::Cache &cache, const Clock &clock, ScheduleState &state)
    : m_cache(cache), m_clock(clock), m_state(state)
{
}

namespace {
// What is wrong with a search's provider and clinic (each optional), for its message.
QStringList whereProblems(const scheduling::PracticeSnapshot &snap, const QString &providerId, const QString &clinicId)
{
    QStringList problems;
    if (!providerId.isEmpty() && !snap.provider(providerId))
        problems.append(Text::tr("there is no provider \"%1\"").arg(localformat::excerpt(providerId)));
    if (!clinicId.isEmpty()
        && std::none_of(snap.chairs().cbegin(), snap.chairs().cend(),
                        [&](const Chair &c) { return c.clinicId == clinicId; }))
        problems.append(Text::tr("there is no clinic \"%1\" with chairs").arg(localformat::excerpt(clinicId)));
    return problems;
}
} // namespace

bool BookingSearch::caughtUp(OpeningsOutcome *out)
{
    return m_state.readyToRead(&out->error, &out->badRequest);
}

OpeningsOutcome BookingSearch::openings(const scheduling::OpeningRequest &request)
{
    OpeningsOutcome out;
    if (!caughtUp(&out))
        return out;
    scheduling::Scheduler &scheduler = m_state.scheduler();
    const scheduling::PracticeSnapshot &snap = scheduler.snapshot();
    QStringList problems;
    if (!snap.type(request.typeId))
        problems.append(Text::tr("there is no appointment type \"%1\"").arg(localformat::excerpt(request.typeId)));
    if (!request.patientId.isEmpty() && !snap.patient(request.patientId))
        problems.append(Text::tr("there is no patient \"%1\"").arg(localformat::excerpt(request.patientId)));
    problems += whereProblems(snap, request.providerId, request.clinicId);
    if (!request.from.isValid() || request.days < 1 || request.days > 366)
        problems.append(Text::tr("the window must start on a valid date and last 1 to 366 days"));
    if (request.limit < 1)
        problems.append(Text::tr("the number of openings must be at least 1"));
    if (!problems.isEmpty()) {
        out.error = problems.join(u"; "_s) + u'.';
        out.badRequest = true;
        return out;
    }
    return ranked(request);
}

OpeningsOutcome BookingSearch::nearestOpenings(const scheduling::OpeningRequest &request)
{
    // openings() checks the request (and answers for the first day); the rest is nearest()'s.
    scheduling::OpeningRequest firstDay = request;
    firstDay.days = 1;
    const OpeningsOutcome checked = openings(firstDay);
    if (!checked.error.isEmpty() || request.days < 1 || request.days > 366)
        return request.days >= 1 && request.days <= 366 ? checked : openings(request);
    return nearest(request);
}

OpeningsOutcome BookingSearch::nextOpenings(scheduling::OpeningRequest request)
{
    request.days = BookingService::kOpeningDays;
    request.limit = BookingService::kOpeningsShown;
    return nearestOpenings(request);
}

OpeningsOutcome BookingSearch::groupOpenings(const scheduling::GroupRequest &request)
{
    OpeningsOutcome out;
    QSqlError error;
    if (!caughtUp(&out))
        return out;
    scheduling::Scheduler &scheduler = m_state.scheduler();
    const scheduling::PracticeSnapshot &snap = scheduler.snapshot();
    QStringList problems;
    if (request.members.size() < 2 || request.members.size() > BookingService::kMaxGroup)
        problems.append(Text::tr("a family booking is for 2 to %1 people").arg(BookingService::kMaxGroup));
    QSet<QString> seen;
    for (const scheduling::GroupMember &m : request.members) {
        if (!snap.patient(m.patientId))
            problems.append(Text::tr("there is no patient \"%1\"").arg(localformat::excerpt(m.patientId)));
        else if (seen.contains(m.patientId))
            problems.append(Text::tr("a patient is listed twice"));
        seen.insert(m.patientId);
        if (!snap.type(m.typeId))
            problems.append(Text::tr("there is no appointment type \"%1\"").arg(localformat::excerpt(m.typeId)));
    }
    problems += whereProblems(snap, request.providerId, request.clinicId);
    if (!request.from.isValid() || request.days < 1 || request.days > 60)
        problems.append(Text::tr("the search must start on a valid date and last 1 to 60 days"));
    if (!problems.isEmpty()) {
        out.error = problems.join(u"; "_s) + u'.';
        out.badRequest = true;
        return out;
    }
    scheduling::Availability &availability = scheduler.availability();
    const scheduling::Interval window{availability.localDay(request.from).span().start,
                                      availability.localDay(request.from.addDays(request.days - 1)).span().end};
    if (!m_state.cover(window, &error)) {
        out.error = m_cache.describeFailure(error);
        return out;
    }
    out.groups = scheduler.groupOpenings(request, m_clock.nowUtc());
    return out;
}

OpeningsOutcome BookingSearch::ranked(scheduling::OpeningRequest request)
{
    OpeningsOutcome out;
    QSqlError error;
    scheduling::Scheduler &scheduler = m_state.scheduler();
    scheduling::Availability &availability = scheduler.availability();
    // Nothing before now can be booked: a window that starts in the past starts today, the
    // office's today, so the days asked for are all days that can still be booked.
    const QDate today = m_clock.nowUtc().toTimeZone(scheduler.snapshot().zone()).date();
    if (request.from < today)
        request.from = today;
    const scheduling::Interval window{availability.localDay(request.from).span().start,
                                      availability.localDay(request.from.addDays(request.days - 1)).span().end};
    if (!m_state.cover(window, &error)) {
        out.error = m_cache.describeFailure(error);
        return out;
    }
    if (!request.patientId.isEmpty() && request.lastCompletedProviderId.isEmpty()) {
        request.lastCompletedProviderId = m_state.appointments().lastCompletedProvider(request.patientId, &error);
        if (error.isValid()) {
            out.error = m_cache.describeFailure(error);
            return out;
        }
    }
    out.openings = scheduler.openings(request, m_clock.nowUtc());
    return out;
}

std::optional<QDateTime> BookingSearch::workingTimeFrom(const QDateTime &nowUtc)
{
    QSqlError error;
    if (!m_state.refresh(&error) || !m_state.hasPractice())
        return std::nullopt;
    scheduling::Scheduler &scheduler = m_state.scheduler();
    const scheduling::PracticeSnapshot &snap = scheduler.snapshot();
    const QDate today = nowUtc.toTimeZone(snap.zone()).date();
    const scheduling::Minute now = scheduling::toMinute(nowUtc);
    for (int d = 0; d < 14; ++d) {
        const QDate date = today.addDays(d);
        std::optional<scheduling::Minute> first;
        std::optional<scheduling::Minute> last;
        for (const Provider &p : snap.providers()) {
            const scheduling::ProviderDay &day = scheduler.availability().providerDay(p, date);
            for (const scheduling::WorkingInterval &w : day.spans) {
                // A span a block covers whole (a holiday, a closed office) is no working time.
                scheduling::Minute covered = 0;
                for (const scheduling::Closure &c : day.closures) {
                    if (c.time.overlaps(w.time))
                        covered += std::min(c.time.end, w.time.end) - std::max(c.time.start, w.time.start);
                }
                if (covered >= w.time.end - w.time.start)
                    continue;
                first = std::min(first.value_or(w.time.start), w.time.start);
                last = std::max(last.value_or(w.time.end), w.time.end);
            }
        }
        if (!first || (d == 0 && now >= *last))
            continue;
        return scheduling::fromMinute(d == 0 ? std::max(now, *first) : *first);
    }
    return std::nullopt;
}

QString BookingSearch::openingWords(const scheduling::Opening &o) const
{
    const scheduling::PracticeSnapshot &snap = m_state.scheduler().snapshot();
    const QDateTime local = scheduling::fromMinute(o.start).toTimeZone(snap.zone());
    const Provider *provider = snap.provider(o.providerId);
    const Chair *chair = snap.chair(o.chairId);
    return Text::tr("%1 %2 with %3 in %4")
            .arg(localformat::shortDay(local.date()), localformat::time(local.time()),
                 provider ? provider->name : o.providerId, chair ? chair->name : o.chairId);
}

OpeningsOutcome BookingSearch::nearest(scheduling::OpeningRequest request)
{
    auto same = [](const scheduling::Opening &a, const scheduling::Opening &b) {
        return a.start == b.start && a.chairId == b.chairId && a.providerId == b.providerId;
    };
    OpeningsOutcome out;
    auto take = [&](const OpeningsOutcome &found) {
        if (!found.error.isEmpty() && out.error.isEmpty())
            out.error = found.error;
        for (const scheduling::Opening &o : found.openings) {
            if (out.openings.size() < request.limit
                && std::none_of(out.openings.cbegin(), out.openings.cend(),
                                [&](const scheduling::Opening &x) { return same(x, o); }))
                out.openings.append(o);
        }
    };
    const int days = request.days;
    request.days = 1;
    take(ranked(request));
    if (out.error.isEmpty() && days > 1 && out.openings.size() < request.limit) {
        request.days = days;
        take(ranked(request));
    }
    return out;
}

} // namespace chairside
