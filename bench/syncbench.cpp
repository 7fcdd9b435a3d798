// Sync benchmark, per PMS flavour, against its simulator over real loopback HTTP. Prints:
//  - the time to pull N appointments (20,000 by default) into a new encrypted cache from a
//    simulator that does not throttle, the client's rate limit lifted too: linking the
//    chairs, providers, types and patients, paging through the appointments (each flavour's
//    page size) and writing them through the services;
//  - then an idle sync of that cache (nothing changed anywhere): the requests it made and
//    its time, with as many patients as appointments at the PMS;
//  - a first sync under a 60-a-minute limit on both sides (100 rows a page, as Open Dental's
//    remote API serves them): its requests and wall time against the ideal, requests / rate;
//  - desk to desk: two desks of one practice (own caches, background sync running) on one
//    Open Dental simulator; how long a booking made at one takes to show at the other, with
//    the desk hints and without them (polling at the remote API's interval, 16 s);
//  - through NexHealth: a first sync of 1,200 appointments at its 1,000 a minute, its
//    requests and time, then the requests of an idle sync and of one after a visit moved;
//  - the throughput under a 600-a-minute limit on both sides, as a share of the limit.
//   chairside-bench-sync [--appointments N] [--first-sync N] [--seconds S] [--smoke]
#include "dentrixsimulator.h"
#include "eaglesoftsimulator.h"
#include "nexhealthsimulator.h"
#include "opendentalsimulator.h"
#include "syntheticpractice.h"

#include "domain/clock.h"
#include "services/bookingservice.h"
#include "services/practiceimportservice.h"
#include "services/practiceservices.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/pmslinkrepository.h"
#include "sync/adapterfactory.h"
#include "sync/backgroundsync.h"
#include "sync/deskhints.h"
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
    if (flavor == u"nexhealth")
        return std::make_unique<pmssim::NexHealthSimulator>();
    return std::make_unique<pmssim::EaglesoftSimulator>();
}

sync::PmsCredentials credentials(const QString &flavor)
{
    if (flavor == u"opendental")
        return {u"dev"_s, u"customer"_s, {}};
    if (flavor == u"dentrix")
        return {u"client"_s, u"secret"_s, u"apikey"_s};
    if (flavor == u"nexhealth")
        return {{}, {}, u"nexkey"_s};
    return {u"frontdesk"_s, u"password"_s, {}};
}

template<typename Fn>
void waitFor(Fn done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// One desk for a benchmark: a new encrypted cache with the practice's settings, connected to
// `sim` through `connection` (its system, address and zone filled in here), and one sync run.
struct BenchDesk
{
    QTemporaryDir dir;
    store::MemoryCacheKeyStore keys;
    std::unique_ptr<store::Cache> cache;
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    UserSession session;
    std::unique_ptr<sync::PmsAdapter> adapter;

    bool open(const QString &flavor, const pmssim::PmsSimulator &sim, sync::PmsConnection connection)
    {
        session = {u"sync:"_s + flavor, u"bench"_s, u"bench"_s};
        cache = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing).cache;
        if (!cache
            || !PracticeImportService(*cache, clock).importDocument(pmssim::syntheticPractice(0, kFirstDay), session).ok())
            return false;
        connection.system = flavor;
        connection.url = QUrl(sim.baseUrl());
        connection.office = QTimeZone("America/Chicago");
        connection.subdomain = u"sim-dental"_s; // NexHealth's simulator's practice
        connection.locationId = u"101"_s;
        QString error;
        adapter = sync::makePmsAdapter(connection, credentials(flavor), clock, &error);
        return adapter != nullptr;
    }

    // One sync, waited for; its summary, and its time in seconds in *seconds.
    sync::SyncSummary runOnce(double *seconds)
    {
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
        *seconds = double(t.nsecsElapsed()) / 1e9;
        return summary;
    }
};

struct IdleSync
{
    qint64 requests = -1;
    double ms = -1;
};

// Seconds to pull `count` appointments (and as many patients) into a new cache; -1 when the
// pull fell short. `idle`: what a sync right after it costs.
double pull(const QString &flavor, int count, IdleSync *idle)
{
    auto sim = simulator(flavor);
    QString error;
    if (!sim->loadPractice(pmssim::syntheticPractice(count, kFirstDay, count), &error) || sim->listen() == 0) {
        std::fprintf(stderr, "simulator: %s\n", qPrintable(error));
        return -1;
    }
    sim->setPageSize(1000);
    BenchDesk desk;
    sync::PmsConnection c;
    c.perMinute = 100000000;
    c.burst = 1000;
    if (!desk.open(flavor, *sim, c))
        return -1;
    double seconds = 0;
    sync::SyncSummary summary = desk.runOnce(&seconds);
    QSqlQuery q(desk.cache->database());
    const int stored = q.exec(u"SELECT count(*) FROM appointments"_s) && q.next() ? q.value(0).toInt() : -1;
    if (!summary.complete() || stored != count) {
        std::fprintf(stderr, "%s: pulled %d of %d\n", qPrintable(flavor), stored, count);
        return -1;
    }
    // A minute later, nothing changed anywhere.
    desk.clock.advanceSeconds(60);
    const qint64 before = sim->requests();
    double idleSeconds = 0;
    summary = desk.runOnce(&idleSeconds);
    idle->ms = idleSeconds * 1000;
    idle->requests = summary.complete() ? sim->requests() - before : -1;
    return seconds;
}

