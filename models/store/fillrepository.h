#pragma once

#include "storeboundary.h"

#include "domain/fill.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace chairside::store {

// Waitlist offers, the contact log, dismissed unscheduled visits and the practice's fill
// settings. Writers expect the caller (a service) to hold the transaction.
class FillRepository
{
public:
    explicit FillRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] FillSettings settings(QSqlError *error = nullptr) const;
    [[nodiscard]] bool setSettings(const FillSettings &settings, QSqlError *error);

    [[nodiscard]] bool insertOffer(const WaitlistOffer &offer, QSqlError *error);
    [[nodiscard]] std::optional<WaitlistOffer> offer(const QString &id, QSqlError *error = nullptr) const;
    // Every offer made for one freed time, oldest first.
    [[nodiscard]] QList<WaitlistOffer> offersForSlot(const QString &slotKey, QSqlError *error = nullptr) const;
    // Offers still open whose expiry is at or before `nowUtc`, oldest first.
    [[nodiscard]] QList<WaitlistOffer> openOffersExpiredBy(qint64 nowUtc, QSqlError *error = nullptr) const;
    // Offers made since `sinceUtc` or still open, newest first: what the panel shows.
    [[nodiscard]] QList<WaitlistOffer> recentOffers(qint64 sinceUtc, QSqlError *error = nullptr) const;
    // Moves an open offer to `to`; 0 rows when it was no longer open, -1 on error.
    [[nodiscard]] int closeOffer(const QString &id, OfferState to, qint64 nowUtc, const QString &appointmentId,
                                 QSqlError *error);
    // Withdraws the open offers of `slotKey` other than `exceptId`; their ids, or empty on error
    // (with `error` set).
    [[nodiscard]] QStringList withdrawOpenOffers(const QString &slotKey, const QString &exceptId, qint64 nowUtc,
                                                 QSqlError *error);

    [[nodiscard]] bool insertContact(const ContactRecord &record, QSqlError *error);
    [[nodiscard]] std::optional<ContactRecord> contact(const QString &id, QSqlError *error = nullptr) const;
    // The contacts about one appointment (the one missed or the one offered), oldest first.
    [[nodiscard]] QList<ContactRecord> contactsFor(const QString &appointmentId, QSqlError *error = nullptr) const;
    // One patient's contacts, the latest first, at most `limit` (an index read).
    [[nodiscard]] QList<ContactRecord> contactsForPatient(const QString &patientId, int limit,
                                                          QSqlError *error = nullptr) const;
    [[nodiscard]] QList<ContactRecord> contactsByCorrelation(const QString &correlationId,
                                                             QSqlError *error = nullptr) const;
    // When each patient on the waitlist was last contacted about anything (an offer, a
    // reminder, a call), by patient id; a send that failed did not reach them and is left out.
    [[nodiscard]] QHash<QString, QDateTime> lastContactsOfWaitlist(QSqlError *error = nullptr) const;

    [[nodiscard]] bool dismissUnscheduled(const QString &appointmentId, const QString &reason, const QString &userId,
                                          qint64 nowUtc, QSqlError *error);

private:
    QSqlDatabase m_db;
};

} // namespace chairside::store
