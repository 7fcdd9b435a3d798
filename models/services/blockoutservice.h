#pragma once

#include "bookingservice.h"

#include "domain/practice.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// What a blockout or production-block call did: the record as now stored, or why not.
struct BlockoutOutcome
{
    BookingOutcome::Result result = BookingOutcome::Result::Done;
    Block block;                       // a blockout as written (empty for a production block or a delete)
    ProductionBlock productionBlock;   // a production block as written
    QString message;                   // why not, and what to do
    QStringList collidingAppointmentIds; // the booked visits a refused blockout would cover

    [[nodiscard]] bool ok() const { return result == BookingOutcome::Result::Done; }
};

// The office manager's schedule plan: blockouts (time kept from booking for the whole
// practice, a chair or a provider, once or weekly) and production blocks (weekday time a
// provider or chair keeps for certain visits), and how many days ahead production blocks
// release. Every change is checked here, written with its audit record in one transaction,
// and read back by the scheduling engine as rules expanded per date. Blockouts and production
// blocks are the practice's own plan here: they are not sent to the practice system.
class BlockoutService
{
public:
    BlockoutService(store::Cache &cache, const Clock &clock);

    // Whether `session` may change blockouts and production blocks (the office manager); the
    // screens offer editing by it and every write checks again. `why` says who may.
    [[nodiscard]] static bool mayEdit(const UserSession &session, QString *why = nullptr);

    [[nodiscard]] std::optional<Block> find(const QString &id, QString *error);
    // A new blockout (an empty id gets a fresh one).
    [[nodiscard]] BlockoutOutcome create(Block draft, const UserSession &session);
    // Replaces a blockout's label, time, scope and repeat as a whole.
    [[nodiscard]] BlockoutOutcome update(const Block &changed, const UserSession &session);
    // To a new start, keeping its length (and its chair or provider, unless one is given). A
    // repeating blockout moves as a series: `startUtc` is the new start of its occurrence on
    // `occurrenceDate`, which must stay on that date.
    [[nodiscard]] BlockoutOutcome move(const QString &id, const QDate &occurrenceDate, const QDateTime &startUtc,
                                       const UserSession &session, const std::optional<QString> &chairId = {},
                                       const std::optional<QString> &providerId = {});
    // A new end for the occurrence on `occurrenceDate` (a series: every occurrence).
    [[nodiscard]] BlockoutOutcome resize(const QString &id, const QDate &occurrenceDate, const QDateTime &endUtc,
                                         const UserSession &session);
    [[nodiscard]] BlockoutOutcome remove(const QString &id, const UserSession &session);
    // One date of a repeating blockout left out of the series.
    [[nodiscard]] BlockoutOutcome skipDate(const QString &id, const QDate &date, const UserSession &session);

    [[nodiscard]] std::optional<QList<ProductionBlock>> productionBlocks(QString *error);
    // Adds a production block (an empty id gets a fresh one) or replaces the one with its id.
    [[nodiscard]] BlockoutOutcome saveProductionBlock(ProductionBlock block, const UserSession &session);
    [[nodiscard]] BlockoutOutcome removeProductionBlock(const QString &id, const UserSession &session);
    [[nodiscard]] std::optional<int> releaseDays(QString *error);
    [[nodiscard]] BlockoutOutcome setReleaseDays(int days, const UserSession &session);

    // The most booked visits a refusal names one by one.
    static constexpr int kVisitsNamed = 3;

private:
    // Checks `b` (scope, times, repeat) and, when `before` is given, refuses only the booked
    // visits the new version covers that the old one did not; then writes it and `action`'s
    // audit record.
    BlockoutOutcome write(const Block &b, const std::optional<Block> &before, const QString &action,
                          const UserSession &session);
    std::optional<BlockoutOutcome> refuseUnlessManager(const UserSession &session, const QString &recordType,
                                                       const QString &id);

    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
