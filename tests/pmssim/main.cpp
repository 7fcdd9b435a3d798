// chairside-pms-sim: a practice-management system on loopback for trying sync.
//   chairside-pms-sim --flavor opendental|dentrix|eaglesoft|nexhealth --port N (--practice FILE | --synthetic N)
//                     [--rate N] [--error-rate R] [--unavailable N] [--malformed] [--drop-every N] [--hang-every N]
//                     [--delay-ms MS]
#include "dentrixsimulator.h"
#include "eaglesoftsimulator.h"
#include "faultylink.h"
#include "nexhealthsimulator.h"
#include "opendentalsimulator.h"
#include "syntheticpractice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QTextStream>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chairside-pms-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"A practice-management system on loopback, for trying Chairside's sync.\n"
            "Credentials it expects: opendental keys dev/customer; dentrix client id \"client\", secret \"secret\", "
            "API key \"apikey\"; eaglesoft user \"frontdesk\", password \"password\"; nexhealth API key \"nexkey\", "
            "subdomain \"sim-dental\", location 101 (change them with the options)."_s);
    parser.addHelpOption();
    const QCommandLineOption flavor(u"flavor"_s, u"opendental, dentrix, eaglesoft or nexhealth."_s, u"NAME"_s,
                                    u"opendental"_s);
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 = any free one)."_s, u"N"_s, u"30222"_s);
    const QCommandLineOption practice(u"practice"_s, u"A chairside-practice/1 file to serve."_s, u"FILE"_s);
    const QCommandLineOption synthetic(u"synthetic"_s,
                                       u"Serve a generated practice instead: four chairs, a dentist, 40 patients and N "
                                       "exams from today on."_s,
                                       u"N"_s);
    const QCommandLineOption rate(u"rate"_s, u"Requests a minute before 429 (0 = no limit)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption identity(u"identity"_s,
                                      u"Open Dental developer key, Dentrix client id, Eaglesoft user name or "
                                      "NexHealth subdomain."_s,
                                      u"S"_s);
    const QCommandLineOption secret(u"secret"_s, u"Open Dental customer key, Dentrix client secret or Eaglesoft "
                                                 "password."_s,
                                    u"S"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Dentrix X-API-Key or NexHealth API key."_s, u"S"_s, u"apikey"_s);
    const QCommandLineOption errorRate(u"error-rate"_s, u"Share of requests answered with a server error (0-1)."_s,
                                       u"R"_s, u"0"_s);
    const QCommandLineOption dropEvery(u"drop-every"_s,
                                       u"Drop the connection of every N-th request after the server acted."_s, u"N"_s,
                                       u"0"_s);
    const QCommandLineOption hangEvery(u"hang-every"_s, u"Never answer every N-th request."_s, u"N"_s, u"0"_s);
    const QCommandLineOption delay(u"delay-ms"_s, u"Hold every reply back this long."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption burst(u"unavailable"_s, u"Answer the first N requests 503 (a burst of server trouble)."_s,
                                   u"N"_s, u"0"_s);
    const QCommandLineOption malformed(u"malformed"_s, u"Cut every reply short (malformed bodies)."_s);
    parser.addOptions(
            {flavor, port, practice, synthetic, rate, identity, secret, apiKey, errorRate, dropEvery, hangEvery, delay,
             burst, malformed});
    parser.process(app);
    QTextStream err(stderr);
    const QString name = parser.value(flavor);
    std::unique_ptr<chairside::pmssim::PmsSimulator> sim;
    chairside::pmssim::NexHealthSimulator *nexHealth = nullptr;
    if (name == u"opendental") {
        auto od = std::make_unique<chairside::pmssim::OpenDentalSimulator>();
        od->setKeys(parser.value(identity).isEmpty() ? u"dev"_s : parser.value(identity),
                    parser.value(secret).isEmpty() ? u"customer"_s : parser.value(secret));
        sim = std::move(od);
    } else if (name == u"dentrix") {
        auto dx = std::make_unique<chairside::pmssim::DentrixSimulator>();
        dx->setCredentials(parser.value(identity).isEmpty() ? u"client"_s : parser.value(identity),
                           parser.value(secret).isEmpty() ? u"secret"_s : parser.value(secret), parser.value(apiKey));
        sim = std::move(dx);
    } else if (name == u"eaglesoft") {
        auto es = std::make_unique<chairside::pmssim::EaglesoftSimulator>();
        es->setCredentials(parser.value(identity).isEmpty() ? u"frontdesk"_s : parser.value(identity),
                           parser.value(secret).isEmpty() ? u"password"_s : parser.value(secret));
        sim = std::move(es);
    } else if (name == u"nexhealth") {
        auto nh = std::make_unique<chairside::pmssim::NexHealthSimulator>();
        nh->setCredentials(parser.isSet(apiKey) ? parser.value(apiKey) : u"nexkey"_s,
                           parser.value(identity).isEmpty() ? u"sim-dental"_s : parser.value(identity), 101);
        nexHealth = nh.get();
        sim = std::move(nh);
    } else {
        err << "chairside-pms-sim: --flavor must be opendental, dentrix, eaglesoft or nexhealth." << Qt::endl;
        return 2;
    }
    QByteArray practiceJson;
    if (parser.isSet(synthetic)) {
        bool ok = false;
        const int count = parser.value(synthetic).toInt(&ok);
        if (!ok || count < 0 || count > 1000000) {
            err << "chairside-pms-sim: --synthetic takes a number of appointments (0 to 1,000,000)." << Qt::endl;
            return 2;
        }
        // Around the office's today, as the demo is.
        const QDate officeToday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Chicago")).date();
        practiceJson = chairside::pmssim::syntheticPractice(count, officeToday);
    } else {
        QFile file(parser.value(practice));
        if (parser.value(practice).isEmpty() || !file.open(QIODevice::ReadOnly)) {
            err << "chairside-pms-sim: give a readable practice file with --practice FILE, or --synthetic N." << Qt::endl;
            return 2;
        }
        practiceJson = file.readAll();
    }
    QString error;
    // NexHealth's load also keeps the practice's name, which its location answers with.
    if (!(nexHealth ? nexHealth->loadPractice(practiceJson, &error) : sim->loadPractice(practiceJson, &error))) {
        err << "chairside-pms-sim: the practice file has problems: " << error << Qt::endl;
        return 2;
    }
    sim->setRateLimit(parser.value(rate).toInt());
    chairside::pmssim::PmsSimulator::Faults faults;
    faults.errorRate = parser.value(errorRate).toDouble();
    faults.unavailable = parser.value(burst).toInt();
    faults.malformed = parser.isSet(malformed);
    sim->setFaults(faults);
    const int drop = parser.value(dropEvery).toInt();
    const int hang = parser.value(hangEvery).toInt();
    const int delayMs = parser.value(delay).toInt();
    const bool relay = drop > 0 || hang > 0 || delayMs > 0;
    // With network faults asked for, the server listens on a free port behind a relay that
    // takes the asked port.
    if (sim->listen(relay ? 0 : quint16(parser.value(port).toUInt())) == 0) {
        err << "chairside-pms-sim: cannot listen on port " << parser.value(port) << "; pick another with --port."
            << Qt::endl;
        return 4;
    }
    std::unique_ptr<chairside::pmssim::FaultyLink> link;
    QString url = sim->baseUrl();
    if (relay) {
        link = std::make_unique<chairside::pmssim::FaultyLink>(sim->port());
        chairside::pmssim::FaultyLink::Plan plan;
        plan.every = std::max({drop, hang, 1});
        plan.dropAfterServer = drop > 0 ? 1000000 : 0;
        plan.hang = hang > 0 && drop == 0 ? 1000000 : 0;
        plan.delayMs = delayMs;
        link->setPlan(plan);
        const quint16 linkPort = link->listen(quint16(parser.value(port).toUInt()));
        if (linkPort == 0) {
            err << "chairside-pms-sim: cannot listen on port " << parser.value(port) << Qt::endl;
            return 4;
        }
        QUrl relayed(url);
        relayed.setPort(linkPort);
        url = relayed.toString();
    }
    QTextStream(stdout) << sim->flavor() << " simulator at " << url << " (" << sim->appointments().size()
                        << " appointments)" << Qt::endl;
    return app.exec();
}
