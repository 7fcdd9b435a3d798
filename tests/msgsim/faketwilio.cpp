#include "faketwilio.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside::msgsim {

namespace {

const QString kApiVersion = u"2010-04-01"_s;

// Twilio writes dates as RFC 2822, always in UTC.
QJsonValue rfc2822(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return QLocale::c().toString(at.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss +0000"_s);
}

QString newSid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    return u"SM"_s + QString::fromLatin1(bytes.toHex());
}

// GSM-7 text fits 160 characters in one segment, 153 per part when split; anything else is
// UCS-2 with 70 and 67 (non-ASCII is taken as UCS-2: close enough for a fake).
int segments(const QString &body)
{
    const bool gsm = std::all_of(body.cbegin(), body.cend(), [](QChar c) { return c.unicode() < 128; });
    const qsizetype single = gsm ? 160 : 70, part = gsm ? 153 : 67;
    return body.size() <= single ? 1 : int((body.size() + part - 1) / part);
}

bool isFinal(const QString &status)
{
    return status == u"delivered" || status == u"undelivered" || status == u"failed";
}

} // namespace

FakeTwilio::FakeTwilio(const QString &accountSid, const QString &authToken, QObject *parent)
    : MessagingFake(parent), m_accountSid(accountSid), m_authToken(authToken)
{
}

