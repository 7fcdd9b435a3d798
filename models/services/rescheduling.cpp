#include "rescheduling.h"

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

} // namespace

Rescheduling::Rescheduling(store::Cache &cache, const Clock &clock, BookingService &booking, ContactLog &contacts)
    : m_cache(cache), m_clock(clock), m_booking(booking), m_contacts(contacts)
{
}

std::optional<QList<scheduling::Opening>> Rescheduling::rescheduleOptions(const QString &appointmentId,
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

std::optional<QString> Rescheduling::rescheduleMessage(const QString &appointmentId,
                                                      const QList<scheduling::Opening> &options, QString *error)
{
    const std::optional<Appointment> missed = m_booking.find(appointmentId, error);
    const std::optional<PracticeWords> names = PracticeWords::read(m_cache, error);
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

FillService::RescheduleResult Rescheduling::logReschedule(const QString &appointmentId, ContactOutcome outcome,
                                                         const std::optional<scheduling::Opening> &chosen,
                                                         const UserSession &session)
{
    FillService::RescheduleResult result;
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
        return m_contacts.record(m_cache, contact, e, refused) && store::AuditLog(db).append(record, e);
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
    request.alsoWrite.write = [&](store::Cache &unit, const Appointment &booked, QSqlError *e) -> std::optional<QString> {
        QSqlDatabase &db = unit.database();
        QString refused;
        if (!logIt(db, booked.id, e, &refused) && !refused.isEmpty())
            return refused;
        return std::nullopt;
    };
    result.booking = m_booking.book(request, session);
    return result;
}

std::optional<QList<FollowUp>> Rescheduling::weeklySweep(const UserSession &session, QString *error)
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

bool Rescheduling::dismissUnscheduled(const QString &appointmentId, const QString &reason, const UserSession &session,
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
