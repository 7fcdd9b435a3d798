#include "messagingproviders.h"

#include "pmstransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace chairside::sync {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::Messaging)
};

QByteArray encoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

PmsTransport::Settings transportSettings(const QString &vendor, const QUrl &base, int perMinute)
{
    PmsTransport::Settings t;
    t.vendor = vendor;
    t.baseUrl = base;
    t.perMinute = std::max(1, perMinute);
    t.burst = std::clamp(perMinute / 60, 1, 10);
    t.timeoutMs = 30000;
    // No retries inside the transport: a send waits for nothing that could outlast the
    // worker's lease; the worker queues it again (a throttled send) or looks it up.
    t.retry.tries = 0;
    return t;
}

// A send's failure, by what it means for the message.
SendResult sendFailure(const PmsError &e)
{
    SendResult r;
    r.code = e.code;
    r.why = e.message;
    switch (e.kind) {
    case PmsError::Kind::Throttled:
        r.kind = SendResult::Kind::Later;
        return r;
    case PmsError::Kind::Network:
        // Refused before anything was sent: it may go again; otherwise it may have gone.
        r.kind = e.code == u"not_connected" ? SendResult::Kind::Later : SendResult::Kind::Unknown;
        return r;
    case PmsError::Kind::Server:
    case PmsError::Kind::Malformed:
        r.kind = SendResult::Kind::Unknown; // it may have gone: looked up, not sent again
        return r;
    case PmsError::Kind::Auth:
    case PmsError::Kind::Unsupported:
    case PmsError::Kind::NotFound: // no messages API at this address
        r.kind = SendResult::Kind::Misconfigured;
        if (e.kind == PmsError::Kind::NotFound)
            r.why = Text::tr("the provider's address has no messages API there (HTTP 404); check the address in "
                             "messaging settings");
        return r;
    default:
        break;
    }
    r.kind = SendResult::Kind::Refused;
    return r;
}

QDateTime twilioDate(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::RFC2822Date).toUTC() : QDateTime();
}

} // namespace

// ---- Twilio ----------------------------------------------------------------------------

TwilioClient::TwilioClient(const QUrl &base, const QString &accountSid, const QString &authToken, int perMinute,
                           QObject *parent, int readsPerMinute)
    : QObject(parent), m_transport(std::make_unique<PmsTransport>(transportSettings(u"Twilio"_s, base, perMinute))),
      m_reads(std::make_unique<PmsTransport>(transportSettings(u"Twilio"_s, base, readsPerMinute))),
      m_accountSid(accountSid)
{
    const QByteArray basic = "Basic " + (accountSid + u':' + authToken).toUtf8().toBase64();
    for (PmsTransport *t : {m_transport.get(), m_reads.get()}) {
        t->setDecorate([basic](QNetworkRequest &r) { r.setRawHeader("Authorization", basic); });
        t->setInterpret([](int status, const QByteArray &body) -> std::optional<PmsError> {
            const QJsonObject o = QJsonDocument::fromJson(body).object();
            if (o.isEmpty())
                return std::nullopt;
            PmsError e;
            e.httpStatus = status;
            e.code = o.value(u"code"_s).toVariant().toString();
            e.message = o.value(u"message"_s).toString();
            e.kind = status == 401 || status == 403 ? PmsError::Kind::Auth
                    : status == 404                  ? PmsError::Kind::NotFound
                    : status >= 500                  ? PmsError::Kind::Server
                                                     : PmsError::Kind::Refused;
            e.message = TwilioClient::meaning(e.code, e.message);
            return e;
        });
    }
}

TwilioClient::~TwilioClient() = default;

QString TwilioClient::configurationError() const
{
    return m_transport->configurationError();
}

QString TwilioClient::messagesPath() const
{
    return u"/2010-04-01/Accounts/"_s + QString::fromLatin1(encoded(m_accountSid)) + u"/Messages"_s;
}

QString TwilioClient::meaning(const QString &code, const QString &fallback)
{
    const int n = code.toInt();
    switch (n) {
    case 20003:
        return Text::tr("Twilio refused the account SID or auth token; connect messaging again with the right ones");
    case 21211:
        return Text::tr("the number is not a valid phone number");
    case 21614:
    case 30006:
        return Text::tr("the number is not a mobile (a landline cannot take texts)");
    case 21610:
        return Text::tr("the patient texted STOP");
    case 21606:
    case 21659:
    case 21212:
        return Text::tr("Twilio does not let the practice send texts from its number; check the \"from\" number in "
                        "messaging settings");
    case 21408:
    case 21612:
        return Text::tr("Twilio cannot send texts to this number's country or carrier");
    case 30003:
        return Text::tr("the phone is off or out of reach");
    case 30004:
        return Text::tr("the number blocks texts");
    case 30005:
        return Text::tr("the number does not exist or is no longer in service");
    case 30007:
        return Text::tr("the carrier filtered the text");
    case 30008:
        return Text::tr("the carrier could not deliver it");
    default:
        break;
    }
    if (!fallback.isEmpty())
        return code.isEmpty() ? fallback : Text::tr("%1 (Twilio error %2)").arg(fallback, code);
    return code.isEmpty() ? Text::tr("Twilio gave no reason") : Text::tr("Twilio error %1").arg(code);
}

