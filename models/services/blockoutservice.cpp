#include "blockoutservice.h"

#include "access.h"
#include "servicewrites.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/session.h"
#include "scheduling/availability.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/cache.h"
#include "store/practicerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::BlockoutService)
};

BlockoutOutcome failed(BookingOutcome::Result result, const QString &message)
{
    BlockoutOutcome out;
    out.result = result;
    out.message = message;
    return out;
}

QString blockDetail(const Block &b)
{
    QString detail = u"start=%1 end=%2"_s.arg(b.startUtc.toUTC().toString(Qt::ISODate),
                                                b.endUtc.toUTC().toString(Qt::ISODate));
    if (!b.chairId.isEmpty())
        detail += u" chair="_s + b.chairId;
    if (!b.providerId.isEmpty())
        detail += u" provider="_s + b.providerId;
    if (b.repeat) {
        detail += u" repeat="_s + b.repeat->days.names().join(u',');
        if (b.repeat->until.isValid())
            detail += u" until="_s + b.repeat->until.toString(Qt::ISODate);
        if (!b.repeat->skipped.isEmpty())
            detail += u" skipped="_s + QString::number(b.repeat->skipped.size());
    }
    return detail;
}

QString productionDetail(const ProductionBlock &b)
{
    return u"provider=%1 chair=%2 days=%3 start=%4 end=%5 types=%6 category=%7"_s.arg(
            b.providerId, b.chairId, b.days.names().join(u','), QString::number(b.startMinute),
            QString::number(b.endMinute), b.typeIds.join(u','), b.category);
}

// The practice as a blockout is checked against: its zone and what exists in it.
struct Reference
{
    QTimeZone zone;
    QHash<QString, QString> chairNames;
    QHash<QString, QString> providerNames;
    QHash<QString, QString> typeNames;
};

std::optional<Reference> readReference(QSqlDatabase &db, QSqlError *error, QString *refused)
{
    store::PracticeRepository repo(db);
    const std::optional<Practice> practice = repo.practice(error);
    if (error->isValid())
        return std::nullopt;
    if (!practice) {
        *refused = Text::tr("This cache holds no practice yet; import a practice file first.");
        return std::nullopt;
    }
    Reference r;
    r.zone = practice->timeZone();
    for (const Chair &c : repo.chairs(error))
        r.chairNames.insert(c.id, c.name);
    for (const Provider &p : repo.providers(error))
        r.providerNames.insert(p.id, p.name);
    for (const AppointmentType &t : repo.appointmentTypes(error))
        r.typeNames.insert(t.id, t.name);
    if (error->isValid())
        return std::nullopt;
    return r;
}

// Empty when `b` is a blockout that can be stored; else what is wrong and what to do.
QString problemWith(const Block &b, const Reference &ref)
{
    if (b.label.trimmed().isEmpty())
        return Text::tr("Give the blockout a label people will read on the schedule, e.g. \"Staff meeting\".");
    if (!b.startUtc.isValid() || !b.endUtc.isValid())
        return Text::tr("Give the blockout a start and an end.");
    if (b.endUtc <= b.startUtc)
        return Text::tr("The blockout ends at or before it starts (%1); pick an end after its start.")
                .arg(localformat::dateTime(b.endUtc.toTimeZone(ref.zone)));
    if (!b.chairId.isEmpty() && !b.providerId.isEmpty())
        return Text::tr("A blockout is for the whole practice, one chair or one provider; choose a chair or a "
                        "provider, not both.");
    if (!b.chairId.isEmpty() && !ref.chairNames.contains(b.chairId))
        return Text::tr("There is no chair \"%1\" in this practice; pick one from the list.")
                .arg(localformat::excerpt(b.chairId));
    if (!b.providerId.isEmpty() && !ref.providerNames.contains(b.providerId))
        return Text::tr("There is no provider \"%1\" in this practice; pick one from the list.")
                .arg(localformat::excerpt(b.providerId));
    if (b.repeat) {
        const QDateTime start = b.startUtc.toTimeZone(ref.zone);
        const QDateTime end = b.endUtc.toTimeZone(ref.zone);
        if (b.repeat->days.isEmpty())
            return Text::tr("A repeating blockout needs at least one weekday; tick the days it falls on.");
        const bool sameDay = end.date() == start.date() || (end.date() == start.date().addDays(1) && end.time() == QTime(0, 0));
        if (!sameDay)
            return Text::tr("A repeating blockout ends on the day it starts; make it shorter, or make it once "
                            "only.");
        if (b.repeat->until.isValid() && b.repeat->until < start.date())
            return Text::tr("The repeat ends (%1) before the first date (%2); pick a later until date.")
                    .arg(localformat::longDate(b.repeat->until), localformat::longDate(start.date()));
    }
    if (b.endUtc.toSecsSinceEpoch() - b.startUtc.toSecsSinceEpoch() > qint64(31) * 86400)
        return Text::tr("A blockout longer than 31 days is a closure; mark the provider away or split it.");
    return {};
}

