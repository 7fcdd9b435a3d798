#include "store/appointmentrepository.h"
#include "reminderservice.h"

#include "access.h"
#include "servicewrites.h"
#include "messagechannel.h"
#include "patientmessages.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/session.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/practicerepository.h"
#include "store/reminderrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::ReminderService)
};

// Why `way` cannot reach `patient` with what the practice has on file, or empty.
QString undeliverable(const Patient &patient, ContactChannel way)
{
    switch (way) {
    case ContactChannel::Sms:
    case ContactChannel::Phone: {
        qsizetype digits = 0;
        for (const QChar c : patient.phone)
            digits += c.isDigit() ? 1 : 0;
        if (digits == 0)
            return Text::tr("no phone number on file");
        if (digits < 7)
            return Text::tr("the phone number \"%1\" is too short").arg(patient.phone);
        return {};
    }
    case ContactChannel::Email: {
        static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        if (patient.email.trimmed().isEmpty())
            return Text::tr("no email address on file");
        if (!address.match(patient.email.trimmed()).hasMatch())
            return Text::tr("\"%1\" is not an email address").arg(patient.email);
        return {};
    }
    case ContactChannel::None:
        return Text::tr("the patient asked not to be contacted");
    }
    return {};
}

ContactOutcome outcomeOf(ConfirmationState state)
{
    switch (state) {
    case ConfirmationState::Confirmed:
        return ContactOutcome::Accepted;
    case ConfirmationState::Declined:
        return ContactOutcome::Declined;
    case ConfirmationState::LeftMessage:
        return ContactOutcome::LeftMessage;
    case ConfirmationState::Unconfirmed:
        break;
    }
    return ContactOutcome::NoAnswer;
}

} // namespace

ReminderService::ReminderService(store::Cache &cache, const Clock &clock, BookingService &booking,
                                 ContactLog &contacts)
    : m_cache(cache), m_clock(clock), m_booking(booking), m_contacts(contacts)
{
}

bool ReminderService::plan(store::Cache &cache, const Appointment &a, const Patient &patient, const QDateTime &nowUtc,
                           QSqlError *error)
{
    store::ReminderRepository repo(cache.database());
    const QList<ReminderJob> pending = repo.pendingFor(a.id, error);
    if (error->isValid())
        return false;
    const bool live = (a.status == AppointmentStatus::Scheduled || a.status == AppointmentStatus::Confirmed)
            && a.startUtc > nowUtc;
    const bool current = live && !pending.isEmpty()
            && std::all_of(pending.cbegin(), pending.cend(),
                           [&a](const ReminderJob &j) { return j.appointmentStartUtc == a.startUtc; });
    if (current)
        return true;
    if (!pending.isEmpty() && repo.withdrawPending(a.id, error) < 0)
        return false;
    if (!live || patient.doNotContact || patient.preferredContact == ContactChannel::None)
        return true;
    const ReminderSettings s = repo.settings(error);
    // Planned once for this start: a change that is not a move plans nothing twice.
    const QList<ReminderJob> earlier = repo.plannedFor(a.id, a.startUtc, error);
    if (error->isValid())
        return false;
    const std::optional<ContactChannel> channel = s.channelFor(patient);
    if (!channel)
        return true;
    ReminderJob job;
    job.appointmentId = a.id;
    job.patientId = a.patientId;
    job.appointmentStartUtc = a.startUtc;
    job.channel = *channel;
    job.createdUtc = nowUtc;
    for (const int lead : s.leadMinutes) {
        job.id = newId();
        job.leadMinutes = lead;
        job.sendAtUtc = a.startUtc.addSecs(-qint64(lead) * 60);
        const bool planned = std::any_of(earlier.cbegin(), earlier.cend(),
                                         [lead](const ReminderJob &j) { return j.leadMinutes == lead; });
        if (job.sendAtUtc > nowUtc && !planned && !repo.insert(job, error))
            return false;
    }
    return true;
}

