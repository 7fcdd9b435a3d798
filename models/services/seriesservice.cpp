#include "seriesservice.h"

#include "access.h"
#include "servicewrites.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "scheduling/statusworkflow.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/seriesrepository.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::SeriesService)
};

QDateTime localStart(const QDate &date, int minute, const QTimeZone &zone)
{
    return QDateTime(date, QTime(0, 0).addSecs(qint64(minute) * 60), zone).toUTC();
}
} // namespace

int SeriesPlan::failing() const
{
    return int(std::count_if(instances.cbegin(), instances.cend(), [](const SeriesInstance &i) { return !i.bookable(); }));
}

void SeriesPlan::takeBestAlternatives()
{
    for (SeriesInstance &i : instances) {
        if (i.bookable())
            continue;
        i.choice = i.alternatives.isEmpty() ? SeriesInstance::Choice::Skip : SeriesInstance::Choice::Alternative;
        i.alternative = 0;
    }
}

SeriesService::SeriesService(store::Cache &cache, const Clock &clock, BookingService &booking)
    : m_cache(cache), m_clock(clock), m_booking(booking)
{
}

std::optional<QString> SeriesService::refuse(const UserSession &session, const QString &recordId)
{
    return refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"series"_s, recordId);
}

SeriesPlan SeriesService::plan(const SeriesRequest &request, const UserSession &session)
{
    SeriesPlan out;
    if (std::optional<QString> denied = refuse(session, {})) {
        out.result = BookingOutcome::Result::Denied;
        out.message = *denied;
        return out;
    }
    if (const QString problem = request.rule.problem(); !problem.isEmpty() || !request.firstDate.isValid()
        || request.startMinute < 0 || request.startMinute >= 24 * 60) {
        out.result = BookingOutcome::Result::BadRequest;
        out.message = problem.isEmpty() ? Text::tr("A series needs a first date and a start time of day.") : problem;
        return out;
    }
    QString error;
    const std::optional<QTimeZone> zone = m_booking.practiceZone(&error);
    if (!zone) {
        out.result = BookingOutcome::Result::BadRequest;
        out.message = error;
        return out;
    }
    const QList<QDate> dates = request.rule.dates(request.firstDate);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        SeriesInstance instance;
        instance.number = int(i + 1);
        instance.startUtc = localStart(dates.at(i), request.startMinute, *zone);
        instance.providerId = request.providerId;
        instance.chairId = request.chairId;
        out.instances.append(instance);
    }
    const SeriesOutcome tried = run(newId(), &request, &out.instances, true, session);
    if (!tried.ok()) {
        out.result = tried.result;
        out.message = tried.message;
    }
    return out;
}

SeriesOutcome SeriesService::book(const SeriesRequest &request, const QList<SeriesInstance> &plan,
                                  const UserSession &session)
{
    if (std::optional<QString> denied = refuse(session, {}))
        return {BookingOutcome::Result::Denied, {}, {}, 0, {}, *denied, {}};
    if (const QString problem = request.rule.problem(); !problem.isEmpty())
        return {BookingOutcome::Result::BadRequest, {}, {}, 0, {}, problem, {}};
    QList<SeriesInstance> instances = plan;
    if (std::none_of(instances.cbegin(), instances.cend(),
                     [](const SeriesInstance &i) { return i.choice != SeriesInstance::Choice::Skip; }))
        return {BookingOutcome::Result::BadRequest, {}, {}, 0, {},
                Text::tr("Every visit of the series is skipped; keep at least one."), {}};
    return run(newId(), &request, &instances, false, session);
}

