#include "schedulechanger.h"

#include "prompt.h"

#include "scheduleview.h"

#include "itemmodels/schedulemodel.h"
#include "services/frontdesk.h"
#include "domain/localformat.h"

#include <QLocale>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace chairside {

ScheduleChanger::ScheduleChanger(BookingService &booking, FrontDesk &desk, UserSession session,
                                 const ScheduleModel &model, QObject *parent)
    : QObject(parent), m_booking(booking), m_desk(desk), m_session(std::move(session)), m_model(model)
{
    QString error;
    m_zone = m_booking.practiceZone(&error).value_or(QTimeZone(QTimeZone::systemTimeZoneId()));
}

std::optional<QDateTime> ScheduleChanger::startUtc(const QDate &date, int minuteOfDay) const
{
    const QDateTime local(date, QTime(0, 0).addSecs(qint64(minuteOfDay) * 60), m_zone);
    if (!local.isValid() || minuteOfDay < 0 || minuteOfDay >= 1440)
        return std::nullopt;
    return local.toUTC();
}

std::optional<MoveRequest> ScheduleChanger::moveRequestFor(const SchedulePlacement &to, QString *why) const
{
    MoveRequest request;
    request.appointmentId = to.appointmentId;
    request.expectedVersion = to.version;
    const std::optional<QDateTime> start = startUtc(to.date, to.startMinute);
    if (!start) {
        *why = tr("%1 does not exist on %2: the clocks change then. Pick another time.")
                       .arg(localformat::time(to.startMinute),
                            QLocale().toString(to.date, QLocale::ShortFormat));
        return std::nullopt;
    }
    request.startUtc = *start;
    if (m_model.laneMode() == ScheduleModel::LaneMode::Chairs)
        request.chairId = to.laneKey;
    else
        request.providerId = to.laneKey;
    if (to.minutes > 0)
        request.minutes = to.minutes;
    return request;
}

QString ScheduleChanger::check(const SchedulePlacement &to)
{
    QString why;
    const std::optional<MoveRequest> request = moveRequestFor(to, &why);
    if (!request)
        return why;
    const BookingOutcome outcome = m_booking.check(*request);
    return outcome.ok() ? QString() : describe(outcome);
}

std::optional<BookRequest> ScheduleChanger::requestFor(const ScheduleDragItem &item, const SchedulePlacement &at,
                                                       QString *why)
{
    const std::optional<QDateTime> start = startUtc(at.date, at.startMinute);
    if (!start) {
        *why = tr("That time does not exist on this date: the clocks change then.");
        return std::nullopt;
    }
    BookRequest request;
    request.patientId = item.patientId;
    request.typeId = item.typeId;
    request.startUtc = *start;
    if (item.kind == ScheduleDragItem::Kind::Waitlist)
        request.waitlistEntryId = item.id;
    if (item.kind == ScheduleDragItem::Kind::Unscheduled) {
        request.minutes = item.minutes;
        request.notes = item.notes;
    }
    if (m_model.laneMode() == ScheduleModel::LaneMode::Chairs) {
        request.chairId = at.laneKey;
        request.providerId = m_model.providerFilter();
    } else {
        request.providerId = at.laneKey;
    }
    if ((request.providerId.isEmpty() || request.chairId.isEmpty()) && !placeFor(at, &request, why)) {
        if (why->isEmpty())
            *why = tr("No provider who can do this visit is free in that lane at that time. Try another time, or use "
                      "provider lanes and drop it on the provider.");
        return std::nullopt;
    }
    return request;
}

QString ScheduleChanger::checkItem(const ScheduleDragItem &item, const SchedulePlacement &at)
{
    if (item.kind == ScheduleDragItem::Kind::Tray) {
        SchedulePlacement to = at;
        to.appointmentId = item.id;
        to.version = item.version;
        return check(to);
    }
    QString why;
    const std::optional<BookRequest> request = requestFor(item, at, &why);
    if (!request)
        return why;
    const BookingOutcome outcome = m_booking.check(*request);
    return outcome.ok() ? QString() : describe(outcome);
}

QString ScheduleChanger::describe(const BookingOutcome &outcome) const
{
    if (outcome.result != BookingOutcome::Result::Refused)
        return outcome.message;
    QStringList lines;
    for (const scheduling::Violation &v : outcome.violations)
        lines.append(v.message);
    if (!outcome.alternatives.isEmpty()) {
        QStringList options;
        for (const scheduling::Opening &o : outcome.alternatives)
            options.append(m_booking.openingWords(o));
        lines.append(tr("Open instead: %1").arg(options.join(u"; "_s)));
    }
    return lines.join(u'\n');
}

