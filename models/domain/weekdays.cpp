#include "weekdays.h"

#include <array>

namespace chairside {

namespace {
const std::array<QStringView, 7> kDayNames = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};
}

std::optional<int> Weekdays::parseDayName(const QString &name)
{
    for (size_t i = 0; i < kDayNames.size(); ++i) {
        if (name == kDayNames[i])
            return int(i) + 1;
    }
    return std::nullopt;
}

QString Weekdays::dayName(int dayOfWeek)
{
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return kDayNames[size_t(dayOfWeek - 1)].toString();
}

QStringList Weekdays::names() const
{
    QStringList out;
    for (int d = 1; d <= 7; ++d) {
        if (contains(d))
            out << dayName(d);
    }
    return out;
}

} // namespace chairside
