#include "deskhints.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QNetworkDatagram>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QtEndian>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

constexpr char kMagic[] = "CSH1";
constexpr int kMagicBytes = 4;
constexpr int kTagBytes = 16;
constexpr int kNonceBytes = 16;
constexpr int kSignedBytes = kMagicBytes + kTagBytes + 8 + kNonceBytes + 8;
constexpr int kPacketBytes = kSignedBytes + 32;
constexpr int kKeyIterations = 100000;

QByteArray bigEndian(quint64 value)
{
    QByteArray out(8, '\0');
    qToBigEndian(value, out.data());
    return out;
}

// Compares two MACs in time independent of where they differ.
bool sameMac(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

DeskHints::DeskHints(const QString &practice, const QByteArray &secret, Settings settings,
                     std::function<qint64()> nowSecs, QObject *parent)
    : QObject(parent),
      // A practice's PMS secret may be a short password: a captured hint must not make
      // guessing it cheap, so the key is stretched (PBKDF2-SHA256) and the tag comes from it.
      m_key(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret, "chairside desk hints v1",
                                               kKeyIterations, 32)),
      m_settings(std::move(settings)), m_nowSecs(std::move(nowSecs)), m_socket(new QUdpSocket(this))
{
    m_tag = QMessageAuthenticationCode::hash(practice.toUtf8(), m_key, QCryptographicHash::Sha256).left(kTagBytes);
    connect(m_socket, &QUdpSocket::readyRead, this, &DeskHints::read);
}

DeskHints::~DeskHints() = default;

bool DeskHints::listen(QString *error)
{
    if (m_socket->bind(QHostAddress::AnyIPv4, m_settings.port,
                       QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return true;
    *error = tr("Cannot listen for the other desks on UDP port %1 (%2); they will show changes at their next poll.")
                     .arg(m_settings.port)
                     .arg(m_socket->errorString());
    return false;
}

quint16 DeskHints::port() const
{
    return m_socket->localPort();
}

QByteArray DeskHints::packet()
{
    QByteArray nonce(kNonceBytes, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), kNonceBytes / 4);
    if (m_own.size() > 10000)
        m_own.clear(); // a day's pushes at the most; an old echo is long gone
    m_own.insert(nonce);
    QByteArray body = QByteArray(kMagic, kMagicBytes) + m_tag + bigEndian(++m_counter) + nonce
            + bigEndian(quint64(m_nowSecs()));
    return body + QMessageAuthenticationCode::hash(body, m_key, QCryptographicHash::Sha256);
}

void DeskHints::send()
{
    const QByteArray datagram = packet();
    if (m_settings.peers.isEmpty()) {
        m_socket->writeDatagram(datagram, QHostAddress::Broadcast, m_settings.port);
        return;
    }
    for (const Peer &peer : std::as_const(m_settings.peers))
        m_socket->writeDatagram(datagram, peer.address, peer.port);
}

void DeskHints::read()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(kPacketBytes + 1);
        if (valid(datagram.data())) {
            ++m_accepted;
            Q_EMIT changed();
        }
    }
}

bool DeskHints::valid(const QByteArray &datagram)
{
    if (datagram.size() != kPacketBytes || !datagram.startsWith(QByteArray(kMagic, kMagicBytes))
        || datagram.mid(kMagicBytes, kTagBytes) != m_tag) {
        ++m_dropped; // another program, another practice
        return false;
    }
    const QByteArray nonce = datagram.mid(kMagicBytes + kTagBytes + 8, kNonceBytes);
    if (m_own.contains(nonce))
        return false; // this desk's own broadcast
    const QByteArray mac = QMessageAuthenticationCode::hash(datagram.left(kSignedBytes), m_key, QCryptographicHash::Sha256);
    const qint64 sent = qint64(qFromBigEndian<quint64>(datagram.constData() + kSignedBytes - 8));
    const qint64 now = m_nowSecs();
    if (!sameMac(mac, datagram.mid(kSignedBytes)) || std::abs(now - sent) > kClockSkewSecs || m_seen.contains(nonce)) {
        ++m_dropped; // counted, not logged: a flood of forged packets must not flood the log
        return false;
    }
    // Nonces are kept as long as a packet carrying them would be on time.
    while (!m_seenOrder.isEmpty() && now - m_seenOrder.constFirst().first > 2 * kClockSkewSecs)
        m_seen.remove(m_seenOrder.takeFirst().second);
    m_seen.insert(nonce);
    m_seenOrder.append({now, nonce});
    return true;
}

} // namespace chairside::sync
