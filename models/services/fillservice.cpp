#include "fillservice.h"

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

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::FillService)
};

FreedSlot slotOf(const WaitlistOffer &o)
{
    return FreedSlot{o.chairId, o.providerId, o.startUtc, o.minutes};
}

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

// The practice's words for ids: what messages to patients need.
struct FillService::Names
{
    Practice practice;
    QHash<QString, QString> providers;
    QHash<QString, QString> types;

    static std::optional<Names> read(store::Cache &cache, QString *error)
    {
        store::PracticeRepository repo(cache.database());
        QSqlError sqlError;
        Names names;
        const std::optional<Practice> practice = repo.practice(&sqlError);
        if (!practice) {
            *error = sqlError.isValid() ? cache.describeFailure(sqlError)
                                        : Text::tr("The cache holds no practice yet; import a practice file first.");
            return std::nullopt;
        }
        names.practice = *practice;
        for (const Provider &p : repo.providers(&sqlError))
            names.providers.insert(p.id, p.name);
        for (const AppointmentType &t : repo.appointmentTypes(&sqlError))
            names.types.insert(t.id, t.name);
        if (sqlError.isValid()) {
            *error = cache.describeFailure(sqlError);
            return std::nullopt;
        }
        return names;
    }
};

FillService::FillService(store::Cache &cache, const Clock &clock, BookingService &booking, FrontDesk &desk)
    : m_cache(cache), m_clock(clock), m_booking(booking), m_desk(desk)
{
}

FillService::~FillService() = default;

void FillService::setChannels(std::vector<std::unique_ptr<MessageChannel>> channels)
{
    m_contacts.setChannels(std::move(channels));
}

std::optional<FillSettings> FillService::settings(QString *error)
{
    QSqlError sqlError;
    const FillSettings s = store::FillRepository(m_cache.database()).settings(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return s;
}

bool FillService::setSettings(const FillSettings &settings, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice)) {
        *error = *denied;
        return false;
    }
    if (settings.offersAtOnce < 1 || settings.offersAtOnce > 3) {
        *error = Text::tr("Offer a freed time to 1, 2 or 3 patients at once.");
        return false;
    }
    if (settings.offerMinutes < 1 || settings.offerMinutes > 24 * 60) {
        *error = Text::tr("An offer stays open from 1 minute to 24 hours; %1 minutes is outside that.")
                         .arg(settings.offerMinutes);
        return false;
    }
    if (settings.noShowLimit < 0) {
        *error = Text::tr("The no-show limit cannot be negative.");
        return false;
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *sqlError, QString *) {
        const QString detail = u"offers_at_once=%1 offer_minutes=%2 auto_no_show=%3 no_show_limit=%4 approval=%5"_s
                                       .arg(settings.offersAtOnce)
                                       .arg(settings.offerMinutes)
                                       .arg(int(settings.autoNoShow))
                                       .arg(settings.noShowLimit)
                                       .arg(int(settings.noShowNeedsApproval));
        return store::FillRepository(db).setSettings(settings, sqlError)
                && store::AuditLog(db).append(store::AuditRecord::by(session, m_clock.nowUtc(), u"settings"_s,
                                                                     u"fill_settings"_s, {}, {}, detail),
                                              sqlError);
    });
}

std::optional<WaitlistEntry> FillService::addToWaitlist(WaitlistEntry entry, const UserSession &session,
                                                        QString *error)
{
    entry.id = newId();
    entry.sinceUtc = m_clock.nowUtc();
    if (!updateWaitlistEntry(entry, session, error))
        return std::nullopt;
    return entry;
}

