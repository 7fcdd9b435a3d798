#include "recallservice.h"

#include "access.h"
#include "servicewrites.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/fillrepository.h"
#include "store/practicerepository.h"
#include "store/recallrepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRecall, "chairside.services.recall")

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::RecallService)
};

// Children are seen for the child prophy where the practice has one.
constexpr int kChildUnderYears = 14;

QTimeZone practiceZone(QSqlDatabase &db, QSqlError *error)
{
    const std::optional<Practice> practice = store::PracticeRepository(db).practice(error);
    return practice ? practice->timeZone() : QTimeZone::utc();
}

// The recall type a patient without any recall of the visit's types starts with.
const RecallType *typeToStart(const QList<const RecallType *> &candidates, const std::optional<Patient> &patient,
                              const QDate &visitDate)
{
    if (candidates.isEmpty())
        return nullptr;
    const bool child = patient && patient->birthdate.isValid()
            && patient->birthdate.addYears(kChildUnderYears) > visitDate;
    for (const RecallType *t : candidates) {
        if (t->kind == (child ? RecallKind::ChildProphy : RecallKind::Prophy))
            return t;
    }
    for (const RecallType *t : candidates) {
        if (t->kind != RecallKind::ChildProphy || child)
            return t;
    }
    return candidates.constFirst();
}

} // namespace

RecallService::RecallService(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

bool RecallService::visitChanged(store::Cache &cache, const std::optional<Appointment> &before,
                                 const Appointment &after, const UserSession &session, const QDateTime &nowUtc,
                                 QSqlError *error)
{
    const bool wasDone = before && before->status == AppointmentStatus::Completed;
    const bool isDone = after.status == AppointmentStatus::Completed;
    if (wasDone == isDone)
        return true; // booked, moved, cancelled, or a completed visit re-read: due dates stay
    QSqlDatabase &db = cache.database();
    store::RecallRepository recalls(db);
    store::AuditLog audit(db);
    const qint64 now = nowUtc.toSecsSinceEpoch();

    if (wasDone) {
        const QStringList undone = recalls.undoCompletion(after.id, now, error);
        if (error->isValid())
            return false;
        for (const QString &id : undone) {
            if (!audit.append(store::AuditRecord::by(session, nowUtc, u"recall-undo"_s, u"recall"_s, id,
                                                     after.patientId, u"appointment="_s + after.id),
                              error))
                return false;
        }
        return true;
    }

    const QList<RecallType> types = recalls.types(error);
    if (error->isValid())
        return false;
    QList<const RecallType *> satisfied;
    for (const RecallType &t : types) {
        if (t.satisfiedBy(after.typeId))
            satisfied.append(&t);
    }
    if (satisfied.isEmpty())
        return true;
    const QDate done = after.startUtc.toTimeZone(practiceZone(db, error)).date();
    if (error->isValid())
        return false;
    QList<Recall> current = recalls.recallsOf(after.patientId, error);
    if (error->isValid())
        return false;
    QList<std::pair<Recall, const RecallType *>> moving;
    for (const Recall &r : current) {
        for (const RecallType *t : satisfied) {
            if (t->id == r.recallTypeId && !r.disabled)
                moving.append({r, t});
        }
    }
    const bool hasAny = std::any_of(current.cbegin(), current.cend(), [&](const Recall &r) {
        return std::any_of(satisfied.cbegin(), satisfied.cend(),
                           [&](const RecallType *t) { return t->id == r.recallTypeId; });
    });
    if (!hasAny) {
        const std::optional<Patient> patient = store::PracticeRepository(db).patient(after.patientId, error);
        if (error->isValid())
            return false;
        if (const RecallType *t = typeToStart(satisfied, patient, done)) {
            Recall fresh;
            fresh.id = recallIdFor(after.patientId, t->id);
            fresh.patientId = after.patientId;
            fresh.recallTypeId = t->id;
            moving.append({fresh, t});
        }
    }
    for (auto &[recall, type] : moving) {
        // A visit older than the last one done (history read late) does not bring the date back.
        if (recall.lastDone.isValid() && done < recall.lastDone)
            continue;
        const QDate wasDue = recall.due;
        recall.lastDone = done;
        recall.due = type->nextDue(done);
        recall.providerId = after.providerId;
        recall.chairId = after.chairId;
        if (!recalls.complete(recall, after.id, now, error))
            return false;
        if (!audit.append(store::AuditRecord::by(session, nowUtc, u"recall-due"_s, u"recall"_s, recall.id,
                                                 after.patientId,
                                                 u"appointment=%1 due=%2 was=%3"_s.arg(
                                                         after.id, recall.due.toString(Qt::ISODate),
                                                         wasDue.isValid() ? wasDue.toString(Qt::ISODate) : u"-"_s)),
                          error))
            return false;
        qCInfo(lcRecall) << "recall" << recall.id << "due again after appointment" << after.id;
    }
    return true;
}

std::optional<RecallListResult> RecallService::list(const RecallListRequest &request, const UserSession &session,
                                                     QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadWaitlist,
                                                            u"recall"_s)) {
        *error = *denied;
        return std::nullopt;
    }
    if (request.from.isValid() && request.to.isValid() && request.to < request.from) {
        *error = Text::tr("The end date %1 is before the start date %2; give the dates in order.")
                         .arg(localformat::date(request.to), localformat::date(request.from));
        return std::nullopt;
    }
    QSqlDatabase &db = m_cache.database();
    QSqlError sqlError;
    store::RecallRepository recalls(db);
    const RecallSettings settings = recalls.settings(&sqlError);
    const QTimeZone zone = practiceZone(db, &sqlError);
    const QDateTime now = m_clock.nowUtc();
    RecallListResult out;
    out.today = now.toTimeZone(zone).date();
    out.soonDays = settings.soonDays;
    out.zone = zone;
    out.to = request.to.isValid() ? request.to : out.today.addDays(settings.soonDays);

    RecallQuery query;
    query.from = request.from;
    query.to = out.to;
    query.providerId = request.providerId;
    query.recallTypeId = request.recallTypeId;
    query.includeBooked = request.includeBooked;
    query.limit = request.limit;
    // A visit of today (even one under way) is a booking: the patient is not called.
    query.bookedFromUtc = QDateTime(out.today, QTime(0, 0), zone).toUTC();
    QList<RecallDue> rows = recalls.due(query, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    if (rows.size() > request.limit) {
        out.more = true;
        rows.resize(request.limit);
    }
    QList<ReadOf> reads;
    reads.reserve(rows.size());
    out.rows.reserve(rows.size());
    for (RecallDue &d : rows) {
        reads.append({u"recall"_s, d.recall.id, d.recall.patientId});
        RecallListRow row;
        row.standing = recallStanding(d.recall.due, out.today, settings.soonDays);
        row.daysOverdue = qMax<qint64>(0, d.recall.due.daysTo(out.today));
        row.due = std::move(d);
        out.rows.append(std::move(row));
    }
    if (!auditReads(m_cache, m_clock, session, reads, u"recall list"_s, error))
        return std::nullopt;
    return out;
}

