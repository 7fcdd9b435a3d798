#pragma once

#include "storeboundary.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace chairside::store {

// Small conversions shared by the repositories: how lists, instants and dates sit in columns.
QString encodeList(const QStringList &list);  // JSON array text
QStringList decodeList(const QString &text);
qint64 toColumn(const QDateTime &utc);         // seconds since the epoch
QDateTime instantFromColumn(const QVariant &value);
QString toColumn(const QDate &date);           // ISO date
QVariant nullIfEmpty(const QString &text);

// Prepares a statement or records the error; for write paths that stop at the first failure.
bool prepareOrFail(QSqlQuery &q, const QString &sql, QSqlError *error);
bool execOrFail(QSqlQuery &q, QSqlError *error);
// Binds values to the positional placeholders in order, then execOrFail.
bool execWith(QSqlQuery &q, const QVariantList &values, QSqlError *error);

// Runs a read with positional binds and hands each row to onRow; false with `error` set when
// it fails part way.
template<typename Fn>
bool selectRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QSqlError *error, Fn &&onRow)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!prepareOrFail(q, sql, error) || !execWith(q, binds, error))
        return false;
    while (q.next())
        onRow(q);
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError();
        return false;
    }
    return true;
}

} // namespace chairside::store
