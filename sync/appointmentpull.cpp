#include "appointmentpull.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPull, "chairside.sync.pull")

namespace chairside::sync {

AppointmentPull::AppointmentPull(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session,
                                 QObject *parent)
    : QObject(parent), m_adapter(adapter), m_cache(cache), m_clock(clock), m_session(std::move(session)),
      m_mirror(cache, clock), m_checkpoint(cache, clock, adapter.system(), u"appointment"_s)
{
}

void AppointmentPull::run(std::function<void(const PullReport &)> done, bool holdCursorOnUnmapped)
{
    m_done = std::move(done);
    m_holdCursorOnUnmapped = holdCursorOnUnmapped;
    m_report = {};
    QSqlError error;
    m_startCursor = store::PmsLinkRepository(m_cache.database())
                            .cursor(m_adapter.system(), u"appointment"_s, &error)
                            .value_or(QString());
    if (error.isValid()) {
        m_report.storeError = m_cache.describeFailure(error);
        finish();
        return;
    }
    m_report.cursor = m_startCursor;
    // A read of this same start that stopped partway: go on from its next page.
    int offset = 0;
    if (const std::optional<ReadCheckpoint::Point> resume = m_checkpoint.load(m_startCursor)) {
        offset = resume->offset;
        m_report.cursor = resume->cursor;
        m_report.resumedAt = offset;
        qCInfo(lcPull) << m_adapter.system() << "pull: going on from offset" << offset;
    }
    page(offset);
}

void AppointmentPull::cancel(bool stop)
{
    m_cancelled = stop;
}

void AppointmentPull::page(int offset)
{
    QPointer<AppointmentPull> self(this);
    m_adapter.listAppointments(m_startCursor, offset, [this, self, offset](const PmsAppointmentPage &page,
                                                                          const PmsError &e) {
        if (!self)
            return;
        if (!e.ok()) {
            m_report.error = e;
            finish();
            return;
        }
        ++m_report.pages;
        m_report.received += page.received;
        // The server's clock at the first page: changes made while paging are seen next time.
        // (A read going on from a checkpoint keeps the first page's time it had then.)
        if (m_report.pages == 1 && m_report.resumedAt == 0 && !page.cursor.isEmpty())
            m_report.cursor = page.cursor;
        else if (m_report.resumedAt == 0 && page.cursor.isEmpty() && !page.cursorSoFar.isEmpty())
            m_report.cursor = page.cursorSoFar;
        const MirrorReport applied = m_mirror.applyAppointments(m_adapter.system(), page.appointments, m_session);
        if (!applied.ok()) {
            m_report.storeError = applied.error;
            finish();
            return;
        }
        m_report.applied.inserted += applied.inserted;
        m_report.applied.updated += applied.updated;
        m_report.applied.unchanged += applied.unchanged;
        m_report.applied.unmapped += applied.unmapped;
        m_report.applied.keptLocal += applied.keptLocal;
        Q_EMIT pageApplied(m_report.pages, m_report.received, offset + page.received, page.total);
        if (page.more && page.received > 0) {
            if (!m_holdCursorOnUnmapped || m_report.applied.unmapped == 0)
                m_checkpoint.save(m_startCursor, {offset + page.received, m_report.cursor});
            if (m_cancelled) {
                m_report.cancelled = true;
                finish();
                return;
            }
            this->page(offset + page.received);
            return;
        }
        QSqlError error;
        // Nothing received: the old cursor finds the same nothing, and an idle pull writes nothing.
        const bool hold = (m_holdCursorOnUnmapped && m_report.applied.unmapped > 0)
                || (m_report.received == 0 && m_report.resumedAt == 0);
        if (m_report.cursor != m_startCursor && !hold
            && !store::PmsLinkRepository(m_cache.database())
                        .setCursor(m_adapter.system(), u"appointment"_s, m_report.cursor,
                                   m_clock.nowUtc().toSecsSinceEpoch(), &error))
            m_report.storeError = m_cache.describeFailure(error);
        // Every page is in: the checkpoint has done its work.
        if (!hold)
            m_checkpoint.clear();
        finish();
    });
}

void AppointmentPull::finish()
{
    qCInfo(lcPull) << m_adapter.system() << "pull: pages" << m_report.pages << "received" << m_report.received
                   << "inserted" << m_report.applied.inserted << "updated" << m_report.applied.updated << "unmapped"
                   << m_report.applied.unmapped << "kept local" << m_report.applied.keptLocal;
    if (m_done)
        m_done(m_report);
}

} // namespace chairside::sync
