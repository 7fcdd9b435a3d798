#include "messagerepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

const QString kColumns =
        u"id, patient_id, appointment_id, offer_id, contact_id, purpose, channel, recipient, subject, body, language, "
        "state, not_before_utc, fallbacks, claim, claimed_utc, provider_id, provider_status, error_code, error, "
        "attempts, sent_utc, updated_utc, created_utc"_s;

QDateTime optionalInstant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : instantFromColumn(v);
}

OutgoingMessage messageFrom(const QSqlQuery &q)
{
    OutgoingMessage m;
    m.id = q.value(0).toString();
    m.patientId = q.value(1).toString();
    m.appointmentId = q.value(2).toString();
    m.offerId = q.value(3).toString();
    m.contactId = q.value(4).toString();
    m.purpose = parseContactPurpose(q.value(5).toString()).value_or(ContactPurpose::Reminder);
    m.channel = parseContactChannel(q.value(6).toString()).value_or(ContactChannel::Sms);
    m.recipient = q.value(7).toString();
    m.subject = q.value(8).toString();
    m.body = q.value(9).toString();
    m.language = q.value(10).toString();
    m.state = parseMessageState(q.value(11).toString()).value_or(MessageState::Queued);
    m.notBeforeUtc = instantFromColumn(q.value(12));
    for (const QString &way : q.value(13).toString().split(u',', Qt::SkipEmptyParts)) {
        if (const std::optional<ContactChannel> c = parseContactChannel(way))
            m.fallbacks.append(*c);
    }
    m.claim = q.value(14).toString();
    m.claimedUtc = optionalInstant(q.value(15));
    m.providerId = q.value(16).toString();
    m.providerStatus = q.value(17).toString();
    m.errorCode = q.value(18).toString();
    m.error = q.value(19).toString();
    m.attempts = q.value(20).toInt();
    m.sentUtc = optionalInstant(q.value(21));
    m.updatedUtc = instantFromColumn(q.value(22));
    m.createdUtc = instantFromColumn(q.value(23));
    return m;
}

QList<OutgoingMessage> messages(const QSqlDatabase &db, const QString &rest, const QVariantList &binds,
                                QSqlError *error)
{
    QList<OutgoingMessage> out;
    selectRows(db, u"SELECT "_s + kColumns + u" FROM outgoing_messages "_s + rest, binds, error,
               [&](const QSqlQuery &q) { out.append(messageFrom(q)); });
    return out;
}

int changed(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, QSqlError *error)
{
    QSqlQuery q(db);
    if (!prepareOrFail(q, sql, error) || !execWith(q, binds, error))
        return -1;
    return q.numRowsAffected();
}

bool setMeta(const QSqlDatabase &db, const QString &key, const QString &value, QSqlError *error)
{
    return changed(db, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, {key, value}, error) >= 0;
}

const char *const kSettingKeys[] = {"messaging.sms.provider", "messaging.sms.url",     "messaging.sms.from",
                                    "messaging.sms.account",  "messaging.email.provider", "messaging.email.url",
                                    "messaging.email.from",   "messaging.practice_phone", "messaging.quiet"};

} // namespace

MessagingSettings MessageRepository::settings(QSqlError *error) const
{
    MessagingSettings s;
    selectRows(m_db, u"SELECT key, value FROM meta WHERE key LIKE 'messaging.%'"_s, {}, error,
               [&](const QSqlQuery &q) {
                   const QString key = q.value(0).toString();
                   const QString value = q.value(1).toString();
                   if (key == u"messaging.sms.provider")
                       s.smsProvider = value;
                   else if (key == u"messaging.sms.url")
                       s.smsUrl = value;
                   else if (key == u"messaging.sms.from")
                       s.smsFrom = value;
                   else if (key == u"messaging.sms.account")
                       s.accountSid = value;
                   else if (key == u"messaging.email.provider")
                       s.emailProvider = value;
                   else if (key == u"messaging.email.url")
                       s.emailUrl = value;
                   else if (key == u"messaging.email.from")
                       s.emailFrom = value;
                   else if (key == u"messaging.practice_phone")
                       s.practicePhone = value;
                   else if (key == u"messaging.quiet")
                       s.quiet = QuietHours::parse(value).value_or(QuietHours{});
               });
    return s;
}

bool MessageRepository::setSettings(const MessagingSettings &s, QSqlError *error)
{
    const QString values[] = {s.smsProvider,   s.smsUrl,    s.smsFrom,         s.accountSid, s.emailProvider,
                              s.emailUrl,      s.emailFrom, s.practicePhone,   s.quiet.text()};
    for (int i = 0; i < int(std::size(kSettingKeys)); ++i) {
        if (!setMeta(m_db, QString::fromLatin1(kSettingKeys[i]), values[i], error))
            return false;
    }
    return true;
}

