#include "backgroundsync.h"

#include "adapterfactory.h"
#include "deskhints.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "services/practiceservices.h"
#include "services/syncissues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside::sync {

BackgroundSync::BackgroundSync(std::unique_ptr<PmsAdapter> adapter, PracticeServices &services, UserSession session,
                               QObject *parent)
    : QObject(parent), m_adapter(std::move(adapter)), m_clock(services.clock()), m_issues(services.syncIssues()),
      m_run(std::make_unique<SyncRun>(*m_adapter, services.cache(), services.clock(), std::move(session)))
{
    m_timer.setInterval(pollIntervalMs(m_adapter->requestsPerMinute()));
    connect(&m_timer, &QTimer::timeout, this, [this] { sync(SyncRun::Reference::IfDue); });
    // A change made here goes half a second later: soon enough for the next desk to see it
    // within its poll, late enough that a drag's several writes go together.
    m_soon.setSingleShot(true);
    m_soon.setInterval(500);
    connect(&m_soon, &QTimer::timeout, this, [this] { sync(SyncRun::Reference::IfDue); });
    // A first sync of a large practice takes minutes: the status bar says where it is.
    connect(m_run.get(), &SyncRun::progress, this, [this](const SyncProgress &p) {
        if (m_status.lastSyncedUtc.isValid())
            return;
        m_status.progress = p.describe();
        Q_EMIT statusChanged(m_status);
    });
    m_hinted.setSingleShot(true);
    connect(&m_hinted, &QTimer::timeout, this, [this] {
        m_lastHintPullMs = m_sinceStart.elapsed();
        sync(SyncRun::Reference::IfDue);
    });
    m_sinceStart.start();
}

BackgroundSync::~BackgroundSync() = default;

void BackgroundSync::setHints(DeskHints *hints)
{
    if (m_hints)
        disconnect(m_hints, nullptr, this, nullptr);
    m_hints = hints;
    if (!hints)
        return;
    connect(hints, &DeskHints::changed, this, [this] {
        if (m_hinted.isActive())
            return; // a pull is on its way already
        const qint64 since = m_sinceStart.elapsed() - m_lastHintPullMs;
        m_hinted.start(int(std::max<qint64>(0, kHintGapMs - since)));
    });
}

int BackgroundSync::pollIntervalMs(int requestsPerMinute)
{
    constexpr int kRequestsPerPoll = 2;
    constexpr int kShareForPolls = 8; // polls take at most 1/8 of the limit
    constexpr int kFloorMs = 5000;
    const int perMinute = std::max(1, requestsPerMinute);
    return std::max(kFloorMs, kRequestsPerPoll * kShareForPolls * 60000 / perMinute);
}

void BackgroundSync::start()
{
    m_timer.start();
    sync(SyncRun::Reference::IfDue);
}

void BackgroundSync::localChange()
{
    m_soon.start();
}

void BackgroundSync::syncNow()
{
    if (m_status.paused) {
        m_status.paused = false;
        m_timer.start();
    }
    sync(SyncRun::Reference::Now);
}

void BackgroundSync::cancel()
{
    if (!m_status.cancellable())
        return;
    m_status.paused = true;
    m_timer.stop();
    m_soon.stop();
    m_hinted.stop();
    m_again = false;
    m_againReference = false;
    m_run->cancel();
}

