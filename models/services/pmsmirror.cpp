#include "pmsmirror.h"
#include "recallservice.h"

#include "store/recallrepository.h"

#include "patientrecords.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "store/writeguard.h"
#include "store/appointmentrepository.h"
#include "store/fillrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/outbox.h"
#include "store/pmslinkrepository.h"
#include "store/syncconflictrepository.h"
#include "store/practicerepository.h"
#include "scheduling/providertime.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>
#include <QJsonObject>
#include <QSet>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMirror, "chairside.services.mirror")

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::PmsMirror)
};

// What the practice's staff read on the patient's chart in the PMS.
QString commlogNote(const ContactRecord &c)
{
    QString head;
    switch (c.outcome) {
    case ContactOutcome::Prepared:
        head = Text::tr("Chairside, %1: message for the patient, to be given by staff.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::Sent:
        head = Text::tr("Chairside, %1: message sent.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::Accepted:
        head = c.newAppointmentId.isEmpty()
                ? Text::tr("Chairside, %1: the patient accepted.").arg(contactPurposeText(c.purpose))
                : Text::tr("Chairside, %1: the patient accepted; the new appointment is booked.")
                          .arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::Declined:
        head = Text::tr("Chairside, %1: the patient declined.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::NoAnswer:
        head = Text::tr("Chairside, %1: no answer.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::LeftMessage:
        head = Text::tr("Chairside, %1: left a message.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::Failed:
        head = Text::tr("Chairside, %1: could not be delivered.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::Delivered:
        head = Text::tr("Chairside, %1: delivered.").arg(contactPurposeText(c.purpose));
        break;
    case ContactOutcome::Replied:
        head = Text::tr("Chairside, %1: the patient replied.").arg(contactPurposeText(c.purpose));
        break;
    }
    return c.message.isEmpty() ? head : head + u'\n' + c.message;
}

bool sameBooking(const Appointment &a, const Appointment &b)
{
    return a.patientId == b.patientId && a.typeId == b.typeId && a.providerId == b.providerId
            && a.chairId == b.chairId && a.startUtc == b.startUtc && a.minutes == b.minutes && a.status == b.status
            && a.notes == b.notes;
}

} // namespace

PmsMirror::PmsMirror(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

QByteArray pmsAppointmentJson(const PmsAppointment &a)
{
    return QJsonDocument(QJsonObject{{u"pmsId"_s, a.pmsId},
                                     {u"patientPmsId"_s, a.patientPmsId},
                                     {u"operatoryPmsId"_s, a.operatoryPmsId},
                                     {u"providerPmsId"_s, a.providerPmsId},
                                     {u"typePmsId"_s, a.typePmsId},
                                     {u"startUtc"_s, a.startUtc.toUTC().toString(Qt::ISODate)},
                                     {u"minutes"_s, a.minutes},
                                     {u"pattern"_s, a.pattern},
                                     {u"status"_s, appointmentStatusName(a.status)},
                                     {u"hygiene"_s, a.hygiene},
                                     {u"notes"_s, a.notes}})
            .toJson(QJsonDocument::Compact);
}

std::optional<PmsAppointment> pmsAppointmentFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.value(u"pmsId"_s).toString().isEmpty())
        return std::nullopt;
    PmsAppointment a;
    a.pmsId = o.value(u"pmsId"_s).toString();
    a.patientPmsId = o.value(u"patientPmsId"_s).toString();
    a.operatoryPmsId = o.value(u"operatoryPmsId"_s).toString();
    a.providerPmsId = o.value(u"providerPmsId"_s).toString();
    a.typePmsId = o.value(u"typePmsId"_s).toString();
    a.startUtc = QDateTime::fromString(o.value(u"startUtc"_s).toString(), Qt::ISODate);
    a.minutes = o.value(u"minutes"_s).toInt();
    a.pattern = o.value(u"pattern"_s).toString();
    a.status = parseAppointmentStatus(o.value(u"status"_s).toString()).value_or(AppointmentStatus::Scheduled);
    a.hygiene = o.value(u"hygiene"_s).toBool();
    a.notes = o.value(u"notes"_s).toString();
    return a;
}

static std::optional<QString> untypedType(QSqlDatabase &db, const QString &pms, const QDateTime &now,
                                             QSqlError *error)
{
    const QString id = pms + u"-type-untyped"_s;
    store::PracticeRepository practice(db);
    if (practice.ids(u"appointment_types"_s, error).contains(id))
        return id;
    PracticeData data;
    AppointmentType general;
    general.id = id;
    general.name = QCoreApplication::translate("chairside::PmsMirror", "Appointment");
    general.minutes = 30;
    general.minMinutes = 5;
    general.maxMinutes = 600;
    data.appointmentTypes.append(general);
    if (!practice.write(data, now.toSecsSinceEpoch(), error))
        return std::nullopt;
    return id;
}

ScheduleReport PmsMirror::applySchedules(const QString &pms, const QDate &from, const QDate &to,
                                         const QList<PmsSchedule> &schedules)
{
    ScheduleReport report;
    QSqlDatabase &db = m_cache.database();
    store::PracticeRepository practice(db);
    store::PmsLinkRepository links(db);
    QSqlError error;
    const std::optional<Practice> settings = practice.practice(&error);
    QList<Provider> providers = practice.providers(&error);
    if (error.isValid() || !settings) {
        report.error = m_cache.describeFailure(error);
        return report;
    }
    const QTimeZone zone = settings->timeZone();
    auto localChairs = [&](const PmsSchedule &s, bool *allUnmapped) {
        QStringList chairs;
        for (const QString &op : s.operatoryPmsIds) {
            if (const std::optional<QString> chair = links.localId(pms, u"chair"_s, op, &error))
                chairs.append(*chair);
        }
        *allUnmapped = !s.operatoryPmsIds.isEmpty() && chairs.isEmpty();
        return chairs;
    };
    auto minuteOf = [](const QTime &t) { return t.hour() * 60 + t.minute(); };

    // Provider hours, by local provider and date.
    QHash<QString, QMap<QDate, QList<WorkingSpan>>> spans;
    for (const PmsSchedule &s : schedules) {
        if (s.kind != PmsSchedule::Kind::Provider)
            continue;
        report.providerHoursUsed = true;
        const std::optional<QString> provider = links.localId(pms, u"provider"_s, s.providerPmsId, &error);
        bool allUnmapped = false;
        const QStringList chairs = localChairs(s, &allUnmapped);
        if (!provider || allUnmapped || minuteOf(s.stop) <= minuteOf(s.start)) {
            ++report.unmapped;
            continue;
        }
        WorkingSpan span;
        span.startMinute = minuteOf(s.start);
        span.endMinute = minuteOf(s.stop);
        span.chairIds = chairs;
        spans[*provider][s.date].append(span);
    }
    PracticeData changed;
    if (report.providerHoursUsed) {
        for (Provider &p : providers) {
            if (!links.pmsId(pms, u"provider"_s, p.id, &error))
                continue; // not the PMS's: its own hours stay
            QList<ScheduleOverride> kept;
            for (const ScheduleOverride &o : std::as_const(p.overrides)) {
                if (o.date < from || o.date > to)
                    kept.append(o);
            }
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                ScheduleOverride o;
                o.date = d;
                o.spans = spans.value(p.id).value(d);
                o.closed = o.spans.isEmpty();
                kept.append(o);
                ++report.providerDays;
            }
            p.overrides = kept;
        }
        changed.providers = providers;
    }
    // Blockouts and closed days.
    for (const PmsSchedule &s : schedules) {
        if (s.kind != PmsSchedule::Kind::Blockout && s.kind != PmsSchedule::Kind::PracticeClosed)
            continue;
        QDateTime start(s.date, s.start, zone);
        QDateTime end(s.date, s.stop, zone);
        if (s.kind == PmsSchedule::Kind::PracticeClosed && end <= start) {
            start = QDateTime(s.date, QTime(0, 0), zone);
            end = QDateTime(s.date.addDays(1), QTime(0, 0), zone);
        }
        if (end <= start) {
            ++report.unmapped;
            continue;
        }
        bool allUnmapped = false;
        const QStringList chairs = s.kind == PmsSchedule::Kind::Blockout ? localChairs(s, &allUnmapped) : QStringList();
        if (allUnmapped) {
            ++report.unmapped;
            continue;
        }
        const QString label = !s.label.isEmpty()                     ? s.label
                : s.kind == PmsSchedule::Kind::PracticeClosed          ? u"Closed"_s
                                                                       : u"Blockout"_s;
        const QStringList where = chairs.isEmpty() ? QStringList{QString()} : chairs;
        for (const QString &chair : where) {
            Block b;
            b.id = pms + u"-sched-"_s + s.pmsId + (chair.isEmpty() ? QString() : u'-' + chair);
            b.chairId = chair;
            b.startUtc = start.toUTC();
            b.endUtc = end.toUTC();
            b.label = label;
            changed.blocks.append(b);
            ++report.blocks;
        }
    }
    if (error.isValid()) {
        report.error = m_cache.describeFailure(error);
        return report;
    }
    const qint64 windowStart = QDateTime(from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 windowEnd = QDateTime(to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    store::WriteGuard unit(m_cache);
    error = unit.error();
    if (!unit.begun() || !practice.removeBlocks(pms + u"-sched-"_s, windowStart, windowEnd, &error)
        || !practice.write(changed, m_clock.nowUtc().toSecsSinceEpoch(), &error) || !unit.commit(&error)) {
        unit.rollback();
        report.error = m_cache.describeFailure(error);
    }
    return report;
}

namespace {

RecallKind kindFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n.contains(u"perio"_s))
        return RecallKind::PerioMaintenance;
    if (n.contains(u"child"_s) || n.contains(u"pedo"_s) || n.contains(u"pediatric"_s))
        return RecallKind::ChildProphy;
    if (n.contains(u"prophy"_s))
        return RecallKind::Prophy;
    return RecallKind::Custom;
}

} // namespace

int PmsMirror::applyRecalls(const QString &pms, const QList<PmsRecallType> &types, const QList<PmsRecall> &recalls,
                            const UserSession &session, int *unmapped, QString *errorText)
{
    *unmapped = 0;
    QSqlDatabase &db = m_cache.database();
    store::WriteGuard unit(m_cache);
    auto fail = [&](const QSqlError &e) {
        unit.rollback();
        *errorText = m_cache.describeFailure(e);
        return -1;
    };
    if (!unit.begun())
        return fail(unit.error());
    store::PmsLinkRepository links(db);
    store::RecallRepository repo(db);
    store::AuditLog audit(db);
    const QDateTime now = m_clock.nowUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QSqlError error;

    QList<RecallType> local = repo.types(&error);
    if (error.isValid())
        return fail(error);
    QHash<QString, QString> typeFor; // PMS recall type -> local id
    for (const PmsRecallType &t : types) {
        std::optional<QString> linked = links.localId(pms, u"recall_type"_s, t.pmsId, &error);
        if (error.isValid())
            return fail(error);
        const RecallType *same = nullptr;
        for (const RecallType &l : std::as_const(local)) {
            if ((linked && l.id == *linked) || (!linked && l.name.compare(t.name, Qt::CaseInsensitive) == 0))
                same = &l;
        }
        RecallType written = same ? *same : RecallType{};
        if (!same) {
            written.id = linked.value_or(pms + u"-rt-"_s + t.pmsId);
            written.kind = kindFromName(t.name);
            written.appointmentTypeIds = {};
        }
        written.name = t.name.isEmpty() ? written.name : t.name;
        if (t.intervalMonths > 0 || t.intervalDays > 0) {
            written.intervalMonths = t.intervalMonths;
            written.intervalDays = t.intervalDays;
        } else if (!same) {
            written.intervalMonths = 6; // the PMS keeps each patient's own interval
            written.intervalDays = 0;
        }
        if (!repo.putType(written, int(typeFor.size()), &error))
            return fail(error);
        if (!linked && !links.link(pms, u"recall_type"_s, written.id, t.pmsId, nowSecs, &error))
            return fail(error);
        typeFor.insert(t.pmsId, written.id);
    }

    // One read of each kind of link: a practice has a recall or two per patient.
    const QHash<QString, QString> patients = links.links(pms, u"patient"_s, &error);
    const QHash<QString, QString> linkedRecalls = links.links(pms, u"recall"_s, &error);
    if (error.isValid())
        return fail(error);
    QSet<QString> listed;
    QSet<QString> localSeen;
    QSet<QString> localLinked;
    for (const QString &local : linkedRecalls)
        localLinked.insert(local);
    int written = 0;
    for (const PmsRecall &r : recalls) {
        listed.insert(r.pmsId);
        const std::optional<QString> patient =
                patients.contains(r.patientPmsId) ? std::optional<QString>(patients.value(r.patientPmsId)) : std::nullopt;
        std::optional<QString> type = typeFor.contains(r.recallTypePmsId)
                ? std::optional<QString>(typeFor.value(r.recallTypePmsId))
                : links.localId(pms, u"recall_type"_s, r.recallTypePmsId, &error);
        if (error.isValid())
            return fail(error);
        if (!patient || !type) {
            ++*unmapped;
            continue;
        }
        const std::optional<QString> linked =
                linkedRecalls.contains(r.pmsId) ? std::optional<QString>(linkedRecalls.value(r.pmsId)) : std::nullopt;
        const QString id = linked.value_or(recallIdFor(*patient, *type));
        localSeen.insert(id);
        // A recall made again in the PMS under a new number follows the same local one (it
        // stays linked to the first number, which the PMS no longer lists).
        const bool link = !linked && !localLinked.contains(id);
        const std::optional<Recall> existing = repo.recall(id, &error);
        if (error.isValid())
            return fail(error);
        Recall next = existing.value_or(Recall{});
        next.id = id;
        next.patientId = *patient;
        next.recallTypeId = *type;
        next.due = r.due.isValid() ? r.due : next.due;
        next.lastDone = r.previous;
        next.disabled = r.disabled || !next.due.isValid();
        if (!next.due.isValid())
            next.due = r.previous.isValid() ? r.previous : now.date(); // kept, switched off
        if (existing && existing->due == next.due && existing->lastDone == next.lastDone
            && existing->disabled == next.disabled) {
            if (link && !links.link(pms, u"recall"_s, id, r.pmsId, nowSecs, &error))
                return fail(error);
            continue;
        }
        if (!repo.putRecall(next, nowSecs, &error))
            return fail(error);
        if (link && !links.link(pms, u"recall"_s, id, r.pmsId, nowSecs, &error))
            return fail(error);
        if (link)
            localLinked.insert(id);
        if (!audit.append(store::AuditRecord::by(session, now, existing ? u"pull-update"_s : u"pull-create"_s,
                                                 u"recall"_s, id, *patient,
                                                 pms + u" id="_s + r.pmsId + u" due="_s
                                                         + next.due.toString(Qt::ISODate)),
                          &error))
            return fail(error);
        ++written;
    }
    // A recall the PMS no longer lists (deleted there) is switched off here, not lost.
    for (auto it = linkedRecalls.cbegin(); it != linkedRecalls.cend(); ++it) {
        if (listed.contains(it.key()) || localSeen.contains(it.value()))
            continue;
        std::optional<Recall> gone = repo.recall(it.value(), &error);
        if (error.isValid())
            return fail(error);
        if (!gone || gone->disabled)
            continue;
        gone->disabled = true;
        if (!repo.putRecall(*gone, nowSecs, &error)
            || !audit.append(store::AuditRecord::by(session, now, u"pull-update"_s, u"recall"_s, gone->id,
                                                    gone->patientId, pms + u" id="_s + it.key() + u" gone"_s),
                             &error))
            return fail(error);
        ++written;
    }
    if (!unit.commit(&error))
        return fail(error);
    return written;
}

int PmsMirror::applyWaitlist(const QString &pms, const QList<PmsWaitlistEntry> &entries, int *unmapped,
                             QString *errorText)
{
    QSqlDatabase &db = m_cache.database();
    store::PmsLinkRepository links(db);
    QSqlError error;
    PracticeData mirrored;
    *unmapped = 0;
    store::PracticeRepository practice(db);
    const QSet<QString> present = practice.ids(u"waitlist"_s, &error);
    for (const PmsWaitlistEntry &e : entries) {
        // Booked or removed here since it was mirrored: not brought back.
        const std::optional<QString> linked = links.localId(pms, u"waitlist"_s, e.pmsId, &error);
        if (linked && !present.contains(*linked))
            continue;
        const std::optional<QString> patient = links.localId(pms, u"patient"_s, e.patientPmsId, &error);
        const std::optional<QString> type = links.localId(pms, u"type"_s, e.typePmsId, &error);
        const std::optional<QString> provider = e.providerPmsId.isEmpty()
                ? std::optional<QString>(QString())
                : links.localId(pms, u"provider"_s, e.providerPmsId, &error);
        if (!patient || !type || !provider) {
            ++*unmapped;
            continue;
        }
        WaitlistEntry w;
        w.id = pms + u"-wl-"_s + e.pmsId;
        w.patientId = *patient;
        w.typeId = *type;
        w.providerId = *provider;
        w.earliest = e.earliest;
        w.latest = e.latest;
        w.urgency = e.urgency;
        w.sinceUtc = e.sinceUtc.isValid() ? e.sinceUtc : m_clock.nowUtc();
        mirrored.waitlist.append(w);
    }
    QStringList keep;
    for (const WaitlistEntry &w : std::as_const(mirrored.waitlist))
        keep.append(w.id);

    // Gone from the PMS: gone here (only the PMS's own entries).
    QStringList stale;
    for (const QString &id : practice.ids(u"waitlist"_s, &error)) {
        if (id.startsWith(pms + u"-wl-"_s) && !keep.contains(id))
            stale.append(id);
    }
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    store::WriteGuard unit(m_cache);
    bool ok = !error.isValid() && unit.begun();
    if (!unit.begun())
        error = unit.error();
    for (const QString &id : std::as_const(stale))
        ok = ok && practice.removeWaitlistEntry(id, &error);
    ok = ok && practice.write(mirrored, now, &error);
    for (const WaitlistEntry &w : std::as_const(mirrored.waitlist)) {
        const QString pmsId = w.id.mid(pms.size() + 4);
        ok = ok && (links.pmsId(pms, u"waitlist"_s, w.id, &error) || links.link(pms, u"waitlist"_s, w.id, pmsId, now, &error));
    }
    ok = ok && unit.commit(&error);
    if (!ok) {
        unit.rollback();
        *errorText = m_cache.describeFailure(error);
        return -1;
    }
    return int(mirrored.waitlist.size());
}

static std::optional<QString> recogniseLostCreate(QSqlDatabase &db, const QString &pms, const PmsAppointment &p,
                                                      const QString &patientId, const QString &chairId,
                                                      const QDateTime &now, QSqlError *error)
{
    store::AppointmentRepository repo(db);
    store::Outbox outbox(db);
    const std::optional<QString> found = repo.unsentCreateAt(pms, patientId, chairId, p.startUtc, error);
    if (!found)
        return std::nullopt;
    const QString id = *found;
    // Linked, and the create leaves the outbox: the PMS has it. Later changes stay queued
    // and go as updates; with none left the booking is in step.
    if (!store::PmsLinkRepository(db).link(pms, u"appointment"_s, id, p.pmsId, now.toSecsSinceEpoch(), error)
        || !outbox.removeCreate(id, error))
        return std::nullopt;
    const qint64 rest = outbox.waitingFor(id, error);
    if (rest < 0 || (rest == 0 && !repo.setSyncState(id, SyncState::Synced, error)))
        return std::nullopt;
    qCInfo(lcMirror) << "recognised a create whose reply was lost:" << id;
    return id;
}

MirrorReport PmsMirror::applyAppointments(const QString &pms, const QList<PmsAppointment> &appointments,
                                          const UserSession &session)
{
    MirrorReport report;
    if (appointments.isEmpty())
        return report; // an idle pull: nothing to write
    QSqlDatabase &db = m_cache.database();
    store::WriteGuard unit(m_cache);
    if (!unit.begun()) {
        report.error = m_cache.describeFailure(unit.error());
        return report;
    }
    auto fail = [&](const QSqlError &e) {
        unit.rollback();
        MirrorReport failed;
        failed.error = m_cache.describeFailure(e);
        qCWarning(lcMirror) << "pulled page rolled back; SQLite code" << e.nativeErrorCode();
        return failed;
    };
    store::PmsLinkRepository links(db);
    store::AppointmentRepository repo(db);
    store::AuditLog audit(db);
    const QDateTime now = m_clock.nowUtc();
    QSqlError error;

    for (const PmsAppointment &p : appointments) {
        const std::optional<QString> patient = links.localId(pms, u"patient"_s, p.patientPmsId, &error);
        const std::optional<QString> chair = links.localId(pms, u"chair"_s, p.operatoryPmsId, &error);
        const std::optional<QString> provider = links.localId(pms, u"provider"_s, p.providerPmsId, &error);
        // An appointment the PMS keeps without a type (Open Dental allows it) takes the
        // practice's general "Appointment" type for that PMS, made the first time it is needed.
        std::optional<QString> type;
        if (p.typePmsId.isEmpty()) {
            type = untypedType(db, pms, now, &error);
        } else {
            type = links.localId(pms, u"type"_s, p.typePmsId, &error);
        }
        if (error.isValid())
            return fail(error);
        if (!patient || !chair || !provider || !type) {
            ++report.unmapped;
            continue;
        }
        std::optional<QString> linked = links.localId(pms, u"appointment"_s, p.pmsId, &error);
        if (error.isValid())
            return fail(error);
        if (!linked) {
            // A booking made here that reached the PMS although its reply was lost: the
            // pulled record is that booking, not a new one.
            linked = recogniseLostCreate(db, pms, p, *patient, *chair, now, &error);
            if (error.isValid())
                return fail(error);
            if (linked)
                ++report.recognised;
        }
        const QString id = linked.value_or(pms + u'-' + p.pmsId);
        const std::optional<Appointment> existing = repo.find(id, &error);
        if (error.isValid())
            return fail(error);
        // A change made here that the PMS has not acknowledged yet stays until it has.
        if (existing && (existing->syncState == SyncState::Pending || existing->syncState == SyncState::Local)) {
            ++report.keptLocal;
            continue;
        }
        Appointment a = existing.value_or(Appointment{});
        a.id = id;
        a.patientId = *patient;
        a.typeId = *type;
        a.providerId = *provider;
        a.chairId = *chair;
        a.startUtc = p.startUtc;
        a.minutes = p.minutes;
        a.status = p.status;
        a.notes = p.notes;
        a.syncState = SyncState::Synced;
        if (existing && sameBooking(*existing, a)) {
            ++report.unchanged;
            continue;
        }
        if (!existing) {
            a.version = 1;
            a.clientUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.idempotencyKey = pms + u':' + p.pmsId;
        }
        if (!repo.upsertImported(a, now.toSecsSinceEpoch(), &error)
            || !repo.setSyncState(a.id, SyncState::Synced, &error))
            return fail(error);
        if (!linked && !links.link(pms, u"appointment"_s, a.id, p.pmsId, now.toSecsSinceEpoch(), &error))
            return fail(error);
        // A visit the practice system marked completed is due again, as one completed here.
        if (!RecallService::visitChanged(m_cache, existing, a, session, now, &error))
            return fail(error);
        const store::AuditRecord record = store::AuditRecord::by(
                session, now, existing ? u"pull-update"_s : u"pull-create"_s, u"appointment"_s, a.id, a.patientId,
                pms + u" id="_s + p.pmsId + u" status="_s + appointmentStatusName(a.status));
        if (!audit.append(record, &error))
            return fail(error);
        ++(existing ? report.updated : report.inserted);
    }
    QSqlError commitError;
    if (!unit.commit(&commitError))
        return fail(commitError);
    return report;
}

bool PmsMirror::applyLinks(const QString &pms, const PmsLinkPlan &plan, const UserSession &session, QString *errorText)
{
    if (plan.links.isEmpty() && plan.adoptedIds.isEmpty() && plan.updatedPatients.isEmpty()
        && plan.renamedProviderIds.isEmpty())
        return true;
    QSqlDatabase &db = m_cache.database();
    const QDateTime now = m_clock.nowUtc();
    QSqlError error;
    store::WriteGuard unit(m_cache);
    auto fail = [&](const QSqlError &e) {
        unit.rollback();
        if (errorText)
            *errorText = m_cache.describeFailure(e);
        return false;
    };
    if (!unit.begun())
        return fail(unit.error());
    // The adopted records are written before their links count.
    const PracticeData &adopted = plan.adopted;
    if ((!adopted.chairs.isEmpty() || !adopted.providers.isEmpty() || !adopted.appointmentTypes.isEmpty()
         || !adopted.patients.isEmpty())
        && !store::PracticeRepository(db).write(adopted, now.toSecsSinceEpoch(), &error))
        return fail(error);
    if (!plan.updatedPatients.isEmpty()) {
        PracticeData updated;
        updated.patients = plan.updatedPatients;
        if (!store::PracticeRepository(db).write(updated, now.toSecsSinceEpoch(), &error))
            return fail(error);
    }
    store::PmsLinkRepository links(db);
    for (const PmsLinkPlan::Link &l : plan.links) {
        if (!links.link(pms, l.entity, l.localId, l.pmsId, now.toSecsSinceEpoch(), &error))
            return fail(error);
    }
    store::AuditLog audit(db);
    for (const Patient &p : plan.updatedPatients) {
        if (!audit.append(store::AuditRecord::by(session, now, u"pms-update"_s, u"patient"_s, p.id, p.id, pms), &error))
            return fail(error);
    }
    for (const QString &id : plan.renamedProviderIds) {
        if (!audit.append(store::AuditRecord::by(session, now, u"pms-update"_s, u"provider"_s, id, {}, pms), &error))
            return fail(error);
    }
    for (const QString &entityAndId : plan.adoptedIds) {
        const QString entity = entityAndId.section(u':', 0, 0);
        const QString id = entityAndId.section(u':', 1);
        if (!audit.append(store::AuditRecord::by(session, now, u"pms-adopt"_s, entity, id,
                                                 entity == u"patient" ? id : QString(), pms),
                          &error))
            return fail(error);
    }
    if (!plan.links.isEmpty()
        && !audit.append(store::AuditRecord::by(session, now, u"pms-link"_s, u"practice"_s, {}, {},
                                                pms + u" links="_s + QString::number(plan.links.size())),
                         &error))
        return fail(error);
    if (!unit.commit(&error))
        return fail(error);
    return true;
}

QList<store::PendingOutboxEntry> PmsMirror::dueOutbox(int limit, QString *errorText)
{
    QSqlError error;
    QList<store::PendingOutboxEntry> out =
            store::Outbox(m_cache.database()).due(m_clock.nowUtc().toSecsSinceEpoch(), limit, &error);
    if (error.isValid() && errorText)
        *errorText = m_cache.describeFailure(error);
    return out;
}

qint64 PmsMirror::waitingInOutbox(QString *errorText)
{
    QSqlError error;
    const qint64 n = store::Outbox(m_cache.database()).waiting(&error);
    if (error.isValid() && errorText)
        *errorText = m_cache.describeFailure(error);
    return n;
}

QString PmsMirror::pmsIdOf(const QString &pms, const QString &appointmentId)
{
    return store::PmsLinkRepository(m_cache.database()).pmsId(pms, u"appointment"_s, appointmentId).value_or(QString());
}

std::optional<PmsCommlog> PmsMirror::outgoingCommlog(const QString &pms, const QString &contactId, QString *why)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    const std::optional<ContactRecord> contact = store::FillRepository(db).contact(contactId, &error);
    if (!contact) {
        *why = error.isValid() ? m_cache.describeFailure(error)
                               : u"contact %1 is no longer in the cache"_s.arg(contactId);
        return std::nullopt;
    }
    const std::optional<QString> patient =
            store::PmsLinkRepository(db).pmsId(pms, u"patient"_s, contact->patientId, &error);
    if (!patient) {
        *why = error.isValid() ? m_cache.describeFailure(error)
                               : u"patient %1 is not linked to the practice system yet"_s.arg(contact->patientId);
        return std::nullopt;
    }
    PmsCommlog out;
    out.patientPmsId = *patient;
    out.atUtc = contact->createdUtc;
    out.mode = contact->channel;
    out.note = commlogNote(*contact);
    return out;
}

std::optional<PmsPatient> PmsMirror::outgoingPatient(const QString &pms, const QString &patientId, QString *why)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    const std::optional<Patient> p = store::PracticeRepository(db).patient(patientId, &error);
    if (!p) {
        *why = error.isValid() ? m_cache.describeFailure(error)
                               : u"patient %1 is no longer in the cache"_s.arg(patientId);
        return std::nullopt;
    }
    store::PmsLinkRepository links(db);
    PmsPatient out;
    out.pmsId = links.pmsId(pms, u"patient"_s, p->id).value_or(QString());
    // The names as the patient form reads them (split from the whole name when kept whole).
    const PatientDetails names = PatientDetails::of(*p);
    out.firstName = names.firstName;
    out.lastName = names.lastName;
    out.birthdate = p->birthdate;
    out.sex = p->sex;
    out.phone = p->phone;
    out.email = p->email;
    out.language = p->language;
    out.contact = p->doNotContact ? u"none"_s : contactChannelName(p->preferredContact);
    // The provider a new patient is registered with (NexHealth asks): theirs, or the
    // practice's first linked provider.
    out.providerPmsId = p->preferredProviderId.isEmpty()
            ? QString()
            : links.pmsId(pms, u"provider"_s, p->preferredProviderId).value_or(QString());
    if (out.providerPmsId.isEmpty()) {
        const QHash<QString, QString> providers = links.links(pms, u"provider"_s);
        QStringList local = providers.values();
        std::sort(local.begin(), local.end());
        if (!local.isEmpty())
            out.providerPmsId = providers.key(local.constFirst());
    }
    if (!p->guarantorId.isEmpty()) {
        const std::optional<QString> guarantor = links.pmsId(pms, u"patient"_s, p->guarantorId, &error);
        if (!guarantor) {
            *why = error.isValid() ? m_cache.describeFailure(error)
                                   : u"the guarantor %1 is not linked to %2 yet"_s.arg(p->guarantorId, pms);
            return std::nullopt;
        }
        out.familyPmsId = *guarantor;
    }
    return out;
}

std::optional<QString> PmsMirror::waitsForPatient(const QString &pms, const QString &appointmentId)
{
    QSqlDatabase &db = m_cache.database();
    const std::optional<Appointment> a = store::AppointmentRepository(db).find(appointmentId);
    if (!a || store::PmsLinkRepository(db).pmsId(pms, u"patient"_s, a->patientId))
        return std::nullopt;
    QSqlError error;
    store::Outbox outbox(db);
    if (outbox.waitingFor(a->patientId, &error) <= 0)
        return std::nullopt;
    return outbox.lastReason(a->patientId, &error);
}

QString PmsMirror::patientLinkedTo(const QString &pms, const QString &pmsId)
{
    return store::PmsLinkRepository(m_cache.database()).localId(pms, u"patient"_s, pmsId).value_or(QString());
}

std::optional<PmsAppointment> PmsMirror::outgoing(const QString &pms, const QString &appointmentId, QString *why)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    const std::optional<Appointment> a = store::AppointmentRepository(db).find(appointmentId, &error);
    if (!a) {
        *why = error.isValid() ? m_cache.describeFailure(error)
                               : u"appointment %1 is no longer in the cache"_s.arg(appointmentId);
        return std::nullopt;
    }
    store::PmsLinkRepository links(db);
    PmsAppointment out;
    out.pmsId = links.pmsId(pms, u"appointment"_s, a->id).value_or(QString());
    const std::optional<QString> patient = links.pmsId(pms, u"patient"_s, a->patientId);
    const std::optional<QString> chair = links.pmsId(pms, u"chair"_s, a->chairId);
    const std::optional<QString> provider = links.pmsId(pms, u"provider"_s, a->providerId);
    const std::optional<QString> type = links.pmsId(pms, u"type"_s, a->typeId);
    QStringList missing;
    if (!patient)
        missing.append(u"patient %1"_s.arg(a->patientId));
    if (!chair)
        missing.append(u"chair %1"_s.arg(a->chairId));
    if (!provider)
        missing.append(u"provider %1"_s.arg(a->providerId));
    if (!missing.isEmpty()) {
        *why = u"not linked to %1 yet: %2"_s.arg(pms, missing.join(u", "_s));
        return std::nullopt;
    }
    out.patientPmsId = *patient;
    out.operatoryPmsId = *chair;
    out.providerPmsId = *provider;
    out.typePmsId = type.value_or(QString());
    out.startUtc = a->startUtc;
    out.minutes = a->minutes;
    out.status = a->status;
    out.notes = a->notes;
    store::PracticeRepository practice(db);
    for (const AppointmentType &t : practice.appointmentTypes()) {
        if (t.id == a->typeId)
            out.pattern = scheduling::ProviderTime::fittedPattern(t.pattern, a->minutes);
    }
    for (const Provider &p : practice.providers()) {
        if (p.id == a->providerId)
            out.hygiene = p.role == ProviderRole::Hygienist;
    }
    return out;
}

