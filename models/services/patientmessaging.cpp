#include "patientmessaging.h"

#include "access.h"
#include "bookingservice.h"
#include "fillservice.h"
#include "patientmessages.h"
#include "patientrecords.h"
#include "practiceservices.h"
#include "reminderservice.h"
#include "servicewrites.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/patientsearch.h"
#include "domain/phonenumber.h"
#include "domain/session.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/messagerepository.h"
#include "store/patientsearchindex.h"
#include "store/practicerepository.h"
#include "store/reminderrepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::PatientMessaging)
};

QString firstNameOf(const Patient &p)
{
    return p.firstName.isEmpty() ? p.name.section(u' ', 0, 0) : p.firstName;
}

QString providerName(const MessagingSettings &s, ContactChannel way)
{
    return way == ContactChannel::Sms ? s.smsProvider : s.emailProvider;
}

// The fields a template is written with, for `patient` and a visit or opening at `startUtc`.
QHash<QString, QString> fieldsFor(const Patient &patient, const Practice &office, const MessagingSettings &s,
                                  const QDateTime &startUtc, int minutes)
{
    const QTimeZone zone = office.timeZone();
    const QString region = phonenumber::regionOf(zone);
    const QDateTime local = startUtc.isValid() ? startUtc.toTimeZone(zone) : QDateTime();
    const QString language = patient.language.isEmpty() ? u"en"_s : patient.language;
    return {{u"first_name"_s, firstNameOf(patient)},
            {u"date"_s, local.isValid() ? patientmessage::dateText(language, local) : QString()},
            {u"time"_s, local.isValid() ? patientmessage::timeText(language, local) : QString()},
            {u"practice"_s, office.name},
            {u"phone"_s, phonenumber::display(s.practicePhone.isEmpty() ? s.smsFrom : s.practicePhone, region)},
            {u"minutes"_s, QString::number(minutes)}};
}

QString templateFor(store::MessageRepository &repo, TemplateKind kind, const QString &language, QSqlError *error)
{
    return repo.templateText(kind, language, error).value_or(patientmessage::defaultTemplate(kind, language));
}

} // namespace