SeriesOutcome SeriesService::run(const QString &seriesId, const SeriesRequest *request,
                                 QList<SeriesInstance> *instances, bool planning, const UserSession &session)
{
    SeriesOutcome out;
    out.seriesId = seriesId;
    QString error;
    BookingService::Batch batch(m_booking, &error);
    if (!batch.begun())
        return {BookingOutcome::Result::StoreFailed, seriesId, {}, 0, {}, error, {}};

    // Moving later: the last visit goes first, so each one moves into time its successor left.
    QList<int> order;
    for (int i = 0; i < int(instances->size()); ++i)
        order.append(i);
    if (!request && !instances->isEmpty()) {
        QString findError;
        const SeriesInstance &first = instances->constFirst();
        const std::optional<Appointment> current = m_booking.find(first.appointmentId, &findError);
        if (current && first.startUtc > current->startUtc)
            std::reverse(order.begin(), order.end());
    }

    bool headerWritten = false;
    const QDateTime now = m_clock.nowUtc();
    for (int index : std::as_const(order)) {
        SeriesInstance &instance = (*instances)[index];
        QDateTime start = instance.startUtc;
        QString providerId = instance.providerId;
        QString chairId = instance.chairId;
        if (!planning) {
            if (instance.choice == SeriesInstance::Choice::Skip)
                continue;
            if (instance.choice == SeriesInstance::Choice::Alternative) {
                if (instance.alternative < 0 || instance.alternative >= instance.alternatives.size()) {
                    return {BookingOutcome::Result::BadRequest, seriesId, {}, instance.number, {},
                            Text::tr("Visit %1 of the series has no such alternative; plan the series again.")
                                    .arg(instance.number), {}};
                }
                const scheduling::Opening &o = instance.alternatives.at(instance.alternative);
                start = scheduling::fromMinute(o.start);
                providerId = o.providerId;
                chairId = o.chairId;
            }
        }

        BookingOutcome outcome;
        if (request) {
            BookRequest book;
            book.patientId = request->patientId;
            book.typeId = request->typeId;
            book.providerId = providerId;
            book.chairId = chairId;
            book.startUtc = start;
            book.minutes = request->minutes;
            book.notes = request->notes;
            book.idempotencyKey = seriesId + u':' + QString::number(instance.number);
            const int number = instance.number;
            book.alsoWrite = {u"series"_s, [&, number](store::Cache &unit, const Appointment &a, QSqlError *e)
                                                   -> std::optional<QString> {
                QSqlDatabase &db = unit.database();
                store::SeriesRepository series(db);
                if (!headerWritten
                    && !series.insert({seriesId, request->patientId, request->typeId, request->rule.name(),
                                       session.userId, now},
                                      e))
                    return std::nullopt;
                headerWritten = true;
                (void)series.addMember(seriesId, number, a.id, e);
                return std::nullopt;
            }};
            outcome = m_booking.book(book, session);
        } else {
            MoveRequest move;
            move.appointmentId = instance.appointmentId;
            move.expectedVersion = instance.version;
            move.startUtc = start;
            move.providerId = providerId;
            move.chairId = chairId;
            outcome = m_booking.move(move, session);
        }

        if (planning) {
            if (outcome.result == BookingOutcome::Result::Refused) {
                instance.violations = outcome.violations;
                instance.alternatives = outcome.alternatives;
            } else if (!outcome.ok()) {
                return {outcome.result, seriesId, {}, instance.number, outcome.violations, outcome.message, {}};
            }
            continue;
        }
        if (!outcome.ok()) {
            const QString message = stepFailure(
                    outcome, Text::tr("Visit %1 of the series can no longer be booked there: %2 Nothing was saved; plan "
                                      "the series again.")
                                     .arg(QString::number(instance.number), u"%1"_s));
            return {outcome.result, seriesId, {}, instance.number, outcome.violations, message, {}};
        }
        out.appointments.append(outcome.appointment);
        if (outcome.freed)
            out.freed.append(*outcome.freed);
    }
    if (planning) {
        return out;
    }
    if (!batch.commit(&error))
        return {BookingOutcome::Result::StoreFailed, seriesId, {}, 0, {}, error, {}};
    std::sort(out.appointments.begin(), out.appointments.end(),
              [](const Appointment &a, const Appointment &b) { return a.startUtc < b.startUtc; });
    return out;
}

std::optional<std::pair<QString, int>> SeriesService::seriesOf(const QString &appointmentId, QString *error)
{
    QSqlError sqlError;
    const auto found = store::SeriesRepository(m_cache.database()).seriesOf(appointmentId, &sqlError);
    if (sqlError.isValid() && error)
        *error = m_cache.describeFailure(sqlError);
    return found;
}