bool FillService::updateWaitlistEntry(const WaitlistEntry &entry, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"waitlist"_s,
                                                            entry.id, entry.patientId)) {
        *error = *denied;
        return false;
    }
    if (entry.id.isEmpty() || !entry.sinceUtc.isValid()) {
        *error = Text::tr("The waitlist entry has no id or time on the list; add it as a new entry.");
        return false;
    }
    if (!entry.earliest.isValid() || !entry.latest.isValid() || entry.latest < entry.earliest) {
        *error = Text::tr("Give the earliest and latest dates the patient can come, the earliest first.");
        return false;
    }
    if (entry.urgency < 1 || entry.urgency > 10) {
        *error = Text::tr("Urgency runs from 1 (can wait) to 10 (as soon as possible); %1 is outside that.")
                         .arg(entry.urgency);
        return false;
    }
    store::PracticeRepository repo(m_cache.database());
    QSqlError sqlError;
    const bool patientKnown = repo.patient(entry.patientId, &sqlError).has_value();
    const QSet<QString> types = repo.ids(u"appointment_types"_s, &sqlError);
    const QSet<QString> providers = repo.ids(u"providers"_s, &sqlError);
    const bool isNew = !repo.waitlistEntry(entry.id, &sqlError).has_value();
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return false;
    }
    if (!patientKnown) {
        *error = Text::tr("Choose the patient for the waitlist entry.");
        return false;
    }
    if (!types.contains(entry.typeId)) {
        *error = Text::tr("Choose the kind of visit the patient is waiting for.");
        return false;
    }
    if (!entry.providerId.isEmpty() && !providers.contains(entry.providerId)) {
        *error = Text::tr("There is no provider \"%1\"; choose one from the list or leave it open.").arg(entry.providerId);
        return false;
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::PracticeRepository(db).putWaitlistEntry(entry, e)
                && store::AuditLog(db).append(
                        store::AuditRecord::by(session, m_clock.nowUtc(), isNew ? u"create"_s : u"update"_s,
                                               u"waitlist"_s, entry.id, entry.patientId,
                                               u"type=%1 urgency=%2 window=%3..%4"_s.arg(entry.typeId)
                                                       .arg(entry.urgency)
                                                       .arg(entry.earliest.toString(Qt::ISODate),
                                                            entry.latest.toString(Qt::ISODate))),
                        e);
    });
}

bool FillService::removeFromWaitlist(const QString &entryId, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"waitlist"_s, entryId)) {
        *error = *denied;
        return false;
    }
    QSqlError sqlError;
    const std::optional<WaitlistEntry> entry = store::PracticeRepository(m_cache.database()).waitlistEntry(entryId, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return false;
    }
    const QString patientId = entry ? entry->patientId : QString();
    if (patientId.isEmpty()) {
        *error = Text::tr("That waitlist entry is no longer on the list; it was booked or removed.");
        return false;
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::PracticeRepository(db).removeWaitlistEntry(entryId, e)
                && store::AuditLog(db).append(store::AuditRecord::by(session, m_clock.nowUtc(), u"delete"_s,
                                                                     u"waitlist"_s, entryId, patientId),
                                              e);
    });
}

std::optional<QList<FillService::Candidate>> FillService::candidatesFor(const FreedSlot &slot,
                                                                         const UserSession &session, QString *error,
                                                                         QList<NearMiss> *nearMisses)
{
    QString readError;
    const QList<ShownWaitlistEntry> entries = m_desk.waitlist(session, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return std::nullopt;
    }
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    const QDate day = slot.startUtc.toTimeZone(*zone).date();
    QList<Candidate> out;
    auto miss = [nearMisses](const ShownWaitlistEntry &shown, const QString &why) {
        if (nearMisses)
            nearMisses->append({shown, why});
    };
    std::optional<Names> names;
    for (const ShownWaitlistEntry &shown : entries) {
        const WaitlistEntry &e = shown.entry;
        if (shown.typeMinutes <= 0 || shown.typeMinutes > slot.minutes) {
            miss(shown, Text::tr("%1 needs %2 minutes; %3 are free.").arg(shown.typeName).arg(shown.typeMinutes).arg(slot.minutes));
            continue;
        }
        if (!e.providerId.isEmpty() && e.providerId != slot.providerId) {
            QString namesError;
            if (!names && nearMisses)
                names = Names::read(m_cache, &namesError);
            miss(shown, Text::tr("asked for %1.")
                                .arg(names ? names->providers.value(e.providerId, Text::tr("another provider"))
                                           : Text::tr("another provider")));
            continue;
        }
        if ((e.earliest.isValid() && day < e.earliest) || (e.latest.isValid() && day > e.latest)) {
            miss(shown, Text::tr("can come from %1 to %2.")
                                .arg(localformat::shortDay(e.earliest.isValid() ? e.earliest : day),
                                     e.latest.isValid() ? localformat::shortDay(e.latest) : Text::tr("any time")));
            continue;
        }
        BookRequest booking;
        booking.patientId = e.patientId;
        booking.typeId = e.typeId;
        booking.providerId = slot.providerId;
        booking.chairId = slot.chairId;
        booking.startUtc = slot.startUtc;
        booking.waitlistEntryId = e.id;
        const BookingOutcome checked = m_booking.check(booking);
        if (checked.result == BookingOutcome::Result::StoreFailed) {
            *error = checked.message;
            return std::nullopt;
        }
        if (!checked.ok()) {
            miss(shown, checked.violations.isEmpty() ? checked.message : checked.violations.constFirst().message);
            continue;
        }
        out.append({shown, booking});
    }
    return out;
}

