#pragma once

#include "storeboundary.h"

#include "domain/recall.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace chairside::store {

// Recall types and patients' recalls, and the recall list's one query. Writers expect the
// caller (a service) to hold the transaction.
class RecallRepository
{
public:
    explicit RecallRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts or updates by id; a type's satisfying visits are replaced by the ones given.
    [[nodiscard]] bool putType(const RecallType &type, int sortOrder, QSqlError *error);
    // Inserts or updates by id (a completion's undo record is cleared: the file is the record).
    [[nodiscard]] bool putRecall(const Recall &recall, qint64 nowUtc, QSqlError *error);

    [[nodiscard]] QList<RecallType> types(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<Recall> recallsOf(const QString &patientId, QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<Recall> recall(const QString &id, QSqlError *error = nullptr) const;
    [[nodiscard]] QSet<QString> typeIds(QSqlError *error = nullptr) const;
    [[nodiscard]] qint64 count(QSqlError *error = nullptr) const;

    // A visit completed: the recall's dates move, the ones it had are kept for an undo.
    [[nodiscard]] bool complete(const Recall &moved, const QString &appointmentId, qint64 nowUtc, QSqlError *error);
    // The completion of `appointmentId` is taken back: the recalls it moved get their dates
    // back; the ids of those recalls (empty with `error` set on failure).
    [[nodiscard]] QStringList undoCompletion(const QString &appointmentId, qint64 nowUtc, QSqlError *error);

    [[nodiscard]] RecallSettings settings(QSqlError *error = nullptr) const;
    [[nodiscard]] bool setSettings(const RecallSettings &settings, QSqlError *error);

    // The recall list: rows ordered by due date then patient name, at most query.limit + 1.
    [[nodiscard]] QList<RecallDue> due(const RecallQuery &query, QSqlError *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
