#pragma once

#include "scheduling/booking.h"

#include "domain/appointment.h"
#include "domain/practice.h"
#include "domain/session.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>

#include <functional>
#include <optional>

class QSqlError;

namespace chairside {

class Clock;
class BookingSearch;
class SchedulePages;
class ScheduleState;
struct SchedulePage;
struct DayFrame;
struct UserSession;

namespace store {
class Cache;
class WriteGuard;
}

enum class CancelReason { Patient, Practice, Emergency, Other };
QString cancelReasonName(CancelReason reason);
// Why a visit was cancelled as staff read it in a count: "by the patient", "emergency";
// an empty or unknown code reads "no reason recorded".
QString cancelReasonText(const QString &name);
std::optional<CancelReason> parseCancelReason(const QString &name);

struct BookRequest
{
    QString patientId;
    QString typeId;
    QString providerId;
    QString chairId;
    QDateTime startUtc;
    int minutes = 0;        // 0 = the type's length
    QString idempotencyKey; // empty = a fresh one; the same key twice books once
    QString notes;
    QString waitlistEntryId; // booked from this waitlist entry: it leaves the list in the same write
    // An office manager's approval to book a patient over the practice's no-show limit, when
    // the practice asks for it (see FillSettings): their account name and password. book()
    // checks them itself, as a sign-in (audited, counted towards the account's lockout), and
    // that the account is an office manager's; the caller wipes the password afterwards.
    std::optional<Approval> approval;
    // Warnings the person chose to book over, by rule id (scheduling::rule::ProductionBlock):
    // an explicit choice after seeing them, recorded in the audit log with what it overrode.
    QStringList overrideWarnings;
    // Writes that stand or fall with the booking, run in its transaction once the appointment
    // is written (an accepted waitlist offer closing…). A returned message rolls the booking
    // back as a refusal under `rule`; a set error rolls it back as a store failure.
    struct AlsoWrite
    {
        QString rule;
        std::function<std::optional<QString>(store::Cache &cache, const Appointment &booked, QSqlError *error)> write;
    };
    AlsoWrite alsoWrite;
};

// Any of time, chair, provider, length and notes; what is not given stays.
struct MoveRequest
{
    QString appointmentId;
    int expectedVersion = 0;
    std::optional<QDateTime> startUtc;
    std::optional<QString> chairId;
    std::optional<QString> providerId;
    std::optional<int> minutes;
    std::optional<QString> notes;
    QStringList overrideWarnings; // as BookRequest's
};

// What a service call did. Refused carries every broken rule and, for placements, the best
// alternatives; the other failures carry a message that says what to do.
struct BookingOutcome
{
    enum class Result { Done, Refused, BadRequest, NotFound, StoreFailed, Denied };
    Result result = Result::Done;
    Appointment appointment;
    QList<scheduling::Violation> violations;
    QList<scheduling::Opening> alternatives;
    QString message;
    bool replayed = false; // an idempotent repeat of an earlier booking
    // Refused by warnings only (they are the violations): the same request with their rules in
    // overrideWarnings goes through, if the person chooses to.
    bool overridable = false;
    // The time the change gave back (a cancel, no-show, move or shortening), for the
    // waitlist: every caller offers what the service says came free, and nothing else.
    std::optional<FreedSlot> freed;

    [[nodiscard]] bool ok() const { return result == Result::Done; }
};

struct OpeningsOutcome
{
    QList<scheduling::Opening> openings;
    QList<scheduling::GroupOpening> groups; // from groupOpenings()
    QString error;
    bool badRequest = false;
};

// The only writer of appointments. Each call validates with the scheduling engine and writes
// the change, its audit record and its outbox entry in one transaction; updates carry the
// version the caller read and are refused as stale_version when someone changed it since.
// Every call names the acting user's session.
class BookingService
{
public:
    BookingService(store::Cache &cache, const Clock &clock);
    ~BookingService();

