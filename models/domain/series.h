#pragma once

#include "weekdays.h"

#include <QDate>
#include <QList>
#include <QString>


namespace chairside {

// How a series repeats: on `days` (empty = the first date's weekday) of every `everyWeeks`-th
// week, `count` times in all. "Every 4 weeks, 6 times" and "Monday and Wednesday for six
// weeks" (every week, Mon+Wed, 12 times) are both this.
struct SeriesRule
{
    int everyWeeks = 1;
    Weekdays days;
    int count = 1;

    static constexpr int kMaxCount = 104;
    static constexpr int kMaxEveryWeeks = 52;

    // The local dates of every instance, from `first` (which counts when it is on one of the
    // days); empty when the rule is out of range.
    [[nodiscard]] QList<QDate> dates(const QDate &first) const;
    // What is wrong with the rule, for staff; empty when it is fine.
    [[nodiscard]] QString problem() const;
    // Stable text kept with the series: "every=4;days=mon,wed;count=6".
    [[nodiscard]] QString name() const;
    // For staff, translated: "every 4 weeks on Mon, 6 times".
    [[nodiscard]] QString text() const;
};

} // namespace chairside
