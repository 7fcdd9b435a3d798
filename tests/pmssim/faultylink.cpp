#include "faultylink.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace chairside::pmssim {

namespace {

// The length of the first complete HTTP message in `buffer`, or 0 while it is incomplete.
qsizetype messageLength(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return 0;
    qsizetype bodyLength = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        const QByteArray l = line.trimmed().toLower();
        if (l.startsWith("content-length:"))
            bodyLength = l.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + bodyLength;
    return buffer.size() >= total ? total : 0;
}

} // namespace

struct FaultyLink::Connection
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> upstream;
    QByteArray fromClient;
    QByteArray fromServer;
    QList<Fate> fates; // of the requests forwarded and not yet answered
    bool closed = false;
};

FaultyLink::FaultyLink(quint16 upstreamPort, QObject *parent) : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyLink::accept);
}

FaultyLink::~FaultyLink()
{
    for (Connection *c : std::as_const(m_connections)) {
        for (QTcpSocket *socket : {c->client.data(), c->upstream.data()}) {
            if (socket)
                QObject::disconnect(socket, nullptr, this, nullptr);
        }
        delete c;
    }
}

quint16 FaultyLink::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port) ? m_server.serverPort() : 0;
}

void FaultyLink::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        m_connections.append(c);
        c->client = client;
        c->upstream = new QTcpSocket(client);
        c->upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        connect(client, &QTcpSocket::readyRead, this, [this, c] { fromClient(c); });
        connect(c->upstream, &QTcpSocket::readyRead, this, [this, c] { fromServer(c); });
        connect(client, &QTcpSocket::disconnected, this, [this, c] { close(c); });
        connect(c->upstream, &QTcpSocket::disconnected, this, [this, c] { close(c); });
    }
}

void FaultyLink::fromClient(Connection *c)
{
    if (c->closed || !c->client)
        return;
    c->fromClient += c->client->readAll();
    while (const qsizetype length = messageLength(c->fromClient)) {
        const QByteArray request = c->fromClient.left(length);
        c->fromClient.remove(0, length);
        ++m_requests;
        const bool eligible = m_plan.every <= 1 || m_requests % m_plan.every == 0;
        if (eligible && m_plan.dropBeforeServer > 0) {
            --m_plan.dropBeforeServer;
            ++m_faults;
            close(c);
            return;
        }
        Fate fate = Fate::Deliver;
        if (eligible && m_plan.dropAfterServer > 0) {
            --m_plan.dropAfterServer;
            ++m_faults;
            fate = Fate::DropAfter;
        } else if (eligible && m_plan.hang > 0) {
            --m_plan.hang;
            ++m_faults;
            fate = Fate::Hang;
        }
        c->fates.append(fate);
        c->upstream->write(request);
    }
}

void FaultyLink::fromServer(Connection *c)
{
    if (c->closed || !c->upstream)
        return;
    c->fromServer += c->upstream->readAll();
    while (const qsizetype length = messageLength(c->fromServer)) {
        const QByteArray reply = c->fromServer.left(length);
        c->fromServer.remove(0, length);
        const Fate fate = c->fates.isEmpty() ? Fate::Deliver : c->fates.takeFirst();
        if (fate == Fate::DropAfter) {
            close(c);
            return;
        }
        if (fate == Fate::Hang)
            continue; // never answered; the client gives up
        if (m_plan.delayMs > 0) {
            QPointer<QTcpSocket> client = c->client;
            QTimer::singleShot(m_plan.delayMs, this, [client, reply] {
                if (client)
                    client->write(reply);
            });
        } else {
            c->client->write(reply);
        }
    }
}

void FaultyLink::close(Connection *c)
{
    if (c->closed)
        return;
    c->closed = true;
    if (c->client) {
        c->client->abort();
        c->client->deleteLater();
    }
}

} // namespace chairside::pmssim
