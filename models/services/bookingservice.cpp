#include "bookingservice.h"
#include "recallservice.h"
#include "useraccounts.h"

#include "reminderservice.h"
#include "access.h"

#include "schedulestate.h"

#include "domain/clock.h"
#include "domain/enumnames.h"
#include "domain/localformat.h"
#include "domain/session.h"
#include "scheduling/statusworkflow.h"
#include "store/appointmentrepository.h"
#include "store/writeguard.h"
#include "bookingsearch.h"
#include "schedulepage.h"
#include "schedulepages.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/outbox.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBooking, "chairside.services.booking")

namespace chairside {

using scheduling::Minute;
using scheduling::Violation;
using Step = store::AppointmentRepository::StatusStep;

namespace {

// The savepoint each step of a batch writes in.
const QString kStep = QStringLiteral("booking_step");

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::BookingService)
};

const std::array<std::pair<CancelReason, QStringView>, 4> kCancelReasons = {{
    {CancelReason::Patient, u"patient"},
    {CancelReason::Practice, u"practice"},
    {CancelReason::Emergency, u"emergency"},
    {CancelReason::Other, u"other"},
}};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

BookingOutcome failure(BookingOutcome::Result result, const QString &message)
{
    BookingOutcome out;
    out.result = result;
    out.message = message;
    return out;
}

BookingOutcome refusal(QList<Violation> violations)
{
    BookingOutcome out;
    out.result = BookingOutcome::Result::Refused;
    out.violations = std::move(violations);
    return out;
}

// `what` names the visit as people do ("Ana Ruiz's Exam"); the id stays in `other`.
Violation staleVersion(const Appointment &current, const QString &what)
{
    return {QString::fromUtf16(scheduling::rule::StaleVersion),
            Text::tr("%1 was changed by someone else since you read it. Reload it and try again.").arg(what),
            current.id};
}

