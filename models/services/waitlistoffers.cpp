#include "waitlistoffers.h"

#include "fillwords.h"
#include "servicewrites.h"

#include "access.h"
#include "bookingservice.h"
#include "patientmessages.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/practice.h"
#include "domain/session.h"
#include "scheduling/booking.h"
#include "scheduling/timeline.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// The messages keep the context they were translated in.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::FillService)
};

BookingOutcome refusedWith(const QString &rule, const QString &message)
{
    BookingOutcome out;
    out.result = BookingOutcome::Result::Refused;
    out.violations = {scheduling::Violation{rule, message, {}}};
    out.message = message;
    return out;
}

const QString kOfferClosedRule = u"offer_closed"_s;

} // namespace

WaitlistOffers::WaitlistOffers(store::Cache &cache, const Clock &clock, BookingService &booking, ContactLog &contacts,
                               FillService &fill)
    : m_cache(cache), m_clock(clock), m_booking(booking), m_contacts(contacts), m_fill(fill)
{
}

std::optional<QList<WaitlistOffer>> WaitlistOffers::makeOffers(const FreedSlot &slot, const QList<FillService::Candidate> &candidates,
                                                            int count, bool direct, const UserSession &session,
                                                            QString *error)
{
    QList<WaitlistOffer> made;
    if (count <= 0 || candidates.isEmpty())
        return made;
    const std::optional<PracticeWords> names = PracticeWords::read(m_cache, error);
    const std::optional<FillSettings> fill = m_fill.settings(error);
    if (!names || !fill)
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    const QDateTime localStart = slot.startUtc.toTimeZone(names->practice.timeZone());
    bool ok = inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        store::FillRepository offers(db);
        store::PracticeRepository practice(db);
        store::AuditLog audit(db);
        for (const FillService::Candidate &c : candidates) {
            if (made.size() >= count)
                break;
            const std::optional<Patient> patient = practice.patient(c.shown.entry.patientId, e);
            if (!patient) {
                if (e->isValid())
                    return false;
                continue; // the patient's record went away: nobody to offer it to
            }
            WaitlistOffer o;
            o.id = newId();
            o.slotKey = slot.key();
            o.chairId = slot.chairId;
            o.providerId = slot.providerId;
            o.startUtc = slot.startUtc;
            o.minutes = slot.minutes;
            o.entryId = c.shown.entry.id;
            o.patientId = c.shown.entry.patientId;
            o.typeId = c.shown.entry.typeId;
            o.direct = direct;
            o.offeredUtc = now;
            o.expiresUtc = now.addSecs(qint64(fill->offerMinutes) * 60);
            o.correlationId = newId();
            o.offeredBy = session.userId;
            if (!offers.insertOffer(o, e))
                return false;

            ContactRecord contact;
            contact.id = newId();
            contact.patientId = o.patientId;
            contact.offerId = o.id;
            contact.purpose = ContactPurpose::WaitlistOffer;
            contact.channel = patient->doNotContact ? ContactChannel::None : patient->preferredContact;
            contact.language = patient->language;
            contact.message = patientmessage::slotOffer(patient->language, names->practice.name,
                                                        names->providers.value(slot.providerId), localStart,
                                                        fill->offerMinutes);
            contact.correlationId = o.correlationId;
            contact.userId = session.userId;
            contact.createdUtc = now;
            if (!m_contacts.record(m_cache, contact, e, refused))
                return false;
            store::AuditRecord record = store::AuditRecord::by(
                    session, now, direct ? u"offer_direct"_s : u"offer"_s, u"waitlist_offer"_s, o.id, o.patientId,
                    u"entry=%1 chair=%2 provider=%3 start=%4 minutes=%5 expires=%6"_s.arg(
                            o.entryId, o.chairId, o.providerId, o.startUtc.toString(Qt::ISODate))
                            .arg(o.minutes)
                            .arg(o.expiresUtc.toString(Qt::ISODate)));
            record.correlationId = o.correlationId;
            if (!audit.append(record, e))
                return false;
            made.append(o);
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return made;
}

std::optional<QList<WaitlistOffer>> WaitlistOffers::offerSlot(const FreedSlot &slot, const UserSession &session,
                                                           QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    return offerNext(slot, session, error);
}

std::optional<QList<WaitlistOffer>> WaitlistOffers::offerNext(const FreedSlot &slot, const UserSession &session,
                                                           QString *error)
{
    QSqlError sqlError;
    const QList<WaitlistOffer> earlier = store::FillRepository(m_cache.database()).offersForSlot(slot.key(), &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QSet<QString> offeredEntries;
    int open = 0;
    for (const WaitlistOffer &o : earlier) {
        if (o.state == OfferState::Accepted)
            return QList<WaitlistOffer>();
        if (o.state == OfferState::Offered)
            ++open;
        offeredEntries.insert(o.entryId);
    }
    const std::optional<FillSettings> fill = m_fill.settings(error);
    if (!fill)
        return std::nullopt;
    if (open >= fill->offersAtOnce)
        return QList<WaitlistOffer>();
    const std::optional<QList<FillService::Candidate>> candidates = m_fill.candidatesFor(slot, session, error);
    if (!candidates)
        return std::nullopt;
    QList<FillService::Candidate> fresh;
    for (const FillService::Candidate &c : *candidates) {
        if (!offeredEntries.contains(c.shown.entry.id))
            fresh.append(c);
    }
    return makeOffers(slot, fresh, fill->offersAtOnce - open, false, session, error);
}

std::optional<WaitlistOffer> WaitlistOffers::offerDirect(const FreedSlot &slot, const QString &entryId,
                                                      const UserSession &session, QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"waitlist"_s, entryId)) {
        *error = *denied;
        return std::nullopt;
    }
    const std::optional<QList<FillService::Candidate>> candidates = m_fill.candidatesFor(slot, session, error);
    if (!candidates)
        return std::nullopt;
    for (const FillService::Candidate &c : *candidates) {
        if (c.shown.entry.id != entryId)
            continue;
        const std::optional<QList<WaitlistOffer>> made = makeOffers(slot, {c}, 1, true, session, error);
        if (!made)
            return std::nullopt;
        return made->first();
    }
    *error = Text::tr("That waitlist entry cannot take this time: its visit does not fit, it asked for another "
                      "provider or other dates, or the patient or the rules do not allow it.");
    return std::nullopt;
}

