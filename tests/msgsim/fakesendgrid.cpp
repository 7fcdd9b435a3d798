#include "fakesendgrid.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace chairside::msgsim {

namespace {

QJsonObject fieldError(const QString &field, const QString &message, const QString &anchor)
{
    return {{u"field"_s, field},
            {u"message"_s, message},
            {u"help"_s, QString(u"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message."_s + anchor)}};
}

QJsonObject errors(const QJsonArray &list)
{
    return {{u"errors"_s, list}};
}

QJsonObject plainError(const QString &message)
{
    return errors({QJsonObject{{u"field"_s, QJsonValue::Null}, {u"message"_s, message}, {u"help"_s, QJsonValue::Null}}});
}

bool validAddress(const QJsonValue &email)
{
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return email.isString() && address.match(email.toString()).hasMatch();
}

// X-Message-Id: 22 base62 characters.
QString newMessageId()
{
    static const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"_s;
    QString id;
    for (int i = 0; i < 22; ++i)
        id += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return id;
}

} // namespace

FakeSendGrid::FakeSendGrid(const QString &apiKey, QObject *parent) : MessagingFake(parent), m_apiKey(apiKey)
{
}

FakeSendGrid::Reply FakeSendGrid::respond(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    if (header(request, "Authorization") != (u"Bearer "_s + m_apiKey).toUtf8())
        return json(401, plainError(u"The provided authorization grant is invalid, expired, or revoked"_s));
    if (const qint64 wait = throttle(); wait > 0) {
        Reply busy = json(429, errors({QJsonObject{{u"field"_s, QJsonValue::Null},
                                                   {u"message"_s, u"too many requests"_s}}}));
        busy.headers.append({"Retry-After", QByteArray::number(wait)});
        return busy;
    }
    const QString path = request.url().path();
    if (path == u"/v3/mail/send")
        return request.method() == M::Post ? send(request) : json(405, plainError(u"method not allowed"_s));
    if (path == u"/v3/messages") {
        if (request.method() != M::Get)
            return json(405, plainError(u"method not allowed"_s));
        if (!m_activity)
            return json(403, errors({QJsonObject{{u"message"_s, u"access forbidden"_s}}}));
        return activity(request);
    }
    return json(404, plainError(u"resource not found"_s));
}

FakeSendGrid::Reply FakeSendGrid::send(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return json(400, plainError(u"Bad Request"_s));
    const QJsonObject mail = doc.object();
    // SendGrid reports every problem of a request at once, each under the field it is about.
    QJsonArray problems;
    const QJsonArray personalizations = mail.value(u"personalizations"_s).toArray();
    if (personalizations.isEmpty())
        problems.append(fieldError(u"personalizations"_s,
                                   u"The personalizations field is required and must have at least one "
                                   "personalization."_s,
                                   u"personalizations"_s));
    bool everyHasSubject = !personalizations.isEmpty();
    for (qsizetype p = 0; p < personalizations.size(); ++p) {
        const QJsonObject one = personalizations.at(p).toObject();
        everyHasSubject = everyHasSubject && !one.value(u"subject"_s).toString().isEmpty();
        const QJsonArray to = one.value(u"to"_s).toArray();
        if (to.isEmpty())
            problems.append(fieldError(u"personalizations.%1.to"_s.arg(p),
                                       u"The to array is required for all personalization objects, and must have "
                                       "at least one email object with a valid email address."_s,
                                       u"personalizations.to"_s));
        for (qsizetype t = 0; t < to.size(); ++t) {
            if (!validAddress(to.at(t).toObject().value(u"email"_s)))
                problems.append(fieldError(u"personalizations.%1.to.%2.email"_s.arg(p).arg(t),
                                           u"Does not contain a valid address."_s, u"personalizations.to"_s));
        }
    }
    const QJsonValue fromEmail = mail.value(u"from"_s).toObject().value(u"email"_s);
    if (!validAddress(fromEmail))
        problems.append(fieldError(u"from.email"_s,
                                   fromEmail.isUndefined()
                                           ? u"The from object must be provided for every email send. It is an object "
                                             "that requires the email parameter, but may also contain a name "
                                             "parameter."_s
                                           : u"The from email does not contain a valid address."_s,
                                   u"from"_s));
    if (mail.value(u"subject"_s).toString().isEmpty() && !everyHasSubject)
        problems.append(fieldError(u"subject"_s,
                                   u"The subject is required. You can get around this requirement if you use a "
                                   "template with a subject defined or if every personalization has a subject "
                                   "defined."_s,
                                   u"subject"_s));
    const QJsonArray content = mail.value(u"content"_s).toArray();
    if (content.isEmpty())
        problems.append(fieldError(u"content"_s,
                                   u"Unless a valid template_id is provided, the content parameter is required. There "
                                   "must be at least one defined content block."_s,
                                   u"content"_s));
    qsizetype plainAt = -1;
    for (qsizetype c = 0; c < content.size(); ++c) {
        const QJsonObject block = content.at(c).toObject();
        const QString type = block.value(u"type"_s).toString();
        if (type.isEmpty())
            problems.append(fieldError(u"content.%1.type"_s.arg(c),
                                       u"The content type must be a string at least one character in length."_s,
                                       u"content.type"_s));
        if (block.value(u"value"_s).toString().isEmpty())
            problems.append(fieldError(u"content.%1.value"_s.arg(c),
                                       u"The content value must be a string at least one character in length."_s,
                                       u"content.value"_s));
        if (type == u"text/plain" && plainAt < 0)
            plainAt = c;
    }
    if (plainAt > 0)
        problems.append(fieldError(u"content"_s,
                                   u"If present, text/plain must be first, followed by text/html, followed by any "
                                   "other content."_s,
                                   u"content"_s));
    if (!problems.isEmpty())
        return json(400, errors(problems));
    if (!m_senders.contains(fromEmail.toString().toLower()))
        return json(403, errors({QJsonObject{
                                 {u"field"_s, u"from"_s},
                                 {u"message"_s, u"The from address does not match a verified Sender Identity. Mail "
                                                "cannot be sent until this error is resolved. Visit "
                                                "https://sendgrid.com/docs/for-developers/sending-email/"
                                                "sender-identity/ to see the Sender Identity requirements"_s},
                                 {u"help"_s, QJsonValue::Null}}}));
    const QString id = newMessageId();
    QJsonObject stored = mail;
    stored.insert(u"msg_id"_s, id);
    m_mails.append({stored, now()});
    accept(stored);
    Reply ok{202, {}, {}, {}};
    ok.headers.append({"X-Message-Id", id.toLatin1()});
    return ok;
}