MessageRepository::Step MessageRepository::lastStep(const QString &step, QSqlError *error) const
{
    Step out;
    selectRows(m_db, u"SELECT value FROM meta WHERE key = ?"_s, {QString(u"messaging.last."_s + step)}, error,
               [&](const QSqlQuery &q) {
                   const QString value = q.value(0).toString();
                   const qsizetype space = value.indexOf(u' ');
                   out.atUtc = QDateTime::fromSecsSinceEpoch(value.left(space).toLongLong(), Qt::UTC);
                   out.result = space < 0 ? QString() : value.mid(space + 1);
               });
    return out;
}

bool MessageRepository::setLastStep(const QString &step, const Step &value, QSqlError *error)
{
    return setMeta(m_db, u"messaging.last."_s + step,
                   QString::number(value.atUtc.toSecsSinceEpoch()) + u' ' + value.result, error);
}

bool MessageRepository::enqueue(const OutgoingMessage &m, QSqlError *error)
{
    QStringList ways;
    for (const ContactChannel c : m.fallbacks)
        ways.append(contactChannelName(c));
    return changed(m_db,
                   u"INSERT INTO outgoing_messages ("_s + kColumns
                           + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, "
                             "0, NULL, ?, ?)"_s,
                   {m.id, m.patientId, nullIfEmpty(m.appointmentId), nullIfEmpty(m.offerId), nullIfEmpty(m.contactId),
                    contactPurposeName(m.purpose), contactChannelName(m.channel), m.recipient, m.subject, m.body,
                    m.language, messageStateName(m.state), toColumn(m.notBeforeUtc), ways.join(u','),
                    toColumn(m.createdUtc), toColumn(m.createdUtc)},
                   error)
            == 1;
}

std::optional<OutgoingMessage> MessageRepository::find(const QString &id, QSqlError *error) const
{
    const QList<OutgoingMessage> found = messages(m_db, u"WHERE id = ?"_s, {id}, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<OutgoingMessage> MessageRepository::byProviderId(const QString &providerId, QSqlError *error) const
{
    const QList<OutgoingMessage> found = messages(m_db, u"WHERE provider_id = ?"_s, {providerId}, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<OutgoingMessage> MessageRepository::due(const QDateTime &nowUtc, int limit, QSqlError *error) const
{
    return messages(m_db, u"WHERE state = 'queued' AND not_before_utc <= ? ORDER BY not_before_utc, seq LIMIT ?"_s,
                    {toColumn(nowUtc), limit}, error);
}

QList<OutgoingMessage> MessageRepository::inState(MessageState state, int limit, QSqlError *error) const
{
    return messages(m_db, u"WHERE state = ? ORDER BY seq LIMIT ?"_s, {messageStateName(state), limit}, error);
}

QList<OutgoingMessage> MessageRepository::awaitingDelivery(const QDateTime &checkedBeforeUtc,
                                                           const QDateTime &sentSinceUtc, int limit,
                                                           QSqlError *error) const
{
    return messages(m_db,
                    u"WHERE state = 'accepted' AND channel = 'sms' AND updated_utc <= ? AND sent_utc >= ? ORDER BY "
                    "updated_utc, seq LIMIT ?"_s,
                    {toColumn(checkedBeforeUtc), toColumn(sentSinceUtc), limit}, error);
}

QList<OutgoingMessage> MessageRepository::latestTo(const QString &recipient, int limit, QSqlError *error) const
{
    return messages(m_db,
                    u"WHERE recipient = ? AND purpose IN ('reminder', 'waitlist_offer') AND state IN ('accepted', "
                    "'delivered', 'unclear', 'sending') ORDER BY seq DESC LIMIT ?"_s,
                    {recipient, limit}, error);
}

QList<OutgoingMessage> MessageRepository::forPatient(const QString &patientId, int limit, QSqlError *error) const
{
    return messages(m_db, u"WHERE patient_id = ? ORDER BY seq DESC LIMIT ?"_s, {patientId, limit}, error);
}

QHash<MessageState, int> MessageRepository::counts(QSqlError *error) const
{
    QHash<MessageState, int> out;
    selectRows(m_db, u"SELECT state, COUNT(*) FROM outgoing_messages GROUP BY state"_s, {}, error,
               [&](const QSqlQuery &q) {
                   if (const std::optional<MessageState> s = parseMessageState(q.value(0).toString()))
                       out.insert(*s, q.value(1).toInt());
               });
    return out;
}

int MessageRepository::claim(const QString &id, const QString &claim, const QDateTime &nowUtc, QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE outgoing_messages SET state = 'sending', claim = ?, claimed_utc = ?, attempts = attempts + 1, "
                   "updated_utc = ? WHERE id = ? AND state = 'queued'"_s,
                   {claim, toColumn(nowUtc), toColumn(nowUtc), id}, error);
}

int MessageRepository::markAccepted(const QString &id, const QString &providerId, const QString &providerStatus,
                                    const QDateTime &nowUtc, QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE outgoing_messages SET state = 'accepted', provider_id = ?, provider_status = ?, "
                   "sent_utc = ?, updated_utc = ?, error_code = NULL, error = NULL WHERE id = ? AND state IN "
                   "('sending', 'unclear')"_s,
                   {providerId, providerStatus, toColumn(nowUtc), toColumn(nowUtc), id}, error);
}

int MessageRepository::setState(const QString &id, MessageState state, const QString &providerStatus,
                                const QString &errorCode, const QString &why, const QDateTime &nowUtc,
                                QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE outgoing_messages SET state = ?, provider_status = COALESCE(?, provider_status), "
                   "error_code = ?, error = ?, updated_utc = ? WHERE id = ?"_s,
                   {messageStateName(state), providerStatus.isEmpty() ? QVariant() : QVariant(providerStatus),
                    nullIfEmpty(errorCode), nullIfEmpty(why), toColumn(nowUtc), id},
                   error);
}

int MessageRepository::requeue(const QString &id, const QDateTime &notBeforeUtc, const QString &why,
                               const QDateTime &nowUtc, QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE outgoing_messages SET state = 'queued', claim = NULL, not_before_utc = ?, error = ?, "
                   "updated_utc = ? WHERE id = ? AND state IN ('queued', 'sending', 'unclear')"_s,
                   {toColumn(notBeforeUtc), nullIfEmpty(why), toColumn(nowUtc), id}, error);
}

