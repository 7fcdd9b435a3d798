// Sync benchmark, per PMS flavour, against its simulator over real loopback HTTP. Prints:
//  - the time to pull N appointments (20,000 by default) into a new encrypted cache from a
//    simulator that does not throttle, the client's rate limit lifted too: linking the
//    chairs, providers, types and patients, paging through the appointments (each flavour's
//    page size) and writing them through the services;
//  - the throughput under a 600-a-minute limit on both sides, as a share of the limit.
//   chairside-bench-sync [--appointments N] [--seconds S] [--smoke]
#include "dentrixsimulator.h"
#include "eaglesoftsimulator.h"
#include "opendentalsimulator.h"
#include "syntheticpractice.h"

#include "domain/clock.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "sync/adapterfactory.h"
#include "sync/syncrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// The practice's visits start a week after the benchmark's fixed clock (2026-11-24).
const QDate kFirstDay(2026, 12, 1);

std::unique_ptr<pmssim::PmsSimulator> simulator(const QString &flavor)
{
    if (flavor == u"opendental")
        return std::make_unique<pmssim::OpenDentalSimulator>();
    if (flavor == u"dentrix")
        return std::make_unique<pmssim::DentrixSimulator>();
    return std::make_unique<pmssim::EaglesoftSimulator>();
}

sync::PmsCredentials credentials(const QString &flavor)
{
    if (flavor == u"opendental")
        return {u"dev"_s, u"customer"_s, {}};
    if (flavor == u"dentrix")
        return {u"client"_s, u"secret"_s, u"apikey"_s};
    return {u"frontdesk"_s, u"password"_s, {}};
}

template<typename Fn>
void waitFor(Fn done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// Seconds to pull `count` appointments into a new cache; -1 when the pull fell short.
double pull(const QString &flavor, int count)
{
    auto sim = simulator(flavor);
    QString error;
    if (!sim->loadPractice(pmssim::syntheticPractice(count, kFirstDay), &error) || sim->listen() == 0) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return -1;
    }
    sim->setPageSize(1000);
    QTemporaryDir dir;
    store::MemoryCacheKeyStore keys;
    auto cache = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing).cache;
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
    const UserSession session{u"sync:"_s + flavor, u"bench"_s, u"bench"_s};
    if (!cache || !PracticeImportService(*cache, clock).importDocument(pmssim::syntheticPractice(0, kFirstDay), session).ok())
        return -1;
    sync::PmsConnection c;
    c.system = flavor;
    c.url = QUrl(sim->baseUrl());
    c.office = QTimeZone("America/Chicago");
    c.perMinute = 100000000;
    c.burst = 1000;
    std::unique_ptr<sync::PmsAdapter> adapter = sync::makePmsAdapter(c, credentials(flavor), clock, &error);
    sync::SyncRun run(*adapter, *cache, clock, session);
    sync::SyncSummary summary;
    bool done = false;
    QElapsedTimer t;
    t.start();
    run.run([&](const sync::SyncSummary &s) {
        summary = s;
        done = true;
    });
    waitFor([&] { return done; });
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    QSqlQuery q(cache->database());
    const int stored = q.exec(u"SELECT count(*) FROM appointments"_s) && q.next() ? q.value(0).toInt() : -1;
    if (!summary.complete() || stored != count) {
        std::fprintf(stderr, "%s: pulled %d of %d\n", qPrintable(flavor), stored, count);
        return -1;
    }
    return seconds;
}

// Requests answered a minute, as a share of 600, over `seconds` of back-to-back calls.
double throughput(const QString &flavor, int seconds, int *throttled)
{
    auto sim = simulator(flavor);
    QString error;
    if (!sim->loadPractice(pmssim::syntheticPractice(10, kFirstDay), &error) || sim->listen() == 0)
        return -1;
    sim->setRateLimit(600, 60000);
    sync::PmsConnection c;
    c.system = flavor;
    c.url = QUrl(sim->baseUrl());
    c.office = QTimeZone("America/Chicago");
    c.perMinute = 600;
    c.burst = 10;
    std::unique_ptr<sync::PmsAdapter> adapter = sync::makePmsAdapter(c, credentials(flavor), systemClock(), &error);
    int answered = 0;
    bool stop = false;
    bool inFlight = false;
    QElapsedTimer t;
    t.start();
    std::function<void()> next = [&] {
        if (t.elapsed() >= qint64(seconds) * 1000) {
            stop = true;
            return;
        }
        inFlight = true;
        adapter->findAppointment(u"1"_s, [&](const PmsAppointment &, const sync::PmsError &e) {
            inFlight = false;
            if (e.ok())
                ++answered;
            next();
        });
    };
    next();
    waitFor([&] { return stop && !inFlight; });
    *throttled = 0;
    for (const auto &s : sim->served())
        *throttled += s.status == 429 ? 1 : 0;
    const double perMinute = answered * 60000.0 / double(std::max<qint64>(1, t.elapsed()));
    return perMinute / 600.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(u"chairside.*.debug=false\nchairside.*.info=false"_s);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"appointments"_s, u"Appointments to pull."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of each throughput run."_s, u"S"_s, u"60"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A few seconds' run for CI."_s);
    parser.addHelpOption();
    parser.addOptions({countOption, secondsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int count = smoke ? 500 : parser.value(countOption).toInt();
    const int seconds = smoke ? 2 : parser.value(secondsOption).toInt();
    int failures = 0;
    for (const QString &flavor : {u"opendental"_s, u"dentrix"_s, u"eaglesoft"_s}) {
        const double s = pull(flavor, count);
        if (s < 0)
            ++failures;
        std::printf("%-10s pull of %d appointments: %.2f s (target < 15 s for 20,000)\n", qPrintable(flavor), count, s);
        std::fflush(stdout);
    }
    for (const QString &flavor : {u"opendental"_s, u"dentrix"_s, u"eaglesoft"_s}) {
        int throttled = 0;
        const double share = throughput(flavor, seconds, &throttled);
        if (share <= 0)
            ++failures;
        std::printf("%-10s throughput under 600/min over %d s: %.1f%% of the limit, %d answered 429 (target >= 95%%)\n",
                    qPrintable(flavor), seconds, share * 100, throttled);
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}
