#include "command.h"
#include "clisession.h"

#include "domain/clock.h"
#include "domain/fill.h"
#include "domain/localformat.h"
#include "domain/phonenumber.h"
#include "domain/reminders.h"
#include "domain/series.h"
#include "domain/weekdays.h"
#include "scheduling/booking.h"
#include "services/access.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/practiceservices.h"
#include "services/reminderservice.h"
#include "services/absenceservice.h"
#include "services/familybooking.h"
#include "services/seriesservice.h"
#include "services/practicecache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <memory>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

// The cache signed in to, with the services filling the book needs.
struct Desk
{
    SystemClock clock;
    std::unique_ptr<PracticeCache> cache;
    UserSession session;
    std::unique_ptr<PracticeServices> services;
    BookingService *booking = nullptr;
    FrontDesk *desk = nullptr;
    FillService *fill = nullptr;
    QTimeZone zone;
};

std::optional<int> open(CommandLine &c, Desk &d)
{
    int code = Done;
    d.cache = openSignedIn(c.dataDir, d.clock, c.user, std::nullopt, &d.session, c.err, &code);
    if (!d.cache)
        return code;
    d.services = std::make_unique<PracticeServices>(d.cache->store(), d.clock);
    d.booking = &d.services->booking();
    d.desk = &d.services->desk();
    d.fill = &d.services->fill();
    QString error;
    const std::optional<QTimeZone> zone = d.booking->practiceZone(&error);
    if (!zone) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    d.zone = *zone;
    return std::nullopt;
}

// A refusal from a service: the role's when the role may not, else the input's.
int refused(CommandLine &c, const Desk &d, Access access, const QString &why)
{
    c.err << u"chairside-cli: "_s << why << Qt::endl;
    return roleMay(d.session.role, access) ? BadInput : Denied;
}

void printJson(CommandLine &c, const QJsonValue &v)
{
    c.out << QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                           : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
}

