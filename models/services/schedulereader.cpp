#include "schedulereader.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>

namespace chairside {

ScheduleReader::ScheduleReader(store::Cache &cache) : m_cache(cache) {}
ScheduleReader::~ScheduleReader() = default;

bool ScheduleReader::load(QString *error)
{
    store::PracticeRepository repo(m_cache.database());
    QSqlError sqlError;
    const std::optional<Practice> practice = repo.practice(&sqlError);
    m_chairs = repo.chairs(&sqlError);
    m_providers = repo.providers(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return false;
    }
    if (!practice) {
        *error = QCoreApplication::translate("ScheduleReader",
                                             "The cache holds no practice yet. Import one with `chairside-cli import "
                                             "--data-dir DIR FILE`, or create the demo with `chairside-cli init --demo`.");
        return false;
    }
    m_practice = *practice;
    m_appointments = std::make_unique<store::AppointmentRepository>(m_cache.database());
    return true;
}

QDate ScheduleReader::today(const Clock &clock) const
{
    return clock.nowUtc().toTimeZone(m_practice.timeZone()).date();
}

std::optional<DaySchedule> ScheduleReader::day(const QDate &date, QString *error)
{
    DaySchedule out;
    out.date = date;
    out.practice = m_practice;
    out.chairs = m_chairs;
    out.providers = m_providers;
    QSqlError sqlError;
    out.appointments = m_appointments->day(date, m_practice.timeZone(), &sqlError);
    const QTimeZone zone = m_practice.timeZone();
    out.blocks = store::PracticeRepository(m_cache.database())
                         .blocksBetween(QDateTime(date, QTime(0, 0), zone).toUTC(),
                                        QDateTime(date.addDays(1), QTime(0, 0), zone).toUTC(), &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return out;
}

} // namespace chairside
