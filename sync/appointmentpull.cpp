#include "appointmentpull.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPull, "chairside.sync.pull")

namespace chairside::sync {

namespace {
// Where an interrupted read of several pages goes on from:
// "start cursor␟next offset␟first page's cursor␟when (seconds)".
const QString kResumeEntity = QStringLiteral("appointment-resume");
constexpr qint64 kResumeForSecs = 30 * 60;
} // namespace

AppointmentPull::AppointmentPull(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session,
                                 QObject *parent)
    : QObject(parent), m_adapter(adapter), m_cache(cache), m_clock(clock), m_session(std::move(session)),
      m_mirror(cache, clock)
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
    const QStringList resume = store::PmsLinkRepository(m_cache.database())
                                       .cursor(m_adapter.system(), kResumeEntity, &error)
                                       .value_or(QString())
                                       .split(u'\x1f');
    m_checkpointed = resume.size() == 4;
    int offset = 0;
    // Offsets shift when the PMS deletes a row before them: a checkpoint is trusted for a
    // restart soon after the stop, not for one days later (that reads from the start).
    const qint64 age = m_clock.nowUtc().toSecsSinceEpoch() - (m_checkpointed ? resume.at(3).toLongLong() : 0);
    if (m_checkpointed && resume.at(0) == m_startCursor && age >= 0 && age <= kResumeForSecs) {
        offset = resume.at(1).toInt();
        m_report.cursor = resume.at(2);
        m_report.resumedAt = offset;
        qCInfo(lcPull) << m_adapter.system() << "pull: going on from offset" << offset;
    }
    page(offset);
}

void AppointmentPull::checkpoint(int nextOffset)
{
    QSqlError error;
    m_checkpointed = store::PmsLinkRepository(m_cache.database())
                             .setCursor(m_adapter.system(), kResumeEntity,
                                        m_startCursor + u'\x1f' + QString::number(nextOffset) + u'\x1f' + m_report.cursor
                                                + u'\x1f' + QString::number(m_clock.nowUtc().toSecsSinceEpoch()),
                                        m_clock.nowUtc().toSecsSinceEpoch(), &error)
            || m_checkpointed;
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
                checkpoint(offset + page.received);
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
        if (m_checkpointed && !hold
            && store::PmsLinkRepository(m_cache.database())
                       .setCursor(m_adapter.system(), kResumeEntity, QString(), m_clock.nowUtc().toSecsSinceEpoch(),
                                  &error))
            m_checkpointed = false;
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
