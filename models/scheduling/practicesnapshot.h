#pragma once

#include "domain/practice.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace chairside::scheduling {

// The reference data scheduling decides with: settings, chairs, providers, types, patients'
// preferences and blocks, held by value with lookups by id. Chairs and providers are kept
// sorted by id, the order openings are offered in.
class PracticeSnapshot
{
public:
    PracticeSnapshot() = default;
    PracticeSnapshot(Practice practice, QList<Chair> chairs, QList<Provider> providers, QList<AppointmentType> types,
                     QList<Patient> patients, QList<Block> blocks, QList<ProductionBlock> productionBlocks = {});

    [[nodiscard]] const Practice &practice() const { return m_practice; }
    [[nodiscard]] const QTimeZone &zone() const { return m_zone; }
    [[nodiscard]] const QList<Chair> &chairs() const { return m_chairs; }
    [[nodiscard]] const QList<Provider> &providers() const { return m_providers; }
    [[nodiscard]] const QList<AppointmentType> &types() const { return m_types; }
    [[nodiscard]] const QList<Block> &blocks() const { return m_blocks; }
    [[nodiscard]] const QList<ProductionBlock> &productionBlocks() const { return m_productionBlocks; }

    [[nodiscard]] const Chair *chair(const QString &id) const { return find(m_chairs, m_chairIndex, id); }
    [[nodiscard]] const Provider *provider(const QString &id) const { return find(m_providers, m_providerIndex, id); }
    [[nodiscard]] const AppointmentType *type(const QString &id) const { return find(m_types, m_typeIndex, id); }
    [[nodiscard]] const Patient *patient(const QString &id) const { return find(m_patients, m_patientIndex, id); }
    [[nodiscard]] int providerIndex(const QString &id) const { return m_providerIndex.value(id, -1); }

    // The other members of the patient's family (empty when the patient has none).
    [[nodiscard]] QStringList familyOf(const QString &patientId) const;

    [[nodiscard]] int bufferMinutes(const Provider &p) const
    {
        return p.bufferMinutes.value_or(m_practice.providerBufferMinutes);
    }
    [[nodiscard]] int maxDailyComplexity(const Provider &p) const
    {
        return p.maxDailyComplexity.value_or(m_practice.maxDailyComplexity);
    }

    // Replacing reference data; the caller invalidates what depended on it.
    void replaceProvider(const Provider &provider);
    void replaceBlocks(QList<Block> blocks);
    void replaceProductionBlocks(QList<ProductionBlock> blocks) { m_productionBlocks = std::move(blocks); }

private:
    template<typename T>
    static const T *find(const QList<T> &list, const QHash<QString, int> &index, const QString &id)
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() ? nullptr : &list.at(*it);
    }
    void reindex();

    Practice m_practice;
    QTimeZone m_zone;
    QList<Chair> m_chairs;
    QList<Provider> m_providers;
    QList<AppointmentType> m_types;
    QList<Patient> m_patients;
    QList<Block> m_blocks;
    QList<ProductionBlock> m_productionBlocks;
    QHash<QString, int> m_chairIndex;
    QHash<QString, int> m_providerIndex;
    QHash<QString, int> m_typeIndex;
    QHash<QString, int> m_patientIndex;
    QHash<QString, QStringList> m_families;
};

} // namespace chairside::scheduling
