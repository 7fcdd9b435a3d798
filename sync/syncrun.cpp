#include "syncrun.h"

#include "readcheckpoint.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace chairside::sync {

QString SyncProgress::describe() const
{
    switch (phase) {
    case SyncProgress::Phase::Reference:
        return tr("Reading chairs, providers and appointment types…");
    case SyncProgress::Phase::Patients:
        if (pages == 0)
            return tr("Reading the patients changed since the last sync…");
        return tr("Reading patients: %1 so far").arg(QLocale().toString(records));
    case SyncProgress::Phase::Schedule:
        return tr("Reading the providers' schedules…");
    case SyncProgress::Phase::Waitlist:
        return tr("Reading the waitlist…");
    case SyncProgress::Phase::Recalls:
        return tr("Reading recalls…");
    case SyncProgress::Phase::Appointments: {
        if (pages == 0)
            return tr("Reading appointments…");
        QString text = tr("Reading appointments: %1 so far").arg(QLocale().toString(records));
        if (pagesLeft >= 0)
            text += u", "_s + tr("%n page(s) left", nullptr, pagesLeft);
        if (secondsLeft >= 60)
            text += u", "_s + tr("about %n min left", nullptr, (secondsLeft + 59) / 60);
        else if (secondsLeft > 0)
            text += u", "_s + tr("under a minute left");
        return text;
    }
    case SyncProgress::Phase::Sending:
        return tr("Sending this desk's changes…");
    }
    return {};
}

SyncRun::SyncRun(PmsAdapter &adapter, store::Cache &cache, const Clock &clock, UserSession session, QObject *parent)
    : QObject(parent), m_adapter(adapter), m_cache(cache), m_clock(clock), m_session(std::move(session)),
      m_mirror(cache, clock), m_pull(adapter, cache, clock, m_session), m_push(adapter, m_mirror)
{
    connect(&m_pull, &AppointmentPull::pageApplied, this,
            [this](int pages, int received, int offset, qint64 total) {
                SyncProgress p;
                p.phase = SyncProgress::Phase::Appointments;
                p.records = received;
                p.pages = pages;
                const int rowsPerPage = received > 0 ? std::max(1, received / pages) : 0;
                if (total >= 0 && rowsPerPage > 0) {
                    p.pagesLeft = int((std::max<qint64>(0, total - offset) + rowsPerPage - 1) / rowsPerPage);
                    p.secondsLeft = p.pagesLeft * 60 / std::max(1, m_adapter.requestsPerMinute());
                }
                Q_EMIT progress(p);
            });
}

void SyncRun::tell(SyncProgress::Phase phase)
{
    SyncProgress p;
    p.phase = phase;
    Q_EMIT progress(p);
}

void SyncRun::run(std::function<void(const SyncSummary &)> done, Reference reference)
{
    m_done = std::move(done);
    m_summary = {};
    m_answers = 0;
    m_cancelled = false;
    m_pull.cancel(false);
    m_reference = reference == Reference::Now || due(u"reference"_s, kReferenceEverySecs);
    // Chairs, providers and types already read and linked by a sync that stopped before its
    // end (a first sync interrupted) are not read again.
    m_readLists = m_reference && (reference == Reference::Now || due(u"reference-lists"_s, kReferenceEverySecs));
    m_heldPull.reset();
    m_linker = std::make_unique<ReferenceLinker>(m_cache, m_adapter.system(), m_clock, m_session);
    this->reference();
}

void SyncRun::cancel()
{
    m_cancelled = true;
    m_pull.cancel();
}

bool SyncRun::stopIfCancelled()
{
    if (!m_cancelled)
        return false;
    m_summary.cancelled = true;
    m_done(m_summary);
    return true;
}

bool SyncRun::due(const QString &entity, qint64 everySecs) const
{
    QSqlError error;
    const std::optional<QString> last =
            store::PmsLinkRepository(m_cache.database()).cursor(m_adapter.system(), entity, &error);
    bool ok = false;
    const qint64 at = last.value_or(QString()).toLongLong(&ok);
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    // A clock set back makes the stamp lie in the future: read again rather than wait.
    return error.isValid() || !ok || now - at >= everySecs || at > now;
}