void BackgroundSync::sync(SyncRun::Reference reference)
{
    if (m_status.paused)
        return; // until "Sync now"
    if (m_status.running) {
        m_again = true; // once this one ends
        m_againReference = m_againReference || reference == SyncRun::Reference::Now;
        return;
    }
    m_status.running = true;
    Q_EMIT statusChanged(m_status);
    m_run->run([this](const SyncSummary &s) {
        m_status.running = false;
        m_status.progress.clear();
        // Asked to stop when there was nothing left to stop at: it ended as any sync does,
        // and the polls go on.
        if (m_status.paused && !s.cancelled) {
            m_status.paused = false;
            m_timer.start();
        }
        auto unreachable = [](const PmsError &e) {
            return e.kind == PmsError::Kind::Network || e.kind == PmsError::Kind::Server
                    || e.kind == PmsError::Kind::Throttled;
        };
        m_status.online = !unreachable(s.readError) && !unreachable(s.pull.error);
        if (m_status.online)
            m_status.offlineSinceUtc = QDateTime();
        else if (!m_status.offlineSinceUtc.isValid())
            m_status.offlineSinceUtc = m_clock.nowUtc();
        // Refused changes wait for a person (the Sync issues list), not for the PMS.
        m_status.refused = m_issues.openCount();
        m_status.waiting = std::max<qint64>(0, s.push.waiting - m_issues.heldChanges());
        m_status.message = !s.readError.ok() ? s.readError.message
                : !s.pull.error.ok()         ? s.pull.error.message
                : !s.pull.storeError.isEmpty() ? s.pull.storeError
                                               : s.push.storeError;
        if (s.complete())
            m_status.lastSyncedUtc = m_clock.nowUtc();
        if (s.pull.applied.inserted + s.pull.applied.updated + s.push.acknowledged + s.push.refused
                    + s.links.created + s.links.updated + s.links.linked
                > 0)
            Q_EMIT cacheChanged();
        // The PMS has this desk's changes now: the other desks can read them at once.
        if (m_hints && s.push.acknowledged > 0)
            m_hints->send();
        Q_EMIT statusChanged(m_status);
        if (m_again) {
            m_again = false;
            if (m_againReference) {
                m_againReference = false;
                QTimer::singleShot(0, this, &BackgroundSync::syncNow);
            } else {
                m_soon.start();
            }
        }
    }, reference);
}

QString BackgroundSync::describe(const QString &system, const Status &status, const QDateTime &nowUtc)
{
    auto tr = [](const char *text, const char *comment = nullptr, int n = -1) {
        return QCoreApplication::translate("chairside::sync::BackgroundSync", text, comment, n);
    };
    const QString name = pmsDisplayName(system);
    // How long ago, as a person at the desk says it: seconds, minutes, then the time of day.
    auto ago = [&](const QDateTime &then) {
        const qint64 seconds = std::max<qint64>(0, then.secsTo(nowUtc));
        if (seconds < 1)
            return tr("just now");
        if (seconds < 60)
            return tr("%n s ago", nullptr, int(seconds));
        if (seconds < 3600)
            return tr("%n min ago", nullptr, int(seconds / 60));
        return tr("at %1").arg(localformat::time(then.toLocalTime().time()));
    };
    QString text;
    if (status.running && !status.lastSyncedUtc.isValid() && !status.progress.isEmpty())
        text = u"%1: %2"_s.arg(name, status.progress);
    else if (status.running && !status.lastSyncedUtc.isValid())
        text = tr("%1: syncing…").arg(name);
    else if (status.paused)
        text = tr("%1: first sync stopped; Sync now (F5) goes on from where it stopped").arg(name);
    else if (!status.online && status.offlineSinceUtc.isValid())
        text = tr("%1: offline since %2").arg(name, localformat::time(status.offlineSinceUtc.toLocalTime().time()));
    else if (!status.online)
        text = tr("%1: offline").arg(name);
    else if (status.lastSyncedUtc.isValid() && status.waiting == 0 && status.refused == 0)
        text = tr("%1: up to date, %2").arg(name, ago(status.lastSyncedUtc));
    else if (status.lastSyncedUtc.isValid())
        text = tr("%1: synced %2").arg(name, ago(status.lastSyncedUtc));
    else
        text = tr("%1: online").arg(name);
    if (status.waiting > 0)
        text += u", "_s + tr("%n change(s) waiting", nullptr, int(status.waiting));
    if (status.refused > 0)
        text += u", "_s + tr("%n sync issue(s) to resolve", nullptr, status.refused);
    return text;
}

} // namespace chairside::sync
