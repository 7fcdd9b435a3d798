#pragma once

#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "domain/session.h"

#include <QObject>
#include <QTimeZone>

namespace chairside {

class FrontDesk;
class ScheduleModel;
struct ScheduleDragItem;
struct SchedulePlacement;

// Applies what the schedule view asks for through the booking service, and keeps the undo
// history: move, resize, create and cancel (and status steps) can be undone and redone.
// Each step re-reads the appointment's version, so undo after someone else's change is
// refused cleanly rather than overwriting it.
class ScheduleChanger final : public QObject
{
    Q_OBJECT
public:
    ScheduleChanger(BookingService &booking, FrontDesk &desk, UserSession session, const ScheduleModel &model,
                    QObject *parent = nullptr);

    // Where a placement on the view lands: chair lanes change the chair, provider lanes the
    // provider. Empty with a reason when the local time does not exist (clocks changing).
    [[nodiscard]] std::optional<MoveRequest> moveRequestFor(const SchedulePlacement &to, QString *why) const;
    [[nodiscard]] std::optional<QDateTime> startUtc(const QDate &date, int minuteOfDay) const;
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    [[nodiscard]] const UserSession &session() const { return m_session; }
    // Another person signed in at this window: the undo history was theirs, so it goes.
    void setSession(UserSession session);

    // Dry runs for the drag ghost: empty when the drop would be accepted.
    [[nodiscard]] QString check(const SchedulePlacement &to);
    [[nodiscard]] QString checkItem(const ScheduleDragItem &item, const SchedulePlacement &at);

    bool move(const SchedulePlacement &to);
    bool move(const MoveRequest &request);
    bool resize(const QString &id, int version, int minutes);
    bool book(const BookRequest &request);
    bool placeItem(const ScheduleDragItem &item, const SchedulePlacement &at);
    bool cancel(const QString &id, int version, CancelReason reason);
    bool setStatus(const QString &id, int version, AppointmentStatus status);
    bool hold(const QString &id);

    [[nodiscard]] bool canUndo() const { return m_done > 0; }
    [[nodiscard]] bool canRedo() const { return m_done < m_history.size(); }
    [[nodiscard]] QString undoText() const;
    [[nodiscard]] QString redoText() const;
    bool undo();
    bool redo();

    // Words for a refused outcome: every broken rule, then the best alternatives.
    [[nodiscard]] QString describe(const BookingOutcome &outcome) const;

Q_SIGNALS:
    // The cache changed through this window; views reload.
    void changed(const QString &appointmentId);
    // A change was refused or failed; `message` says why and what to do.
    void refused(const QString &message);
    void historyChanged();
    // A change through this window left time free in a chair (a cancellation, a no-show, a
    // move away, a shorter visit): the waitlist may fill it.
    void timeFreed(const chairside::FreedSlot &slot);

private:
    struct Step
    {
        enum class Kind { Move, Create, Cancel, Status };
        Kind kind = Kind::Move;
        QString text;
        Appointment before;
        Appointment after;
        CancelReason reason = CancelReason::Other;
    };
    bool apply(const BookingOutcome &outcome, std::optional<Step> step);
    // A refusal by warnings only (a production block): staff choose to book over it, or not.
    [[nodiscard]] bool chooseOverride(const BookingOutcome &outcome);
    [[nodiscard]] static QStringList warningRules(const BookingOutcome &outcome);
    // The booking a panel entry dropped at `at` asks for, or why there is none.
    [[nodiscard]] std::optional<BookRequest> requestFor(const ScheduleDragItem &item, const SchedulePlacement &at,
                                                        QString *why);
    // Completes a booking dropped on a lane that gives only its chair or its provider.
    [[nodiscard]] bool placeFor(const SchedulePlacement &at, BookRequest *request, QString *why);
    bool replay(const Step &step, bool forward);
    [[nodiscard]] int currentVersion(const QString &id, QString *error);

    BookingService &m_booking;
    FrontDesk &m_desk;
    UserSession m_session;
    const ScheduleModel &m_model;
    QTimeZone m_zone;
    QList<Step> m_history;
    qsizetype m_done = 0;
};

} // namespace chairside
