#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "services/localsession.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/schedulepage.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/mainwindow.h"
#include "ui/providerdaywindow.h"
#include "ui/scheduleview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Reports once, after the schedule's first paint, how long the process took to get there;
// the startup benchmark reads it.
class FirstPaintReport final : public QObject
{
public:
    FirstPaintReport(const QElapsedTimer &sinceStart, bool quit) : m_sinceStart(sinceStart), m_quit(quit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_quit) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                QTextStream(stdout) << "first-paint-ms " << m_sinceStart.nsecsElapsed() / 1e6 << Qt::endl;
                if (m_quit)
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    bool m_quit;
    bool m_done = false;
};

int fail(const QString &title, const QString &message, int code)
{
    QMessageBox::critical(nullptr, title, message);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Chairside"_s);
    QApplication::setApplicationName(u"chairside"_s);
    QApplication::setApplicationDisplayName(u"Chairside"_s);
    QApplication::setApplicationVersion(QStringLiteral(CHAIRSIDE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Chairside: the front-desk schedule."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(u"demo"_s, QApplication::translate("main", "Open the built-in demo practice."));
    const QCommandLineOption dataDirOption(u"data-dir"_s, QApplication::translate("main", "The folder holding the cache."),
                                           u"DIR"_s);
    const QCommandLineOption providerOption(
            u"provider"_s, QApplication::translate("main", "Open the dentist's day for one provider (by id)."), u"ID"_s);
    const QCommandLineOption firstPaintOption(
            u"report-first-paint"_s,
            QApplication::translate("main", "Print the time from start to the first painted schedule, then quit."));
    parser.addOptions({demoOption, dataDirOption, providerOption, firstPaintOption});
    parser.process(app);

    chairside::SystemClock clock;
    const bool demo = parser.isSet(demoOption);
    QString dataDir = parser.value(dataDirOption);
    if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        // The demo is generated around the day it is made, so each day gets its own.
        if (demo)
            dataDir += u"/demo/"_s + clock.nowUtc().toLocalTime().date().toString(Qt::ISODate);
    }

    chairside::store::KeychainCacheKeyStore keys;
    auto opened = chairside::store::Cache::open(dataDir, keys,
                                                demo ? chairside::store::Cache::OpenMode::CreateIfMissing
                                                     : chairside::store::Cache::OpenMode::OpenExisting);
    if (!opened.cache)
        return fail(QApplication::translate("main", "Cannot open the schedule"), opened.error.message, 4);

    if (demo) {
        chairside::PracticeImportService importer(*opened.cache, clock);
        QString error;
        if (!importer.hasPractice(&error)) {
            if (!error.isEmpty())
                return fail(QApplication::translate("main", "Cannot open the schedule"), error, 4);
            const auto outcome = importer.importDemo(chairside::operatingSystemSession());
            if (!outcome.ok())
                return fail(QApplication::translate("main", "Cannot create the demo practice"),
                            outcome.storeError.isEmpty() ? outcome.issues.constFirst().toString() : outcome.storeError, 4);
        }
    }

    chairside::BookingService booking(*opened.cache, clock);
    chairside::FrontDesk desk(*opened.cache, clock);
    QString error;
    if (!booking.practiceZone(&error))
        return fail(QApplication::translate("main", "Cannot open the schedule"), error, 2);

    FirstPaintReport report(sinceStart, parser.isSet(firstPaintOption));
    std::unique_ptr<chairside::MainWindow> window;
    std::unique_ptr<chairside::ProviderDayWindow> providerDay;
    if (parser.isSet(providerOption)) {
        const QString providerId = parser.value(providerOption);
        const std::optional<chairside::SchedulePage> page = booking.page(QDate::currentDate(), 1, &error);
        QStringList known;
        for (const chairside::Provider &p : page ? page->providers : QList<chairside::Provider>())
            known.append(p.id);
        if (!known.contains(providerId))
            return fail(QApplication::translate("main", "Unknown provider"),
                        QApplication::translate("main", "There is no provider \"%1\" in this practice. Use one of: %2.")
                                .arg(providerId, known.join(u", "_s)),
                        2);
        providerDay = std::make_unique<chairside::ProviderDayWindow>(booking, desk, clock, providerId);
        providerDay->setAttribute(Qt::WA_DeleteOnClose, false);
        providerDay->view()->viewport()->installEventFilter(&report);
        providerDay->show();
    } else {
        window = std::make_unique<chairside::MainWindow>(booking, desk, clock, chairside::operatingSystemSession());
        window->view()->viewport()->installEventFilter(&report);
        window->show();
    }
    return app.exec();
}
