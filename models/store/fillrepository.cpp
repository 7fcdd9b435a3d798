#include "fillrepository.h"

#include "sqlhelpers.h"

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

const QString kOfferColumns =
        u"id, slot_key, chair_id, provider_id, start_utc, minutes, entry_id, patient_id, type_id, state, direct, "
        "offered_utc, expires_utc, decided_utc, appointment_id, correlation_id, offered_by"_s;

WaitlistOffer offerFrom(const QSqlQuery &q)
{
    WaitlistOffer o;
    o.id = q.value(0).toString();
    o.slotKey = q.value(1).toString();
    o.chairId = q.value(2).toString();
    o.providerId = q.value(3).toString();
    o.startUtc = instantFromColumn(q.value(4));
    o.minutes = q.value(5).toInt();
    o.entryId = q.value(6).toString();
    o.patientId = q.value(7).toString();
    o.typeId = q.value(8).toString();
    o.state = parseOfferState(q.value(9).toString()).value_or(OfferState::Withdrawn);
    o.direct = q.value(10).toBool();
    o.offeredUtc = instantFromColumn(q.value(11));
    o.expiresUtc = instantFromColumn(q.value(12));
    if (!q.value(13).isNull())
        o.decidedUtc = instantFromColumn(q.value(13));
    o.appointmentId = q.value(14).toString();
    o.correlationId = q.value(15).toString();
    o.offeredBy = q.value(16).toString();
    return o;
}

const QString kContactColumns =
        u"id, patient_id, appointment_id, offer_id, purpose, channel, handled_by, language, message, outcome, "
        "new_appointment_id, correlation_id, user_id, created_utc"_s;

ContactRecord contactFrom(const QSqlQuery &q)
{
    ContactRecord c;
    c.id = q.value(0).toString();
    c.patientId = q.value(1).toString();
    c.appointmentId = q.value(2).toString();
    c.offerId = q.value(3).toString();
    c.purpose = parseContactPurpose(q.value(4).toString()).value_or(ContactPurpose::WaitlistOffer);
    c.channel = parseContactChannel(q.value(5).toString()).value_or(ContactChannel::Phone);
    c.handledBy = q.value(6).toString();
    c.language = q.value(7).toString();
    c.message = q.value(8).toString();
    c.outcome = parseContactOutcome(q.value(9).toString()).value_or(ContactOutcome::Prepared);
    c.newAppointmentId = q.value(10).toString();
    c.correlationId = q.value(11).toString();
    c.userId = q.value(12).toString();
    c.createdUtc = instantFromColumn(q.value(13));
    return c;
}

QList<WaitlistOffer> offers(const QSqlDatabase &db, const QString &where, const QVariantList &binds, QSqlError *error)
{
    QList<WaitlistOffer> out;
    selectRows(db, u"SELECT "_s + kOfferColumns + u" FROM waitlist_offers "_s + where, binds, error,
               [&](const QSqlQuery &q) { out.append(offerFrom(q)); });
    return out;
}

QList<ContactRecord> contacts(const QSqlDatabase &db, const QString &where, const QVariantList &binds,
                              QSqlError *error, const QString &order = u"ORDER BY seq"_s)
{
    QList<ContactRecord> out;
    selectRows(db, u"SELECT "_s + kContactColumns + u" FROM contact_log "_s + where + u' ' + order, binds, error,
               [&](const QSqlQuery &q) { out.append(contactFrom(q)); });
    return out;
}

} // namespace

FillSettings FillRepository::settings(QSqlError *error) const
{
    FillSettings s;
    selectRows(m_db, u"SELECT key, value FROM meta WHERE key LIKE 'fill.%'"_s, {}, error, [&](const QSqlQuery &q) {
        const QString key = q.value(0).toString();
        const int value = q.value(1).toInt();
        if (key == u"fill.offers_at_once")
            s.offersAtOnce = qBound(1, value, 3);
        else if (key == u"fill.offer_minutes")
            s.offerMinutes = qBound(1, value, 24 * 60);
        else if (key == u"fill.auto_no_show")
            s.autoNoShow = value != 0;
        else if (key == u"fill.no_show_limit")
            s.noShowLimit = qMax(0, value);
        else if (key == u"fill.no_show_approval")
            s.noShowNeedsApproval = value != 0;
    });
    return s;
}

bool FillRepository::setSettings(const FillSettings &s, QSqlError *error)
{
    const std::pair<QString, int> values[] = {
        {u"fill.offers_at_once"_s, s.offersAtOnce},  {u"fill.offer_minutes"_s, s.offerMinutes},
        {u"fill.auto_no_show"_s, s.autoNoShow ? 1 : 0}, {u"fill.no_show_limit"_s, s.noShowLimit},
        {u"fill.no_show_approval"_s, s.noShowNeedsApproval ? 1 : 0},
    };
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, error))
        return false;
    for (const auto &[key, value] : values) {
        if (!execWith(q, {key, QString::number(value)}, error))
            return false;
    }
    return true;
}