BookingOutcome WaitlistOffers::acceptOffer(const QString &offerId, const UserSession &session)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"waitlist_offer"_s, offerId))
        return failedWith(BookingOutcome::Result::Denied, *denied);
    QSqlError sqlError;
    const std::optional<WaitlistOffer> offer = store::FillRepository(m_cache.database()).offer(offerId, &sqlError);
    if (sqlError.isValid())
        return failedWith(BookingOutcome::Result::StoreFailed, m_cache.describeFailure(sqlError));
    if (!offer)
        return failedWith(BookingOutcome::Result::NotFound,
                          Text::tr("There is no waitlist offer \"%1\"; refresh the list.").arg(offerId));
    const QDateTime now = m_clock.nowUtc();
    const std::optional<QTimeZone> zone = m_booking.practiceZone(nullptr);
    if (offer->state == OfferState::Offered && offer->expiresUtc <= now) {
        QString ignored;
        const std::optional<QList<WaitlistOffer>> next = expireOffers(session, &ignored);
        Q_UNUSED(next);
        return refusedWith(kOfferClosedRule,
                           Text::tr("This offer expired at %1; the time goes to the next patient on the list.")
                                   .arg(localformat::time(offer->expiresUtc.toTimeZone(zone.value_or(QTimeZone::utc()))
                                                                  .time())));
    }
    if (offer->state != OfferState::Offered)
        return refusedWith(kOfferClosedRule,
                           Text::tr("This offer is no longer open (%1); offer the patient another time.")
                                   .arg(offerStateText(offer->state)));

    BookRequest request;
    request.patientId = offer->patientId;
    request.typeId = offer->typeId;
    request.providerId = offer->providerId;
    request.chairId = offer->chairId;
    request.startUtc = offer->startUtc;
    request.waitlistEntryId = offer->entryId;
    request.idempotencyKey = u"offer:"_s + offer->id;
    const QDate day = offer->startUtc.toTimeZone(zone.value_or(QTimeZone::utc())).date();
    request.alsoWrite.rule = kOfferClosedRule;
    request.alsoWrite.write = [&](store::Cache &unit, const Appointment &booked,
                                  QSqlError *e) -> std::optional<QString> {
        QSqlDatabase &db = unit.database();
        store::FillRepository offers(db);
        const qint64 at = now.toSecsSinceEpoch();
        const int closed = offers.closeOffer(offer->id, OfferState::Accepted, at, booked.id, e);
        if (closed < 0)
            return std::nullopt;
        if (closed == 0)
            return Text::tr("This offer was closed a moment ago; offer the patient another time.");
        const QStringList withdrawn = offers.withdrawOpenOffers(offer->slotKey, offer->id, at, e);
        if (e->isValid())
            return std::nullopt;
        const QStringList removed = store::PracticeRepository(db).removeWaitlistEntriesCovering(
                offer->patientId, offer->typeId, day, offer->entryId, e);
        if (e->isValid())
            return std::nullopt;
        ContactRecord contact;
        contact.id = newId();
        contact.patientId = offer->patientId;
        contact.appointmentId = booked.id;
        contact.offerId = offer->id;
        contact.purpose = ContactPurpose::WaitlistOffer;
        contact.outcome = ContactOutcome::Accepted;
        contact.newAppointmentId = booked.id;
        contact.correlationId = offer->correlationId;
        contact.userId = session.userId;
        contact.createdUtc = now;
        QString refused;
        if (!m_contacts.record(m_cache, contact, e, &refused))
            return refused.isEmpty() ? std::nullopt : std::optional<QString>(refused);
        store::AuditRecord record = store::AuditRecord::by(
                session, now, u"offer_accepted"_s, u"waitlist_offer"_s, offer->id, offer->patientId,
                u"appointment=%1 withdrawn=%2 waitlist_removed=%3"_s.arg(booked.id, withdrawn.join(u','),
                                                                        removed.join(u',')));
        record.correlationId = offer->correlationId;
        [[maybe_unused]] const bool appended = store::AuditLog(db).append(record, e); // a failure is in `e`
        return std::nullopt;
    };
    BookingOutcome booked = m_booking.book(request, session);
    if (booked.result == BookingOutcome::Result::Refused) {
        const bool closedMeanwhile = !booked.violations.isEmpty() && booked.violations.first().rule == kOfferClosedRule;
        if (!closedMeanwhile) {
            // Someone else took the time (or it no longer fits): the offer cannot be kept.
            QString ignored;
            inWrite(m_cache, &ignored, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                const int closed = store::FillRepository(db).closeOffer(offer->id, OfferState::Withdrawn,
                                                                        now.toSecsSinceEpoch(), {}, e);
                store::AuditRecord record = store::AuditRecord::by(session, now, u"offer_withdrawn"_s,
                                                                   u"waitlist_offer"_s, offer->id, offer->patientId,
                                                                   u"reason=time_taken"_s);
                record.correlationId = offer->correlationId;
                return closed >= 0 && store::AuditLog(db).append(record, e);
            });
            booked.message = Text::tr("This time was taken a moment ago; the offer is withdrawn. Offer the patient "
                                      "another time.");
        } else {
            booked.message = booked.violations.first().message;
        }
    }
    return booked;
}

