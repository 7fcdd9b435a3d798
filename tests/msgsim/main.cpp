// chairside-msg-sim: Twilio's SMS API and SendGrid's mail API on loopback, for trying reminders.
//   chairside-msg-sim [--port-sms N] [--port-email N] [--account-sid S] [--auth-token T] [--from E164]...
//                     [--api-key K] [--sender EMAIL]... [--rate N]
#include "fakesendgrid.h"
#include "faketwilio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace chairside::msgsim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chairside-msg-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Twilio's SMS API and SendGrid's v3 mail API on 127.0.0.1, for trying "
                                     "Chairside's reminders without sending anything."_s);
    parser.addHelpOption();
    const QCommandLineOption portSms(u"port-sms"_s, u"Port of the Twilio fake (0 = any free one)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption portEmail(u"port-email"_s, u"Port of the SendGrid fake (0 = any free one)."_s, u"N"_s,
                                       u"0"_s);
    const QCommandLineOption accountSid(u"account-sid"_s, u"Twilio Account SID."_s, u"S"_s,
                                        u"ACtest00000000000000000000000000"_s);
    const QCommandLineOption authToken(u"auth-token"_s, u"Twilio Auth Token."_s, u"T"_s, u"token"_s);
    const QCommandLineOption from(u"from"_s, u"A practice Twilio number (repeatable)."_s, u"E164"_s,
                                  u"+15125550100"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"SendGrid API key."_s, u"K"_s, u"SG.key"_s);
    const QCommandLineOption sender(u"sender"_s, u"A verified SendGrid sender (repeatable)."_s, u"EMAIL"_s,
                                    u"desk@practice.example"_s);
    const QCommandLineOption rate(u"rate"_s, u"Requests a minute each fake takes before 429 (0 = no limit)."_s,
                                  u"N"_s, u"0"_s);
    parser.addOptions({portSms, portEmail, accountSid, authToken, from, apiKey, sender, rate});
    parser.process(app);

    FakeTwilio sms(parser.value(accountSid), parser.value(authToken));
    for (const QString &number : parser.values(from))
        sms.addNumber(number);
    FakeSendGrid mail(parser.value(apiKey));
    for (const QString &email : parser.values(sender))
        mail.addSender(email);
    sms.setRateLimit(parser.value(rate).toInt());
    mail.setRateLimit(parser.value(rate).toInt());

    QTextStream err(stderr);
    if (sms.listen(quint16(parser.value(portSms).toUInt())) == 0
        || mail.listen(quint16(parser.value(portEmail).toUInt())) == 0) {
        err << "chairside-msg-sim: cannot listen on the ports asked for\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "twilio   " << sms.baseUrl() << "  (account " << parser.value(accountSid) << ")\n"
        << "sendgrid " << mail.baseUrl() << '\n'
        << "A patient's reply (simulator only, no auth):\n"
        << "  curl -d From=%2B15125550123 -d To=" << QUrl::toPercentEncoding(parser.values(from).value(0))
        << " -d Body=STOP " << sms.baseUrl() << "/sim/inbound\n";
    out.flush();
    return app.exec();
}