// The live visits `b` would cover, by start.
QList<Appointment> coveredBy(const Block &b, const Reference &ref, const QList<Appointment> &live)
{
    QList<Appointment> out;
    for (const Appointment &a : live) {
        if (!b.chairId.isEmpty() && a.chairId != b.chairId)
            continue;
        if (!b.providerId.isEmpty() && a.providerId != b.providerId)
            continue;
        const scheduling::Minute start = scheduling::toMinute(a.startUtc);
        if (!scheduling::blockOccurrences(b, {start, start + a.minutes}, ref.zone).isEmpty())
            out.append(a);
    }
    return out;
}

// Where the live visits that could meet `b` start: from its first occurrence through its last.
QList<Appointment> liveNear(QSqlDatabase &db, const Block &b, QSqlError *error)
{
    const qint64 from = b.startUtc.toSecsSinceEpoch() - 86400;
    qint64 to = b.endUtc.toSecsSinceEpoch();
    if (b.repeat)
        to = b.repeat->until.isValid() ? QDateTime(b.repeat->until.addDays(2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max() / 2;
    return store::AppointmentRepository(db).liveStartingBetween(from, to, error);
}

QString visitWords(const Appointment &a, const Reference &ref)
{
    const QDateTime local = a.startUtc.toTimeZone(ref.zone);
    return Text::tr("%1 at %2 on %3 with %4 in %5", "a booked visit a blockout would cover")
            .arg(ref.typeNames.value(a.typeId, Text::tr("a visit")), localformat::time(local.time()),
                 localformat::longDate(local.date()), ref.providerNames.value(a.providerId, a.providerId),
                 ref.chairNames.value(a.chairId, a.chairId));
}

} // namespace

BlockoutService::BlockoutService(store::Cache &cache, const Clock &clock) : m_cache(cache), m_clock(clock) {}

bool BlockoutService::mayEdit(const UserSession &session, QString *why)
{
    if (roleMay(session.role, Access::ManagePractice))
        return true;
    if (why)
        *why = Text::tr("Only the office manager changes blockouts and production blocks; your role (%1) sees them.")
                       .arg(roleText(session.role));
    return false;
}

std::optional<BlockoutOutcome> BlockoutService::refuseUnlessManager(const UserSession &session,
                                                                    const QString &recordType, const QString &id)
{
    QString why;
    if (mayEdit(session, &why))
        return std::nullopt;
    QString error;
    if (!auditDenied(m_cache, m_clock, session, u"edit_"_s + recordType, recordType, id, {}, &error))
        return failed(BookingOutcome::Result::StoreFailed, error);
    return failed(BookingOutcome::Result::Denied, why);
}

std::optional<Block> BlockoutService::find(const QString &id, QString *error)
{
    QSqlError sqlError;
    const std::optional<Block> b = store::PracticeRepository(m_cache.database()).block(id, &sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    if (!b)
        *error = Text::tr("That blockout is gone; the schedule was changed elsewhere. Reload it.");
    return b;
}

BlockoutOutcome BlockoutService::write(const Block &b, const std::optional<Block> &before, const QString &action,
                                       const UserSession &session)
{
    BlockoutOutcome out;
    out.block = b;
    const QDateTime now = m_clock.nowUtc();
    QString error;
    bool refusedByRule = false;
    const bool written = inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        const std::optional<Reference> ref = readReference(db, e, refused);
        if (!ref)
            return false;
        *refused = problemWith(b, *ref);
        if (!refused->isEmpty()) {
            refusedByRule = true;
            return false;
        }
        const QList<Appointment> live = liveNear(db, b, e);
        if (e->isValid())
            return false;
        QList<Appointment> covered = coveredBy(b, *ref, live);
        if (before) {
            // Visits the blockout already covered (booked over it, or imported) are not new.
            QSet<QString> already;
            for (const Appointment &a : coveredBy(*before, *ref, liveNear(db, *before, e)))
                already.insert(a.id);
            covered.removeIf([&](const Appointment &a) { return already.contains(a.id); });
        }
        if (!covered.isEmpty()) {
            QStringList named;
            for (const Appointment &a : std::as_const(covered)) {
                out.collidingAppointmentIds.append(a.id);
                if (named.size() < kVisitsNamed)
                    named.append(visitWords(a, *ref));
            }
            if (covered.size() > kVisitsNamed)
                named.append(Text::tr("%n more", nullptr, int(covered.size()) - kVisitsNamed));
            *refused = Text::tr("The blockout would cover %n booked visit(s): %1. Move or cancel them first, or "
                                "pick another time.",
                                nullptr, int(covered.size()))
                               .arg(named.join(u"; "_s));
            refusedByRule = true;
            return false;
        }
        store::PracticeRepository repo(db);
        if (!repo.putBlocks({b}, e))
            return false;
        return store::AuditLog(db).append(store::AuditRecord::by(session, now, action, u"block"_s, b.id, {},
                                                                 blockDetail(b)),
                                          e);
    });
    if (!written) {
        out.result = refusedByRule ? BookingOutcome::Result::Refused : BookingOutcome::Result::StoreFailed;
        out.message = error;
    }
    return out;
}