namespace messaging {

Routed route(store::Cache &cache, ContactRecord &c, QString *why, QSqlError *e)
{
    const bool offer = c.purpose == ContactPurpose::WaitlistOffer;
    if (c.outcome != ContactOutcome::Prepared || (c.purpose != ContactPurpose::Reminder && !offer)
        || (c.channel != ContactChannel::Sms && c.channel != ContactChannel::Email))
        return Routed::NotMine;
    QSqlDatabase &db = cache.database();
    store::MessageRepository repo(db);
    const MessagingSettings s = repo.settings(e);
    if (e->isValid() || !s.sends(c.channel))
        return Routed::NotMine;
    store::PracticeRepository practice(db);
    const std::optional<Patient> patient = practice.patient(c.patientId, e);
    const std::optional<Practice> office = practice.practice(e);
    if (!patient || !office)
        return Routed::NotMine;
    // An offer that cannot be texted now is left to staff to call; a reminder tries the next way.
    auto refuse = [&](const QString &reason) {
        if (offer)
            return Routed::NotMine;
        *why = reason;
        return Routed::Refused;
    };
    if (patient->doNotContact)
        return refuse(Text::tr("the patient asked not to be contacted"));
    const QTimeZone zone = office->timeZone();
    QString recipient;
    if (c.channel == ContactChannel::Sms) {
        const phonenumber::Reading number = phonenumber::read(patient->phone, phonenumber::regionOf(zone));
        if (!number.ok())
            return refuse(patient->phone.trimmed().isEmpty() ? Text::tr("no mobile number on file")
                                                             : Text::tr("the number on file cannot take texts"));
        recipient = number.e164;
        if (const std::optional<QDateTime> since = repo.optedOutSince(recipient, e))
            return refuse(Text::tr("the patient texted STOP on %1; no more texts")
                                  .arg(localformat::longDate(since->toTimeZone(zone).date())));
    } else {
        recipient = patient->email.trimmed();
        if (!plausibleEmail(recipient))
            return refuse(recipient.isEmpty() ? Text::tr("no e-mail address on file")
                                              : Text::tr("the e-mail address on file is not one"));
    }
    QDateTime startUtc;
    int minutes = 0;
    if (offer) {
        const std::optional<WaitlistOffer> o = store::FillRepository(db).offer(c.offerId, e);
        if (!o)
            return Routed::NotMine;
        startUtc = o->startUtc;
        minutes = int(o->offeredUtc.secsTo(o->expiresUtc) / 60);
    } else {
        const std::optional<Appointment> a = store::AppointmentRepository(db).find(c.appointmentId, e);
        if (!a)
            return Routed::NotMine;
        startUtc = a->startUtc;
    }
    const QDateTime now = c.createdUtc.isValid() ? c.createdUtc : QDateTime::currentDateTimeUtc();
    QDateTime notBefore = now;
    if (c.channel == ContactChannel::Sms && s.quiet.contains(now.toTimeZone(zone).time())) {
        if (offer)
            return Routed::NotMine; // held for minutes only: by morning it is gone
        notBefore = s.quiet.nextAllowed(now, zone);
        if (notBefore >= startUtc)
            return refuse(Text::tr("quiet hours last until after the visit"));
    }
    const QString language = patient->language.isEmpty() ? u"en"_s : patient->language;
    const QHash<QString, QString> fields = fieldsFor(*patient, *office, s, startUtc, minutes);
    OutgoingMessage m;
    m.id = newId();
    m.patientId = patient->id;
    m.appointmentId = c.appointmentId;
    m.offerId = c.offerId;
    m.contactId = c.id;
    m.purpose = c.purpose;
    m.channel = c.channel;
    m.recipient = recipient;
    m.language = language;
    m.body = patientmessage::tidy(messagetemplate::render(
            templateFor(repo, offer ? TemplateKind::Offer : TemplateKind::Reminder, language, e), fields));
    if (c.channel == ContactChannel::Email) {
        m.subject = patientmessage::emailSubject(c.purpose, language, office->name, fields.value(u"date"_s));
        m.body += u"\n\n"_s
                + messagetemplate::render(templateFor(repo, TemplateKind::EmailFooter, language, e), fields);
    }
    m.notBeforeUtc = notBefore;
    m.createdUtc = now;
    if (!offer) {
        const ReminderSettings ways = store::ReminderRepository(db).settings(e);
        bool after = false;
        for (const ContactChannel way : ways.channels) {
            if (way == c.channel)
                after = true;
            else if (after || !ways.channels.contains(c.channel))
                m.fallbacks.append(way);
        }
    }
    if (!repo.enqueue(m, e))
        return Routed::NotMine;
    c.message = m.body;
    c.handledBy = providerName(s, c.channel);
    return Routed::Queued;
}

} // namespace messaging

MessagingService::MessagingService(store::Cache &cache, const Clock &clock, PracticeServices &services)
    : m_cache(cache), m_clock(clock), m_services(services)
{
}

bool MessagingService::connected(QString *error)
{
    const std::optional<MessagingSettings> s = settings(error);
    return s && (s->sms() || s->email());
}