FakeTwilio::Reply FakeTwilio::error(int status, int code, const QString &message)
{
    return json(status, {{u"code"_s, code},
                         {u"message"_s, message},
                         {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                         {u"status"_s, status}});
}

bool FakeTwilio::authorized(const QHttpServerRequest &request) const
{
    const QByteArray auth = header(request, "Authorization");
    return auth.startsWith("Basic ")
        && QByteArray::fromBase64(auth.mid(6).trimmed()) == (m_accountSid + u':' + m_authToken).toUtf8();
}

QString FakeTwilio::messagesUri() const
{
    return u"/%1/Accounts/%2/Messages"_s.arg(kApiVersion, m_accountSid);
}

FakeTwilio::Reply FakeTwilio::respond(const QHttpServerRequest &request)
{
    using M = QHttpServerRequest::Method;
    const QString path = request.url().path();
    if (path == u"/sim/inbound" && request.method() == M::Post)
        return simulateInbound(request);
    if (!authorized(request))
        return error(401, 20003, u"Authenticate"_s);
    const bool counted = !m_limitSendsOnly || request.method() == M::Post;
    if (const qint64 wait = counted ? throttle() : 0; wait > 0) {
        Reply busy = error(429, 20429, u"Too Many Requests"_s);
        busy.headers.append({"Retry-After", QByteArray::number(wait)});
        return busy;
    }
    const QStringList parts = path.split(u'/');
    const Reply notFound = error(404, 20404, u"The requested resource %1 was not found"_s.arg(path));
    if (parts.size() < 5 || parts.at(1) != kApiVersion || parts.at(2) != u"Accounts" || parts.at(3) != m_accountSid)
        return notFound;
    if (parts.size() == 5 && parts.at(4) == u"Messages.json") {
        if (request.method() == M::Post)
            return send(request);
        if (request.method() == M::Get)
            return list(request);
        return error(405, 20004, u"Method not allowed"_s);
    }
    if (parts.size() == 6 && parts.at(4) == u"Messages" && parts.at(5).endsWith(u".json"_s)) {
        if (request.method() != M::Get)
            return error(405, 20004, u"Method not allowed"_s);
        const Reply found = fetch(parts.at(5).chopped(5));
        return found.status == 404 ? notFound : found;
    }
    return notFound;
}

FakeTwilio::Reply FakeTwilio::send(const QHttpServerRequest &request)
{
    const auto form = formPairs(request.body());
    const QString to = formValue(form, u"To"_s).trimmed();
    const QString from = formValue(form, u"From"_s).trimmed();
    const QString body = formValue(form, u"Body"_s);
    if (to.isEmpty())
        return error(400, 21604, u"A 'To' phone number is required."_s);
    if (body.isEmpty())
        return error(400, 21602, u"Message body is required."_s);
    if (!m_numbers.contains(from))
        return error(400, 21606, u"The 'From' phone number provided is not a valid message-capable Twilio phone "
                                 "number for this destination/account"_s);
    static const QRegularExpression e164(u"^\\+[1-9]\\d{7,14}$"_s);
    if (!e164.match(to).hasMatch() || m_invalid.contains(to))
        return error(400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
    if (m_optedOut.value(from).contains(to))
        return error(400, 21610, u"Attempt to send to unsubscribed recipient"_s);
    const QJsonObject message = store(from, to, body, true).json;
    accept(message);
    return json(201, message);
}

FakeTwilio::Message &FakeTwilio::store(const QString &from, const QString &to, const QString &body, bool outbound)
{
    Message m;
    m.outbound = outbound;
    m.created = now();
    if (!outbound)
        m.sent = m.created;
    const QString sid = newSid();
    m.json = QJsonObject{{u"sid"_s, sid},
                         {u"account_sid"_s, m_accountSid},
                         {u"to"_s, to},
                         {u"from"_s, from},
                         {u"body"_s, body},
                         {u"status"_s, outbound ? u"queued"_s : u"received"_s},
                         {u"direction"_s, outbound ? u"outbound-api"_s : u"inbound"_s},
                         {u"num_segments"_s, QString::number(segments(body))},
                         {u"num_media"_s, u"0"_s},
                         {u"price"_s, QJsonValue::Null},
                         {u"price_unit"_s, u"USD"_s},
                         {u"error_code"_s, QJsonValue::Null},
                         {u"error_message"_s, QJsonValue::Null},
                         {u"messaging_service_sid"_s, QJsonValue::Null},
                         {u"date_created"_s, rfc2822(m.created)},
                         {u"date_updated"_s, rfc2822(m.created)},
                         {u"date_sent"_s, rfc2822(m.sent)},
                         {u"uri"_s, QString(messagesUri() + u'/' + sid + u".json"_s)},
                         {u"subresource_uris"_s, QJsonObject{{u"media"_s, QString(messagesUri() + u'/' + sid + u"/Media.json"_s)}}},
                         {u"api_version"_s, kApiVersion}};
    m_bySid.insert(sid, m_messages.size());
    m_messages.append(m);
    return m_messages.last();
}

void FakeTwilio::advance(Message &m)
{
    const QString status = m.json.value(u"status"_s).toString();
    if (!m.outbound || isFinal(status))
        return;
    const QDateTime at = now();
    m.json.insert(u"date_updated"_s, rfc2822(at));
    if (status == u"queued") {
        m.sent = at;
        m.json.insert(u"status"_s, u"sent"_s);
        m.json.insert(u"date_sent"_s, rfc2822(at));
        return;
    }
    const QString to = m.json.value(u"to"_s).toString();
    if (m_unreachable.contains(to)) {
        m.json.insert(u"status"_s, u"failed"_s);
        m.json.insert(u"error_code"_s, 30003);
        m.json.insert(u"error_message"_s, u"Unreachable destination handset"_s);
    } else if (m_landline.contains(to)) {
        m.json.insert(u"status"_s, u"undelivered"_s);
        m.json.insert(u"error_code"_s, 30006);
        m.json.insert(u"error_message"_s, u"Landline or unreachable carrier"_s);
    } else {
        m.json.insert(u"status"_s, u"delivered"_s);
    }
}

FakeTwilio::Reply FakeTwilio::fetch(const QString &sid)
{
    if (!m_bySid.contains(sid))
        return error(404, 20404, {});
    Message &m = m_messages[m_bySid.value(sid)];
    advance(m);
    return json(200, m.json);
}

FakeTwilio::Reply FakeTwilio::list(const QHttpServerRequest &request) const
{
    const auto query = formPairs(request.url().query(QUrl::FullyEncoded).toUtf8());
    // The filters, in the order given, to repeat in the paging URIs.
    QList<std::pair<QString, QString>> filters;
    QDate sentOn, sentFrom, sentTo;
    for (const auto &[key, value] : query) {
        const bool dateKey = key == u"DateSent" || key == u"DateSent>" || key == u"DateSent<";
        if (key != u"To" && key != u"From" && !dateKey)
            continue;
        filters.append({key, value});
        if (!dateKey)
            continue;
        const QDate day = QDate::fromString(value.left(10), Qt::ISODate);
        if (!day.isValid())
            return error(400, 20001, u"Invalid value for %1: %2"_s.arg(key, value));
        (key == u"DateSent" ? sentOn : key == u"DateSent>" ? sentFrom : sentTo) = day;
    }
    const QString to = formValue(filters, u"To"_s), from = formValue(filters, u"From"_s);
    const bool byDate = sentOn.isValid() || sentFrom.isValid() || sentTo.isValid();
    QList<const Message *> matches;
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        const QDate sentDay = it->sent.toUTC().date();
        if ((!to.isEmpty() && it->json.value(u"to"_s).toString() != to)
            || (!from.isEmpty() && it->json.value(u"from"_s).toString() != from)
            || (byDate && !it->sent.isValid()) || (sentOn.isValid() && sentDay != sentOn)
            || (sentFrom.isValid() && sentDay < sentFrom) || (sentTo.isValid() && sentDay > sentTo))
            continue;
        matches.append(&*it);
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const Message *a, const Message *b) { return a->created > b->created; });

    const int asked = formValue(query, u"PageSize"_s).toInt();
    const int pageSize = asked > 0 ? std::min(asked, 1000) : 50;
    const int page = std::max(0, formValue(query, u"Page"_s).toInt());
    const QString token = formValue(query, u"PageToken"_s);
    const auto indexOf = [&](const QString &sid) {
        for (qsizetype i = 0; i < matches.size(); ++i) {
            if (matches.at(i)->json.value(u"sid"_s).toString() == sid)
                return i;
        }
        return qsizetype(-1);
    };
    // PageToken PA<sid> starts after that message, PB<sid> ends before it, so a page stays put
    // when new messages arrive; without one, Page alone counts from the newest.
    qsizetype first = qsizetype(page) * pageSize;
    if (token.startsWith(u"PA"_s) && indexOf(token.mid(2)) >= 0)
        first = indexOf(token.mid(2)) + 1;
    else if (token.startsWith(u"PB"_s) && indexOf(token.mid(2)) >= 0)
        first = std::max<qsizetype>(0, indexOf(token.mid(2)) - pageSize);
    first = std::min(first, matches.size());
    const qsizetype last = std::min(first + pageSize, matches.size()); // one past

    QJsonArray items;
    for (qsizetype i = first; i < last; ++i)
        items.append(matches.at(i)->json);
    QString filterQuery;
    for (const auto &[key, value] : filters)
        filterQuery += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value) + '&');
    const QString base = messagesUri() + u".json?"_s + filterQuery + u"PageSize=%1&Page="_s.arg(pageSize);
    const auto sidAt = [&](qsizetype i) { return matches.at(i)->json.value(u"sid"_s).toString(); };
    return json(200, {{u"messages"_s, items},
                      {u"page"_s, page},
                      {u"page_size"_s, pageSize},
                      {u"uri"_s, QString(base + QString::number(page)
                                                 + (token.isEmpty() ? QString() : u"&PageToken="_s + token))},
                      {u"first_page_uri"_s, QString(base + u'0')},
                      {u"next_page_uri"_s, last < matches.size()
                                                   ? QJsonValue(base + QString::number(page + 1) + u"&PageToken=PA"_s
                                                                + sidAt(last - 1))
                                                   : QJsonValue::Null},
                      {u"previous_page_uri"_s, first > 0 && first < matches.size()
                                                       ? QJsonValue(base + QString::number(std::max(0, page - 1))
                                                                    + u"&PageToken=PB"_s + sidAt(first))
                                                       : QJsonValue::Null},
                      {u"start"_s, qint64(first)},
                      {u"end"_s, qint64(std::max(first, last - 1))}});
}