BlockoutOutcome BlockoutService::create(Block draft, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"block"_s, draft.id))
        return *denied;
    if (draft.id.isEmpty()) {
        draft.id = newId();
    } else if (std::optional<Block> existing = store::PracticeRepository(m_cache.database()).block(draft.id)) {
        return failed(BookingOutcome::Result::BadRequest,
                      Text::tr("A blockout with the id \"%1\" exists already; use another id or change that one.")
                              .arg(localformat::excerpt(draft.id)));
    }
    draft.label = draft.label.trimmed();
    return write(draft, std::nullopt, u"create_blockout"_s, session);
}

BlockoutOutcome BlockoutService::update(const Block &changed, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"block"_s, changed.id))
        return *denied;
    QString error;
    const std::optional<Block> before = find(changed.id, &error);
    if (!before)
        return failed(error.isEmpty() ? BookingOutcome::Result::NotFound : BookingOutcome::Result::StoreFailed, error);
    Block b = changed;
    b.label = b.label.trimmed();
    return write(b, before, u"edit_blockout"_s, session);
}

BlockoutOutcome BlockoutService::move(const QString &id, const QDate &occurrenceDate, const QDateTime &startUtc,
                                      const UserSession &session, const std::optional<QString> &chairId,
                                      const std::optional<QString> &providerId)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"block"_s, id))
        return *denied;
    QString error;
    const std::optional<Block> before = find(id, &error);
    if (!before)
        return failed(BookingOutcome::Result::NotFound, error);
    if (!startUtc.isValid())
        return failed(BookingOutcome::Result::BadRequest, Text::tr("Say where the blockout goes: a new start."));
    Block b = *before;
    if (b.repeat) {
        QSqlError sqlError;
        const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice(&sqlError);
        const QTimeZone zone = practice ? practice->timeZone() : QTimeZone::utc();
        if (startUtc.toTimeZone(zone).date() != occurrenceDate)
            return failed(BookingOutcome::Result::Refused,
                          Text::tr("\"%1\" repeats weekly; it moves within its day. To change its days, open it "
                                   "(double-click) and edit the repeat.")
                                  .arg(b.label));
        // The series keeps wall-clock times: the new time of day holds from its first date on.
        const QDateTime oldStart = b.startUtc.toTimeZone(zone);
        const QDateTime newFirst(oldStart.date(), startUtc.toTimeZone(zone).time(), zone);
        const qint64 length = b.startUtc.secsTo(b.endUtc);
        b.startUtc = newFirst.toUTC();
        b.endUtc = b.startUtc.addSecs(length);
    } else {
        const qint64 shift = b.startUtc.secsTo(startUtc);
        b.startUtc = startUtc.toUTC();
        b.endUtc = b.endUtc.addSecs(shift).toUTC();
    }
    if (chairId)
        b.chairId = *chairId;
    if (providerId)
        b.providerId = *providerId;
    return write(b, before, u"move_blockout"_s, session);
}