std::optional<ContactRecord> MessagingService::sendRecall(const QString &patientId, const UserSession &session,
                                                          QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook,
                                                            u"contact"_s, {}, patientId)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlDatabase &db = m_cache.database();
    QSqlError e;
    store::MessageRepository repo(db);
    const MessagingSettings s = repo.settings(&e);
    store::PracticeRepository practice(db);
    const std::optional<Patient> patient = practice.patient(patientId, &e);
    const std::optional<Practice> office = practice.practice(&e);
    if (e.isValid()) {
        *error = m_cache.describeFailure(e);
        return std::nullopt;
    }
    if (!patient || !office) {
        *error = Text::tr("There is no patient \"%1\"; check the id.").arg(localformat::excerpt(patientId));
        return std::nullopt;
    }
    if (patient->doNotContact) {
        *error = Text::tr("%1 asked not to be contacted; no recall message was sent.").arg(patient->name);
        return std::nullopt;
    }
    // The patient's own way when the practice sends it; else texts, then e-mail.
    ContactChannel way = patient->preferredContact;
    if (!s.sends(way))
        way = s.sms() ? ContactChannel::Sms : ContactChannel::Email;
    if (!s.sends(way)) {
        *error = Text::tr("Texts and e-mails are not connected; call the patient, then record the contact.");
        return std::nullopt;
    }
    const QTimeZone zone = office->timeZone();
    QString recipient;
    if (way == ContactChannel::Sms) {
        const phonenumber::Reading number = phonenumber::read(patient->phone, phonenumber::regionOf(zone));
        if (!number.ok()) {
            *error = Text::tr("%1 has no mobile number that can take texts; call them instead.").arg(patient->name);
            return std::nullopt;
        }
        recipient = number.e164;
        if (repo.optedOutSince(recipient, &e)) {
            *error = Text::tr("%1's mobile texted STOP; call them instead.").arg(patient->name);
            return std::nullopt;
        }
    } else {
        recipient = patient->email.trimmed();
        if (!plausibleEmail(recipient)) {
            *error = Text::tr("%1 has no e-mail address on file; call them instead.").arg(patient->name);
            return std::nullopt;
        }
    }
    const QDateTime now = m_clock.nowUtc();
    const QString language = patient->language.isEmpty() ? u"en"_s : patient->language;
    const QHash<QString, QString> fields = fieldsFor(*patient, *office, s, QDateTime(), 0);
    OutgoingMessage m;
    m.id = newId();
    m.patientId = patient->id;
    m.purpose = ContactPurpose::Recall;
    m.channel = way;
    m.recipient = recipient;
    m.language = language;
    m.body = patientmessage::tidy(messagetemplate::render(templateFor(repo, TemplateKind::Recall, language, &e), fields));
    if (way == ContactChannel::Email) {
        m.subject = office->name;
        m.body += u"\n\n"_s + messagetemplate::render(templateFor(repo, TemplateKind::EmailFooter, language, &e), fields);
    }
    // Quiet hours: a recall can wait for the morning.
    m.notBeforeUtc = way == ContactChannel::Sms && s.quiet.contains(now.toTimeZone(zone).time())
            ? s.quiet.nextAllowed(now, zone)
            : now;
    m.createdUtc = now;
    ContactRecord c;
    c.id = newId();
    c.patientId = patient->id;
    c.purpose = ContactPurpose::Recall;
    c.channel = way;
    c.handledBy = providerName(s, way);
    c.language = language;
    c.message = m.body;
    c.outcome = ContactOutcome::Prepared;
    c.correlationId = newId();
    c.userId = session.userId;
    c.createdUtc = now;
    m.contactId = c.id;
    const bool ok = inWrite(m_cache, error, [&](QSqlDatabase &unit, QSqlError *we, QString *) {
        store::AuditRecord record = store::AuditRecord::by(session, now, u"contact"_s, u"contact"_s, c.id, c.patientId,
                                                           u"purpose=recall channel="_s + contactChannelName(way));
        record.correlationId = c.correlationId;
        return store::MessageRepository(unit).enqueue(m, we) && store::FillRepository(unit).insertContact(c, we)
                && store::AuditLog(unit).append(record, we);
    });
    if (!ok)
        return std::nullopt;
    return c;
}

std::optional<MessagingSettings> MessagingService::settings(QString *error)
{
    QSqlError sqlError;
    const MessagingSettings s = store::MessageRepository(m_cache.database()).settings(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return s;
}

bool MessagingService::settingsChange(const MessagingSettings &next, const UserSession &session,
                                      const QString &detail, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice)) {
        *error = *denied;
        return false;
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).setSettings(next, e)
                && store::AuditLog(db).append(store::AuditRecord::by(session, m_clock.nowUtc(), u"settings"_s,
                                                                     u"messaging_settings"_s, {}, {}, detail),
                                              e);
    });
}

namespace {

// Why a provider's address cannot be kept: credentials or a query in it (they would be stored
// and shown), or not a web address.
QString urlProblem(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty())
        return Text::tr("\"%1\" is not a web address; give the provider's API address, like https://api.twilio.com.")
                .arg(url);
    if (!u.userInfo().isEmpty() || u.hasQuery() || u.hasFragment())
        return Text::tr("Give the provider's address alone, without a name, key or query in it; the keys are asked "
                        "for separately and kept in the keychain.");
    return {};
}

} // namespace