std::optional<QDate> dateOption(CommandLine &c, const QString &name, const QDate &otherwise)
{
    if (!c.has(name))
        return otherwise;
    const QDate d = QDate::fromString(c.value(name), Qt::ISODate);
    if (!d.isValid())
        c.err << Text::tr("chairside-cli: --%1 \"%2\" is not a date; use YYYY-MM-DD.")
                         .arg(name, localformat::excerpt(c.value(name)))
              << Qt::endl;
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<int> numberOption(CommandLine &c, const QString &name, int otherwise, int min, int max)
{
    if (!c.has(name))
        return otherwise;
    bool ok = false;
    const int n = c.value(name).toInt(&ok);
    if (!ok || n < min || n > max) {
        c.err << Text::tr("chairside-cli: --%1 \"%2\" must be a whole number from %3 to %4.")
                         .arg(name, localformat::excerpt(c.value(name)))
                         .arg(min)
                         .arg(max)
              << Qt::endl;
        return std::nullopt;
    }
    return n;
}

QString dateSpan(const QDate &from, const QDate &to)
{
    return from == to ? localformat::shortDay(from)
                      : Text::tr("%1 – %2").arg(localformat::shortDay(from), localformat::shortDay(to));
}

QJsonObject entryJson(const ShownWaitlistEntry &s)
{
    const WaitlistEntry &e = s.entry;
    return {{u"id"_s, e.id},
            {u"patientId"_s, e.patientId},
            {u"patient"_s, s.patientName},
            {u"typeId"_s, e.typeId},
            {u"type"_s, s.typeName},
            {u"minutes"_s, s.typeMinutes},
            {u"providerId"_s, e.providerId},
            {u"earliest"_s, e.earliest.toString(Qt::ISODate)},
            {u"latest"_s, e.latest.toString(Qt::ISODate)},
            {u"urgency"_s, e.urgency},
            {u"since"_s, e.sinceUtc.toString(Qt::ISODate)}};
}

QString entryLine(const ShownWaitlistEntry &s)
{
    return Text::tr("%1 — %2 (%n min), %3, urgency %4", nullptr, s.typeMinutes)
                   .arg(s.patientName, s.typeName, dateSpan(s.entry.earliest, s.entry.latest))
                   .arg(s.entry.urgency)
            + u"  ["_s + s.entry.id + u']';
}

int waitlistAdd(CommandLine &c)
{
    if (!c.require(u"waitlist add"_s, {u"patient"_s, u"type"_s}))
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    const QDate today = d.clock.nowUtc().toTimeZone(d.zone).date();
    const std::optional<QDate> from = dateOption(c, u"from"_s, today);
    const std::optional<QDate> to = from ? dateOption(c, u"to"_s, from->addDays(30)) : std::nullopt;
    const std::optional<int> urgency = numberOption(c, u"urgency"_s, 5, 1, 10);
    if (!from || !to || !urgency)
        return BadInput;
    WaitlistEntry e;
    e.patientId = c.value(u"patient"_s);
    e.typeId = c.value(u"type"_s);
    e.providerId = c.value(u"provider"_s);
    e.earliest = *from;
    e.latest = *to;
    e.urgency = *urgency;
    QString error;
    const std::optional<WaitlistEntry> added = d.fill->addToWaitlist(e, d.session, &error);
    if (!added)
        return refused(c, d, Access::FillBook, error);
    for (const ShownWaitlistEntry &s : d.desk->waitlist(d.session, &error)) {
        if (s.entry.id != added->id)
            continue;
        if (c.json())
            printJson(c, entryJson(s));
        else
            c.out << Text::tr("On the waitlist: %1").arg(entryLine(s)) << Qt::endl;
    }
    return Done;
}

int waitlistList(CommandLine &c)
{
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const QList<ShownWaitlistEntry> entries = d.desk->waitlist(d.session, &error);
    if (!error.isEmpty())
        return refused(c, d, Access::ReadWaitlist, error);
    if (c.json()) {
        QJsonArray array;
        for (const ShownWaitlistEntry &s : entries)
            array.append(entryJson(s));
        printJson(c, array);
        return Done;
    }
    if (entries.isEmpty())
        c.out << Text::tr("Nobody is on the waitlist.") << Qt::endl;
    for (const ShownWaitlistEntry &s : entries)
        c.out << entryLine(s) << Qt::endl;
    return Done;
}

// A phone on file in E.164 for scripts, read in the practice's region; text that is not a
// phone number (an older record) as it is.
QString e164(const QString &phone, const QTimeZone &zone)
{
    const phonenumber::Reading r = phonenumber::read(phone, phonenumber::regionOf(zone));
    return r.ok() ? r.e164 : phone;
}

// `patient find TEXT`: name, birthdate, phone and the next visit, one patient a line.
int patientFind(CommandLine &c)
{
    const std::optional<int> limit = numberOption(c, u"limit"_s, 20, 1, 200);
    if (!limit)
        return BadInput;
    const QString text = c.args.value(0).trimmed();
    if (text.isEmpty()) {
        c.err << u"chairside-cli: "_s
              << Text::tr("Say whom to find: part of a name, a phone's last digits, a birthdate or the patient's "
                          "number in the practice system.")
              << Qt::endl;
        return BadInput;
    }
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const PatientSearchResult result = d.desk->findPatients(text, *limit, d.session, &error);
    if (!error.isEmpty())
        return refused(c, d, Access::ReadPatient, error);
    if (c.json()) {
        QJsonArray array;
        for (const FoundPatient &f : result.found) {
            QJsonObject o{{u"id"_s, f.patient.id},
                          {u"name"_s, f.patient.name},
                          {u"birthdate"_s, f.patient.birthdate.isValid() ? f.patient.birthdate.toString(Qt::ISODate)
                                                                        : QJsonValue(QJsonValue::Null)},
                          {u"phone"_s, e164(f.patient.phone, d.zone)},
                          {u"familyId"_s, f.patient.familyId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(f.patient.familyId)},
                          {u"pmsNumber"_s, f.pmsNumber.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(f.pmsNumber)}};
            if (f.nextStartUtc.isValid()) {
                o.insert(u"next"_s, QJsonObject{{u"appointmentId"_s, f.nextAppointmentId},
                                                {u"start"_s, localStamp(f.nextStartUtc, d.zone)},
                                                {u"type"_s, f.nextTypeName},
                                                {u"provider"_s, f.nextProviderName}});
            } else {
                o.insert(u"next"_s, QJsonValue(QJsonValue::Null));
            }
            array.append(o);
        }
        printJson(c, QJsonObject{{u"patients"_s, array}, {u"more"_s, result.more}});
        return Done;
    }
    if (result.found.isEmpty()) {
        // What was typed is not repeated: output kept in a log must not hold a patient's name.
        c.out << Text::tr("No patient matches.") << Qt::endl;
        return Done;
    }
    for (const FoundPatient &f : result.found) {
        QStringList parts{f.patient.name};
        if (f.patient.birthdate.isValid())
            parts << Text::tr("born %1").arg(localformat::birthdate(f.patient.birthdate));
        if (!f.patient.phone.isEmpty())
            parts << localformat::phone(f.patient.phone);
        if (!f.pmsNumber.isEmpty())
            parts << Text::tr("patient no. %1").arg(f.pmsNumber);
        parts << (f.nextStartUtc.isValid()
                          ? Text::tr("next visit %1, %2 with %3")
                                    .arg(localformat::dateTime(f.nextStartUtc.toTimeZone(d.zone)), f.nextTypeName,
                                         f.nextProviderName)
                          : Text::tr("nothing booked"));
        c.out << parts.join(u" · "_s) << Qt::endl;
    }
    if (result.more)
        c.out << Text::tr("More patients match; type more of the name, or the birthdate.") << Qt::endl;
    return Done;
}

QJsonObject cardVisitJson(const ScheduledAppointment &s, const QTimeZone &zone)
{
    QJsonObject o = appointmentJson(s.appointment, zone);
    o.insert(u"type"_s, s.typeName);
    o.insert(u"provider"_s, s.providerName);
    o.insert(u"chair"_s, s.chairName);
    return o;
}

QString cardVisitLine(const ScheduledAppointment &s, const QTimeZone &zone)
{
    return Text::tr("%1 · %2 with %3, %4 · %5")
            .arg(localformat::dateTime(s.appointment.startUtc.toTimeZone(zone)), s.typeName, s.providerName,
                 s.chairName, visitOutcomeText(s.appointment.status));
}

// `patient show ID`: the patient's card, as the window's shows it.
int patientShow(CommandLine &c)
{
    const QString id = c.args.value(0).trimmed();
    if (id.isEmpty()) {
        c.err << u"chairside-cli: "_s
              << Text::tr("Say which patient: their id, as `patient find --json` gives it.") << Qt::endl;
        return BadInput;
    }
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const std::optional<PatientCard> card = d.desk->patientCard(id, d.session, &error);
    if (!card)
        return refused(c, d, Access::ReadPatient, error);
    const Patient &p = card->patient;
    if (c.json()) {
        auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); };
        QJsonArray family;
        for (const PatientCard::FamilyMember &m : card->family)
            family.append(QJsonObject{{u"id"_s, m.patientId},
                                      {u"name"_s, m.name},
                                      {u"birthdate"_s, m.birthdate.isValid() ? QJsonValue(m.birthdate.toString(Qt::ISODate))
                                                                             : QJsonValue(QJsonValue::Null)}});
        QJsonArray upcoming;
        for (const ScheduledAppointment &s : card->upcoming)
            upcoming.append(cardVisitJson(s, d.zone));
        QJsonArray past;
        for (const ScheduledAppointment &s : card->past)
            past.append(cardVisitJson(s, d.zone));
        QJsonArray days;
        for (const QString &day : p.preferredDays.names())
            days.append(day);
        QJsonArray leads;
        for (const int minutes : card->reminderLeadMinutes)
            leads.append(minutes);
        QJsonObject o{{u"id"_s, p.id},
                      {u"name"_s, p.name},
                      {u"birthdate"_s, p.birthdate.isValid() ? QJsonValue(p.birthdate.toString(Qt::ISODate))
                                                             : QJsonValue(QJsonValue::Null)},
                      {u"age"_s, card->age >= 0 ? QJsonValue(card->age) : QJsonValue(QJsonValue::Null)},
                      {u"phone"_s, orNull(p.phone)},
                      {u"email"_s, orNull(p.email)},
                      {u"language"_s, p.language},
                      {u"contact"_s, contactChannelName(p.preferredContact)},
                      {u"doNotContact"_s, p.doNotContact},
                      {u"reminders"_s, QJsonObject{{u"channel"_s, card->reminderChannel
                                                                          ? QJsonValue(contactChannelName(*card->reminderChannel))
                                                                          : QJsonValue(QJsonValue::Null)},
                                                   {u"leadMinutes"_s, card->reminderChannel ? leads : QJsonArray()}}},
                      {u"preferences"_s, QJsonObject{{u"timeOfDay"_s, timeOfDayName(p.preferredTimeOfDay)},
                                                     {u"days"_s, days},
                                                     {u"providerId"_s, orNull(p.preferredProviderId)},
                                                     {u"provider"_s, orNull(card->preferredProviderName)}}},
                      {u"familyId"_s, orNull(p.familyId)},
                      {u"family"_s, family},
                      {u"upcoming"_s, upcoming},
                      {u"past"_s, past},
                      {u"noShows"_s, card->noShows},
                      {u"noShowMonths"_s, kNoShowMonths}};
        // What the role may not read is null, not empty: nothing is said about it.
        if (card->waitlistShown) {
            QJsonArray waitlist;
            for (const PatientCard::WaitlistLine &w : card->waitlist)
                waitlist.append(QJsonObject{{u"id"_s, w.entry.id},
                                            {u"typeId"_s, w.entry.typeId},
                                            {u"type"_s, w.typeName},
                                            {u"providerId"_s, orNull(w.entry.providerId)},
                                            {u"provider"_s, orNull(w.providerName)},
                                            {u"earliest"_s, w.entry.earliest.toString(Qt::ISODate)},
                                            {u"latest"_s, w.entry.latest.toString(Qt::ISODate)},
                                            {u"urgency"_s, w.entry.urgency}});
            QJsonArray unscheduled;
            for (const ScheduledAppointment &s : card->unscheduled)
                unscheduled.append(cardVisitJson(s, d.zone));
            o.insert(u"waitlist"_s, waitlist);
            o.insert(u"unscheduled"_s, unscheduled);
        } else {
            o.insert(u"waitlist"_s, QJsonValue(QJsonValue::Null));
            o.insert(u"unscheduled"_s, QJsonValue(QJsonValue::Null));
        }
        if (card->contactsShown) {
            QJsonArray contacts;
            for (const PatientCard::Contact &k : card->contacts)
                contacts.append(QJsonObject{{u"id"_s, k.record.id},
                                            {u"at"_s, localStamp(k.record.createdUtc, d.zone)},
                                            {u"purpose"_s, contactPurposeName(k.record.purpose)},
                                            {u"channel"_s, contactChannelName(k.record.channel)},
                                            {u"outcome"_s, contactOutcomeName(k.record.outcome)},
                                            {u"appointmentId"_s, orNull(k.record.appointmentId)},
                                            {u"userId"_s, k.record.userId},
                                            {u"staff"_s, orNull(k.staffName)}});
            o.insert(u"contacts"_s, contacts);
        } else {
            o.insert(u"contacts"_s, QJsonValue(QJsonValue::Null));
        }
        printJson(c, o);
        return Done;
    }

    // For people: names and the locale's dates, never an id.
    QStringList head{p.name};
    if (p.birthdate.isValid())
        head << Text::tr("born %1, age %2").arg(localformat::birthdate(p.birthdate)).arg(card->age);
    c.out << head.join(u" · "_s) << Qt::endl;
    auto field = [&c](const QString &label, const QString &value) {
        if (!value.isEmpty())
            c.out << u"  "_s << label << u' ' << value << Qt::endl;
    };
    field(Text::tr("Phone:"), p.phone.isEmpty() ? QString() : localformat::phone(p.phone));
    field(Text::tr("E-mail:"), p.email);
    field(Text::tr("Language:"), patientLanguageText(p.language));
    field(Text::tr("Contact by:"), p.doNotContact ? contactChannelText(ContactChannel::None)
                                                  : contactChannelText(p.preferredContact));
    field(Text::tr("Reminders:"), remindersText(*card));
    field(Text::tr("Prefers:"), preferencesText(*card));
    QStringList family;
    for (const PatientCard::FamilyMember &m : card->family)
        family << m.name;
    field(Text::tr("Family:"), family.join(u", "_s));
    field(Text::tr("No-shows:"), Text::tr("%n in the last %1 months", nullptr, card->noShows).arg(kNoShowMonths));
    auto section = [&c](const QString &title, const QStringList &lines, const QString &none) {
        c.out << title << Qt::endl;
        if (lines.isEmpty())
            c.out << u"  "_s << none << Qt::endl;
        for (const QString &line : lines)
            c.out << u"  "_s << line << Qt::endl;
    };
    QStringList lines;
    for (const ScheduledAppointment &s : card->upcoming)
        lines << cardVisitLine(s, d.zone);
    section(Text::tr("Coming up:"), lines, Text::tr("nothing booked"));
    lines.clear();
    for (const ScheduledAppointment &s : card->past)
        lines << cardVisitLine(s, d.zone);
    section(Text::tr("Past visits:"), lines, Text::tr("none on record"));
    if (card->waitlistShown) {
        lines.clear();
        for (const PatientCard::WaitlistLine &w : card->waitlist)
            lines << (w.providerName.isEmpty()
                              ? Text::tr("%1, %2, urgency %3").arg(w.typeName, dateSpan(w.entry.earliest, w.entry.latest))
                              : Text::tr("%1 with %2, %3, urgency %4")
                                        .arg(w.typeName, w.providerName, dateSpan(w.entry.earliest, w.entry.latest)))
                                 .arg(w.entry.urgency);
        section(Text::tr("Waitlist:"), lines, Text::tr("not on the waitlist"));
        lines.clear();
        for (const ScheduledAppointment &s : card->unscheduled)
            lines << cardVisitLine(s, d.zone);
        section(Text::tr("Unscheduled:"), lines, Text::tr("nothing left to rebook"));
    }
    if (card->contactsShown) {
        lines.clear();
        for (const PatientCard::Contact &k : card->contacts) {
            QStringList parts{localformat::dateTime(k.record.createdUtc.toTimeZone(d.zone)),
                              contactPurposeText(k.record.purpose), contactChannelText(k.record.channel),
                              contactOutcomeText(k.record.outcome)};
            if (!k.staffName.isEmpty())
                parts << Text::tr("by %1").arg(k.staffName);
            lines << parts.join(u" · "_s);
        }
        section(Text::tr("Contact log (latest first):"), lines, Text::tr("no contact recorded"));
    }
    return Done;
}

