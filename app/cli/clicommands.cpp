#include "clicommands.h"

#include "domain/clock.h"
#include "services/localsession.h"
#include "services/practiceimportservice.h"
#include "services/schedulereader.h"
#include "store/cache.h"
#include "store/cachekeystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace chairside::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chairside-cli", text);
}

const QString kUsage = u"Usage: chairside-cli <command> [options]\n\n"
                       "Commands:\n"
                       "  init   --data-dir DIR [--demo]          create an encrypted cache (with the demo practice)\n"
                       "  import --data-dir DIR FILE              load a chairside-practice/1 file, all or nothing\n"
                       "  day    --data-dir DIR --date YYYY-MM-DD [--json]   list one day's appointments\n\n"
                       "Without --data-dir, the platform's application data folder is used.\n"
                       "Exit codes: 0 done, 2 bad input, 3 booking refused, 4 cache cannot be opened, "
                       "5 sync incomplete.\n"_s;

QString localStamp(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm"_s);
}

struct Context
{
    QTextStream &out;
    QTextStream &err;
    QString dataDir;
    SystemClock clock;
    store::KeychainCacheKeyStore keys;
};

std::unique_ptr<store::Cache> openCache(Context &ctx, store::Cache::OpenMode mode)
{
    store::Cache::OpenResult opened = store::Cache::open(ctx.dataDir, ctx.keys, mode);
    if (!opened.cache)
        ctx.err << tr("chairside-cli: cannot open the cache: ") << opened.error.message << Qt::endl;
    return std::move(opened.cache);
}

int reportImport(Context &ctx, const PracticeImportService::Outcome &outcome)
{
    if (!outcome.issues.isEmpty()) {
        ctx.err << tr("chairside-cli: the practice file was not imported; nothing was changed. Fix these and try again:")
                << Qt::endl;
        for (const PracticeFileIssue &issue : outcome.issues)
            ctx.err << u"  "_s << issue.toString() << Qt::endl;
        return BadInput;
    }
    if (!outcome.storeError.isEmpty()) {
        ctx.err << u"chairside-cli: "_s << outcome.storeError << Qt::endl;
        return CacheUnavailable;
    }
    ctx.out << tr("Imported %1 chairs, %2 providers, %3 patients and %4 appointments.")
                       .arg(outcome.chairs)
                       .arg(outcome.providers)
                       .arg(outcome.patients)
                       .arg(outcome.appointments)
            << Qt::endl;
    return Done;
}

int init(Context &ctx, bool demo)
{
    const bool existed = !store::Cache::findCacheFile(ctx.dataDir).isEmpty();
    std::unique_ptr<store::Cache> cache = openCache(ctx, store::Cache::OpenMode::CreateIfMissing);
    if (!cache)
        return CacheUnavailable;
    ctx.out << (existed ? tr("Opened the existing cache %1") : tr("Created the encrypted cache %1"))
                       .arg(QDir::toNativeSeparators(cache->filePath()))
            << Qt::endl;
    if (!demo)
        return Done;
    PracticeImportService importer(*cache, ctx.clock);
    QString error;
    if (importer.hasPractice(&error)) {
        ctx.out << tr("The cache already holds a practice; the demo was not added.") << Qt::endl;
        return Done;
    }
    if (!error.isEmpty()) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    return reportImport(ctx, importer.importDemo(operatingSystemSession()));
}

int importFile(Context &ctx, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << tr("chairside-cli: cannot read %1 (%2); check the path.").arg(path, file.errorString()) << Qt::endl;
        return BadInput;
    }
    const QByteArray json = file.readAll();
    std::unique_ptr<store::Cache> cache = openCache(ctx, store::Cache::OpenMode::OpenExisting);
    if (!cache)
        return CacheUnavailable;
    PracticeImportService importer(*cache, ctx.clock);
    return reportImport(ctx, importer.importDocument(json, operatingSystemSession()));
}