QByteArray outboxPayload(const Appointment &a)
{
    QJsonObject o{{u"id"_s, a.id},
                  {u"patientId"_s, a.patientId},
                  {u"typeId"_s, a.typeId},
                  {u"providerId"_s, a.providerId},
                  {u"chairId"_s, a.chairId},
                  {u"startUtc"_s, a.startUtc.toUTC().toString(Qt::ISODate)},
                  {u"minutes"_s, a.minutes},
                  {u"status"_s, appointmentStatusName(a.status)},
                  {u"version"_s, a.version}};
    if (!a.cancelReason.isEmpty())
        o.insert(u"cancelReason"_s, a.cancelReason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString placementDetail(const Appointment &a)
{
    return u"start=%1 minutes=%2 provider=%3 chair=%4 type=%5 version=%6"_s.arg(
            a.startUtc.toUTC().toString(Qt::ISODate), QString::number(a.minutes), a.providerId, a.chairId, a.typeId,
            QString::number(a.version));
}

} // namespace

QString cancelReasonName(CancelReason reason)
{
    return detail::enumName(reason, kCancelReasons);
}

QString cancelReasonText(const QString &name)
{
    switch (parseCancelReason(name).value_or(CancelReason(-1))) {
    case CancelReason::Patient: return Text::tr("by the patient");
    case CancelReason::Practice: return Text::tr("by the practice");
    case CancelReason::Emergency: return Text::tr("emergency");
    case CancelReason::Other: return Text::tr("other reason");
    }
    return Text::tr("no reason recorded");
}

std::optional<CancelReason> parseCancelReason(const QString &name)
{
    return detail::parseEnumName<CancelReason>(name, kCancelReasons);
}

// One write: the row after the change, and what to record about it.
struct BookingService::Change
{
    QString action;    // audit action
    QString operation; // outbox operation
    Appointment after;
    int expectedVersion = 0; // 0 = a new appointment
    std::optional<Step> step;
    qint64 undoneStep = 0;
    QString waitlistEntryId;
    bool leavesTray = false; // placed somewhere new: it no longer waits on the holding tray
    BookRequest::AlsoWrite alsoWrite = {};
    QString approvedBy = {};
    Appointment before = {}; // as it stood, for an update: what the change frees
    QStringList overridden = {}; // warnings booked over, "rule:block id"
};

BookingService::BookingService(store::Cache &cache, const Clock &clock)
    : m_cache(cache),
      m_clock(clock),
      m_state(std::make_unique<ScheduleState>(cache)),
      m_search(std::make_unique<BookingSearch>(cache, clock, *m_state)),
      m_pages(std::make_unique<SchedulePages>(cache, clock, *m_state))
{
}

BookingService::~BookingService() = default;

BookingOutcome BookingService::storeFailure(const QSqlError &error)
{
    // The whole write, and a batch's earlier steps with it.
    m_step.reset();
    if (m_batch) {
        m_batch->rollback();
        m_batchBroken = true;
    }
    m_state->invalidate();
    qCWarning(lcBooking) << "booking write rolled back; SQLite code" << error.nativeErrorCode();
    return failure(BookingOutcome::Result::StoreFailed, m_cache.describeFailure(error));
}

std::optional<BookingOutcome> BookingService::beginWrite()
{
    if (m_batchBroken)
        return failure(BookingOutcome::Result::StoreFailed,
                       Text::tr("An earlier step of this change failed and nothing of it was saved; start it again."));
    // A transaction of its own, or within a batch a savepoint of the batch's.
    m_step = std::make_unique<store::WriteGuard>(m_cache);
    if (!m_step->begun())
        return storeFailure(m_step->error());
    QSqlError error;
    if (!m_state->refresh(&error))
        return storeFailure(error);
    if (!m_state->hasPractice()) {
        endStep();
        return failure(BookingOutcome::Result::BadRequest,
                       Text::tr("The cache holds no practice yet; import a practice file first."));
    }
    return std::nullopt;
}

void BookingService::endStep()
{
    m_step.reset();
}

bool BookingService::finishStep(QSqlError *error)
{
    const bool ok = m_step && m_step->commit(error);
    m_step.reset();
    return ok;
}

bool BookingService::beginBatch(QString *errorText)
{
    if (m_batch) {
        if (errorText)
            *errorText = Text::tr("A change of several appointments is already open.");
        return false;
    }
    m_batch = std::make_unique<store::WriteGuard>(m_cache);
    if (!m_batch->begun()) {
        if (errorText)
            *errorText = m_cache.describeFailure(m_batch->error());
        m_batch.reset();
        return false;
    }
    m_batchBroken = false;
    return true;
}

bool BookingService::commitBatch(QString *errorText)
{
    if (!m_batch)
        return false;
    bool broken = m_batchBroken;
    QSqlError failed;
    const bool ok = !broken && m_batch->commit(&failed);
    broken = broken || failed.nativeErrorCode() == store::WriteGuard::kStepFailed;
    m_batch.reset();
    m_batchBroken = false;
    if (ok)
        return true;
    m_state->invalidate();
    if (errorText)
        *errorText = broken ? Text::tr("A step of this change failed and nothing of it was saved; start it again.")
                            : m_cache.describeFailure(failed);
    return false;
}

void BookingService::abandonBatch()
{
    if (!m_batch)
        return;
    m_batch.reset();
    m_batchBroken = false;
    m_state->invalidate();
}

BookingService::Batch::Batch(BookingService &service, QString *error) : m_service(service)
{
    m_begun = m_service.beginBatch(error);
}

BookingService::Batch::~Batch()
{
    if (m_begun)
        m_service.abandonBatch();
}

bool BookingService::Batch::commit(QString *error)
{
    if (!m_begun)
        return false;
    m_begun = false;
    return m_service.commitBatch(error);
}

std::optional<Appointment> BookingService::readForUpdate(const QString &id, int expectedVersion, BookingOutcome *stop)
{
    QSqlError error;
    std::optional<Appointment> current = m_state->appointments().find(id, &error);
    if (error.isValid()) {
        *stop = storeFailure(error);
        return std::nullopt;
    }
    if (!current) {
        endStep();
        *stop = failure(BookingOutcome::Result::NotFound, Text::tr("There is no appointment \"%1\"; check the id.").arg(localformat::excerpt(id)));
        return std::nullopt;
    }
    if (current->version != expectedVersion) {
        endStep();
        *stop = refusal({staleVersion(*current, visitWords(*current))});
        return std::nullopt;
    }
    return current;
}

BookingOutcome BookingService::commitChange(Change &change, const UserSession &session)
{
    QSqlDatabase &db = m_cache.database();
    store::AppointmentRepository &repo = m_state->appointments();
    const QDateTime now = m_clock.nowUtc();
    QSqlError error;
    Appointment &a = change.after;
    // Waiting for the practice system only when there is one; an unconnected cache's records
    // are its own (the outbox still keeps the change for the day one is connected).
    const bool connected = store::PmsLinkRepository(db).connection(&error).has_value();
    if (error.isValid())
        return storeFailure(error);
    a.syncState = connected ? SyncState::Pending : SyncState::Local;
    if (change.expectedVersion == 0) {
        a.version = 1;
        if (!repo.insert(a, now.toSecsSinceEpoch(), &error))
            return storeFailure(error);
    } else {
        a.version = change.expectedVersion + 1;
        const int rows = repo.update(a, change.expectedVersion, now.toSecsSinceEpoch(), &error);
        if (rows < 0)
            return storeFailure(error);
        if (rows == 0) {
            endStep();
            m_state->invalidate();
            const std::optional<Appointment> current = repo.find(a.id);
            return refusal({staleVersion(current.value_or(a), visitWords(current.value_or(a)))});
        }
    }
    if (change.step && !repo.recordStatusStep(a.id, *change.step, now.toSecsSinceEpoch(), session.userId, &error))
        return storeFailure(error);
    if (change.undoneStep && !repo.markStepUndone(change.undoneStep, &error))
        return storeFailure(error);
    if (change.leavesTray && !repo.release(a.id, &error))
        return storeFailure(error);
    if (!change.waitlistEntryId.isEmpty()
        && !store::PracticeRepository(db).removeWaitlistEntry(change.waitlistEntryId, &error))
        return storeFailure(error);
    if (change.alsoWrite.write) {
        const std::optional<QString> refused = change.alsoWrite.write(m_cache, a, &error);
        if (error.isValid())
            return storeFailure(error);
        if (refused) {
            endStep();
            m_state->invalidate();
            return refusal({Violation{change.alsoWrite.rule, *refused, {}}});
        }
    }

    // A completed visit moves the patient's recall; booking, moving or cancelling does not.
    if (!RecallService::visitChanged(m_cache, change.expectedVersion == 0 ? std::nullopt
                                                                         : std::optional<Appointment>(change.before),
                                     a, session, now, &error))
        return storeFailure(error);

    // Its reminders follow it: planned at booking, moved with it, withdrawn when it is off.
    const std::optional<Patient> patient = store::PracticeRepository(db).patient(a.patientId, &error);
    if (error.isValid())
        return storeFailure(error);
    if (patient && !ReminderService::plan(m_cache, a, *patient, now, &error))
        return storeFailure(error);

    store::AuditRecord audit = store::AuditRecord::by(session, now, change.action, u"appointment"_s, a.id, a.patientId,
                                                      placementDetail(a) + u" status="_s
                                                              + appointmentStatusName(a.status));
    if (!change.waitlistEntryId.isEmpty())
        audit.detail += u" waitlist="_s + change.waitlistEntryId;
    if (!change.approvedBy.isEmpty())
        audit.detail += u" no_show_limit_approved_by="_s + change.approvedBy;
    if (!change.overridden.isEmpty())
        audit.detail += u" overrode="_s + change.overridden.join(u',');
    if (!store::AuditLog(db).append(audit, &error))
        return storeFailure(error);
    // Each warning booked over is its own record, so a report of overrides reads them alone.
    for (const QString &o : std::as_const(change.overridden)) {
        store::AuditRecord overrideRecord = store::AuditRecord::by(session, now, u"override_warning"_s,
                                                                   u"appointment"_s, a.id, a.patientId, o);
        overrideRecord.correlationId = audit.correlationId;
        if (!store::AuditLog(db).append(overrideRecord, &error))
            return storeFailure(error);
    }

    store::OutboxEntry entry;
    entry.entity = u"appointment"_s;
    entry.entityId = a.id;
    entry.operation = change.operation;
    entry.payload = outboxPayload(a);
    entry.idempotencyKey = change.expectedVersion == 0 ? a.idempotencyKey : a.id + u":v"_s + QString::number(a.version);
    entry.createdUtc = now;
    if (!store::Outbox(db).append(entry, &error))
        return storeFailure(error);

    const qint64 seq = repo.changeSeq(&error);
    if (seq < 0)
        return storeFailure(error);
    QSqlError commitError;
    if (!finishStep(&commitError))
        return storeFailure(commitError);
    m_state->applied(a, seq);
    qCInfo(lcBooking) << change.action << "appointment" << a.id << "version" << a.version << "correlation"
                      << audit.correlationId;
    BookingOutcome out;
    out.appointment = a;
    out.freed = freedBy(change.before, a);
    return out;
}

QList<scheduling::Opening> BookingService::alternativesFor(const Appointment &wanted, const Appointment *current)
{
    scheduling::OpeningRequest request;
    request.typeId = wanted.typeId;
    request.patientId = wanted.patientId;
    request.minutes = wanted.minutes;
    request.replacingId = current ? current->id : QString();
    // One more than shown: the appointment's own place may be among them.
    request.limit = kAlternatives + 1;
    request.from = wanted.startUtc.toTimeZone(m_state->scheduler().snapshot().zone()).date();
    request.days = kAlternativeDays;
    // Where a moved appointment already is, is no alternative to moving it.
    auto whereItIs = [current](const scheduling::Opening &o) {
        return current && o.start == scheduling::toMinute(current->startUtc) && o.chairId == current->chairId
                && o.providerId == current->providerId;
    };
    QList<scheduling::Opening> out;
    for (const scheduling::Opening &o : m_search->nearest(request).openings) {
        if (out.size() < kAlternatives && !whereItIs(o))
            out.append(o);
    }
    return out;
}

bool BookingService::mayWrite(const UserSession &session, Write write, const Appointment *appointment,
                              AppointmentStatus to)
{
    switch (session.role) {
    case Role::System:
    case Role::OfficeManager:
    case Role::FrontDesk:
        return true; // every write the services allow
    case Role::Provider: {
        // Their own patients' visit steps (and taking one back), nothing else.
        const bool own = appointment && !session.providerId.isEmpty() && appointment->providerId == session.providerId;
        if (write == Write::Status)
            return own
                    && (to == AppointmentStatus::Arrived || to == AppointmentStatus::InChair
                        || to == AppointmentStatus::Completed);
        return write == Write::Undo && own;
    }
    case Role::ReadOnly:
        return false;
    }
    return false;
}

std::optional<BookingOutcome> BookingService::deny(const UserSession &session, Write write,
                                                   const QString &appointmentId, AppointmentStatus to)
{
    if (mayWrite(session, write, nullptr, to))
        return std::nullopt; // the role alone allows it: no read
    const std::optional<Appointment> appointment =
            appointmentId.isEmpty() ? std::nullopt : find(appointmentId, nullptr);
    if (mayWrite(session, write, appointment ? &*appointment : nullptr, to))
        return std::nullopt;
    static const char *const kOperation[] = {"book", "move", "cancel", "status", "undo"};
    const QString operation = QString::fromLatin1(kOperation[int(write)]);
    QString error;
    if (!auditDenied(m_cache, m_clock, session, operation, u"appointment"_s, appointment ? appointment->id : QString(),
                     appointment ? appointment->patientId : QString(), &error))
        return failure(BookingOutcome::Result::StoreFailed, error);
    return failure(BookingOutcome::Result::Denied,
                   Text::tr("Your role (%1) may not do this; ask the front desk or the office manager.")
                           .arg(roleText(session.role)));
}

std::optional<BookingOutcome> BookingService::checkApproval(const BookRequest &request, const UserSession &session,
                                                            QString *approvedBy)
{
    if (!request.approval)
        return std::nullopt;
    // Before the booking's own write begins: the approver's sign-in writes its own record.
    QByteArray password = request.approval->password;
    QString why;
    const std::optional<SignedIn> approver =
            UserAccounts(m_cache, m_clock).signIn(request.approval->name, password, session.workstation, &why);
    if (!approver)
        return failure(BookingOutcome::Result::Denied, Text::tr("The approval was not accepted: %1").arg(why));
    if (approver->role != Role::OfficeManager) {
        QString error;
        if (!auditDenied(m_cache, m_clock, approver->session, u"approve"_s, u"patient"_s, request.patientId,
                         request.patientId, &error))
            return failure(BookingOutcome::Result::StoreFailed, error);
        return failure(BookingOutcome::Result::Denied,
                       Text::tr("Only an office manager can approve booking a patient over the no-show limit; %1 is "
                                "not one.")
                               .arg(localformat::excerpt(request.approval->name)));
    }
    *approvedBy = approver->session.userId;
    return std::nullopt;
}

std::optional<BookingOutcome> BookingService::noShowApprovalMissing(const BookRequest &request,
                                                                    const QString &approvedBy,
                                                                    const UserSession &session)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    const FillSettings settings = store::FillRepository(db).settings(&error);
    if (error.isValid())
        return storeFailure(error);
    // Count the patient's no-shows only when this role could need approval at all.
    if (!settings.bookingNeedsApproval(settings.noShowLimit + 1, session.role) || !approvedBy.isEmpty())
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    const int count = m_state->appointments().countForPatient(request.patientId, AppointmentStatus::NoShow,
                                                              now.addMonths(-kNoShowMonths).toSecsSinceEpoch(),
                                                              now.toSecsSinceEpoch(), &error);
    if (count < 0)
        return storeFailure(error);
    if (!settings.bookingNeedsApproval(count, session.role))
        return std::nullopt;
    endStep();
    return refusal({Violation{kNoShowApprovalRule,
                              Text::tr("The patient missed %n appointment(s) in the last 12 months; the practice asks "
                                       "for an office manager's approval to book them.",
                                       nullptr, count),
                              {}}});
}