std::optional<ReminderSettings> ReminderService::settings(QString *error)
{
    QSqlError sqlError;
    const ReminderSettings s = store::ReminderRepository(m_cache.database()).settings(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return s;
}

bool ReminderService::setSettings(const ReminderSettings &settings, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice)) {
        *error = *denied;
        return false;
    }
    if (settings.leadMinutes.size() > 5) {
        *error = Text::tr("Up to 5 reminders per visit; remove some lead times.");
        return false;
    }
    QStringList leads;
    for (const int m : settings.leadMinutes) {
        if (m < 1 || m > 30 * 24 * 60) {
            *error = Text::tr("A reminder goes from 1 minute to 30 days before the visit; %1 minutes is outside that.")
                             .arg(m);
            return false;
        }
        leads.append(QString::number(m));
    }
    QStringList ways;
    for (const ContactChannel c : settings.channels) {
        if (c == ContactChannel::None) {
            *error = Text::tr("\"Do not contact\" is not a way to send reminders.");
            return false;
        }
        ways.append(contactChannelName(c));
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::ReminderRepository(db).setSettings(settings, e)
                && store::AuditLog(db).append(store::AuditRecord::by(session, m_clock.nowUtc(), u"settings"_s,
                                                                     u"reminder_settings"_s, {}, {},
                                                                     u"lead_minutes=%1 channels=%2"_s.arg(
                                                                             leads.join(u','), ways.join(u','))),
                                              e);
    });
}

