#pragma once

#include <QObject>
#include <QTcpServer>

namespace chairside::pmssim {

// A loopback TCP relay in front of a simulator that misbehaves like a bad network, request by
// request (it reads HTTP/1.1 message boundaries by Content-Length): a request dropped before
// it reaches the server, a reply dropped after the server carried the request out, a reply
// that never comes (a hang: the client's timeout ends it), or replies held back a while.
class FaultyLink final : public QObject
{
    Q_OBJECT
public:
    struct Plan
    {
        int dropBeforeServer = 0; // the next N requests: connection closed, nothing forwarded
        int dropAfterServer = 0;  // the next N requests: forwarded, the reply discarded, closed
        int hang = 0;             // the next N requests: forwarded, the reply never sent
        int delayMs = 0;          // every reply held back this long
        // Spreads the faults: only every `every`-th request is considered for one.
        int every = 1;
    };

    explicit FaultyLink(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultyLink() override;

    quint16 listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    void setPlan(const Plan &plan) { m_plan = plan; }
    [[nodiscard]] const Plan &plan() const { return m_plan; }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] int faultsInjected() const { return m_faults; }

private:
    struct Connection;
    enum class Fate { Deliver, DropAfter, Hang };
    void accept();
    void fromClient(Connection *c);
    void fromServer(Connection *c);
    void close(Connection *c);

    quint16 m_upstreamPort;
    QTcpServer m_server;
    Plan m_plan;
    int m_requests = 0;
    int m_faults = 0;
    QList<Connection *> m_connections;
};

} // namespace chairside::pmssim
