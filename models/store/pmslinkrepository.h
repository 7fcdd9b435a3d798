#pragma once

#include "storeboundary.h"

#include <QSqlDatabase>
#include <QHash>
#include <QSqlError>
#include <QString>

#include <optional>

namespace chairside::store {

// Which record in a practice-management system each local record is (per system and kind:
// "appointment", "patient", "provider", "chair", "type"), and where each incremental pull
// left off. Writers expect the caller to hold the transaction.
class PmsLinkRepository
{
public:
    explicit PmsLinkRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Links a local record to a PMS record; linking either side again to something else is
    // refused (false with the error), so one PMS record never becomes two local ones.
    [[nodiscard]] bool link(const QString &pms, const QString &entity, const QString &localId, const QString &pmsId,
                            qint64 nowUtc, QSqlError *error);
    [[nodiscard]] std::optional<QString> localId(const QString &pms, const QString &entity, const QString &pmsId,
                                                 QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<QString> pmsId(const QString &pms, const QString &entity, const QString &localId,
                                               QSqlError *error = nullptr) const;
    // Every link of one kind, PMS id to local id: one read where a sync links thousands.
    [[nodiscard]] QHash<QString, QString> links(const QString &pms, const QString &entity,
                                                QSqlError *error = nullptr) const;

    // The PMS this cache syncs with and its address (no secrets: those are in the keychain).
    [[nodiscard]] bool setConnection(const QString &pms, const QString &url, QSqlError *error);
    [[nodiscard]] std::optional<std::pair<QString, QString>> connection(QSqlError *error = nullptr) const;
    // Where in the PMS the practice is, for a PMS reached through a platform serving many
    // (NexHealth: its subdomain and location id); empty for the others.
    [[nodiscard]] bool setScope(const QString &subdomain, const QString &locationId, QSqlError *error);
    [[nodiscard]] std::pair<QString, QString> scope() const;
    // A CA certificate file to trust for the connection besides the system's (empty = none).
    [[nodiscard]] bool setCaFile(const QString &path, QSqlError *error);
    [[nodiscard]] QString caFile() const;
    // Requests a minute the practice allows (0 = the vendor's published figure).
    [[nodiscard]] bool setRateLimit(int perMinute, QSqlError *error);
    [[nodiscard]] int rateLimit() const;

    [[nodiscard]] std::optional<QString> cursor(const QString &pms, const QString &entity,
                                                QSqlError *error = nullptr) const;
    [[nodiscard]] bool setCursor(const QString &pms, const QString &entity, const QString &cursor, qint64 nowUtc,
                                 QSqlError *error);

private:
    [[nodiscard]] std::optional<QString> one(const QString &sql, const QVariantList &values, QSqlError *error) const;

    QSqlDatabase m_db;
};

} // namespace chairside::store
