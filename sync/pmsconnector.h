#pragma once

#include "pmscredentials.h"

#include "services/pmsconnection.h"

#include <QObject>

#include <functional>

namespace chairside {
class Clock;
struct UserSession;
namespace store {
class Cache;
}
} // namespace chairside

namespace chairside::sync {

// Connecting a cache to its practice system, the same from the command line and the window:
// the request checked (a known system, an address it may use, the secrets that system needs,
// NexHealth's subdomain and location), NexHealth's location read first (its time zone must
// be the practice's, and names a practice a new cache has none for), the connection recorded
// by PmsConnectionService (the office manager's, audited), then the secrets to the keychain.
// The first sync is the caller's. Asynchronous: `done` reports once.
class PmsConnector final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        PmsConnectionRequest connection;
        PmsCredentials credentials;
    };
    struct Outcome
    {
        // BadInput: the request is wrong (the message says what to change); NoPractice: the
        // cache has no practice settings and the request gives none; Refused: the system
        // refused the secrets, subdomain or location; Unreachable: it did not answer.
        enum class Result { Done, BadInput, NoPractice, Denied, Refused, Unreachable, StoreFailed };
        Result result = Result::Done;
        QString message;

        [[nodiscard]] bool ok() const { return result == Result::Done; }
    };

    PmsConnector(store::Cache &cache, QString cacheId, const Clock &clock, QObject *parent = nullptr);

    void connect(const Request &request, const UserSession &session, std::function<void(const Outcome &)> done);

private:
    void record(const Request &request, const UserSession &session, const std::function<void(const Outcome &)> &done);

    store::Cache &m_cache;
    QString m_cacheId;
    const Clock &m_clock;
};

} // namespace chairside::sync
