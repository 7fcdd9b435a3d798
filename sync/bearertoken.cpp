#include "bearertoken.h"

#include "domain/clock.h"

namespace chairside::sync {

BearerToken::BearerToken(const Clock &clock, qint64 renewBeforeSecs, Fetch fetch)
    : m_clock(clock), m_renewBeforeSecs(renewBeforeSecs), m_fetch(std::move(fetch))
{
}

void BearerToken::with(std::function<void(const PmsError &)> then)
{
    if (!m_token.isEmpty() && m_clock.nowUtc().addSecs(m_renewBeforeSecs) < m_expiresUtc) {
        then({});
        return;
    }
    m_waiting.append(std::move(then));
    if (m_waiting.size() > 1)
        return; // a fetch is under way
    ++m_fetches;
    m_fetch([this](const QString &token, qint64 lifetimeSecs, const PmsError &e) {
        m_token = e.ok() ? token : QString();
        m_expiresUtc = m_clock.nowUtc().addSecs(lifetimeSecs);
        const QList<std::function<void(const PmsError &)>> waiting = std::exchange(m_waiting, {});
        for (const auto &then : waiting)
            then(e);
    });
}

void BearerToken::send(PmsTransport &transport, PmsTransport::Request request, PmsTransport::Replied replied)
{
    send(transport, std::move(request), std::move(replied), false);
}

void BearerToken::send(PmsTransport &transport, PmsTransport::Request request, PmsTransport::Replied replied,
                       bool afterRefresh)
{
    with([this, &transport, request, replied = std::move(replied), afterRefresh](const PmsError &e) mutable {
        if (!e.ok()) {
            replied({}, e);
            return;
        }
        transport.send(request, [this, &transport, request, replied, afterRefresh](const QByteArray &reply,
                                                                                  const PmsError &error) {
            // The token ran out early or was revoked: one new token, this call once more.
            if (error.httpStatus == 401 && !afterRefresh) {
                m_token.clear();
                send(transport, request, replied, true);
                return;
            }
            replied(reply, error);
        });
    });
}

} // namespace chairside::sync