bool MessagingService::connectSms(const QString &provider, const QString &url, const QString &from,
                                  const QString &accountSid, const UserSession &session, QString *error)
{
    if (const QString wrong = urlProblem(url); !wrong.isEmpty()) {
        *error = wrong;
        return false;
    }
    std::optional<MessagingSettings> s = settings(error);
    if (!s)
        return false;
    const phonenumber::Reading number = phonenumber::read(from, m_services.patients().region());
    if (!number.ok()) {
        *error = Text::tr("\"%1\" is not a number to send texts from; give the provider's number, like "
                          "+15125550100.")
                         .arg(from);
        return false;
    }
    s->smsProvider = provider;
    s->smsUrl = url;
    s->smsFrom = number.e164;
    s->accountSid = accountSid;
    return settingsChange(*s, session, u"sms=%1 url=%2"_s.arg(provider, url), error);
}

bool MessagingService::connectEmail(const QString &provider, const QString &url, const QString &from,
                                    const UserSession &session, QString *error)
{
    if (const QString wrong = urlProblem(url); !wrong.isEmpty()) {
        *error = wrong;
        return false;
    }
    std::optional<MessagingSettings> s = settings(error);
    if (!s)
        return false;
    if (!plausibleEmail(from.trimmed())) {
        *error = Text::tr("\"%1\" is not an e-mail address to send from; give the sender the provider verified, "
                          "like desk@practice.example.")
                         .arg(from);
        return false;
    }
    s->emailProvider = provider;
    s->emailUrl = url;
    s->emailFrom = from.trimmed();
    return settingsChange(*s, session, u"email=%1 url=%2"_s.arg(provider, url), error);
}

bool MessagingService::setQuietHours(const QuietHours &quiet, const UserSession &session, QString *error)
{
    std::optional<MessagingSettings> s = settings(error);
    if (!s)
        return false;
    s->quiet = quiet;
    return settingsChange(*s, session, u"quiet_hours="_s + quiet.text(), error);
}

bool MessagingService::setPracticePhone(const QString &phone, const UserSession &session, QString *error)
{
    std::optional<MessagingSettings> s = settings(error);
    if (!s)
        return false;
    QString stored;
    if (!phone.trimmed().isEmpty()) {
        const phonenumber::Reading number = phonenumber::read(phone, m_services.patients().region());
        if (!number.ok()) {
            *error = number.error;
            return false;
        }
        stored = number.e164;
    }
    s->practicePhone = stored;
    return settingsChange(*s, session, u"practice_phone"_s, error);
}

std::optional<QString> MessagingService::templateText(TemplateKind kind, const QString &language, QString *error)
{
    QSqlError sqlError;
    store::MessageRepository repo(m_cache.database());
    const QString text = templateFor(repo, kind, language, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return text;
}

bool MessagingService::isDefaultTemplate(TemplateKind kind, const QString &language)
{
    return !store::MessageRepository(m_cache.database()).templateText(kind, language).has_value();
}

bool MessagingService::setTemplate(TemplateKind kind, const QString &language, const QString &text,
                                   const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice)) {
        *error = *denied;
        return false;
    }
    if (language != u"en" && language != u"es") {
        *error = Text::tr("Templates are kept in English (en) and Spanish (es); \"%1\" is neither.").arg(language);
        return false;
    }
    const bool reset = text.trimmed().isEmpty();
    if (!reset) {
        if (const QString wrong = messagetemplate::check(text); !wrong.isEmpty()) {
            *error = wrong;
            return false;
        }
    }
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::MessageRepository repo(db);
        return (reset ? repo.resetTemplate(kind, language, e)
                      : repo.setTemplate(kind, language, text, session.userId, now, e))
                && store::AuditLog(db).append(
                        store::AuditRecord::by(session, now, u"settings"_s, u"message_template"_s,
                                               templateKindName(kind) + u'.' + language, {},
                                               reset ? u"reset"_s : u"changed"_s),
                        e);
    });
}