int waitlistRemove(CommandLine &c)
{
    if (!c.require(u"waitlist remove"_s, {u"id"_s}))
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    if (!d.fill->removeFromWaitlist(c.value(u"id"_s), d.session, &error))
        return refused(c, d, Access::FillBook, error);
    c.out << Text::tr("Removed from the waitlist.") << Qt::endl;
    return Done;
}

int unscheduledList(CommandLine &c)
{
    const std::optional<int> days = numberOption(c, u"days"_s, 30, 1, 366);
    if (!days)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const QList<ScheduledAppointment> list = d.desk->unscheduled(*days, d.session, &error);
    if (!error.isEmpty())
        return refused(c, d, Access::ReadWaitlist, error);
    if (c.json()) {
        QJsonArray array;
        for (const ScheduledAppointment &s : list) {
            QJsonObject o = appointmentJson(s.appointment, d.zone);
            o.insert(u"patient"_s, s.patientName);
            o.insert(u"type"_s, s.typeName);
            o.insert(u"provider"_s, s.providerName);
            array.append(o);
        }
        printJson(c, array);
        return Done;
    }
    if (list.isEmpty())
        c.out << Text::tr("Nobody missed or cancelled a visit in the last %n day(s) without booking again.", nullptr,
                          *days)
              << Qt::endl;
    for (const ScheduledAppointment &s : list) {
        const QDateTime local = s.appointment.startUtc.toTimeZone(d.zone);
        c.out << Text::tr("%1 — %2, was %3 %4 with %5 (%6)")
                         .arg(s.patientName, s.typeName, localformat::shortDay(local.date()),
                              localformat::time(local.time()), s.providerName,
                              appointmentStatusText(s.appointment.status))
              << u"  ["_s << s.appointment.id << u']' << Qt::endl;
    }
    return Done;
}

QJsonObject offerJson(const WaitlistOffer &o, const QString &patient, const QTimeZone &zone)
{
    return {{u"id"_s, o.id},
            {u"entryId"_s, o.entryId},
            {u"patientId"_s, o.patientId},
            {u"patient"_s, patient},
            {u"typeId"_s, o.typeId},
            {u"chairId"_s, o.chairId},
            {u"providerId"_s, o.providerId},
            {u"start"_s, localStamp(o.startUtc, zone)},
            {u"minutes"_s, o.minutes},
            {u"state"_s, offerStateName(o.state)},
            {u"expires"_s, localStamp(o.expiresUtc, zone)},
            {u"direct"_s, o.direct}};
}

void printOffers(CommandLine &c, Desk &d, const QList<WaitlistOffer> &offers)
{
    QStringList ids;
    for (const WaitlistOffer &o : offers)
        ids << o.patientId;
    QString error;
    const QHash<QString, QString> names = d.fill->patientNames(ids, d.session, &error);
    if (c.json()) {
        QJsonArray array;
        for (const WaitlistOffer &o : offers)
            array.append(offerJson(o, names.value(o.patientId), d.zone));
        printJson(c, array);
        return;
    }
    for (const WaitlistOffer &o : offers) {
        const QDateTime local = o.startUtc.toTimeZone(d.zone);
        QString state = offerStateText(o.state);
        if (o.state == OfferState::Offered)
            state = Text::tr("%1, until %2").arg(state, localformat::time(o.expiresUtc.toTimeZone(d.zone).time()));
        c.out << Text::tr("%1 — %2 %3, %n min: %4", nullptr, o.minutes)
                         .arg(names.value(o.patientId), localformat::shortDay(local.date()),
                              localformat::time(local.time()), state)
              << u"  ["_s << o.id << u']' << Qt::endl;
    }
}

int offerList(CommandLine &c)
{
    const std::optional<int> hours = numberOption(c, u"hours"_s, 12, 1, 24 * 31);
    if (!hours)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const std::optional<QList<WaitlistOffer>> offers = d.fill->recentOffers(*hours, d.session, &error);
    if (!offers)
        return refused(c, d, Access::ReadWaitlist, error);
    if (offers->isEmpty() && !c.json())
        c.out << Text::tr("No offers in the last %n hour(s).", nullptr, *hours) << Qt::endl;
    printOffers(c, d, *offers);
    return Done;
}