bool ScheduleChanger::apply(const BookingOutcome &outcome, std::optional<Step> step)
{
    if (!outcome.ok()) {
        Q_EMIT refused(describe(outcome));
        return false;
    }
    if (step) {
        step->after = outcome.appointment;
        m_history.resize(m_done);
        m_history.append(*step);
        m_done = m_history.size();
        Q_EMIT historyChanged();
    }
    Q_EMIT changed(outcome.appointment.id);
    if (outcome.freed)
        Q_EMIT timeFreed(*outcome.freed);
    return true;
}

bool ScheduleChanger::move(const SchedulePlacement &to)
{
    QString why;
    const std::optional<MoveRequest> request = moveRequestFor(to, &why);
    if (!request) {
        Q_EMIT refused(why);
        return false;
    }
    return move(*request);
}

bool ScheduleChanger::move(const MoveRequest &request)
{
    QString error;
    const std::optional<Appointment> before = m_booking.find(request.appointmentId, &error);
    if (!before) {
        Q_EMIT refused(error.isEmpty() ? tr("The appointment is gone; the schedule was reloaded.") : error);
        Q_EMIT changed({});
        return false;
    }
    Step step{Step::Kind::Move, tr("Move", "the step Edit › Undo takes back"), *before, {}, CancelReason::Other};
    BookingOutcome outcome = m_booking.move(request, m_session);
    if (outcome.overridable && chooseOverride(outcome)) {
        MoveRequest over = request;
        over.overrideWarnings = warningRules(outcome);
        outcome = m_booking.move(over, m_session);
    }
    return apply(outcome, step);
}

bool ScheduleChanger::resize(const QString &id, int version, int minutes)
{
    QString error;
    const std::optional<Appointment> before = m_booking.find(id, &error);
    if (!before) {
        Q_EMIT refused(error);
        return false;
    }
    Step step{Step::Kind::Move, tr("Resize", "the step Edit › Undo takes back"), *before, {}, CancelReason::Other};
    return apply(m_booking.resize(id, version, minutes, m_session), step);
}

bool ScheduleChanger::book(const BookRequest &request)
{
    Step step{Step::Kind::Create, tr("Book", "the step Edit › Undo takes back"), {}, {}, CancelReason::Other};
    BookingOutcome outcome = m_booking.book(request, m_session);
    if (outcome.overridable && chooseOverride(outcome)) {
        BookRequest over = request;
        over.overrideWarnings = warningRules(outcome);
        outcome = m_booking.book(over, m_session);
    }
    return apply(outcome, step);
}

QStringList ScheduleChanger::warningRules(const BookingOutcome &outcome)
{
    QStringList rules;
    for (const scheduling::Violation &v : outcome.violations) {
        if (!rules.contains(v.rule))
            rules.append(v.rule);
    }
    return rules;
}

bool ScheduleChanger::chooseOverride(const BookingOutcome &outcome)
{
    QStringList lines;
    for (const scheduling::Violation &v : outcome.violations)
        lines.append(v.message);
    lines.append(tr("Book it here anyway? The choice is recorded in the audit log."));
    return Prompt::confirm(qobject_cast<QWidget *>(parent()), tr("Production block"), lines.join(u"\n\n"_s),
                           Prompt::Default::No);
}

bool ScheduleChanger::placeItem(const ScheduleDragItem &item, const SchedulePlacement &at)
{
    if (item.kind == ScheduleDragItem::Kind::Tray) {
        SchedulePlacement to = at;
        to.appointmentId = item.id;
        to.version = item.version;
        return move(to);
    }
    QString why;
    const std::optional<BookRequest> request = requestFor(item, at, &why);
    if (!request) {
        Q_EMIT refused(why);
        return false;
    }
    return book(*request);
}