std::optional<QList<WaitlistOffer>> FillService::makeOffers(const FreedSlot &slot, const QList<Candidate> &candidates,
                                                            int count, bool direct, const UserSession &session,
                                                            QString *error)
{
    QList<WaitlistOffer> made;
    if (count <= 0 || candidates.isEmpty())
        return made;
    const std::optional<Names> names = Names::read(m_cache, error);
    const std::optional<FillSettings> fill = settings(error);
    if (!names || !fill)
        return std::nullopt;
    const QDateTime now = m_clock.nowUtc();
    const QDateTime localStart = slot.startUtc.toTimeZone(names->practice.timeZone());
    bool ok = inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        store::FillRepository offers(db);
        store::PracticeRepository practice(db);
        store::AuditLog audit(db);
        for (const Candidate &c : candidates) {
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
            if (!m_contacts.record(db, contact, e, refused))
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

std::optional<QList<WaitlistOffer>> FillService::offerSlot(const FreedSlot &slot, const UserSession &session,
                                                           QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    return offerNext(slot, session, error);
}

std::optional<QList<WaitlistOffer>> FillService::offerNext(const FreedSlot &slot, const UserSession &session,
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
    const std::optional<FillSettings> fill = settings(error);
    if (!fill)
        return std::nullopt;
    if (open >= fill->offersAtOnce)
        return QList<WaitlistOffer>();
    const std::optional<QList<Candidate>> candidates = candidatesFor(slot, session, error);
    if (!candidates)
        return std::nullopt;
    QList<Candidate> fresh;
    for (const Candidate &c : *candidates) {
        if (!offeredEntries.contains(c.shown.entry.id))
            fresh.append(c);
    }
    return makeOffers(slot, fresh, fill->offersAtOnce - open, false, session, error);
}

std::optional<WaitlistOffer> FillService::offerDirect(const FreedSlot &slot, const QString &entryId,
                                                      const UserSession &session, QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"waitlist"_s, entryId)) {
        *error = *denied;
        return std::nullopt;
    }
    const std::optional<QList<Candidate>> candidates = candidatesFor(slot, session, error);
    if (!candidates)
        return std::nullopt;
    for (const Candidate &c : *candidates) {
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

BookingOutcome FillService::acceptOffer(const QString &offerId, const UserSession &session)
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
    request.alsoWrite.write = [&](QSqlDatabase &db, const Appointment &booked,
                                  QSqlError *e) -> std::optional<QString> {
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
        if (!m_contacts.record(db, contact, e, &refused))
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

std::optional<QList<WaitlistOffer>> FillService::declineOffer(const QString &offerId, const UserSession &session,
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
        return m_contacts.record(db, contact, e, refused) && store::AuditLog(db).append(record, e);
    });
    if (!ok)
        return std::nullopt;
    return offerNext(slotOf(*offer), session, error);
}

std::optional<QList<WaitlistOffer>> FillService::expireOffers(const UserSession &session, QString *error)
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

std::optional<QList<WaitlistOffer>> FillService::recentOffers(int hours, const UserSession &session, QString *error)
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

QHash<QString, QString> FillService::patientNames(const QStringList &patientIds, const UserSession &session,
                                                  QString *error)
{
    QHash<QString, QString> out;
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadWaitlist)) {
        *error = *denied;
        return out;
    }
    store::PracticeRepository repo(m_cache.database());
    QSqlError sqlError;
    for (const QString &id : patientIds) {
        if (out.contains(id))
            continue;
        if (const std::optional<Patient> p = repo.patient(id, &sqlError))
            out.insert(id, p->name);
        if (sqlError.isValid()) {
            *error = m_cache.describeFailure(sqlError);
            break;
        }
    }
    return out;
}

