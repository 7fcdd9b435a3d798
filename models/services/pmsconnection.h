#pragma once

#include <QString>

namespace chairside {

class Clock;
struct UserSession;

namespace store {
class Cache;
}

// Which practice-management system a cache syncs with, as `pms connect` records it. No
// secrets: those go to the OS keychain.
struct PmsConnectionRequest
{
    QString system;   // opendental, dentrix, eaglesoft, nexhealth
    QString url;
    QString subdomain;  // NexHealth: the practice's subdomain and location
    QString locationId;
    QString caFile;   // a CA certificate to trust besides the system's; empty for none
    int perMinute = 0; // requests a minute the practice allows; 0 for the vendor's figure
    // For a cache that holds no practice yet (made by `init` without a file): the PMS APIs
    // do not give the office's name or time zone.
    QString practiceName;
    QString timeZoneId;
    // What the PMS itself says of the practice, where it says (NexHealth's location): its
    // time zone must be the practice's, and fills in a cache that has none yet.
    QString pmsPracticeName;
    QString pmsTimeZoneId;
};

struct PmsConnectionOutcome
{
    // BadRequest: no practice settings to go by; Mismatch: the PMS's time zone is not the
    // practice's (the message says both).
    enum class Result { Done, Denied, BadRequest, Mismatch, StoreFailed };
    Result result = Result::Done;
    QString message;

    [[nodiscard]] bool ok() const { return result == Result::Done; }
};

// Connecting a cache to its PMS: the office manager's (Access::ManagePractice), in one audited
// transaction with the practice's own settings when the cache has none yet; what was changed
// here before then is marked as waiting for the PMS.
class PmsConnectionService
{
public:
    PmsConnectionService(store::Cache &cache, const Clock &clock);

    [[nodiscard]] PmsConnectionOutcome connect(const PmsConnectionRequest &request, const UserSession &session);

private:
    store::Cache &m_cache;
    const Clock &m_clock;
};

} // namespace chairside
