#pragma once

#include "domain/practicedata.h"
#include "store/appointmentrepository.h"

#include <memory>

namespace chairside {

namespace store { class Cache; }

// What a day looks like: the practice, its chairs and providers, and the appointments.
struct DaySchedule
{
    QDate date;
    Practice practice;
    QList<Chair> chairs;
    QList<Provider> providers;
    QList<store::ScheduledAppointment> appointments;
    QList<Block> blocks;
};

// Read side of the schedule for the GUI and the CLI: the practice's reference data once,
// then one day at a time.
class ScheduleReader
{
public:
    explicit ScheduleReader(store::Cache &cache);
    ~ScheduleReader();

    // False with a message when the cache holds no practice yet or cannot be read.
    [[nodiscard]] bool load(QString *error);
    [[nodiscard]] const Practice &practice() const { return m_practice; }
    [[nodiscard]] QDate today(const class Clock &clock) const;
    [[nodiscard]] std::optional<DaySchedule> day(const QDate &date, QString *error);

private:
    store::Cache &m_cache;
    Practice m_practice;
    QList<Chair> m_chairs;
    QList<Provider> m_providers;
    std::unique_ptr<store::AppointmentRepository> m_appointments;
};

} // namespace chairside
