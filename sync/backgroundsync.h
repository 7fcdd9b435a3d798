#pragma once

#include "syncrun.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace chairside {
class PracticeServices;
class SyncIssues;
} // namespace chairside

namespace chairside::sync {

// Keeps a cache in step with its PMS while the app runs: a full sync every interval, soon
// after a local change, and on request ("Sync now"); one at a time. Reports whether the PMS
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
    };

    // Works on the cache and clock of `services` (the composition root the window has), as
    // `session` (the sync's own, "sync:<pms>").
    BackgroundSync(std::unique_ptr<PmsAdapter> adapter, PracticeServices &services, UserSession session,
                   QObject *parent = nullptr);
    ~BackgroundSync() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    [[nodiscard]] const Status &status() const { return m_status; }
    [[nodiscard]] QString system() const { return m_adapter->system(); }
    // The text a status bar shows for `status` at `nowUtc`.
    [[nodiscard]] static QString describe(const QString &system, const Status &status, const QDateTime &nowUtc);

public Q_SLOTS:
    void syncNow();
    // A change was made here: sync soon (a few seconds later, so a burst sends together).
    void localChange();

Q_SIGNALS:
    void statusChanged(const chairside::sync::BackgroundSync::Status &status);
    // A sync wrote to the cache: screens reload.
    void cacheChanged();

private:
    std::unique_ptr<PmsAdapter> m_adapter;
    const Clock &m_clock;
    SyncIssues &m_issues;
    std::unique_ptr<SyncRun> m_run;
    QTimer m_timer;
    QTimer m_soon;
    bool m_again = false;
    Status m_status;
};

} // namespace chairside::sync
