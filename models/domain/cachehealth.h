#pragma once

#include <QString>

namespace chairside {

// What reading the whole cache found (store::checkCache): intact, or the first damage in
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


} // namespace chairside