void TwilioClient::send(const QString &to, const QString &from, const QString &body,
                        std::function<void(SendResult)> done)
{
    PmsTransport::Request r;
    r.verb = "POST";
    r.pathAndQuery = messagesPath() + u".json"_s;
    r.contentType = "application/x-www-form-urlencoded";
    r.body = "To=" + encoded(to) + "&From=" + encoded(from) + "&Body=" + encoded(body);
    r.mayHaveActed = true;
    r.logNote = "To=[redacted]&From=[redacted]&Body=[redacted]";
    m_transport->send(std::move(r), [done = std::move(done)](const QByteArray &reply, const PmsError &e) {
        if (!e.ok()) {
            SendResult r = sendFailure(e);
            const int code = e.code.toInt();
            if (code == 21610)
                r.stopped = true;
            if (code == 21606 || code == 21659 || code == 21212 || code == 20003)
                r.kind = SendResult::Kind::Misconfigured;
            done(r);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply).object();
        SendResult r;
        r.providerId = o.value(u"sid"_s).toString();
        r.status = o.value(u"status"_s).toString();
        // A 2xx without a message id cannot be checked later: treat it as unclear.
        r.kind = r.providerId.isEmpty() ? SendResult::Kind::Unknown : SendResult::Kind::Accepted;
        if (r.providerId.isEmpty())
            r.why = Text::tr("Twilio's reply had no message id");
        done(r);
    });
}

void TwilioClient::delivery(const QString &sid, std::function<void(DeliveryReport)> done)
{
    PmsTransport::Request r;
    r.pathAndQuery = messagesPath() + u'/' + QString::fromLatin1(encoded(sid)) + u".json"_s;
    m_reads->send(std::move(r), [done = std::move(done)](const QByteArray &reply, const PmsError &e) {
        DeliveryReport d;
        if (!e.ok()) {
            d.error = e.message;
            done(d);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply).object();
        d.ok = o.contains(u"status"_s);
        d.status = o.value(u"status"_s).toString();
        const QJsonValue code = o.value(u"error_code"_s);
        d.code = code.isNull() || code.isUndefined() ? QString() : code.toVariant().toString();
        if (d.status == u"delivered") {
            d.state = MessageState::Delivered;
        } else if (d.status == u"undelivered" || d.status == u"failed") {
            d.state = MessageState::Failed;
            d.why = TwilioClient::meaning(d.code, o.value(u"error_message"_s).toString());
        }
        if (!d.ok)
            d.error = Text::tr("Twilio's reply was not a message");
        done(d);
    });
}

void TwilioClient::find(const QString &to, const QString &from, const QString &body, const QDateTime &sinceUtc,
                        std::function<void(Lookup)> done)
{
    // Not by DateSent: a message still queued at Twilio has none yet.
    PmsTransport::Request r;
    r.pathAndQuery = messagesPath() + u".json?To="_s + QString::fromLatin1(encoded(to)) + u"&From="_s
            + QString::fromLatin1(encoded(from)) + u"&PageSize=50"_s;
    m_reads->send(std::move(r), [done = std::move(done), body, sinceUtc](const QByteArray &reply,
                                                                           const PmsError &e) {
        Lookup l;
        if (!e.ok()) {
            l.error = e.message;
            done(l);
            return;
        }
        l.answered = true;
        const QJsonArray messages = QJsonDocument::fromJson(reply).object().value(u"messages"_s).toArray();
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            if (m.value(u"body"_s).toString() == body
                && twilioDate(m.value(u"date_created"_s)) >= sinceUtc.addSecs(-120)) {
                l.providerId = m.value(u"sid"_s).toString();
                l.status = m.value(u"status"_s).toString();
                break;
            }
        }
        done(l);
    });
}

void TwilioClient::inbound(const QString &practiceNumber, const QDateTime &sinceUtc, const QString &page,
                           std::function<void(InboundPage)> done)
{
    PmsTransport::Request r;
    r.pathAndQuery = !page.isEmpty() ? page
                                     : messagesPath() + u".json?To="_s + QString::fromLatin1(encoded(practiceNumber))
                    + u"&DateSent%3E="_s + sinceUtc.date().toString(Qt::ISODate) + u"&PageSize=100"_s;
    m_reads->send(std::move(r), [done = std::move(done)](const QByteArray &reply, const PmsError &e) {
        InboundPage p;
        if (!e.ok()) {
            p.error = e.message;
            done(p);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply).object();
        if (!o.value(u"messages"_s).isArray()) {
            p.error = Text::tr("Twilio's reply was not a list of messages");
            done(p);
            return;
        }
        p.ok = true;
        for (const QJsonValue &v : o.value(u"messages"_s).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(u"direction"_s).toString() != u"inbound")
                continue;
            InboundMessage in;
            in.providerId = m.value(u"sid"_s).toString();
            in.from = m.value(u"from"_s).toString();
            in.body = m.value(u"body"_s).toString();
            in.receivedUtc = twilioDate(m.value(u"date_sent"_s));
            if (!in.receivedUtc.isValid())
                in.receivedUtc = twilioDate(m.value(u"date_created"_s));
            if (!in.providerId.isEmpty())
                p.messages.append(in);
        }
        const QJsonValue next = o.value(u"next_page_uri"_s);
        p.nextPage = next.isString() ? next.toString() : QString();
        done(p);
    });
}

