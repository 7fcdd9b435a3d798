#include "store/cachecheck.h"
#include "store/fillrepository.h"
#include "store/appointmentrepository.h"
#include "frontdesk.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "store/cache.h"
#include "store/patientsearchindex.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

template<typename T>
T failed(store::Cache &cache, const QSqlError &sqlError, QString *error, T value)
{
    if (sqlError.isValid() && error)
        *error = cache.describeFailure(sqlError);
    return value;
}

} // namespace

FrontDesk::FrontDesk(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

bool FrontDesk::allowed(const UserSession &session, Access access, QString *error, const QString &patientId,
                        const Appointment *visit)
{
    const QString recordType = visit ? u"appointment"_s : u"patient"_s;
    const QString recordId = visit ? visit->id : patientId;
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (std::optional<QString> denied =
                refuseUnlessAllowed(m_cache, m_clock, session, access, recordType, recordId, patientId))
        return refuse(*denied);
    if (session.role != Role::Provider || access != Access::ReadPatient)
        return true;
    // A provider: only their own visits, and patients who have a visit with them.
    bool theirs = false;
    if (visit) {
        theirs = !session.providerId.isEmpty() && visit->providerId == session.providerId;
    } else if (!patientId.isEmpty()) {
        QSqlError sqlError;
        for (const store::ScheduledAppointment &s :
             store::AppointmentRepository(m_cache.database()).forPatient(patientId, &sqlError))
            theirs = theirs || (!session.providerId.isEmpty() && s.appointment.providerId == session.providerId);
        if (sqlError.isValid())
            return refuse(m_cache.describeFailure(sqlError));
    }
    if (theirs)
        return true;
    QString auditError;
    if (!auditDenied(m_cache, m_clock, session, accessName(access), recordType, recordId, patientId, &auditError))
        return refuse(auditError);
    return refuse(QCoreApplication::translate("chairside::FrontDesk",
                                              "A provider may open only their own patients and visits; ask the "
                                              "front desk."));
}

QList<Patient> FrontDesk::searchPatients(const QString &text, int limit, const UserSession &session, QString *error)
{
    QList<Patient> out;
    for (const FoundPatient &f : findPatients(text, limit, session, error).found)
        out.append(f.patient);
    return out;
}

PatientSearchResult FrontDesk::findPatients(const QString &text, int limit, const UserSession &session,
                                            QString *error)
{
    // The role may read patients; a provider's results are narrowed below.
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadPatient)) {
        if (error)
            *error = *denied;
        return {};
    }
    QSqlError sqlError;
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone =
            store::PracticeRepository(m_cache.database()).practice(&sqlError).value_or(Practice{}).timeZone();
    const patientsearch::Query query = patientsearch::parse(text, QLocale(), now.toTimeZone(zone).date());
    // Enough candidates to rank a common surname whole (a few hundred patients), so the first
    // shown are the best and the same however many are asked for; a broader text (one letter)
    // shows some and says there are more.
    constexpr int kCandidates = 400;
    const store::PatientSearchIndex index(m_cache.database());
    PatientSearchResult result;
    // A provider finds only patients who have a visit with them, as opening a patient allows.
    const bool provider = session.role == Role::Provider;
    if (provider && session.providerId.isEmpty())
        return result;
    result.found = index.find(query, std::max(kCandidates, limit + 1), provider ? session.providerId : QString(),
                              &sqlError);
    if (sqlError.isValid())
        return failed(m_cache, sqlError, error, PatientSearchResult{});
    patientsearch::rank(result.found, query);
    result.more = result.found.size() > limit;
    result.found = result.found.mid(0, limit);
    if (!index.complete(result.found, now, &sqlError))
        return failed(m_cache, sqlError, error, PatientSearchResult{});
    QList<ReadOf> shown;
    for (const FoundPatient &f : std::as_const(result.found))
        shown.append({u"patient"_s, f.patient.id, f.patient.id});
    if (!auditReads(m_cache, m_clock, session, shown, u"search"_s, error))
        return {};
    return result;
}

std::optional<Patient> FrontDesk::patient(const QString &id, const UserSession &session, QString *error)
{
    if (!allowed(session, Access::ReadPatient, error, id))
        return std::nullopt;
    QSqlError sqlError;
    std::optional<Patient> out = store::PracticeRepository(m_cache.database()).patient(id, &sqlError);
    if (out && !auditReads(m_cache, m_clock, session, {{u"patient"_s, id, id}}, u"opened"_s, error))
        return std::nullopt;
    return failed(m_cache, sqlError, error, std::move(out));
}

QList<store::ScheduledAppointment> FrontDesk::patientAppointments(const QString &patientId, const UserSession &session,
                                                                 QString *error)
{
    if (!allowed(session, Access::ReadPatient, error, patientId))
        return {};
    QSqlError sqlError;
    QList<store::ScheduledAppointment> out =
            store::AppointmentRepository(m_cache.database()).forPatient(patientId, &sqlError);
    if (!sqlError.isValid()
        && !auditReads(m_cache, m_clock, session, {{u"patient"_s, patientId, patientId}},
                       u"appointments listed"_s, error))
        return {};
    return failed(m_cache, sqlError, error, std::move(out));
}

