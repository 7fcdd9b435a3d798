#pragma once

#include "bookingservice.h"

#include "domain/series.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// A recurring booking: one patient, one type, at one local time on every date of a rule.
struct SeriesRequest
{
    QString patientId;
    QString typeId;
    QString providerId;
    QString chairId;
    QDate firstDate;
    int startMinute = 0; // after local midnight
    int minutes = 0;     // 0 = the type's length
    QString notes;
    SeriesRule rule;
};

// One visit of a series as the engine sees it before anything is saved: where it was asked
// for, what it breaks there, and the best places instead. The caller picks what to do with
// it (`choice`) before saving.
struct SeriesInstance
{
    int number = 0; // 1-based
    QString appointmentId; // for a move: the visit being moved
    int version = 0;       // for a move: the version read
    QDateTime startUtc;    // as asked
    QString providerId;
    QString chairId;
    QList<scheduling::Violation> violations; // empty = it can be booked as asked
    QList<scheduling::Opening> alternatives; // best first, when it cannot

    enum class Choice { AsAsked, Alternative, Skip };
    Choice choice = Choice::AsAsked;
    int alternative = 0; // which of `alternatives`, for Choice::Alternative

    [[nodiscard]] bool bookable() const { return violations.isEmpty(); }
};

struct SeriesPlan
{
    BookingOutcome::Result result = BookingOutcome::Result::Done;
    QString message; // when the plan could not be made at all
    QList<SeriesInstance> instances;

    [[nodiscard]] bool ok() const { return result == BookingOutcome::Result::Done; }
    [[nodiscard]] int failing() const;
    // Every failing instance set to its best alternative, or skipped when it has none.
    void takeBestAlternatives();
};

struct SeriesOutcome
{
    BookingOutcome::Result result = BookingOutcome::Result::Done;
    QString seriesId;
    QList<Appointment> appointments; // what was written, in instance order
    int failedInstance = 0;          // the instance that stopped it; nothing was saved then
    QList<scheduling::Violation> violations;
    QString message;
    QList<FreedSlot> freed; // the time the moves and cancellations gave back, in instance order

    [[nodiscard]] bool ok() const { return result == BookingOutcome::Result::Done; }
};

// How to move the rest of a series: by whole days, to another local time, provider or chair.
struct SeriesShift
{
    QString seriesId;
    int fromInstance = 1; // this one and the later ones
    int days = 0;
    std::optional<int> startMinute;
    std::optional<QString> providerId;
    std::optional<QString> chairId;
};

struct SeriesMember
{
    int instance = 0;
    Appointment appointment;
};

// Series: every instance is validated together (each against the ones before it) and the
// failing ones come back with the engine's best alternatives before anything is saved; the
// whole series, or the rest of it, is saved, moved or cancelled in one write. One instance
// is moved or cancelled through BookingService like any visit and stays in its series.
class SeriesService
{
public:
    SeriesService(store::Cache &cache, const Clock &clock, BookingService &booking);

    [[nodiscard]] SeriesPlan plan(const SeriesRequest &request, const UserSession &session);
    // Books the instances as chosen in `plan` (from plan()), all or none.
    [[nodiscard]] SeriesOutcome book(const SeriesRequest &request, const QList<SeriesInstance> &plan,
                                     const UserSession &session);

    [[nodiscard]] SeriesPlan planMove(const SeriesShift &shift, const UserSession &session);
    [[nodiscard]] SeriesOutcome move(const QList<SeriesInstance> &plan, const UserSession &session);
    // Cancels the series' visits from `fromInstance` on that can still be cancelled (scheduled
    // or confirmed and not yet started), all or none.
    [[nodiscard]] SeriesOutcome cancel(const QString &seriesId, int fromInstance, CancelReason reason,
                                       const UserSession &session);

    // The series an appointment belongs to and its instance number.
    [[nodiscard]] std::optional<std::pair<QString, int>> seriesOf(const QString &appointmentId, QString *error);
    [[nodiscard]] std::optional<QList<SeriesMember>> members(const QString &seriesId, QString *error);

private:
    [[nodiscard]] std::optional<QString> refuse(const UserSession &session, const QString &recordId);
    // Runs the instances through book() or move() inside one batch. `keep` commits it.
    SeriesOutcome run(const QString &seriesId, const SeriesRequest *request, QList<SeriesInstance> *instances,
                      bool planning, const UserSession &session);

    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
};

} // namespace chairside
