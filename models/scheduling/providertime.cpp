#include "providertime.h"

namespace chairside::scheduling {

QString ProviderTime::fittedPattern(const QString &pattern, int minutes)
{
    const qsizetype cells = (qsizetype(std::max(minutes, 0)) + kCellMinutes - 1) / kCellMinutes;
    if (pattern.isEmpty())
        return QString(cells, QLatin1Char('X'));
    const qsizetype len = pattern.size();
    if (cells == len)
        return pattern;
    if (cells > len) {
        const qsizetype middle = len / 2;
        return pattern.left(middle) + QString(cells - len + 1, pattern.at(middle)) + pattern.mid(middle + 1);
    }
    const qsizetype head = (cells + 1) / 2;
    return pattern.left(head) + pattern.right(cells - head);
}

ProviderTime::Runs ProviderTime::runs(const QString &pattern, Minute start, int minutes)
{
    Runs out;
    const QString fitted = fittedPattern(pattern, minutes);
    const Minute end = start + minutes;
    for (qsizetype i = 0; i < fitted.size(); ++i) {
        if (fitted.at(i) != QLatin1Char('X'))
            continue;
        const Minute cellStart = start + Minute(i) * kCellMinutes;
        const Minute cellEnd = std::min(cellStart + kCellMinutes, end);
        if (!out.isEmpty() && out.last().end == cellStart)
            out.last().end = cellEnd;
        else
            out.append({cellStart, cellEnd});
    }
    return out;
}

} // namespace chairside::scheduling