std::optional<DispatchReport> ReminderService::dispatchDue(const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase &db = m_cache.database();
    QSqlError sqlError;
    store::ReminderRepository reminders(db);
    const QList<ReminderJob> due = reminders.due(now.addSecs(kDispatchAheadMinutes * 60), 200, &sqlError);
    const ReminderSettings settings = reminders.settings(&sqlError);
    store::PracticeRepository practice(db);
    const std::optional<Practice> office = practice.practice(&sqlError);
    if (sqlError.isValid() || !office) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : Text::tr("The cache holds no practice yet; import a practice file first.");
        return std::nullopt;
    }
    QHash<QString, QString> providers;
    for (const Provider &p : practice.providers(&sqlError))
        providers.insert(p.id, p.name);
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;

    DispatchReport report;
    store::AppointmentRepository appointments(db);
    for (const ReminderJob &job : due) {
        const std::optional<Appointment> a = appointments.find(job.appointmentId, &sqlError);
        const std::optional<Patient> patient =
                a ? practice.patient(a->patientId, &sqlError) : std::optional<Patient>();
        if (sqlError.isValid()) {
            *error = m_cache.describeFailure(sqlError);
            return std::nullopt;
        }
        // The visit moved, was cancelled or passed, or the patient asked not to be contacted.
        if (!a || !patient || patient->doNotContact || a->startUtc != job.appointmentStartUtc || a->startUtc <= now
            || (a->status != AppointmentStatus::Scheduled && a->status != AppointmentStatus::Confirmed)) {
            if (!inWrite(m_cache, error, [&](QSqlDatabase &w, QSqlError *e, QString *) {
                    return store::ReminderRepository(w).withdraw(job.id, e) >= 0;
                }))
                return std::nullopt;
            ++report.withdrawn;
            continue;
        }
        const QDateTime local = a->startUtc.toTimeZone(*zone);
        const QString message =
                patientmessage::reminder(patient->language, office->name, providers.value(a->providerId), local);
        QList<ContactChannel> ways{job.channel};
        for (const ContactChannel c : settings.channels) {
            if (!ways.contains(c))
                ways.append(c);
        }
        QStringList reasons;
        bool delivered = false;
        for (const ContactChannel way : ways) {
            const QString cannot = undeliverable(*patient, way);
            if (!cannot.isEmpty()) {
                reasons.append(u"%1: %2"_s.arg(contactChannelText(way), cannot));
                continue;
            }
            ContactRecord contact;
            contact.id = newId();
            contact.patientId = patient->id;
            contact.appointmentId = a->id;
            contact.purpose = ContactPurpose::Reminder;
            contact.channel = way;
            contact.language = patient->language;
            contact.message = message;
            contact.correlationId = newId();
            contact.userId = session.userId;
            contact.createdUtc = now;
            QString refusedBy;
            bool elsewhere = false;
            bool channelRefused = false;
            const bool ok = inWrite(m_cache, &refusedBy, [&](QSqlDatabase &w, QSqlError *e, QString *refused) {
                if (!m_contacts.record(m_cache, contact, e, refused)) {
                    channelRefused = !refused->isEmpty();
                    return false;
                }
                const int marked = store::ReminderRepository(w).markSent(job.id, now, way, contact.id, e);
                if (marked == 0) {
                    elsewhere = true; // another desk sent it a moment ago
                    *refused = u"taken"_s;
                }
                if (marked <= 0)
                    return false;
                store::AuditRecord record = store::AuditRecord::by(
                        session, now, u"remind"_s, u"appointment"_s, a->id, patient->id,
                        u"job=%1 lead_minutes=%2 channel=%3 handled_by=%4"_s.arg(job.id)
                                .arg(job.leadMinutes)
                                .arg(contactChannelName(way), contact.handledBy));
                record.correlationId = contact.correlationId;
                return store::AuditLog(w).append(record, e);
            });
            if (elsewhere) {
                delivered = true;
                break;
            }
            if (!ok && !channelRefused) {
                *error = refusedBy; // the cache failed: stop, nothing half written
                return std::nullopt;
            }
            if (ok) {
                delivered = true;
                if (way == job.channel) {
                    ++report.sent;
                } else {
                    ++report.fellBack;
                    report.forStaff.append(Text::tr("%1's %2 reminder went by %3 instead (%4). Update the patient's "
                                                    "contact details.")
                                                   .arg(patient->name, leadText(job.leadMinutes),
                                                        contactChannelText(way), reasons.join(u"; "_s)));
                }
                break;
            }
            reasons.append(u"%1: %2"_s.arg(contactChannelText(way), refusedBy));
        }
        if (delivered)
            continue;
        const QString why = reasons.join(u"; "_s);
        ContactRecord failed;
        failed.id = newId();
        failed.patientId = patient->id;
        failed.appointmentId = a->id;
        failed.purpose = ContactPurpose::Reminder;
        failed.channel = job.channel;
        failed.handledBy = u"none"_s;
        failed.language = patient->language;
        failed.message = message;
        failed.outcome = ContactOutcome::Failed;
        failed.correlationId = newId();
        failed.userId = session.userId;
        failed.createdUtc = now;
        if (!inWrite(m_cache, error, [&](QSqlDatabase &w, QSqlError *e, QString *) {
                store::AuditRecord record =
                        store::AuditRecord::by(session, now, u"remind_failed"_s, u"appointment"_s, a->id, patient->id,
                                               u"job=%1 lead_minutes=%2"_s.arg(job.id).arg(job.leadMinutes));
                record.correlationId = failed.correlationId;
                return store::FillRepository(w).insertContact(failed, e)
                        && store::ReminderRepository(w).markFailed(job.id, why, failed.id, e) >= 0
                        && store::AuditLog(w).append(record, e);
            }))
            return std::nullopt;
        ++report.failed;
        report.forStaff.append(Text::tr("The %1 reminder to %2 for %3 could not be sent (%4). Call the patient and "
                                        "correct their contact details.")
                                       .arg(leadText(job.leadMinutes), patient->name,
                                            localformat::dateTime(local), why));
    }
    return report;
}