BlockoutOutcome BlockoutService::resize(const QString &id, const QDate &occurrenceDate, const QDateTime &endUtc,
                                        const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"block"_s, id))
        return *denied;
    QString error;
    const std::optional<Block> before = find(id, &error);
    if (!before)
        return failed(BookingOutcome::Result::NotFound, error);
    Block b = *before;
    if (b.repeat) {
        QSqlError sqlError;
        const std::optional<Practice> practice = store::PracticeRepository(m_cache.database()).practice(&sqlError);
        const QTimeZone zone = practice ? practice->timeZone() : QTimeZone::utc();
        // The new end's wall-clock time on the first date (24:00 reads as the next midnight).
        const QDateTime oldStart = b.startUtc.toTimeZone(zone);
        const QDateTime end = endUtc.toTimeZone(zone);
        const qint64 dayAfter = occurrenceDate.daysTo(end.date());
        b.endUtc = QDateTime(oldStart.date().addDays(dayAfter), end.time(), zone).toUTC();
    } else {
        b.endUtc = endUtc.toUTC();
    }
    return write(b, before, u"resize_blockout"_s, session);
}

BlockoutOutcome BlockoutService::remove(const QString &id, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"block"_s, id))
        return *denied;
    QString error;
    const std::optional<Block> before = find(id, &error);
    if (!before)
        return failed(BookingOutcome::Result::NotFound, error);
    const QDateTime now = m_clock.nowUtc();
    if (!inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
            return store::PracticeRepository(db).removeBlock(id, e)
                    && store::AuditLog(db).append(store::AuditRecord::by(session, now, u"delete_blockout"_s,
                                                                         u"block"_s, id, {}, blockDetail(*before)),
                                                  e);
        }))
        return failed(BookingOutcome::Result::StoreFailed, error);
    BlockoutOutcome out;
    out.block = *before;
    return out;
}

BlockoutOutcome BlockoutService::skipDate(const QString &id, const QDate &date, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"block"_s, id))
        return *denied;
    QString error;
    const std::optional<Block> before = find(id, &error);
    if (!before)
        return failed(BookingOutcome::Result::NotFound, error);
    if (!before->repeat)
        return failed(BookingOutcome::Result::BadRequest,
                      Text::tr("\"%1\" falls on one day only; delete it instead.").arg(before->label));
    Block b = *before;
    if (!b.repeat->skipped.contains(date))
        b.repeat->skipped.append(date);
    std::sort(b.repeat->skipped.begin(), b.repeat->skipped.end());
    return write(b, before, u"skip_blockout_date"_s, session);
}

std::optional<QList<ProductionBlock>> BlockoutService::productionBlocks(QString *error)
{
    QSqlError sqlError;
    QList<ProductionBlock> out = store::PracticeRepository(m_cache.database()).productionBlocks(&sqlError);
    if (sqlError.isValid()) {
        *error = m_cache.describeFailure(sqlError);
        return std::nullopt;
    }
    return out;
}

