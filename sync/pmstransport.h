#pragma once

#include "pmsadapter.h"
#include "ratelimiter.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace chairside::sync {

// The HTTP side of one PMS connection, shared by every adapter: one request in flight at a
// time (a practice's server is not hammered, one appointment's changes arrive in order, a
// Retry-After is seen before anything else goes), a token bucket, retries of transient
// failures with backoff and jitter, TLS 1.2 or later with an optional extra CA, a transfer
// timeout, no less-safe redirects, and nothing sent when the URL policy forbids it.
class PmsTransport final : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString vendor;      // "Open Dental", "Dentrix", "Eaglesoft": named in messages
        QUrl baseUrl;
        int perMinute = 60;
        int burst = 10;
        int timeoutMs = 30000;
        RetryPolicy retry;
        QString caFile;      // PEM file of a CA to trust besides the system's, when set
    };
    struct Request
    {
        QByteArray verb = "GET";
        QString pathAndQuery; // appended to the base URL
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
        // The PMS may have carried the request out even though no answer came: a create. It
        // is not sent again here (the sync engine looks for it first), unless throttled.
        bool mayHaveActed = false;
        bool urgent = false;  // goes before queued requests (a token fetch)
        // A reply header the caller reads (SendGrid's X-Message-Id), put in replyHeaderValue
        // before `replied` is called.
        QByteArray replyHeader;
        std::shared_ptr<QByteArray> replyHeaderValue;
        // What the debug log may show of the body (credentials redacted, no patient data);
        // empty: only its size.
        QByteArray logNote;
    };
    using Replied = std::function<void(const QByteArray &body, const PmsError &error)>;
    // Adds what must be read at send time (a bearer token that may have been refreshed).
    using Decorate = std::function<void(QNetworkRequest &)>;
    // Reads a vendor's failure body (a SOAP fault): an error, or empty to classify by status.
    using Interpret = std::function<std::optional<PmsError>(int status, const QByteArray &body)>;

    // The transport settings every vendor's adapter settings carry (rate, burst, timeout,
    // retries, CA file), for `vendor` at `url`.
    template<typename VendorSettings>
    [[nodiscard]] static Settings settingsFor(const QString &vendor, const QUrl &url, const VendorSettings &s)
    {
        Settings t;
        t.vendor = vendor;
        t.baseUrl = url;
        t.perMinute = s.perMinute;
        // The bucket refills at perMinute - burst a minute (so no 60 s holds more than the
        // limit): a burst of one second's requests keeps a long read at 59/60 of the limit.
        t.burst = std::clamp(s.perMinute / 60, 1, std::max(1, s.burst));
        t.timeoutMs = s.timeoutMs;
        t.retry = s.retry;
        t.caFile = s.caFile;
        return t;
    }

    explicit PmsTransport(Settings settings, QObject *parent = nullptr);
    ~PmsTransport() override;

    void setDecorate(Decorate decorate) { m_decorate = std::move(decorate); }
    void setInterpret(Interpret interpret) { m_interpret = std::move(interpret); }
    // Why nothing can be sent (URL policy, missing credentials, unreadable CA file), or empty.
    [[nodiscard]] QString configurationError() const { return m_configurationError; }
    void setConfigurationError(const QString &why) { m_configurationError = why; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    void send(Request request, Replied replied);

    // Builds an error of `kind` with `message`.
    [[nodiscard]] static PmsError error(PmsError::Kind kind, const QString &message, int status = 0);

private:
    struct Call;
    void pump();
    void transmit(const std::shared_ptr<Call> &call);
    void finished(QNetworkReply *reply, const std::shared_ptr<Call> &call);
    [[nodiscard]] PmsError classify(QNetworkReply *reply, int status, const QByteArray &body) const;

    Settings m_settings;
    QString m_configurationError;
    std::unique_ptr<QNetworkAccessManager> m_net;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QList<std::shared_ptr<Call>> m_queue;
    bool m_busy = false;
    Decorate m_decorate;
    Interpret m_interpret;
    QList<QByteArray> m_extraCa;
};

} // namespace chairside::sync