BookingOutcome BookingService::book(const BookRequest &request, const UserSession &session)
{
    if (std::optional<BookingOutcome> denied = deny(session, Write::Book, {}, AppointmentStatus::Scheduled))
        return *denied;
    QString approvedBy;
    if (std::optional<BookingOutcome> refused = checkApproval(request, session, &approvedBy))
        return *refused;
    if (std::optional<BookingOutcome> stop = beginWrite())
        return *stop;
    QSqlError error;
    store::AppointmentRepository &repo = m_state->appointments();

    if (!request.idempotencyKey.isEmpty()) {
        const std::optional<Appointment> earlier = repo.findByIdempotencyKey(request.idempotencyKey, &error);
        if (error.isValid())
            return storeFailure(error);
        if (earlier) {
            endStep();
            const bool same = earlier->patientId == request.patientId && earlier->typeId == request.typeId
                    && earlier->providerId == request.providerId && earlier->chairId == request.chairId
                    && earlier->startUtc == request.startUtc
                    && (request.minutes == 0 || earlier->minutes == request.minutes);
            if (!same)
                return failure(BookingOutcome::Result::BadRequest,
                               Text::tr("The idempotency key \"%1\" was already used for a different booking (appointment "
                                        "%2); use a new key for a new booking.")
                                       .arg(request.idempotencyKey, earlier->id));
            BookingOutcome out;
            out.appointment = *earlier;
            out.replayed = true;
            return out;
        }
    }

    BookingOutcome stop;
    QStringList overridden;
    std::optional<Appointment> placed = placeNew(request, &stop, &overridden);
    if (!placed) {
        if (stop.result == BookingOutcome::Result::StoreFailed)
            return stop;
        endStep();
        if (stop.result == BookingOutcome::Result::Refused)
            stop.alternatives = alternativesFor(stop.appointment, nullptr);
        return stop;
    }
    const Appointment &a = *placed;
    if (std::optional<BookingOutcome> over = noShowApprovalMissing(request, approvedBy, session))
        return *over;
    Change change{u"book"_s, u"create"_s, a, 0, std::nullopt, 0, request.waitlistEntryId, false, request.alsoWrite,
                  approvedBy};
    change.overridden = overridden;
    return commitChange(change, session);
}