std::optional<Appointment> FrontDesk::openAppointment(const QString &id, const UserSession &session, QString *error)
{
    QSqlError sqlError;
    const std::optional<Appointment> a = store::AppointmentRepository(m_cache.database()).find(id, &sqlError);
    if (!a) {
        if (error)
            *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                        : QCoreApplication::translate("chairside::FrontDesk",
                                                                      "There is no appointment \"%1\"; check the id.")
                                                  .arg(id);
        return std::nullopt;
    }
    if (!allowed(session, Access::ReadPatient, error, a->patientId, &*a))
        return std::nullopt;
    if (!auditReads(m_cache, m_clock, session, {{u"appointment"_s, id, a->patientId}}, u"opened"_s, error))
        return std::nullopt;
    return a;
}

std::optional<CacheHealth> FrontDesk::checkCache(const UserSession &session, QString *error)
{
    if (!allowed(session, Access::ManageCache, error))
        return std::nullopt;
    const store::CacheHealth health = store::checkCache(m_cache);
    QString ignored; // a damaged cache may not take the record; the answer stands
    (void)auditEvent(m_cache, m_clock, session, u"check"_s, u"cache"_s, {}, health.intact ? u"intact"_s : u"damaged"_s,
                     &ignored);
    return health;
}

QString FrontDesk::describeHealth(const CacheHealth &health)
{
    return store::describeHealth(health);
}

bool FrontDesk::cacheDamaged() const
{
    return m_cache.isDamaged();
}

bool FrontDesk::recordShown(const QList<ReadOf> &reads, const QString &detail, const UserSession &session,
                            QString *error)
{
    return auditReads(m_cache, m_clock, session, reads, detail, error);
}

QList<ShownWaitlistEntry> FrontDesk::waitlist(const UserSession &session, QString *error)
{
    if (!allowed(session, Access::ReadWaitlist, error))
        return {};
    store::PracticeRepository repo(m_cache.database());
    QSqlError sqlError;
    const QList<WaitlistEntry> entries = repo.waitlist(&sqlError);
    QHash<QString, const AppointmentType *> types;
    const QList<AppointmentType> allTypes = repo.appointmentTypes(&sqlError);
    for (const AppointmentType &t : allTypes)
        types.insert(t.id, &t);
    QHash<QString, QString> providerNames;
    for (const Provider &p : repo.providers(&sqlError))
        providerNames.insert(p.id, p.name);
    const QHash<QString, QDateTime> lastContacts =
            store::FillRepository(m_cache.database()).lastContactsOfWaitlist(&sqlError);
    QList<ShownWaitlistEntry> out;
    for (const WaitlistEntry &e : entries) {
        ShownWaitlistEntry shown;
        shown.entry = e;
        if (const std::optional<Patient> p = repo.patient(e.patientId, &sqlError))
            shown.patientName = p->name;
        if (const AppointmentType *t = types.value(e.typeId)) {
            shown.typeName = t->name;
            shown.typeMinutes = t->minutes;
        }
        shown.providerName = providerNames.value(e.providerId);
        shown.lastContactUtc = lastContacts.value(e.patientId);
        out.append(shown);
    }
    return failed(m_cache, sqlError, error, std::move(out));
}

QList<store::ScheduledAppointment> FrontDesk::unscheduled(int days, const UserSession &session, QString *error)
{
    if (!allowed(session, Access::ReadWaitlist, error))
        return {};
    QSqlError sqlError;
    QList<store::ScheduledAppointment> out = store::AppointmentRepository(m_cache.database())
                                                     .unscheduled(m_clock.nowUtc().addDays(-days), m_clock.nowUtc(), 200, &sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

qint64 FrontDesk::dataVersion()
{
    return m_cache.dataVersion();
}

QList<store::ScheduledAppointment> FrontDesk::tray(const UserSession &session, QString *error)
{
    if (!allowed(session, Access::ReadWaitlist, error))
        return {};
    QSqlError sqlError;
    QList<store::ScheduledAppointment> out = store::AppointmentRepository(m_cache.database()).held(&sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

bool FrontDesk::hold(const QString &appointmentId, const UserSession &session, QString *error)
{
    if (!allowed(session, Access::HoldAppointment, error))
        return false;
    QSqlError sqlError;
    store::AppointmentRepository repo(m_cache.database());
    if (!repo.find(appointmentId, &sqlError)) {
        if (error)
            *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                        : QCoreApplication::translate("chairside::FrontDesk",
                                                                      "There is no appointment \"%1\"; check the id.")
                                                  .arg(appointmentId);
        return false;
    }
    const bool ok = repo.hold(appointmentId, m_clock.nowUtc().toSecsSinceEpoch(), session.userId, &sqlError);
    return failed(m_cache, sqlError, error, ok);
}

bool FrontDesk::release(const QString &appointmentId, const UserSession &session, QString *error)
{
    if (!allowed(session, Access::HoldAppointment, error))
        return false;
    QSqlError sqlError;
    const bool ok = store::AppointmentRepository(m_cache.database()).release(appointmentId, &sqlError);
    return failed(m_cache, sqlError, error, ok);
}

QList<SyncIssue> FrontDesk::syncIssues(const UserSession &session, QString *error)
{
    return SyncIssues(m_cache, m_clock).open(session, error);
}

bool FrontDesk::keepMine(qint64 issueId, const UserSession &session, QString *error)
{
    return SyncIssues(m_cache, m_clock).keepMine(issueId, session, error);
}

bool FrontDesk::takeTheirs(qint64 issueId, const UserSession &session, QString *error)
{
    return SyncIssues(m_cache, m_clock).takeTheirs(issueId, session, error);
}

} // namespace chairside
