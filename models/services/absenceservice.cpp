#include "absenceservice.h"

#include "access.h"
#include "servicewrites.h"

#include "domain/clock.h"
#include "domain/practicedata.h"
#include "domain/session.h"
#include "scheduling/statusworkflow.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::AbsenceService)
};
} // namespace

AbsenceService::AbsenceService(store::Cache &cache, const Clock &clock, BookingService &booking)
    : m_cache(cache), m_clock(clock), m_booking(booking)
{
}

bool AbsenceService::markAbsent(const QString &providerId, const QDate &date, const UserSession &session,
                                QString *error)
{
    return setAbsent(providerId, date, true, session, error);
}

bool AbsenceService::clearAbsence(const QString &providerId, const QDate &date, const UserSession &session,
                                  QString *error)
{
    return setAbsent(providerId, date, false, session, error);
}

bool AbsenceService::setAbsent(const QString &providerId, const QDate &date, bool absent, const UserSession &session,
                               QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"provider"_s, providerId)) {
        *error = *denied;
        return false;
    }
    if (!date.isValid()) {
        *error = Text::tr("Pick the day the provider is away.");
        return false;
    }
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        store::PracticeRepository practice(db);
        const QList<Provider> providers = practice.providers(e);
        if (e->isValid())
            return false;
        const auto it = std::find_if(providers.cbegin(), providers.cend(),
                                     [&](const Provider &p) { return p.id == providerId; });
        if (it == providers.cend()) {
            *refused = Text::tr("There is no provider \"%1\"; check the id.").arg(providerId);
            return false;
        }
        Provider p = *it;
        const auto existing = std::find_if(p.overrides.cbegin(), p.overrides.cend(),
                                           [&](const ScheduleOverride &o) { return o.date == date; });
        if (!absent && (existing == p.overrides.cend() || !existing->closed)) {
            *refused = Text::tr("%1 is not marked away on %2.").arg(p.name, QLocale().toString(date, QLocale::ShortFormat));
            return false;
        }
        p.overrides.removeIf([&](const ScheduleOverride &o) { return o.date == date; });
        if (absent)
            p.overrides.append(ScheduleOverride{date, true, {}});
        PracticeData data;
        data.providers = {p};
        if (!practice.write(data, now.toSecsSinceEpoch(), e))
            return false;
        return store::AuditLog(db).append(store::AuditRecord::by(session, now,
                                                                 absent ? u"mark_absent"_s : u"clear_absent"_s,
                                                                 u"provider"_s, providerId, {},
                                                                 u"date="_s + date.toString(Qt::ISODate)),
                                          e);
    });
}