struct FirstSync
{
    qint64 requests = 0;
    double seconds = -1;
    int throttled = 0;
};

// A first sync of a practice with `count` appointments and as many patients, both sides held
// to 60 requests a minute, 100 rows a page.
FirstSync firstSyncUnderLimit(const QString &flavor, int count)
{
    FirstSync out;
    auto sim = simulator(flavor);
    QString error;
    if (!sim->loadPractice(pmssim::syntheticPractice(count, kFirstDay, count), &error) || sim->listen() == 0)
        return out;
    sim->setPageSize(100);
    sim->setRateLimit(60, 60000);
    BenchDesk desk;
    sync::PmsConnection c;
    c.perMinute = 60;
    c.pageSize = 100;
    if (!desk.open(flavor, *sim, c))
        return out;
    double seconds = 0;
    const sync::SyncSummary summary = desk.runOnce(&seconds);
    if (!summary.complete())
        return out;
    out.seconds = seconds;
    out.requests = sim->requests();
    for (const auto &s : sim->served())
        out.throttled += s.status == 429 ? 1 : 0;
    return out;
}

struct NexHealthFigures
{
    qint64 firstRequests = -1;
    double firstSeconds = -1;
    qint64 idleRequests = -1;
    qint64 changedRequests = -1;
};

// Through NexHealth: a first sync of `count` appointments at NexHealth's 1,000 a minute
// (1,000 rows a page, its maximum), then an idle sync and one after a visit moved.
NexHealthFigures nexHealth(int count)
{
    NexHealthFigures out;
    pmssim::NexHealthSimulator sim;
    QString error;
    if (!sim.loadPractice(pmssim::syntheticPractice(count, kFirstDay), &error) || sim.listen() == 0)
        return out;
    sim.setPageSize(1000);
    sim.setRateLimit(1000, 60000);
    BenchDesk desk;
    sync::PmsConnection c;
    if (!desk.open(u"nexhealth"_s, sim, c))
        return out;
    double seconds = 0;
    if (!desk.runOnce(&seconds).complete())
        return out;
    out.firstSeconds = seconds;
    out.firstRequests = sim.requests();
    desk.clock.advanceSeconds(60);
    qint64 before = sim.requests();
    if (desk.runOnce(&seconds).complete())
        out.idleRequests = sim.requests() - before;
    const auto moved = sim.appointments().at(count / 2);
    sim.changeOnServer(moved.aptNum, moved.start.addSecs(3600));
    desk.clock.advanceSeconds(60);
    before = sim.requests();
    const sync::SyncSummary changed = desk.runOnce(&seconds);
    if (changed.complete() && changed.pull.applied.updated == 1)
        out.changedRequests = sim.requests() - before;
    return out;
}