int day(Context &ctx, const QString &dateText, bool json)
{
    const QDate date = QDate::fromString(dateText, u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        ctx.err << tr("chairside-cli: --date \"%1\" is not a date; use YYYY-MM-DD.").arg(dateText) << Qt::endl;
        return BadInput;
    }
    std::unique_ptr<store::Cache> cache = openCache(ctx, store::Cache::OpenMode::OpenExisting);
    if (!cache)
        return CacheUnavailable;
    ScheduleReader reader(*cache);
    QString error;
    if (!reader.load(&error)) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return BadInput;
    }
    const std::optional<DaySchedule> schedule = reader.day(date, &error);
    if (!schedule) {
        ctx.err << u"chairside-cli: "_s << error << Qt::endl;
        return CacheUnavailable;
    }
    const QTimeZone zone = schedule->practice.timeZone();
    if (json) {
        QJsonArray array;
        for (const store::ScheduledAppointment &s : schedule->appointments) {
            const Appointment &a = s.appointment;
            array.append(QJsonObject{{u"id"_s, a.id},
                                     {u"start"_s, localStamp(a.startUtc, zone)},
                                     {u"end"_s, localStamp(a.endUtc(), zone)},
                                     {u"minutes"_s, a.minutes},
                                     {u"patientId"_s, a.patientId},
                                     {u"patient"_s, s.patientName},
                                     {u"typeId"_s, a.typeId},
                                     {u"type"_s, s.typeName},
                                     {u"providerId"_s, a.providerId},
                                     {u"provider"_s, s.providerName},
                                     {u"chairId"_s, a.chairId},
                                     {u"chair"_s, s.chairName},
                                     {u"status"_s, appointmentStatusName(a.status)},
                                     {u"version"_s, a.version},
                                     {u"syncState"_s, syncStateName(a.syncState)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    ctx.out << schedule->practice.name << u" — "_s << date.toString(Qt::ISODate) << Qt::endl;
    if (schedule->appointments.isEmpty())
        ctx.out << tr("No appointments.") << Qt::endl;
    for (const store::ScheduledAppointment &s : schedule->appointments) {
        const Appointment &a = s.appointment;
        ctx.out << a.startUtc.toTimeZone(zone).toString(u"HH:mm"_s) << u'-' << a.endUtc().toTimeZone(zone).toString(u"HH:mm"_s)
                << u"  "_s << s.chairName.leftJustified(16) << s.providerName.leftJustified(20)
                << s.typeName.leftJustified(26) << appointmentStatusName(a.status).leftJustified(11) << s.patientName
                << Qt::endl;
    }
    return Done;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Chairside command line: set up and inspect a practice's encrypted cache."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version."));
    const QCommandLineOption dataDirOption(u"data-dir"_s, tr("The folder holding the cache."), u"DIR"_s);
    const QCommandLineOption demoOption(u"demo"_s, tr("init: fill the new cache with the demo practice."));
    const QCommandLineOption dateOption(u"date"_s, tr("day: the date to list."), u"YYYY-MM-DD"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("day: print JSON."));
    parser.addOptions({helpOption, versionOption, dataDirOption, demoOption, dateOption, jsonOption});
    parser.addPositionalArgument(u"command"_s, tr("init, import or day"));

    if (!parser.parse(arguments)) {
        err << u"chairside-cli: "_s << parser.errorText() << Qt::endl << kUsage;
        return BadInput;
    }
    if (parser.isSet(versionOption)) {
        out << u"chairside-cli "_s << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        (positional.isEmpty() && !parser.isSet(helpOption) ? err : out) << kUsage;
        return parser.isSet(helpOption) ? Done : BadInput;
    }

    Context ctx{out, err, {}, {}, {}};
    ctx.dataDir = parser.isSet(dataDirOption)
            ? parser.value(dataDirOption)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString command = positional.constFirst();
    auto expectArgs = [&](qsizetype n) {
        if (positional.size() == n)
            return true;
        err << tr("chairside-cli: %1 takes %2 argument(s); see --help.").arg(command).arg(n - 1) << Qt::endl;
        return false;
    };
    if (command == u"init")
        return expectArgs(1) ? init(ctx, parser.isSet(demoOption)) : BadInput;
    if (command == u"import")
        return expectArgs(2) ? importFile(ctx, positional.at(1)) : BadInput;
    if (command == u"day") {
        if (!expectArgs(1))
            return BadInput;
        if (!parser.isSet(dateOption)) {
            err << tr("chairside-cli: day needs --date YYYY-MM-DD.") << Qt::endl;
            return BadInput;
        }
        return day(ctx, parser.value(dateOption), parser.isSet(jsonOption));
    }
    err << tr("chairside-cli: \"%1\" is not a command.").arg(command) << Qt::endl << kUsage;
    return BadInput;
}

} // namespace chairside::cli