std::optional<QList<ContactRecord>> FillService::contactsFor(const QString &id, const UserSession &session,
                                                             QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    store::FillRepository repo(m_cache.database());
    QList<ContactRecord> out = repo.contactsFor(id, &sqlError);
    if (out.isEmpty() && !sqlError.isValid()) {
        const std::optional<WaitlistOffer> offer = repo.offer(id, &sqlError);
        if (offer)
            out = repo.contactsByCorrelation(offer->correlationId, &sqlError);
    }
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return out;
}

std::optional<QList<Appointment>> FillService::lateAppointments(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadSchedule)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice(&sqlError);
    if (!practice) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : Text::tr("The cache holds no practice yet; import a practice file first.");
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    const QDateTime localNow = now.toTimeZone(practice->timeZone());
    const QDateTime dayStart = QDateTime(localNow.date(), QTime(0, 0), practice->timeZone()).toUTC();
    const qint64 grace = qint64(practice->noShowGraceMinutes) * 60;
    // Started today, no later than now - grace: its grace is up.
    const QList<Appointment> started = store::AppointmentRepository(m_cache.database())
                                               .liveStartingBetween(dayStart.toSecsSinceEpoch(),
                                                                    now.toSecsSinceEpoch() - grace + 1, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QList<Appointment> out;
    for (const Appointment &a : started) {
        if (a.status == AppointmentStatus::Scheduled || a.status == AppointmentStatus::Confirmed)
            out.append(a);
    }
    return out;
}

std::optional<int> FillService::markLateNoShows(const UserSession &session, QString *error,
                                                QList<FreedSlot> *freed)
{
    const std::optional<FillSettings> fill = settings(error);
    if (!fill)
        return std::nullopt;
    if (!fill->autoNoShow)
        return 0;
    const std::optional<QList<Appointment>> late = lateAppointments(session, error);
    if (!late)
        return std::nullopt;
    int marked = 0;
    for (const Appointment &a : *late) {
        const BookingOutcome o = m_booking.changeStatus(a.id, a.version, AppointmentStatus::NoShow, session);
        if (o.ok()) {
            ++marked;
            if (freed && o.freed)
                freed->append(*o.freed);
        } else if (o.result == BookingOutcome::Result::StoreFailed || o.result == BookingOutcome::Result::Denied) {
            *error = o.message;
            return std::nullopt;
        }
        // A refusal (someone checked the patient in or changed it meanwhile) leaves it as it is.
    }
    return marked;
}

std::optional<int> FillService::noShowsInLastYear(const QString &patientId, const UserSession &session,
                                                  QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadPatient, u"patient"_s, patientId, patientId)) {
        *error = *denied;
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlError sqlError;
    const int count = store::AppointmentRepository(m_cache.database())
                              .countForPatient(patientId, AppointmentStatus::NoShow,
                                               now.addMonths(-12).toSecsSinceEpoch(), now.toSecsSinceEpoch(),
                                               &sqlError);
    if (count < 0) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return count;
}

std::optional<FillService::NoShowStanding> FillService::noShowStanding(const QString &patientId,
                                                                      const UserSession &session, QString *error)
{
    const std::optional<int> count = noShowsInLastYear(patientId, session, error);
    const std::optional<FillSettings> fill = settings(error);
    if (!count || !fill)
        return std::nullopt;
    return NoShowStanding{*count, fill->overNoShowLimit(*count), fill->bookingNeedsApproval(*count, session.role)};
}

