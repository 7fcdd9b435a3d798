#include "series.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::SeriesRule)
};
} // namespace

QString SeriesRule::problem() const
{
    if (count < 1 || count > kMaxCount)
        return Text::tr("A series has 1 to %1 visits; %2 is out of range.").arg(kMaxCount).arg(count);
    if (everyWeeks < 1 || everyWeeks > kMaxEveryWeeks)
        return Text::tr("A series repeats every 1 to %1 weeks; %2 is out of range.").arg(kMaxEveryWeeks).arg(everyWeeks);
    return {};
}

QList<QDate> SeriesRule::dates(const QDate &first) const
{
    QList<QDate> out;
    if (!first.isValid() || !problem().isEmpty())
        return out;
    Weekdays on = days;
    if (on.isEmpty())
        on.insert(first.dayOfWeek());
    const QDate monday = first.addDays(1 - first.dayOfWeek());
    for (int week = 0; out.size() < count; week += everyWeeks) {
        for (int day = 1; day <= 7 && out.size() < count; ++day) {
            const QDate date = monday.addDays(qint64(week) * 7 + day - 1);
            if (date >= first && on.contains(day))
                out.append(date);
        }
    }
    return out;
}

QString SeriesRule::name() const
{
    return u"every=%1;days=%2;count=%3"_s.arg(everyWeeks).arg(days.names().join(u','), QString::number(count));
}

QString SeriesRule::text() const
{
    QStringList dayNames;
    for (int d = 1; d <= 7; ++d) {
        if (days.contains(d))
            dayNames.append(QLocale().dayName(d, QLocale::ShortFormat));
    }
    const QString when = everyWeeks == 1 ? Text::tr("every week") : Text::tr("every %n weeks", nullptr, everyWeeks);
    const QString times = Text::tr("%n time(s)", nullptr, count);
    if (dayNames.isEmpty())
        return Text::tr("%1, %2").arg(when, times);
    return Text::tr("%1 on %2, %3").arg(when, dayNames.join(u", "_s), times);
}

} // namespace chairside