void SyncRun::stamp(const QString &entity)
{
    QSqlError error;
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    (void)store::PmsLinkRepository(m_cache.database())
            .setCursor(m_adapter.system(), entity, QString::number(now), now, &error);
}

void SyncRun::reference()
{
    m_summary.referenceRead = m_reference;
    if (!m_readLists) {
        patients();
        return;
    }
    tell(SyncProgress::Phase::Reference);
    m_chairs.clear();
    m_providers.clear();
    m_types.clear();
    m_answers = 0;
    QPointer<SyncRun> self(this);
    auto arrived = [this, self](const PmsError &e) {
        if (!self)
            return;
        if (!e.ok() && m_summary.readError.ok())
            m_summary.readError = e;
        if (++m_answers < 3)
            return;
        if (!m_summary.readError.ok()) {
            m_done(m_summary);
            return;
        }
        m_summary.links.add(m_linker->linkReference(m_chairs, m_providers, m_types));
        if (!m_summary.links.error.isEmpty()) {
            m_done(m_summary);
            return;
        }
        stamp(u"reference-lists"_s);
        if (!stopIfCancelled())
            patients();
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
}

void SyncRun::patients()
{
    SyncProgress progress;
    progress.phase = SyncProgress::Phase::Patients;
    Q_EMIT this->progress(progress);
    QSqlError cursorError;
    const QString cursor = store::PmsLinkRepository(m_cache.database())
                                   .cursor(m_adapter.system(), u"patient"_s, &cursorError)
                                   .value_or(QString());
    // The patients changed since the last read (all of them the first time), linked a page at
    // a time; a read that stopped partway goes on from its next page.
    auto checkpoint = std::make_shared<ReadCheckpoint>(m_cache, m_clock, m_adapter.system(), u"patient"_s);
    ReadCheckpoint::Point at;
    bool rowsSeen = false;
    bool resumed = false;
    if (const std::optional<ReadCheckpoint::Point> resume = checkpoint->load(cursor)) {
        at = *resume;
        rowsSeen = true; // the pages before it had rows
        resumed = true;
    }
    m_summary.patientsResumedAt = at.offset;
    QPointer<SyncRun> self(this);
    m_adapter.listPatients(
            cursor, at.offset,
            [this, self, cursor, checkpoint, at, rowsSeen, resumed, progress](const ListPage<PmsPatient> &page, int next,
                                                                     const PmsError &e) mutable {
                if (!self)
                    return false;
                if (!e.ok()) {
                    if (m_summary.readError.ok())
                        m_summary.readError = e;
                    m_done(m_summary);
                    return false;
                }
                // The PMS's clock at the first page: what changes while later pages are read
                // is read again next time. A PMS without a clock in its replies says with each
                // page where the next read may start (kept from before when going on).
                if (!page.serverTime.isEmpty()) {
                    if (at.cursor.isEmpty())
                        at.cursor = page.serverTime;
                } else if (!page.cursorSoFar.isEmpty() && (!resumed || at.cursor.isEmpty())) {
                    at.cursor = page.cursorSoFar;
                }
                if (!page.rows.isEmpty()) {
                    rowsSeen = true;
                    m_summary.links.add(m_linker->linkPatients(page.rows));
                    if (!m_summary.links.error.isEmpty()) {
                        m_done(m_summary);
                        return false;
                    }
                }
                ++progress.pages;
                progress.records += int(page.rows.size());
                Q_EMIT this->progress(progress);
                if (page.more) {
                    at.offset = next;
                    checkpoint->save(cursor, at);
                    return !stopIfCancelled();
                }
                // Every page is in and linked: the cursor moves, unless nothing was read (the
                // old cursor finds the same nothing; an idle sync writes nothing).
                if (rowsSeen && !at.cursor.isEmpty() && at.cursor != cursor) {
                    QSqlError error;
                    (void)store::PmsLinkRepository(m_cache.database())
                            .setCursor(m_adapter.system(), u"patient"_s, at.cursor,
                                       m_clock.nowUtc().toSecsSinceEpoch(), &error);
                }
                checkpoint->clear();
                schedules();
                return false;
            });
}

void SyncRun::schedules()
{
    if (stopIfCancelled())
        return;
    const bool near = !m_reference && due(u"schedule-near"_s, kNearScheduleEverySecs);
    if (!m_adapter.supports(PmsAdapter::Capability::ProviderSchedules) || (!m_reference && !near)) {
        waitlist();
        return;
    }
    tell(SyncProgress::Phase::Schedule);
    const QTimeZone zone = store::PracticeRepository(m_cache.database()).practice().value_or(Practice{}).timeZone();
    const QDate today = m_clock.nowUtc().toTimeZone(zone).date();
    // The whole window with the reference data; between, today and tomorrow.
    const QDate last = today.addDays(m_reference ? kScheduleDays - 1 : 1);
    QPointer<SyncRun> self(this);
    m_adapter.listSchedules(today, last, [this, self, today, last](const QList<PmsSchedule> &rows, const PmsError &e) {
        if (!self)
            return;
        m_summary.scheduleError = e;
        if (e.ok()) {
            m_summary.schedules = PmsMirror(m_cache, m_clock).applySchedules(m_adapter.system(), today, last, rows);
            if (m_summary.schedules.ok())
                stamp(u"schedule-near"_s);
        }
        waitlist();
    });
}

void SyncRun::waitlist()
{
    if (stopIfCancelled())
        return;
    if (!m_reference || !m_adapter.supports(PmsAdapter::Capability::Waitlist)) {
        recalls();
        return;
    }
    tell(SyncProgress::Phase::Waitlist);
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
        recalls();
    });
}