std::optional<QList<ConfirmationRow>> ReminderService::confirmations(const QDate &from, int days,
                                                                     const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook)) {
        *error = *denied;
        return std::nullopt;
    }
    const std::optional<QTimeZone> zone = m_booking.practiceZone(error);
    if (!zone)
        return std::nullopt;
    const QDateTime fromUtc = QDateTime(from, QTime(0, 0), *zone).toUTC();
    const QDateTime toUtc = QDateTime(from.addDays(qBound(1, days, 31)), QTime(0, 0), *zone).toUTC();
    QSqlDatabase &db = m_cache.database();
    QSqlError sqlError;
    const QList<store::ScheduledAppointment> shown = store::AppointmentRepository(db).upcoming(fromUtc, toUtc, &sqlError);
    QStringList ids;
    for (const store::ScheduledAppointment &s : shown)
        ids.append(s.appointment.id);
    store::ReminderRepository reminders(db);
    const QHash<QString, ConfirmationState> states = reminders.confirmations(ids, &sqlError);
    const QHash<QString, QList<ReminderJob>> jobs = reminders.jobsStarting(fromUtc, toUtc, &sqlError);
    store::PracticeRepository practice(db);
    QHash<QString, std::optional<Patient>> patients;
    QList<ConfirmationRow> out;
    QList<ReadOf> reads;
    for (const store::ScheduledAppointment &s : shown) {
        const Appointment &a = s.appointment;
        if (!patients.contains(a.patientId))
            patients.insert(a.patientId, practice.patient(a.patientId, &sqlError));
        ConfirmationRow row;
        row.shown = s;
        const ConfirmationState kept = states.value(a.id, ConfirmationState::Unconfirmed);
        row.state = a.status == AppointmentStatus::Confirmed ? ConfirmationState::Confirmed
                : kept == ConfirmationState::Confirmed       ? ConfirmationState::Unconfirmed
                                                             : kept;
        if (const std::optional<Patient> &p = patients.value(a.patientId)) {
            row.contact = p->preferredContact;
            row.phone = p->phone;
            row.doNotContact = p->doNotContact;
        }
        for (const ReminderJob &j : jobs.value(a.id)) {
            if (j.appointmentStartUtc == a.startUtc)
                row.reminders.append(j);
        }
        out.append(row);
        reads.append({u"appointment"_s, a.id, a.patientId});
    }
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    if (!auditReads(m_cache, m_clock, session, reads, u"confirmations from "_s + from.toString(Qt::ISODate), error))
        return std::nullopt;
    return out;
}

BookingOutcome ReminderService::markConfirmation(const QString &appointmentId, ConfirmationState state,
                                                 const UserSession &session, ContactChannel via)
{
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook, u"appointment"_s, appointmentId))
        return failedWith(BookingOutcome::Result::Denied, *denied);
    QString error;
    const std::optional<Appointment> a = m_booking.find(appointmentId, &error);
    if (!a)
        return failedWith(error.isEmpty() ? BookingOutcome::Result::NotFound : BookingOutcome::Result::StoreFailed,
                          error.isEmpty() ? Text::tr("There is no appointment \"%1\"; refresh the list.").arg(appointmentId)
                                          : error);
    if (a->status != AppointmentStatus::Scheduled && a->status != AppointmentStatus::Confirmed)
        return failedWith(BookingOutcome::Result::BadRequest,
                          Text::tr("This visit is %1; only scheduled and confirmed visits are confirmed.")
                                  .arg(appointmentStatusText(a->status)));
    BookingOutcome out;
    out.appointment = *a;
    if (state == ConfirmationState::Confirmed && a->status == AppointmentStatus::Scheduled)
        out = m_booking.changeStatus(a->id, a->version, AppointmentStatus::Confirmed, session);
    else if (state != ConfirmationState::Confirmed && a->status == AppointmentStatus::Confirmed)
        out = m_booking.undoStatus(a->id, a->version, session);
    if (!out.ok())
        return out;
    const QDateTime now = m_clock.nowUtc();
    QSqlError sqlError;
    const std::optional<Patient> patient =
            store::PracticeRepository(m_cache.database()).patient(a->patientId, &sqlError);
    const bool ok = inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        if (!store::ReminderRepository(db).setConfirmation(a->id, state, session.userId, now, e))
            return false;
        const QString correlation = newId();
        if (state != ConfirmationState::Unconfirmed) {
            ContactRecord contact;
            contact.id = newId();
            contact.patientId = a->patientId;
            contact.appointmentId = a->id;
            contact.purpose = ContactPurpose::Confirmation;
            contact.channel = via;
            contact.handledBy = u"staff_call"_s;
            contact.language = patient ? patient->language : u"en"_s;
            contact.outcome = outcomeOf(state);
            contact.correlationId = correlation;
            contact.userId = session.userId;
            contact.createdUtc = now;
            if (!m_contacts.record(m_cache, contact, e, refused))
                return false;
        }
        store::AuditRecord record = store::AuditRecord::by(session, now, u"confirmation"_s, u"appointment"_s, a->id,
                                                           a->patientId, u"state="_s + confirmationStateName(state));
        record.correlationId = correlation;
        return store::AuditLog(db).append(record, e);
    });
    if (!ok)
        return failedWith(BookingOutcome::Result::StoreFailed, error);
    return out;
}

} // namespace chairside