bool PmsMirror::acknowledge(const QString &pms, const store::PendingOutboxEntry &entry, const QString &pmsId,
                            QString *errorText)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    store::WriteGuard unit(m_cache);
    auto failed = [&](const QSqlError &e) {
        unit.rollback();
        *errorText = m_cache.describeFailure(e);
        return false;
    };
    if (!unit.begun())
        return failed(unit.error());
    store::Outbox outbox(db);
    store::PmsLinkRepository links(db);
    if (!outbox.remove(entry.seq, &error))
        return failed(error);
    const QDateTime now = m_clock.nowUtc();
    if (entry.entry.entity == u"contact") {
        const QJsonObject payload = QJsonDocument::fromJson(entry.entry.payload).object();
        if (!pmsId.isEmpty() && !links.link(pms, u"commlog"_s, entry.entry.entityId, pmsId, now.toSecsSinceEpoch(), &error))
            return failed(error);
        UserSession system;
        system.userId = u"sync:"_s + pms;
        system.role = Role::System;
        const store::AuditRecord record = store::AuditRecord::by(
                system, now, u"pms_commlog"_s, u"contact"_s, entry.entry.entityId,
                payload.value(u"patient"_s).toString(), u"pms=%1 commlog=%2"_s.arg(pms, pmsId));
        if (!unit.audit(record, &error) || !unit.commit(&error))
            return failed(error);
        return true;
    }
    if (entry.entry.entity == u"patient") {
        // A patient made here is linked to the PMS's number; later bookings for them follow.
        if (!pmsId.isEmpty()
            && !links.pmsId(pms, u"patient"_s, entry.entry.entityId, &error)
            && !links.link(pms, u"patient"_s, entry.entry.entityId, pmsId, now.toSecsSinceEpoch(), &error))
            return failed(error);
        UserSession system;
        system.userId = u"sync:"_s + pms;
        system.role = Role::System;
        const store::AuditRecord record =
                store::AuditRecord::by(system, now, u"pms_patient_"_s + entry.entry.operation, u"patient"_s,
                                       entry.entry.entityId, entry.entry.entityId, u"pms=%1 id=%2"_s.arg(pms, pmsId));
        if (!unit.audit(record, &error) || !unit.commit(&error))
            return failed(error);
        return true;
    }
    if (!pmsId.isEmpty()
        && !links.link(pms, u"appointment"_s, entry.entry.entityId, pmsId, now.toSecsSinceEpoch(), &error))
        return failed(error);
    const qint64 left = outbox.waitingFor(entry.entry.entityId, &error);
    if (left < 0)
        return failed(error);
    if (left == 0
        && !store::AppointmentRepository(db).setSyncState(entry.entry.entityId, SyncState::Synced, &error))
        return failed(error);
    if (!unit.commit(&error))
        return failed(error);
    return true;
}

