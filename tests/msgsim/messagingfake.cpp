#include "messagingfake.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace chairside::msgsim {

MessagingFake::MessagingFake(QObject *parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    // One entry point: each fake routes by path itself, so it can also leave a reply unwritten.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        serve(request, responder);
    });
}

MessagingFake::~MessagingFake() = default;

quint16 MessagingFake::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString MessagingFake::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

void MessagingFake::setRateLimit(int perWindow, int windowMs)
{
    m_perWindow = perWindow;
    m_windowMs = windowMs;
    m_recent.clear();
}

qint64 MessagingFake::throttle()
{
    if (m_perWindow <= 0)
        return 0;
    const qint64 at = now().toMSecsSinceEpoch();
    while (!m_recent.isEmpty() && m_recent.constFirst() <= at - m_windowMs)
        m_recent.removeFirst();
    if (m_recent.size() >= m_perWindow)
        return std::max<qint64>(1, (m_recent.constFirst() + m_windowMs - at + 999) / 1000);
    m_recent.append(at);
    return 0;
}

bool MessagingFake::accept(const QJsonObject &message)
{
    ++m_accepted;
    if (onAccepted)
        onAccepted(message);
    m_dropThis = m_dropReplies > 0;
    if (m_dropThis)
        --m_dropReplies;
    return m_dropThis;
}

MessagingFake::Reply MessagingFake::json(int status, const QJsonObject &body)
{
    return Reply{status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {}};
}

QList<std::pair<QString, QString>> MessagingFake::formPairs(const QByteArray &encoded)
{
    // Decodes each pair whole, then splits at its first '=': "DateSent%3E=2026-12-07",
    // "DateSent>=2026-12-07" and "DateSent%3E%3D2026-12-07" all read as key "DateSent>".
    QList<std::pair<QString, QString>> out;
    for (QByteArray pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(pair));
        const qsizetype eq = decoded.indexOf(u'=');
        out.append(eq < 0 ? std::pair(decoded, QString()) : std::pair(decoded.left(eq), decoded.mid(eq + 1)));
    }
    return out;
}

QString MessagingFake::formValue(const QList<std::pair<QString, QString>> &pairs, const QString &key)
{
    for (const auto &[k, v] : pairs) {
        if (k == key)
            return v;
    }
    return {};
}

QByteArray MessagingFake::header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[k, v] : request.headers()) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void MessagingFake::serve(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    m_dropThis = false;
    const Reply reply = respond(request);
    static const QHash<QHttpServerRequest::Method, QByteArray> verbs{
            {QHttpServerRequest::Method::Get, "GET"},       {QHttpServerRequest::Method::Post, "POST"},
            {QHttpServerRequest::Method::Put, "PUT"},       {QHttpServerRequest::Method::Delete, "DELETE"},
            {QHttpServerRequest::Method::Patch, "PATCH"},   {QHttpServerRequest::Method::Head, "HEAD"},
            {QHttpServerRequest::Method::Options, "OPTIONS"}};
    m_served.append({verbs.value(request.method(), "OTHER"), request.url().path(), m_dropThis ? 0 : reply.status,
                     now().toMSecsSinceEpoch()});
    if (m_dropThis) {
        // A lost reply: the provider acted and the client never hears back, until its own timeout
        // gives up. The connection is held open rather than closed: on a closed connection with
        // nothing read, Qt's network stack quietly sends the request again.
        m_held.push_back(std::move(responder));
        return;
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.body.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

} // namespace chairside::msgsim
