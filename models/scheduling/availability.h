#pragma once

#include "timeline.h"

#include <QHash>
#include <QTimeZone>

#include <unordered_map>
#include <QList>
#include <QString>
#include <QStringList>

namespace chairside {
struct Block;
struct ProductionBlock;
struct Provider;
}

namespace chairside::scheduling {

class PracticeSnapshot;

// The minutes a block covers (a partial minute counts as covered); for a repeating block,
// its first occurrence.
[[nodiscard]] Interval blockTime(const Block &block);

// Every occurrence of `block` meeting `window`, in order: the block itself, or for a repeating
// one each date of the series at the first occurrence's wall-clock times, so it keeps its
// local time across a daylight-saving change. `zone` is the practice's.
[[nodiscard]] QList<Interval> blockOccurrences(const Block &block, const Interval &window, const QTimeZone &zone);

// One production block on one date, in UTC minutes.
struct ProductionWindow
{
    Interval time;
    const ProductionBlock *block = nullptr; // owned by the snapshot

    // Whether a visit with `providerId` in `chairId` is one the block's scope covers.
    [[nodiscard]] bool covers(const QString &providerId, const QString &chairId) const;
};

// A stretch of a provider's working time, in UTC minutes, with the chairs and types it allows.
struct WorkingInterval
{
    Interval time;
    QStringList chairIds; // empty = any chair
    QStringList typeIds;  // empty = any type
    QString clinicId;     // worked in this clinic (its chairs are chairIds); empty = not tied to one

    [[nodiscard]] bool allowsChair(const QString &id) const { return chairIds.isEmpty() || chairIds.contains(id); }
    [[nodiscard]] bool allowsType(const QString &id) const { return typeIds.isEmpty() || typeIds.contains(id); }
};

// Time inside working hours that cannot be booked: a break, or a block on the provider, a chair
// or the whole practice.
struct Closure
{
    enum class Kind { Break, Block };
    Kind kind = Kind::Break;
    Interval time;
    QString blockId; // for blocks
    QString label;
};

// One provider's bookable frame for one local date: working intervals from the weekly hours
// or the date's override, and the breaks and blocks that fall on it.
struct ProviderDay
{
    LocalDay day;
    QList<WorkingInterval> spans; // sorted, contiguous equal spans merged
    QList<Closure> closures;      // breaks, provider blocks, practice-wide blocks; sorted by start
    bool overridden = false;      // the date's hours come from an override
};

// Expands provider hours on read, per provider per local date, and keeps what it expanded
// until something feeding it changes. Schedules are stored as rules; nothing is pre-expanded.
class Availability
{
public:
    explicit Availability(const PracticeSnapshot &snapshot) : m_snapshot(snapshot) {}

    [[nodiscard]] const PracticeSnapshot &snapshot() const { return m_snapshot; }

    // Valid until the next invalidate call or until the snapshot changes.
    [[nodiscard]] const ProviderDay &providerDay(const Provider &provider, const QDate &date);
    [[nodiscard]] const LocalDay &localDay(const QDate &date);
    // Blocks on one chair (not practice-wide ones, which ProviderDay carries) meeting `window`.
    [[nodiscard]] QList<Closure> chairClosures(const QString &chairId, const Interval &window);

    // The production blocks falling on `date`, by start (valid as providerDay's answer).
    [[nodiscard]] const QList<ProductionWindow> &productionOn(const QDate &date);
    // Occurrences of `block` meeting `window`, with the local days this keeps.
    [[nodiscard]] QList<Interval> occurrences(const Block &block, const Interval &window);

    void invalidateProvider(const QString &providerId);
    // After production blocks changed.
    void invalidateProduction() { m_production.clear(); }
    // After blocks changed: drops every day the given blocks touch.
    void invalidateBlocks(const QList<Block> &changed);
    [[nodiscard]] int expansions() const { return m_expansions; }

private:
    ProviderDay expand(const Provider &provider, const QDate &date);

    const PracticeSnapshot &m_snapshot;
    QHash<QString, QHash<qint64, ProviderDay>> m_byProvider;
    // Node-based: a day handed out stays where it is while others are added.
    std::unordered_map<qint64, LocalDay> m_localDays;
    std::unordered_map<qint64, QList<ProductionWindow>> m_production;
    int m_expansions = 0;
};

} // namespace chairside::scheduling
