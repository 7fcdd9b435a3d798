#include "pmstransport.h"

#include "transportpolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTransport, "chairside.sync.transport")

namespace chairside::sync {

namespace {

constexpr qint64 kLongestWaitMs = 3600000;

} // namespace

struct PmsTransport::Call
{
    Request request;
    int attempt = 0;
    Replied replied;
};

PmsError PmsTransport::error(PmsError::Kind kind, const QString &message, int status)
{
    PmsError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = status;
    return e;
}

PmsTransport::PmsTransport(Settings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_net(std::make_unique<QNetworkAccessManager>()),
      m_limiter(m_settings.perMinute, m_settings.burst)
{
    m_clock.start();
    m_configurationError = checkPmsUrl(m_settings.baseUrl);
    if (m_configurationError.isEmpty() && !m_settings.caFile.isEmpty()) {
        QFile ca(m_settings.caFile);
        const QList<QSslCertificate> certificates =
                ca.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(ca.readAll(), QSsl::Pem)
                                             : QList<QSslCertificate>();
        if (certificates.isEmpty())
            m_configurationError = tr("The CA file %1 cannot be read as PEM certificates; choose the practice's CA "
                                      "certificate file again.")
                                           .arg(m_settings.caFile);
        for (const QSslCertificate &c : certificates)
            m_extraCa.append(c.toPem());
    }
    m_net->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

PmsTransport::~PmsTransport() = default;

void PmsTransport::send(Request request, Replied replied)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->replied = std::move(replied);
    if (!m_configurationError.isEmpty()) {
        const PmsError e = error(PmsError::Kind::Unsupported, m_configurationError);
        QTimer::singleShot(0, this, [call, e] { call->replied({}, e); });
        return;
    }
    if (call->request.urgent)
        m_queue.prepend(call);
    else
        m_queue.append(call);
    pump();
}

void PmsTransport::pump()
{
    if (m_busy || m_queue.isEmpty())
        return;
    std::shared_ptr<Call> call = m_queue.takeFirst();
    m_busy = true;
    transmit(call);
}

void PmsTransport::transmit(const std::shared_ptr<Call> &call)
{
    // Checked again after every wait: a Retry-After may have come in the meantime.
    const qint64 wait = m_limiter.waitMs(m_clock.elapsed());
    if (wait > 0) {
        QTimer::singleShot(int(std::min(wait, kLongestWaitMs)), this, [this, call] { transmit(call); });
        return;
    }
    m_limiter.take(m_clock.elapsed());
    const QString base = m_settings.baseUrl.toString(QUrl::StripTrailingSlash);
    QNetworkRequest request(QUrl(base + call->request.pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(call->request.contentType));
    for (const auto &[name, value] : std::as_const(call->request.headers))
        request.setRawHeader(name, value);
    if (m_decorate)
        m_decorate(request);
    request.setTransferTimeout(m_settings.timeoutMs);
    if (m_settings.baseUrl.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_extraCa.isEmpty()) {
            QList<QSslCertificate> trusted = tls.caCertificates();
            for (const QByteArray &pem : std::as_const(m_extraCa))
                trusted += QSslCertificate::fromData(pem, QSsl::Pem);
            tls.setCaCertificates(trusted);
        }
        request.setSslConfiguration(tls);
    }
    ++call->attempt;
    if (lcTransport().isDebugEnabled()) {
        // Headers with credentials redacted; of the body only its size (it can carry notes).
        Headers headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers.append({name, request.rawHeader(name)});
        QByteArray shown;
        for (const auto &[name, value] : redactedHeaders(headers))
            shown += name + ": " + value + "; ";
        qCDebug(lcTransport).noquote() << m_settings.vendor << QString::fromLatin1(call->request.verb)
                                       << request.url().path() << "attempt" << call->attempt << "|"
                                       << QString::fromLatin1(shown) << "| body" << call->request.body.size()
                                       << "bytes" << QString::fromUtf8(call->request.logNote);
    }
    QNetworkReply *reply = m_net->sendCustomRequest(request, call->request.verb, call->request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call] { finished(reply, call); });
}

PmsError PmsTransport::classify(QNetworkReply *reply, int status, const QByteArray &body) const
{
    if (m_interpret && status != 0 && status != 429) {
        if (std::optional<PmsError> read = m_interpret(status, body))
            return *read;
    }
    const QString vendor = m_settings.vendor;
    PmsError e;
    e.httpStatus = status;
    const QString explanation = QString::fromUtf8(body.left(300)).simplified();
    if (status == 0) {
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        e.kind = tls ? PmsError::Kind::Auth : PmsError::Kind::Network;
        // Nothing reached the server: a create was certainly not carried out.
        const QNetworkReply::NetworkError n = reply->error();
        if (n == QNetworkReply::ConnectionRefusedError || n == QNetworkReply::HostNotFoundError)
            e.code = u"not_connected"_s;
        e.message = tls ? tr("%1's certificate is not trusted (%2); nothing was sent. Configure the practice's CA "
                             "certificate file, or check the address.")
                                  .arg(vendor, reply->errorString())
                        : tr("%1 did not answer (%2). Check that it is running and reachable; changes stay queued "
                             "and are sent when it answers.")
                                  .arg(vendor, reply->errorString());
    } else if (status == 429) {
        e.kind = PmsError::Kind::Throttled;
        e.retryAfterMs = reply->rawHeader("Retry-After").toLongLong() * 1000;
        const int seconds = int(std::max<qint64>(1, e.retryAfterMs / 1000));
        e.message = tr("%1 asked to slow down; trying again in %n second(s).", nullptr, seconds).arg(vendor);
    } else if (status >= 500 || status == 408) {
        e.kind = PmsError::Kind::Server;
        e.message = tr("%1 had a problem (HTTP %2); trying again later.").arg(vendor).arg(status);
    } else if (status == 401 || status == 403) {
        e.kind = PmsError::Kind::Auth;
        e.message = tr("%1 refused the credentials (HTTP %2). Check them and connect again.").arg(vendor).arg(status);
    } else if (status == 404) {
        e.kind = PmsError::Kind::NotFound;
        e.message = tr("%1 has no such record (%2).").arg(vendor, explanation);
    } else {
        e.kind = PmsError::Kind::Refused;
        e.message = tr("%1 refused the change (HTTP %2): %3").arg(vendor).arg(status).arg(explanation);
    }
    return e;
}

void PmsTransport::finished(QNetworkReply *reply, const std::shared_ptr<Call> &call)
{
    reply->deleteLater();
    m_busy = false;
    // Whatever happens to this call, the next one may go (when the limiter says so).
    const auto next = qScopeGuard([this] { QTimer::singleShot(0, this, [this] { pump(); }); });
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (!call->request.replyHeader.isEmpty() && call->request.replyHeaderValue)
        *call->request.replyHeaderValue = reply->rawHeader(call->request.replyHeader);
    if (status >= 200 && status < 300) {
        call->replied(body, {});
        return;
    }
    PmsError e = classify(reply, status, body);
    if (e.kind == PmsError::Kind::Throttled)
        m_limiter.holdOff(m_clock.elapsed(), std::max<qint64>(e.retryAfterMs, 1000));
    qCInfo(lcTransport) << m_settings.vendor << call->request.verb << "failed with HTTP" << status << "attempt"
                        << call->attempt;
    const bool resendable = !call->request.mayHaveActed || e.kind == PmsError::Kind::Throttled;
    if (e.transient() && resendable) {
        const std::optional<qint64> delay = m_settings.retry.delayBeforeRetry(
                call->attempt, QRandomGenerator::global()->generateDouble(),
                e.retryAfterMs > 0 ? std::optional<qint64>(e.retryAfterMs) : std::nullopt);
        if (delay) {
            QTimer::singleShot(int(std::min(*delay, kLongestWaitMs)), this, [this, call] {
                m_queue.prepend(call);
                pump();
            });
            return;
        }
    }
    call->replied({}, e);
}

} // namespace chairside::sync