BookingOutcome BookingService::move(const MoveRequest &request, const UserSession &session)
{
    if (std::optional<BookingOutcome> denied =
                deny(session, Write::Move, request.appointmentId, AppointmentStatus::Scheduled))
        return *denied;
    if (std::optional<BookingOutcome> stop = beginWrite())
        return *stop;

    BookingOutcome stop;
    const std::optional<Appointment> current = readForUpdate(request.appointmentId, request.expectedVersion, &stop);
    if (!current)
        return stop;
    QStringList overridden;
    std::optional<Appointment> placed = placeMove(request, *current, &stop, &overridden);
    if (!placed) {
        if (stop.result == BookingOutcome::Result::StoreFailed)
            return stop;
        endStep();
        if (stop.result == BookingOutcome::Result::Refused && !stop.appointment.id.isEmpty())
            stop.alternatives = alternativesFor(stop.appointment, &*current);
        return stop;
    }
    const Appointment &a = *placed;
    const bool startChanged = a.startUtc != current->startUtc;
    const bool elsewhere = startChanged || a.chairId != current->chairId || a.providerId != current->providerId;
    const QString action = elsewhere ? u"move"_s : a.minutes != current->minutes ? u"resize"_s : u"edit"_s;
    Change change{action, u"update"_s, a, request.expectedVersion, std::nullopt, 0, {}, elsewhere};
    change.before = *current;
    change.overridden = overridden;
    return commitChange(change, session);
}