bool FillRepository::insertOffer(const WaitlistOffer &o, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO waitlist_offers ("_s + kOfferColumns
                                 + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q,
                        {o.id, o.slotKey, o.chairId, o.providerId, toColumn(o.startUtc), o.minutes, o.entryId,
                         o.patientId, o.typeId, offerStateName(o.state), o.direct ? 1 : 0, toColumn(o.offeredUtc),
                         toColumn(o.expiresUtc),
                         o.decidedUtc.isValid() ? QVariant(toColumn(o.decidedUtc)) : QVariant(QMetaType(QMetaType::LongLong)),
                         nullIfEmpty(o.appointmentId), o.correlationId, o.offeredBy},
                        error);
}

std::optional<WaitlistOffer> FillRepository::offer(const QString &id, QSqlError *error) const
{
    const QList<WaitlistOffer> found = offers(m_db, u"WHERE id = ?"_s, {id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<WaitlistOffer> FillRepository::offersForSlot(const QString &slotKey, QSqlError *error) const
{
    return offers(m_db, u"WHERE slot_key = ? ORDER BY offered_utc, rowid"_s, {slotKey}, error);
}

QList<WaitlistOffer> FillRepository::openOffersExpiredBy(qint64 nowUtc, QSqlError *error) const
{
    return offers(m_db, u"WHERE state = 'offered' AND expires_utc <= ? ORDER BY expires_utc, rowid"_s, {nowUtc},
                  error);
}

QList<WaitlistOffer> FillRepository::recentOffers(qint64 sinceUtc, QSqlError *error) const
{
    return offers(m_db, u"WHERE state = 'offered' OR offered_utc >= ? ORDER BY offered_utc DESC, rowid DESC"_s,
                  {sinceUtc}, error);
}

int FillRepository::closeOffer(const QString &id, OfferState to, qint64 nowUtc, const QString &appointmentId,
                               QSqlError *error)
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"UPDATE waitlist_offers SET state = ?, decided_utc = ?, appointment_id = ? "
                       "WHERE id = ? AND state = 'offered'"_s,
                       error)
        || !execWith(q, {offerStateName(to), nowUtc, nullIfEmpty(appointmentId), id}, error))
        return -1;
    return q.numRowsAffected();
}

QStringList FillRepository::withdrawOpenOffers(const QString &slotKey, const QString &exceptId, qint64 nowUtc,
                                               QSqlError *error)
{
    QStringList ids;
    if (!selectRows(m_db, u"SELECT id FROM waitlist_offers WHERE slot_key = ? AND state = 'offered' AND id <> ?"_s,
                    {slotKey, exceptId}, error, [&](const QSqlQuery &q) { ids << q.value(0).toString(); }))
        return {};
    for (const QString &id : std::as_const(ids)) {
        if (closeOffer(id, OfferState::Withdrawn, nowUtc, {}, error) < 0)
            return {};
    }
    return ids;
}

bool FillRepository::insertContact(const ContactRecord &c, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO contact_log ("_s + kContactColumns
                                 + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q,
                        {c.id, c.patientId, nullIfEmpty(c.appointmentId), nullIfEmpty(c.offerId),
                         contactPurposeName(c.purpose), contactChannelName(c.channel), c.handledBy, c.language,
                         c.message, contactOutcomeName(c.outcome), nullIfEmpty(c.newAppointmentId), c.correlationId,
                         c.userId, toColumn(c.createdUtc)},
                        error);
}

std::optional<ContactRecord> FillRepository::contact(const QString &id, QSqlError *error) const
{
    const QList<ContactRecord> found = contacts(m_db, u"WHERE id = ?"_s, {id}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<ContactRecord> FillRepository::contactsFor(const QString &appointmentId, QSqlError *error) const
{
    return contacts(m_db, u"WHERE appointment_id = ?"_s, {appointmentId}, error);
}

QList<ContactRecord> FillRepository::contactsForPatient(const QString &patientId, int limit, QSqlError *error) const
{
    return contacts(m_db, u"WHERE patient_id = ?"_s, {patientId, limit}, error, u"ORDER BY seq DESC LIMIT ?"_s);
}

QList<ContactRecord> FillRepository::contactsByCorrelation(const QString &correlationId, QSqlError *error) const
{
    return contacts(m_db, u"WHERE correlation_id = ?"_s, {correlationId}, error);
}

QHash<QString, QDateTime> FillRepository::lastContactsOfWaitlist(QSqlError *error) const
{
    QHash<QString, QDateTime> out;
    QSqlQuery q(m_db);
    if (!prepareOrFail(q,
                       u"SELECT patient_id, MAX(created_utc) FROM contact_log "
                       "WHERE patient_id IN (SELECT patient_id FROM waitlist) AND outcome <> 'failed' "
                       "GROUP BY patient_id"_s,
                       error)
        || !execOrFail(q, error))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), instantFromColumn(q.value(1)));
    return out;
}

bool FillRepository::dismissUnscheduled(const QString &appointmentId, const QString &reason, const QString &userId,
                                        qint64 nowUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT OR REPLACE INTO unscheduled_dismissed (appointment_id, reason, user_id, dismissed_utc) "
                         "VALUES (?, ?, ?, ?)"_s,
                         error)
            && execWith(q, {appointmentId, reason, userId, nowUtc}, error);
}

} // namespace chairside::store