std::optional<MessagingStatus> MessagingService::status(QString *error)
{
    QSqlError sqlError;
    store::MessageRepository repo(m_cache.database());
    MessagingStatus s;
    s.settings = repo.settings(&sqlError);
    s.counts = repo.counts(&sqlError);
    s.lastSend = repo.lastStep(u"send"_s, &sqlError);
    s.lastDelivery = repo.lastStep(u"delivery"_s, &sqlError);
    s.lastReplies = repo.lastStep(u"replies"_s, &sqlError);
    s.openInbox = int(repo.inbox(true, 1000, &sqlError).size());
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return s;
}

std::optional<QList<InboundMessage>> MessagingService::inbox(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    const QList<InboundMessage> items = store::MessageRepository(m_cache.database()).inbox(false, 200, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QList<ReadOf> reads;
    for (const InboundMessage &m : items) {
        if (!m.patientId.isEmpty())
            reads.append({u"patient"_s, m.patientId, m.patientId});
    }
    if (!reads.isEmpty() && !auditReads(m_cache, m_clock, session, reads, u"messages inbox"_s, error))
        return std::nullopt;
    return items;
}

bool MessagingService::closeInboxItem(const QString &id, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return false;
    }
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).closeInbound(id, session.userId, now, e) >= 0
                && store::AuditLog(db).append(
                        store::AuditRecord::by(session, now, u"inbox_done"_s, u"inbound_message"_s, id), e);
    });
}

std::optional<QDateTime> MessagingService::textsStopped(const Patient &patient)
{
    const phonenumber::Reading number = phonenumber::read(patient.phone, m_services.patients().region());
    if (!number.ok())
        return std::nullopt;
    return store::MessageRepository(m_cache.database()).optedOutSince(number.e164);
}

bool MessagingService::recordContact(const OutgoingMessage &m, ContactOutcome outcome, const QString &note,
                                     const QString &handledBy, const UserSession &session,
                                     const QString &auditAction, QSqlError *e)
{
    ContactRecord contact;
    contact.id = newId();
    contact.patientId = m.patientId;
    contact.appointmentId = m.appointmentId;
    contact.offerId = m.offerId;
    contact.purpose = m.purpose;
    contact.channel = m.channel;
    contact.handledBy = handledBy;
    contact.language = m.language;
    contact.message = note;
    contact.outcome = outcome;
    contact.correlationId = m.contactId.isEmpty() ? m.id : m.contactId;
    contact.userId = session.userId;
    contact.createdUtc = m_clock.nowUtc();
    QSqlDatabase &db = m_cache.database();
    store::AuditRecord record =
            store::AuditRecord::by(session, contact.createdUtc, auditAction, u"message"_s, m.id, m.patientId,
                                   u"channel=%1 provider_id=%2"_s.arg(contactChannelName(m.channel), m.providerId));
    record.correlationId = contact.correlationId;
    return store::FillRepository(db).insertContact(contact, e) && store::AuditLog(db).append(record, e);
}

bool MessagingService::accepted(const OutgoingMessage &m, const QString &providerId, const QString &status,
                                const UserSession &session, QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        const int marked = store::MessageRepository(db).markAccepted(m.id, providerId, status, now, e);
        if (marked < 0)
            return false;
        if (marked == 0)
            return true; // recorded already
        OutgoingMessage sent = m;
        sent.providerId = providerId;
        const QString provider = providerName(store::MessageRepository(db).settings(e), m.channel);
        return !e->isValid() && recordContact(sent, ContactOutcome::Sent, {}, provider, session, u"message_sent"_s, e);
    });
}

bool MessagingService::delivered(const OutgoingMessage &m, const QString &status, const UserSession &session,
                                 QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::MessageRepository repo(db);
        const QString provider = providerName(repo.settings(e), m.channel);
        return repo.setState(m.id, MessageState::Delivered, status, {}, {}, now, e) >= 0
                && recordContact(m, ContactOutcome::Delivered, {}, provider, session, u"message_delivered"_s, e);
    });
}

bool MessagingService::retryLater(const OutgoingMessage &m, const QDateTime &notBeforeUtc, const QString &why,
                                  QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::MessageRepository(db).requeue(m.id, notBeforeUtc, why, now, e) >= 0;
    });
}