int MessageRepository::cancelQueued(const QString &appointmentId, const QString &offerId, const QDateTime &nowUtc,
                                    QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE outgoing_messages SET state = 'cancelled', updated_utc = ? WHERE state = 'queued' AND "
                   "((? IS NOT NULL AND appointment_id = ?) OR (? IS NOT NULL AND offer_id = ?))"_s,
                   {toColumn(nowUtc), nullIfEmpty(appointmentId), nullIfEmpty(appointmentId), nullIfEmpty(offerId),
                    nullIfEmpty(offerId)},
                   error);
}

bool MessageRepository::hasInbound(const QString &providerId, QSqlError *error) const
{
    bool found = false;
    selectRows(m_db, u"SELECT 1 FROM inbound_messages WHERE provider_id = ?"_s, {providerId}, error,
               [&](const QSqlQuery &) { found = true; });
    return found;
}

bool MessageRepository::insertInbound(const InboundMessage &m, QSqlError *error)
{
    return changed(m_db,
                   u"INSERT INTO inbound_messages (provider_id, from_number, body, received_utc, patient_id, "
                   "message_id, action, open, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   {m.providerId, m.from, m.body, toColumn(m.receivedUtc), nullIfEmpty(m.patientId),
                    nullIfEmpty(m.messageId), m.action, m.open ? 1 : 0, m.note},
                   error)
            == 1;
}

int MessageRepository::updateInbound(const InboundMessage &m, QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE inbound_messages SET patient_id = ?, message_id = ?, action = ?, open = ?, note = ? WHERE "
                   "provider_id = ?"_s,
                   {nullIfEmpty(m.patientId), nullIfEmpty(m.messageId), m.action, m.open ? 1 : 0, m.note,
                    m.providerId},
                   error);
}

QList<InboundMessage> MessageRepository::inbox(bool openOnly, int limit, QSqlError *error) const
{
    QList<InboundMessage> out;
    selectRows(m_db,
               u"SELECT provider_id, from_number, body, received_utc, patient_id, message_id, action, open, note "
               "FROM inbound_messages "_s
                       + (openOnly ? u"WHERE open = 1 "_s : QString()) + u"ORDER BY received_utc DESC LIMIT ?"_s,
               {limit}, error, [&](const QSqlQuery &q) {
                   InboundMessage m;
                   m.providerId = q.value(0).toString();
                   m.from = q.value(1).toString();
                   m.body = q.value(2).toString();
                   m.receivedUtc = instantFromColumn(q.value(3));
                   m.patientId = q.value(4).toString();
                   m.messageId = q.value(5).toString();
                   m.action = q.value(6).toString();
                   m.open = q.value(7).toInt() != 0;
                   m.note = q.value(8).toString();
                   out.append(m);
               });
    return out;
}

