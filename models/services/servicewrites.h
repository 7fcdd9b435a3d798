#pragma once

#include "bookingservice.h"

#include "store/cache.h"
#include "store/writeguard.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUuid>

// What the services that write beside BookingService (filling the book, reminders) share.
namespace chairside {

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// An outcome that ends a call before any booking rule was asked.
inline BookingOutcome failedWith(BookingOutcome::Result result, const QString &message)
{
    BookingOutcome out;
    out.result = result;
    out.message = message;
    return out;
}

// Why a step of a several-appointment change failed: its message, or `refusedText` with the
// first broken rule's message for %1.
inline QString stepFailure(const BookingOutcome &outcome, const QString &refusedText)
{
    if (!outcome.message.isEmpty() || outcome.violations.isEmpty())
        return outcome.message;
    return refusedText.arg(outcome.violations.constFirst().message);
}

// Runs `write(db, sqlError, refused)` as one unit of work (store::WriteGuard); false with
// `error` set (the refusal, or the cache's failure described) when it or the commit fails.
template<typename Fn>
bool inWrite(store::Cache &cache, QString *error, Fn &&write)
{
    store::WriteGuard unit(cache);
    if (!unit.begun()) {
        *error = cache.describeFailure(unit.error());
        return false;
    }
    QSqlError sqlError;
    QString refused;
    if (!write(unit.database(), &sqlError, &refused) || !unit.commit(&sqlError)) {
        *error = refused.isEmpty() ? cache.describeFailure(sqlError) : refused;
        return false;
    }
    return true;
}

} // namespace chairside
