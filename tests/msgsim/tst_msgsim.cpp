#include "fakesendgrid.h"
#include "faketwilio.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace chairside::msgsim;

namespace {

const QString kSid = u"ACtest00000000000000000000000000"_s;
const QString kPractice = u"+15125550100"_s;
const QString kPatient = u"+15125550123"_s;

struct Reply
{
    int status = 0; // 0 when no reply came
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter, messageId;
};

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields)
        out += (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return out;
}

} // namespace

// Both messaging fakes over real loopback HTTP, checked against what the providers document.
class TestMsgSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeTwilio> m_sms;
    std::unique_ptr<FakeSendGrid> m_mail;
    QNetworkAccessManager m_net;
    QDateTime m_now;

    Reply call(const QByteArray &verb, const QString &url, const QByteArray &auth, const QByteArray &body = {},
               const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(1000); // a lost reply ends here
        if (!auth.isEmpty())
            request.setRawHeader("Authorization", auth);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object(), reply->error(), reply->rawHeader("Retry-After"),
                  reply->rawHeader("X-Message-Id")};
        reply->deleteLater();
        return out;
    }
    QByteArray twilioAuth(const QString &token = u"token"_s) const
    {
        return "Basic " + (kSid + u':' + token).toUtf8().toBase64();
    }
    Reply sms(const QByteArray &verb, const QString &path, const QByteArray &body = {})
    {
        return call(verb, m_sms->baseUrl() + u"/2010-04-01/Accounts/"_s + kSid + path, twilioAuth(), body);
    }
    Reply text(const QString &to, const QString &body, const QString &from = kPractice)
    {
        return sms("POST", u"/Messages.json"_s, form({{u"To"_s, to}, {u"From"_s, from}, {u"Body"_s, body}}));
    }
    Reply mail(const QJsonObject &json, const QByteArray &key = "Bearer SG.key")
    {
        return call("POST", m_mail->baseUrl() + u"/v3/mail/send"_s, key, QJsonDocument(json).toJson(),
                    "application/json");
    }
    static QJsonObject reminder(const QString &to, const QString &appointmentId)
    {
        return {{u"personalizations"_s,
                 QJsonArray{QJsonObject{{u"to"_s, QJsonArray{QJsonObject{{u"email"_s, to}}}},
                                        {u"custom_args"_s, QJsonObject{{u"appointment_id"_s, appointmentId}}}}}},
                {u"from"_s, QJsonObject{{u"email"_s, u"desk@practice.example"_s}, {u"name"_s, u"Sim Dental"_s}}},
                {u"subject"_s, u"Your visit on Monday"_s},
                {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, u"See you at 9."_s}},
                                          QJsonObject{{u"type"_s, u"text/html"_s}, {u"value"_s, u"<p>See you</p>"_s}}}},
                {u"custom_args"_s, QJsonObject{{u"practice"_s, u"sim"_s}}}};
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime(QDate(2026, 12, 7), QTime(18, 20, 11), Qt::UTC);
        m_sms = std::make_unique<FakeTwilio>(kSid, u"token"_s);
        m_sms->addNumber(kPractice);
        m_sms->setNow([this] { return m_now; });
        QVERIFY(m_sms->listen() != 0);
        m_mail = std::make_unique<FakeSendGrid>(u"SG.key"_s);
        m_mail->addSender(u"desk@practice.example"_s);
        m_mail->setNow([this] { return m_now; });
        QVERIFY(m_mail->listen() != 0);
    }

    void twilioRefusesWrongCredentials()
    {
        const QString url = m_sms->baseUrl() + u"/2010-04-01/Accounts/"_s + kSid + u"/Messages.json"_s;
        QCOMPARE(call("GET", url, {}).status, 401);
        const Reply wrong = call("GET", url, twilioAuth(u"nope"_s));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(u"code"_s).toInt(), 20003);
        const Reply otherAccount = call("GET", QString(url).replace(kSid, u"ACother"_s), twilioAuth());
        QCOMPARE(otherAccount.status, 404);
        QCOMPARE(otherAccount.json.value(u"code"_s).toInt(), 20404);
        QCOMPARE(m_sms->accepted(), 0);
    }

    void twilioSendProgressesToDelivered()
    {
        // A raw '+' in a form body is a space; the number's '+' travels as %2B.
        const Reply sent = sms("POST", u"/Messages.json"_s,
                               "To=%2B15125550123&From=%2B15125550100&Body=See+you+at+9%2B");
        QCOMPARE(sent.status, 201);
        const QString sid = sent.json.value(u"sid"_s).toString();
        QVERIFY2(QRegularExpression(u"^SM[0-9a-f]{32}$"_s).match(sid).hasMatch(), qPrintable(sid));
        QCOMPARE(sent.json.value(u"body"_s).toString(), u"See you at 9+"_s);
        QCOMPARE(sent.json.value(u"to"_s).toString(), kPatient);
        QCOMPARE(sent.json.value(u"status"_s).toString(), u"queued"_s);
        QCOMPARE(sent.json.value(u"direction"_s).toString(), u"outbound-api"_s);
        QCOMPARE(sent.json.value(u"date_created"_s).toString(), u"Mon, 07 Dec 2026 18:20:11 +0000"_s);
        QVERIFY(sent.json.value(u"date_sent"_s).isNull());
        QCOMPARE(sent.json.value(u"uri"_s).toString(), u"/2010-04-01/Accounts/"_s + kSid + u"/Messages/"_s + sid + u".json"_s);

        m_now = m_now.addSecs(5);
        const Reply first = sms("GET", u"/Messages/"_s + sid + u".json"_s);
        QCOMPARE(first.json.value(u"status"_s).toString(), u"sent"_s);
        QCOMPARE(first.json.value(u"date_sent"_s).toString(), u"Mon, 07 Dec 2026 18:20:16 +0000"_s);
        QCOMPARE(sms("GET", u"/Messages/"_s + sid + u".json"_s).json.value(u"status"_s).toString(), u"delivered"_s);
        QCOMPARE(sms("GET", u"/Messages/SM00000000000000000000000000000000.json"_s).status, 404);
        QCOMPARE(m_sms->accepted(), 1);
        QCOMPARE(m_sms->sentTo(kPatient).size(), 1);
    }

    void twilioRefusesByMeaning_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("code");
        QTest::newRow("not E.164") << u"5125550123"_s << kPractice << 21211;
        QTest::newRow("marked invalid") << u"+15125550199"_s << kPractice << 21211;
        QTest::newRow("not our number") << kPatient << u"+15125550777"_s << 21606;
        QTest::newRow("no To") << QString() << kPractice << 21604;
    }
    void twilioRefusesByMeaning()
    {
        QFETCH(QString, to);
        QFETCH(QString, from);
        QFETCH(int, code);
        m_sms->setInvalid(u"+15125550199"_s);
        const Reply r = text(to, u"Hello"_s, from);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"code"_s).toInt(), code);
        QCOMPARE(r.json.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
        QVERIFY(m_sms->messages().isEmpty());
    }

    void twilioDeliveryEndsAsTheCarrierSays()
    {
        m_sms->setLandline(u"+15125550111"_s);
        m_sms->setUnreachable(u"+15125550112"_s);
        QCOMPARE(text(u"+15125550111"_s, u"Hi"_s).status, 201);
        QCOMPARE(text(u"+15125550112"_s, u"Hi"_s).status, 201);
        m_sms->settleAll();
        const QJsonObject landline = m_sms->sentTo(u"+15125550111"_s).constFirst();
        QCOMPARE(landline.value(u"status"_s).toString(), u"undelivered"_s);
        QCOMPARE(landline.value(u"error_code"_s).toInt(), 30006);
        const QJsonObject gone = m_sms->sentTo(u"+15125550112"_s).constFirst();
        QCOMPARE(gone.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(gone.value(u"error_code"_s).toInt(), 30003);
    }

    void inboundStopRefusesLaterSends()
    {
        const Reply stop = call("POST", m_sms->baseUrl() + u"/sim/inbound"_s, {},
                                form({{u"From"_s, kPatient}, {u"To"_s, kPractice}, {u"Body"_s, u" stop "_s}}));
        QCOMPARE(stop.status, 201);
        QCOMPARE(stop.json.value(u"direction"_s).toString(), u"inbound"_s);
        QCOMPARE(stop.json.value(u"status"_s).toString(), u"received"_s);
        QVERIFY(m_sms->optedOut(kPatient, kPractice));
        const Reply refused = text(kPatient, u"Reminder"_s);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json.value(u"code"_s).toInt(), 21610);
        m_sms->receive(kPatient, kPractice, u"please stop"_s); // not a keyword: stays opted out
        QVERIFY(m_sms->optedOut(kPatient));
        m_sms->receive(kPatient, kPractice, u"START"_s);
        QVERIFY(!m_sms->optedOut(kPatient));
        QCOMPARE(text(kPatient, u"Reminder"_s).status, 201);
    }

    void listPagesAndFiltersByDateSent()
    {
        QStringList received; // oldest first
        for (int day = 5; day <= 9; ++day) {
            m_now = QDateTime(QDate(2026, 12, day), QTime(12, 0), Qt::UTC);
            received.append(m_sms->receive(kPatient, kPractice, u"Reply %1"_s.arg(day)));
        }
        QCOMPARE(text(u"+15125550124"_s, u"Not inbound"_s).status, 201); // another To: filtered out
        QStringList listed;
        QString next = u"/2010-04-01/Accounts/"_s + kSid + u"/Messages.json?To=%2B15125550100&PageSize=2"_s;
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const Reply page = call("GET", m_sms->baseUrl() + next, twilioAuth());
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(u"page"_s).toInt(), pages++);
            QCOMPARE(page.json.value(u"page_size"_s).toInt(), 2);
            for (const QJsonValue &m : page.json.value(u"messages"_s).toArray())
                listed.append(m.toObject().value(u"sid"_s).toString());
            next = page.json.value(u"next_page_uri"_s).toString();
        }
        QCOMPARE(pages, 3);
        std::reverse(received.begin(), received.end());
        QCOMPARE(listed, received); // newest first, each once

        // Both spellings of "DateSent>=": percent-encoded and raw.
        for (const QString &op : {u"DateSent%3E=2026-12-07"_s, u"DateSent>=2026-12-07"_s}) {
            const Reply since = sms("GET", u"/Messages.json?To=%2B15125550100&"_s + op);
            QCOMPARE(since.json.value(u"messages"_s).toArray().size(), 3);
        }
        const Reply before = sms("GET", u"/Messages.json?DateSent%3C=2026-12-06"_s);
        QCOMPARE(before.json.value(u"messages"_s).toArray().size(), 2);
        // The outbound one was never fetched, so it has no date_sent and matches no DateSent filter.
        QCOMPARE(sms("GET", u"/Messages.json?DateSent=2026-12-09"_s).json.value(u"messages"_s).toArray().size(), 1);
    }

    void rateLimitAnswers429WithRetryAfter()
    {
        m_sms->setRateLimit(2, 60000);
        QCOMPARE(sms("GET", u"/Messages.json"_s).status, 200);
        m_now = m_now.addSecs(20);
        QCOMPARE(sms("GET", u"/Messages.json"_s).status, 200);
        const Reply busy = sms("GET", u"/Messages.json"_s);
        QCOMPARE(busy.status, 429);
        QCOMPARE(busy.json.value(u"code"_s).toInt(), 20429);
        QCOMPARE(busy.retryAfter, QByteArray("40"));
        m_now = m_now.addSecs(40);
        QCOMPARE(sms("GET", u"/Messages.json"_s).status, 200);

        m_mail->setRateLimit(1);
        QCOMPARE(mail(reminder(u"ana@example.com"_s, u"a1"_s)).status, 202);
        const Reply mailBusy = mail(reminder(u"ana@example.com"_s, u"a1"_s));
        QCOMPARE(mailBusy.status, 429);
        QCOMPARE(mailBusy.retryAfter, QByteArray("60"));
        QCOMPARE(m_mail->accepted(), 1);
    }

    void lostReplyStillSends()
    {
        QList<QJsonObject> seen;
        m_sms->onAccepted = [&seen](const QJsonObject &message) { seen.append(message); };
        m_sms->setDropReplies(1);
        const Reply lost = text(kPatient, u"Reminder"_s);
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        QCOMPARE(m_sms->accepted(), 1);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(m_sms->messages().constFirst().value(u"sid"_s), seen.constFirst().value(u"sid"_s));
        QCOMPARE(m_sms->served().constLast().status, 0);
        QCOMPARE(text(kPatient, u"Reminder"_s).status, 201); // the next one is answered
    }

    void sendGridAcceptsAndRefuses()
    {
        const Reply ok = mail(reminder(u"ana@example.com"_s, u"a1"_s));
        QCOMPARE(ok.status, 202);
        QVERIFY2(QRegularExpression(u"^[0-9A-Za-z]{22}$"_s).match(QString::fromLatin1(ok.messageId)).hasMatch(),
                 ok.messageId.constData());
        QCOMPARE(m_mail->mails().constFirst().value(u"msg_id"_s).toString(), QString::fromLatin1(ok.messageId));

        QCOMPARE(mail(reminder(u"ana@example.com"_s, u"a1"_s), "Bearer wrong").status, 401);
        QJsonObject bad = reminder(u"not-an-address"_s, u"a1"_s);
        bad.remove(u"subject"_s);
        bad.insert(u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text/plain"_s}, {u"value"_s, u""_s}}});
        const Reply invalid = mail(bad);
        QCOMPARE(invalid.status, 400);
        QStringList fields;
        for (const QJsonValue &e : invalid.json.value(u"errors"_s).toArray())
            fields.append(e.toObject().value(u"field"_s).toString());
        QCOMPARE(fields, (QStringList{u"personalizations.0.to.0.email"_s, u"subject"_s, u"content.0.value"_s}));

        QJsonObject stranger = reminder(u"ana@example.com"_s, u"a1"_s);
        stranger.insert(u"from"_s, QJsonObject{{u"email"_s, u"someone@elsewhere.example"_s}});
        const Reply unverified = mail(stranger);
        QCOMPARE(unverified.status, 403);
        QCOMPARE(unverified.json.value(u"errors"_s).toArray().at(0).toObject().value(u"field"_s).toString(), u"from"_s);
        QCOMPARE(m_mail->accepted(), 1);
    }

    void activityFindsMailByUniqueArgs()
    {
        m_mail->setBouncing(u"ben@example.com"_s);
        QCOMPARE(mail(reminder(u"ana@example.com"_s, u"a1"_s)).status, 202);
        const Reply second = mail(reminder(u"ben@example.com"_s, u"a2"_s));
        QCOMPARE(second.status, 202);
        const QString query = u"unique_args['appointment_id']=\"a2\" AND to_email=\"ben@example.com\""_s;
        const QString url = m_mail->baseUrl() + u"/v3/messages?limit=10&query="_s
                          + QString::fromLatin1(QUrl::toPercentEncoding(query));
        const Reply found = call("GET", url, "Bearer SG.key");
        QCOMPARE(found.status, 200);
        const QJsonArray rows = found.json.value(u"messages"_s).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QVERIFY(row.value(u"msg_id"_s).toString().startsWith(QString::fromLatin1(second.messageId)));
        QCOMPARE(row.value(u"status"_s).toString(), u"not_delivered"_s);
        QCOMPARE(row.value(u"subject"_s).toString(), u"Your visit on Monday"_s);
        QCOMPARE(row.value(u"last_event_time"_s).toString(), u"2026-12-07T18:20:11Z"_s);
        // The top-level custom_args apply to every personalization.
        const QString both = u"unique_args['practice']=\"sim\""_s;
        QCOMPARE(call("GET", m_mail->baseUrl() + u"/v3/messages?query="_s + QString::fromLatin1(QUrl::toPercentEncoding(both)),
                      "Bearer SG.key")
                         .json.value(u"messages"_s).toArray().size(),
                 2);
        m_mail->setActivityAvailable(false);
        QCOMPARE(call("GET", url, "Bearer SG.key").status, 403);
    }
};

QTEST_GUILESS_MAIN(TestMsgSim)
#include "tst_msgsim.moc"
