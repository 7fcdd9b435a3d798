#include "fillservice.h"

#include "fillwords.h"
#include "noshows.h"
#include "rescheduling.h"
#include "servicewrites.h"
#include "waitlistoffers.h"

#include "access.h"
#include "bookingservice.h"
#include "patientmessages.h"
#include "recallservice.h"

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

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::FillService)
};

} // namespace

std::optional<PracticeWords> PracticeWords::read(store::Cache &cache, QString *error)
{
    store::PracticeRepository repo(cache.database());
    QSqlError sqlError;
    PracticeWords names;
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

FillService::FillService(store::Cache &cache, const Clock &clock, BookingService &booking, FrontDesk &desk)
    : m_cache(cache),
      m_clock(clock),
      m_booking(booking),
      m_desk(desk),
      m_offers(std::make_unique<WaitlistOffers>(cache, clock, booking, m_contacts, *this)),
      m_noShows(std::make_unique<NoShows>(cache, clock, booking, *this)),
      m_rescheduling(std::make_unique<Rescheduling>(cache, clock, booking, m_contacts))
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
    std::optional<PracticeWords> names;
    for (const ShownWaitlistEntry &shown : entries) {
        const WaitlistEntry &e = shown.entry;
        if (shown.typeMinutes <= 0 || shown.typeMinutes > slot.minutes) {
            miss(shown, Text::tr("%1 needs %2 minutes; %3 are free.").arg(shown.typeName).arg(shown.typeMinutes).arg(slot.minutes));
            continue;
        }
        if (!e.providerId.isEmpty() && e.providerId != slot.providerId) {
            QString namesError;
            if (!names && nearMisses)
                names = PracticeWords::read(m_cache, &namesError);
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
    if (!appendRecallCandidates(slot, day, &out, error))
        return std::nullopt;
    return out;
}

bool FillService::appendRecallCandidates(const FreedSlot &slot, const QDate &day, QList<Candidate> *out,
                                         QString *error)
{
    // After the waitlist's own entries: patients overdue for their recall, most overdue
    // first, booked with a visit of their recall that fits the time.
    RecallService recalls(m_cache, m_clock);
    const std::optional<QList<RecallDue>> overdue = recalls.overdueForFreedTime(day, kRecallCandidatesRead, error);
    if (!overdue)
        return false;
    if (overdue->isEmpty())
        return true;
    QSet<QString> already;
    for (const Candidate &c : std::as_const(*out))
        already.insert(c.shown.entry.patientId);
    QSqlError sqlError;
    const QList<AppointmentType> types = store::PracticeRepository(m_cache.database()).appointmentTypes(&sqlError);
    const QList<RecallType> recallTypes = recalls.types(error);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return false;
    }
    int added = 0;
    for (const RecallDue &d : *overdue) {
        if (added >= kRecallCandidatesOffered)
            break;
        if (already.contains(d.recall.patientId))
            continue;
        const auto recallType = std::find_if(recallTypes.cbegin(), recallTypes.cend(),
                                             [&](const RecallType &t) { return t.id == d.recall.recallTypeId; });
        if (recallType == recallTypes.cend())
            continue;
        for (const QString &typeId : recallType->appointmentTypeIds) {
            const auto type = std::find_if(types.cbegin(), types.cend(),
                                           [&](const AppointmentType &t) { return t.id == typeId; });
            if (type == types.cend() || type->minutes > slot.minutes)
                continue;
            BookRequest booking;
            booking.patientId = d.recall.patientId;
            booking.typeId = type->id;
            booking.providerId = slot.providerId;
            booking.chairId = slot.chairId;
            booking.startUtc = slot.startUtc;
            const BookingOutcome checked = m_booking.check(booking);
            if (checked.result == BookingOutcome::Result::StoreFailed) {
                *error = checked.message;
                return false;
            }
            if (!checked.ok())
                continue;
            ShownWaitlistEntry shown;
            shown.entry.id = RecallService::offerEntryId(d.recall.id);
            shown.entry.patientId = d.recall.patientId;
            shown.entry.typeId = type->id;
            shown.entry.earliest = day;
            shown.entry.latest = day;
            shown.entry.urgency = 1;
            shown.patientName = d.patientName;
            shown.typeName = type->name;
            shown.typeMinutes = type->minutes;
            shown.lastContactUtc = d.lastContactUtc;
            booking.waitlistEntryId = shown.entry.id;
            out->append({shown, booking});
            already.insert(d.recall.patientId);
            ++added;
            break;
        }
    }
    return true;
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

// The use cases FillService hands on, unchanged for its callers.

std::optional<QList<WaitlistOffer>> FillService::offerSlot(const FreedSlot &slot, const UserSession &session,
                                                           QString *error)
{
    return m_offers->offerSlot(slot, session, error);
}

std::optional<WaitlistOffer> FillService::offerDirect(const FreedSlot &slot, const QString &entryId,
                                                      const UserSession &session, QString *error)
{
    return m_offers->offerDirect(slot, entryId, session, error);
}

BookingOutcome FillService::acceptOffer(const QString &offerId, const UserSession &session)
{
    return m_offers->acceptOffer(offerId, session);
}

std::optional<QList<WaitlistOffer>> FillService::declineOffer(const QString &offerId, const UserSession &session,
                                                              QString *error)
{
    return m_offers->declineOffer(offerId, session, error);
}

std::optional<QList<WaitlistOffer>> FillService::expireOffers(const UserSession &session, QString *error)
{
    return m_offers->expireOffers(session, error);
}

std::optional<QList<WaitlistOffer>> FillService::recentOffers(int hours, const UserSession &session, QString *error)
{
    return m_offers->recentOffers(hours, session, error);
}

std::optional<QList<Appointment>> FillService::lateAppointments(const UserSession &session, QString *error)
{
    return m_noShows->lateAppointments(session, error);
}

std::optional<int> FillService::markLateNoShows(const UserSession &session, QString *error, QList<FreedSlot> *freed)
{
    return m_noShows->markLateNoShows(session, error, freed);
}

std::optional<FillService::NoShowStanding> FillService::noShowStanding(const QString &patientId,
                                                                       const UserSession &session, QString *error)
{
    return m_noShows->noShowStanding(patientId, session, error);
}

std::optional<int> FillService::noShowsInLastYear(const QString &patientId, const UserSession &session,
                                                  QString *error)
{
    return m_noShows->noShowsInLastYear(patientId, session, error);
}

std::optional<QList<scheduling::Opening>> FillService::rescheduleOptions(const QString &appointmentId,
                                                                         const UserSession &session, QString *error)
{
    return m_rescheduling->rescheduleOptions(appointmentId, session, error);
}

std::optional<QString> FillService::rescheduleMessage(const QString &appointmentId,
                                                      const QList<scheduling::Opening> &options, QString *error)
{
    return m_rescheduling->rescheduleMessage(appointmentId, options, error);
}

FillService::RescheduleResult FillService::logReschedule(const QString &appointmentId, ContactOutcome outcome,
                                                         const std::optional<scheduling::Opening> &chosen,
                                                         const UserSession &session)
{
    return m_rescheduling->logReschedule(appointmentId, outcome, chosen, session);
}

std::optional<QList<FollowUp>> FillService::weeklySweep(const UserSession &session, QString *error)
{
    return m_rescheduling->weeklySweep(session, error);
}

bool FillService::dismissUnscheduled(const QString &appointmentId, const QString &reason, const UserSession &session,
                                     QString *error)
{
    return m_rescheduling->dismissUnscheduled(appointmentId, reason, session, error);
}

} // namespace chairside
