#include "reminderrepository.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

const QString kJobColumns =
        u"id, appointment_id, patient_id, appointment_start_utc, lead_minutes, send_at_utc, channel, status, "
        "sent_at_utc, sent_channel, attempts, last_error, contact_id, created_utc"_s;

ReminderJob jobFrom(const QSqlQuery &q)
{
    ReminderJob j;
    j.id = q.value(0).toString();
    j.appointmentId = q.value(1).toString();
    j.patientId = q.value(2).toString();
    j.appointmentStartUtc = instantFromColumn(q.value(3));
    j.leadMinutes = q.value(4).toInt();
    j.sendAtUtc = instantFromColumn(q.value(5));
    j.channel = parseContactChannel(q.value(6).toString()).value_or(ContactChannel::Phone);
    j.status = parseReminderStatus(q.value(7).toString()).value_or(ReminderStatus::Pending);
    j.sentAtUtc = q.value(8).isNull() ? QDateTime() : instantFromColumn(q.value(8));
    j.sentChannel = parseContactChannel(q.value(9).toString()).value_or(ContactChannel::None);
    j.attempts = q.value(10).toInt();
    j.lastError = q.value(11).toString();
    j.contactId = q.value(12).toString();
    j.createdUtc = instantFromColumn(q.value(13));
    return j;
}

QList<ReminderJob> jobs(const QSqlDatabase &db, const QString &where, const QVariantList &binds, QSqlError *error)
{
    QList<ReminderJob> out;
    selectRows(db, u"SELECT "_s + kJobColumns + u" FROM reminder_jobs "_s + where, binds, error,
               [&](const QSqlQuery &q) { out.append(jobFrom(q)); });
    return out;
}

int changed(QSqlQuery &q, const QString &sql, const QVariantList &binds, QSqlError *error)
{
    if (!prepareOrFail(q, sql, error) || !execWith(q, binds, error))
        return -1;
    return q.numRowsAffected();
}

} // namespace

ReminderSettings ReminderRepository::settings(QSqlError *error) const
{
    ReminderSettings s;
    selectRows(m_db, u"SELECT key, value FROM meta WHERE key LIKE 'reminders.%'"_s, {}, error,
               [&](const QSqlQuery &q) {
                   const QString key = q.value(0).toString();
                   const QStringList parts = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
                   if (key == u"reminders.lead_minutes") {
                       s.leadMinutes.clear();
                       for (const QString &p : parts) {
                           const int minutes = p.trimmed().toInt();
                           if (minutes > 0 && !s.leadMinutes.contains(minutes))
                               s.leadMinutes.append(minutes);
                       }
                   } else if (key == u"reminders.channels") {
                       s.channels.clear();
                       for (const QString &p : parts) {
                           const std::optional<ContactChannel> c = parseContactChannel(p.trimmed());
                           if (c && *c != ContactChannel::None && !s.channels.contains(*c))
                               s.channels.append(*c);
                       }
                   }
               });
    return s;
}

bool ReminderRepository::setSettings(const ReminderSettings &s, QSqlError *error)
{
    QStringList leads, channels;
    for (const int m : s.leadMinutes)
        leads.append(QString::number(m));
    for (const ContactChannel c : s.channels)
        channels.append(contactChannelName(c));
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s, error)
            && execWith(q, {u"reminders.lead_minutes"_s, leads.join(u',')}, error)
            && execWith(q, {u"reminders.channels"_s, channels.join(u',')}, error);
}

bool ReminderRepository::insert(const ReminderJob &j, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT INTO reminder_jobs ("_s + kJobColumns
                                 + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, 0, NULL, NULL, ?)"_s,
                         error)
            && execWith(q,
                        {j.id, j.appointmentId, j.patientId, toColumn(j.appointmentStartUtc), j.leadMinutes,
                         toColumn(j.sendAtUtc), contactChannelName(j.channel), reminderStatusName(j.status),
                         toColumn(j.createdUtc)},
                        error);
}

QList<ReminderJob> ReminderRepository::pendingFor(const QString &appointmentId, QSqlError *error) const
{
    return jobs(m_db, u"WHERE appointment_id = ? AND status = 'pending'"_s, {appointmentId}, error);
}

QList<ReminderJob> ReminderRepository::plannedFor(const QString &appointmentId, const QDateTime &startUtc,
                                                  QSqlError *error) const
{
    return jobs(m_db, u"WHERE appointment_id = ? AND appointment_start_utc = ? AND status <> 'withdrawn'"_s,
                {appointmentId, toColumn(startUtc)}, error);
}