int offerMake(CommandLine &c)
{
    if (!c.require(u"offer make"_s, {u"chair"_s, u"provider"_s, u"start"_s, u"minutes"_s}))
        return BadInput;
    const std::optional<int> minutes = numberOption(c, u"minutes"_s, 0, 5, 600);
    if (!minutes)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    const QDateTime start = QDateTime::fromString(c.value(u"start"_s), u"yyyy-MM-ddTHH:mm"_s);
    if (!start.isValid()) {
        c.err << Text::tr("chairside-cli: --start \"%1\" is not a time; use YYYY-MM-DDTHH:MM in the practice's local "
                          "time.")
                         .arg(localformat::excerpt(c.value(u"start"_s)))
              << Qt::endl;
        return BadInput;
    }
    const FreedSlot slot{c.value(u"chair"_s), c.value(u"provider"_s),
                         QDateTime(start.date(), start.time(), d.zone).toUTC(), *minutes};
    QString error;
    const std::optional<QList<WaitlistOffer>> made = d.fill->offerSlot(slot, d.session, &error);
    if (!made)
        return refused(c, d, Access::FillBook, error);
    if (made->isEmpty() && !c.json())
        c.out << Text::tr("No new offer: the time is already offered to as many patients as the practice allows, or "
                          "nobody else on the waitlist can take it.")
              << Qt::endl;
    printOffers(c, d, *made);
    return Done;
}

int offerReply(CommandLine &c)
{
    if (!c.require(u"offer reply"_s, {u"id"_s}) || c.has(u"accepted"_s) == c.has(u"declined"_s)) {
        if (c.has(u"id"_s))
            c.err << Text::tr("chairside-cli: give --accepted or --declined.") << Qt::endl;
        return BadInput;
    }
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    if (c.has(u"accepted"_s)) {
        const BookingOutcome o = d.fill->acceptOffer(c.value(u"id"_s), d.session);
        if (!o.ok()) {
            const QString why = o.message.isEmpty() && !o.violations.isEmpty() ? o.violations.constFirst().message
                                                                                : o.message;
            c.err << u"chairside-cli: "_s << why << Qt::endl;
            return o.result == BookingOutcome::Result::Refused     ? BookingRefused
                    : o.result == BookingOutcome::Result::Denied    ? Denied
                    : o.result == BookingOutcome::Result::StoreFailed ? CacheUnavailable
                                                                      : BadInput;
        }
        if (c.json()) {
            printJson(c, appointmentJson(o.appointment, d.zone));
        } else {
            const Appointment &a = o.appointment;
            c.out << Text::tr("Booked from the waitlist: %1; the other offers for that time are withdrawn.")
                             .arg(d.booking->openingWords({scheduling::toMinute(a.startUtc),
                                                           scheduling::toMinute(a.endUtc()), a.providerId, a.chairId,
                                                           0}))
                  << Qt::endl;
        }
        return Done;
    }
    QString error;
    const std::optional<QList<WaitlistOffer>> next = d.fill->declineOffer(c.value(u"id"_s), d.session, &error);
    if (!next)
        return refused(c, d, Access::FillBook, error);
    if (!c.json())
        c.out << (next->isEmpty() ? Text::tr("Declined; nobody else on the waitlist can take that time.")
                                  : Text::tr("Declined; offered to the next patient on the list:"))
              << Qt::endl;
    printOffers(c, d, *next);
    return Done;
}

QJsonObject figuresJson(const ResourceFigures &f)
{
    return {{u"id"_s, f.id},
            {u"name"_s, f.name},
            {u"visits"_s, f.visits},
            {u"bookedMinutes"_s, f.bookedMinutes},
            {u"openMinutes"_s, f.openMinutes},
            {u"utilization"_s, f.utilisation()},
            {u"noShows"_s, f.noShows},
            {u"cancellations"_s, f.cancellations}};
}

// Money stays in whole cents for scripts; a share of a goal is null where no goal is set.
QJsonObject productionJson(const ProductionFigures &f)
{
    const auto share = [](const std::optional<int> &percent) { return percent ? QJsonValue(*percent) : QJsonValue(); };
    QJsonObject o{{u"dayCents"_s, f.dayCents},           {u"dayGoalCents"_s, f.dayGoalCents},
                  {u"dayPercent"_s, share(f.dayPercent())}, {u"dayVisits"_s, f.dayVisits},
                  {u"weekCents"_s, f.weekCents},         {u"weekGoalCents"_s, f.weekGoalCents},
                  {u"weekPercent"_s, share(f.weekPercent())}, {u"weekVisits"_s, f.weekVisits},
                  {u"weekUnpriced"_s, f.weekUnpriced},   {u"daysWorked"_s, f.daysWorked}};
    if (!f.id.isEmpty()) {
        o.insert(u"id"_s, f.id);
        o.insert(u"name"_s, f.name);
    }
    return o;
}

// "$1,265 of $4,000 (32%)", or the amount alone without a goal.
QString againstGoal(qint64 cents, qint64 goalCents, const std::optional<int> &percent)
{
    if (!percent)
        return localformat::dollars(cents);
    return Text::tr("%1 of %2 (%3%)").arg(localformat::dollars(cents), localformat::dollars(goalCents)).arg(*percent);
}

int dashboard(CommandLine &c)
{
    const std::optional<int> days = numberOption(c, u"days"_s, 7, 1, 366);
    if (!days)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    const std::optional<QDate> from = dateOption(c, u"from"_s, d.clock.nowUtc().toTimeZone(d.zone).date());
    if (!from)
        return BadInput;
    QString error;
    const std::optional<Dashboard> board =
            d.services->dashboard().compute(*from, *days, d.session, &error);
    if (!board)
        return refused(c, d, Access::ReadSchedule, error);
    if (c.json()) {
        QJsonObject byStatus;
        for (const auto &[status, n] : board->byStatus)
            byStatus.insert(appointmentStatusName(status), n);
        QJsonArray providers, chairs, reasons;
        for (const ResourceFigures &f : board->providers)
            providers.append(figuresJson(f));
        for (const ResourceFigures &f : board->chairs)
            chairs.append(figuresJson(f));
        for (const auto &[reason, n] : board->cancellationsByReason)
            reasons.append(QJsonObject{{u"reason"_s, reason}, {u"count"_s, n}});
        QJsonArray producers;
        for (const ProductionFigures &f : board->production.providers)
            producers.append(productionJson(f));
        const QJsonObject production{{u"day"_s, board->production.day.toString(Qt::ISODate)},
                                     {u"weekFrom"_s, board->production.weekFrom.toString(Qt::ISODate)},
                                     {u"weekTo"_s, board->production.weekTo().toString(Qt::ISODate)},
                                     {u"providers"_s, producers},
                                     {u"practice"_s, productionJson(board->production.practice)}};
        printJson(c, QJsonObject{{u"from"_s, board->from.toString(Qt::ISODate)},
                                 {u"days"_s, board->days},
                                 {u"byStatus"_s, byStatus},
                                 {u"providers"_s, providers},
                                 {u"chairs"_s, chairs},
                                 {u"noShowRate30"_s, board->noShowRate30()},
                                 {u"noShowRate90"_s, board->noShowRate90()},
                                 {u"cancellationsByReason"_s, reasons},
                                 {u"gaps"_s, int(board->gaps.size())},
                                 {u"waitlist"_s, board->waitlistSize},
                                 {u"production"_s, production}});
        return Done;
    }
    c.out << Text::tr("%1, %n day(s)", nullptr, board->days).arg(localformat::longDate(board->from)) << Qt::endl;
    for (const auto &[status, n] : board->byStatus)
        c.out << u"  "_s << appointmentStatusText(status) << u": "_s << n << Qt::endl;
    c.out << Text::tr("No-shows: %1% of visits due in 30 days, %2% in 90 days.")
                     .arg(QString::number(board->noShowRate30() * 100, 'f', 1),
                          QString::number(board->noShowRate90() * 100, 'f', 1))
          << Qt::endl;
    for (const ResourceFigures &f : board->providers)
        c.out << Text::tr("  %1: %2% of open time booked, %3 visit(s)")
                         .arg(f.name, QString::number(f.utilisation() * 100, 'f', 0))
                         .arg(f.visits)
              << Qt::endl;
    c.out << Text::tr("Open gaps of %1 min or more ahead: %2. On the waitlist: %3.")
                     .arg(Dashboard::kGapMinutes)
                     .arg(board->gaps.size())
                     .arg(board->waitlistSize)
          << Qt::endl;
    const Production &p = board->production;
    c.out << Text::tr("Scheduled production on %1 and in the week of %2 to %3:")
                     .arg(localformat::shortDay(p.day), localformat::shortDay(p.weekFrom), localformat::shortDay(p.weekTo()))
          << Qt::endl;
    auto production = [&c](const QString &name, const ProductionFigures &f) {
        c.out << Text::tr("  %1: %2 that day, %3 that week")
                         .arg(name, againstGoal(f.dayCents, f.dayGoalCents, f.dayPercent()),
                              againstGoal(f.weekCents, f.weekGoalCents, f.weekPercent()))
              << Qt::endl;
    };
    for (const ProductionFigures &f : p.providers)
        production(f.name, f);
    production(Text::tr("Practice"), p.practice);
    if (p.practice.weekUnpriced > 0)
        c.out << Text::tr("  %n visit(s) that week are of types with no fee set; give the types a fee in the "
                          "practice file.", nullptr, p.practice.weekUnpriced)
              << Qt::endl;
    return Done;
}