    [[nodiscard]] BookingOutcome book(const BookRequest &request, const UserSession &session);
    [[nodiscard]] BookingOutcome move(const MoveRequest &request, const UserSession &session);
    [[nodiscard]] BookingOutcome resize(const QString &id, int expectedVersion, int minutes, const UserSession &session);
    [[nodiscard]] BookingOutcome cancel(const QString &id, int expectedVersion, CancelReason reason,
                                        const UserSession &session);
    // Workflow steps (confirmed, arrived, in_chair, completed, no_show); cancelling goes
    // through cancel() for its reason.
    [[nodiscard]] BookingOutcome changeStatus(const QString &id, int expectedVersion, AppointmentStatus to,
                                              const UserSession &session);
    // Steps the status back to where the last step came from.
    [[nodiscard]] BookingOutcome undoStatus(const QString &id, int expectedVersion, const UserSession &session);

    // Which appointment writes a role may make, without asking the store or auditing: what the
    // screens offer follows it, and every write checks it again (auditing a refusal).
    // `operation` is book, move, cancel, status (with `to`) or undo; `appointment` is the one
    // changed (none for book).
    enum class Write { Book, Move, Cancel, Status, Undo };
    [[nodiscard]] static bool mayWrite(const UserSession &session, Write write, const Appointment *appointment = nullptr,
                                       AppointmentStatus to = AppointmentStatus::Scheduled);

    // Dry runs: whether book() or move() would accept the request now, without writing.
    // Done when it would; Refused with every broken rule (no alternatives); BadRequest,
    // NotFound or StoreFailed as the real call would say.
    [[nodiscard]] BookingOutcome check(const BookRequest &request);
    [[nodiscard]] BookingOutcome check(const MoveRequest &request);

    [[nodiscard]] OpeningsOutcome openings(const scheduling::OpeningRequest &request);
    // Places to offer for a visit, as a refused booking offers them: the day asked for first
    // while it has room (best first), then the best of the days after it within
    // `request.days`; `request.limit` in all, none twice. The booking dialog's "Find next
    // opening" and a refusal's "Open instead" are this one search.
    [[nodiscard]] OpeningsOutcome nearestOpenings(const scheduling::OpeningRequest &request);
    // "Find next opening": nearestOpenings over the practice's search window, kOpeningDays
    // from `request.from` (never before the office's today), the best kOpeningsShown.
    [[nodiscard]] OpeningsOutcome nextOpenings(scheduling::OpeningRequest request);
    static constexpr int kOpeningDays = 30;
    static constexpr int kOpeningsShown = 3;
    // Where a desk's day starts: `nowUtc` while someone still works today, else the start of
    // the next day anyone works (within two weeks); nothing when the cache cannot tell.
    [[nodiscard]] std::optional<QDateTime> workingTimeFrom(const QDateTime &nowUtc);
    // Places for a whole group (a family) on one day, each valid together; in `groups`.
    [[nodiscard]] OpeningsOutcome groupOpenings(const scheduling::GroupRequest &request);
    // `days` local dates from `from` as the schedule screens draw them: hours, breaks and
    // blocks per provider and chair, and every appointment with its names and standing
    // conflicts. Empty with a message when the cache cannot be read or holds no practice.
    // A provider sees their own visits in full and everyone else's as busy time (no patient,
    // type or notes).
    [[nodiscard]] std::optional<SchedulePage> page(const QDate &from, int days, const UserSession &session,
                                                   QString *error);
    // When each provider and chair is open on each date, with breaks and blocks: a page's
    // frames without its appointments (for counting open time over a range).
    [[nodiscard]] std::optional<QList<DayFrame>> frames(const QDate &from, int days, const UserSession &session,
                                                        QString *error);
    // The practice's time zone, for reading and showing local times; empty with a message
    // when the cache holds no practice or cannot be read.
    [[nodiscard]] std::optional<QTimeZone> practiceZone(QString *error);
    // The practice itself (name, zone, settings); empty with a message as practiceZone.
    [[nodiscard]] std::optional<Practice> practice(QString *error);
    // The appointment as stored now, for callers that need its version.
    [[nodiscard]] std::optional<Appointment> find(const QString &id, QString *error);

    // Several changes saved together or not at all (a series, a family, a provider's day).
    // While a Batch is open, every call above writes into one transaction, each call a
    // savepoint of it; a refused call leaves the earlier ones in place, so the caller decides:
    // commit() keeps them all, and leaving without committing drops them all. A store failure
    // drops the batch at once and commit() reports it.
    class Batch
    {
    public:
        Batch(BookingService &service, QString *error);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        [[nodiscard]] bool begun() const { return m_begun; }
        [[nodiscard]] bool commit(QString *error);

    private:
        BookingService &m_service;
        bool m_begun = false;
    };