bool BookingService::passWarnings(const scheduling::BookingCandidate &candidate, const QStringList &chosen,
                                  const Appointment &a, BookingOutcome *stop, QStringList *overridden)
{
    QList<Violation> standing;
    for (const Violation &w : m_state->scheduler().warnings(candidate, m_clock.nowUtc())) {
        if (chosen.contains(w.rule)) {
            if (overridden)
                overridden->append(w.rule + u':' + w.otherId);
        } else {
            standing.append(w);
        }
    }
    if (standing.isEmpty())
        return true;
    *stop = refusal(std::move(standing));
    stop->overridable = true;
    stop->appointment = a;
    return false;
}

std::optional<Appointment> BookingService::placeNew(const BookRequest &request, BookingOutcome *stop,
                                                    QStringList *overridden)
{
    const scheduling::PracticeSnapshot &snap = m_state->scheduler().snapshot();
    QStringList unknown;
    if (!snap.patient(request.patientId))
        unknown.append(Text::tr("patient \"%1\"").arg(localformat::excerpt(request.patientId)));
    const AppointmentType *type = snap.type(request.typeId);
    if (!type)
        unknown.append(Text::tr("appointment type \"%1\"").arg(localformat::excerpt(request.typeId)));
    if (!snap.provider(request.providerId))
        unknown.append(Text::tr("provider \"%1\"").arg(localformat::excerpt(request.providerId)));
    if (!snap.chair(request.chairId))
        unknown.append(Text::tr("chair \"%1\"").arg(localformat::excerpt(request.chairId)));
    if (!unknown.isEmpty()) {
        *stop = failure(BookingOutcome::Result::BadRequest,
                        Text::tr("There is no %1 in this practice; check the id.").arg(unknown.join(Text::tr(", no "))));
        return std::nullopt;
    }
    if (!request.startUtc.isValid() || request.startUtc.toSecsSinceEpoch() % 60 != 0 || request.minutes < 0) {
        *stop = failure(BookingOutcome::Result::BadRequest,
                        Text::tr("A booking needs a start on a whole minute and a length of at least one minute."));
        return std::nullopt;
    }

    Appointment a;
    a.id = newUuid();
    a.clientUuid = a.id;
    a.idempotencyKey = request.idempotencyKey.isEmpty() ? newUuid() : request.idempotencyKey;
    a.patientId = request.patientId;
    a.typeId = request.typeId;
    a.providerId = request.providerId;
    a.chairId = request.chairId;
    a.startUtc = request.startUtc.toUTC();
    a.minutes = request.minutes > 0 ? request.minutes : type->minutes;
    a.notes = request.notes;
    a.status = AppointmentStatus::Scheduled;

    const Minute start = scheduling::toMinute(a.startUtc);
    QSqlError error;
    if (!m_state->cover({start, start + a.minutes}, &error)) {
        *stop = storeFailure(error);
        return std::nullopt;
    }
    const scheduling::BookingCandidate candidate{a.patientId, a.typeId, a.providerId, a.chairId,
                                                 start,       a.minutes, {},         true};
    QList<Violation> violations = m_state->scheduler().check(candidate, m_clock.nowUtc());
    if (!violations.isEmpty()) {
        *stop = refusal(std::move(violations));
        stop->appointment = a;
        return std::nullopt;
    }
    if (!passWarnings(candidate, request.overrideWarnings, a, stop, overridden))
        return std::nullopt;
    return a;
}

