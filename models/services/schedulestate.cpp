#include "schedulestate.h"

#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>

namespace chairside {

using scheduling::Interval;
using scheduling::Minute;

namespace {
// Loads reach this far past what was asked, so appointments that start the day before and
// run into the window, and turnover or buffers across midnight, are seen.
constexpr Minute kMargin = 1440;
// The longest stretch kept loaded while browsing before starting over.
constexpr Minute kMaxCovered = 62 * 1440;
} // namespace

ScheduleState::ScheduleState(store::Cache &cache)
    : m_cache(cache), m_appointments(std::make_unique<store::AppointmentRepository>(cache.database()))
{
}

ScheduleState::~ScheduleState() = default;

void ScheduleState::invalidate()
{
    m_referenceRevision = -1;
}

bool ScheduleState::refresh(QSqlError *error)
{
    store::PracticeRepository practice(m_cache.database());
    const qint64 revision = practice.referenceRevision(error);
    if (revision < 0)
        return false;
    if (revision != m_referenceRevision || !m_scheduler)
        return rebuild(revision, error);
    const qint64 seq = m_appointments->changeSeq(error);
    if (seq < 0)
        return false;
    if (seq == m_seenSeq)
        return true;
    const QList<Appointment> changed = m_appointments->changedSince(m_seenSeq, error);
    if (error && error->isValid())
        return false;
    for (const Appointment &a : changed) {
        if (m_covered.holds(scheduling::toMinute(a.startUtc)))
            m_scheduler->index().upsert(m_scheduler->booked(a));
        else
            m_scheduler->index().remove(a.id);
    }
    m_seenSeq = seq;
    return true;
}

bool ScheduleState::rebuild(qint64 revision, QSqlError *error)
{
    m_scheduler.reset();
    m_covered = {};
    store::PracticeRepository repo(m_cache.database());
    const std::optional<Practice> settings = repo.practice(error);
    if (error && error->isValid())
        return false;
    if (!settings) {
        m_referenceRevision = revision;
        return true;
    }
    const QDateTime farPast = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDateTime farFuture = QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    scheduling::PracticeSnapshot snapshot(*settings, repo.chairs(error), repo.providers(error),
                                          repo.appointmentTypes(error), repo.patientPreferences(error),
                                          repo.blocksBetween(farPast, farFuture, error), repo.productionBlocks(error));
    QList<Clinic> clinics = repo.clinics(error);
    if (error && error->isValid())
        return false;
    const qint64 seq = m_appointments->changeSeq(error);
    if (seq < 0)
        return false;
    m_scheduler = std::make_unique<scheduling::Scheduler>(std::move(snapshot));
    m_clinics = std::move(clinics);
    m_referenceRevision = revision;
    m_seenSeq = seq;
    return true;
}

bool ScheduleState::load(const Interval &range, QSqlError *error)
{
    const QList<Appointment> rows = m_appointments->liveStartingBetween(range.start * 60, range.end * 60, error);
    if (error && error->isValid())
        return false;
    for (const Appointment &a : rows)
        m_scheduler->index().upsert(m_scheduler->booked(a));
    return true;
}

bool ScheduleState::cover(const Interval &window, QSqlError *error)
{
    if (!m_scheduler)
        return true;
    const Interval need = window.grownBy(kMargin, kMargin);
    if (!m_covered.isEmpty() && m_covered.contains(need))
        return true;
    // Jumping far (months ahead) or having browsed a long stretch: start over with just what
    // is asked, rather than loading everything in between or growing without bound.
    const Interval merged{std::min(need.start, m_covered.start), std::max(need.end, m_covered.end)};
    const bool adjoining = !m_covered.isEmpty() && need.start <= m_covered.end && need.end >= m_covered.start;
    if (!adjoining || merged.end - merged.start > std::max(kMaxCovered, need.end - need.start)) {
        m_scheduler->index().clear();
        m_covered = {};
        if (!load(need, error))
            return false;
        m_covered = need;
        return true;
    }
    if (need.start < m_covered.start && !load({need.start, m_covered.start}, error))
        return false;
    if (need.end > m_covered.end && !load({m_covered.end, need.end}, error))
        return false;
    m_covered = {std::min(need.start, m_covered.start), std::max(need.end, m_covered.end)};
    return true;
}

void ScheduleState::applied(const Appointment &a, qint64 seq)
{
    if (!m_scheduler)
        return;
    const Minute start = scheduling::toMinute(a.startUtc);
    if (m_covered.holds(start))
        m_scheduler->index().upsert(m_scheduler->booked(a));
    else
        m_scheduler->index().remove(a.id);
    m_seenSeq = seq;
}

bool ScheduleState::readyToRead(QString *error, bool *noPractice)
{
    QSqlError sqlError;
    if (!refresh(&sqlError)) {
        *error = m_cache.describeFailure(sqlError);
        return false;
    }
    if (!hasPractice()) {
        *error = QCoreApplication::translate("chairside::ScheduleState",
                                             "The cache holds no practice yet; import a practice file first.");
        if (noPractice)
            *noPractice = true;
        return false;
    }
    return true;
}

} // namespace chairside