FakeTwilio::Reply FakeTwilio::simulateInbound(const QHttpServerRequest &request)
{
    const auto form = formPairs(request.body());
    const QString from = formValue(form, u"From"_s).trimmed(), to = formValue(form, u"To"_s).trimmed();
    if (from.isEmpty() || to.isEmpty())
        return error(400, 21604, u"From and To are required."_s);
    const QString sid = receive(from, to, formValue(form, u"Body"_s));
    return json(201, m_messages.at(m_bySid.value(sid)).json);
}

QString FakeTwilio::receive(const QString &fromE164, const QString &toPracticeNumber, const QString &body)
{
    static const QSet<QString> optOut{u"STOP"_s, u"STOPALL"_s, u"UNSUBSCRIBE"_s, u"CANCEL"_s,
                                      u"END"_s,  u"QUIT"_s,    u"REVOKE"_s,      u"OPTOUT"_s};
    static const QSet<QString> optIn{u"START"_s, u"YES"_s, u"UNSTOP"_s};
    const QString keyword = body.trimmed().toUpper();
    if (optOut.contains(keyword))
        m_optedOut[toPracticeNumber].insert(fromE164);
    else if (optIn.contains(keyword))
        m_optedOut[toPracticeNumber].remove(fromE164);
    return store(fromE164, toPracticeNumber, body, false).json.value(u"sid"_s).toString();
}

bool FakeTwilio::optedOut(const QString &number, const QString &practiceNumber) const
{
    if (!practiceNumber.isEmpty())
        return m_optedOut.value(practiceNumber).contains(number);
    return std::any_of(m_optedOut.cbegin(), m_optedOut.cend(), [&](const QSet<QString> &s) { return s.contains(number); });
}

void FakeTwilio::settleAll()
{
    for (Message &m : m_messages) {
        while (m.outbound && !isFinal(m.json.value(u"status"_s).toString()))
            advance(m);
    }
}

QList<QJsonObject> FakeTwilio::messages() const
{
    QList<QJsonObject> out;
    for (const Message &m : m_messages)
        out.append(m.json);
    return out;
}

QList<QJsonObject> FakeTwilio::sentTo(const QString &number) const
{
    QList<QJsonObject> out;
    for (const Message &m : m_messages) {
        if (m.outbound && m.json.value(u"to"_s).toString() == number)
            out.append(m.json);
    }
    return out;
}

} // namespace chairside::msgsim
