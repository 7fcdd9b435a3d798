#include "backgroundsync.h"

#include "adapterfactory.h"

#include "domain/clock.h"
#include "services/syncissues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chairside::sync {

BackgroundSync::BackgroundSync(std::unique_ptr<PmsAdapter> adapter, store::Cache &cache, const Clock &clock,
                               UserSession session, QObject *parent)
    : QObject(parent), m_adapter(std::move(adapter)), m_cache(cache), m_clock(clock),
      m_run(std::make_unique<SyncRun>(*m_adapter, cache, clock, std::move(session)))
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &BackgroundSync::syncNow);
    m_soon.setSingleShot(true);
    m_soon.setInterval(3000);
    connect(&m_soon, &QTimer::timeout, this, &BackgroundSync::syncNow);
}

BackgroundSync::~BackgroundSync() = default;

void BackgroundSync::start()
{
    m_timer.start();
    syncNow();
}

void BackgroundSync::localChange()
{
    m_soon.start();
}

void BackgroundSync::syncNow()
{
    if (m_status.running) {
        m_again = true; // once this one ends
        return;
    }
    m_status.running = true;
    Q_EMIT statusChanged(m_status);
    m_run->run([this](const SyncSummary &s) {
        m_status.running = false;
        auto unreachable = [](const PmsError &e) {
            return e.kind == PmsError::Kind::Network || e.kind == PmsError::Kind::Server
                    || e.kind == PmsError::Kind::Throttled;
        };
        m_status.online = !unreachable(s.readError) && !unreachable(s.pull.error);
        // Refused changes wait for a person (the Sync issues list), not for the PMS.
        const SyncIssues issues(m_cache, m_clock);
        m_status.refused = issues.openCount();
        m_status.waiting = std::max<qint64>(0, s.push.waiting - issues.heldChanges());
        m_status.message = !s.readError.ok() ? s.readError.message
                : !s.pull.error.ok()         ? s.pull.error.message
                : !s.pull.storeError.isEmpty() ? s.pull.storeError
                                               : s.push.storeError;
        if (s.complete())
            m_status.lastSyncedUtc = m_clock.nowUtc();
        if (s.pull.applied.inserted + s.pull.applied.updated + s.push.acknowledged + s.push.refused > 0)
            Q_EMIT cacheChanged();
        Q_EMIT statusChanged(m_status);
        if (m_again) {
            m_again = false;
            m_soon.start();
        }
    });
}

QString BackgroundSync::describe(const QString &system, const Status &status, const QDateTime &nowUtc)
{
    const QString name = pmsDisplayName(system);
    QString text;
    if (status.running && !status.lastSyncedUtc.isValid())
        text = QCoreApplication::translate("chairside::sync::BackgroundSync", "%1: syncing…").arg(name);
    else if (!status.online)
        text = QCoreApplication::translate("chairside::sync::BackgroundSync", "%1: offline").arg(name);
    else
        text = QCoreApplication::translate("chairside::sync::BackgroundSync", "%1: online").arg(name);
    if (status.lastSyncedUtc.isValid()) {
        const qint64 minutes = status.lastSyncedUtc.secsTo(nowUtc) / 60;
        text += u" · "_s
                + (minutes < 1 ? QCoreApplication::translate("chairside::sync::BackgroundSync", "synced just now")
                               : QCoreApplication::translate("chairside::sync::BackgroundSync",
                                                             "last synced %n minute(s) ago", nullptr, int(minutes)));
    }
    if (status.waiting > 0)
        text += u" · "_s
                + QCoreApplication::translate("chairside::sync::BackgroundSync", "%n change(s) waiting", nullptr,
                                              int(status.waiting));
    if (status.refused > 0)
        text += u" · "_s
                + QCoreApplication::translate("chairside::sync::BackgroundSync", "%n sync issue(s) to resolve",
                                              nullptr, status.refused);
    return text;
}

} // namespace chairside::sync