// Milliseconds from a booking at one desk to its showing at another (-1: not within 60 s),
// both polling every `pollMs`, with or without desk hints.
double deskToDesk(bool hints, int pollMs)
{
    pmssim::OpenDentalSimulator sim;
    QString error;
    if (!sim.loadPractice(pmssim::syntheticPractice(40, kFirstDay), &error) || sim.listen() == 0)
        return -1;
    FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC));
    struct Desk
    {
        QTemporaryDir dir;
        store::MemoryCacheKeyStore keys;
        std::unique_ptr<store::Cache> cache;
        std::unique_ptr<PracticeServices> services;
        std::unique_ptr<sync::BackgroundSync> sync;
        std::unique_ptr<sync::DeskHints> hints;
        int appointments()
        {
            QSqlQuery q(cache->database());
            return q.exec(u"SELECT count(*) FROM appointments"_s) && q.next() ? q.value(0).toInt() : -1;
        }
    };
    Desk desks[2];
    const UserSession session{u"sync:opendental"_s, u"bench"_s, u"bench"_s};
    for (Desk &d : desks) {
        d.cache = store::Cache::open(d.dir.path(), d.keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QSqlError linkError;
        if (!d.cache
            || !PracticeImportService(*d.cache, clock).importDocument(pmssim::syntheticPractice(0, kFirstDay), session).ok()
            || !store::PmsLinkRepository(d.cache->database()).setConnection(u"opendental"_s, sim.baseUrl(), &linkError))
            return -1;
        sync::PmsConnection c;
        c.system = u"opendental"_s;
        c.url = QUrl(sim.baseUrl());
        c.office = QTimeZone("America/Chicago");
        d.services = std::make_unique<PracticeServices>(*d.cache, clock);
        d.sync = std::make_unique<sync::BackgroundSync>(
                sync::makePmsAdapter(c, credentials(u"opendental"_s), clock, &error), *d.services, session);
        d.sync->setInterval(pollMs);
        if (hints) {
            d.hints = std::make_unique<sync::DeskHints>(u"opendental"_s, "customer", sync::DeskHints::Settings{0, {}},
                                                       [] { return QDateTime::currentSecsSinceEpoch(); });
            if (!d.hints->listen(&error))
                return -1;
            d.sync->setHints(d.hints.get());
        }
    }
    if (hints) {
        desks[0].hints->setPeers({{QHostAddress::LocalHost, desks[1].hints->port()}});
        desks[1].hints->setPeers({{QHostAddress::LocalHost, desks[0].hints->port()}});
    }
    for (Desk &d : desks)
        d.sync->start();
    QElapsedTimer ready;
    ready.start();
    waitFor([&] { return (desks[0].appointments() == 40 && desks[1].appointments() == 40) || ready.elapsed() > 60000; });
    // A quiet moment, then the booking, so the other desk's poll falls anywhere in its interval.
    ready.restart();
    waitFor([&] { return ready.elapsed() > 1500; });
    BookRequest r;
    r.patientId = u"p1"_s;
    r.typeId = u"exam"_s;
    r.providerId = u"dr-a"_s;
    r.chairId = u"c1"_s;
    r.startUtc = QDateTime(QDate(2026, 12, 8), QTime(21, 40), Qt::UTC); // 15:40 in Chicago, off the hour
    QElapsedTimer t;
    t.start();
    const BookingOutcome booked = desks[0].services->booking().book(r, {u"frontdesk"_s, u"bench"_s, u"bench"_s});
    if (!booked.ok()) {
        std::fprintf(stderr, "desk to desk: the booking was refused: %s (%d and %d appointments)\n",
                     qPrintable(booked.message + (booked.violations.isEmpty() ? QString() : booked.violations.first().message)),
                     desks[0].appointments(), desks[1].appointments());
        return -1;
    }
    desks[0].sync->localChange();
    waitFor([&] { return desks[1].appointments() == 41 || t.elapsed() > 60000; });
    return desks[1].appointments() == 41 ? double(t.nsecsElapsed()) / 1e6 : -1;
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
    const QCommandLineOption firstSyncOption(u"first-sync"_s, u"Appointments (and patients) of the first sync at 60/min."_s,
                                             u"N"_s, u"2000"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A few seconds' run for CI."_s);
    parser.addHelpOption();
    parser.addOptions({countOption, firstSyncOption, secondsOption, smokeOption});
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int count = smoke ? 500 : parser.value(countOption).toInt();
    const int seconds = smoke ? 2 : parser.value(secondsOption).toInt();
    int failures = 0;
    for (const QString &flavor : {u"opendental"_s, u"dentrix"_s, u"eaglesoft"_s}) {
        IdleSync idle;
        const double s = pull(flavor, count, &idle);
        if (s < 0 || idle.requests < 0)
            ++failures;
        std::printf("%-10s pull of %d appointments and %d patients: %.2f s (target < 15 s for 20,000)\n",
                    qPrintable(flavor), count, count, s);
        std::printf("%-10s idle sync after it: %lld requests, %.1f ms (target: 2 requests on Open Dental, < 200 ms)\n",
                    qPrintable(flavor), idle.requests, idle.ms);
        std::fflush(stdout);
    }
    {
        const int count = smoke ? 100 : 1200;
        const NexHealthFigures n = nexHealth(count);
        if (n.firstRequests < 0 || n.idleRequests < 0 || n.changedRequests < 0)
            ++failures;
        std::printf("nexhealth  first sync of %d appointments at 1,000/min: %lld requests in %.2f s; idle sync %lld "
                    "requests, after one visit moved %lld (target: 2 and 3)\n",
                    count, n.firstRequests, n.firstSeconds, n.idleRequests, n.changedRequests);
        std::fflush(stdout);
    }
    const int firstCount = smoke ? 100 : parser.value(firstSyncOption).toInt();
    for (const QString &flavor : {u"opendental"_s, u"dentrix"_s, u"eaglesoft"_s}) {
        const FirstSync first = firstSyncUnderLimit(flavor, firstCount);
        if (first.seconds < 0)
            ++failures;
        const double ideal = double(first.requests); // seconds at 60 a minute
        std::printf("%-10s first sync of %d appointments and patients under 60/min: %lld requests in %.1f s, ideal %.1f s "
                    "(%+.1f%%), %d answered 429 (target within 5%% of ideal)\n",
                    qPrintable(flavor), firstCount, first.requests, first.seconds, ideal,
                    ideal > 0 ? (first.seconds / ideal - 1) * 100 : 0.0, first.throttled);
        std::fflush(stdout);
    }
    {
        const int pollMs = sync::BackgroundSync::pollIntervalMs(60);
        const double withHints = deskToDesk(true, pollMs);
        const double withoutHints = smoke ? 0 : deskToDesk(false, pollMs);
        if (withHints < 0 || withoutHints < 0)
            ++failures;
        std::printf("desk to desk (Open Dental, polling every %d s): with hints %.0f ms (target < 2,000 ms), without "
                    "%s (target < one poll + 1 s)\n",
                    pollMs / 1000, withHints,
                    smoke ? "not run in the smoke" : qPrintable(u"%1 ms"_s.arg(withoutHints, 0, 'f', 0)));
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
