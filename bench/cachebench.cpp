// Cache benchmark: builds a cache of many appointments (20 chairs over ten years), then
// prints the insert rate, the median time to read one day for all chairs, and the same read
// on an unencrypted file to give the encryption overhead.
//   chairside-bench-cache [--appointments N] [--smoke] [--dir DIR]
#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/migrations.h"
#include "store/practicerepository.h"
#include "store/sqlcipherdriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

constexpr int kChairs = 20;
const QDate kFirstDay(2017, 1, 2);
constexpr int kDays = 3650;

QByteArray practiceDocument()
{
    QJsonArray chairs, providers, patients;
    for (int i = 0; i < kChairs; ++i) {
        chairs.append(QJsonObject{{u"id"_s, u"c%1"_s.arg(i)}, {u"name"_s, u"Chair %1"_s.arg(i)}});
        providers.append(QJsonObject{{u"id"_s, u"p%1"_s.arg(i)}, {u"name"_s, u"Provider %1"_s.arg(i)},
                                     {u"role"_s, u"dentist"_s}, {u"maxDailyPatients"_s, 16},
                                     {u"hours"_s, QJsonArray{QJsonObject{{u"days"_s, QJsonArray{u"mon"_s, u"tue"_s}},
                                                                         {u"start"_s, u"08:00"_s}, {u"end"_s, u"17:00"_s}}}}});
    }
    for (int i = 0; i < 5000; ++i)
        patients.append(QJsonObject{{u"id"_s, u"pt%1"_s.arg(i)}, {u"name"_s, u"Patient Number %1"_s.arg(i)},
                                    {u"phone"_s, u"555-%1"_s.arg(i)}});
    QJsonObject doc{{u"format"_s, u"chairside-practice/1"_s},
                    {u"practice"_s, QJsonObject{{u"name"_s, u"Bench"_s}, {u"timeZone"_s, u"America/Chicago"_s},
                                                {u"gridMinutes"_s, 10}}},
                    {u"chairs"_s, chairs},
                    {u"providers"_s, providers},
                    {u"appointmentTypes"_s, QJsonArray{QJsonObject{{u"id"_s, u"t"_s}, {u"name"_s, u"Visit"_s},
                                                                    {u"minutes"_s, 30}}}},
                    {u"patients"_s, patients}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

// Inserts n appointments spread evenly over the ten years; returns appointments per second.
double fill(QSqlDatabase &db, qint64 n)
{
    store::AppointmentRepository repo(db);
    const QTimeZone zone("America/Chicago");
    const qint64 perDay = std::max<qint64>(1, n / kDays);
    QRandomGenerator rng(42);
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    for (qint64 i = 0; i < n; ++i) {
        const int day = int(i / perDay) % kDays;
        const int slot = int(i % perDay);
        Appointment a;
        a.id = u"a%1"_s.arg(i);
        a.patientId = u"pt%1"_s.arg(rng.bounded(5000));
        a.typeId = u"t"_s;
        a.chairId = u"c%1"_s.arg(slot % kChairs);
        a.providerId = u"p%1"_s.arg(slot % kChairs);
        a.startUtc = QDateTime(kFirstDay.addDays(day), QTime(7, 0).addSecs(60 * 30 * (slot / kChairs)), zone).toUTC();
        a.minutes = 30;
        a.status = AppointmentStatus::Scheduled;
        QSqlError error;
        if (!repo.insert(a, 0, &error)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(error.text()));
            return 0;
        }
        if (i % 20000 == 19999) {
            db.commit();
            db.transaction();
        }
    }
    db.commit();
    return double(n) / (double(timer.nsecsElapsed()) / 1e9);
}

// Median and 95th percentile of reading one random day for all chairs, in milliseconds.
std::pair<double, double> dayRead(QSqlDatabase &db, int samples)
{
    store::AppointmentRepository repo(db);
    const QTimeZone zone("America/Chicago");
    QRandomGenerator rng(7);
    QList<double> ms;
    qsizetype rows = 0;
    for (int i = 0; i < samples; ++i) {
        const QDate day = kFirstDay.addDays(rng.bounded(kDays));
        QElapsedTimer t;
        t.start();
        rows += repo.day(day, zone).size();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    if (rows == 0)
        std::fprintf(stderr, "warning: day reads returned no rows\n");
    return {ms.at(ms.size() / 2), ms.at(ms.size() * 95 / 100)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"appointments"_s, u"How many appointments."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A few seconds' run (20,000 appointments) for CI."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where to build the caches (default: a temporary folder)."_s, u"DIR"_s);
    parser.addOptions({countOption, smokeOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const qint64 n = parser.isSet(smokeOption) ? 20000 : parser.value(countOption).toLongLong();
    const int samples = parser.isSet(smokeOption) ? 50 : 400;
    QTemporaryDir tmp;
    const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
    const UserSession session{u"bench"_s, u"bench"_s, u"bench"_s};

    // Encrypted: the product's own open path, with the key held in memory for the run.
    store::MemoryCacheKeyStore keys;
    auto opened = store::Cache::open(base + u"/encrypted"_s, keys, store::Cache::OpenMode::CreateIfMissing);
    if (!opened.cache) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 1;
    }
    if (!PracticeImportService(*opened.cache, clock).importDocument(practiceDocument(), session).ok())
        return 1;
    const double encryptedRate = fill(opened.cache->database(), n);
    const auto [encMedian, encP95] = dayRead(opened.cache->database(), samples);

    // Plaintext: the same driver, schema, pragmas and data without a key.
    store::registerSqlCipherDriver();
    double plainMedian = 0, plainP95 = 0, plainRate = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"plain"_s);
        db.setDatabaseName(base + u"/plain.db"_s);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        for (const QString &pragma : {u"PRAGMA page_size = 4096"_s, u"PRAGMA journal_mode = WAL"_s,
                                      u"PRAGMA synchronous = FULL"_s, u"PRAGMA cache_size = -16384"_s})
            q.exec(pragma);
        QString error;
        if (!store::Migrator(store::cacheMigrations()).migrate(db, QDateTime::currentDateTimeUtc(), &error))
            return 1;
        store::PracticeRepository src(opened.cache->database());
        PracticeData data;
        data.practice = src.practice();
        data.chairs = src.chairs();
        data.providers = src.providers();
        data.appointmentTypes = src.appointmentTypes();
        data.patients = src.patients();
        db.transaction();
        QSqlError sqlError;
        if (!store::PracticeRepository(db).write(data, 0, &sqlError))
            return 1;
        db.commit();
        plainRate = fill(db, n);
        std::tie(plainMedian, plainP95) = dayRead(db, samples);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plain"_s);

    std::printf("appointments: %lld over %d chairs and %d days\n", static_cast<long long>(n), kChairs, kDays);
    std::printf("insert rate (encrypted): %.0f appointments/s\n", encryptedRate);
    std::printf("insert rate (plaintext): %.0f appointments/s\n", plainRate);
    std::printf("day read, all chairs (encrypted): median %.3f ms, p95 %.3f ms  [target median < 5 ms]\n", encMedian, encP95);
    std::printf("day read, all chairs (plaintext): median %.3f ms, p95 %.3f ms\n", plainMedian, plainP95);
    std::printf("encryption overhead (median day read): %.2fx  [target < 1.5x]\n", encMedian / plainMedian);
    return 0;
}