// ---- SendGrid --------------------------------------------------------------------------

SendGridClient::SendGridClient(const QUrl &base, const QString &apiKey, int perMinute, QObject *parent)
    : QObject(parent), m_transport(std::make_unique<PmsTransport>(transportSettings(u"SendGrid"_s, base, perMinute)))
{
    const QByteArray bearer = "Bearer " + apiKey.toUtf8();
    m_transport->setDecorate([bearer](QNetworkRequest &r) { r.setRawHeader("Authorization", bearer); });
    m_transport->setInterpret([](int status, const QByteArray &body) -> std::optional<PmsError> {
        const QJsonArray errors = QJsonDocument::fromJson(body).object().value(u"errors"_s).toArray();
        if (errors.isEmpty())
            return std::nullopt;
        QStringList said;
        QString field;
        for (const QJsonValue &v : errors) {
            const QJsonObject o = v.toObject();
            said.append(o.value(u"message"_s).toString());
            if (field.isEmpty())
                field = o.value(u"field"_s).toString();
        }
        PmsError e;
        e.httpStatus = status;
        e.code = field;
        e.message = said.join(u"; "_s);
        e.kind = status == 401 ? PmsError::Kind::Auth
                : status == 403 && (field == u"from" || field.isEmpty()) ? PmsError::Kind::Auth
                : status == 404                                          ? PmsError::Kind::NotFound
                : status >= 500                                          ? PmsError::Kind::Server
                                                                         : PmsError::Kind::Refused;
        if (e.kind == PmsError::Kind::Auth)
            e.message = field == u"from"
                    ? Text::tr("SendGrid does not accept the practice's sender (%1); verify it in SendGrid or "
                               "change it in messaging settings")
                              .arg(e.message)
                    : Text::tr("SendGrid refused the API key (%1); connect e-mail again with a key that may send "
                               "mail")
                              .arg(e.message);
        else if (field.contains(u".to."))
            e.message = Text::tr("the e-mail address is not one SendGrid can send to");
        return e;
    });
}

SendGridClient::~SendGridClient() = default;

QString SendGridClient::configurationError() const
{
    return m_transport->configurationError();
}

void SendGridClient::send(const QString &to, const QString &from, const QString &fromName, const QString &subject,
                          const QString &body, const QString &messageId, std::function<void(SendResult)> done)
{
    QJsonObject sender{{u"email"_s, from}};
    if (!fromName.isEmpty())
        sender.insert(u"name"_s, fromName);
    const QJsonObject mail{
            {u"personalizations"_s,
             QJsonArray{QJsonObject{{u"to"_s, QJsonArray{QJsonObject{{u"email"_s, to}}}},
                                    {u"custom_args"_s, QJsonObject{{u"chairside_message"_s, messageId}}}}}},
            {u"from"_s, sender},
            {u"subject"_s, subject},
            {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, body}}}}};
    PmsTransport::Request r;
    r.verb = "POST";
    r.pathAndQuery = u"/v3/mail/send"_s;
    r.body = QJsonDocument(mail).toJson(QJsonDocument::Compact);
    r.mayHaveActed = true;
    r.logNote = "{mail: [redacted]}";
    r.replyHeader = "X-Message-Id";
    auto header = std::make_shared<QByteArray>();
    r.replyHeaderValue = header;
    m_transport->send(std::move(r), [done = std::move(done), header](const QByteArray &, const PmsError &e) {
        if (!e.ok()) {
            done(sendFailure(e));
            return;
        }
        SendResult r;
        r.kind = SendResult::Kind::Accepted;
        r.providerId = QString::fromLatin1(*header);
        r.status = u"accepted"_s;
        done(r);
    });
}

void SendGridClient::find(const QString &messageId, std::function<void(Lookup)> done)
{
    const QString query = u"unique_args['chairside_message']=\"%1\""_s.arg(messageId);
    PmsTransport::Request r;
    r.pathAndQuery = u"/v3/messages?limit=1&query="_s + QString::fromLatin1(encoded(query));
    m_transport->send(std::move(r), [done = std::move(done)](const QByteArray &reply, const PmsError &e) {
        Lookup l;
        if (!e.ok()) {
            l.error = e.message;
            l.available = !(e.kind == PmsError::Kind::Auth || e.kind == PmsError::Kind::NotFound
                            || e.httpStatus == 403);
            done(l);
            return;
        }
        l.answered = true;
        const QJsonArray messages = QJsonDocument::fromJson(reply).object().value(u"messages"_s).toArray();
        if (!messages.isEmpty()) {
            const QJsonObject m = messages.first().toObject();
            l.providerId = m.value(u"msg_id"_s).toString().section(u'.', 0, 0);
            l.status = m.value(u"status"_s).toString();
        }
        done(l);
    });
}

} // namespace chairside::sync
