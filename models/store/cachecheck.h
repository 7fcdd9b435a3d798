#pragma once

#include "storeboundary.h"

#include "domain/cachehealth.h"

#include <QString>

namespace chairside::store {

class Cache;

// What a full read of the cache found. SQLCipher authenticates each page when it reads it, so
// damage in a page nobody reads stays hidden until a write or a backup meets it; this reads
// every page in use: SQLite's integrity check, then every row of every table and every entry
// of every index, naming the first that cannot be read.
using CacheHealth = chairside::CacheHealth;

// Damage found (not a check that could not finish) marks the cache damaged: read-only until
// restored (Cache::markDamaged), so no caller has to.
[[nodiscard]] CacheHealth checkCache(Cache &cache);

// A sentence for people: intact with what was read, or which part is damaged and the way back.
[[nodiscard]] QString describeHealth(const CacheHealth &health);

// A cache table as staff would call its contents ("appointments", "the audit trail").
[[nodiscard]] QString tableInWords(const QString &table);

} // namespace chairside::store
