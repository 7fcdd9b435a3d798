#include "sqlhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace chairside::store {

QString encodeList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList decodeList(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

qint64 toColumn(const QDateTime &utc)
{
    return utc.toSecsSinceEpoch();
}

QDateTime instantFromColumn(const QVariant &value)
{
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString toColumn(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool prepareOrFail(QSqlQuery &q, const QString &sql, QSqlError *error)
{
    if (q.prepare(sql))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

bool execOrFail(QSqlQuery &q, QSqlError *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

bool execWith(QSqlQuery &q, const QVariantList &values, QSqlError *error)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    return execOrFail(q, error);
}

} // namespace chairside::store