// A booking write's outcome for a script: the exit code, and why on stderr.
int bookingFailure(CommandLine &c, const BookingOutcome &o)
{
    const QString why = o.message.isEmpty() && !o.violations.isEmpty() ? o.violations.constFirst().message : o.message;
    c.err << u"chairside-cli: "_s << why << Qt::endl;
    switch (o.result) {
    case BookingOutcome::Result::Refused:
        return BookingRefused;
    case BookingOutcome::Result::Denied:
        return Denied;
    case BookingOutcome::Result::StoreFailed:
        return CacheUnavailable;
    default:
        return BadInput;
    }
}

QJsonObject shownJson(const ScheduledAppointment &s, const QTimeZone &zone)
{
    QJsonObject o = appointmentJson(s.appointment, zone);
    o.insert(u"patient"_s, s.patientName);
    o.insert(u"type"_s, s.typeName);
    o.insert(u"provider"_s, s.providerName);
    o.insert(u"chair"_s, s.chairName);
    return o;
}

int noshowDetect(CommandLine &c)
{
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const std::optional<QList<Appointment>> late = d.fill->lateAppointments(d.session, &error);
    if (!late)
        return refused(c, d, Access::ReadWaitlist, error);
    QStringList ids;
    for (const Appointment &a : *late)
        ids << a.patientId;
    const QHash<QString, QString> names = d.fill->patientNames(ids, d.session, &error);
    if (c.json()) {
        QJsonArray array;
        for (const Appointment &a : *late) {
            QJsonObject o = appointmentJson(a, d.zone);
            o.insert(u"patient"_s, names.value(a.patientId));
            array.append(o);
        }
        printJson(c, array);
        return Done;
    }
    if (late->isEmpty())
        c.out << Text::tr("Nobody is late: every patient due has checked in or is still within the grace minutes.")
              << Qt::endl;
    for (const Appointment &a : *late)
        c.out << Text::tr("%1 — due at %2, not checked in; mark with: status --id %3 --to no_show")
                         .arg(names.value(a.patientId), localformat::time(a.startUtc.toTimeZone(d.zone).time()), a.id)
              << Qt::endl;
    return Done;
}

int noshowReschedule(CommandLine &c)
{
    if (!c.require(u"noshow reschedule"_s, {u"id"_s}))
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    const QString id = c.value(u"id"_s);
    QString error;
    const std::optional<QList<scheduling::Opening>> options = d.fill->rescheduleOptions(id, d.session, &error);
    if (!options)
        return refused(c, d, Access::FillBook, error);
    if (!c.has(u"outcome"_s)) {
        const std::optional<QString> message = d.fill->rescheduleMessage(id, *options, &error);
        if (c.json()) {
            QJsonArray array;
            for (const scheduling::Opening &o : *options)
                array.append(QJsonObject{{u"start"_s, localStamp(scheduling::fromMinute(o.start), d.zone)},
                                         {u"end"_s, localStamp(scheduling::fromMinute(o.end), d.zone)},
                                         {u"providerId"_s, o.providerId},
                                         {u"chairId"_s, o.chairId}});
            printJson(c, QJsonObject{{u"options"_s, array}, {u"message"_s, message.value_or(QString())}});
            return Done;
        }
        if (options->isEmpty())
            c.out << Text::tr("No time in the next 30 days suits this patient; add them to the waitlist.") << Qt::endl;
        for (qsizetype i = 0; i < options->size(); ++i)
            c.out << i + 1 << u". "_s << d.booking->openingWords(options->at(i)) << Qt::endl;
        if (message)
            c.out << Text::tr("Message for the patient:") << Qt::endl << *message << Qt::endl;
        return Done;
    }
    const std::optional<ContactOutcome> outcome = parseContactOutcome(c.value(u"outcome"_s));
    if (!outcome || (*outcome != ContactOutcome::Accepted && *outcome != ContactOutcome::Declined
                     && *outcome != ContactOutcome::NoAnswer && *outcome != ContactOutcome::LeftMessage)) {
        c.err << Text::tr("chairside-cli: --outcome \"%1\" is not one of accepted, declined, no_answer, left_message.")
                         .arg(localformat::excerpt(c.value(u"outcome"_s)))
              << Qt::endl;
        return BadInput;
    }
    std::optional<scheduling::Opening> chosen;
    if (*outcome == ContactOutcome::Accepted) {
        const std::optional<int> choice = numberOption(c, u"choice"_s, 0, 1, int(options->size()));
        if (!choice || *choice == 0) {
            if (choice)
                c.err << Text::tr("chairside-cli: an accepted call needs --choice, the option the patient took.")
                      << Qt::endl;
            return BadInput;
        }
        chosen = options->at(*choice - 1);
    }
    const FillService::RescheduleResult result = d.fill->logReschedule(id, *outcome, chosen, d.session);
    if (!result.booking.ok())
        return bookingFailure(c, result.booking);
    if (c.json()) {
        QJsonObject o{{u"contactId"_s, result.contact.id}, {u"outcome"_s, contactOutcomeName(result.contact.outcome)}};
        if (!result.booking.appointment.id.isEmpty())
            o.insert(u"booked"_s, appointmentJson(result.booking.appointment, d.zone));
        printJson(c, o);
    } else {
        c.out << (chosen ? Text::tr("Booked: %1").arg(d.booking->openingWords(*chosen))
                         : Text::tr("Recorded: %1.").arg(contactOutcomeText(*outcome)))
              << Qt::endl;
    }
    return Done;
}

