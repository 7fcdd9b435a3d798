#include "practiceimportservice.h"
#include "access.h"

#include "demopractice.h"
#include "reminderservice.h"

#include "domain/clock.h"
#include "servicewrites.h"
#include "store/appointmentrepository.h"
#include "store/reminderrepository.h"
#include "store/writeguard.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/practicerepository.h"
#include "store/recallrepository.h"

#include <QHash>

#include <algorithm>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImport, "chairside.services.import")

namespace chairside {

PracticeImportService::Outcome PracticeImportService::importDocument(const QByteArray &json, const UserSession &session)
{
    Outcome outcome;
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice)) {
        outcome.storeError = *denied;
        return outcome;
    }
    QSqlDatabase &db = m_cache.database();
    store::PracticeRepository repo(db);

    ExistingPractice existing;
    QSqlError error;
    existing.practice = repo.practice(&error);
    existing.clinicIds = repo.ids(u"clinics"_s, &error);
    existing.chairIds = repo.ids(u"chairs"_s, &error);
    existing.providerIds = repo.ids(u"providers"_s, &error);
    for (const AppointmentType &t : repo.appointmentTypes(&error)) {
        existing.typeIds.insert(t.id);
        existing.typeMinutes.insert(t.id, t.minutes);
    }
    existing.patientIds = repo.ids(u"patients"_s, &error);
    for (const RecallType &t : store::RecallRepository(db).types(&error))
        existing.recallTypes.insert(t.id, t);
    if (error.isValid()) {
        outcome.storeError = m_cache.describeFailure(error);
        return outcome;
    }

    PracticeFileReader::Result parsed = PracticeFileReader::read(json, existing);
    if (!parsed.ok()) {
        outcome.issues = parsed.issues;
        return outcome;
    }

    const QDateTime now = m_clock.nowUtc();
    store::WriteGuard unit(m_cache);
    if (!unit.begun()) {
        outcome.storeError = m_cache.describeFailure(unit.error());
        return outcome;
    }
    store::AuditRecord audit;
    audit.atUtc = now;
    audit.userId = session.userId;
    audit.sessionId = session.sessionId;
    audit.workstation = session.workstation;
    audit.recordType = u"practice"_s;
    audit.action = u"import"_s;
    audit.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    audit.detail = u"chairs=%1 providers=%2 types=%3 patients=%4 appointments=%5 blocks=%6 waitlist=%7 recall_types=%8 recalls=%9"_s
                           .arg(parsed.data.chairs.size())
                           .arg(parsed.data.providers.size())
                           .arg(parsed.data.appointmentTypes.size())
                           .arg(parsed.data.patients.size())
                           .arg(parsed.data.appointments.size())
                           .arg(parsed.data.blocks.size())
                           .arg(parsed.data.waitlist.size())
                           .arg(parsed.data.recallTypes.size())
                           .arg(parsed.data.recalls.size());
    if (!repo.write(parsed.data, now.toSecsSinceEpoch(), &error) || !planReminders(parsed.data, now, &error)
        || !unit.audit(audit, &error) || !unit.commit(&error)) {
        unit.rollback();
        outcome.storeError = m_cache.describeFailure(error);
        qCWarning(lcImport) << "import rolled back; SQLite code" << error.nativeErrorCode();
        return outcome;
    }
    outcome.appointments = int(parsed.data.appointments.size());
    outcome.patients = int(parsed.data.patients.size());
    outcome.providers = int(parsed.data.providers.size());
    outcome.chairs = int(parsed.data.chairs.size());
    qCInfo(lcImport) << "imported practice file; correlation" << audit.correlationId << audit.detail;
    return outcome;
}

bool PracticeImportService::planReminders(const PracticeData &data, const QDateTime &nowUtc, QSqlError *error)
{
    // The visits still to come get their reminders exactly as a booking made here would.
    QSqlDatabase &db = m_cache.database();
    QHash<QString, Patient> patients;
    for (const Patient &p : data.patients)
        patients.insert(p.id, p);
    store::PracticeRepository practice(db);
    for (const Appointment &a : data.appointments) {
        if (a.startUtc <= nowUtc
            || (a.status != AppointmentStatus::Scheduled && a.status != AppointmentStatus::Confirmed))
            continue;
        if (!patients.contains(a.patientId)) {
            const std::optional<Patient> stored = practice.patient(a.patientId, error);
            if (error->isValid())
                return false;
            if (!stored)
                continue;
            patients.insert(a.patientId, *stored);
        }
        if (!ReminderService::plan(m_cache, a, patients.value(a.patientId), nowUtc, error))
            return false;
    }
    return true;
}

PracticeImportService::Outcome PracticeImportService::importDemo(const UserSession &session)
{
    Outcome outcome = importDocument(DemoPractice::document(m_clock.nowUtc()), session);
    if (!outcome.ok())
        return outcome;
    // As at a practice that has just started with Chairside: the reminders of the visits in
    // the next day, whose 24-hour time has passed, are due now, so the worker has texts and
    // e-mails to send from the first minute.
    const QDateTime now = m_clock.nowUtc();
    QString error;
    const bool ok = inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::ReminderRepository reminders(db);
        const ReminderSettings settings = reminders.settings(e);
        store::PracticeRepository practice(db);
        for (const store::ScheduledAppointment &s :
             store::AppointmentRepository(db).upcoming(now.addSecs(3 * 3600), now.addSecs(24 * 3600), e)) {
            const Appointment &a = s.appointment;
            const std::optional<Patient> patient = practice.patient(a.patientId, e);
            const std::optional<ContactChannel> way = patient && !patient->doNotContact ? settings.channelFor(*patient)
                                                                                        : std::nullopt;
            const QList<ReminderJob> planned = reminders.plannedFor(a.id, a.startUtc, e);
            if (!way || *way == ContactChannel::Phone
                || std::any_of(planned.cbegin(), planned.cend(), [](const ReminderJob &j) { return j.leadMinutes == 24 * 60; })
                || (a.status != AppointmentStatus::Scheduled && a.status != AppointmentStatus::Confirmed))
                continue;
            ReminderJob job;
            job.id = newId();
            job.appointmentId = a.id;
            job.patientId = a.patientId;
            job.appointmentStartUtc = a.startUtc;
            job.leadMinutes = 24 * 60;
            job.sendAtUtc = now;
            job.channel = *way;
            job.createdUtc = now;
            if (!reminders.insert(job, e))
                return false;
        }
        return !e->isValid();
    });
    if (!ok)
        outcome.storeError = error;
    return outcome;
}

bool PracticeImportService::hasPractice(QString *storeError) const
{
    QSqlError error;
    const bool has = store::PracticeRepository(m_cache.database()).practice(&error).has_value();
    if (error.isValid() && storeError)
        *storeError = m_cache.describeFailure(error);
    return has;
}

} // namespace chairside
