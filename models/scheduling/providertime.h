#pragma once

#include "timeline.h"

#include <QString>
#include <QVarLengthArray>

namespace chairside::scheduling {

// The part of an appointment that needs the provider, from its type's time pattern: one
// character per 5 minutes, 'X' for provider time, anything else ('/', '-') for assistant or
// chair-only time. An empty pattern means provider time throughout.
//
// When an appointment is longer or shorter than its pattern, the pattern's ends are kept and
// its middle grows (repeating the middle cell) or shrinks, as a receptionist stretching a
// booking in Open Dental or Dentrix sees it.
class ProviderTime
{
public:
    static constexpr int kCellMinutes = 5;
    using Runs = QVarLengthArray<Interval, 2>;

    // The pattern fitted to `minutes` (rounded up to whole cells).
    [[nodiscard]] static QString fittedPattern(const QString &pattern, int minutes);
    // Provider-time runs of an appointment starting at `start`, merged, clipped to its length.
    [[nodiscard]] static Runs runs(const QString &pattern, Minute start, int minutes);
};

} // namespace chairside::scheduling
