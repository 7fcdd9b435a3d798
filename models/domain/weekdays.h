#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace chairside {

// A set of weekdays as a bit mask (bit 0 = Monday … bit 6 = Sunday), as recurring rules use.
class Weekdays
{
public:
    Weekdays() = default;
    static Weekdays fromMask(quint8 mask) { Weekdays w; w.m_mask = mask & 0x7f; return w; }
    static Weekdays all() { return fromMask(0x7f); }

    // Qt::DayOfWeek numbering: 1 = Monday … 7 = Sunday.
    [[nodiscard]] bool contains(int dayOfWeek) const { return m_mask & (1u << (dayOfWeek - 1)); }
    void insert(int dayOfWeek) { m_mask |= quint8(1u << (dayOfWeek - 1)); }
    [[nodiscard]] bool isEmpty() const { return m_mask == 0; }
    [[nodiscard]] quint8 mask() const { return m_mask; }

    // "mon".."sun"; nullopt for anything else.
    static std::optional<int> parseDayName(const QString &name);
    static QString dayName(int dayOfWeek);
    [[nodiscard]] QStringList names() const;

    friend bool operator==(Weekdays a, Weekdays b) { return a.m_mask == b.m_mask; }

private:
    quint8 m_mask = 0;
};

} // namespace chairside
