// Schedule screen benchmark. Prints:
//  - the median time to paint one day of 24 chair lanes and 960 tiles offscreen,
//  - the median time to switch to another day on a cache of 1,000,000 appointments, counting
//    the read through the booking service (hours, blocks, standing conflicts), the model,
//    the layout and the paint,
//  - the daily dashboard's computation for today and for a week on that cache, with scheduled
//    production against goal (fees and goals summed in the database), and the production alone,
//  - the time from starting the `chairside` process to its first painted schedule.
//   chairside-bench-schedule [--appointments N] [--smoke] [--dir DIR]
// Run with QT_QPA_PLATFORM=offscreen; the start-up figure needs a keychain (as the app does).
#include "domain/clock.h"
#include "itemmodels/schedulemodel.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"
#include "services/practiceimportservice.h"
#include "services/schedulepage.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/scheduleview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

constexpr int kLanes = 24;
constexpr int kTilesPerLane = 40; // 15-minute visits from 08:00 to 18:00
const QDate kFirstDay(2023, 1, 2); // a Monday

QByteArray practiceDocument()
{
    QJsonArray chairs, providers, patients, types;
    const QJsonArray weekdays{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s};
    for (int i = 0; i < kLanes; ++i) {
        chairs.append(QJsonObject{{u"id"_s, u"c%1"_s.arg(i, 2, 10, QLatin1Char('0'))}, {u"name"_s, u"Chair %1"_s.arg(i + 1)}});
        providers.append(QJsonObject{
                {u"id"_s, u"p%1"_s.arg(i, 2, 10, QLatin1Char('0'))},
                {u"name"_s, u"Provider %1"_s.arg(i + 1)},
                {u"role"_s, u"dentist"_s},
                {u"color"_s, QColor::fromHsv((i * 37) % 360, 160, 200).name()},
                {u"maxDailyPatients"_s, 60},
                {u"dailyGoal"_s, 3000},
                {u"maxDailyComplexity"_s, 200},
                {u"bufferMinutes"_s, 0},
                {u"hours"_s, QJsonArray{QJsonObject{{u"days"_s, weekdays}, {u"start"_s, u"07:00"_s}, {u"end"_s, u"19:00"_s},
                                                    {u"chairs"_s, QJsonArray{u"c%1"_s.arg(i, 2, 10, QLatin1Char('0'))}}}}},
                {u"breaks"_s, QJsonArray{QJsonObject{{u"days"_s, weekdays}, {u"start"_s, u"18:30"_s}, {u"end"_s, u"19:00"_s},
                                                     {u"label"_s, u"Notes"_s}}}}});
    }
    for (int i = 0; i < 5000; ++i)
        patients.append(QJsonObject{{u"id"_s, u"pt%1"_s.arg(i)}, {u"name"_s, u"Patient Number %1"_s.arg(i)}});
    types.append(QJsonObject{{u"id"_s, u"t"_s}, {u"name"_s, u"Check-up"_s}, {u"minutes"_s, 15},
                             {u"minMinutes"_s, 10}, {u"maxMinutes"_s, 30}, {u"pattern"_s, u"/X/"_s}, {u"color"_s, u"#8fd3ff"_s},
                             {u"fee"_s, 89.5}});
    QJsonObject doc{{u"format"_s, u"chairside-practice/2"_s},
                    {u"practice"_s, QJsonObject{{u"name"_s, u"Bench"_s}, {u"timeZone"_s, u"America/Chicago"_s},
                                                {u"gridMinutes"_s, 5}, {u"chairTurnoverMinutes"_s, 0},
                                                {u"providerBufferMinutes"_s, 0}}},
                    {u"chairs"_s, chairs},
                    {u"providers"_s, providers},
                    {u"appointmentTypes"_s, types},
                    {u"patients"_s, patients}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

// The i-th weekday from the first day.
QDate weekday(int i)
{
    return kFirstDay.addDays((i / 5) * 7 + i % 5);
}

// Fills `days` weekdays with 960 appointments each (24 lanes x 40).
bool fill(QSqlDatabase &db, int days)
{
    store::AppointmentRepository repo(db);
    const QTimeZone zone("America/Chicago");
    QRandomGenerator rng(42);
    db.transaction();
    qint64 n = 0;
    for (int d = 0; d < days; ++d) {
        const QDate date = weekday(d);
        for (int lane = 0; lane < kLanes; ++lane) {
            for (int t = 0; t < kTilesPerLane; ++t) {
                Appointment a;
                a.id = u"a%1"_s.arg(n);
                a.patientId = u"pt%1"_s.arg(rng.bounded(5000));
                a.typeId = u"t"_s;
                a.chairId = u"c%1"_s.arg(lane, 2, 10, QLatin1Char('0'));
                a.providerId = u"p%1"_s.arg(lane, 2, 10, QLatin1Char('0'));
                a.startUtc = QDateTime(date, QTime(8, 0).addSecs(qint64(t) * 15 * 60), zone).toUTC();
                a.minutes = 15;
                a.status = t % 7 == 0 ? AppointmentStatus::Confirmed : AppointmentStatus::Scheduled;
                a.syncState = t % 5 == 0 ? SyncState::Pending : SyncState::Synced;
                QSqlError error;
                if (!repo.insert(a, 0, &error)) {
                    std::fprintf(stderr, "insert failed: %s\n", qPrintable(error.text()));
                    return false;
                }
                if (++n % 20000 == 0) {
                    db.commit();
                    db.transaction();
                }
            }
        }
    }
    return db.commit();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double p95(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, v.size() * 95 / 100));
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"appointments"_s, u"Appointments in the cache (default 1,000,000)."_s,
                                         u"N"_s, u"1000000"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A few seconds' run (20 days) for CI."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where to build the caches."_s, u"DIR"_s);
    parser.addOptions({countOption, smokeOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int days = smoke ? 20 : int(std::max<qint64>(1, parser.value(countOption).toLongLong() / (kLanes * kTilesPerLane)));
    const int samples = smoke ? 15 : 60;
    QTemporaryDir tmp;
    const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    store::MemoryCacheKeyStore keys;
    auto opened = store::Cache::open(base + u"/schedule"_s, keys, store::Cache::OpenMode::CreateIfMissing);
    if (!opened.cache) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 1;
    }
    if (!PracticeImportService(*opened.cache, clock).importDocument(practiceDocument(), {u"b"_s, u"b"_s, u"b"_s}).ok())
        return 1;
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fill(opened.cache->database(), days))
        return 1;
    std::printf("cache: %lld appointments over %d weekdays (%d lanes x %d a day), filled in %.1f s\n",
                qint64(days) * kLanes * kTilesPerLane, days, kLanes, kTilesPerLane, fillTimer.elapsed() / 1000.0);

    BookingService booking(*opened.cache, clock);
    ScheduleModel model;
    ScheduleView view;
    view.setModel(&model);
    view.setZoom(1.5);
    view.resize(58 + kLanes * 150 + 30, 1100); // every lane and the working day in sight
    view.show();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    // Paint: one full day, the same frame again and again.
    QString error;
    std::optional<SchedulePage> page = booking.page(weekday(days / 2), 1, chairside::UserSession{}, &error);
    if (!page) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    model.setPage(std::move(*page));
    int tiles = 0;
    for (int l = 0; l < model.laneCount(); ++l)
        tiles += model.rowCount(model.laneIndex(l));
    view.scrollToMinute(7 * 60);
    {
        QElapsedTimer first;
        first.start();
        view.viewport()->render(&image);
        std::printf("first paint of the day (every tile drawn): %.2f ms\n", ms(first));
    }
    QList<double> paint;
    for (int i = 0; i < samples * 2; ++i) {
        QElapsedTimer t;
        t.start();
        view.viewport()->render(&image);
        paint.append(ms(t));
    }
    std::printf("repaint one day, %d lanes, %d tiles, all readable (150 px lanes), %dx%d px: median %.2f ms, "
                "p95 %.2f ms (target < 8 ms)\n",
                model.laneCount(), tiles, image.width(), image.height(), median(paint), p95(paint));
    if (!smoke)
        image.save(base + u"/bench-paint.png"_s);
    {
        // The same day fitted to a 1920x1080 screen: narrow lanes, every tile still painted.
        ScheduleView fitted;
        fitted.setModel(&model);
        fitted.setCompact(true);
        fitted.setZoom(1.5);
        fitted.resize(1920, 1080);
        fitted.show();
        fitted.scrollToMinute(7 * 60 + 45);
        QImage screen(fitted.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QList<double> fittedPaint;
        for (int i = 0; i < samples * 2; ++i) {
            QElapsedTimer t;
            t.start();
            fitted.viewport()->render(&screen);
            fittedPaint.append(ms(t));
        }
        std::printf("paint the same day fitted to a %dx%d viewport (narrow lanes): median %.2f ms, p95 %.2f ms\n",
                    screen.width(), screen.height(), median(fittedPaint), p95(fittedPaint));
        if (!smoke)
            screen.save(base + u"/bench-paint-fitted.png"_s);
    }

    // Day switch: a random other day, read, modelled, laid out and painted.
    QRandomGenerator rng(7);
    QList<double> switching;
    QList<double> reading;
    QList<double> modelling;
    for (int i = 0; i < samples; ++i) {
        const QDate date = weekday(int(rng.bounded(days)));
        QElapsedTimer t;
        t.start();
        std::optional<SchedulePage> next = booking.page(date, 1, chairside::UserSession{}, &error);
        if (!next) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        reading.append(ms(t));
        model.setPage(std::move(*next));
        modelling.append(ms(t) - reading.constLast());
        view.viewport()->render(&image);
        switching.append(ms(t));
    }
    std::printf("switch to a random other day (read + model + layout + paint): median %.2f ms, p95 %.2f ms "
                "(target < 30 ms); of which the read %.2f ms, model and layout %.2f ms\n",
                median(switching), p95(switching), median(reading), median(modelling));
    // The daily dashboard on the same cache: today, and the week from today, counted in the
    // database (statuses, utilisation, no-show rates over 30 and 90 days, gaps).
    {
        DashboardService dashboard(*opened.cache, clock, booking);
        const QDate today = clock.nowUtc().toTimeZone(QTimeZone("America/Chicago")).date();
        for (const int range : {1, 7}) {
            QList<double> counting;
            int visits = 0, gaps = 0;
            Production production;
            for (int i = 0; i < samples; ++i) {
                QElapsedTimer t;
                t.start();
                const std::optional<Dashboard> d = dashboard.compute(today, range, chairside::UserSession{}, &error);
                counting.append(ms(t));
                if (!d) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                visits = d->count(AppointmentStatus::Scheduled) + d->count(AppointmentStatus::Confirmed);
                gaps = int(d->gaps.size());
                production = d->production;
            }
            std::printf("dashboard for %d day(s) from today (%d visits, %d gaps, no-show rates over 30 and 90 "
                        "days, production against goal: day $%lld of $%lld, week $%lld of $%lld): median %.2f ms, "
                        "p95 %.2f ms (target < 100 ms)\n",
                        range, visits, gaps, production.practice.dayCents / 100, production.practice.dayGoalCents / 100,
                        production.practice.weekCents / 100, production.practice.weekGoalCents / 100,
                        median(counting), p95(counting));
        }
        // Production alone, as the dentist's day and the day sheet ask for it.
        QList<double> summing;
        for (int i = 0; i < samples; ++i) {
            QElapsedTimer t;
            t.start();
            const std::optional<Production> p = dashboard.production(today, chairside::UserSession{}, &error);
            summing.append(ms(t));
            if (!p) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        std::printf("scheduled production against goal for today and its week: median %.2f ms, p95 %.2f ms\n",
                    median(summing), p95(summing));
    }
    // Next day, as a receptionist pages through the week.
    QList<double> stepping;
    const int startDay = int(rng.bounded(std::max(1, days - samples - 1)));
    for (int i = 0; i < std::min(samples, days - 1); ++i) {
        QElapsedTimer t;
        t.start();
        std::optional<SchedulePage> next = booking.page(weekday(startDay + i + 1), 1, chairside::UserSession{}, &error);
        if (!next)
            return 1;
        model.setPage(std::move(*next));
        view.viewport()->render(&image);
        stepping.append(ms(t));
    }
    std::printf("switch to the next day: median %.2f ms, p95 %.2f ms\n", median(stepping), p95(stepping));

    // Start-up: process start to the first painted schedule, on the demo practice.
    const QString gui = QCoreApplication::applicationDirPath() + u"/chairside"_s;
    const QString demoDir = base + u"/demo"_s;
    QList<double> startup;
    QList<double> reported;
    const int runs = smoke ? 2 : 6;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer t;
        t.start();
        // Signed in from stdin, so the figure includes the password check (PBKDF2, about 140 ms).
        process.start(gui, {u"--demo"_s, u"--data-dir"_s, demoDir, u"--report-first-paint"_s, u"--user"_s,
                            u"frontdesk"_s});
        process.write("chairside-demo\n");
        process.closeWriteChannel();
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "chairside did not start: %s %s\n", qPrintable(process.errorString()),
                         process.readAllStandardError().constData());
            return 1;
        }
        const double wall = ms(t);
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-paint-ms ");
        if (at < 0) {
            std::fprintf(stderr, "chairside did not report its first paint\n");
            return 1;
        }
        if (i == 0)
            continue; // the first run creates the demo practice
        reported.append(out.mid(at + 15).trimmed().toDouble());
        startup.append(wall);
    }
    std::printf("start-up to first painted schedule (demo practice, existing cache): median %.0f ms measured "
                "in the process, %.0f ms including process exit (target < 1000 ms)\n",
                median(reported), median(startup));
    return 0;
}
