#pragma once

#include <memory>

namespace chairside {

class AbsenceService;
class BlockoutService;
class BookingService;
class Clock;
class DashboardService;
class FamilyBooking;
class FillService;
class FrontDesk;
class MessagingService;
class PatientRecords;
class RecallService;
class ReminderService;
class SeriesService;
class SyncIssues;
class UserAccounts;

namespace store {
class Cache;
}

// Every service of one open cache, built once and wired in dependency order: the one place
// the window, the command line and the background sync (sync::BackgroundSync) get their
// services from.
class PracticeServices
{
public:
    PracticeServices(store::Cache &cache, const Clock &clock);
    ~PracticeServices();
    PracticeServices(const PracticeServices &) = delete;
    PracticeServices &operator=(const PracticeServices &) = delete;

    [[nodiscard]] store::Cache &cache() { return m_cache; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] UserAccounts &accounts() { return *m_accounts; }
    [[nodiscard]] BookingService &booking() { return *m_booking; }
    [[nodiscard]] FrontDesk &desk() { return *m_desk; }
    [[nodiscard]] FillService &fill() { return *m_fill; }
    [[nodiscard]] ReminderService &reminders() { return *m_reminders; }
    [[nodiscard]] DashboardService &dashboard() { return *m_dashboard; }
    [[nodiscard]] SeriesService &series() { return *m_series; }
    [[nodiscard]] FamilyBooking &family() { return *m_family; }
    [[nodiscard]] AbsenceService &absence() { return *m_absence; }
    [[nodiscard]] BlockoutService &blockouts() { return *m_blockouts; }
    [[nodiscard]] SyncIssues &syncIssues() { return *m_syncIssues; }
    [[nodiscard]] PatientRecords &patients() { return *m_patients; }
    [[nodiscard]] MessagingService &messaging() { return *m_messaging; }
    [[nodiscard]] RecallService &recalls() { return *m_recalls; }

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    std::unique_ptr<UserAccounts> m_accounts;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<FrontDesk> m_desk;
    std::unique_ptr<FillService> m_fill;
    std::unique_ptr<ReminderService> m_reminders;
    std::unique_ptr<DashboardService> m_dashboard;
    std::unique_ptr<SeriesService> m_series;
    std::unique_ptr<FamilyBooking> m_family;
    std::unique_ptr<AbsenceService> m_absence;
    std::unique_ptr<BlockoutService> m_blockouts;
    std::unique_ptr<SyncIssues> m_syncIssues;
    std::unique_ptr<PatientRecords> m_patients;
    std::unique_ptr<MessagingService> m_messaging;
    std::unique_ptr<RecallService> m_recalls;
};

} // namespace chairside