int confirmationsList(CommandLine &c)
{
    const std::optional<int> days = numberOption(c, u"days"_s, 1, 1, 31);
    if (!days)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    const std::optional<QDate> from = dateOption(c, u"from"_s, d.clock.nowUtc().toTimeZone(d.zone).date().addDays(1));
    if (!from)
        return BadInput;
    QString error;
    const std::optional<QList<ConfirmationRow>> rows = d.services->reminders().confirmations(*from, *days, d.session,
                                                                                             &error);
    if (!rows)
        return refused(c, d, Access::FillBook, error);
    if (c.json()) {
        QJsonArray array;
        for (const ConfirmationRow &r : *rows) {
            QJsonObject o = shownJson(r.shown, d.zone);
            o.insert(u"confirmation"_s, confirmationStateName(r.state));
            o.insert(u"contact"_s, contactChannelName(r.contact));
            o.insert(u"doNotContact"_s, r.doNotContact);
            array.append(o);
        }
        printJson(c, array);
        return Done;
    }
    for (const ConfirmationRow &r : *rows) {
        const QDateTime local = r.shown.appointment.startUtc.toTimeZone(d.zone);
        c.out << Text::tr("%1 %2 — %3, %4: %5")
                         .arg(localformat::shortDay(local.date()), localformat::time(local.time()), r.shown.patientName,
                              r.shown.typeName, confirmationStateText(r.state))
              << (r.phone.isEmpty() || r.doNotContact ? QString() : u"  "_s + localformat::phone(r.phone))
              << u"  ["_s << r.shown.appointment.id << u']' << Qt::endl;
    }
    return Done;
}

int confirmationsRecord(CommandLine &c)
{
    if (!c.require(u"confirmations record"_s, {u"id"_s, u"state"_s}))
        return BadInput;
    const std::optional<ConfirmationState> state = parseConfirmationState(c.value(u"state"_s));
    if (!state) {
        c.err << Text::tr("chairside-cli: --state \"%1\" is not one of confirmed, left_message, declined, unconfirmed.")
                         .arg(localformat::excerpt(c.value(u"state"_s)))
              << Qt::endl;
        return BadInput;
    }
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    const BookingOutcome o = d.services->reminders().markConfirmation(c.value(u"id"_s), *state, d.session);
    if (!o.ok())
        return bookingFailure(c, o);
    if (c.json())
        printJson(c, appointmentJson(o.appointment, d.zone));
    else
        c.out << Text::tr("Recorded: %1.").arg(confirmationStateText(*state)) << Qt::endl;
    return Done;
}

void printAppointments(CommandLine &c, Desk &d, const QList<Appointment> &list)
{
    if (c.json()) {
        QJsonArray array;
        for (const Appointment &a : list)
            array.append(appointmentJson(a, d.zone));
        printJson(c, array);
        return;
    }
    for (const Appointment &a : list)
        c.out << u"  "_s
              << d.booking->openingWords({scheduling::toMinute(a.startUtc), scheduling::toMinute(a.endUtc()), a.providerId,
                                          a.chairId, 0})
              << u"  ["_s << a.id << u']' << Qt::endl;
}

int outcomeCode(BookingOutcome::Result result)
{
    switch (result) {
    case BookingOutcome::Result::Done:
        return Done;
    case BookingOutcome::Result::Refused:
        return BookingRefused;
    case BookingOutcome::Result::Denied:
        return Denied;
    case BookingOutcome::Result::StoreFailed:
        return CacheUnavailable;
    default:
        return BadInput;
    }
}

int seriesBook(CommandLine &c)
{
    if (!c.require(u"series book"_s, {u"patient"_s, u"type"_s, u"provider"_s, u"chair"_s, u"first"_s, u"time"_s,
                                      u"days"_s, u"count"_s}))
        return BadInput;
    const std::optional<int> every = numberOption(c, u"every"_s, 1, 1, SeriesRule::kMaxEveryWeeks);
    const std::optional<int> count = numberOption(c, u"count"_s, 1, 1, SeriesRule::kMaxCount);
    const std::optional<int> minutes = numberOption(c, u"minutes"_s, 0, 0, 600);
    const QTime time = QTime::fromString(c.value(u"time"_s), u"HH:mm"_s);
    const std::optional<QDate> first = dateOption(c, u"first"_s, {});
    Weekdays days;
    for (const QString &name : c.value(u"days"_s).split(u',', Qt::SkipEmptyParts)) {
        const std::optional<int> day = Weekdays::parseDayName(name.trimmed().toLower());
        if (!day) {
            c.err << Text::tr("chairside-cli: --days \"%1\" names no weekday; use mon, tue, wed, thu, fri, sat, sun.")
                             .arg(localformat::excerpt(name))
                  << Qt::endl;
            return BadInput;
        }
        days.insert(*day);
    }
    if (!time.isValid())
        c.err << Text::tr("chairside-cli: --time \"%1\" is not a time; use HH:MM.").arg(localformat::excerpt(c.value(u"time"_s)))
              << Qt::endl;
    if (!every || !count || !minutes || !first || !time.isValid() || days.isEmpty())
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    SeriesRequest request;
    request.patientId = c.value(u"patient"_s);
    request.typeId = c.value(u"type"_s);
    request.providerId = c.value(u"provider"_s);
    request.chairId = c.value(u"chair"_s);
    request.firstDate = *first;
    request.startMinute = time.hour() * 60 + time.minute();
    request.minutes = *minutes;
    request.rule.everyWeeks = *every;
    request.rule.days = days;
    request.rule.count = *count;
    SeriesPlan plan = d.services->series().plan(request, d.session);
    if (!plan.ok()) {
        c.err << u"chairside-cli: "_s << plan.message << Qt::endl;
        return outcomeCode(plan.result);
    }
    if (plan.failing() > 0 && !c.has(u"best"_s)) {
        c.err << Text::tr("chairside-cli: %n visit(s) cannot be booked as asked; nothing was saved. Book with --best to "
                          "take each one's best alternative (or skip it when it has none):",
                          nullptr, plan.failing())
              << Qt::endl;
        for (const SeriesInstance &i : std::as_const(plan.instances)) {
            if (i.violations.isEmpty())
                continue;
            c.err << u"  "_s << i.number << u". "_s << i.violations.constFirst().message;
            if (!i.alternatives.isEmpty())
                c.err << u" → "_s << d.booking->openingWords(i.alternatives.constFirst());
            c.err << Qt::endl;
        }
        return BookingRefused;
    }
    plan.takeBestAlternatives();
    const SeriesOutcome o = d.services->series().book(request, plan.instances, d.session);
    if (!o.ok()) {
        c.err << u"chairside-cli: "_s << o.message << Qt::endl;
        return outcomeCode(o.result);
    }
    if (!c.json())
        c.out << Text::tr("Booked %n visit(s) of the series:", nullptr, int(o.appointments.size())) << Qt::endl;
    printAppointments(c, d, o.appointments);
    return Done;
}

int seriesCancel(CommandLine &c)
{
    if (!c.require(u"series cancel"_s, {u"id"_s, u"reason"_s}))
        return BadInput;
    const std::optional<CancelReason> reason = cancelReasonOption(c.value(u"reason"_s), c.err);
    if (!reason)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    QString error;
    const std::optional<std::pair<QString, int>> inSeries = d.services->series().seriesOf(c.value(u"id"_s), &error);
    if (!inSeries) {
        c.err << u"chairside-cli: "_s
              << (error.isEmpty() ? Text::tr("that visit is not part of a series.") : error) << Qt::endl;
        return error.isEmpty() ? BadInput : CacheUnavailable;
    }
    const SeriesOutcome o = d.services->series().cancel(inSeries->first, inSeries->second, *reason, d.session);
    if (!o.ok()) {
        c.err << u"chairside-cli: "_s << o.message << Qt::endl;
        return outcomeCode(o.result);
    }
    if (!c.json())
        c.out << Text::tr("%n visit(s) of the series cancelled:", nullptr, int(o.appointments.size())) << Qt::endl;
    printAppointments(c, d, o.appointments);
    return Done;
}

