#include "cachecheck.h"

#include "cache.h"
#include "storefailure.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::store::CacheCheck)
};

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

struct Object
{
    QString name;
    QString table;
};

} // namespace

QString tableInWords(const QString &table)
{
    static const QHash<QString, const char *> words = {
            {u"appointments"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "appointments")},
            {u"patients"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "patients")},
            {u"audit_log"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "the audit trail")},
            {u"outbox"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "changes waiting for the practice system")},
            {u"providers"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "providers")},
            {u"chairs"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "chairs")},
            {u"waitlist"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "the waitlist")},
            {u"users"_s, QT_TRANSLATE_NOOP("chairside::store::CacheCheck", "staff accounts")},
    };
    const auto it = words.constFind(table);
    return it == words.constEnd() ? QString(table).replace(u'_', u' ')
                                  : QCoreApplication::translate("chairside::store::CacheCheck", *it);
}

namespace {
CacheHealth readEveryPage(Cache &cache);
} // namespace

CacheHealth checkCache(Cache &cache)
{
    const CacheHealth h = readEveryPage(cache);
    if (!h.intact && !h.couldNotCheck)
        cache.markDamaged(h.detail);
    return h;
}

namespace {

CacheHealth readEveryPage(Cache &cache)
{
    CacheHealth h;
    QSqlDatabase &db = cache.database();
    QSqlQuery q(db);
    // Only what SQLite calls damage is damage: a lock held too long or a disk that failed a
    // read makes the check unfinished, never a reason to restore a backup.
    auto damaged = [&h, &cache](const QString &table, const QString &index, const QSqlError &e) {
        h.intact = false;
        const StoreFailure why = classifyFailure(e, cache.filePath());
        if (why.fault != StoreFault::Damaged) {
            h.couldNotCheck = true;
            h.detail = describeStoreFailure(why, cache.filePath());
            return;
        }
        h.damagedTable = table;
        h.damagedIndex = index;
        h.detail = e.databaseText();
    };
    if (q.exec(u"PRAGMA page_count"_s) && q.next())
        h.pagesInUse = q.value(0).toLongLong();
    if (q.exec(u"PRAGMA freelist_count"_s) && q.next())
        h.freePages = q.value(0).toLongLong();
    h.pagesInUse -= h.freePages;

    QList<Object> tables;
    QList<Object> indexes;
    if (!q.exec(u"SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY rowid"_s)) {
        damaged(u"sqlite_master"_s, {}, q.lastError());
        return h;
    }
    while (q.next())
        (q.value(0).toString() == u"table" ? tables : indexes).append({q.value(1).toString(), q.value(2).toString()});
    if (q.lastError().isValid()) {
        damaged(u"sqlite_master"_s, {}, q.lastError());
        return h;
    }

    // Every row of every table: each page of each table's tree is read and authenticated.
    for (const Object &t : std::as_const(tables)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT * FROM "_s + quoted(t.name))) {
            damaged(t.name, {}, rows.lastError());
            return h;
        }
        while (rows.next())
            ++h.rows;
        if (rows.lastError().isValid()) {
            damaged(t.name, {}, rows.lastError());
            return h;
        }
        ++h.tables;
    }
    // Every entry of every index, walked in its own order.
    for (const Object &i : std::as_const(indexes)) {
        QSqlQuery info(db);
        QStringList columns;
        if (info.exec(u"PRAGMA index_info("_s + quoted(i.name) + u')')) {
            while (info.next()) {
                if (!info.value(2).isNull())
                    columns << quoted(info.value(2).toString());
            }
        }
        if (columns.isEmpty())
            continue; // an index on expressions: the integrity check below reads it
        QSqlQuery entries(db);
        entries.setForwardOnly(true);
        const QString sql = u"SELECT %1 FROM %2 INDEXED BY %3 ORDER BY %1"_s.arg(columns.join(u", "_s), quoted(i.table),
                                                                                  quoted(i.name));
        if (!entries.exec(sql)) {
            // An automatic index cannot be named; the integrity check reads it.
            if (!i.name.startsWith(u"sqlite_autoindex_"_s)) {
                damaged(i.table, i.name, entries.lastError());
                return h;
            }
            continue;
        }
        while (entries.next()) {}
        if (entries.lastError().isValid()) {
            damaged(i.table, i.name, entries.lastError());
            return h;
        }
    }
    // SQLite's own check: every tree's structure, the indexes against their tables, and the
    // free list's bookkeeping.
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        damaged(QString(), {}, q.lastError());
        return h;
    }
    if (q.lastError().isValid()) {
        damaged(QString(), {}, q.lastError());
        return h;
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (q.lastError().isValid()) {
        damaged(QString(), {}, q.lastError());
        return h;
    }
    if (!problems.isEmpty()) {
        h.intact = false;
        h.detail = problems.mid(0, 3).join(u"; "_s);
        return h;
    }
    // Every page in use read fine; now every page of the file, free ones included, by its
    // authentication code alone: what fails there is in no table or index.
    const std::optional<QList<qint64>> failing = cache.pagesFailingAuthentication(&h.pageScanError);
    if (failing)
        h.damagedFreePages = failing->size();
    return h;
}

} // namespace

QString describeHealth(const CacheHealth &h)
{
    if (h.couldNotCheck)
        return Text::tr("The cache could not be checked: %1 Nothing points to damage; try the check again.").arg(h.detail);
    if (h.intact) {
        const QString free = h.freePages > 0
                ? Text::tr(" %n more page(s) are kept free for later use and hold no data.", nullptr, int(h.freePages))
                : QString();
        const QString harmless = h.damagedFreePages > 0
                ? Text::tr(" %n page(s) not in use are damaged: they hold no data, so nothing is lost, and a backup "
                           "copies only the live data. Take a backup now and restore it to get a clean file.",
                           nullptr, int(h.damagedFreePages))
                : QString();
        return Text::tr("The cache is intact: %n page(s) in use read and authenticated, %1 rows in %2 tables.", nullptr,
                        int(h.pagesInUse))
                       .arg(h.rows)
                       .arg(h.tables)
                + free + harmless;
    }
    const QString where = !h.damagedIndex.isEmpty()
            ? Text::tr("an index of %1").arg(tableInWords(h.damagedTable))
            : !h.damagedTable.isEmpty() ? tableInWords(h.damagedTable)
                                        : Text::tr("the cache's structure");
    return Text::tr("The cache is DAMAGED: %1 cannot be read (%2). Stop using this cache: keep the file as it is, "
                    "and restore the last good backup with `chairside-cli restore`.")
            .arg(where, h.detail);
}

} // namespace chairside::store
