#include "command.h"
#include "clisession.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/messaging.h"
#include "domain/phonenumber.h"
#include "services/access.h"
#include "services/bookingservice.h"
#include "services/patientmessaging.h"
#include "services/practicecache.h"
#include "services/practiceservices.h"
#include "sync/messagingworker.h"
#include "sync/pmscredentials.h"
#include "sync/transportpolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(chairside::cli)
};

std::atomic<bool> g_stop{false};

extern "C" void stopWorker(int)
{
    g_stop = true;
}

// Where a provider may be: HTTPS anywhere, plain HTTP only to this machine (a test double).
QString checkProviderUrl(const QString &url)
{
    const QUrl u(url);
    if (!u.isValid() || u.host().isEmpty() || (u.scheme() != u"https" && u.scheme() != u"http"))
        return Text::tr("\"%1\" is not a web address; give the provider's API address, like https://api.twilio.com.")
                .arg(url);
    if (u.scheme() == u"http" && !sync::isLoopbackHost(u.host()))
        return Text::tr("Plain http is only allowed to this computer; %1 would carry patients' messages "
                        "unencrypted. Use its https address.")
                .arg(u.host());
    return {};
}

int messagingConnect(CommandLine &c)
{
    const bool sms = c.has(u"sms"_s);
    if (sms == c.has(u"email"_s)) {
        c.err << Text::tr("chairside-cli: give --sms twilio or --email sendgrid (one at a time).") << Qt::endl;
        return BadInput;
    }
    const QString provider = c.value(sms ? u"sms"_s : u"email"_s);
    if (provider != (sms ? u"twilio" : u"sendgrid")) {
        c.err << (sms ? Text::tr("chairside-cli: --sms takes twilio (or a provider that speaks Twilio's API).")
                      : Text::tr("chairside-cli: --email takes sendgrid."))
              << Qt::endl;
        return BadInput;
    }
    if (!c.require(u"messaging connect"_s, {u"url"_s, u"from"_s}))
        return BadInput;
    if (const QString why = checkProviderUrl(c.value(u"url"_s)); !why.isEmpty()) {
        c.err << u"chairside-cli: "_s << why << Qt::endl;
        return BadInput;
    }
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache =
            openSignedIn(c.dataDir, clock, c.user, Access::ManagePractice, &session, c.err, &code);
    if (!cache)
        return code;
    QTextStream in(stdin);
    QStringList lines;
    const int wanted = sms ? 2 : 1;
    while (lines.size() < wanted && !in.atEnd())
        lines.append(in.readLine().trimmed());
    lines.removeAll(QString());
    if (lines.size() < wanted) {
        c.err << (sms ? Text::tr("chairside-cli: give Twilio's Account SID and auth token on standard input, one a "
                                 "line (after the password, when the cache has accounts).")
                      : Text::tr("chairside-cli: give the SendGrid API key on standard input (after the password, "
                                 "when the cache has accounts)."))
              << Qt::endl;
        return BadInput;
    }
    PracticeServices services(cache->store(), clock);
    sync::PmsCredentials keys;
    if (sms) {
        keys.identity = lines.at(0);
        keys.secret = lines.at(1);
        if (!keys.identity.startsWith(u"AC")) {
            c.err << Text::tr("chairside-cli: a Twilio Account SID starts with AC; check the first line.") << Qt::endl;
            return BadInput;
        }
    } else {
        keys.apiKey = lines.at(0);
    }
    QString error;
    // The address is checked before anything is stored.
    const std::optional<MessagingSettings> before = services.messaging().settings(&error);
    if (!before) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    MessagingService &messaging = services.messaging();
    // The keys first: settings that point at a provider whose keys are not kept would send nothing.
    if (!sync::PmsCredentialStore::write(cache->cacheId(),
                                         sms ? sync::MessagingWorker::kTwilioSecrets : sync::MessagingWorker::kSendGridSecrets,
                                         keys, &error)) {
        c.err << Text::tr("chairside-cli: the keys could not be kept in this computer's keychain: %1").arg(error)
              << Qt::endl;
        return CacheUnavailable;
    }
    const bool saved = sms ? messaging.connectSms(provider, c.value(u"url"_s), c.value(u"from"_s), keys.identity,
                                                  session, &error)
                           : messaging.connectEmail(provider, c.value(u"url"_s), c.value(u"from"_s), session, &error);
    if (!saved) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput; // the role was checked at sign-in (exit 6 there)
    }
    if (c.json())
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"connected"_s, provider},
                                                             {u"url"_s, c.value(u"url"_s)},
                                                             {u"from"_s, c.value(u"from"_s)}})
                                           .toJson(QJsonDocument::Compact))
              << Qt::endl;
    else
        c.out << (sms ? Text::tr("Text messages go through Twilio from %1. The worker sends them (`chairside-cli "
                                 "worker`, or the window while it is open).")
                      : Text::tr("E-mails go through SendGrid from %1. The worker sends them (`chairside-cli "
                                 "worker`, or the window while it is open)."))
                         .arg(c.value(u"from"_s))
              << Qt::endl;
    return Done;
}

