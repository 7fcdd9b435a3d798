#include "fillservice.h"

#include "access.h"
#include "bookingservice.h"

#include "domain/clock.h"
#include "domain/practice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace chairside {

FillService::FillService(store::Cache &cache, const Clock &clock, BookingService &booking, FrontDesk &desk)
    : m_cache(cache), m_clock(clock), m_booking(booking), m_desk(desk)
{
}

std::optional<QList<FillService::Candidate>> FillService::candidatesFor(const FreedSlot &slot,
                                                                         const UserSession &session, QString *error)
{
    QString readError;
    const QList<ShownWaitlistEntry> entries = m_desk.waitlist(session, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    const QDate day = slot.startUtc.toTimeZone(*zone).date();
    QList<Candidate> out;
    for (const ShownWaitlistEntry &shown : entries) {
        const WaitlistEntry &e = shown.entry;
        if (shown.typeMinutes <= 0 || shown.typeMinutes > slot.minutes)
            continue;
        if (!e.providerId.isEmpty() && e.providerId != slot.providerId)
            continue;
        if ((e.earliest.isValid() && day < e.earliest) || (e.latest.isValid() && day > e.latest))
            continue;
        BookRequest booking;
        booking.patientId = e.patientId;
        booking.typeId = e.typeId;
        booking.providerId = slot.providerId;
        booking.chairId = slot.chairId;
        booking.startUtc = slot.startUtc;
        booking.waitlistEntryId = e.id;
        const BookingOutcome checked = m_booking.check(booking);
        if (checked.result == BookingOutcome::Result::StoreFailed) {
            *error = checked.message;
            return std::nullopt;
        }
        if (!checked.ok())
            continue;
        out.append({shown, booking});
    }
    return out;
}

std::optional<QList<Appointment>> FillService::lateAppointments(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadSchedule)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice(&sqlError);
    if (!practice) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : QCoreApplication::translate("chairside::FillService",
                                                                  "The cache holds no practice yet; import a "
                                                                  "practice file first.");
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

std::optional<int> FillService::noShowsInLastYear(const QString &patientId, const UserSession &session,
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
                                               now.addMonths(-12).toSecsSinceEpoch(), now.toSecsSinceEpoch(),
                                               &sqlError);
    if (count < 0) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return count;
}

} // namespace chairside
