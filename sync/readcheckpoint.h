#pragma once

#include <QString>

#include <optional>

namespace chairside {
class Clock;
namespace store {
class Cache;
}
} // namespace chairside

namespace chairside::sync {

// Where an interrupted read of several pages goes on from, kept in the cache after each page
// (as the sync cursor `<resource>-resume`): the cursor the read started from, the next page's
// offset, and the cursor the whole read will leave (the PMS's clock at its first page). The
// PMS lists by a stable key and a row changed meanwhile is after the kept cursor, so going on
// misses nothing. Offsets shift when the PMS deletes a row before them, so a checkpoint is
// trusted for a restart soon after the stop (kTrustSecs), not for one days later.
class ReadCheckpoint
{
public:
    static constexpr qint64 kTrustSecs = 30 * 60;

    ReadCheckpoint(store::Cache &cache, const Clock &clock, QString pms, const QString &resource);

    struct Point
    {
        int offset = 0;
        QString cursor; // the cursor the read will leave
    };
    // The point a read from `startCursor` stopped at, when it is recent enough to trust.
    [[nodiscard]] std::optional<Point> load(const QString &startCursor);
    // After a page: the next read from `startCursor` goes on at `point`.
    void save(const QString &startCursor, const Point &point);
    // Every page is in: the next read starts from its cursor.
    void clear();

private:
    store::Cache &m_cache;
    const Clock &m_clock;
    QString m_pms;
    QString m_entity;
    bool m_kept = false; // a checkpoint is in the cache (so clear() has something to do)
};

} // namespace chairside::sync
