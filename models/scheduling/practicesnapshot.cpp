#include "practicesnapshot.h"

#include <algorithm>

namespace chairside::scheduling {

PracticeSnapshot::PracticeSnapshot(Practice practice, QList<Chair> chairs, QList<Provider> providers,
                                   QList<AppointmentType> types, QList<Patient> patients, QList<Block> blocks,
                                   QList<ProductionBlock> productionBlocks)
    : m_practice(std::move(practice)), m_zone(m_practice.timeZone()), m_chairs(std::move(chairs)),
      m_providers(std::move(providers)), m_types(std::move(types)), m_patients(std::move(patients)),
      m_blocks(std::move(blocks)), m_productionBlocks(std::move(productionBlocks))
{
    std::sort(m_chairs.begin(), m_chairs.end(), [](const Chair &a, const Chair &b) { return a.id < b.id; });
    std::sort(m_providers.begin(), m_providers.end(), [](const Provider &a, const Provider &b) { return a.id < b.id; });
    reindex();
}

void PracticeSnapshot::reindex()
{
    auto indexOf = [](const auto &list, QHash<QString, int> &index) {
        index.clear();
        index.reserve(list.size());
        for (int i = 0; i < int(list.size()); ++i)
            index.insert(list.at(i).id, i);
    };
    indexOf(m_chairs, m_chairIndex);
    indexOf(m_providers, m_providerIndex);
    indexOf(m_types, m_typeIndex);
    indexOf(m_patients, m_patientIndex);
    m_families.clear();
    for (const Patient &p : std::as_const(m_patients)) {
        if (!p.familyId.isEmpty())
            m_families[p.familyId].append(p.id);
    }
}

QStringList PracticeSnapshot::familyOf(const QString &patientId) const
{
    const Patient *p = patient(patientId);
    if (!p || p->familyId.isEmpty())
        return {};
    QStringList members = m_families.value(p->familyId);
    members.removeAll(patientId);
    return members;
}

void PracticeSnapshot::replaceProvider(const Provider &provider)
{
    const int i = providerIndex(provider.id);
    if (i >= 0) {
        m_providers[i] = provider;
        return;
    }
    m_providers.append(provider);
    std::sort(m_providers.begin(), m_providers.end(), [](const Provider &a, const Provider &b) { return a.id < b.id; });
    reindex();
}

void PracticeSnapshot::replaceBlocks(QList<Block> blocks)
{
    m_blocks = std::move(blocks);
}

} // namespace chairside::scheduling
