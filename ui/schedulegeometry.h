#pragma once

#include <QList>

// Pure geometry of the schedule: where a minute of the day sits on screen, how a pointer
// position snaps to the grid, and how overlapping tiles in one lane share its width.
// No widgets here, so every rule is tested on its own.
namespace chairside::geometry {

// The vertical time axis: minutes after local midnight to pixels and back.
struct TimeAxis
{
    int firstMinute = 7 * 60; // minute of the day at the top edge
    int lastMinute = 19 * 60; // minute of the day at the bottom edge
    double pixelsPerMinute = 1.5;

    [[nodiscard]] double y(int minuteOfDay) const { return (minuteOfDay - firstMinute) * pixelsPerMinute; }
    [[nodiscard]] double height() const { return y(lastMinute); }
    // The minute under a pixel row, not snapped; clamped to the axis.
    [[nodiscard]] int minuteAt(double y) const;
    // The grid line nearest to `y` (steps counted from midnight), clamped so that an item of
    // `minutes` still ends on the axis.
    [[nodiscard]] int snappedMinute(double y, int gridMinutes, int minutes = 0) const;
};

// Rounds a minute of the day to the nearest multiple of the grid step.
[[nodiscard]] int snapToGrid(int minuteOfDay, int gridMinutes);

// Lanes of equal width side by side after a gutter; scrolled by `offset` pixels.
struct LaneStrip
{
    int gutter = 56;   // width of the time gutter on the left
    double width = 160; // width of one lane
    int count = 0;

    [[nodiscard]] double left(int lane) const { return gutter + lane * width; }
    [[nodiscard]] double contentWidth() const { return count * width; }
    // The lane under x (widget coordinates, already including the scroll), or -1.
    [[nodiscard]] int laneAt(double x) const;
};

// A lane width that fits `count` lanes in `available` pixels, but never narrower than
// `minimum` (then the lanes scroll sideways).
[[nodiscard]] double fittedLaneWidth(int available, int count, double minimum);

// One item's place among overlapping items of its lane: column `column` of `columns`.
struct SideBySide
{
    int column = 0;
    int columns = 1;

    friend bool operator==(const SideBySide &a, const SideBySide &b)
    {
        return a.column == b.column && a.columns == b.columns;
    }
};

// Half-open span [start, end) in minutes.
struct Span
{
    int start = 0;
    int end = 0;
};

// Places every span so that spans that overlap never share a column. Spans that touch
// (one ends where the next starts) do not overlap. Each group of spans connected by overlaps
// uses as many columns as it needs at its busiest moment; an item takes the first free column,
// earlier starts first (longer first on a tie). Result in input order.
[[nodiscard]] QList<SideBySide> placeSideBySide(const QList<Span> &spans);

} // namespace chairside::geometry
