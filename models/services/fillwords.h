#pragma once

#include "domain/fill.h"
#include "domain/practice.h"

#include <QHash>
#include <QString>

#include <optional>

namespace chairside {

namespace store {
class Cache;
}

// The practice's words for ids, which messages to patients need: its name, and its
// providers' and visit types' names. Internal to the services that fill the book.
struct PracticeWords
{
    Practice practice;
    QHash<QString, QString> providers;
    QHash<QString, QString> types;

    [[nodiscard]] static std::optional<PracticeWords> read(store::Cache &cache, QString *error);
};

// The freed time an offer is for.
inline FreedSlot slotOf(const WaitlistOffer &o)
{
    return FreedSlot{o.chairId, o.providerId, o.startUtc, o.minutes};
}

} // namespace chairside
