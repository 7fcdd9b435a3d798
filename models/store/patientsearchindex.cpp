#include "patientsearchindex.h"

#include "messagerepository.h"
#include "domain/phonenumber.h"

#include "practicerepository.h"
#include "sqlhelpers.h"

#include "domain/patientsearch.h"

#include <QHash>

#include <array>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside::store {

namespace {

// The practice system's numbers for `ids` (Open Dental's PatNum, NexHealth's id), by local id.
QHash<QString, QString> pmsNumbers(const QSqlDatabase &db, const QStringList &ids, QSqlError *error)
{
    QHash<QString, QString> out;
    if (ids.isEmpty())
        return out;
    QVariantList binds(ids.cbegin(), ids.cend());
    selectRows(db,
               u"SELECT local_id, pms_id FROM pms_links WHERE pms = (SELECT value FROM meta WHERE key = 'pms.system') "
               "AND entity = 'patient' AND local_id IN ("_s
                       + QStringList(ids.size(), u"?"_s).join(u',') + u")"_s,
               binds, error, [&](const QSqlQuery &q) { out.insert(q.value(0).toString(), q.value(1).toString()); });
    return out;
}

} // namespace

bool PatientSearchIndex::prepareWrites(QSqlError *error)
{
    m_prepared = m_prepared
            || (prepareOrFail(m_remove, u"DELETE FROM patient_terms WHERE patient_id = ?"_s, error)
                && prepareOrFail(m_add, u"INSERT OR IGNORE INTO patient_terms (term, patient_id) VALUES (?, ?)"_s,
                                 error));
    return m_prepared;
}

bool PatientSearchIndex::put(const QString &patientId, const QString &name, const QString &phone, QSqlError *error)
{
    return prepareWrites(error) && execWith(m_remove, {patientId}, error) && add(patientId, name, phone, error);
}

bool PatientSearchIndex::add(const QString &patientId, const QString &name, const QString &phone, QSqlError *error)
{
    if (!prepareWrites(error))
        return false;
    QStringList terms = patientsearch::nameTerms(name);
    if (const QString p = patientsearch::phoneTerm(phone); !p.isEmpty())
        terms.append(p);
    for (const QString &term : std::as_const(terms)) {
        if (!execWith(m_add, {term, patientId}, error))
            return false;
    }
    return true;
}

bool PatientSearchIndex::rebuild(QSqlError *error)
{
    QList<std::array<QString, 3>> rows;
    if (!selectRows(m_db, u"SELECT id, name, phone FROM patients"_s, {}, error, [&](const QSqlQuery &q) {
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
        }))
        return false;
    QSqlQuery clear(m_db);
    if (!prepareOrFail(clear, u"DELETE FROM patient_terms"_s, error) || !execOrFail(clear, error))
        return false;
    for (const auto &[id, name, phone] : std::as_const(rows)) {
        if (!add(id, name, phone, error))
            return false;
    }
    return true;
}

int PatientSearchIndex::termsStartingWith(const QString &prefix, int cap, QSqlError *error) const
{
    int n = 0;
    selectRows(m_db,
               u"SELECT count(*) FROM (SELECT 1 FROM patient_terms WHERE term >= ? AND term < ? LIMIT ?)"_s,
               {prefix, patientsearch::prefixEnd(prefix), cap}, error, [&](const QSqlQuery &q) { n = q.value(0).toInt(); });
    return n;
}

QStringList PatientSearchIndex::idsByTerms(const QStringList &prefixes, int limit, const QString &providerId,
                                           QSqlError *error) const
{
    QStringList ids;
    if (prefixes.isEmpty())
        return ids;
    // The word fewest terms start with drives the read ("ma x": the x); each other word must
    // start one of the same patient's terms.
    QStringList words = prefixes;
    if (words.size() > 1) {
        constexpr int kCountCap = 5000;
        QHash<QString, int> counts;
        for (const QString &w : std::as_const(words))
            counts.insert(w, termsStartingWith(w, kCountCap, error));
        std::stable_sort(words.begin(), words.end(),
                         [&](const QString &a, const QString &b) { return counts.value(a) < counts.value(b); });
    }
    QString sql = u"SELECT DISTINCT t0.patient_id FROM patient_terms t0 WHERE t0.term >= ? AND t0.term < ?"_s;
    QVariantList binds{words.constFirst(), patientsearch::prefixEnd(words.constFirst())};
    for (qsizetype i = 1; i < words.size(); ++i) {
        sql += u" AND EXISTS (SELECT 1 FROM patient_terms t WHERE t.patient_id = t0.patient_id AND t.term >= ? "
               "AND t.term < ?)"_s;
        binds << words.at(i) << patientsearch::prefixEnd(words.at(i));
    }
    if (!providerId.isEmpty()) {
        sql += u" AND EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = t0.patient_id AND a.provider_id = ?)"_s;
        binds << providerId;
    }
    sql += u" LIMIT ?"_s;
    binds << limit;
    selectRows(m_db, sql, binds, error, [&](const QSqlQuery &q) { ids.append(q.value(0).toString()); });
    return ids;
}

