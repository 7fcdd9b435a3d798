#include "practiceservices.h"
#include "patientmessaging.h"

#include "patientrecords.h"

#include "absenceservice.h"
#include "blockoutservice.h"
#include "bookingservice.h"
#include "dashboardservice.h"
#include "familybooking.h"
#include "fillservice.h"
#include "frontdesk.h"
#include "recallservice.h"
#include "reminderservice.h"
#include "seriesservice.h"
#include "syncissues.h"
#include "useraccounts.h"

namespace chairside {

PracticeServices::PracticeServices(store::Cache &cache, const Clock &clock)
    : m_cache(cache),
      m_clock(clock),
      m_accounts(std::make_unique<UserAccounts>(cache, clock)),
      m_booking(std::make_unique<BookingService>(cache, clock)),
      m_desk(std::make_unique<FrontDesk>(cache, clock)),
      m_fill(std::make_unique<FillService>(cache, clock, *m_booking, *m_desk)),
      m_reminders(std::make_unique<ReminderService>(cache, clock, *m_booking, m_fill->contacts())),
      m_dashboard(std::make_unique<DashboardService>(cache, clock, *m_booking)),
      m_series(std::make_unique<SeriesService>(cache, clock, *m_booking)),
      m_family(std::make_unique<FamilyBooking>(cache, clock, *m_booking)),
      m_absence(std::make_unique<AbsenceService>(cache, clock, *m_booking)),
      m_blockouts(std::make_unique<BlockoutService>(cache, clock)),
      m_syncIssues(std::make_unique<SyncIssues>(cache, clock)),
      m_patients(std::make_unique<PatientRecords>(cache, clock)),
      m_messaging(std::make_unique<MessagingService>(cache, clock, *this)),
      m_recalls(std::make_unique<RecallService>(cache, clock))
{
}

PracticeServices::~PracticeServices() = default;

} // namespace chairside