int familyBook(CommandLine &c)
{
    if (!c.require(u"family book"_s, {u"patients"_s, u"types"_s, u"from"_s}))
        return BadInput;
    const QStringList patients = c.value(u"patients"_s).split(u',', Qt::SkipEmptyParts);
    const QStringList types = c.value(u"types"_s).split(u',', Qt::SkipEmptyParts);
    if (patients.size() != types.size() || patients.size() < 2) {
        c.err << Text::tr("chairside-cli: give two or more --patients and as many --types, in the same order, "
                          "separated by commas.")
              << Qt::endl;
        return BadInput;
    }
    const std::optional<int> days = numberOption(c, u"days"_s, 14, 1, 60);
    const std::optional<QDate> from = dateOption(c, u"from"_s, {});
    if (!days || !from)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    scheduling::GroupRequest request;
    for (qsizetype i = 0; i < patients.size(); ++i)
        request.members.append({patients.at(i).trimmed(), types.at(i).trimmed(), 0});
    request.arrangement = c.has(u"side-by-side"_s) ? scheduling::GroupRequest::Arrangement::SideBySide
                                                   : scheduling::GroupRequest::Arrangement::BackToBack;
    request.from = *from;
    request.days = *days;
    request.providerId = c.value(u"provider"_s);
    request.limit = 1;
    const FamilyOpeningsOutcome found = d.services->family().openings(request, d.session);
    if (!found.error.isEmpty()) {
        c.err << u"chairside-cli: "_s << found.error << Qt::endl;
        return roleMay(d.session.role, Access::FillBook) ? BadInput : Denied;
    }
    if (found.openings.isEmpty()) {
        c.err << Text::tr("chairside-cli: no time in those %n day(s) fits the whole family; try more days or side by "
                          "side.",
                          nullptr, *days)
              << Qt::endl;
        return BookingRefused;
    }
    const FamilyOutcome o = d.services->family().book(request, found.openings.constFirst(), d.session);
    if (!o.ok()) {
        c.err << u"chairside-cli: "_s << o.message << Qt::endl;
        return outcomeCode(o.result);
    }
    if (!c.json())
        c.out << Text::tr("Booked the family together:") << Qt::endl;
    printAppointments(c, d, o.appointments);
    return Done;
}

int away(CommandLine &c)
{
    if (!c.require(u"away"_s, {u"provider"_s, u"date"_s}))
        return BadInput;
    if (c.has(u"mark"_s) && c.has(u"back"_s)) {
        c.err << Text::tr("chairside-cli: give --mark or --back, not both.") << Qt::endl;
        return BadInput;
    }
    const std::optional<QDate> date = dateOption(c, u"date"_s, {});
    if (!date)
        return BadInput;
    Desk d;
    if (const std::optional<int> failed = open(c, d))
        return *failed;
    AbsenceService &absence = d.services->absence();
    const QString provider = c.value(u"provider"_s);
    QString error;
    if ((c.has(u"mark"_s) && !absence.markAbsent(provider, *date, d.session, &error))
        || (c.has(u"back"_s) && !absence.clearAbsence(provider, *date, d.session, &error)))
        return refused(c, d, Access::FillBook, error);
    const AbsenceReview review = absence.review(provider, *date, d.session);
    if (!review.ok()) {
        c.err << u"chairside-cli: "_s << review.message << Qt::endl;
        return outcomeCode(review.result);
    }
    if (c.has(u"apply"_s)) {
        const AbsenceOutcome applied = absence.apply(review.proposals, d.session);
        if (!applied.ok()) {
            c.err << u"chairside-cli: "_s << applied.message << Qt::endl;
            return outcomeCode(applied.result);
        }
        if (!c.json())
            c.out << Text::tr("Moved %n visit(s):", nullptr, int(applied.moved.size())) << Qt::endl;
        printAppointments(c, d, applied.moved);
        return Done;
    }
    if (c.json()) {
        QJsonArray proposals;
        for (const AbsenceProposal &p : review.proposals) {
            QJsonObject o{{u"appointmentId"_s, p.appointment.id},
                          {u"patient"_s, p.patientName},
                          {u"type"_s, p.typeName},
                          {u"emergency"_s, p.emergency},
                          {u"kind"_s, p.kind == AbsenceProposal::Kind::Reassign     ? u"reassign"_s
                                      : p.kind == AbsenceProposal::Kind::Reschedule ? u"reschedule"_s
                                                                                    : u"no_place"_s}};
            if (p.kind != AbsenceProposal::Kind::NoPlace)
                o.insert(u"target"_s, QJsonObject{{u"start"_s, localStamp(scheduling::fromMinute(p.target.start), d.zone)},
                                                  {u"providerId"_s, p.target.providerId},
                                                  {u"chairId"_s, p.target.chairId}});
            proposals.append(o);
        }
        printJson(c, QJsonObject{{u"absent"_s, review.absent}, {u"proposals"_s, proposals}});
        return Done;
    }
    c.out << (review.absent ? Text::tr("Away that day; %n visit(s) to move:", nullptr, int(review.proposals.size()))
                            : Text::tr("Works that day as usual; %n visit(s) booked.", nullptr,
                                       int(review.proposals.size())))
          << Qt::endl;
    if (!review.absent)
        return Done;
    for (const AbsenceProposal &p : review.proposals) {
        const QDateTime local = p.appointment.startUtc.toTimeZone(d.zone);
        const QString where = p.kind == AbsenceProposal::Kind::NoPlace
                ? Text::tr("no place: call the patient")
                : d.booking->openingWords(p.target);
        c.out << u"  "_s << localformat::time(local.time()) << u"  "_s << p.patientName << u" ("_s << p.typeName
              << u") → "_s << where << Qt::endl;
    }
    c.out << Text::tr("Move them all with --apply.") << Qt::endl;
    return Done;
}

Command::Option opt(const QString &name, const QString &valueName, std::function<QString()> describe)
{
    return Command::Option{name, valueName, std::move(describe)};
}

} // namespace

