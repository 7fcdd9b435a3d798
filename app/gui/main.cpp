#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "services/localsession.h"
#include "services/schedulereader.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &title, const QString &message, int code)
{
    QMessageBox::critical(nullptr, title, message);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
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
    parser.addOptions({demoOption, dataDirOption});
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

    chairside::ScheduleReader reader(*opened.cache);
    QString error;
    if (!reader.load(&error))
        return fail(QApplication::translate("main", "Cannot open the schedule"), error, 2);

    chairside::MainWindow window(reader, clock);
    window.show();
    return app.exec();
}
