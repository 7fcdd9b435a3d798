#include "pmslinkrepository.h"

#include "sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace chairside::store {

std::optional<QString> PmsLinkRepository::one(const QString &sql, const QVariantList &values, QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, sql, error) || !execWith(q, values, error) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool PmsLinkRepository::link(const QString &pms, const QString &entity, const QString &localId, const QString &pmsId,
                             qint64 nowUtc, QSqlError *error)
{
    // The same link again is fine; a different one for either side is not.
    const std::optional<QString> existing = this->pmsId(pms, entity, localId, error);
    if (existing && *existing == pmsId)
        return true;
    if (existing) {
        if (error)
            *error = QSqlError(u"already linked"_s,
                               u"%1 %2 is already linked to %3 in %4"_s.arg(entity, localId, *existing, pms),
                               QSqlError::StatementError);
        return false;
    }
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO pms_links (pms, entity, local_id, pms_id, linked_utc) VALUES (?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q, {pms, entity, localId, pmsId, nowUtc}, error);
}

std::optional<QString> PmsLinkRepository::localId(const QString &pms, const QString &entity, const QString &pmsId,
                                                  QSqlError *error) const
{
    return one(u"SELECT local_id FROM pms_links WHERE pms = ? AND entity = ? AND pms_id = ?"_s, {pms, entity, pmsId},
               error);
}

std::optional<QString> PmsLinkRepository::pmsId(const QString &pms, const QString &entity, const QString &localId,
                                                QSqlError *error) const
{
    return one(u"SELECT pms_id FROM pms_links WHERE pms = ? AND entity = ? AND local_id = ?"_s, {pms, entity, localId},
               error);
}

QHash<QString, QString> PmsLinkRepository::links(const QString &pms, const QString &entity, QSqlError *error) const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q, u"SELECT pms_id, local_id FROM pms_links WHERE pms = ? AND entity = ?"_s, error)
        || !execWith(q, {pms, entity}, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool PmsLinkRepository::setConnection(const QString &pms, const QString &url, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('pms.system', ?), ('pms.url', ?)"_s,
                         error)
            && execWith(q, {pms, url}, error);
}

std::optional<std::pair<QString, QString>> PmsLinkRepository::connection(QSqlError *error) const
{
    const std::optional<QString> pms = one(u"SELECT value FROM meta WHERE key = 'pms.system'"_s, {}, error);
    const std::optional<QString> url = one(u"SELECT value FROM meta WHERE key = 'pms.url'"_s, {}, error);
    if (!pms || !url)
        return std::nullopt;
    return std::make_pair(*pms, *url);
}

bool PmsLinkRepository::setScope(const QString &subdomain, const QString &locationId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('pms.subdomain', ?), ('pms.location', ?)"_s,
                         error)
            && execWith(q, {subdomain, locationId}, error);
}

std::pair<QString, QString> PmsLinkRepository::scope() const
{
    return {one(u"SELECT value FROM meta WHERE key = 'pms.subdomain'"_s, {}, nullptr).value_or(QString()),
            one(u"SELECT value FROM meta WHERE key = 'pms.location'"_s, {}, nullptr).value_or(QString())};
}

bool PmsLinkRepository::setCaFile(const QString &path, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('pms.ca', ?)"_s, error)
            && execWith(q, {path}, error);
}

QString PmsLinkRepository::caFile() const
{
    return one(u"SELECT value FROM meta WHERE key = 'pms.ca'"_s, {}, nullptr).value_or(QString());
}

bool PmsLinkRepository::setRateLimit(int perMinute, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES ('pms.rate', ?)"_s, error)
            && execWith(q, {QString::number(std::max(0, perMinute))}, error);
}

int PmsLinkRepository::rateLimit() const
{
    return one(u"SELECT value FROM meta WHERE key = 'pms.rate'"_s, {}, nullptr).value_or(QString()).toInt();
}

std::optional<QString> PmsLinkRepository::cursor(const QString &pms, const QString &entity, QSqlError *error) const
{
    return one(u"SELECT cursor FROM sync_cursors WHERE pms = ? AND entity = ?"_s, {pms, entity}, error);
}

bool PmsLinkRepository::setCursor(const QString &pms, const QString &entity, const QString &cursor, qint64 nowUtc,
                                  QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         // SQLCipher 3.4's SQLite predates UPSERT.
                         u"INSERT OR REPLACE INTO sync_cursors (pms, entity, cursor, updated_utc) VALUES (?, ?, ?, ?)"_s,
                         error)
            && execWith(q, {pms, entity, cursor, nowUtc}, error);
}

} // namespace chairside::store