bool MessagingService::toStaff(const OutgoingMessage &m, const QString &why, const UserSession &session,
                               QSqlError *e)
{
    QSqlDatabase &db = m_cache.database();
    const QString what = m.purpose == ContactPurpose::WaitlistOffer
            ? Text::tr("The offer of a freed time could not reach the patient (%1). Call them while it is open.")
                      .arg(why)
            : Text::tr("The visit reminder could not reach the patient (%1). Call them, and correct their contact "
                       "details.")
                      .arg(why);
    InboundMessage item;
    item.providerId = u"unreached:"_s + m.id;
    item.from = m.recipient;
    item.receivedUtc = m_clock.nowUtc();
    item.patientId = m.patientId;
    item.messageId = m.id;
    item.action = u"unreached"_s;
    item.open = true;
    item.note = what;
    ContactRecord call;
    call.id = newId();
    call.patientId = m.patientId;
    call.appointmentId = m.appointmentId;
    call.offerId = m.offerId;
    call.purpose = m.purpose;
    call.channel = ContactChannel::Phone;
    call.handledBy = u"staff_call"_s;
    call.language = m.language;
    call.message = what;
    call.correlationId = m.contactId.isEmpty() ? m.id : m.contactId;
    call.userId = session.userId;
    call.createdUtc = item.receivedUtc;
    return store::MessageRepository(db).insertInbound(item, e) && store::FillRepository(db).insertContact(call, e);
}

bool MessagingService::failed(const OutgoingMessage &m, const QString &code, const QString &why, bool stopped,
                              const UserSession &session, QString *error)
{
    const QDateTime now = m_clock.nowUtc();
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::MessageRepository repo(db);
        const QString provider = providerName(repo.settings(e), m.channel);
        if (repo.setState(m.id, MessageState::Failed, {}, code, why, now, e) < 0)
            return false;
        if (stopped && !repo.optOut(m.recipient, now, u"provider"_s, e))
            return false;
        if (!recordContact(m, ContactOutcome::Failed, why, provider, session, u"message_failed"_s, e))
            return false;
        // The next way the practice uses, then staff.
        QStringList reasons{why};
        for (qsizetype i = 0; i < m.fallbacks.size(); ++i) {
            ContactRecord next;
            next.id = newId();
            next.patientId = m.patientId;
            next.appointmentId = m.appointmentId;
            next.offerId = m.offerId;
            next.purpose = m.purpose;
            next.channel = m.fallbacks.at(i);
            next.language = m.language;
            next.correlationId = m.contactId.isEmpty() ? m.id : m.contactId;
            next.userId = session.userId;
            next.createdUtc = now;
            QString refused;
            const messaging::Routed routed = messaging::route(m_cache, next, &refused, e);
            if (e->isValid())
                return false;
            if (routed == messaging::Routed::Queued)
                return store::FillRepository(db).insertContact(next, e);
            if (routed == messaging::Routed::Refused)
                reasons.append(refused);
        }
        return toStaff(m, reasons.join(u"; "_s), session, e);
    });
}

bool MessagingService::queueText(const QString &patientId, const QString &offerId, const QString &recipient,
                                 TemplateKind kind, QSqlError *e)
{
    QSqlDatabase &db = m_cache.database();
    store::MessageRepository repo(db);
    store::PracticeRepository practice(db);
    const std::optional<Patient> patient = practice.patient(patientId, e);
    const std::optional<Practice> office = practice.practice(e);
    const MessagingSettings s = repo.settings(e);
    if (!patient || !office || !s.sms())
        return !e->isValid();
    const QDateTime now = m_clock.nowUtc();
    OutgoingMessage m;
    m.id = newId();
    m.patientId = patientId;
    m.offerId = offerId;
    m.purpose = ContactPurpose::Confirmation; // an answer, not a request a reply could match
    m.channel = ContactChannel::Sms;
    m.recipient = recipient;
    m.language = patient->language.isEmpty() ? u"en"_s : patient->language;
    m.body = messagetemplate::render(templateFor(repo, kind, m.language, e),
                                     fieldsFor(*patient, *office, s, QDateTime(), 0));
    m.notBeforeUtc = s.quiet.nextAllowed(now, office->timeZone());
    m.createdUtc = now;
    return repo.enqueue(m, e);
}