std::optional<QList<WaitlistOffer>> WaitlistOffers::declineOffer(const QString &offerId, const UserSession &session,
                                                              QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"waitlist_offer"_s, offerId)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    const std::optional<WaitlistOffer> offer = store::FillRepository(m_cache.database()).offer(offerId, &sqlError);
    if (!offer) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : Text::tr("There is no waitlist offer \"%1\"; refresh the list.").arg(offerId);
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    const bool ok = inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        store::FillRepository offers(db);
        const int closed = offers.closeOffer(offerId, OfferState::Declined, now.toSecsSinceEpoch(), {}, e);
        if (closed < 0)
            return false;
        if (closed == 0) {
            *refused = Text::tr("This offer is no longer open (%1).").arg(offerStateText(offer->state));
            return false;
        }
        ContactRecord contact;
        contact.id = newId();
        contact.patientId = offer->patientId;
        contact.offerId = offer->id;
        contact.purpose = ContactPurpose::WaitlistOffer;
        contact.outcome = ContactOutcome::Declined;
        contact.correlationId = offer->correlationId;
        contact.userId = session.userId;
        contact.createdUtc = now;
        store::AuditRecord record = store::AuditRecord::by(session, now, u"offer_declined"_s, u"waitlist_offer"_s,
                                                           offer->id, offer->patientId);
        record.correlationId = offer->correlationId;
        return m_contacts.record(m_cache, contact, e, refused) && store::AuditLog(db).append(record, e);
    });
    if (!ok)
        return std::nullopt;
    return offerNext(slotOf(*offer), session, error);
}

std::optional<QList<WaitlistOffer>> WaitlistOffers::expireOffers(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlError sqlError;
    const QList<WaitlistOffer> due =
            store::FillRepository(m_cache.database()).openOffersExpiredBy(now.toSecsSinceEpoch(), &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    if (due.isEmpty())
        return QList<WaitlistOffer>();
    QList<FreedSlot> slots;
    QSet<QString> seen;
    const bool ok = inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::FillRepository offers(db);
        store::AuditLog audit(db);
        for (const WaitlistOffer &o : due) {
            const int closed = offers.closeOffer(o.id, OfferState::Expired, now.toSecsSinceEpoch(), {}, e);
            if (closed < 0)
                return false;
            if (closed == 0)
                continue;
            store::AuditRecord record =
                    store::AuditRecord::by(session, now, u"offer_expired"_s, u"waitlist_offer"_s, o.id, o.patientId);
            record.correlationId = o.correlationId;
            if (!audit.append(record, e))
                return false;
            if (!seen.contains(o.slotKey)) {
                seen.insert(o.slotKey);
                slots.append(slotOf(o));
            }
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    QList<WaitlistOffer> made;
    for (const FreedSlot &slot : std::as_const(slots)) {
        // A slot already in the past is not offered again.
        if (slot.startUtc <= now)
            continue;
        const std::optional<QList<WaitlistOffer>> next = offerNext(slot, session, error);
        if (!next)
            return std::nullopt;
        made += *next;
    }
    return made;
}

std::optional<QList<WaitlistOffer>> WaitlistOffers::recentOffers(int hours, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadWaitlist)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    QList<WaitlistOffer> out = store::FillRepository(m_cache.database())
                                       .recentOffers(m_clock.nowUtc().addSecs(-qint64(hours) * 3600).toSecsSinceEpoch(),
                                                     &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return out;
}

} // namespace chairside
