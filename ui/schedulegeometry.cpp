#include "schedulegeometry.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chairside::geometry {

int TimeAxis::minuteAt(double yPos) const
{
    const int minute = firstMinute + int(std::floor(yPos / pixelsPerMinute));
    return std::clamp(minute, firstMinute, lastMinute);
}

int snapToGrid(int minuteOfDay, int gridMinutes)
{
    if (gridMinutes <= 1)
        return minuteOfDay;
    const int below = minuteOfDay - ((minuteOfDay % gridMinutes) + gridMinutes) % gridMinutes;
    return minuteOfDay - below >= (gridMinutes + 1) / 2 ? below + gridMinutes : below;
}

namespace {
int floorToGrid(int minute, int grid)
{
    return minute - ((minute % grid) + grid) % grid;
}
} // namespace

int TimeAxis::snappedMinute(double yPos, int gridMinutes, int minutes) const
{
    const int grid = std::max(1, gridMinutes);
    const int raw = firstMinute + int(std::lround(yPos / pixelsPerMinute));
    const int latest = floorToGrid(lastMinute - std::max(0, minutes), grid);
    const int earliest = floorToGrid(firstMinute + grid - 1, grid);
    return std::max(earliest, std::min(snapToGrid(raw, grid), latest));
}

int LaneStrip::laneAt(double x) const
{
    if (x < gutter || width <= 0)
        return -1;
    const int lane = int((x - gutter) / width);
    return lane < count ? lane : -1;
}

double fittedLaneWidth(int available, int count, double minimum)
{
    if (count <= 0)
        return minimum;
    return std::max(minimum, double(available) / count);
}

QList<SideBySide> placeSideBySide(const QList<Span> &spans)
{
    QList<SideBySide> out(spans.size());
    std::vector<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (spans[a].start != spans[b].start)
            return spans[a].start < spans[b].start;
        return spans[a].end > spans[b].end;
    });

    std::vector<int> group;       // items of the current overlap group, in placing order
    std::vector<int> columnEnds;  // end of the last item in each column of the group
    int groupEnd = 0;
    auto closeGroup = [&] {
        const int columns = int(columnEnds.size());
        for (int i : group)
            out[i].columns = columns;
        group.clear();
        columnEnds.clear();
    };
    for (int i : order) {
        const Span &s = spans[i];
        if (!group.empty() && s.start >= groupEnd)
            closeGroup();
        int column = 0;
        while (column < int(columnEnds.size()) && columnEnds[column] > s.start)
            ++column;
        if (column == int(columnEnds.size()))
            columnEnds.push_back(s.end);
        else
            columnEnds[column] = s.end;
        out[i].column = column;
        group.push_back(i);
        groupEnd = group.size() == 1 ? s.end : std::max(groupEnd, s.end);
    }
    closeGroup();
    return out;
}

} // namespace chairside::geometry