BlockoutOutcome BlockoutService::saveProductionBlock(ProductionBlock b, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"production_block"_s, b.id))
        return *denied;
    if (b.id.isEmpty())
        b.id = newId();
    b.name = b.name.trimmed();
    const QDateTime now = m_clock.nowUtc();
    QString error;
    bool refusedByRule = false;
    const bool written = inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *refused) {
        const std::optional<Reference> ref = readReference(db, e, refused);
        if (!ref)
            return false;
        if (b.name.isEmpty())
            *refused = Text::tr("Give the production block a name people will read on the lanes, e.g. \"Crown/bridge\".");
        else if (b.providerId.isEmpty() && b.chairId.isEmpty())
            *refused = Text::tr("Choose the provider or the chair (or both) the production block is for.");
        else if (!b.providerId.isEmpty() && !ref->providerNames.contains(b.providerId))
            *refused = Text::tr("There is no provider \"%1\" in this practice; pick one from the list.")
                               .arg(localformat::excerpt(b.providerId));
        else if (!b.chairId.isEmpty() && !ref->chairNames.contains(b.chairId))
            *refused = Text::tr("There is no chair \"%1\" in this practice; pick one from the list.")
                               .arg(localformat::excerpt(b.chairId));
        else if (b.days.isEmpty())
            *refused = Text::tr("Tick the weekdays the production block falls on.");
        else if (b.startMinute < 0 || b.endMinute > 1440 || b.endMinute <= b.startMinute)
            *refused = Text::tr("The production block ends at or before it starts; pick an end after %1.")
                               .arg(localformat::time(b.startMinute));
        else if (b.typeIds.isEmpty() && b.category.isEmpty())
            *refused = Text::tr("Say which visits the production block is for: appointment types or a category.");
        else {
            for (const QString &t : std::as_const(b.typeIds)) {
                if (!ref->typeNames.contains(t)) {
                    *refused = Text::tr("There is no appointment type \"%1\"; pick types from the list.")
                                       .arg(localformat::excerpt(t));
                    break;
                }
            }
        }
        if (!refused->isEmpty()) {
            refusedByRule = true;
            return false;
        }
        return store::PracticeRepository(db).putProductionBlocks({b}, e)
                && store::AuditLog(db).append(store::AuditRecord::by(session, now, u"save_production_block"_s,
                                                                     u"production_block"_s, b.id, {},
                                                                     productionDetail(b)),
                                              e);
    });
    if (!written)
        return failed(refusedByRule ? BookingOutcome::Result::Refused : BookingOutcome::Result::StoreFailed, error);
    BlockoutOutcome out;
    out.productionBlock = b;
    return out;
}

BlockoutOutcome BlockoutService::removeProductionBlock(const QString &id, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"production_block"_s, id))
        return *denied;
    const QDateTime now = m_clock.nowUtc();
    QString error;
    if (!inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
            return store::PracticeRepository(db).removeProductionBlock(id, e)
                    && store::AuditLog(db).append(store::AuditRecord::by(session, now, u"delete_production_block"_s,
                                                                         u"production_block"_s, id),
                                                  e);
        }))
        return failed(BookingOutcome::Result::StoreFailed, error);
    return {};
}

std::optional<int> BlockoutService::releaseDays(QString *error)
{
    QSqlError sqlError;
    const std::optional<Practice> p = store::PracticeRepository(m_cache.database()).practice(&sqlError);
    if (sqlError.isValid() || !p) {
        *error = sqlError.isValid() ? m_cache.describeFailure(sqlError)
                                    : Text::tr("This cache holds no practice yet; import a practice file first.");
        return std::nullopt;
    }
    return p->productionReleaseDays;
}

BlockoutOutcome BlockoutService::setReleaseDays(int days, const UserSession &session)
{
    if (std::optional<BlockoutOutcome> denied = refuseUnlessManager(session, u"practice"_s, u"1"_s))
        return *denied;
    if (days < 0 || days > 365)
        return failed(BookingOutcome::Result::BadRequest,
                      Text::tr("Release days are 0 to 365: how many days before its date a production block opens "
                               "to any visit."));
    const QDateTime now = m_clock.nowUtc();
    QString error;
    if (!inWrite(m_cache, &error, [&](QSqlDatabase &db, QSqlError *e, QString *) {
            return store::PracticeRepository(db).setProductionReleaseDays(days, e)
                    && store::AuditLog(db).append(store::AuditRecord::by(session, now, u"set_production_release"_s,
                                                                         u"practice"_s, u"1"_s, {},
                                                                         u"days="_s + QString::number(days)),
                                                  e);
        }))
        return failed(BookingOutcome::Result::StoreFailed, error);
    return {};
}

} // namespace chairside
