#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class QUdpSocket;

namespace chairside::sync {

// Desks of one practice telling each other "something changed at the PMS, read it now", on
// the local network. A hint carries no patient data: a practice tag, a counter, a nonce and
// the sender's clock, authenticated with HMAC-SHA256 under a key every desk of the practice
// derives (PBKDF2) from the PMS secret it already keeps in the keychain. A packet from another
// practice, with a bad tag, a clock more than a minute off, or a nonce seen before (a replay)
// is dropped. A hint only ever makes a desk pull from the PMS: it brings no data into the cache.
class DeskHints final : public QObject
{
    Q_OBJECT
public:
    static constexpr quint16 kDefaultPort = 45871;
    static constexpr qint64 kClockSkewSecs = 60;

    struct Peer
    {
        QHostAddress address;
        quint16 port = kDefaultPort;
    };
    struct Settings
    {
        quint16 port = kDefaultPort; // where this desk listens
        // Where hints go: the local network's broadcast address on `port` when empty.
        QList<Peer> peers;
    };

    // `practice` names the practice's PMS (its system); `secret` is the PMS secret the key is
    // derived from, the same at every desk of the practice. `nowSecs` is the clock hints are stamped and checked with.
    DeskHints(const QString &practice, const QByteArray &secret, Settings settings, std::function<qint64()> nowSecs,
              QObject *parent = nullptr);
    ~DeskHints() override;

    // Starts listening; false with `error` when the port cannot be bound.
    [[nodiscard]] bool listen(QString *error);
    // The port listened on (the one chosen when Settings::port was 0).
    [[nodiscard]] quint16 port() const;
    void setPeers(QList<Peer> peers) { m_settings.peers = std::move(peers); }
    // Tells the other desks that this one changed something at the PMS.
    void send();
    // The datagram send() writes: for tests that replay or forge one.
    [[nodiscard]] QByteArray packet();

    [[nodiscard]] int accepted() const { return m_accepted; }
    [[nodiscard]] int dropped() const { return m_dropped; }

Q_SIGNALS:
    // Another desk of this practice changed something: pull now.
    void changed();

private:
    void read();
    [[nodiscard]] bool valid(const QByteArray &datagram);

    QByteArray m_tag; // the practice, hashed: the same on every desk of one practice
    QByteArray m_key;
    Settings m_settings;
    std::function<qint64()> m_nowSecs;
    QUdpSocket *m_socket;
    quint64 m_counter = 0;
    QSet<QByteArray> m_seen; // nonces accepted within the clock window: a replay is dropped
    QList<QPair<qint64, QByteArray>> m_seenOrder;
    QSet<QByteArray> m_own;  // nonces this desk sent: its own broadcast coming back is ignored
    int m_accepted = 0;
    int m_dropped = 0;
};

} // namespace chairside::sync
