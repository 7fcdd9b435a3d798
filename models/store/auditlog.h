#pragma once

#include "storeboundary.h"

#include "domain/auditverification.h"

#include "domain/session.h"

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

    // A record of `action` by the person in `session` at `atUtc`, with a new correlation id.
    [[nodiscard]] static AuditRecord by(const UserSession &session, const QDateTime &atUtc, const QString &action,
                                        const QString &recordType, const QString &recordId = {},
                                        const QString &patientId = {}, const QString &detail = {});
};

// The append-only, hash-chained audit log. Each record's hash covers the previous record's
// hash and its own canonical content, so a changed, removed or reordered record breaks the
// chain. Append inside the transaction of the change it records.
// What checking the chain found: intact, or the first record that was changed, removed
// (a gap, or a record whose predecessor's hash is not the one it was chained to) or
// reordered.
using AuditVerification = chairside::AuditVerification;

// One row of a patient's access report.
struct AuditEntry
{
    qint64 seq = 0;
    QString auditId;
    AuditRecord record; // its detail is not read back
};

class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // Walks the whole chain in order, recomputing every hash. Records are kept (the
    // triggers refuse deletes), so the chain runs from the first record ever written.
    [[nodiscard]] AuditVerification verify(QSqlError *error) const;
    // A patient's records between two times (inclusive; invalid = open), oldest first.
    [[nodiscard]] QList<AuditEntry> forPatient(const QString &patientId, const QDateTime &fromUtc,
                                               const QDateTime &toUtc, QSqlError *error) const;

    [[nodiscard]] bool append(const AuditRecord &record, QSqlError *error);
    // The canonical bytes a record's hash covers (with its audit id).
    [[nodiscard]] static QByteArray canonical(const QString &auditId, const AuditRecord &record);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