bool PmsMirror::accepted(const QString &pms, const store::PendingOutboxEntry &entry, const QString &pmsId,
                         qint64 waitSeconds, const QString &why, QString *errorText)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    store::WriteGuard unit(m_cache);
    error = unit.error();
    if (!unit.begun()
        || (store::PmsLinkRepository(db).pmsId(pms, u"appointment"_s, entry.entry.entityId, &error) != pmsId
            && !store::PmsLinkRepository(db).link(pms, u"appointment"_s, entry.entry.entityId, pmsId, now, &error))
        || !store::Outbox(db).defer(entry.seq, entry.attempts + 1, now + waitSeconds, why, &error)
        || !unit.commit(&error)) {
        unit.rollback();
        *errorText = m_cache.describeFailure(error);
        return false;
    }
    return true;
}

bool PmsMirror::keepHere(const store::PendingOutboxEntry &entry, const QString &why, QString *errorText)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    store::WriteGuard unit(m_cache);
    error = unit.error();
    store::Outbox outbox(db);
    if (!unit.begun() || !outbox.defer(entry.seq, entry.attempts + 1, store::Outbox::kNever, why, &error)) {
        unit.rollback();
        *errorText = m_cache.describeFailure(error);
        return false;
    }
    const qint64 left = entry.entry.entity == u"appointment" ? outbox.waitingFor(entry.entry.entityId, &error) : 1;
    if (left < 0
        || (left == 0
            && !store::AppointmentRepository(db).setSyncState(entry.entry.entityId, SyncState::Synced, &error))
        || !unit.commit(&error)) {
        unit.rollback();
        *errorText = m_cache.describeFailure(error);
        return false;
    }
    return true;
}