FakeSendGrid::Reply FakeSendGrid::activity(const QHttpServerRequest &request) const
{
    const auto params = formPairs(request.url().query(QUrl::FullyEncoded).toUtf8());
    const int asked = formValue(params, u"limit"_s).toInt();
    const int limit = asked > 0 ? std::min(asked, 1000) : 10;
    // Terms joined by AND: unique_args['NAME']="VALUE" or FIELD="VALUE".
    static const QRegularExpression andSplit(u"\\s+AND\\s+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uniqueArg(u"^unique_args\\['([^']+)'\\]\\s*=\\s*\"([^\"]*)\"$"_s);
    static const QRegularExpression field(u"^(to_email|from_email|subject|status|msg_id)\\s*=\\s*\"([^\"]*)\"$"_s);
    QList<std::pair<QString, QString>> args, fields;
    const QString query = formValue(params, u"query"_s).trimmed();
    for (const QString &term : query.split(andSplit, Qt::SkipEmptyParts)) {
        if (const auto m = uniqueArg.match(term.trimmed()); m.hasMatch())
            args.append({m.captured(1), m.captured(2)});
        else if (const auto f = field.match(term.trimmed()); f.hasMatch())
            fields.append({f.captured(1), f.captured(2)});
        else
            return json(400, errors({QJsonObject{{u"field"_s, u"query"_s},
                                                 {u"message"_s, u"invalid query: %1"_s.arg(term)}}}));
    }
    // One row per recipient, newest mail first; its unique_args are the mail's custom_args
    // with the personalization's own over them.
    QJsonArray rows;
    for (auto mail = m_mails.crbegin(); mail != m_mails.crend() && rows.size() < limit; ++mail) {
        const QJsonArray personalizations = mail->json.value(u"personalizations"_s).toArray();
        int n = 0;
        for (const QJsonValue &p : personalizations) {
            const QJsonObject one = p.toObject();
            QJsonObject unique = mail->json.value(u"custom_args"_s).toObject();
            const QJsonObject own = one.value(u"custom_args"_s).toObject();
            for (auto it = own.begin(); it != own.end(); ++it)
                unique.insert(it.key(), it.value());
            for (const QJsonValue &to : one.value(u"to"_s).toArray()) {
                const QString email = to.toObject().value(u"email"_s).toString();
                const QJsonObject row{
                        {u"from_email"_s, mail->json.value(u"from"_s).toObject().value(u"email"_s)},
                        {u"msg_id"_s, u"%1.filter0001.%2.0"_s.arg(mail->json.value(u"msg_id"_s).toString()).arg(n++)},
                        {u"subject"_s, one.contains(u"subject"_s) ? one.value(u"subject"_s)
                                                                   : mail->json.value(u"subject"_s)},
                        {u"to_email"_s, email},
                        {u"status"_s, m_bouncing.contains(email.toLower()) ? u"not_delivered"_s : u"delivered"_s},
                        {u"opens_count"_s, 0},
                        {u"clicks_count"_s, 0},
                        {u"last_event_time"_s, mail->at.toString(Qt::ISODate)}};
                const bool match = std::all_of(args.cbegin(), args.cend(), [&](const auto &a) {
                    return unique.value(a.first).toVariant().toString() == a.second;
                }) && std::all_of(fields.cbegin(), fields.cend(), [&](const auto &f) {
                    return f.first == u"msg_id" ? row.value(f.first).toString().startsWith(f.second)
                                                : row.value(f.first).toString() == f.second;
                });
                if (match && rows.size() < limit)
                    rows.append(row);
            }
        }
    }
    return json(200, {{u"messages"_s, rows}});
}

QList<QJsonObject> FakeSendGrid::mails() const
{
    QList<QJsonObject> out;
    for (const Mail &m : m_mails)
        out.append(m.json);
    return out;
}

} // namespace chairside::msgsim