std::optional<Appointment> BookingService::placeMove(const MoveRequest &request, const Appointment &current,
                                                     BookingOutcome *stop, QStringList *overridden)
{
    const scheduling::PracticeSnapshot &snap = m_state->scheduler().snapshot();
    if (!scheduling::StatusWorkflow::isMovable(current.status)) {
        *stop = refusal({{QString::fromUtf16(scheduling::rule::InvalidTransition),
                          Text::tr("%1 is %2 and can no longer be moved or resized.")
                                  .arg(visitWords(current), appointmentStatusText(current.status)),
                          current.id}});
        return std::nullopt;
    }
    if (!request.startUtc && !request.chairId && !request.providerId && !request.minutes && !request.notes) {
        *stop = failure(BookingOutcome::Result::BadRequest,
                        Text::tr("Say what to change: a new start, chair, provider, length or notes."));
        return std::nullopt;
    }
    if ((request.chairId && !snap.chair(*request.chairId)) || (request.providerId && !snap.provider(*request.providerId))
        || (request.minutes && *request.minutes <= 0)
        || (request.startUtc && (!request.startUtc->isValid() || request.startUtc->toSecsSinceEpoch() % 60 != 0))) {
        *stop = failure(BookingOutcome::Result::BadRequest,
                        Text::tr("The new chair or provider does not exist in this practice, or the start or length is "
                                 "not a whole number of minutes; check them."));
        return std::nullopt;
    }

    Appointment a = current;
    if (request.startUtc)
        a.startUtc = request.startUtc->toUTC();
    if (request.chairId)
        a.chairId = *request.chairId;
    if (request.providerId)
        a.providerId = *request.providerId;
    if (request.minutes)
        a.minutes = *request.minutes;
    if (request.notes)
        a.notes = *request.notes;
    const bool startChanged = a.startUtc != current.startUtc;
    const Minute start = scheduling::toMinute(a.startUtc);
    QSqlError error;
    if (!m_state->cover({start, start + a.minutes}, &error)) {
        *stop = storeFailure(error);
        return std::nullopt;
    }
    const scheduling::BookingCandidate candidate{a.patientId, a.typeId, a.providerId, a.chairId,
                                                 start,       a.minutes, a.id,        startChanged};
    QList<Violation> violations = m_state->scheduler().check(candidate, m_clock.nowUtc());
    if (!violations.isEmpty()) {
        *stop = refusal(std::move(violations));
        stop->appointment = a;
        return std::nullopt;
    }
    // Only a visit put somewhere new is checked against the production blocks: one already in
    // a block (booked over its warning, or before the block was set up) keeps its place.
    const bool elsewhere = startChanged || a.chairId != current.chairId || a.providerId != current.providerId;
    if (elsewhere && !passWarnings(candidate, request.overrideWarnings, a, stop, overridden))
        return std::nullopt;
    return a;
}