std::optional<QList<scheduling::Opening>> FillService::rescheduleOptions(const QString &appointmentId,
                                                                         const UserSession &session, QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"appointment"_s, appointmentId)) {
        *error = *denied;
        return std::nullopt;
    }
    const std::optional<Appointment> missed = m_booking.find(appointmentId, error);
    if (!missed)
        return std::nullopt;
    if (missed->status != AppointmentStatus::NoShow && missed->status != AppointmentStatus::Cancelled) {
        *error = Text::tr("Only a missed or cancelled appointment is rescheduled this way; move this one on the "
                          "schedule instead.");
        return std::nullopt;
    }
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    scheduling::OpeningRequest find;
    find.typeId = missed->typeId;
    find.patientId = missed->patientId;
    find.minutes = missed->minutes;
    find.from = m_clock.nowUtc().toTimeZone(*zone).date();
    find.days = 30;
    find.limit = 12; // the same time in two chairs is one choice for the patient
    const OpeningsOutcome found = m_booking.openings(find);
    if (!found.error.isEmpty()) {
        *error = found.error;
        return std::nullopt;
    }
    QList<scheduling::Opening> out;
    QSet<scheduling::Minute> starts;
    for (const scheduling::Opening &o : found.openings) {
        if (out.size() == 3)
            break;
        if (!starts.contains(o.start)) {
            starts.insert(o.start);
            out.append(o);
        }
    }
    return out;
}

std::optional<QString> FillService::rescheduleMessage(const QString &appointmentId,
                                                      const QList<scheduling::Opening> &options, QString *error)
{
    const std::optional<Appointment> missed = m_booking.find(appointmentId, error);
    const std::optional<Names> names = Names::read(m_cache, error);
    if (!missed || !names)
        return std::nullopt;
    QSqlError sqlError;
    const std::optional<Patient> patient =
            store::PracticeRepository(m_cache.database()).patient(missed->patientId, &sqlError);
    if (!patient) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QList<QDateTime> times;
    for (const scheduling::Opening &o : options)
        times << scheduling::fromMinute(o.start).toTimeZone(names->practice.timeZone());
    return patientmessage::reschedule(patient->language, names->practice.name, names->types.value(missed->typeId),
                                      times);
}

FillService::RescheduleResult FillService::logReschedule(const QString &appointmentId, ContactOutcome outcome,
                                                         const std::optional<scheduling::Opening> &chosen,
                                                         const UserSession &session)
{
    RescheduleResult result;
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"appointment"_s, appointmentId)) {
        result.booking = failedWith(BookingOutcome::Result::Denied, *denied);
        return result;
    }
    QString error;
    const std::optional<Appointment> missed = m_booking.find(appointmentId, &error);
    if (!missed) {
        result.booking = failedWith(error.isEmpty() ? BookingOutcome::Result::NotFound
                                                    : BookingOutcome::Result::StoreFailed,
                                    error.isEmpty() ? Text::tr("There is no appointment \"%1\"; refresh the list.")
                                                              .arg(appointmentId)
                                                    : error);
        return result;
    }
    if (outcome == ContactOutcome::Accepted && !chosen) {
        result.booking = failedWith(BookingOutcome::Result::BadRequest,
                                    Text::tr("Choose the time the patient accepted."));
        return result;
    }
    QSqlError sqlError;
    const std::optional<Patient> patient =
            store::PracticeRepository(m_cache.database()).patient(missed->patientId, &sqlError);
    QList<scheduling::Opening> offered;
    if (chosen)
        offered << *chosen;
    const std::optional<QString> message = rescheduleMessage(appointmentId, offered, &error);
    const QDateTime now = m_clock.nowUtc();
    ContactRecord &contact = result.contact;
    contact.id = newId();
    contact.patientId = missed->patientId;
    contact.appointmentId = missed->id;
    contact.purpose = missed->status == AppointmentStatus::NoShow ? ContactPurpose::NoShowFollowUp
                                                                  : ContactPurpose::Reschedule;
    contact.channel = patient ? (patient->doNotContact ? ContactChannel::None : patient->preferredContact)
                              : ContactChannel::Phone;
    contact.language = patient ? patient->language : u"en"_s;
    contact.message = message.value_or(QString());
    contact.outcome = outcome;
    contact.correlationId = newId();
    contact.userId = session.userId;
    contact.createdUtc = now;

    auto logIt = [&](QSqlDatabase &db, const QString &newAppointmentId, QSqlError *e, QString *refused) {
        contact.newAppointmentId = newAppointmentId;
        store::AuditRecord record = store::AuditRecord::by(
                session, now, u"reschedule_call"_s, u"appointment"_s, missed->id, missed->patientId,
                u"outcome=%1 new_appointment=%2"_s.arg(contactOutcomeName(outcome), newAppointmentId));
        record.correlationId = contact.correlationId;
        return m_contacts.record(db, contact, e, refused) && store::AuditLog(db).append(record, e);
    };

    if (outcome != ContactOutcome::Accepted) {
        if (!inWrite(m_cache, &error,
                     [&](QSqlDatabase &db, QSqlError *e, QString *refused) { return logIt(db, {}, e, refused); }))
            result.booking = failedWith(BookingOutcome::Result::StoreFailed, error);
        return result;
    }
    BookRequest request;
    request.patientId = missed->patientId;
    request.typeId = missed->typeId;
    request.providerId = chosen->providerId;
    request.chairId = chosen->chairId;
    request.startUtc = scheduling::fromMinute(chosen->start);
    request.minutes = missed->minutes;
    request.notes = missed->notes;
    request.alsoWrite.rule = u"reschedule"_s;
    request.alsoWrite.write = [&](QSqlDatabase &db, const Appointment &booked, QSqlError *e) -> std::optional<QString> {
        QString refused;
        if (!logIt(db, booked.id, e, &refused) && !refused.isEmpty())
            return refused;
        return std::nullopt;
    };
    result.booking = m_booking.book(request, session);
    return result;
}

