#include "practicerepository.h"

#include "appointmentrepository.h"
#include "patientsearchindex.h"
#include "recallrepository.h"
#include "sqlhelpers.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

// Insert-or-update by id without REPLACE (which would delete rows other tables point at).
class Upserter
{
public:
    Upserter(const QSqlDatabase &db, const QString &table, const QStringList &columns)
        : m_update(db), m_insert(db)
    {
        QStringList sets;
        for (qsizetype i = 1; i < columns.size(); ++i)
            sets << columns.at(i) + u" = ?"_s;
        m_updateSql = u"UPDATE "_s + table + u" SET "_s + sets.join(u", "_s) + u" WHERE "_s + columns.constFirst()
                + u" = ?"_s;
        m_insertSql = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    }

    bool put(const QVariantList &values, QSqlError *error)
    {
        if (!m_prepared) {
            if (!prepareOrFail(m_update, m_updateSql, error) || !prepareOrFail(m_insert, m_insertSql, error))
                return false;
            m_prepared = true;
        }
        for (qsizetype i = 1; i < values.size(); ++i)
            m_update.bindValue(int(i - 1), values.at(i));
        m_update.bindValue(int(values.size() - 1), values.constFirst());
        if (!execOrFail(m_update, error))
            return false;
        if (m_update.numRowsAffected() > 0)
            return true;
        return execWith(m_insert, values, error);
    }

private:
    QSqlQuery m_update;
    QSqlQuery m_insert;
    QString m_updateSql;
    QString m_insertSql;
    bool m_prepared = false;
};

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

WorkingSpan spanFrom(const QSqlQuery &q, int first)
{
    WorkingSpan s;
    s.startMinute = q.value(first).toInt();
    s.endMinute = q.value(first + 1).toInt();
    s.chairIds = decodeList(q.value(first + 2).toString());
    s.typeIds = decodeList(q.value(first + 3).toString());
    s.clinicId = q.value(first + 4).toString();
    return s;
}

} // namespace

