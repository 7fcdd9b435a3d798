#include "syncrun.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace chairside::sync {

SyncRun::SyncRun(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session, QObject *parent)
    : QObject(parent), m_adapter(adapter), m_cache(cache), m_clock(clock), m_session(std::move(session)),
      m_mirror(cache, clock), m_pull(adapter, cache, clock, m_session), m_push(adapter, m_mirror)
{
}

void SyncRun::run(std::function<void(const SyncSummary &)> done)
{
    m_done = std::move(done);
    m_summary = {};
    m_answers = 0;
    reference();
}

void SyncRun::reference()
{
    QPointer<SyncRun> self(this);
    auto arrived = [this, self](const PmsError &e) {
        if (!self)
            return;
        if (!e.ok() && m_summary.readError.ok())
            m_summary.readError = e;
        if (++m_answers < 4)
            return;
        if (!m_summary.readError.ok()) {
            m_done(m_summary);
            return;
        }
        m_summary.links = ReferenceLinker::link(m_cache, m_adapter.system(), m_chairs, m_providers, m_types, m_patients,
                                                m_clock, m_session);
        schedules();
    };
    m_adapter.listChairs([this, arrived](const QList<PmsChair> &c, const PmsError &e) {
        m_chairs = c;
        arrived(e);
    });
    m_adapter.listProviders([this, arrived](const QList<PmsProvider> &p, const PmsError &e) {
        m_providers = p;
        arrived(e);
    });
    m_adapter.listAppointmentTypes([this, arrived](const QList<PmsAppointmentType> &t, const PmsError &e) {
        m_types = t;
        arrived(e);
    });
    // All patients each time for now; linking skips the ones linked already.
    m_adapter.listPatients({}, [this, arrived](const QList<PmsPatient> &p, const QString &, const PmsError &e) {
        m_patients = p;
        arrived(e);
    });
}

void SyncRun::schedules()
{
    if (!m_adapter.supports(PmsAdapter::Capability::ProviderSchedules)) {
        waitlist();
        return;
    }
    constexpr int kDays = 60;
    const QTimeZone zone = store::PracticeRepository(m_cache.database()).practice().value_or(Practice{}).timeZone();
    const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
    const QDate last = today.addDays(kDays - 1);
    QPointer<SyncRun> self(this);
    m_adapter.listSchedules(today, last, [this, self, today, last](const QList<PmsSchedule> &rows, const PmsError &e) {
        if (!self)
            return;
        m_summary.scheduleError = e;
        if (e.ok())
            m_summary.schedules = PmsMirror(m_cache, m_clock).applySchedules(m_adapter.system(), today, last, rows);
        waitlist();
    });
}

void SyncRun::waitlist()
{
    if (!m_adapter.supports(PmsAdapter::Capability::Waitlist)) {
        pullAndPush();
        return;
    }
    QPointer<SyncRun> self(this);
    m_adapter.listWaitlist([this, self](const QList<PmsWaitlistEntry> &entries, const PmsError &e) {
        if (!self)
            return;
        if (!e.ok()) {
            m_summary.waitlistError = e.message;
        } else {
            QString error;
            m_summary.waitlistEntries = PmsMirror(m_cache, m_clock)
                                                .applyWaitlist(m_adapter.system(), entries,
                                                               &m_summary.waitlistUnmapped, &error);
            m_summary.waitlistError = error;
        }
        pullAndPush();
    });
}

void SyncRun::pullAndPush()
{
    QPointer<SyncRun> self(this);
    m_pull.run([this, self](const PullReport &pulled) {
        if (!self)
            return;
        m_summary.pull = pulled;
        m_push.run([this, self](const PushReport &pushed) {
            if (!self)
                return;
            m_summary.push = pushed;
            m_done(m_summary);
        });
    });
}

} // namespace chairside::sync