int ReminderRepository::withdrawPending(const QString &appointmentId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return changed(q, u"UPDATE reminder_jobs SET status = 'withdrawn' WHERE appointment_id = ? AND status = 'pending'"_s,
                   {appointmentId}, error);
}

QList<ReminderJob> ReminderRepository::jobsFor(const QString &appointmentId, QSqlError *error) const
{
    return jobs(m_db, u"WHERE appointment_id = ? ORDER BY send_at_utc, created_utc"_s, {appointmentId}, error);
}

QList<ReminderJob> ReminderRepository::due(const QDateTime &untilUtc, int limit, QSqlError *error) const
{
    return jobs(m_db, u"WHERE status = 'pending' AND send_at_utc <= ? ORDER BY send_at_utc LIMIT ?"_s,
                {toColumn(untilUtc), limit}, error);
}

QHash<QString, QList<ReminderJob>> ReminderRepository::jobsStarting(const QDateTime &fromUtc, const QDateTime &toUtc,
                                                                    QSqlError *error) const
{
    QHash<QString, QList<ReminderJob>> out;
    for (const ReminderJob &j :
         jobs(m_db,
              u"WHERE appointment_start_utc >= ? AND appointment_start_utc < ? AND status <> 'withdrawn' "
              "ORDER BY send_at_utc"_s,
              {toColumn(fromUtc), toColumn(toUtc)}, error))
        out[j.appointmentId].append(j);
    return out;
}

int ReminderRepository::markSent(const QString &jobId, const QDateTime &atUtc, ContactChannel sentChannel,
                                 const QString &contactId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return changed(q,
                   u"UPDATE reminder_jobs SET status = 'sent', sent_at_utc = ?, sent_channel = ?, contact_id = ?, "
                   "attempts = attempts + 1, last_error = NULL WHERE id = ? AND status = 'pending'"_s,
                   {toColumn(atUtc), contactChannelName(sentChannel), contactId, jobId}, error);
}

int ReminderRepository::markFailed(const QString &jobId, const QString &why, const QString &contactId,
                                   QSqlError *error)
{
    QSqlQuery q(m_db);
    return changed(q,
                   u"UPDATE reminder_jobs SET status = 'failed', last_error = ?, contact_id = ?, "
                   "attempts = attempts + 1 WHERE id = ? AND status = 'pending'"_s,
                   {why, nullIfEmpty(contactId), jobId}, error);
}

int ReminderRepository::withdraw(const QString &jobId, QSqlError *error)
{
    QSqlQuery q(m_db);
    return changed(q, u"UPDATE reminder_jobs SET status = 'withdrawn' WHERE id = ? AND status = 'pending'"_s, {jobId},
                   error);
}

std::optional<ConfirmationState> ReminderRepository::confirmation(const QString &appointmentId, QSqlError *error) const
{
    std::optional<ConfirmationState> out;
    selectRows(m_db, u"SELECT state FROM appointment_confirmations WHERE appointment_id = ?"_s, {appointmentId},
               error, [&](const QSqlQuery &q) { out = parseConfirmationState(q.value(0).toString()); });
    return out;
}

QHash<QString, ConfirmationState> ReminderRepository::confirmations(const QStringList &appointmentIds,
                                                                    QSqlError *error) const
{
    QHash<QString, ConfirmationState> out;
    // In slices, under SQLite's limit on bound values.
    for (qsizetype from = 0; from < appointmentIds.size(); from += 500) {
        const QStringList slice = appointmentIds.mid(from, 500);
        QVariantList binds;
        for (const QString &id : slice)
            binds.append(id);
        const QString marks = QStringList(slice.size(), u"?"_s).join(u',');
        const bool ok = selectRows(
                m_db, u"SELECT appointment_id, state FROM appointment_confirmations WHERE appointment_id IN ("_s + marks + u')',
                binds, error, [&](const QSqlQuery &q) {
                    if (const auto state = parseConfirmationState(q.value(1).toString()))
                        out.insert(q.value(0).toString(), *state);
                });
        if (!ok)
            break;
    }
    return out;
}

bool ReminderRepository::setConfirmation(const QString &appointmentId, ConfirmationState state, const QString &userId,
                                         const QDateTime &atUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT OR REPLACE INTO appointment_confirmations (appointment_id, state, user_id, "
                         "updated_utc) VALUES (?, ?, ?, ?)"_s,
                         error)
            && execWith(q, {appointmentId, confirmationStateName(state), userId, toColumn(atUtc)}, error);
}

} // namespace chairside::store
