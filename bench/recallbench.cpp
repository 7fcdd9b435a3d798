// Recall list benchmark: an encrypted cache of 100,000 patients, each with a recall (one in
// seven perio maintenance), two completed cleanings each in the past two years, a fifth with a
// cleaning booked ahead, a third with a contact logged. Then the recall list as the front desk
// asks for it through RecallService (audit included): the default page (everyone overdue and
// due within 30 days, a page of 100), by hygienist, by recall type and by date range, and a
// long page of 500 for scale. Prints median, 95th percentile and worst.
//   chairside-bench-recall [--patients N] [--smoke] [--dir DIR]
#include "domain/clock.h"
#include "domain/fill.h"
#include "domain/recall.h"
#include "services/practiceimportservice.h"
#include "services/recallservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/fillrepository.h"
#include "store/practicerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const QStringList kHygienists = {u"hyg-1"_s, u"hyg-2"_s, u"hyg-3"_s, u"hyg-4"_s};

QByteArray practiceDocument()
{
    const QJsonArray hours{QJsonObject{{u"days"_s, QJsonArray{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s}},
                                       {u"start"_s, u"08:00"_s},
                                       {u"end"_s, u"17:00"_s}}};
    QJsonArray providers;
    for (qsizetype i = 0; i < kHygienists.size(); ++i)
        providers.append(QJsonObject{{u"id"_s, kHygienists.at(i)}, {u"name"_s, u"Hygienist %1, RDH"_s.arg(i + 1)},
                                     {u"role"_s, u"hygienist"_s}, {u"skills"_s, QJsonArray{u"hygiene"_s}},
                                     {u"maxDailyPatients"_s, 12}, {u"hours"_s, hours}});
    QJsonArray chairs;
    for (int i = 1; i <= 4; ++i)
        chairs.append(QJsonObject{{u"id"_s, u"c%1"_s.arg(i)}, {u"name"_s, u"Hygiene %1"_s.arg(i)}});
    QJsonObject doc{
            {u"format"_s, u"chairside-practice/2"_s},
            {u"practice"_s, QJsonObject{{u"name"_s, u"Bench"_s}, {u"timeZone"_s, u"America/Chicago"_s},
                                        {u"gridMinutes"_s, 10}}},
            {u"chairs"_s, chairs},
            {u"providers"_s, providers},
            {u"appointmentTypes"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"cleaning"_s}, {u"name"_s, u"Cleaning"_s}, {u"minutes"_s, 60}},
                        QJsonObject{{u"id"_s, u"perio"_s}, {u"name"_s, u"Perio maintenance"_s}, {u"minutes"_s, 60}}}},
            {u"recallTypes"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"prophy"_s}, {u"name"_s, u"Prophy"_s}, {u"kind"_s, u"prophy"_s},
                                    {u"intervalMonths"_s, 6}, {u"appointmentTypes"_s, QJsonArray{u"cleaning"_s}}},
                        QJsonObject{{u"id"_s, u"perio-m"_s}, {u"name"_s, u"Perio maintenance"_s},
                                    {u"kind"_s, u"perio_maintenance"_s}, {u"intervalMonths"_s, 3},
                                    {u"appointmentTypes"_s, QJsonArray{u"perio"_s}}}}}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(double(ms.size()) * p)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale(u"en_US"_s));
    QCommandLineParser parser;
    const QCommandLineOption countOption(u"patients"_s, u"How many patients."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption smokeOption(u"smoke"_s, u"A few seconds' run (3,000 patients) for CI."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where to build the cache (default: a temporary folder)."_s,
                                       u"DIR"_s);
    parser.addOptions({countOption, smokeOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int n = smoke ? 3000 : parser.value(countOption).toInt();
    const int rounds = smoke ? 5 : 40;
    QTemporaryDir tmp;
    const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    const QTimeZone zone("America/Chicago");
    const QDate today = clock.nowUtc().toTimeZone(zone).date();
    const UserSession session{u"bench"_s, u"bench"_s, u"bench"_s};
    store::MemoryCacheKeyStore keys;
    auto opened = store::Cache::open(base + u"/encrypted"_s, keys, store::Cache::OpenMode::CreateIfMissing);
    if (!opened.cache) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 1;
    }
    store::Cache &cache = *opened.cache;
    const auto imported = PracticeImportService(cache, clock).importDocument(practiceDocument(), session);
    if (!imported.ok()) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(imported.storeError));
        return 1;
    }

    QRandomGenerator rng(2026);
    PracticeData data;
    data.patients.reserve(n);
    data.recalls.reserve(n);
    QList<Appointment> visits;
    visits.reserve(n * 2 + n / 5);
    int booked = 0;
    for (int i = 0; i < n; ++i) {
        Patient p;
        p.id = u"pt-%1"_s.arg(i);
        p.name = u"Patient %1"_s.arg(i);
        p.phone = u"+1 (312) 555-%1"_s.arg(i % 10000, 4, 10, QLatin1Char('0'));
        data.patients.append(p);
        const bool perio = i % 7 == 0;
        const int months = perio ? 3 : 6;
        const QString hygienist = kHygienists.at(i % kHygienists.size());
        const QString chair = u"c%1"_s.arg(1 + i % 4);
        // Last seen within the interval for most; some lapsed by up to a year.
        const QDate lastDone = today.addDays(-10 - int(rng.bounded(months * 30 + 300)));
        Recall r;
        r.id = recallIdFor(p.id, perio ? u"perio-m"_s : u"prophy"_s);
        r.patientId = p.id;
        r.recallTypeId = perio ? u"perio-m"_s : u"prophy"_s;
        r.lastDone = lastDone;
        r.due = lastDone.addMonths(months);
        r.providerId = hygienist;
        r.chairId = chair;
        data.recalls.append(r);
        for (int k = 0; k < 2; ++k) {
            Appointment a;
            a.id = u"done-%1-%2"_s.arg(i).arg(k);
            a.patientId = p.id;
            a.typeId = perio ? u"perio"_s : u"cleaning"_s;
            a.providerId = hygienist;
            a.chairId = chair;
            a.startUtc = QDateTime(lastDone.addMonths(-months * k), QTime(8 + i % 8, 0), zone).toUTC();
            a.minutes = 60;
            a.status = AppointmentStatus::Completed;
            a.syncState = SyncState::Local;
            visits.append(a);
        }
        if (i % 5 == 0) {
            Appointment a;
            a.id = u"ahead-%1"_s.arg(i);
            a.patientId = p.id;
            a.typeId = perio ? u"perio"_s : u"cleaning"_s;
            a.providerId = hygienist;
            a.chairId = chair;
            a.startUtc = QDateTime(today.addDays(1 + int(rng.bounded(90))), QTime(8 + i % 8, 0), zone).toUTC();
            a.minutes = 60;
            a.status = AppointmentStatus::Scheduled;
            a.syncState = SyncState::Local;
            visits.append(a);
            ++booked;
        }
    }
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = cache.database();
    QSqlError error;
    db.transaction();
    if (!store::PracticeRepository(db).write(data, 0, &error)) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(error.text()));
        return 1;
    }
    store::AppointmentRepository appointments(db);
    for (const Appointment &a : std::as_const(visits)) {
        if (!appointments.upsertImported(a, 0, &error)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(error.text()));
            return 1;
        }
    }
    store::FillRepository contacts(db);
    for (int i = 0; i < n; i += 3) {
        ContactRecord c;
        c.id = u"contact-%1"_s.arg(i);
        c.patientId = u"pt-%1"_s.arg(i);
        c.purpose = ContactPurpose::Recall;
        c.channel = ContactChannel::Phone;
        c.handledBy = u"staff_call"_s;
        c.language = u"en"_s;
        c.message = u""_s;
        c.outcome = ContactOutcome::NoAnswer;
        c.correlationId = c.id;
        c.userId = u"bench"_s;
        c.createdUtc = clock.nowUtc().addDays(-int(rng.bounded(60)));
        if (!contacts.insertContact(c, &error)) {
            std::fprintf(stderr, "contact failed: %s\n", qPrintable(error.text()));
            return 1;
        }
    }
    db.commit();
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;

    RecallService recalls(cache, clock);
    struct Ask
    {
        const char *what;
        RecallListRequest request;
    };
    RecallListRequest byHygienist;
    byHygienist.providerId = kHygienists.at(1);
    RecallListRequest byType;
    byType.recallTypeId = u"perio-m"_s;
    RecallListRequest nextMonth;
    nextMonth.from = today;
    nextMonth.to = today.addDays(30);
    RecallListRequest lastQuarter;
    lastQuarter.from = today.addDays(-90);
    lastQuarter.to = today;
    RecallListRequest longPage;
    longPage.limit = 500;
    const QList<Ask> asks = {{"default page (overdue + due in 30 days, 100 rows)", {}},
                             {"a long page of 500 rows", longPage},
                             {"one hygienist", byHygienist},
                             {"perio maintenance only", byType},
                             {"due in the next 30 days", nextMonth},
                             {"overdue by up to 90 days", lastQuarter}};
    std::printf("patients: %d (encrypted cache), %d recalls, %lld visits (%d booked ahead), %d contacts\n", n, n,
                static_cast<long long>(visits.size()), booked, (n + 2) / 3);
    std::printf("writing them: %.1f s\n", writeSeconds);
    QList<double> all;
    for (const Ask &ask : asks) {
        QList<double> ms;
        qsizetype rows = 0;
        bool more = false;
        for (int k = 0; k < rounds; ++k) {
            QString why;
            QElapsedTimer t;
            t.start();
            const std::optional<RecallListResult> r = recalls.list(ask.request, session, &why);
            ms.append(double(t.nsecsElapsed()) / 1e6);
            if (!r) {
                std::fprintf(stderr, "recall list failed: %s\n", qPrintable(why));
                return 1;
            }
            rows = r->rows.size();
            more = r->more;
        }
        if (ask.request.limit == RecallListRequest::kDefaultLimit)
            all += ms; // the page staff see; the long page is shown for scale
        std::printf("  %-52s %5lld rows%s: median %6.2f ms, p95 %6.2f ms, worst %6.2f ms\n", ask.what,
                    static_cast<long long>(rows), more ? "+" : " ", percentile(ms, 0.5), percentile(ms, 0.95),
                    percentile(ms, 1.0));
        if (rows == 0) {
            std::fprintf(stderr, "%s listed nobody\n", ask.what);
            return 1;
        }
    }
    std::printf("recall list pages (100 rows), audit included, all filters: median %.2f ms, p95 %.2f ms  [target < 50 ms]\n",
                percentile(all, 0.5), percentile(all, 0.95));
    return 0;
}