std::optional<BookingOutcome> BookingService::beginRead()
{
    QString error;
    bool noPractice = false;
    if (!m_state->readyToRead(&error, &noPractice))
        return failure(noPractice ? BookingOutcome::Result::BadRequest : BookingOutcome::Result::StoreFailed, error);
    return std::nullopt;
}

BookingOutcome BookingService::check(const BookRequest &request)
{
    if (std::optional<BookingOutcome> stop = beginRead())
        return *stop;
    BookingOutcome out;
    if (std::optional<Appointment> a = placeNew(request, &out))
        out.appointment = *a;
    return out;
}

BookingOutcome BookingService::check(const MoveRequest &request)
{
    if (std::optional<BookingOutcome> stop = beginRead())
        return *stop;
    QSqlError error;
    const std::optional<Appointment> current = m_state->appointments().find(request.appointmentId, &error);
    if (error.isValid())
        return failure(BookingOutcome::Result::StoreFailed, m_cache.describeFailure(error));
    if (!current)
        return failure(BookingOutcome::Result::NotFound,
                       Text::tr("There is no appointment \"%1\"; check the id.").arg(localformat::excerpt(request.appointmentId)));
    if (current->version != request.expectedVersion)
        return refusal({staleVersion(*current, visitWords(*current))});
    BookingOutcome out;
    if (std::optional<Appointment> a = placeMove(request, *current, &out))
        out.appointment = *a;
    return out;
}

BookingOutcome BookingService::resize(const QString &id, int expectedVersion, int minutes, const UserSession &session)
{
    MoveRequest request;
    request.appointmentId = id;
    request.expectedVersion = expectedVersion;
    request.minutes = minutes;
    return move(request, session);
}

BookingOutcome BookingService::cancel(const QString &id, int expectedVersion, CancelReason reason,
                                      const UserSession &session)
{
    return changeStatusImpl(id, expectedVersion, AppointmentStatus::Cancelled, cancelReasonName(reason), session);
}

BookingOutcome BookingService::changeStatus(const QString &id, int expectedVersion, AppointmentStatus to,
                                            const UserSession &session)
{
    if (to == AppointmentStatus::Cancelled)
        return failure(BookingOutcome::Result::BadRequest,
                       Text::tr("Cancelling needs a reason: patient, practice, emergency or other."));
    return changeStatusImpl(id, expectedVersion, to, {}, session);
}

BookingOutcome BookingService::changeStatusImpl(const QString &id, int expectedVersion, AppointmentStatus to,
                                                const QString &cancelReason, const UserSession &session)
{
    if (std::optional<BookingOutcome> denied =
                deny(session, to == AppointmentStatus::Cancelled ? Write::Cancel : Write::Status, id, to))
        return *denied;
    if (std::optional<BookingOutcome> stop = beginWrite())
        return *stop;
    QSqlError error;
    BookingOutcome stop;
    const std::optional<Appointment> current = readForUpdate(id, expectedVersion, &stop);
    if (!current)
        return stop;
    const QString why = scheduling::StatusWorkflow::refusal(current->status, to, current->startUtc,
                                                            m_state->scheduler().snapshot().practice().noShowGraceMinutes,
                                                            m_clock.nowUtc(), m_state->scheduler().snapshot().zone());
    if (!why.isEmpty()) {
        endStep();
        return refusal({{QString::fromUtf16(scheduling::rule::InvalidTransition), why, id}});
    }
    Appointment a = *current;
    a.status = to;
    a.cancelReason = cancelReason;
    Change change{to == AppointmentStatus::Cancelled ? u"cancel"_s : u"status"_s,
                  to == AppointmentStatus::Cancelled ? u"cancel"_s : u"status"_s,
                  a,
                  expectedVersion,
                  Step{0, current->status, to, cancelReason},
                  0,
                  {},
                  false};
    change.before = *current;
    return commitChange(change, session);
}