QString stepLine(const MessagingStep &step, const QTimeZone &zone)
{
    if (!step.atUtc.isValid())
        return Text::tr("not yet");
    return u"%1 (%2)"_s.arg(localformat::dateTime(step.atUtc.toTimeZone(zone)), step.result);
}

int messagingStatus(CommandLine &c)
{
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache = openSignedIn(c.dataDir, clock, c.user, std::nullopt, &session, c.err, &code);
    if (!cache)
        return code;
    PracticeServices services(cache->store(), clock);
    QString error;
    const std::optional<MessagingStatus> s = services.messaging().status(&error);
    const std::optional<QTimeZone> zone = services.booking().practiceZone(&error);
    if (!s || !zone) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    const MessagingSettings &m = s->settings;
    if (c.json()) {
        QJsonObject counts;
        for (auto it = s->counts.cbegin(); it != s->counts.cend(); ++it)
            counts.insert(messageStateName(it.key()), it.value());
        auto step = [](const MessagingStep &st) {
            return QJsonObject{{u"at"_s, st.atUtc.isValid() ? QJsonValue(st.atUtc.toString(Qt::ISODate)) : QJsonValue()},
                               {u"result"_s, st.result}};
        };
        c.out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"sms"_s, m.sms() ? QJsonValue(QJsonObject{{u"provider"_s, m.smsProvider},
                                                                                      {u"url"_s, m.smsUrl},
                                                                                      {u"from"_s, m.smsFrom}})
                                                             : QJsonValue()},
                                          {u"email"_s, m.email() ? QJsonValue(QJsonObject{{u"provider"_s, m.emailProvider},
                                                                                          {u"url"_s, m.emailUrl},
                                                                                          {u"from"_s, m.emailFrom}})
                                                                 : QJsonValue()},
                                          {u"quietHours"_s, m.quiet.text()},
                                          {u"messages"_s, counts},
                                          {u"lastSend"_s, step(s->lastSend)},
                                          {u"lastDeliveryCheck"_s, step(s->lastDelivery)},
                                          {u"lastReplyCheck"_s, step(s->lastReplies)},
                                          {u"openInbox"_s, s->openInbox}})
                        .toJson(QJsonDocument::Compact))
              << Qt::endl;
        return Done;
    }
    const QString region = phonenumber::regionOf(*zone);
    c.out << Text::tr("Text messages: %1")
                     .arg(m.sms() ? Text::tr("Twilio at %1, from %2").arg(m.smsUrl, phonenumber::display(m.smsFrom, region))
                                  : Text::tr("not connected"))
          << Qt::endl;
    c.out << Text::tr("E-mail: %1")
                     .arg(m.email() ? Text::tr("SendGrid at %1, from %2").arg(m.emailUrl, m.emailFrom)
                                    : Text::tr("not connected"))
          << Qt::endl;
    c.out << Text::tr("Quiet hours: %1")
                     .arg(m.quiet.off() ? Text::tr("none")
                                        : Text::tr("%1 to %2, no texts").arg(localformat::time(m.quiet.from),
                                                                             localformat::time(m.quiet.to)))
          << Qt::endl;
    QStringList counts;
    for (const MessageState state : {MessageState::Queued, MessageState::Sending, MessageState::Unclear,
                                     MessageState::Accepted, MessageState::Delivered, MessageState::Failed}) {
        if (const int n = s->counts.value(state))
            counts.append(u"%1 %2"_s.arg(n).arg(messageStateText(state)));
    }
    c.out << Text::tr("Messages: %1").arg(counts.isEmpty() ? Text::tr("none yet") : counts.join(u", "_s)) << Qt::endl;
    c.out << Text::tr("Last send: %1").arg(stepLine(s->lastSend, *zone)) << Qt::endl;
    c.out << Text::tr("Last delivery check: %1").arg(stepLine(s->lastDelivery, *zone)) << Qt::endl;
    c.out << Text::tr("Last reply check: %1").arg(stepLine(s->lastReplies, *zone)) << Qt::endl;
    c.out << Text::tr("Replies and unreached patients for staff: %n open", nullptr, s->openInbox) << Qt::endl;
    return Done;
}

