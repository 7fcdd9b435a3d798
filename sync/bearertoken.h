#pragma once

#include "pmstransport.h"

#include <QDateTime>

#include <functional>

namespace chairside {
class Clock;
}

namespace chairside::sync {

// The bearer token of one connection (Dentrix's OAuth2 token, NexHealth's /authenticates
// token): fetched when none is held or it is about to run out — one fetch however many calls
// wait for it — and dropped when the PMS answers 401, the call then sent once more with a new
// one, never in a loop.
class BearerToken
{
public:
    // Asks the PMS for a token; `got` reports it with its lifetime in seconds, or why not.
    using Got = std::function<void(const QString &token, qint64 lifetimeSecs, const PmsError &e)>;
    using Fetch = std::function<void(Got got)>;

    // Renewed `renewBeforeSecs` before it runs out, by `clock`.
    BearerToken(const Clock &clock, qint64 renewBeforeSecs, Fetch fetch);

    // Sends `request` with the token: `decorate` of the transport reads value() when it goes.
    void send(PmsTransport &transport, PmsTransport::Request request, PmsTransport::Replied replied);
    [[nodiscard]] const QString &value() const { return m_token; }
    [[nodiscard]] int fetches() const { return m_fetches; }

private:
    void with(std::function<void(const PmsError &)> then);
    void send(PmsTransport &transport, PmsTransport::Request request, PmsTransport::Replied replied, bool afterRefresh);

    const Clock &m_clock;
    qint64 m_renewBeforeSecs;
    Fetch m_fetch;
    QString m_token;
    QDateTime m_expiresUtc;
    QList<std::function<void(const PmsError &)>> m_waiting;
    int m_fetches = 0;
};

} // namespace chairside::sync