QList<FoundPatient> PatientSearchIndex::find(const patientsearch::Query &query, int limit, const QString &providerId,
                                             QSqlError *error) const
{
    // A provider's own patients only: those with a visit with them.
    auto theirs = [&](const QString &patientColumn) {
        return providerId.isEmpty()
                ? QString()
                : u" AND EXISTS (SELECT 1 FROM appointments a WHERE a.patient_id = %1 AND a.provider_id = ?)"_s.arg(
                          patientColumn);
    };
    auto withProvider = [&](QVariantList binds) {
        if (!providerId.isEmpty())
            binds << providerId;
        return binds;
    };
    using Kind = patientsearch::Query::Kind;
    QStringList ids;
    switch (query.kind) {
    case Kind::Nothing:
        return {};
    case Kind::Name:
        ids = idsByTerms(query.words, limit, providerId, error);
        break;
    case Kind::Birthdate:
        selectRows(m_db,
                   u"SELECT id FROM patients WHERE birthdate = ?"_s + theirs(u"patients.id"_s)
                           + u" ORDER BY name LIMIT ?"_s,
                   withProvider({toColumn(query.birthdate)}) << limit, error,
                   [&](const QSqlQuery &q) { ids.append(q.value(0).toString()); });
        break;
    case Kind::Phone:
        // The practice system's number for the patient first: typed whole, it names one.
        selectRows(m_db,
                   u"SELECT local_id FROM pms_links WHERE pms = (SELECT value FROM meta WHERE key = 'pms.system') "
                   "AND entity = 'patient' AND pms_id = ?"_s
                           + theirs(u"pms_links.local_id"_s),
                   withProvider({query.digits}), error, [&](const QSqlQuery &q) { ids.append(q.value(0).toString()); });
        if (query.digits.size() >= 4) {
            // At most the last ten digits: a number typed with its country code ("+1 312 …")
            // finds one stored without it, and one stored with a trunk prefix ("020 …") is
            // found typed without.
            for (const QString &id :
                 idsByTerms({patientsearch::phoneEnding(query.digits.right(10))}, limit, providerId, error)) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        break;
    }
    if ((error && error->isValid()) || ids.isEmpty())
        return {};

    const QHash<QString, QString> charts = pmsNumbers(m_db, ids, error);
    QHash<QString, FoundPatient> byId;
    selectRows(m_db,
               u"SELECT id, name, family_id FROM patients WHERE id IN ("_s
                       + QStringList(ids.size(), u"?"_s).join(u',') + u")"_s,
               QVariantList(ids.cbegin(), ids.cend()), error, [&](const QSqlQuery &q) {
                   FoundPatient f;
                   f.patient.id = q.value(0).toString();
                   f.patient.name = q.value(1).toString();
                   f.patient.familyId = q.value(2).toString();
                   f.pmsNumber = charts.value(f.patient.id);
                   byId.insert(f.patient.id, std::move(f));
               });
    QList<FoundPatient> out;
    out.reserve(byId.size());
    for (const QString &id : std::as_const(ids)) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            out.append(*it);
    }
    return out;
}

bool PatientSearchIndex::complete(QList<FoundPatient> &found, const QDateTime &nowUtc, QSqlError *error) const
{
    QStringList ids;
    for (const FoundPatient &f : std::as_const(found))
        ids.append(f.patient.id);
    const QList<Patient> records = PracticeRepository(m_db).patientsById(ids, error);
    if (error && error->isValid())
        return false;
    QHash<QString, Patient> byId;
    for (const Patient &p : records)
        byId.insert(p.id, p);
    // The numbers that texted STOP are few: read once, and phones parsed only when there are any.
    const QSet<QString> stopped = MessageRepository(m_db).optedOutNumbers(error);
    QString region;
    if (!stopped.isEmpty()) {
        const std::optional<Practice> office = PracticeRepository(m_db).practice(error);
        region = phonenumber::regionOf(office ? office->timeZone() : QTimeZone::utc());
    }
    for (FoundPatient &f : found) {
        f.patient = byId.value(f.patient.id, f.patient);
        f.textsStopped = !stopped.isEmpty() && stopped.contains(phonenumber::read(f.patient.phone, region).e164);
    }
    QSqlQuery next(m_db);
    next.setForwardOnly(true);
    if (!prepareOrFail(next,
                       u"SELECT a.id, a.start_utc, t.name, p.name FROM appointments a "
                       "LEFT JOIN appointment_types t ON t.id = a.type_id LEFT JOIN providers p ON p.id = a.provider_id "
                       "WHERE a.patient_id = ? AND a.start_utc + a.minutes * 60 > ? "
                       "AND a.status IN ('scheduled', 'confirmed', 'arrived', 'in_chair') ORDER BY a.start_utc LIMIT 1"_s,
                       error))
        return false;
    for (FoundPatient &f : found) {
        if (!execWith(next, {f.patient.id, toColumn(nowUtc)}, error))
            return false;
        if (next.next()) {
            f.nextAppointmentId = next.value(0).toString();
            f.nextStartUtc = instantFromColumn(next.value(1));
            f.nextTypeName = next.value(2).toString();
            f.nextProviderName = next.value(3).toString();
        }
        next.finish();
    }
    return true;
}

} // namespace chairside::store
