#pragma once

#include "storeboundary.h"

#include "domain/patientsearch.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace chairside::store {

// Each patient's search terms (folded name words, the phone's digits last to first) in an
// indexed table, so a name or phone ending is a range read over 100,000 patients, never a
// scan. Writers keep it in step with the patients table; the caller holds the transaction.
class PatientSearchIndex
{
public:
    explicit PatientSearchIndex(QSqlDatabase db) : m_db(std::move(db)), m_remove(m_db), m_add(m_db) {}

    // Replaces the terms of one patient.
    [[nodiscard]] bool put(const QString &patientId, const QString &name, const QString &phone, QSqlError *error);
    // Adds the terms of a patient who has none yet.
    [[nodiscard]] bool add(const QString &patientId, const QString &name, const QString &phone, QSqlError *error);
    // Builds the terms of every patient again (when the table is new).
    [[nodiscard]] bool rebuild(QSqlError *error);

    // The patients `query` asks for, at most `limit`: names whose words start with every word
    // typed, phones ending with the digits typed, the practice system's number for the patient,
    // or the birthdate. In index order, with only what ranking needs (id, name, family, that
    // number).
    // With `providerId`, only patients who have a visit with that provider, before the limit.
    [[nodiscard]] QList<FoundPatient> find(const patientsearch::Query &query, int limit, const QString &providerId,
                                           QSqlError *error) const;
    // The rest of each patient's record, and their next live visit from `nowUtc` (its type
    // and provider named); for the few that will be shown.
    [[nodiscard]] bool complete(QList<FoundPatient> &found, const QDateTime &nowUtc, QSqlError *error) const;

private:
    [[nodiscard]] bool prepareWrites(QSqlError *error);
    [[nodiscard]] QStringList idsByTerms(const QStringList &prefixes, int limit, const QString &providerId,
                                         QSqlError *error) const;
    // How many terms start with `prefix`, counted up to `cap`.
    [[nodiscard]] int termsStartingWith(const QString &prefix, int cap, QSqlError *error) const;

    QSqlDatabase m_db;
    QSqlQuery m_remove;
    QSqlQuery m_add;
    bool m_prepared = false;
};

} // namespace chairside::store