void appendFillCommands(QList<Command> &t)
{
    const QList<int> signedIn = {BadInput, CacheUnavailable, Denied, SignInFailed};
    const auto patient = opt(u"patient"_s, u"Q"_s, [] { return Text::tr("the patient's id"); });
    const auto type = opt(u"type"_s, u"T"_s, [] { return Text::tr("the appointment type's id"); });
    const auto provider = opt(u"provider"_s, u"P"_s, [] { return Text::tr("the provider's id"); });
    const auto id = opt(u"id"_s, u"ID"_s, [] { return Text::tr("the id the listing printed"); });
    t.append({u"waitlist add"_s, [] { return Text::tr("put a patient on the waitlist for a visit"); },
              u"waitlist add --data-dir DIR --patient Q --type T [--provider P] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
              "[--urgency 1-10] [--json]"_s,
              {patient, type, provider,
               opt(u"from"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the first day the patient can come (today)"); }),
               opt(u"to"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the last day (30 days after the first)"); }),
               opt(u"urgency"_s, u"N"_s, [] { return Text::tr("1 to 10, most urgent first (default 5)"); })},
              0, true, signedIn, waitlistAdd});
    t.append({u"waitlist list"_s, [] { return Text::tr("the waitlist, most urgent first"); },
              u"waitlist list --data-dir DIR [--json]"_s, {}, 0, true, signedIn, waitlistList});
    t.append({u"patient find"_s,
              [] {
                  return Text::tr("find patients by name (any order, accents ignored), a phone's last digits, a "
                                  "birthdate or the patient's number in the practice system, each with their next visit");
              },
              u"patient find --data-dir DIR TEXT [--limit N] [--json]"_s,
              {opt(u"limit"_s, u"N"_s, [] { return Text::tr("at most this many patients (default 20)"); })}, 1, true,
              signedIn, patientFind});
    t.append({u"patient show"_s,
              [] {
                  return Text::tr("a patient's card: contact details and preferences, family, visits with how they "
                                  "went, no-shows, the waitlist, unscheduled visits and the contact log");
              },
              u"patient show --data-dir DIR ID [--json]"_s, {}, 1, true, signedIn, patientShow});
    t.append({u"waitlist remove"_s, [] { return Text::tr("take an entry off the waitlist"); },
              u"waitlist remove --data-dir DIR --id ID"_s, {id}, 0, false, signedIn, waitlistRemove});
    t.append({u"unscheduled list"_s,
              [] { return Text::tr("patients who missed or cancelled a visit and have not booked again"); },
              u"unscheduled list --data-dir DIR [--days N] [--json]"_s,
              {opt(u"days"_s, u"N"_s, [] { return Text::tr("how far back, in days (default 30)"); })}, 0, true,
              signedIn, unscheduledList});
    t.append({u"offer list"_s, [] { return Text::tr("the offers of freed time and what became of them"); },
              u"offer list --data-dir DIR [--hours N] [--json]"_s,
              {opt(u"hours"_s, u"N"_s, [] { return Text::tr("how far back, in hours (default 12)"); })}, 0, true,
              signedIn, offerList});
    t.append({u"offer make"_s,
              [] {
                  return Text::tr("offer freed time to the next patients on the waitlist, for the practice's offer "
                                  "minutes");
              },
              u"offer make --data-dir DIR --chair C --provider P --start YYYY-MM-DDTHH:MM --minutes L [--json]"_s,
              {opt(u"chair"_s, u"C"_s, [] { return Text::tr("the chair's id"); }), provider,
               opt(u"start"_s, u"YYYY-MM-DDTHH:MM"_s, [] { return Text::tr("the start, in the practice's local time"); }),
               opt(u"minutes"_s, u"L"_s, [] { return Text::tr("how long the free time is"); })},
              0, true, signedIn, offerMake});
    t.append({u"offer reply"_s,
              [] { return Text::tr("the patient's answer: accepted books the time, declined offers it to the next"); },
              u"offer reply --data-dir DIR --id ID --accepted|--declined [--json]"_s,
              {id, opt(u"accepted"_s, {}, [] { return Text::tr("the patient took it"); }),
               opt(u"declined"_s, {}, [] { return Text::tr("the patient said no"); })},
              0, true, signedIn + QList<int>{BookingRefused}, offerReply});
    t.append({u"noshow detect"_s,
              [] { return Text::tr("today's patients not checked in after the practice's grace minutes"); },
              u"noshow detect --data-dir DIR [--json]"_s, {}, 0, true, signedIn, noshowDetect});
    t.append({u"noshow reschedule"_s,
              [] {
                  return Text::tr("the three best new times for a missed or cancelled visit and the message to send; "
                                  "with --outcome, the call's result (accepted books --choice)");
              },
              u"noshow reschedule --data-dir DIR --id A [--outcome accepted|declined|no_answer|left_message "
              "[--choice 1-3]] [--json]"_s,
              {id, opt(u"outcome"_s, u"OUTCOME"_s, [] { return Text::tr("how the call went"); }),
               opt(u"choice"_s, u"N"_s, [] { return Text::tr("the option the patient took (1 to 3)"); })},
              0, true, signedIn + QList<int>{BookingRefused}, noshowReschedule});
    t.append({u"confirmations list"_s,
              [] { return Text::tr("the visits to confirm, with each patient's number and where they stand"); },
              u"confirmations list --data-dir DIR [--from YYYY-MM-DD] [--days N] [--json]"_s,
              {opt(u"from"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the first office date (tomorrow)"); }),
               opt(u"days"_s, u"N"_s, [] { return Text::tr("how many days (default 1)"); })},
              0, true, signedIn, confirmationsList});
    t.append({u"confirmations record"_s,
              [] { return Text::tr("the outcome of a confirmation call; confirmed confirms the visit"); },
              u"confirmations record --data-dir DIR --id A --state confirmed|left_message|declined|unconfirmed "
              "[--json]"_s,
              {id, opt(u"state"_s, u"STATE"_s, [] { return Text::tr("what the patient said"); })}, 0, true,
              signedIn + QList<int>{BookingRefused}, confirmationsRecord});
    t.append({u"series book"_s,
              [] {
                  return Text::tr("book a repeating visit, all or none; refused with each failing visit's best "
                                  "alternative unless --best takes them");
              },
              u"series book --data-dir DIR --patient Q --type T --provider P --chair C --first YYYY-MM-DD --time HH:MM "
              "--days mon,thu --count K [--every N] [--minutes L] [--best] [--json]"_s,
              {patient, type, provider, opt(u"chair"_s, u"C"_s, [] { return Text::tr("the chair's id"); }),
               opt(u"first"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the first date"); }),
               opt(u"time"_s, u"HH:MM"_s, [] { return Text::tr("the local start time"); }),
               opt(u"days"_s, u"mon,thu"_s, [] { return Text::tr("the weekdays"); }),
               opt(u"count"_s, u"K"_s, [] { return Text::tr("how many visits"); }),
               opt(u"every"_s, u"N"_s, [] { return Text::tr("every N weeks (default 1)"); }),
               opt(u"minutes"_s, u"L"_s, [] { return Text::tr("the length (default the type's)"); }),
               opt(u"best"_s, {}, [] { return Text::tr("take each failing visit's best alternative"); })},
              0, true, signedIn + QList<int>{BookingRefused}, seriesBook});
    t.append({u"series cancel"_s, [] { return Text::tr("cancel a series from one of its visits on, all or none"); },
              u"series cancel --data-dir DIR --id A --reason patient|practice|emergency|other [--json]"_s,
              {opt(u"id"_s, u"A"_s, [] { return Text::tr("the first visit to cancel"); }),
               opt(u"reason"_s, u"R"_s, [] { return Text::tr("why: patient, practice, emergency or other"); })},
              0, true, signedIn, seriesCancel});
    t.append({u"family book"_s,
              [] { return Text::tr("book several family members together at the first time that fits them all"); },
              u"family book --data-dir DIR --patients Q1,Q2 --types T1,T2 --from YYYY-MM-DD [--days N] [--provider P] "
              "[--side-by-side] [--json]"_s,
              {opt(u"patients"_s, u"Q1,Q2"_s, [] { return Text::tr("the patients' ids"); }),
               opt(u"types"_s, u"T1,T2"_s, [] { return Text::tr("each one's appointment type, in the same order"); }),
               opt(u"from"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the first office date"); }),
               opt(u"days"_s, u"N"_s, [] { return Text::tr("how many days to search (default 14)"); }), provider,
               opt(u"side-by-side"_s, {}, [] { return Text::tr("at the same time in several chairs"); })},
              0, true, signedIn + QList<int>{BookingRefused}, familyBook});
    t.append({u"away"_s,
              [] {
                  return Text::tr("a provider away for a day: mark it, see where each visit could go, apply the "
                                  "proposals, or mark them back");
              },
              u"away --data-dir DIR --provider P --date YYYY-MM-DD [--mark|--back] [--apply] [--json]"_s,
              {provider, opt(u"date"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the office date"); }),
               opt(u"mark"_s, {}, [] { return Text::tr("mark the provider away that day"); }),
               opt(u"back"_s, {}, [] { return Text::tr("back at work that day"); }),
               opt(u"apply"_s, {}, [] { return Text::tr("move every visit as proposed, all or none"); })},
              0, true, signedIn + QList<int>{BookingRefused}, away});
    t.append({u"dashboard"_s,
              [] { return Text::tr("the day's or week's figures: visits by status, no-shows, time booked, gaps"); },
              u"dashboard --data-dir DIR [--from YYYY-MM-DD] [--days N] [--json]"_s,
              {opt(u"from"_s, u"YYYY-MM-DD"_s, [] { return Text::tr("the first office date (today)"); }),
               opt(u"days"_s, u"N"_s, [] { return Text::tr("how many days (default 7)"); })},
              0, true, signedIn, dashboard});
}

} // namespace chairside::cli
