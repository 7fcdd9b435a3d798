#include "recall.h"

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
struct KindName
{
    RecallKind kind;
    QStringView name;
};
constexpr KindName kKinds[] = {
        {RecallKind::Prophy, u"prophy"},
        {RecallKind::ChildProphy, u"child_prophy"},
        {RecallKind::PerioMaintenance, u"perio_maintenance"},
        {RecallKind::Custom, u"custom"},
};
} // namespace

QString recallKindName(RecallKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return k.name.toString();
    }
    return {};
}

std::optional<RecallKind> parseRecallKind(const QString &name)
{
    for (const KindName &k : kKinds) {
        if (k.name == name)
            return k.kind;
    }
    return std::nullopt;
}

RecallStanding recallStanding(const QDate &due, const QDate &today, int soonDays)
{
    if (due < today)
        return RecallStanding::Overdue;
    if (due == today)
        return RecallStanding::DueToday;
    return today.daysTo(due) <= soonDays ? RecallStanding::DueSoon : RecallStanding::NotDue;
}

QString recallIdFor(const QString &patientId, const QString &recallTypeId)
{
    return u"rc:"_s + recallTypeId + u':' + patientId;
}

} // namespace chairside