void SyncRun::recalls()
{
    if (stopIfCancelled())
        return;
    // With the reference data: due dates move when the PMS completes a visit, and a recall
    // list a few hours behind calls nobody wrongly (booked patients leave it from the pull).
    if (!m_reference || !m_adapter.supports(PmsAdapter::Capability::Recalls)) {
        pullAndPush();
        return;
    }
    tell(SyncProgress::Phase::Recalls);
    QPointer<SyncRun> self(this);
    m_adapter.listRecallTypes([this, self](const QList<PmsRecallType> &types, const PmsError &e) {
        if (!self)
            return;
        if (!e.ok()) {
            m_summary.recallsError = e.message;
            pullAndPush();
            return;
        }
        m_adapter.listRecalls([this, self, types](const QList<PmsRecall> &rows, const PmsError &e2) {
            if (!self)
                return;
            if (!e2.ok()) {
                m_summary.recallsError = e2.message;
            } else {
                QString error;
                m_summary.recalls = PmsMirror(m_cache, m_clock)
                                            .applyRecalls(m_adapter.system(), types, rows, m_session,
                                                          &m_summary.recallsUnmapped, &error);
                m_summary.recallsError = error;
            }
            pullAndPush();
        });
    });
}

void SyncRun::pullAndPush()
{
    if (stopIfCancelled())
        return;
    // Reference data read in full, with nothing refused: not due again for a while.
    if (m_reference && m_summary.readComplete())
        stamp(u"reference"_s);
    tell(SyncProgress::Phase::Appointments);
    QPointer<SyncRun> self(this);
    m_pull.run(
            [this, self](const PullReport &pulled) {
                if (!self)
                    return;
                if (!m_reference && pulled.ok() && pulled.applied.unmapped > 0) {
                    // A pulled appointment names a chair, provider, type or patient this desk
                    // has not linked: read the reference data now, then pull the same rows again.
                    m_reference = true;
                    m_readLists = true;
                    m_heldPull = pulled;
                    reference();
                    return;
                }
                m_summary.pull = pulled;
                if (pulled.cancelled) {
                    m_summary.cancelled = true;
                    m_done(m_summary);
                    return;
                }
                // What the first pass wrote before the reference data was read counts too.
                if (m_heldPull) {
                    m_summary.pull.pages += m_heldPull->pages;
                    m_summary.pull.applied.inserted += m_heldPull->applied.inserted;
                    m_summary.pull.applied.updated += m_heldPull->applied.updated;
                    m_heldPull.reset();
                }
                tell(SyncProgress::Phase::Sending);
                m_push.run([this, self](const PushReport &pushed) {
                    if (!self)
                        return;
                    m_summary.push = pushed;
                    m_done(m_summary);
                });
            },
            /*holdCursorOnUnmapped=*/!m_reference);
}

} // namespace chairside::sync
