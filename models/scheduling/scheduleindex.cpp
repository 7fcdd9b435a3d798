#include "scheduleindex.h"

namespace chairside::scheduling {

void ScheduleIndex::insertInto(Lane &lane, const Entry &e)
{
    auto it = std::upper_bound(lane.begin(), lane.end(), e.start, [](Minute v, const Entry &x) { return v < x.start; });
    lane.insert(it, e);
}

void ScheduleIndex::eraseFrom(QHash<QString, Lane> &lanes, const QString &id, int slot)
{
    auto it = lanes.find(id);
    if (it == lanes.end())
        return;
    Lane &lane = *it;
    lane.erase(std::remove_if(lane.begin(), lane.end(), [slot](const Entry &e) { return e.slot == slot; }), lane.end());
    if (lane.empty())
        lanes.erase(it);
}

void ScheduleIndex::upsert(BookedAppointment appointment)
{
    remove(appointment.id);
    if (!isLive(appointment.status))
        return;
    int slot;
    if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_slots[size_t(slot)] = std::move(appointment);
    } else {
        slot = int(m_slots.size());
        m_slots.push_back(std::move(appointment));
    }
    const BookedAppointment &a = m_slots[size_t(slot)];
    m_longest = std::max(m_longest, a.time.end - a.time.start);
    const Entry e{a.time.start, a.time.end, slot};
    insertInto(m_providers[a.providerId], e);
    insertInto(m_chairs[a.chairId], e);
    insertInto(m_patients[a.patientId], e);
    m_bySlotId.insert(a.id, slot);
}

void ScheduleIndex::remove(const QString &id)
{
    const auto it = m_bySlotId.constFind(id);
    if (it == m_bySlotId.constEnd())
        return;
    const int slot = *it;
    m_bySlotId.erase(it);
    BookedAppointment &a = m_slots[size_t(slot)];
    eraseFrom(m_providers, a.providerId, slot);
    eraseFrom(m_chairs, a.chairId, slot);
    eraseFrom(m_patients, a.patientId, slot);
    a = BookedAppointment();
    m_freeSlots.push_back(slot);
}

void ScheduleIndex::clear()
{
    m_slots.clear();
    m_freeSlots.clear();
    m_bySlotId.clear();
    m_providers.clear();
    m_chairs.clear();
    m_patients.clear();
    m_longest = 0;
}

} // namespace chairside::scheduling
