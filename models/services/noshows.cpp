#include "noshows.h"

#include "fillwords.h"
#include "servicewrites.h"

#include "access.h"
#include "bookingservice.h"
#include "patientmessages.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/practice.h"
#include "domain/session.h"
#include "scheduling/booking.h"
#include "scheduling/timeline.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// The messages keep the context they were translated in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::FillService)
};

} // namespace

NoShows::NoShows(store::Cache &cache, const Clock &clock, BookingService &booking, FillService &fill)
    : m_cache(cache), m_clock(clock), m_booking(booking), m_fill(fill)
{
}

std::optional<QList<Appointment>> NoShows::lateAppointments(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadSchedule)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice(&sqlError);
    if (!practice) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : Text::tr("The cache holds no practice yet; import a practice file first.");
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime localNow = now.toTimeZone(practice->timeZone());
    const QDateTime dayStart = QDateTime(localNow.date(), QTime(0, 0), practice->timeZone()).toUTC();
    const qint64 grace = qint64(practice->noShowGraceMinutes) * 60;
    // Started today, no later than now - grace: its grace is up.
    const QList<Appointment> started = store::AppointmentRepository(m_cache.database())
                                               .liveStartingBetween(dayStart.toSecsSinceEpoch(),
                                                                    now.toSecsSinceEpoch() - grace + 1, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QList<Appointment> out;
    for (const Appointment &a : started) {
        if (a.status == AppointmentStatus::Scheduled || a.status == AppointmentStatus::Confirmed)
            out.append(a);
    }
    return out;
}

std::optional<int> NoShows::markLateNoShows(const UserSession &session, QString *error,
                                                QList<FreedSlot> *freed)
{
    const std::optional<FillSettings> fill = m_fill.settings(error);
    if (!fill)
        return std::nullopt;
    if (!fill->autoNoShow)
        return 0;
    const std::optional<QList<Appointment>> late = lateAppointments(session, error);
    if (!late)
        return std::nullopt;
    int marked = 0;
    for (const Appointment &a : *late) {
        const BookingOutcome o = m_booking.changeStatus(a.id, a.version, AppointmentStatus::NoShow, session);
        if (o.ok()) {
            ++marked;
            if (freed && o.freed)
                freed->append(*o.freed);
        } else if (o.result == BookingOutcome::Result::StoreFailed || o.result == BookingOutcome::Result::Denied) {
            *error = o.message;
            return std::nullopt;
        }
        // A refusal (someone checked the patient in or changed it meanwhile) leaves it as it is.
    }
    return marked;
}

std::optional<int> NoShows::noShowsInLastYear(const QString &patientId, const UserSession &session,
                                                  QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadPatient, u"patient"_s, patientId, patientId)) {
        *error = *denied;
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlError sqlError;
    const int count = store::AppointmentRepository(m_cache.database())
                              .countForPatient(patientId, AppointmentStatus::NoShow,
                                               now.addMonths(-kNoShowMonths).toSecsSinceEpoch(), now.toSecsSinceEpoch(),
                                               &sqlError);
    if (count < 0) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return count;
}

std::optional<FillService::NoShowStanding> NoShows::noShowStanding(const QString &patientId,
                                                                      const UserSession &session, QString *error)
{
    const std::optional<int> count = noShowsInLastYear(patientId, session, error);
    const std::optional<FillSettings> fill = m_fill.settings(error);
    if (!count || !fill)
        return std::nullopt;
    return FillService::NoShowStanding{*count, fill->overNoShowLimit(*count), fill->bookingNeedsApproval(*count, session.role)};
}

} // namespace chairside