BookingOutcome BookingService::undoStatus(const QString &id, int expectedVersion, const UserSession &session)
{
    if (std::optional<BookingOutcome> denied = deny(session, Write::Undo, id, AppointmentStatus::Scheduled))
        return *denied;
    if (std::optional<BookingOutcome> stop = beginWrite())
        return *stop;
    QSqlError error;
    store::AppointmentRepository &repo = m_state->appointments();
    BookingOutcome stop;
    const std::optional<Appointment> current = readForUpdate(id, expectedVersion, &stop);
    if (!current)
        return stop;
    const std::optional<Step> last = repo.lastStatusStep(id, &error);
    if (error.isValid())
        return storeFailure(error);
    if (!last || last->to != current->status) {
        endStep();
        return refusal({{QString::fromUtf16(scheduling::rule::InvalidTransition),
                         Text::tr("%1 has no status step to undo.").arg(visitWords(*current)), id}});
    }
    Appointment a = *current;
    a.status = last->from;
    a.cancelReason.clear();
    if (!isLive(current->status) && isLive(a.status)) {
        // Back from cancelled or no-show: the time must still be free.
        const Minute start = scheduling::toMinute(a.startUtc);
        if (!m_state->cover({start, start + a.minutes}, &error))
            return storeFailure(error);
        const QList<Violation> violations = m_state->scheduler().check(
                {a.patientId, a.typeId, a.providerId, a.chairId, start, a.minutes, a.id, false}, m_clock.nowUtc());
        if (!violations.isEmpty()) {
            endStep();
            return refusal(violations);
        }
    }
    Change change{u"undo-status"_s, u"status"_s, a, expectedVersion, std::nullopt, last->seq, {}, false};
    change.before = *current;
    return commitChange(change, session);
}

// The schedule page is SchedulePages', the search for openings BookingSearch's; these hand on.
std::optional<SchedulePage> BookingService::page(const QDate &from, int days, const UserSession &session,
                                                 QString *error)
{
    return m_pages->page(from, days, session, error);
}

std::optional<QList<DayFrame>> BookingService::frames(const QDate &from, int days, const UserSession &session,
                                                      QString *error)
{
    return m_pages->frames(from, days, session, error);
}


OpeningsOutcome BookingService::openings(const scheduling::OpeningRequest &request)
{
    return m_search->openings(request);
}

OpeningsOutcome BookingService::nearestOpenings(const scheduling::OpeningRequest &request)
{
    return m_search->nearestOpenings(request);
}

OpeningsOutcome BookingService::nextOpenings(scheduling::OpeningRequest request)
{
    return m_search->nextOpenings(std::move(request));
}

OpeningsOutcome BookingService::groupOpenings(const scheduling::GroupRequest &request)
{
    return m_search->groupOpenings(request);
}

std::optional<QDateTime> BookingService::workingTimeFrom(const QDateTime &nowUtc)
{
    return m_search->workingTimeFrom(nowUtc);
}

QString BookingService::openingWords(const scheduling::Opening &o) const
{
    return m_search->openingWords(o);
}

QString BookingService::visitWords(const Appointment &a) const
{
    // The engine's snapshot keeps no names; the chart has them.
    const AppointmentType *type = m_state->scheduler().snapshot().type(a.typeId);
    const QString what = type ? type->name : Text::tr("the visit");
    const std::optional<Patient> patient = store::PracticeRepository(m_cache.database()).patient(a.patientId, nullptr);
    return patient && !patient->name.isEmpty() ? Text::tr("%1's %2").arg(patient->name, what) : what;
}

std::optional<QTimeZone> BookingService::practiceZone(QString *errorText)
{
    QSqlError error;
    if (!m_state->refresh(&error)) {
        *errorText = m_cache.describeFailure(error);
        return std::nullopt;
    }
    if (!m_state->hasPractice()) {
        *errorText = Text::tr("The cache holds no practice yet; import a practice file first.");
        return std::nullopt;
    }
    return m_state->scheduler().snapshot().zone();
}

std::optional<Practice> BookingService::practice(QString *errorText)
{
    if (!practiceZone(errorText))
        return std::nullopt;
    std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice();
    if (!practice)
        *errorText = Text::tr("The cache holds no practice yet; import a practice file first.");
    return practice;
}

std::optional<Appointment> BookingService::find(const QString &id, QString *errorText)
{
    QSqlError error;
    std::optional<Appointment> a = m_state->appointments().find(id, &error);
    if (error.isValid() && errorText)
        *errorText = m_cache.describeFailure(error);
    return a;
}

} // namespace chairside