QString MessagingService::knownPatient(const QString &e164)
{
    // The patients whose phone ends as this one does, read from the search index, then the
    // one whose number is this one exactly; none when it is nobody's or several people's.
    QString digits;
    for (const QChar c : e164)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() < 7)
        return {};
    QSqlError sqlError;
    const patientsearch::Query query =
            patientsearch::parse(digits.right(7), QLocale::c(), m_clock.nowUtc().date());
    const QString region = m_services.patients().region();
    QStringList found;
    store::PracticeRepository practice(m_cache.database());
    for (const FoundPatient &f : store::PatientSearchIndex(m_cache.database()).find(query, 20, {}, &sqlError)) {
        const std::optional<Patient> p = practice.patient(f.patient.id, &sqlError);
        if (p && phonenumber::read(p->phone, region).e164 == e164)
            found.append(p->id);
    }
    return found.size() == 1 ? found.first() : QString();
}

bool MessagingService::handleReply(const InboundMessage &reply, const UserSession &session, QString *error)
{
    QSqlError sqlError;
    store::MessageRepository repo(m_cache.database());
    if (repo.hasInbound(reply.providerId, &sqlError))
        return true;
    // Kept first, open: a reply whose handling is cut short waits for staff, never acted on twice.
    InboundMessage in = reply;
    {
        const phonenumber::Reading number = phonenumber::read(reply.from, m_services.patients().region());
        if (number.ok())
            in.from = number.e164;
    }
    in.action = u"reading"_s;
    in.open = true;
    if (!inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
            return store::MessageRepository(db).insertInbound(in, e);
        }))
        return false;

    const QDateTime now = m_clock.nowUtc();
    const ReplyIntent intent = readReply(reply.body);
    // The latest request to this number still open: a reminder of a visit to come, an offer.
    std::optional<OutgoingMessage> request;
    std::optional<Appointment> visit;
    std::optional<WaitlistOffer> offer;
    // A closed offer answers a late YES ("taken") only when nothing is open to this number.
    std::optional<OutgoingMessage> closedRequest;
    std::optional<WaitlistOffer> closedOffer;
    QSet<QString> openFor; // the patients with an open request to this number
    for (const OutgoingMessage &m : repo.latestTo(in.from, 10, &sqlError)) {
        if (m.purpose == ContactPurpose::WaitlistOffer) {
            const std::optional<WaitlistOffer> o = store::FillRepository(m_cache.database()).offer(m.offerId, &sqlError);
            if (!o)
                continue;
            if (o->state == OfferState::Offered && o->expiresUtc > now) {
                openFor.insert(m.patientId);
                if (!request) {
                    request = m;
                    offer = o;
                }
            } else if (!closedRequest) {
                closedRequest = m;
                closedOffer = o;
            }
        } else if (const std::optional<Appointment> a =
                           store::AppointmentRepository(m_cache.database()).find(m.appointmentId, &sqlError);
                   a && a->startUtc > now
                   && (a->status == AppointmentStatus::Scheduled || a->status == AppointmentStatus::Confirmed)) {
            openFor.insert(m.patientId);
            if (!request) {
                request = m;
                visit = a;
            }
        }
    }
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return false;
    }
    if (!request && closedRequest && intent == ReplyIntent::Yes) {
        request = closedRequest;
        offer = closedOffer;
    }
    // A number several patients share (a family's phone), each with something open: which
    // visit a bare "C" or "NO" means is for staff to ask.
    const bool shared = openFor.size() > 1;
    in.patientId = request ? request->patientId : knownPatient(in.from);
    in.messageId = request ? request->id : QString();
    in.open = false;
    ContactOutcome outcome = ContactOutcome::Replied;
    if (intent == ReplyIntent::Start) {
        in.action = u"started"_s;
        in.note = Text::tr("Texted START: texts to this number may go again.");
        if (!inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                return store::MessageRepository(db).optIn(in.from, e);
            }))
            return false;
    } else if (intent == ReplyIntent::Stop) {
        in.action = u"stopped"_s;
        in.note = Text::tr("Texted STOP: no more texts go to this number.");
        if (offer && offer->state == OfferState::Offered) {
            QString why;
            (void)m_services.fill().declineOffer(offer->id, session, &why);
        }
        if (!inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
                return store::MessageRepository(db).optOut(in.from, reply.receivedUtc, u"reply"_s, e);
            }))
            return false;
    } else if (!request || intent == ReplyIntent::Other || shared) {
        in.action = u"inbox"_s;
        in.open = true;
        in.note = shared   ? Text::tr("Several patients share this number and each has a visit or offer open: "
                                      "ask which one the reply is about.")
                : request ? Text::tr("A reply to be read by staff.")
                          : Text::tr("A text from a number with no open reminder or offer.");
        if (shared) {
            in.patientId.clear();
            in.messageId.clear();
        }
    } else if (visit && intent == ReplyIntent::Yes) {
        const BookingOutcome done = m_services.reminders().markConfirmation(visit->id, ConfirmationState::Confirmed,
                                                                           session, ContactChannel::Sms);
        in.action = done.ok() ? u"confirmed"_s : u"inbox"_s;
        in.open = !done.ok();
        in.note = done.ok() ? Text::tr("The visit is confirmed.")
                            : Text::tr("Asked to confirm, but: %1").arg(done.message);
        outcome = done.ok() ? ContactOutcome::Accepted : ContactOutcome::Replied;
    } else if (visit && intent == ReplyIntent::No) {
        const BookingOutcome done = m_services.booking().cancel(visit->id, visit->version, CancelReason::Patient, session);
        in.action = done.ok() ? u"cancelled"_s : u"inbox"_s;
        in.open = !done.ok();
        outcome = done.ok() ? ContactOutcome::Declined : ContactOutcome::Replied;
        if (done.ok()) {
            const FreedSlot slot{visit->chairId, visit->providerId, visit->startUtc, visit->minutes};
            QString why;
            const std::optional<QList<WaitlistOffer>> made = m_services.fill().offerSlot(slot, session, &why);
            in.note = made && !made->isEmpty()
                    ? Text::tr("The visit is cancelled; the time was offered to %n patient(s) on the waitlist.",
                               nullptr, int(made->size()))
                    : Text::tr("The visit is cancelled; nobody on the waitlist can take the time.");
        } else {
            in.note = Text::tr("Asked to cancel, but: %1").arg(done.message);
        }
    } else if (offer && intent == ReplyIntent::Yes) {
        const BookingOutcome done = m_services.fill().acceptOffer(offer->id, session);
        const bool wasOpen = offer->state == OfferState::Offered && offer->expiresUtc > now;
        in.action = done.ok() ? u"accepted"_s : u"taken"_s;
        // Still open and yet not booked (a rule refused it): staff look at it.
        in.open = !done.ok() && wasOpen;
        outcome = done.ok() ? ContactOutcome::Accepted : ContactOutcome::Replied;
        in.note = done.ok() ? Text::tr("The offered time is booked.")
                            : Text::tr("Wanted the offered time, but it is gone (%1); told so by text.")
                                      .arg(done.message);
        if (!done.ok()
            && !inWrite(m_cache, error, [&](QSqlDatabase &, QSqlError *e, QString *) {
                   return queueText(offer->patientId, offer->id, in.from, TemplateKind::OfferTaken, e);
               }))
            return false;
    } else if (offer && intent == ReplyIntent::No) {
        QString why;
        const bool done = offer->state == OfferState::Offered
                && m_services.fill().declineOffer(offer->id, session, &why).has_value();
        in.action = u"declined"_s;
        outcome = ContactOutcome::Declined;
        in.note = done ? Text::tr("Declined the offer; the time goes to the next patient.")
                       : Text::tr("Declined an offer that had already closed.");
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        if (store::MessageRepository(db).updateInbound(in, e) < 0)
            return false;
        if (in.patientId.isEmpty() || !request)
            return store::AuditLog(db).append(store::AuditRecord::by(session, now, u"reply"_s, u"inbound_message"_s,
                                                                     reply.providerId, {}, u"action="_s + in.action),
                                              e);
        OutgoingMessage about = *request;
        about.providerId = reply.providerId;
        const QString provider = providerName(store::MessageRepository(db).settings(e), about.channel);
        return !e->isValid() && recordContact(about, outcome, reply.body, provider, session, u"reply"_s, e);
    });
}

} // namespace chairside
