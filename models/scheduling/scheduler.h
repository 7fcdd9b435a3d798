#pragma once

#include "availability.h"
#include "booking.h"
#include "practicesnapshot.h"
#include "scheduleindex.h"

#include <QSet>

#include <memory>

namespace chairside {
struct Appointment;
}

namespace chairside::scheduling {

// The scheduling engine: the practice's rules, the availability they expand to and the live
// appointments, answering "is this booking valid" and "where are the best openings". Pure:
// it is fed plain data and never reads a clock, a file or a database.
class Scheduler
{
public:
    explicit Scheduler(PracticeSnapshot snapshot);
    ~Scheduler();
    Scheduler(const Scheduler &) = delete;
    Scheduler &operator=(const Scheduler &) = delete;

    [[nodiscard]] const PracticeSnapshot &snapshot() const { return m_snapshot; }
    [[nodiscard]] Availability &availability() { return m_availability; }
    [[nodiscard]] ScheduleIndex &index() { return m_index; }

    // The index form of a stored appointment (its provider time from its type's pattern).
    [[nodiscard]] BookedAppointment booked(const Appointment &appointment) const;

    // Every rule the candidate breaks, in rule order; empty = valid. The provider, chair and
    // type must exist in the snapshot (check ids first).
    [[nodiscard]] QList<Violation> check(const BookingCandidate &candidate, const QDateTime &nowUtc);
    // What the candidate should be booked over only by choice (rule::ProductionBlock: a
    // production block kept for other visits, not yet released), one per block; empty = none.
    [[nodiscard]] QList<Violation> warnings(const BookingCandidate &candidate, const QDateTime &nowUtc);
    // Whether a production block on `date` still keeps its time from other visits at `nowUtc`.
    [[nodiscard]] bool holdsOn(const QDate &date, const QDateTime &nowUtc) const;

    // The best valid placements, ranked by score, then start, provider id and chair id; at
    // most one per provider and start (the lowest chair id that works).
    [[nodiscard]] QList<Opening> openings(const OpeningRequest &request, const QDateTime &nowUtc);

    // Placements for a whole group on the same day, earliest dates first, each valid together
    // (every member checked with the ones placed before it). Chairs are tried nearest the
    // first member's chair first, in the practice's chair order.
    [[nodiscard]] QList<GroupOpening> groupOpenings(const GroupRequest &request, const QDateTime &nowUtc);

    // Score of a placement for a patient; exposed for tests and the UI's explanations.
    struct PatientPreferences
    {
        TimeOfDay timeOfDay = TimeOfDay::Any;
        Weekdays days;
        QString continuityProviderId;
        QSet<qint64> familyDays; // julian days on which another family member has a live visit
    };
    [[nodiscard]] PatientPreferences preferencesFor(const OpeningRequest &request, const Interval &window);
    [[nodiscard]] static int score(const PatientPreferences &prefs, const QString &providerId, const QDate &date,
                                   int startMinuteOfDay);

    void replaceProvider(const Provider &provider);
    void replaceBlocks(QList<Block> blocks);
    void replaceProductionBlocks(QList<ProductionBlock> blocks);

private:
    PracticeSnapshot m_snapshot;
    Availability m_availability;
    ScheduleIndex m_index;
    // Provider-time runs from offset 0, per type and length: indexing thousands of
    // appointments fits each pattern once.
    mutable QHash<QString, ProviderTime::Runs> m_relativeRuns;
};

// Whether a start (minutes after local midnight) falls in a preferred time of day:
// morning 08:00–11:00, afternoon 13:00–15:00, evening 16:00–18:00.
[[nodiscard]] bool inTimeOfDay(TimeOfDay t, int startMinuteOfDay);

} // namespace chairside::scheduling
