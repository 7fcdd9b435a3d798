#include "frontdesk.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

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

QList<Patient> FrontDesk::searchPatients(const QString &text, int limit, QString *error)
{
    QSqlError sqlError;
    QList<Patient> out = store::PracticeRepository(m_cache.database()).searchPatients(text, limit, &sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

std::optional<Patient> FrontDesk::patient(const QString &id, QString *error)
{
    QSqlError sqlError;
    std::optional<Patient> out = store::PracticeRepository(m_cache.database()).patient(id, &sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

QList<store::ScheduledAppointment> FrontDesk::patientAppointments(const QString &patientId, QString *error)
{
    QSqlError sqlError;
    QList<store::ScheduledAppointment> out =
            store::AppointmentRepository(m_cache.database()).forPatient(patientId, &sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

QList<ShownWaitlistEntry> FrontDesk::waitlist(QString *error)
{
    store::PracticeRepository repo(m_cache.database());
    QSqlError sqlError;
    const QList<WaitlistEntry> entries = repo.waitlist(&sqlError);
    QHash<QString, const AppointmentType *> types;
    const QList<AppointmentType> allTypes = repo.appointmentTypes(&sqlError);
    for (const AppointmentType &t : allTypes)
        types.insert(t.id, &t);
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
        out.append(shown);
    }
    return failed(m_cache, sqlError, error, std::move(out));
}

QList<store::ScheduledAppointment> FrontDesk::unscheduled(int days, QString *error)
{
    QSqlError sqlError;
    QList<store::ScheduledAppointment> out = store::AppointmentRepository(m_cache.database())
                                                     .unscheduled(m_clock.nowUtc().addDays(-days), m_clock.nowUtc(), 200, &sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

qint64 FrontDesk::dataVersion()
{
    QSqlQuery q(m_cache.database());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QList<store::ScheduledAppointment> FrontDesk::tray(QString *error)
{
    QSqlError sqlError;
    QList<store::ScheduledAppointment> out = store::AppointmentRepository(m_cache.database()).held(&sqlError);
    return failed(m_cache, sqlError, error, std::move(out));
}

bool FrontDesk::hold(const QString &appointmentId, const UserSession &session, QString *error)
{
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

bool FrontDesk::release(const QString &appointmentId, QString *error)
{
    QSqlError sqlError;
    const bool ok = store::AppointmentRepository(m_cache.database()).release(appointmentId, &sqlError);
    return failed(m_cache, sqlError, error, ok);
}

QList<SyncIssue> FrontDesk::syncIssues(QString *error)
{
    return SyncIssues(m_cache, m_clock).open(error);
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
