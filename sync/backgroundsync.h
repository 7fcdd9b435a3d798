#pragma once

#include "syncrun.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace chairside {
class PracticeServices;
class SyncIssues;
} // namespace chairside

namespace chairside::sync {

class DeskHints;

// Keeps a cache in step with its PMS while the app runs: a sync of what changed every
// interval and soon after a local change, with the reference data when it is due (SyncRun);
// on request ("Sync now") the reference data too. One at a time. Reports whether the PMS
// answered, when the last complete sync was, and what still waits.
class BackgroundSync final : public QObject
{
    Q_OBJECT
public:
    struct Status
    {
        bool online = false;   // the PMS answered the last attempt
        bool running = false;
        QDateTime lastSyncedUtc; // the last sync that left nothing behind
        QDateTime offlineSinceUtc; // the first of the attempts the PMS has not answered since
        qint64 waiting = 0;    // changes not yet sent (besides those held by sync issues)
        int refused = 0;       // open sync issues: changes the PMS refused, for a person
        QString message;       // why the last sync stopped, for staff
        QString progress;      // where a first sync is (SyncProgress::describe), while it runs
        bool paused = false;   // staff stopped the first sync; "Sync now" goes on with it

        // A first sync under way, which staff may stop (cancel()).
        [[nodiscard]] bool cancellable() const { return running && !lastSyncedUtc.isValid() && !progress.isEmpty(); }
    };

    // Works on the cache and clock of `services` (the composition root the window has), as
    // `session` (the sync's own, "sync:<pms>").
    BackgroundSync(std::unique_ptr<PmsAdapter> adapter, PracticeServices &services, UserSession session,
                   QObject *parent = nullptr);
    ~BackgroundSync() override;

    // How often an idle desk asks the PMS what changed: often enough to be seconds behind the
    // next desk, rarely enough that polling (two requests each) takes at most an eighth of
    // the connection's limit, the rest left for pushes and reference reads. 5 s on Open
    // Dental's local API (200/min), 16 s on its remote API (60/min). The limit itself is the
    // practice's to set (`pms connect --rate`).
    [[nodiscard]] static int pollIntervalMs(int requestsPerMinute);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    // The other desks of the practice: told after this desk's changes reach the PMS, and
    // their hints make this desk pull at once (at most one extra pull every kHintGapMs).
    // Null: no hints, the poll alone.
    void setHints(DeskHints *hints);
    static constexpr int kHintGapMs = 2000;
    void start();
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] QString system() const { return m_adapter->system(); }
    // The text a status bar shows for `status` at `nowUtc`.
    [[nodiscard]] static QString describe(const QString &system, const Status &status, const QDateTime &nowUtc);

public Q_SLOTS:
    // Staff asked ("Sync now", F5): the reference data too, whether due or not. Goes on
    // with a paused first sync.
    void syncNow();
    // Staff stopped the first sync (it takes minutes at a large practice under a rate
    // limit): it stops after the page on its way, and waits — polls and local changes
    // included — until "Sync now", which goes on from where it stopped.
    void cancel();
    // A change was made here: sync soon (a few seconds later, so a burst sends together).
    void localChange();

Q_SIGNALS:
    void statusChanged(const chairside::sync::BackgroundSync::Status &status);
    // A sync wrote to the cache: screens reload.
    void cacheChanged();

private:
    void sync(SyncRun::Reference reference);

    std::unique_ptr<PmsAdapter> m_adapter;
    const Clock &m_clock;
    SyncIssues &m_issues;
    std::unique_ptr<SyncRun> m_run;
    QTimer m_timer;
    QTimer m_soon;
    bool m_again = false;
    DeskHints *m_hints = nullptr;
    QTimer m_hinted; // a hint's pull, held back to one every kHintGapMs
    qint64 m_lastHintPullMs = -kHintGapMs;
    QElapsedTimer m_sinceStart;
    bool m_againReference = false;
    Status m_status;
};

} // namespace chairside::sync
