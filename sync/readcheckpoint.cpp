#include "readcheckpoint.h"

#include "domain/clock.h"
#include "store/cache.h"
#include "store/pmslinkrepository.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace chairside::sync {

// Kept as "start cursor␟next offset␟cursor to leave␟when (seconds since the epoch)".
constexpr QChar kSeparator = u'\x1f';

ReadCheckpoint::ReadCheckpoint(store::Cache &cache, const Clock &clock, QString pms, const QString &resource)
    : m_cache(cache), m_clock(clock), m_pms(std::move(pms)), m_entity(resource + u"-resume"_s)
{
}

std::optional<ReadCheckpoint::Point> ReadCheckpoint::load(const QString &startCursor)
{
    QSqlError error;
    const QStringList kept =
            store::PmsLinkRepository(m_cache.database()).cursor(m_pms, m_entity, &error).value_or(QString()).split(kSeparator);
    m_kept = kept.size() == 4;
    if (!m_kept)
        return std::nullopt;
    bool ok = false;
    const int offset = kept.at(1).toInt(&ok);
    const qint64 age = m_clock.nowUtc().toSecsSinceEpoch() - kept.at(3).toLongLong();
    if (!ok || offset <= 0 || kept.at(0) != startCursor || age < 0 || age > kTrustSecs)
        return std::nullopt;
    return Point{offset, kept.at(2)};
}

void ReadCheckpoint::save(const QString &startCursor, const Point &point)
{
    QSqlError error;
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    const QString value = QStringList{startCursor, QString::number(point.offset), point.cursor, QString::number(now)}
                                  .join(kSeparator);
    m_kept = store::PmsLinkRepository(m_cache.database()).setCursor(m_pms, m_entity, value, now, &error) || m_kept;
}

void ReadCheckpoint::clear()
{
    if (!m_kept)
        return;
    QSqlError error;
    if (store::PmsLinkRepository(m_cache.database())
                .setCursor(m_pms, m_entity, QString(), m_clock.nowUtc().toSecsSinceEpoch(), &error))
        m_kept = false;
}

} // namespace chairside::sync