std::optional<QList<FollowUp>> FillService::weeklySweep(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlError sqlError;
    const QList<store::ScheduledAppointment> missed = store::AppointmentRepository(m_cache.database())
                                                              .unscheduled(now.addDays(-7), now, 500, &sqlError, true);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QList<FollowUp> out;
    QList<ReadOf> reads;
    store::PracticeRepository practice(m_cache.database());
    for (const store::ScheduledAppointment &s : missed) {
        const std::optional<Patient> patient = practice.patient(s.appointment.patientId, &sqlError);
        if (!patient) {
            *error = m_cache.describeFailure(sqlError);
            return std::nullopt;
        }
        FollowUp f;
        f.missed = s;
        f.doNotContact = patient->doNotContact;
        f.channel = patient->doNotContact ? ContactChannel::None : patient->preferredContact;
        f.language = patient->language;
        if (!f.doNotContact && f.channel != ContactChannel::None) {
            const std::optional<QList<scheduling::Opening>> options = rescheduleOptions(s.appointment.id, session, error);
            if (!options)
                return std::nullopt;
            f.options = *options;
            const std::optional<QString> message = rescheduleMessage(s.appointment.id, f.options, error);
            if (!message)
                return std::nullopt;
            f.message = *message;
        }
        reads.append({u"patient"_s, patient->id, patient->id});
        out.append(f);
    }
    if (!auditReads(m_cache, m_clock, session, reads, u"no-show follow-up"_s, error))
        return std::nullopt;
    return out;
}

bool FillService::dismissUnscheduled(const QString &appointmentId, const QString &reason, const UserSession &session,
                                     QString *error)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"appointment"_s, appointmentId)) {
        *error = *denied;
        return false;
    }
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        *error = Text::tr("Say why the visit no longer needs a time (for example: treatment done elsewhere, "
                          "patient moved away).");
        return false;
    }
    const std::optional<Appointment> a = m_booking.find(appointmentId, error);
    if (!a)
        return false;
    if (a->status != AppointmentStatus::NoShow && a->status != AppointmentStatus::Cancelled) {
        *error = Text::tr("Only cancelled and missed visits are on the unscheduled list.");
        return false;
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        // The reason is kept in the encrypted cache; the audit record carries ids only.
        return store::FillRepository(db).dismissUnscheduled(appointmentId, why, session.userId,
                                                            m_clock.nowUtc().toSecsSinceEpoch(), e)
                && store::AuditLog(db).append(store::AuditRecord::by(session, m_clock.nowUtc(), u"dismiss"_s,
                                                                     u"unscheduled"_s, appointmentId, a->patientId),
                                              e);
    });
}

} // namespace chairside