bool PmsMirror::defer(const store::PendingOutboxEntry &entry, qint64 waitSeconds, const QString &why,
                      QString *errorText)
{
    QSqlError error;
    if (!store::Outbox(m_cache.database())
                 .defer(entry.seq, entry.attempts + 1, m_clock.nowUtc().toSecsSinceEpoch() + waitSeconds, why,
                        &error)) {
        *errorText = m_cache.describeFailure(error);
        return false;
    }
    return true;
}

bool PmsMirror::refuse(const QString &pms, const store::PendingOutboxEntry &entry, const QString &why,
                       const std::optional<PmsAppointment> &theirs, QString *errorText)
{
    QSqlDatabase &db = m_cache.database();
    QSqlError error;
    // Parked far ahead: a person resolves it (keep mine or take theirs); it is never dropped.
    constexpr qint64 kNeedsAPerson = qint64(100) * 365 * 86400;
    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    store::StoredConflict conflict;
    conflict.pms = pms;
    conflict.appointmentId = entry.entry.entityId;
    conflict.operation = entry.entry.operation;
    conflict.reason = why;
    conflict.mine = entry.entry.payload;
    conflict.theirs = theirs ? pmsAppointmentJson(*theirs) : QByteArray();
    conflict.createdUtc = now;
    store::WriteGuard unit(m_cache);
    error = unit.error();
    if (!unit.begun()
        || !store::Outbox(db).defer(entry.seq, entry.attempts + 1, now + kNeedsAPerson, u"refused: "_s + why, &error)
        || !store::AppointmentRepository(db).setSyncState(entry.entry.entityId, SyncState::Conflict, &error)
        || !store::SyncConflictRepository(db).insert(conflict, &error) || !unit.commit(&error)) {
        unit.rollback();
        *errorText = m_cache.describeFailure(error);
        return false;
    }
    return true;
}

} // namespace chairside
