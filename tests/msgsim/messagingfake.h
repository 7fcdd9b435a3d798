#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QHttpServer;
class QHttpServerRequest;

namespace chairside::msgsim {

// What both messaging fakes share: a loopback HTTP server, a request log, a sliding-window
// rate limit, a replaceable clock, lost replies and the hook a test uses to die right after the
// provider accepted a message. Each fake adds its provider's routes and wire format.
class MessagingFake : public QObject
{
    Q_OBJECT
public:
    struct Served
    {
        QByteArray verb;
        QString path; // without the query
        int status = 0; // 0 when the reply was dropped
        qint64 atMs = 0; // on the fake's clock, ms since the epoch
    };

    ~MessagingFake() override;

    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0.
    quint16 listen(quint16 port = 0);
    [[nodiscard]] quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT": what a client configures as the API's base.
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] const QList<Served> &served() const { return m_served; }
    // At most `perWindow` API requests in any `windowMs`; then 429 with Retry-After (seconds).
    void setRateLimit(int perWindow, int windowMs = 60000);
    // The clock every timestamp the fake writes comes from; UTC wall time by default.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }
    // The next `n` accepted sends are stored but never answered: the connection stays open with
    // no reply until the client's transfer timeout (or the fake's end) closes it.
    void setDropReplies(int n) { m_dropReplies = n; }
    // Successful sends, including those whose reply was dropped.
    [[nodiscard]] int accepted() const { return m_accepted; }

    // Called with the stored message just before a successful send is answered (a test may
    // kill its client here: the provider then has the message, the client never learns it).
    std::function<void(const QJsonObject &message)> onAccepted;

protected:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    explicit MessagingFake(QObject *parent = nullptr);

    // Answers one request; the fake checks credentials itself, then asks throttle().
    [[nodiscard]] virtual Reply respond(const QHttpServerRequest &request) = 0;
    // Seconds until a slot frees when the limit is reached (the request is refused); else 0 and
    // the request is counted.
    [[nodiscard]] qint64 throttle();
    // Counts a successful send and runs onAccepted; true when its reply is to be lost.
    bool accept(const QJsonObject &message);
    [[nodiscard]] QDateTime now() const { return m_now ? m_now().toUTC() : QDateTime::currentDateTimeUtc(); }
    [[nodiscard]] static Reply json(int status, const QJsonObject &body);

    // "a=1&b=%2B1" as form bodies and query strings are written: '+' is a space.
    [[nodiscard]] static QList<std::pair<QString, QString>> formPairs(const QByteArray &encoded);
    [[nodiscard]] static QString formValue(const QList<std::pair<QString, QString>> &pairs, const QString &key);
    [[nodiscard]] static QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

private:
    void serve(const QHttpServerRequest &request, QHttpServerResponder &responder);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QList<Served> m_served;
    std::function<QDateTime()> m_now;
    int m_perWindow = 0; // 0 = no limit
    int m_windowMs = 60000;
    QList<qint64> m_recent;
    int m_dropReplies = 0;
    bool m_dropThis = false;
    std::vector<QHttpServerResponder> m_held; // the lost replies' connections
    int m_accepted = 0;
};

} // namespace chairside::msgsim