AbsenceReview AbsenceService::review(const QString &providerId, const QDate &date, const UserSession &session)
{
    AbsenceReview out;
    auto fail = [&](BookingOutcome::Result result, const QString &message) {
        out.result = result;
        out.message = message;
        out.proposals.clear();
        return out;
    };
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"provider"_s, providerId))
        return fail(BookingOutcome::Result::Denied, *denied);
    QString error;
    const std::optional<QTimeZone> zone = m_booking.practiceZone(&error);
    if (!zone)
        return fail(BookingOutcome::Result::BadRequest, error);
    QSqlDatabase &db = m_cache.database();
    QSqlError sqlError;
    const QList<Provider> providers = store::PracticeRepository(db).providers(&sqlError);
    const QList<AppointmentType> types = store::PracticeRepository(db).appointmentTypes(&sqlError);
    const QList<Chair> chairs = store::PracticeRepository(db).chairs(&sqlError);
    const QDateTime from(date, QTime(0, 0), *zone);
    const QList<Appointment> visits = store::AppointmentRepository(db).liveForProvider(
            providerId, from.toUTC(), QDateTime(date.addDays(1), QTime(0, 0), *zone).toUTC(), &sqlError);
    if (sqlError.isValid())
        return fail(BookingOutcome::Result::StoreFailed, m_cache.describeFailure(sqlError));
    const auto absentee = std::find_if(providers.cbegin(), providers.cend(),
                                       [&](const Provider &p) { return p.id == providerId; });
    if (absentee == providers.cend())
        return fail(BookingOutcome::Result::NotFound, Text::tr("There is no provider \"%1\"; check the id.").arg(providerId));
    out.absent = std::any_of(absentee->overrides.cbegin(), absentee->overrides.cend(),
                             [&](const ScheduleOverride &o) { return o.date == date && o.closed; });

    auto typeOf = [&](const QString &id) -> const AppointmentType * {
        const auto it = std::find_if(types.cbegin(), types.cend(), [&](const AppointmentType &t) { return t.id == id; });
        return it == types.cend() ? nullptr : &*it;
    };
    auto clinicOf = [&](const QString &chairId) {
        const auto it = std::find_if(chairs.cbegin(), chairs.cend(), [&](const Chair &c) { return c.id == chairId; });
        return it == chairs.cend() ? QString() : it->clinicId;
    };
    QHash<QString, store::ScheduledAppointment> shown;
    for (const store::ScheduledAppointment &s : store::AppointmentRepository(db).day(date, *zone, &sqlError))
        shown.insert(s.appointment.id, s);
    QList<ReadOf> reads;
    for (const Appointment &a : visits) {
        if (!scheduling::StatusWorkflow::isMovable(a.status))
            continue; // already here: the day is under way
        AbsenceProposal p;
        p.appointment = a;
        p.patientName = shown.value(a.id).patientName;
        p.typeName = shown.value(a.id).typeName;
        reads.append({u"appointment"_s, a.id, a.patientId});
        const AppointmentType *type = typeOf(a.typeId);
        p.emergency = type && type->emergency;
        out.proposals.append(p);
    }
    if (sqlError.isValid())
        return fail(BookingOutcome::Result::StoreFailed, m_cache.describeFailure(sqlError));
    if (!reads.isEmpty()
        && !auditReads(m_cache, m_clock, session, reads, u"absence "_s + providerId + u' ' + date.toString(Qt::ISODate),
                       &error))
        return fail(BookingOutcome::Result::StoreFailed, error);
    std::stable_sort(out.proposals.begin(), out.proposals.end(), [](const AbsenceProposal &a, const AbsenceProposal &b) {
        if (a.emergency != b.emergency)
            return a.emergency;
        return a.appointment.startUtc < b.appointment.startUtc;
    });

    // Each proposal is tried for real in one batch that is then dropped, so the later ones
    // see the time the earlier ones took.
    BookingService::Batch batch(m_booking, &error);
    if (!batch.begun())
        return fail(BookingOutcome::Result::StoreFailed, error);
    for (AbsenceProposal &p : out.proposals) {
        const Appointment &a = p.appointment;
        const AppointmentType *type = typeOf(a.typeId);
        // Same skill first, then the same role as the absent provider, then by id.
        QList<const Provider *> others;
        for (const Provider &o : providers) {
            if (o.id != providerId && (!type || type->skill.isEmpty() || o.skills.contains(type->skill)))
                others.append(&o);
        }
        std::stable_sort(others.begin(), others.end(), [&](const Provider *x, const Provider *y) {
            return (x->role == absentee->role) > (y->role == absentee->role);
        });
        QStringList chairOrder{a.chairId};
        for (const Chair &c : chairs) {
            if (c.id != a.chairId && c.clinicId == clinicOf(a.chairId))
                chairOrder.append(c.id);
        }
        std::optional<MoveRequest> chosen;
        for (const Provider *o : std::as_const(others)) {
            for (const QString &chairId : std::as_const(chairOrder)) {
                MoveRequest move;
                move.appointmentId = a.id;
                move.expectedVersion = a.version;
                move.providerId = o->id;
                move.chairId = chairId;
                if (m_booking.check(move).ok()) {
                    chosen = move;
                    p.kind = AbsenceProposal::Kind::Reassign;
                    p.target = {scheduling::toMinute(a.startUtc), scheduling::toMinute(a.startUtc) + a.minutes, o->id,
                                chairId, 0};
                    break;
                }
            }
            if (chosen)
                break;
        }
        if (!chosen) {
            scheduling::OpeningRequest request;
            request.typeId = a.typeId;
            request.patientId = a.patientId;
            request.minutes = a.minutes;
            request.replacingId = a.id;
            request.from = std::max(date, m_clock.nowUtc().toTimeZone(*zone).date());
            request.days = kRescheduleDays;
            request.limit = 3;
            request.clinicId = clinicOf(a.chairId);
            const OpeningsOutcome found = m_booking.openings(request);
            if (!found.error.isEmpty()) {
                return fail(found.badRequest ? BookingOutcome::Result::BadRequest : BookingOutcome::Result::StoreFailed,
                            found.error);
            }
            p.alternatives = found.openings;
            if (!p.alternatives.isEmpty()) {
                p.kind = AbsenceProposal::Kind::Reschedule;
                p.target = p.alternatives.constFirst();
                MoveRequest move;
                move.appointmentId = a.id;
                move.expectedVersion = a.version;
                move.startUtc = scheduling::fromMinute(p.target.start);
                move.providerId = p.target.providerId;
                move.chairId = p.target.chairId;
                chosen = move;
            }
        }
        if (chosen && !m_booking.move(*chosen, session).ok()) {
            // Valid a moment ago; it can only fail if the cache did. Report rather than guess.
            return fail(BookingOutcome::Result::StoreFailed,
                        Text::tr("The proposals could not be worked out; try again."));
        }
    }
    return out;
}

AbsenceOutcome AbsenceService::apply(const QList<AbsenceProposal> &proposals, const UserSession &session)
{
    AbsenceOutcome out;
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        out.result = BookingOutcome::Result::Denied;
        out.message = *denied;
        return out;
    }
    QString error;
    BookingService::Batch batch(m_booking, &error);
    if (!batch.begun()) {
        out.result = BookingOutcome::Result::StoreFailed;
        out.message = error;
        return out;
    }
    for (const AbsenceProposal &p : proposals) {
        if (p.kind == AbsenceProposal::Kind::NoPlace)
            continue;
        MoveRequest move;
        move.appointmentId = p.appointment.id;
        move.expectedVersion = p.appointment.version;
        move.startUtc = scheduling::fromMinute(p.target.start);
        move.providerId = p.target.providerId;
        move.chairId = p.target.chairId;
        const BookingOutcome moved = m_booking.move(move, session);
        if (!moved.ok()) {
            out.result = moved.result;
            out.failedAppointmentId = p.appointment.id;
            out.message = stepFailure(
                    moved, Text::tr("A proposal no longer fits (%1) Nothing was moved; review the day again."));
            out.moved.clear();
            return out;
        }
        out.moved.append(moved.appointment);
    }
    if (!batch.commit(&error)) {
        out = {};
        out.result = BookingOutcome::Result::StoreFailed;
        out.message = error;
    }
    return out;
}

} // namespace chairside
