#pragma once

#include "providertime.h"

#include "domain/appointment.h"

#include <QHash>
#include <QString>

#include <vector>

namespace chairside::scheduling {

// A live appointment as scheduling sees it: who, where, when, and the provider-time runs its
// type's pattern gives it.
struct BookedAppointment
{
    QString id;
    QString patientId;
    QString typeId;
    QString providerId;
    QString chairId;
    Interval time;
    ProviderTime::Runs providerTime;
    int complexity = 0;
    AppointmentStatus status = AppointmentStatus::Scheduled;
};

// The live appointments of a stretch of the schedule, kept in lanes per provider, chair and
// patient sorted by start, so "what meets this interval" is a binary search. Cancelled and
// no-show appointments hold nothing and are not kept.
class ScheduleIndex
{
public:
    struct Entry
    {
        Minute start;
        Minute end;
        int slot;
    };
    using Lane = std::vector<Entry>;

    // Adds or replaces by id; an appointment that is not live is removed instead.
    void upsert(BookedAppointment appointment);
    void remove(const QString &id);
    void clear();

    [[nodiscard]] const Lane *providerLane(const QString &id) const { return lane(m_providers, id); }
    [[nodiscard]] const Lane *chairLane(const QString &id) const { return lane(m_chairs, id); }
    [[nodiscard]] const Lane *patientLane(const QString &id) const { return lane(m_patients, id); }

    // Calls f(const BookedAppointment &) for each appointment of the lane whose whole length
    // meets `window`.
    template<typename F>
    void forEachMeeting(const Lane *lane, const Interval &window, F &&f) const
    {
        if (!lane)
            return;
        auto it = std::lower_bound(lane->begin(), lane->end(), window.start - m_longest,
                                   [](const Entry &e, Minute v) { return e.start < v; });
        for (; it != lane->end() && it->start < window.end; ++it) {
            if (it->end > window.start)
                f(m_slots[size_t(it->slot)]);
        }
    }
    // Appointments of a lane starting inside `window`.
    template<typename F>
    void forEachStarting(const Lane *lane, const Interval &window, F &&f) const
    {
        if (!lane)
            return;
        auto it = std::lower_bound(lane->begin(), lane->end(), window.start,
                                   [](const Entry &e, Minute v) { return e.start < v; });
        for (; it != lane->end() && it->start < window.end; ++it)
            f(m_slots[size_t(it->slot)]);
    }

private:
    static const Lane *lane(const QHash<QString, Lane> &lanes, const QString &id)
    {
        const auto it = lanes.constFind(id);
        return it == lanes.constEnd() ? nullptr : &*it;
    }
    static void insertInto(Lane &lane, const Entry &e);
    static void eraseFrom(QHash<QString, Lane> &lanes, const QString &id, int slot);

    std::vector<BookedAppointment> m_slots;
    std::vector<int> m_freeSlots;
    QHash<QString, int> m_bySlotId;
    QHash<QString, Lane> m_providers;
    QHash<QString, Lane> m_chairs;
    QHash<QString, Lane> m_patients;
    Minute m_longest = 0; // longest appointment ever indexed: how far back a lookup must reach
};

} // namespace chairside::scheduling