    // The rule a booking breaks when the patient has more no-shows in twelve months than the
    // practice's limit and the practice asks for an office manager's approval.
    static inline const QString kNoShowApprovalRule = QStringLiteral("no_show_approval");

    // The most people one family booking places.
    static constexpr int kMaxGroup = 8;

    // How far ahead the alternatives to a refused placement look.
    static constexpr int kAlternativeDays = 14;
    static constexpr int kAlternatives = 3;

private:
    struct Change;
    // Opens the write transaction and catches the engine up; an outcome ends the call.
    std::optional<BookingOutcome> beginWrite();
    // Ends a write that changes nothing (a refusal): the transaction, or in a batch the step.
    void endStep();
    // Commits a write: the transaction, or in a batch the step.
    [[nodiscard]] bool finishStep(QSqlError *error);
    [[nodiscard]] bool beginBatch(QString *error);
    [[nodiscard]] bool commitBatch(QString *error);
    void abandonBatch();
    // The appointment at the version the caller read; empty with *stop set otherwise.
    std::optional<Appointment> readForUpdate(const QString &id, int expectedVersion, BookingOutcome *stop);
    BookingOutcome commitChange(Change &change, const UserSession &session);
    BookingOutcome storeFailure(const QSqlError &error);
    // Empty when `session`'s role may do `write` (to the appointment `appointmentId`, when
    // given); else the Denied outcome, with a "denied" audit record written. The appointment
    // is read only when the role's answer depends on it (a provider) or to audit a denial.
    std::optional<BookingOutcome> deny(const UserSession &session, Write write, const QString &appointmentId,
                                       AppointmentStatus to);
    // Catches the engine up outside a transaction, for reads and dry runs.
    std::optional<BookingOutcome> beginRead();
    // The new appointment book() would write, or the outcome that ends the call.
    // `overridden` gets the warnings the request books over ("production_block:<block id>").
    std::optional<Appointment> placeNew(const BookRequest &request, BookingOutcome *stop,
                                        QStringList *overridden = nullptr);
    // The moved appointment move() would write, or the outcome that ends the call.
    std::optional<Appointment> placeMove(const MoveRequest &request, const Appointment &current, BookingOutcome *stop,
                                         QStringList *overridden = nullptr);
    // The warnings `candidate` raises less the ones `chosen` overrides; those go to
    // `overridden`. Sets *stop (overridable) and returns false when any is left.
    bool passWarnings(const scheduling::BookingCandidate &candidate, const QStringList &chosen, const Appointment &a,
                      BookingOutcome *stop, QStringList *overridden);
    // The refusal when the patient is over the practice's no-show limit, the practice asks for
    // approval and none was given; ends the open transaction when it refuses.
    std::optional<BookingOutcome> noShowApprovalMissing(const BookRequest &request, const QString &approvedBy,
                                                        const UserSession &session);
    // The approving office manager's user id, or the refusal.
    std::optional<BookingOutcome> checkApproval(const BookRequest &request, const UserSession &session,
                                                QString *approvedBy);
    BookingOutcome changeStatusImpl(const QString &id, int expectedVersion, AppointmentStatus to,
                                    const QString &cancelReason, const UserSession &session);
    // Up to three other places for `wanted`, the day asked for first; for a move, `current` is
    // the appointment as it stands, whose own place is never offered.
    QList<scheduling::Opening> alternativesFor(const Appointment &wanted, const Appointment *current);
    // The visit as people name it in a message: "Ana Ruiz's Exam".
    [[nodiscard]] QString visitWords(const Appointment &a) const;

public:
    // An opening as people read it: "Tue Dec 1 10:40 AM with Dr. Ngozi Okafor in Op 3", in
    // the program's language; the one wording of an alternative everywhere.
    [[nodiscard]] QString openingWords(const scheduling::Opening &o) const;

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    std::unique_ptr<ScheduleState> m_state;
    std::unique_ptr<BookingSearch> m_search; // the search for openings, on the same state
    std::unique_ptr<SchedulePages> m_pages;  // the schedule as the screens read it, the same state
    std::unique_ptr<store::WriteGuard> m_batch; // the open Batch's transaction
    std::unique_ptr<store::WriteGuard> m_step;  // the write under way
    bool m_batchBroken = false; // a store failure rolled the batch back
};

} // namespace chairside