bool ScheduleChanger::placeFor(const SchedulePlacement &at, BookRequest *request, QString *why)
{
    // The lane names the chair or the provider; try the other one, those scheduled together
    // that day first, and keep the first the engine accepts.
    const SchedulePage &page = m_model.page();
    QStringList together;
    for (const DayFrame &frame : page.frames) {
        if (frame.date != at.date)
            continue;
        for (auto it = frame.chairProviders.cbegin(); it != frame.chairProviders.cend(); ++it) {
            if (request->chairId == it.key())
                together += it.value();
            else if (it.value().contains(request->providerId))
                together.append(it.key());
        }
    }
    QStringList candidates = together;
    if (request->chairId.isEmpty()) {
        for (const Chair &c : page.chairs)
            candidates.append(c.id);
    } else {
        for (const Provider &p : page.providers)
            candidates.append(p.id);
    }
    candidates.removeDuplicates();
    const bool needChair = request->chairId.isEmpty();
    for (const QString &id : std::as_const(candidates)) {
        BookRequest attempt = *request;
        (needChair ? attempt.chairId : attempt.providerId) = id;
        const BookingOutcome outcome = m_booking.check(attempt);
        if (outcome.ok()) {
            *request = attempt;
            return true;
        }
        // Why the likeliest pairing (the one scheduled together) does not work.
        if (why && why->isEmpty())
            *why = describe(outcome);
    }
    return false;
}

bool ScheduleChanger::cancel(const QString &id, int version, CancelReason reason)
{
    QString error;
    const std::optional<Appointment> before = m_booking.find(id, &error);
    Step step{Step::Kind::Cancel, tr("Cancel", "the step Edit › Undo takes back"), before.value_or(Appointment{}), {}, reason};
    return apply(m_booking.cancel(id, version, reason, m_session), step);
}

bool ScheduleChanger::setStatus(const QString &id, int version, AppointmentStatus status)
{
    QString error;
    const std::optional<Appointment> before = m_booking.find(id, &error);
    Step step{Step::Kind::Status, tr("Status change", "the step Edit › Undo takes back"), before.value_or(Appointment{}), {}, CancelReason::Other};
    return apply(m_booking.changeStatus(id, version, status, m_session), step);
}

bool ScheduleChanger::hold(const QString &id)
{
    QString error;
    if (!m_desk.hold(id, m_session, &error)) {
        Q_EMIT refused(error);
        return false;
    }
    Q_EMIT changed(id);
    return true;
}

int ScheduleChanger::currentVersion(const QString &id, QString *error)
{
    const std::optional<Appointment> a = m_booking.find(id, error);
    return a ? a->version : -1;
}

bool ScheduleChanger::replay(const Step &step, bool forward)
{
    const QString id = step.after.id;
    QString error;
    const int version = currentVersion(id, &error);
    if (version < 0) {
        Q_EMIT refused(error.isEmpty() ? tr("The appointment is gone; nothing to undo.") : error);
        return false;
    }
    BookingOutcome outcome;
    switch (step.kind) {
    case Step::Kind::Move: {
        const Appointment &to = forward ? step.after : step.before;
        MoveRequest request;
        request.appointmentId = id;
        request.expectedVersion = version;
        request.startUtc = to.startUtc;
        request.chairId = to.chairId;
        request.providerId = to.providerId;
        request.minutes = to.minutes;
        request.notes = to.notes;
        outcome = m_booking.move(request, m_session);
        if (outcome.overridable && chooseOverride(outcome)) {
            request.overrideWarnings = warningRules(outcome);
            outcome = m_booking.move(request, m_session);
        }
        break;
    }
    case Step::Kind::Create:
        // Undoing a booking cancels it (the practice system keeps the record); redo reinstates it.
        outcome = forward ? m_booking.undoStatus(id, version, m_session)
                          : m_booking.cancel(id, version, CancelReason::Practice, m_session);
        break;
    case Step::Kind::Cancel:
        outcome = forward ? m_booking.cancel(id, version, step.reason, m_session)
                          : m_booking.undoStatus(id, version, m_session);
        break;
    case Step::Kind::Status:
        outcome = forward ? m_booking.changeStatus(id, version, step.after.status, m_session)
                          : m_booking.undoStatus(id, version, m_session);
        break;
    }
    return apply(outcome, std::nullopt);
}

QString ScheduleChanger::undoText() const
{
    return canUndo() ? m_history.at(m_done - 1).text : QString();
}

QString ScheduleChanger::redoText() const
{
    return canRedo() ? m_history.at(m_done).text : QString();
}

bool ScheduleChanger::undo()
{
    if (!canUndo() || !replay(m_history.at(m_done - 1), false))
        return false;
    --m_done;
    Q_EMIT historyChanged();
    return true;
}

bool ScheduleChanger::redo()
{
    if (!canRedo() || !replay(m_history.at(m_done), true))
        return false;
    ++m_done;
    Q_EMIT historyChanged();
    return true;
}

void ScheduleChanger::setSession(UserSession session)
{
    m_session = std::move(session);
    m_history.clear();
    m_done = 0;
    Q_EMIT historyChanged();
}

} // namespace chairside