std::optional<QList<SeriesMember>> SeriesService::members(const QString &seriesId, QString *error)
{
    QSqlError sqlError;
    const QList<store::SeriesRepository::Member> rows =
            store::SeriesRepository(m_cache.database()).members(seriesId, &sqlError);
    QList<SeriesMember> out;
    store::AppointmentRepository appointments(m_cache.database());
    for (const store::SeriesRepository::Member &m : rows) {
        if (sqlError.isValid())
            break;
        if (std::optional<Appointment> a = appointments.find(m.appointmentId, &sqlError))
            out.append(SeriesMember{m.instance, *a});
    }
    if (sqlError.isValid()) {
        if (error)
            *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return out;
}

SeriesPlan SeriesService::planMove(const SeriesShift &shift, const UserSession &session)
{
    SeriesPlan out;
    if (std::optional<QString> denied = refuse(session, shift.seriesId)) {
        out.result = BookingOutcome::Result::Denied;
        out.message = *denied;
        return out;
    }
    QString error;
    const std::optional<QTimeZone> zone = m_booking.practiceZone(&error);
    const std::optional<QList<SeriesMember>> members = zone ? this->members(shift.seriesId, &error) : std::nullopt;
    if (!members) {
        out.result = BookingOutcome::Result::StoreFailed;
        out.message = error;
        return out;
    }
    if (shift.startMinute && (*shift.startMinute < 0 || *shift.startMinute >= 24 * 60)) {
        out.result = BookingOutcome::Result::BadRequest;
        out.message = Text::tr("The new time of day is out of range.");
        return out;
    }
    const QDateTime now = m_clock.nowUtc();
    for (const SeriesMember &m : *members) {
        const Appointment &a = m.appointment;
        if (m.instance < shift.fromInstance || !scheduling::StatusWorkflow::isMovable(a.status) || a.startUtc <= now)
            continue;
        const QDateTime local = a.startUtc.toTimeZone(*zone);
        SeriesInstance instance;
        instance.number = m.instance;
        instance.appointmentId = a.id;
        instance.version = a.version;
        const int minute = shift.startMinute.value_or(local.time().hour() * 60 + local.time().minute());
        instance.startUtc = localStart(local.date().addDays(shift.days), minute, *zone);
        instance.providerId = shift.providerId.value_or(a.providerId);
        instance.chairId = shift.chairId.value_or(a.chairId);
        out.instances.append(instance);
    }
    if (out.instances.isEmpty()) {
        out.result = BookingOutcome::Result::BadRequest;
        out.message = Text::tr("No visit of this series from visit %1 on can still be moved.").arg(shift.fromInstance);
        return out;
    }
    const SeriesOutcome tried = run(shift.seriesId, nullptr, &out.instances, true, session);
    if (!tried.ok()) {
        out.result = tried.result;
        out.message = tried.message;
    }
    return out;
}

SeriesOutcome SeriesService::move(const QList<SeriesInstance> &plan, const UserSession &session)
{
    if (std::optional<QString> denied = refuse(session, {}))
        return {BookingOutcome::Result::Denied, {}, {}, 0, {}, *denied, {}};
    QList<SeriesInstance> instances = plan;
    return run({}, nullptr, &instances, false, session);
}

SeriesOutcome SeriesService::cancel(const QString &seriesId, int fromInstance, CancelReason reason,
                                    const UserSession &session)
{
    if (std::optional<QString> denied = refuse(session, seriesId))
        return {BookingOutcome::Result::Denied, seriesId, {}, 0, {}, *denied, {}};
    QString error;
    const std::optional<QList<SeriesMember>> members = this->members(seriesId, &error);
    if (!members)
        return {BookingOutcome::Result::StoreFailed, seriesId, {}, 0, {}, error, {}};
    if (members->isEmpty())
        return {BookingOutcome::Result::NotFound, seriesId, {}, 0, {},
                Text::tr("There is no series \"%1\"; refresh the schedule.").arg(seriesId), {}};
    const QDateTime now = m_clock.nowUtc();
    BookingService::Batch batch(m_booking, &error);
    if (!batch.begun())
        return {BookingOutcome::Result::StoreFailed, seriesId, {}, 0, {}, error, {}};
    SeriesOutcome out;
    out.seriesId = seriesId;
    for (const SeriesMember &m : *members) {
        const Appointment &a = m.appointment;
        if (m.instance < fromInstance || a.startUtc <= now
            || (a.status != AppointmentStatus::Scheduled && a.status != AppointmentStatus::Confirmed))
            continue;
        const BookingOutcome outcome = m_booking.cancel(a.id, a.version, reason, session);
        if (!outcome.ok()) {
            return {outcome.result, seriesId, {}, m.instance, outcome.violations, stepFailure(outcome, u"%1"_s), {}};
        }
        out.appointments.append(outcome.appointment);
        if (outcome.freed)
            out.freed.append(*outcome.freed);
    }
    if (out.appointments.isEmpty()) {
        return {BookingOutcome::Result::BadRequest, seriesId, {}, 0, {},
                Text::tr("No visit of this series from visit %1 on can still be cancelled.").arg(fromInstance), {}};
    }
    if (!batch.commit(&error))
        return {BookingOutcome::Result::StoreFailed, seriesId, {}, 0, {}, error, {}};
    return out;
}

} // namespace chairside