bool PracticeRepository::write(const PracticeData &data, qint64 nowUtc, QSqlError *error)
{
    if (data.practice) {
        const Practice &p = *data.practice;
        Upserter practice(m_db, u"practice"_s,
                          {u"id"_s, u"name"_s, u"time_zone"_s, u"grid_minutes"_s, u"chair_turnover_minutes"_s,
                           u"provider_buffer_minutes"_s, u"max_daily_complexity"_s, u"no_show_grace_minutes"_s,
                           u"production_release_days"_s});
        if (!practice.put({1, p.name, QString::fromUtf8(p.timeZoneId), p.gridMinutes, p.chairTurnoverMinutes,
                           p.providerBufferMinutes, p.maxDailyComplexity, p.noShowGraceMinutes,
                           p.productionReleaseDays},
                          error))
            return false;
    }

    Upserter clinics(m_db, u"clinics"_s, {u"id"_s, u"name"_s});
    for (const Clinic &c : data.clinics) {
        if (!clinics.put({c.id, c.name}, error))
            return false;
    }

    Upserter chairs(m_db, u"chairs"_s, {u"id"_s, u"name"_s, u"equipment"_s, u"clinic_id"_s, u"sort_order"_s});
    for (qsizetype i = 0; i < data.chairs.size(); ++i) {
        const Chair &c = data.chairs.at(i);
        if (!chairs.put({c.id, c.name, encodeList(c.equipment), nullIfEmpty(c.clinicId), int(i)}, error))
            return false;
    }

    Upserter providers(m_db, u"providers"_s,
                       {u"id"_s, u"name"_s, u"role"_s, u"skills"_s, u"color"_s, u"max_daily_patients"_s,
                        u"max_daily_complexity"_s, u"buffer_minutes"_s, u"sort_order"_s, u"daily_goal_cents"_s});
    QSqlQuery clearHours(m_db), clearBreaks(m_db), clearOverrides(m_db), clearOverrideHours(m_db);
    QSqlQuery addHours(m_db), addBreak(m_db), addOverride(m_db), addOverrideHours(m_db);
    if (!data.providers.isEmpty()
        && !(prepareOrFail(clearHours, u"DELETE FROM provider_hours WHERE provider_id = ?"_s, error)
             && prepareOrFail(clearBreaks, u"DELETE FROM provider_breaks WHERE provider_id = ?"_s, error)
             && prepareOrFail(clearOverrideHours, u"DELETE FROM provider_override_hours WHERE provider_id = ?"_s, error)
             && prepareOrFail(clearOverrides, u"DELETE FROM provider_overrides WHERE provider_id = ?"_s, error)
             && prepareOrFail(addHours,
                              u"INSERT INTO provider_hours (provider_id, days, start_minute, end_minute, chair_ids, "
                              "type_ids, clinic_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              error)
             && prepareOrFail(addBreak,
                              u"INSERT INTO provider_breaks (provider_id, days, start_minute, end_minute, label) "
                              "VALUES (?, ?, ?, ?, ?)"_s,
                              error)
             && prepareOrFail(addOverride,
                              u"INSERT INTO provider_overrides (provider_id, date, closed) VALUES (?, ?, ?)"_s, error)
             && prepareOrFail(addOverrideHours,
                              u"INSERT INTO provider_override_hours (provider_id, date, start_minute, end_minute, "
                              "chair_ids, type_ids, clinic_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                              error)))
        return false;
    for (qsizetype i = 0; i < data.providers.size(); ++i) {
        const Provider &p = data.providers.at(i);
        if (!providers.put({p.id, p.name, providerRoleName(p.role), encodeList(p.skills), p.color,
                            p.maxDailyPatients, optionalInt(p.maxDailyComplexity), optionalInt(p.bufferMinutes),
                            int(i), p.dailyGoalCents},
                           error))
            return false;
        for (QSqlQuery *clear : {&clearHours, &clearBreaks, &clearOverrideHours, &clearOverrides}) {
            clear->bindValue(0, p.id);
            if (!execOrFail(*clear, error))
                return false;
        }
        for (const WorkingHours &h : p.hours) {
            addHours.bindValue(0, p.id);
            addHours.bindValue(1, int(h.days.mask()));
            addHours.bindValue(2, h.span.startMinute);
            addHours.bindValue(3, h.span.endMinute);
            addHours.bindValue(4, encodeList(h.span.chairIds));
            addHours.bindValue(5, encodeList(h.span.typeIds));
            addHours.bindValue(6, h.span.clinicId);
            if (!execOrFail(addHours, error))
                return false;
        }
        for (const ProviderBreak &b : p.breaks) {
            addBreak.bindValue(0, p.id);
            addBreak.bindValue(1, int(b.days.mask()));
            addBreak.bindValue(2, b.startMinute);
            addBreak.bindValue(3, b.endMinute);
            addBreak.bindValue(4, b.label);
            if (!execOrFail(addBreak, error))
                return false;
        }
        for (const ScheduleOverride &o : p.overrides) {
            addOverride.bindValue(0, p.id);
            addOverride.bindValue(1, toColumn(o.date));
            addOverride.bindValue(2, o.closed ? 1 : 0);
            if (!execOrFail(addOverride, error))
                return false;
            for (const WorkingSpan &s : o.spans) {
                addOverrideHours.bindValue(0, p.id);
                addOverrideHours.bindValue(1, toColumn(o.date));
                addOverrideHours.bindValue(2, s.startMinute);
                addOverrideHours.bindValue(3, s.endMinute);
                addOverrideHours.bindValue(4, encodeList(s.chairIds));
                addOverrideHours.bindValue(5, encodeList(s.typeIds));
                addOverrideHours.bindValue(6, s.clinicId);
                if (!execOrFail(addOverrideHours, error))
                    return false;
            }
        }
    }

    Upserter types(m_db, u"appointment_types"_s,
                   {u"id"_s, u"name"_s, u"minutes"_s, u"min_minutes"_s, u"max_minutes"_s, u"pattern"_s, u"skill"_s,
                    u"equipment"_s, u"complexity"_s, u"min_lead_hours"_s, u"max_advance_days"_s, u"color"_s,
                    u"emergency"_s, u"fee_cents"_s});
    for (const AppointmentType &t : data.appointmentTypes) {
        if (!types.put({t.id, t.name, t.minutes, t.minMinutes, t.maxMinutes, t.pattern, t.skill,
                        encodeList(t.equipment), t.complexity, t.minLeadHours, t.maxAdvanceDays, t.color,
                        int(t.emergency), t.feeCents},
                       error))
            return false;
    }

    Upserter patients(m_db, u"patients"_s,
                      {u"id"_s, u"name"_s, u"phone"_s, u"email"_s, u"language"_s, u"family_id"_s,
                       u"contact_preferred"_s, u"do_not_contact"_s, u"pref_time_of_day"_s, u"pref_days"_s,
                       u"pref_provider_id"_s, u"birthdate"_s, u"first_name"_s, u"last_name"_s, u"guarantor_id"_s, u"sex"_s});
    PatientSearchIndex search(m_db);
    for (const Patient &p : data.patients) {
        if (!patients.put({p.id, p.name, p.phone, p.email, p.language, nullIfEmpty(p.familyId),
                           contactChannelName(p.preferredContact), p.doNotContact ? 1 : 0,
                           timeOfDayName(p.preferredTimeOfDay), int(p.preferredDays.mask()),
                           nullIfEmpty(p.preferredProviderId), toColumn(p.birthdate), p.firstName, p.lastName,
                           nullIfEmpty(p.guarantorId), p.sex},
                          error)
            || !search.put(p.id, p.name, p.phone, error))
            return false;
    }

    // Readers holding expanded schedules in other processes rebuild when this moves.
    {
        QSqlQuery bump(m_db);
        if (!prepareOrFail(bump, u"UPDATE counters SET value = value + 1 WHERE name = 'reference'"_s, error)
            || !execOrFail(bump, error))
            return false;
    }

    AppointmentRepository appointments(m_db);
    for (const Appointment &a : data.appointments) {
        if (!appointments.upsertImported(a, nowUtc, error))
            return false;
    }

    if (!data.blocks.isEmpty() && !putBlocks(data.blocks, error))
        return false;
    if (!data.productionBlocks.isEmpty() && !putProductionBlocks(data.productionBlocks, error))
        return false;

    Upserter waitlist(m_db, u"waitlist"_s,
                      {u"id"_s, u"patient_id"_s, u"type_id"_s, u"provider_id"_s, u"earliest"_s, u"latest"_s,
                       u"urgency"_s, u"since_utc"_s});
    for (const WaitlistEntry &w : data.waitlist) {
        if (!waitlist.put({w.id, w.patientId, w.typeId, nullIfEmpty(w.providerId), toColumn(w.earliest),
                           toColumn(w.latest), w.urgency, toColumn(w.sinceUtc)},
                          error))
            return false;
    }

    RecallRepository recalls(m_db);
    for (qsizetype i = 0; i < data.recallTypes.size(); ++i) {
        if (!recalls.putType(data.recallTypes.at(i), int(i), error))
            return false;
    }
    for (const Recall &r : data.recalls) {
        if (!recalls.putRecall(r, nowUtc, error))
            return false;
    }
    return true;
}

std::optional<Practice> PracticeRepository::practice(QSqlError *error) const
{
    std::optional<Practice> out;
    selectRows(m_db,
           u"SELECT name, time_zone, grid_minutes, chair_turnover_minutes, provider_buffer_minutes, "
           "max_daily_complexity, no_show_grace_minutes, production_release_days FROM practice WHERE id = 1"_s,
           {}, error, [&](const QSqlQuery &q) {
               Practice p;
               p.name = q.value(0).toString();
               p.timeZoneId = q.value(1).toString().toUtf8();
               p.gridMinutes = q.value(2).toInt();
               p.chairTurnoverMinutes = q.value(3).toInt();
               p.providerBufferMinutes = q.value(4).toInt();
               p.maxDailyComplexity = q.value(5).toInt();
               p.noShowGraceMinutes = q.value(6).toInt();
               p.productionReleaseDays = q.value(7).toInt();
               out = p;
           });
    return out;
}

QList<Clinic> PracticeRepository::clinics(QSqlError *error) const
{
    QList<Clinic> out;
    selectRows(m_db, u"SELECT id, name FROM clinics ORDER BY id"_s, {}, error, [&](const QSqlQuery &q) {
        out.append(Clinic{q.value(0).toString(), q.value(1).toString()});
    });
    return out;
}

QList<Chair> PracticeRepository::chairs(QSqlError *error) const
{
    QList<Chair> out;
    selectRows(m_db, u"SELECT id, name, equipment, clinic_id FROM chairs ORDER BY sort_order, id"_s, {}, error,
           [&](const QSqlQuery &q) {
               out.append(Chair{q.value(0).toString(), q.value(1).toString(), decodeList(q.value(2).toString()),
                                q.value(3).toString()});
           });
    return out;
}

QList<Provider> PracticeRepository::providers(QSqlError *error) const
{
    QList<Provider> out;
    QHash<QString, qsizetype> index;
    bool ok = selectRows(m_db,
                     u"SELECT id, name, role, skills, color, max_daily_patients, max_daily_complexity, "
                     "buffer_minutes, daily_goal_cents FROM providers ORDER BY sort_order, id"_s,
                     {}, error, [&](const QSqlQuery &q) {
                         Provider p;
                         p.id = q.value(0).toString();
                         p.name = q.value(1).toString();
                         p.role = parseProviderRole(q.value(2).toString()).value_or(ProviderRole::Dentist);
                         p.skills = decodeList(q.value(3).toString());
                         p.color = q.value(4).toString();
                         p.maxDailyPatients = q.value(5).toInt();
                         if (!q.isNull(6))
                             p.maxDailyComplexity = q.value(6).toInt();
                         if (!q.isNull(7))
                             p.bufferMinutes = q.value(7).toInt();
                         p.dailyGoalCents = q.value(8).toLongLong();
                         index.insert(p.id, out.size());
                         out.append(p);
                     });
    auto providerFor = [&](const QSqlQuery &q) -> Provider * {
        const auto it = index.constFind(q.value(0).toString());
        return it == index.constEnd() ? nullptr : &out[*it];
    };
    ok = ok && selectRows(m_db,
                      u"SELECT provider_id, days, start_minute, end_minute, chair_ids, type_ids, clinic_id "
                      "FROM provider_hours "
                      "ORDER BY rowid"_s,
                      {}, error, [&](const QSqlQuery &q) {
                          if (Provider *p = providerFor(q))
                              p->hours.append(WorkingHours{Weekdays::fromMask(quint8(q.value(1).toInt())), spanFrom(q, 2)});
                      });
    ok = ok && selectRows(m_db,
                      u"SELECT provider_id, days, start_minute, end_minute, label FROM provider_breaks ORDER BY rowid"_s,
                      {}, error, [&](const QSqlQuery &q) {
                          if (Provider *p = providerFor(q))
                              p->breaks.append(ProviderBreak{Weekdays::fromMask(quint8(q.value(1).toInt())),
                                                             q.value(2).toInt(), q.value(3).toInt(), q.value(4).toString()});
                      });
    ok = ok && selectRows(m_db, u"SELECT provider_id, date, closed FROM provider_overrides ORDER BY provider_id, date"_s, {},
                      error, [&](const QSqlQuery &q) {
                          if (Provider *p = providerFor(q))
                              p->overrides.append(ScheduleOverride{
                                      QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toInt() != 0, {}});
                      });
    ok = ok && selectRows(m_db,
                      u"SELECT provider_id, date, start_minute, end_minute, chair_ids, type_ids, clinic_id "
                      "FROM provider_override_hours ORDER BY rowid"_s,
                      {}, error, [&](const QSqlQuery &q) {
                          Provider *p = providerFor(q);
                          if (!p)
                              return;
                          const QDate date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                          for (ScheduleOverride &o : p->overrides) {
                              if (o.date == date)
                                  o.spans.append(spanFrom(q, 2));
                          }
                      });
    return ok ? out : QList<Provider>();
}

QList<AppointmentType> PracticeRepository::appointmentTypes(QSqlError *error) const
{
    QList<AppointmentType> out;
    selectRows(m_db,
           u"SELECT id, name, minutes, min_minutes, max_minutes, pattern, skill, equipment, complexity, "
           "min_lead_hours, max_advance_days, color, emergency, fee_cents FROM appointment_types ORDER BY rowid"_s,
           {}, error, [&](const QSqlQuery &q) {
               AppointmentType t;
               t.id = q.value(0).toString();
               t.name = q.value(1).toString();
               t.minutes = q.value(2).toInt();
               t.minMinutes = q.value(3).toInt();
               t.maxMinutes = q.value(4).toInt();
               t.pattern = q.value(5).toString();
               t.skill = q.value(6).toString();
               t.equipment = decodeList(q.value(7).toString());
               t.complexity = q.value(8).toInt();
               t.minLeadHours = q.value(9).toInt();
               t.maxAdvanceDays = q.value(10).toInt();
               t.color = q.value(11).toString();
               t.emergency = q.value(12).toInt() != 0;
               t.feeCents = q.value(13).toLongLong();
               out.append(t);
           });
    return out;
}

namespace {

const QString kPatientColumns = u"id, name, phone, email, language, family_id, contact_preferred, do_not_contact, "
                                "pref_time_of_day, pref_days, pref_provider_id, birthdate, first_name, last_name, "
                                "guarantor_id, sex"_s;

Patient patientFrom(const QSqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.phone = q.value(2).toString();
    p.email = q.value(3).toString();
    p.language = q.value(4).toString();
    p.familyId = q.value(5).toString();
    p.preferredContact = parseContactChannel(q.value(6).toString()).value_or(ContactChannel::Phone);
    p.doNotContact = q.value(7).toInt() != 0;
    p.preferredTimeOfDay = parseTimeOfDay(q.value(8).toString()).value_or(TimeOfDay::Any);
    p.preferredDays = Weekdays::fromMask(quint8(q.value(9).toInt()));
    p.preferredProviderId = q.value(10).toString();
    p.birthdate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.firstName = q.value(12).toString();
    p.lastName = q.value(13).toString();
    p.guarantorId = q.value(14).toString();
    p.sex = q.value(15).toString();
    return p;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

} // namespace

QList<Patient> PracticeRepository::patients(QSqlError *error) const
{
    QList<Patient> out;
    selectRows(m_db, u"SELECT "_s + kPatientColumns + u" FROM patients ORDER BY rowid"_s, {}, error,
           [&](const QSqlQuery &q) { out.append(patientFrom(q)); });
    return out;
}

std::optional<Patient> PracticeRepository::patient(const QString &id, QSqlError *error) const
{
    std::optional<Patient> out;
    selectRows(m_db, u"SELECT "_s + kPatientColumns + u" FROM patients WHERE id = ?"_s, {id}, error,
           [&](const QSqlQuery &q) { out = patientFrom(q); });
    return out;
}

QList<Patient> PracticeRepository::family(const QString &familyId, QSqlError *error) const
{
    QList<Patient> out;
    selectRows(m_db, u"SELECT "_s + kPatientColumns + u" FROM patients WHERE family_id = ? ORDER BY name, id"_s,
               {familyId}, error, [&](const QSqlQuery &q) { out.append(patientFrom(q)); });
    return out;
}

QList<Patient> PracticeRepository::patientsById(const QStringList &ids, QSqlError *error) const
{
    QHash<QString, Patient> byId;
    if (ids.isEmpty())
        return {};
    selectRows(m_db,
               u"SELECT "_s + kPatientColumns + u" FROM patients WHERE id IN ("_s
                       + QStringList(ids.size(), u"?"_s).join(u',') + u")"_s,
               QVariantList(ids.cbegin(), ids.cend()), error, [&](const QSqlQuery &q) {
                   Patient p = patientFrom(q);
                   byId.insert(p.id, std::move(p));
               });
    QList<Patient> out;
    for (const QString &id : ids) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            out.append(*it);
    }
    return out;
}

bool PracticeRepository::removeWaitlistEntry(const QString &id, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM waitlist WHERE id = ?"_s, error) && execWith(q, {id}, error);
}

bool PracticeRepository::putWaitlistEntry(const WaitlistEntry &w, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q,
                         u"INSERT OR REPLACE INTO waitlist (id, patient_id, type_id, provider_id, earliest, latest, "
                         "urgency, since_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         error)
            && execWith(q,
                        {w.id, w.patientId, w.typeId, nullIfEmpty(w.providerId), toColumn(w.earliest),
                         toColumn(w.latest), w.urgency, toColumn(w.sinceUtc)},
                        error);
}

QStringList PracticeRepository::removeWaitlistEntriesCovering(const QString &patientId, const QString &typeId,
                                                              const QDate &date, const QString &exceptId,
                                                              QSqlError *error)
{
    QStringList ids;
    const QString day = toColumn(date);
    if (!selectRows(m_db,
                    u"SELECT id FROM waitlist WHERE patient_id = ? AND type_id = ? AND earliest <= ? AND latest >= ? "
                    "AND id <> ? ORDER BY id"_s,
                    {patientId, typeId, day, day, exceptId}, error,
                    [&](const QSqlQuery &q) { ids << q.value(0).toString(); }))
        return {};
    for (const QString &id : std::as_const(ids)) {
        if (!removeWaitlistEntry(id, error))
            return {};
    }
    return ids;
}

QList<Patient> PracticeRepository::patientPreferences(QSqlError *error) const
{
    QList<Patient> out;
    selectRows(m_db,
           u"SELECT id, family_id, pref_time_of_day, pref_days, pref_provider_id FROM patients ORDER BY rowid"_s, {},
           error, [&](const QSqlQuery &q) {
               Patient p;
               p.id = q.value(0).toString();
               p.familyId = q.value(1).toString();
               p.preferredTimeOfDay = parseTimeOfDay(q.value(2).toString()).value_or(TimeOfDay::Any);
               p.preferredDays = Weekdays::fromMask(quint8(q.value(3).toInt()));
               p.preferredProviderId = q.value(4).toString();
               out.append(p);
           });
    return out;
}

namespace {

const QString kBlockColumns =
        u"id, chair_id, provider_id, start_utc, end_utc, label, repeat_days, repeat_until, repeat_skipped"_s;

Block blockFrom(const QSqlQuery &q)
{
    Block b{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), instantFromColumn(q.value(3)),
            instantFromColumn(q.value(4)), q.value(5).toString(), std::nullopt};
    if (!q.isNull(6)) {
        BlockRepeat r;
        r.days = Weekdays::fromMask(quint8(q.value(6).toInt()));
        r.until = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        for (const QString &d : decodeList(q.value(8).toString()))
            r.skipped.append(QDate::fromString(d, Qt::ISODate));
        b.repeat = r;
    }
    return b;
}

} // namespace

QList<Block> PracticeRepository::blocksBetween(const QDateTime &fromUtc, const QDateTime &toUtc, QSqlError *error) const
{
    // A repeating block is stored as its first occurrence: it meets the range when it starts
    // before the range ends and runs until a date not before the range starts.
    QList<Block> out;
    selectRows(m_db,
           u"SELECT "_s + kBlockColumns + u" FROM blocks "
           "WHERE start_utc < ? AND (end_utc > ? OR (repeat_days IS NOT NULL AND "
           "(repeat_until IS NULL OR repeat_until >= ?))) ORDER BY start_utc, id"_s,
           {toColumn(toUtc), toColumn(fromUtc), toColumn(fromUtc.date().addDays(-1))}, error,
           [&](const QSqlQuery &q) { out.append(blockFrom(q)); });
    return out;
}

std::optional<Block> PracticeRepository::block(const QString &id, QSqlError *error) const
{
    std::optional<Block> out;
    selectRows(m_db, u"SELECT "_s + kBlockColumns + u" FROM blocks WHERE id = ?"_s, {id}, error,
               [&](const QSqlQuery &q) { out = blockFrom(q); });
    return out;
}

bool PracticeRepository::putBlocks(const QList<Block> &blocks, QSqlError *error)
{
    Upserter upsert(m_db, u"blocks"_s,
                    {u"id"_s, u"chair_id"_s, u"provider_id"_s, u"start_utc"_s, u"end_utc"_s, u"label"_s,
                     u"repeat_days"_s, u"repeat_until"_s, u"repeat_skipped"_s});
    for (const Block &b : blocks) {
        QStringList skipped;
        if (b.repeat) {
            for (const QDate &d : b.repeat->skipped)
                skipped.append(toColumn(d));
        }
        if (!upsert.put({b.id, nullIfEmpty(b.chairId), nullIfEmpty(b.providerId), toColumn(b.startUtc),
                         toColumn(b.endUtc), b.label,
                         b.repeat ? QVariant(int(b.repeat->days.mask())) : QVariant(QMetaType(QMetaType::Int)),
                         b.repeat && b.repeat->until.isValid() ? QVariant(toColumn(b.repeat->until))
                                                               : QVariant(QMetaType(QMetaType::QString)),
                         encodeList(skipped)},
                        error))
            return false;
    }
    return bumpReference(error);
}

bool PracticeRepository::removeBlock(const QString &id, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM blocks WHERE id = ?"_s, error) && execWith(q, {id}, error)
            && bumpReference(error);
}

QList<ProductionBlock> PracticeRepository::productionBlocks(QSqlError *error) const
{
    QList<ProductionBlock> out;
    selectRows(m_db,
               u"SELECT id, name, provider_id, chair_id, days, start_minute, end_minute, type_ids, category, color "
               "FROM production_blocks ORDER BY id"_s,
               {}, error, [&](const QSqlQuery &q) {
                   ProductionBlock b;
                   b.id = q.value(0).toString();
                   b.name = q.value(1).toString();
                   b.providerId = q.value(2).toString();
                   b.chairId = q.value(3).toString();
                   b.days = Weekdays::fromMask(quint8(q.value(4).toInt()));
                   b.startMinute = q.value(5).toInt();
                   b.endMinute = q.value(6).toInt();
                   b.typeIds = decodeList(q.value(7).toString());
                   b.category = q.value(8).toString();
                   b.color = q.value(9).toString();
                   out.append(b);
               });
    return out;
}

bool PracticeRepository::putProductionBlocks(const QList<ProductionBlock> &blocks, QSqlError *error)
{
    Upserter upsert(m_db, u"production_blocks"_s,
                    {u"id"_s, u"name"_s, u"provider_id"_s, u"chair_id"_s, u"days"_s, u"start_minute"_s,
                     u"end_minute"_s, u"type_ids"_s, u"category"_s, u"color"_s});
    for (const ProductionBlock &b : blocks) {
        if (!upsert.put({b.id, b.name, nullIfEmpty(b.providerId), nullIfEmpty(b.chairId), int(b.days.mask()),
                         b.startMinute, b.endMinute, encodeList(b.typeIds), b.category, b.color},
                        error))
            return false;
    }
    return bumpReference(error);
}

bool PracticeRepository::removeProductionBlock(const QString &id, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM production_blocks WHERE id = ?"_s, error) && execWith(q, {id}, error)
            && bumpReference(error);
}

bool PracticeRepository::setProductionReleaseDays(int days, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"UPDATE practice SET production_release_days = ? WHERE id = 1"_s, error)
            && execWith(q, {days}, error) && bumpReference(error);
}

bool PracticeRepository::bumpReference(QSqlError *error)
{
    QSqlQuery bump(m_db);
    return prepareOrFail(bump, u"UPDATE counters SET value = value + 1 WHERE name = 'reference'"_s, error)
            && execOrFail(bump, error);
}

namespace {

const QString kWaitlistColumns = u"id, patient_id, type_id, provider_id, earliest, latest, urgency, since_utc"_s;

WaitlistEntry waitlistEntryFrom(const QSqlQuery &q)
{
    return WaitlistEntry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         QDate::fromString(q.value(4).toString(), Qt::ISODate),
                         QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toInt(),
                         instantFromColumn(q.value(7))};
}

} // namespace

QList<WaitlistEntry> PracticeRepository::waitlist(QSqlError *error) const
{
    QList<WaitlistEntry> out;
    selectRows(m_db, u"SELECT "_s + kWaitlistColumns + u" FROM waitlist ORDER BY urgency DESC, since_utc, id"_s, {},
               error, [&](const QSqlQuery &q) { out.append(waitlistEntryFrom(q)); });
    return out;
}

std::optional<WaitlistEntry> PracticeRepository::waitlistEntry(const QString &id, QSqlError *error) const
{
    std::optional<WaitlistEntry> out;
    selectRows(m_db, u"SELECT "_s + kWaitlistColumns + u" FROM waitlist WHERE id = ?"_s, {id}, error,
               [&](const QSqlQuery &q) { out = waitlistEntryFrom(q); });
    return out;
}

QSet<QString> PracticeRepository::ids(const QString &table, QSqlError *error) const
{
    static const QSet<QString> known = {u"clinics"_s,  u"chairs"_s,       u"providers"_s, u"appointment_types"_s,
                                        u"patients"_s, u"appointments"_s, u"blocks"_s,    u"waitlist"_s,
                                        u"production_blocks"_s};
    QSet<QString> out;
    if (!known.contains(table))
        return out;
    selectRows(m_db, u"SELECT id FROM "_s + table, {}, error, [&](const QSqlQuery &q) { out.insert(q.value(0).toString()); });
    return out;
}

bool PracticeRepository::removeBlocks(const QString &idPrefix, qint64 fromUtc, qint64 toUtc, QSqlError *error)
{
    QSqlQuery q(m_db);
    return prepareOrFail(q, u"DELETE FROM blocks WHERE substr(id, 1, ?) = ? AND start_utc < ? AND end_utc > ?"_s, error)
            && execWith(q, {int(idPrefix.size()), idPrefix, toUtc, fromUtc}, error);
}

qint64 PracticeRepository::referenceRevision(QSqlError *error) const
{
    QSqlQuery q(m_db);
    if (!prepareOrFail(q, u"SELECT value FROM counters WHERE name = 'reference'"_s, error) || !execOrFail(q, error))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace chairside::store