int messagingQuietHours(CommandLine &c)
{
    const std::optional<QuietHours> quiet = QuietHours::parse(c.args.value(0));
    if (!quiet) {
        c.err << Text::tr("chairside-cli: give quiet hours as FROM-TO in 24-hour time, like 20:00-08:00, or off.")
              << Qt::endl;
        return BadInput;
    }
    SystemClock clock;
    UserSession session;
    int code = Done;
    std::unique_ptr<PracticeCache> cache =
            openSignedIn(c.dataDir, clock, c.user, Access::ManagePractice, &session, c.err, &code);
    if (!cache)
        return code;
    PracticeServices services(cache->store(), clock);
    QString error;
    if (!services.messaging().setQuietHours(*quiet, session, &error)) {
        c.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    c.out << (quiet->off() ? Text::tr("No quiet hours: texts may go at any hour.")
                           : Text::tr("No texts from %1 to %2; reminders that fall then wait for the morning, offers "
                                      "are left to staff.")
                                     .arg(localformat::time(quiet->from), localformat::time(quiet->to)))
          << Qt::endl;
    return Done;
}

void printReport(CommandLine &c, const sync::MessagingWorker::Report &r)
{
    if (c.json()) {
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"worked"_s, r.worked},
                                                             {u"queued"_s, r.queued},
                                                             {u"sent"_s, r.sent},
                                                             {u"refused"_s, r.refused},
                                                             {u"delivered"_s, r.delivered},
                                                             {u"undelivered"_s, r.undelivered},
                                                             {u"recovered"_s, r.recovered},
                                                             {u"resent"_s, r.resent},
                                                             {u"replies"_s, r.replies},
                                                             {u"waiting"_s, r.waiting},
                                                             {u"problems"_s, QJsonArray::fromStringList(r.problems)}})
                                           .toJson(QJsonDocument::Compact))
              << Qt::endl;
        return;
    }
    if (!r.worked) {
        c.out << Text::tr("Another worker sends this practice's messages now; this one waits.") << Qt::endl;
        return;
    }
    c.out << Text::tr("Sent %1, delivered %2, not delivered %3, replies read %4, waiting %5.")
                     .arg(r.sent)
                     .arg(r.delivered)
                     .arg(r.undelivered)
                     .arg(r.replies)
                     .arg(r.waiting)
          << Qt::endl;
    for (const QString &p : r.problems)
        c.err << p << Qt::endl;
}

