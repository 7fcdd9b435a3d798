// chairside-pms-sim: a practice-management system on loopback for trying sync.
//   chairside-pms-sim --flavor opendental --port 30222 --practice FILE [--rate N] [--dev-key K --customer-key C]
#include "opendentalsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"chairside-pms-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A practice-management system on loopback, for trying Chairside's sync."_s);
    parser.addHelpOption();
    const QCommandLineOption flavor(u"flavor"_s, u"opendental (dentrix and eaglesoft are not built yet)."_s, u"NAME"_s,
                                    u"opendental"_s);
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0 = any free one)."_s, u"N"_s, u"30222"_s);
    const QCommandLineOption practice(u"practice"_s, u"A chairside-practice/1 file to serve."_s, u"FILE"_s);
    const QCommandLineOption rate(u"rate"_s, u"Requests a minute before 429 (0 = no limit)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption devKey(u"dev-key"_s, u"Developer key expected."_s, u"K"_s, u"dev"_s);
    const QCommandLineOption customerKey(u"customer-key"_s, u"Customer key expected."_s, u"K"_s, u"customer"_s);
    parser.addOptions({flavor, port, practice, rate, devKey, customerKey});
    parser.process(app);
    QTextStream err(stderr);
    if (parser.value(flavor) != u"opendental") {
        err << "chairside-pms-sim: only --flavor opendental is built so far." << Qt::endl;
        return 2;
    }
    QFile file(parser.value(practice));
    if (parser.value(practice).isEmpty() || !file.open(QIODevice::ReadOnly)) {
        err << "chairside-pms-sim: give a readable practice file with --practice FILE." << Qt::endl;
        return 2;
    }
    chairside::pmssim::OpenDentalSimulator sim;
    QString error;
    if (!sim.loadPractice(file.readAll(), &error)) {
        err << "chairside-pms-sim: the practice file has problems: " << error << Qt::endl;
        return 2;
    }
    sim.setKeys(parser.value(devKey), parser.value(customerKey));
    sim.setRateLimit(parser.value(rate).toInt());
    if (sim.listen(quint16(parser.value(port).toUInt())) == 0) {
        err << "chairside-pms-sim: cannot listen on port " << parser.value(port) << "; pick another with --port."
            << Qt::endl;
        return 4;
    }
    QTextStream(stdout) << "Open Dental simulator at " << sim.baseUrl() << " (" << sim.appointments().size()
                        << " appointments)" << Qt::endl;
    return app.exec();
}
