#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace chairside::store {

// One audit record: ids only, never names, phones, emails or notes.
struct AuditRecord
{
    QDateTime atUtc;
    QString userId;
    QString sessionId;
    QString workstation;
    QString patientId;
    QString recordType;
    QString recordId;
    QString action;
    QString correlationId;
    QString detail; // e.g. counts; no PHI
};

// The append-only, hash-chained audit log. Each record's hash covers the previous record's
// hash and its own canonical content, so a changed, removed or reordered record breaks the
// chain. Append inside the transaction of the change it records.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] bool append(const AuditRecord &record, QSqlError *error);
    // The canonical bytes a record's hash covers (with its audit id).
    [[nodiscard]] static QByteArray canonical(const QString &auditId, const AuditRecord &record);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
