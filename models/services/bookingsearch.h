#pragma once

#include "bookingservice.h"

namespace chairside {

// The search for places to book, apart from the writes: ranked openings for one visit, the
// nearest ones (the day asked for first), a family's places together, where a desk's day
// starts, and an opening in words. It reads the same caught-up engine BookingService writes
// through (ScheduleState), so a search never sees a schedule older than the last write.
class BookingSearch
{
public:
    BookingSearch(store::Cache &cache, const Clock &clock, ScheduleState &state);

    // See the BookingService methods of the same names, which hand on to these.
    [[nodiscard]] OpeningsOutcome openings(const scheduling::OpeningRequest &request);
    [[nodiscard]] OpeningsOutcome nearestOpenings(const scheduling::OpeningRequest &request);
    [[nodiscard]] OpeningsOutcome nextOpenings(scheduling::OpeningRequest request);
    [[nodiscard]] OpeningsOutcome groupOpenings(const scheduling::GroupRequest &request);
    [[nodiscard]] std::optional<QDateTime> workingTimeFrom(const QDateTime &nowUtc);
    [[nodiscard]] QString openingWords(const scheduling::Opening &o) const;
    // nearestOpenings() without the request's checks, on an engine already caught up: the
    // alternatives a refused booking offers.
    [[nodiscard]] OpeningsOutcome nearest(scheduling::OpeningRequest request);

private:
    // Catches the engine up; false with `out` saying why (the cache, or no practice yet).
    bool caughtUp(OpeningsOutcome *out);
    // The ranking itself, on a caught-up engine and a checked request.
    OpeningsOutcome ranked(scheduling::OpeningRequest request);

    store::Cache &m_cache;
    const Clock &m_clock;
    ScheduleState &m_state;
};

} // namespace chairside
