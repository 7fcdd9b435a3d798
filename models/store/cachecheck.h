#pragma once

#include <QString>

namespace chairside::store {

class Cache;

// What a full read of the cache found. SQLCipher authenticates each page when it reads it, so
// damage in a page nobody reads stays hidden until a write or a backup meets it; this reads
// every page in use: SQLite's integrity check, then every row of every table and every entry
// of every index, naming the first that cannot be read.
struct CacheHealth
{
    bool intact = true;
    QString damagedTable; // the table (for an index, its table) first found damaged
    QString damagedIndex; // the index, when the damage is in one
    QString detail;       // SQLite's words
    qint64 tables = 0;
    qint64 rows = 0;
    qint64 pagesInUse = 0;
    qint64 freePages = 0; // pages the file keeps for later use; they hold no data
    // Pages not in use whose authentication fails: damage that loses nothing (every page in
    // use read fine), found by reading the whole file page by page.
    qint64 damagedFreePages = 0;
    QString pageScanError; // when the page-by-page read could not be made (the rest stands)
    // The check itself could not be made (busy, the disk failed a read): not intact, yet no
    // sign of damage either; `detail` says why.
    bool couldNotCheck = false;
};

// Damage found (not a check that could not finish) marks the cache damaged: read-only until
// restored (Cache::markDamaged), so no caller has to.
[[nodiscard]] CacheHealth checkCache(Cache &cache);

// A sentence for people: intact with what was read, or which part is damaged and the way back.
[[nodiscard]] QString describeHealth(const CacheHealth &health);

// A cache table as staff would call its contents ("appointments", "the audit trail").
[[nodiscard]] QString tableInWords(const QString &table);

} // namespace chairside::store