std::optional<QList<RecallDue>> RecallService::overdueForFreedTime(const QDate &day, int limit, QString *error)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError sqlError;
    store::RecallRepository recalls(db);
    const RecallSettings settings = recalls.settings(&sqlError);
    const QTimeZone zone = practiceZone(db, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    if (!settings.offerFreedTime)
        return QList<RecallDue>{};
    RecallQuery query;
    query.to = day.addDays(-1);
    query.bookedFromUtc = QDateTime(m_clock.nowUtc().toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
    query.limit = limit * 2; // some asked not to be contacted
    QList<RecallDue> rows = recalls.due(query, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    rows.removeIf([](const RecallDue &d) { return d.doNotContact; });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QString RecallService::offerEntryId(const QString &recallId)
{
    return u"recall:"_s + recallId;
}

QList<RecallType> RecallService::types(QString *error)
{
    QSqlError sqlError;
    QList<RecallType> out = store::RecallRepository(m_cache.database()).types(&sqlError);
    if (sqlError.isValid() && error)
        *error = m_cache.describeFailure(sqlError);
    return out;
}

QList<Provider> RecallService::providers(QString *error)
{
    QSqlError sqlError;
    QList<Provider> out = store::PracticeRepository(m_cache.database()).providers(&sqlError);
    if (sqlError.isValid() && error)
        *error = m_cache.describeFailure(sqlError);
    std::stable_sort(out.begin(), out.end(), [](const Provider &a, const Provider &b) {
        return (a.role == ProviderRole::Hygienist) > (b.role == ProviderRole::Hygienist);
    });
    return out;
}

std::optional<QString> RecallService::providerNamed(const QString &text, QString *error)
{
    QSqlError sqlError;
    const QList<Provider> providers = store::PracticeRepository(m_cache.database()).providers(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    QStringList names;
    for (const Provider &p : providers) {
        if (p.id == text || p.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return p.id;
        names << p.name;
    }
    *error = Text::tr("There is no provider \"%1\"; use one of: %2.").arg(localformat::excerpt(text), names.join(u", "_s));
    return std::nullopt;
}

std::optional<QString> RecallService::recallTypeNamed(const QString &text, QString *error)
{
    QString why;
    const QList<RecallType> all = types(&why);
    if (!why.isEmpty()) {
        *error = why;
        return std::nullopt;
    }
    QStringList names;
    for (const RecallType &t : all) {
        if (t.id == text || t.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return t.id;
        names << t.name;
    }
    *error = names.isEmpty()
            ? Text::tr("There is no recall type \"%1\"; the practice has none set up yet (import recallTypes).")
                      .arg(localformat::excerpt(text))
            : Text::tr("There is no recall type \"%1\"; use one of: %2.").arg(localformat::excerpt(text), names.join(u", "_s));
    return std::nullopt;
}

QList<Recall> RecallService::recallsOf(const QString &patientId, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ReadWaitlist,
                                                            u"recall"_s, {}, patientId)) {
        *error = *denied;
        return {};
    }
    QSqlError sqlError;
    const QList<Recall> out = store::RecallRepository(m_cache.database()).recallsOf(patientId, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return {};
    }
    QList<ReadOf> reads;
    for (const Recall &r : out)
        reads.append({u"recall"_s, r.id, patientId});
    if (!auditReads(m_cache, m_clock, session, reads, u"patient recalls"_s, error))
        return {};
    return out;
}

QString RecallService::typeToBook(const QString &recallTypeId, QString *error)
{
    for (const RecallType &t : types(error)) {
        if (t.id == recallTypeId && !t.appointmentTypeIds.isEmpty())
            return t.appointmentTypeIds.constFirst();
    }
    return {};
}

std::optional<ContactRecord> RecallService::recordContact(const QString &patientId, ContactChannel channel,
                                                          ContactOutcome outcome, const QString &note,
                                                          const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::FillBook,
                                                            u"contact"_s, {}, patientId)) {
        *error = *denied;
        return std::nullopt;
    }
    QSqlError sqlError;
    const std::optional<Patient> patient = store::PracticeRepository(m_cache.database()).patient(patientId, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    if (!patient) {
        *error = Text::tr("There is no patient \"%1\"; check the id.").arg(localformat::excerpt(patientId));
        return std::nullopt;
    }
    ContactRecord c;
    c.id = newId();
    c.patientId = patientId;
    c.purpose = ContactPurpose::Recall;
    c.channel = channel;
    c.handledBy = u"staff_call"_s;
    c.language = patient->language;
    c.message = note.isNull() ? u""_s : note; // the column is NOT NULL
    c.outcome = outcome;
    c.correlationId = newId();
    c.userId = session.userId;
    c.createdUtc = m_clock.nowUtc();
    const bool ok = inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        store::AuditRecord record = store::AuditRecord::by(session, c.createdUtc, u"contact"_s, u"contact"_s, c.id,
                                                           patientId,
                                                           u"purpose=recall channel=%1 outcome=%2"_s.arg(
                                                                   contactChannelName(channel),
                                                                   contactOutcomeName(outcome)));
        record.correlationId = c.correlationId;
        return store::FillRepository(db).insertContact(c, e) && store::AuditLog(db).append(record, e);
    });
    if (!ok)
        return std::nullopt;
    return c;
}

RecallSettings RecallService::settings(QString *error)
{
    QSqlError sqlError;
    const RecallSettings out = store::RecallRepository(m_cache.database()).settings(&sqlError);
    if (sqlError.isValid() && error)
        *error = m_cache.describeFailure(sqlError);
    return out;
}

bool RecallService::setSettings(const RecallSettings &settings, const UserSession &session, QString *error)
{
    if (std::optional<QString> denied = refuseUnlessAllowed(m_cache, m_clock, session, Access::ManagePractice,
                                                            u"settings"_s)) {
        *error = *denied;
        return false;
    }
    if (settings.soonDays < 0 || settings.soonDays > 365) {
        *error = Text::tr("The \"due soon\" window must be 0 to 365 days; %1 is not.").arg(settings.soonDays);
        return false;
    }
    return inWrite(m_cache, error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
        return store::RecallRepository(db).setSettings(settings, e)
                && store::AuditLog(db).append(store::AuditRecord::by(session, m_clock.nowUtc(), u"settings"_s,
                                                                     u"recall_settings"_s, {}, {},
                                                                     u"soon_days=%1 offer_freed_time=%2"_s.arg(
                                                                             settings.soonDays)
                                                                             .arg(settings.offerFreedTime ? 1 : 0)),
                                              e);
    });
}

} // namespace chairside
