#include "store/cachecheck.h"
#include "store/fillrepository.h"
#include "store/appointmentrepository.h"
#include "frontdesk.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/patientsearchindex.h"
#include "store/practicerepository.h"
#include "store/reminderrepository.h"
#include "store/userrepository.h"

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

// Whether `patientId` has a visit with `providerId`: a provider's own patient.
bool treatedBy(store::Cache &cache, const QString &providerId, const QString &patientId, QSqlError *sqlError)
{
    if (providerId.isEmpty() || patientId.isEmpty())
        return false;
    const QList<store::ScheduledAppointment> visits =
            store::AppointmentRepository(cache.database()).forPatient(patientId, sqlError);
    return std::any_of(visits.cbegin(), visits.cend(), [&providerId](const store::ScheduledAppointment &s) {
        return s.appointment.providerId == providerId;
    });
}

// Whole years from `birthdate` to `today`; -1 when the birthdate is not known.
int ageOn(const QDate &birthdate, const QDate &today)
{
    if (!birthdate.isValid() || birthdate > today)
        return -1;
    int years = today.year() - birthdate.year();
    if (today.month() < birthdate.month() || (today.month() == birthdate.month() && today.day() < birthdate.day()))
        --years;
    return years;
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
        theirs = treatedBy(m_cache, session.providerId, patientId, &sqlError);
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

std::optional<PatientCard> FrontDesk::patientCard(const QString &patientId, const UserSession &session,
                                                  QString *error)
{
    if (!allowed(session, Access::ReadPatient, error, patientId))
        return std::nullopt;
    QSqlError sqlError;
    const store::PracticeRepository practice(m_cache.database());
    store::AppointmentRepository appointments(m_cache.database());
    const std::optional<Patient> patient = practice.patient(patientId, &sqlError);
    if (!patient) {
        if (error)
            *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                        : QCoreApplication::translate("chairside::FrontDesk",
                                                                      "There is no patient \"%1\"; check the id.")
                                                  .arg(patientId);
        return std::nullopt;
    }
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = practice.practice(&sqlError).value_or(Practice{}).timeZone();
    PatientCard card;
    card.patient = *patient;
    card.age = ageOn(patient->birthdate, now.toTimeZone(zone).date());

    QHash<QString, QString> providerNames;
    for (const Provider &p : practice.providers(&sqlError))
        providerNames.insert(p.id, p.name);
    QHash<QString, QString> typeNames;
    for (const AppointmentType &t : practice.appointmentTypes(&sqlError))
        typeNames.insert(t.id, t.name);
    card.preferredProviderName = providerNames.value(patient->preferredProviderId);
    const ReminderSettings reminders = store::ReminderRepository(m_cache.database()).settings(&sqlError);
    card.reminderChannel = reminders.channelFor(*patient);
    card.reminderLeadMinutes = reminders.leadMinutes;

    // The family, each member shown audited; a provider sees only their own patients.
    QList<ReadOf> shown{{u"patient"_s, patientId, patientId}};
    if (!patient->familyId.isEmpty()) {
        for (const Patient &member : practice.family(patient->familyId, &sqlError)) {
            if (member.id == patientId
                || (session.role == Role::Provider && !treatedBy(m_cache, session.providerId, member.id, &sqlError)))
                continue;
            card.family.append({member.id, member.name, member.birthdate});
            shown.append({u"patient"_s, member.id, member.id});
        }
    }

    for (const store::ScheduledAppointment &s : appointments.forPatient(patientId, &sqlError)) {
        const AppointmentStatus status = s.appointment.status;
        if (isLive(status) && status != AppointmentStatus::Completed && s.appointment.endUtc() > now)
            card.upcoming.append(s);
        else
            card.past.prepend(s);
    }
    card.noShows = appointments.countForPatient(patientId, AppointmentStatus::NoShow,
                                                now.addMonths(-kNoShowMonths).toSecsSinceEpoch(),
                                                now.toSecsSinceEpoch(), &sqlError);

    // The lists that fill the book, for the roles that may read them; not a refusal (nothing
    // was asked for that the role may not have), so nothing is audited as denied.
    card.waitlistShown = roleMay(session.role, Access::ReadWaitlist);
    if (card.waitlistShown) {
        for (const WaitlistEntry &e : practice.waitlist(&sqlError)) {
            if (e.patientId == patientId)
                card.waitlist.append({e, typeNames.value(e.typeId), providerNames.value(e.providerId)});
        }
        card.unscheduled = appointments.unscheduledFor(patientId, now.addMonths(-kNoShowMonths), now, &sqlError);
    }
    card.contactsShown = roleMay(session.role, Access::FillBook);
    if (card.contactsShown) {
        QHash<QString, QString> visitNames;
        for (const store::ScheduledAppointment &s : std::as_const(card.upcoming) + card.past)
            visitNames.insert(s.appointment.id, s.typeName);
        const store::UserRepository users(m_cache.database());
        QHash<QString, QString> staffNames;
        for (const ContactRecord &c :
             store::FillRepository(m_cache.database()).contactsForPatient(patientId, PatientCard::kContactsShown, &sqlError)) {
            if (!staffNames.contains(c.userId))
                staffNames.insert(c.userId, users.byId(c.userId, &sqlError).value_or(store::StoredUser{}).name);
            card.contacts.append({c, staffNames.value(c.userId), visitNames.value(c.appointmentId)});
        }
    }
    if (sqlError.isValid())
        return failed(m_cache, sqlError, error, std::optional<PatientCard>{});
    if (!auditReads(m_cache, m_clock, session, shown, u"card"_s, error))
        return std::nullopt;
    return card;
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