int worker(CommandLine &c)
{
    bool ok = true;
    const int interval = c.has(u"interval"_s) ? c.value(u"interval"_s).toInt(&ok) : 30;
    if (!ok || interval < 1 || interval > 3600) {
        c.err << Text::tr("chairside-cli: --interval takes the seconds between passes, 1 to 3600.") << Qt::endl;
        return BadInput;
    }
    const int smsRate = c.has(u"sms-rate"_s) ? c.value(u"sms-rate"_s).toInt(&ok) : 60;
    if (!ok || smsRate < 1 || smsRate > 100000) {
        c.err << Text::tr("chairside-cli: --sms-rate takes the texts a minute the SMS account allows, e.g. 60.")
              << Qt::endl;
        return BadInput;
    }
    SystemClock clock;
    PracticeCache::Opened opened = PracticeCache::open(c.dataDir, PracticeCache::Mode::OpenExisting, clock);
    if (!opened.cache) {
        c.err << Text::tr("chairside-cli: cannot open the cache: ") << opened.error << Qt::endl;
        return CacheUnavailable;
    }
    // Unattended: it acts as the practice's messaging worker, with the computer's own key.
    UserSession session;
    session.userId = u"worker:messaging"_s;
    session.role = Role::System;
    PracticeServices services(opened.cache->store(), clock);
    sync::MessagingWorker w(services, opened.cache->cacheId(), session);
    w.setSmsPerMinute(smsRate);
    if (c.has(u"once"_s)) {
        const sync::MessagingWorker::Report r = w.runOnce();
        printReport(c, r);
        return Done;
    }
    std::signal(SIGTERM, stopWorker);
    std::signal(SIGINT, stopWorker);
    while (!g_stop) {
        const sync::MessagingWorker::Report r = w.runOnce();
        if (r.sent || r.replies || r.delivered || r.undelivered || !r.problems.isEmpty())
            printReport(c, r);
        for (int waited = 0; waited < interval * 4 && !g_stop; ++waited) {
            QEventLoop pause;
            QTimer::singleShot(250, &pause, &QEventLoop::quit);
            pause.exec();
        }
    }
    w.release();
    return Done;
}

} // namespace

void appendMessagingCommands(QList<Command> &t)
{
    auto opt = [](const QString &name, const QString &value, std::function<QString()> describe) {
        return Command::Option{name, value, std::move(describe)};
    };
    t.append({u"messaging connect"_s,
              [] {
                  return Text::tr("send texts through Twilio or e-mails through SendGrid: the secrets on stdin (Account "
                                  "SID and auth token on two lines; the SendGrid API key on one) go to the keychain");
              },
              u"messaging connect --data-dir DIR (--sms twilio | --email sendgrid) --url URL --from SENDER [--json]"_s,
              {opt(u"sms"_s, u"twilio"_s, [] { return Text::tr("the SMS provider"); }),
               opt(u"email"_s, u"sendgrid"_s, [] { return Text::tr("the e-mail provider"); }),
               opt(u"url"_s, u"URL"_s, [] { return Text::tr("the provider's API address"); }),
               opt(u"from"_s, u"SENDER"_s,
                   [] { return Text::tr("the number texts come from (+15125550100), or the e-mail sender"); })},
              0, true, {BadInput, CacheUnavailable, Denied, SignInFailed}, messagingConnect});
    t.append({u"messaging status"_s,
              [] { return Text::tr("what messaging is connected, what waits, and the worker's last send and checks"); },
              u"messaging status --data-dir DIR [--json]"_s, {}, 0, true, {CacheUnavailable, SignInFailed},
              messagingStatus});
    t.append({u"messaging quiet-hours"_s,
              [] { return Text::tr("set the hours no texts go out (20:00-08:00 by default), or off"); },
              u"messaging quiet-hours --data-dir DIR FROM-TO|off"_s, {}, 1, false,
              {BadInput, CacheUnavailable, Denied, SignInFailed}, messagingQuietHours});
    t.append({u"worker"_s,
              [] {
                  return Text::tr("send the messages that are due and read deliveries and replies, every 30 seconds "
                                  "until stopped; --once does one pass");
              },
              u"worker --data-dir DIR [--once] [--interval SECONDS] [--sms-rate N] [--json]"_s,
              {opt(u"once"_s, {}, [] { return Text::tr("one pass, then exit"); }),
               opt(u"sms-rate"_s, u"N"_s,
                   [] { return Text::tr("texts a minute the SMS account allows (60: one a second from one number)"); }),
               opt(u"interval"_s, u"SECONDS"_s, [] { return Text::tr("seconds between passes (30)"); })},
              0, true, {BadInput, CacheUnavailable}, worker});
}

} // namespace chairside::cli
