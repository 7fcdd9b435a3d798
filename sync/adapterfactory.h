#pragma once

#include "pmsadapter.h"
#include "pmscredentials.h"
#include "retrypolicy.h"

#include "domain/practice.h"

#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace chairside {
class Clock;
namespace store {
class Cache;
}
}

namespace chairside::sync {

// Where and how to reach a practice's PMS.
struct PmsConnection
{
    QString system; // "opendental", "dentrix", "eaglesoft", "nexhealth"
    QUrl url;
    QString subdomain;  // NexHealth: the practice's subdomain
    QString locationId; // NexHealth: the practice's location
    QTimeZone office;
    QString caFile;     // an extra CA to trust (PEM), when set
    int perMinute = 0;  // 0: the vendor's published figure for this URL
    int burst = 0;      // 0: the adapter's default
    int pageSize = 0;   // 0: the vendor's default for this URL
    int timeoutMs = 30000;
    RetryPolicy retry;
};

// The connection `pms connect` recorded in the cache (system, address, CA file, rate limit,
// the practice's time zone), or empty when the cache is not connected to a PMS.
[[nodiscard]] std::optional<PmsConnection> storedConnection(store::Cache &cache);

// The systems Chairside has an adapter for.
[[nodiscard]] QStringList knownPmsSystems();

// The adapter for a connection, with the vendor's defaults (rate limit, page size) for its
// URL. Empty with a reason for an unknown system; an adapter whose settings forbid sending
// (plain http off this machine, missing secrets) reports that on its first call instead.
// `clock` is the adapter's "now" (when a Dentrix token runs out).
[[nodiscard]] std::unique_ptr<PmsAdapter> makePmsAdapter(const PmsConnection &connection,
                                                         const PmsCredentials &credentials, const Clock &clock,
                                                         QString *error);

} // namespace chairside::sync