int MessageRepository::closeInbound(const QString &providerId, const QString &userId, const QDateTime &nowUtc,
                                    QSqlError *error)
{
    return changed(m_db,
                   u"UPDATE inbound_messages SET open = 0, closed_by = ?, closed_utc = ? WHERE provider_id = ? AND "
                   "open = 1"_s,
                   {userId, toColumn(nowUtc), providerId}, error);
}

bool MessageRepository::optOut(const QString &phone, const QDateTime &sinceUtc, const QString &source,
                               QSqlError *error)
{
    return changed(m_db, u"INSERT OR IGNORE INTO sms_opt_outs (phone, since_utc, source) VALUES (?, ?, ?)"_s,
                   {phone, toColumn(sinceUtc), source}, error)
            >= 0;
}

bool MessageRepository::optIn(const QString &phone, QSqlError *error)
{
    return changed(m_db, u"DELETE FROM sms_opt_outs WHERE phone = ?"_s, {phone}, error) >= 0;
}

QSet<QString> MessageRepository::optedOutNumbers(QSqlError *error) const
{
    QSet<QString> out;
    selectRows(m_db, u"SELECT phone FROM sms_opt_outs"_s, {}, error,
               [&](const QSqlQuery &q) { out.insert(q.value(0).toString()); });
    return out;
}

std::optional<QDateTime> MessageRepository::optedOutSince(const QString &phone, QSqlError *error) const
{
    std::optional<QDateTime> out;
    selectRows(m_db, u"SELECT since_utc FROM sms_opt_outs WHERE phone = ?"_s, {phone}, error,
               [&](const QSqlQuery &q) { out = instantFromColumn(q.value(0)); });
    return out;
}

std::optional<QString> MessageRepository::templateText(TemplateKind kind, const QString &language,
                                                       QSqlError *error) const
{
    std::optional<QString> out;
    selectRows(m_db, u"SELECT text FROM message_templates WHERE kind = ? AND language = ?"_s,
               {templateKindName(kind), language}, error, [&](const QSqlQuery &q) { out = q.value(0).toString(); });
    return out;
}

bool MessageRepository::setTemplate(TemplateKind kind, const QString &language, const QString &text,
                                    const QString &userId, const QDateTime &nowUtc, QSqlError *error)
{
    return changed(m_db,
                   u"INSERT OR REPLACE INTO message_templates (kind, language, text, updated_by, updated_utc) VALUES "
                   "(?, ?, ?, ?, ?)"_s,
                   {templateKindName(kind), language, text, userId, toColumn(nowUtc)}, error)
            >= 0;
}

bool MessageRepository::resetTemplate(TemplateKind kind, const QString &language, QSqlError *error)
{
    return changed(m_db, u"DELETE FROM message_templates WHERE kind = ? AND language = ?"_s,
                   {templateKindName(kind), language}, error)
            >= 0;
}

bool MessageRepository::takeLease(const QString &name, const QString &holder, const QDateTime &nowUtc, int ttlSeconds,
                                  QString *current, QSqlError *error)
{
    const qint64 now = toColumn(nowUtc);
    const int took = changed(m_db,
                             u"UPDATE worker_leases SET holder = ?, expires_utc = ? WHERE name = ? AND (holder = ? OR "
                             "expires_utc <= ?)"_s,
                             {holder, now + ttlSeconds, name, holder, now}, error);
    if (took < 0)
        return false;
    if (took == 1)
        return true;
    const int made = changed(m_db,
                             u"INSERT OR IGNORE INTO worker_leases (name, holder, expires_utc) VALUES (?, ?, ?)"_s,
                             {name, holder, now + ttlSeconds}, error);
    if (made < 0)
        return false;
    if (made == 1)
        return true;
    selectRows(m_db, u"SELECT holder FROM worker_leases WHERE name = ?"_s, {name}, error,
               [&](const QSqlQuery &q) { *current = q.value(0).toString(); });
    return false;
}

bool MessageRepository::releaseLease(const QString &name, const QString &holder, QSqlError *error)
{
    return changed(m_db, u"DELETE FROM worker_leases WHERE name = ? AND holder = ?"_s, {name, holder}, error) >= 0;
}

} // namespace chairside::store
