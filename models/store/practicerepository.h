#pragma once

#include "storeboundary.h"

#include "domain/practicedata.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace chairside::store {

// Reads and writes the practice's reference data: settings, clinics, chairs, providers with
// their hours, appointment types, patients, blocks and the waitlist. Writers expect the
// caller (a service) to hold the transaction.
class PracticeRepository
{
public:
    explicit PracticeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inserts or updates every record of data by id; a provider's hours, breaks and
    // overrides are replaced by the ones given. Appointments are written too.
    [[nodiscard]] bool write(const PracticeData &data, qint64 nowUtc, QSqlError *error);

    [[nodiscard]] std::optional<Practice> practice(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<Clinic> clinics(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<Chair> chairs(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<Provider> providers(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<AppointmentType> appointmentTypes(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<Patient> patients(QSqlError *error = nullptr) const;
    // Patients with only what scheduling ranks by (id, family, preferences): no names or
    // contact details, so they never sit in the engine's memory.
    [[nodiscard]] QList<Patient> patientPreferences(QSqlError *error = nullptr) const;
    [[nodiscard]] QList<Block> blocksBetween(const QDateTime &fromUtc, const QDateTime &toUtc,
                                             QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<Block> block(const QString &id, QSqlError *error = nullptr) const;
    // Adds the blocks, or replaces the ones with their ids.
    [[nodiscard]] bool putBlocks(const QList<Block> &blocks, QSqlError *error);
    [[nodiscard]] bool removeBlock(const QString &id, QSqlError *error);
    [[nodiscard]] QList<ProductionBlock> productionBlocks(QSqlError *error = nullptr) const;
    [[nodiscard]] bool putProductionBlocks(const QList<ProductionBlock> &blocks, QSqlError *error);
    [[nodiscard]] bool removeProductionBlock(const QString &id, QSqlError *error);
    [[nodiscard]] bool setProductionReleaseDays(int days, QSqlError *error);
    [[nodiscard]] QList<WaitlistEntry> waitlist(QSqlError *error = nullptr) const;
    // The patients with these ids, in the order given (an unknown id is left out).
    [[nodiscard]] QList<Patient> patientsById(const QStringList &ids, QSqlError *error = nullptr) const;
    [[nodiscard]] std::optional<Patient> patient(const QString &id, QSqlError *error = nullptr) const;
    // The patients of one family, by name.
    [[nodiscard]] QList<Patient> family(const QString &familyId, QSqlError *error = nullptr) const;
    [[nodiscard]] bool removeWaitlistEntry(const QString &id, QSqlError *error);
    [[nodiscard]] std::optional<WaitlistEntry> waitlistEntry(const QString &id, QSqlError *error = nullptr) const;
    // Adds the entry, or replaces the one with its id.
    [[nodiscard]] bool putWaitlistEntry(const WaitlistEntry &entry, QSqlError *error);
    // Removes the patient's entries for `typeId` whose window holds `date`, except `exceptId`;
    // the ids removed (empty with `error` set on failure).
    [[nodiscard]] QStringList removeWaitlistEntriesCovering(const QString &patientId, const QString &typeId,
                                                            const QDate &date, const QString &exceptId,
                                                            QSqlError *error);
    // Blocks whose id starts with `idPrefix` overlapping [fromUtc, toUtc) (seconds).
    [[nodiscard]] bool removeBlocks(const QString &idPrefix, qint64 fromUtc, qint64 toUtc, QSqlError *error);
    // Raised by every write of reference data (settings, chairs, providers, types, patients,
    // blocks); schedules expanded from the old data are stale once it moves.
    [[nodiscard]] qint64 referenceRevision(QSqlError *error = nullptr) const;

    // The ids already stored in one of: clinics, chairs, providers, appointment_types,
    // patients, appointments, blocks, waitlist.
    [[nodiscard]] QSet<QString> ids(const QString &table, QSqlError *error = nullptr) const;

private:
    [[nodiscard]] bool bumpReference(QSqlError *error);

    QSqlDatabase m_db;
};

} // namespace chairside::store
