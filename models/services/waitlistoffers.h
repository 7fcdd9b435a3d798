#pragma once

#include "fillservice.h"

namespace chairside {

// Timed offers of freed time to the waitlist: made in the list's order (or directly to a
// chosen entry), held for the practice's offer minutes, the first acceptance booking the time
// through BookingService, a decline or an expiry passing it to the next patient. Every write
// checks the role (Access::FillBook) and is audited with ids only. FillService hands these on.
class WaitlistOffers
{
public:
    WaitlistOffers(store::Cache &cache, const Clock &clock, BookingService &booking, ContactLog &contacts,
                   FillService &fill);

    [[nodiscard]] std::optional<QList<WaitlistOffer>> offerSlot(const FreedSlot &slot, const UserSession &session,
                                                                QString *error);
    [[nodiscard]] std::optional<WaitlistOffer> offerDirect(const FreedSlot &slot, const QString &entryId,
                                                           const UserSession &session, QString *error);
    [[nodiscard]] BookingOutcome acceptOffer(const QString &offerId, const UserSession &session);
    [[nodiscard]] std::optional<QList<WaitlistOffer>> declineOffer(const QString &offerId, const UserSession &session,
                                                                   QString *error);
    [[nodiscard]] std::optional<QList<WaitlistOffer>> expireOffers(const UserSession &session, QString *error);
    [[nodiscard]] std::optional<QList<WaitlistOffer>> recentOffers(int hours, const UserSession &session,
                                                                   QString *error);

private:
    // Offers `slot` to `candidates` (already in order) up to `count`, in one write.
    std::optional<QList<WaitlistOffer>> makeOffers(const FreedSlot &slot, const QList<FillService::Candidate> &candidates,
                                                   int count, bool direct, const UserSession &session,
                                                   QString *error);
    // Tops up a slot's open offers after one closed without a booking.
    std::optional<QList<WaitlistOffer>> offerNext(const FreedSlot &slot, const UserSession &session, QString *error);

    store::Cache &m_cache;
    const Clock &m_clock;
    BookingService &m_booking;
    ContactLog &m_contacts;
    FillService &m_fill;
};

} // namespace chairside
