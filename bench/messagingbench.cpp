// Messaging benchmark, over real HTTP against the loopback Twilio fake:
//  1. throughput: N texts queued at once, sent by the worker under Twilio's 60 a minute (the
//     fake answers 429 beyond it): texts a minute and the share of the limit used;
//  2. reply to booking: K patients each hold a waitlist offer; each replies YES and the time
//     from the reply reaching Twilio to the visit booked in the cache is measured over one
//     worker pass (the worker's polling interval, 30 s by default, comes on top).
//   chairside-bench-messaging [--messages N] [--replies K] [--smoke]
#include "faketwilio.h"

#include "domain/clock.h"
#include "domain/session.h"
#include "services/fillservice.h"
#include "services/patientmessaging.h"
#include "services/practiceimportservice.h"
#include "services/practiceservices.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/messagerepository.h"
#include "store/writeguard.h"
#include "sync/messagingworker.h"
#include "sync/pmscredentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const QString kFrom = u"+15125550100"_s;
const QString kSid = u"ACbench"_s + QString(27, u'0');

QByteArray practice(int patients, const QDate &today)
{
    QJsonArray people, waitlist;
    for (int i = 0; i < patients; ++i) {
        const QString id = u"p%1"_s.arg(i);
        people.append(QJsonObject{{u"id"_s, id},
                                  {u"name"_s, u"Patient %1"_s.arg(i)},
                                  {u"phone"_s, u"+1512555%1"_s.arg(1000 + i, 4, 10, QLatin1Char('0'))},
                                  {u"contact"_s, QJsonObject{{u"preferred"_s, u"sms"_s}}}});
        waitlist.append(QJsonObject{{u"id"_s, u"w%1"_s.arg(i)},
                                    {u"patientId"_s, id},
                                    {u"typeId"_s, u"exam"_s},
                                    {u"earliest"_s, today.toString(Qt::ISODate)},
                                    {u"latest"_s, today.addDays(90).toString(Qt::ISODate)},
                                    {u"urgency"_s, 5},
                                    {u"since"_s, QString(today.addDays(-10).toString(Qt::ISODate) + u"T09:00"_s)}});
    }
    const QJsonObject doc{
            {u"format"_s, u"chairside-practice/1"_s},
            {u"practice"_s, QJsonObject{{u"name"_s, u"Bench Dental"_s}, {u"timeZone"_s, u"America/Chicago"_s}, {u"gridMinutes"_s, 10}}},
            {u"chairs"_s, QJsonArray{QJsonObject{{u"id"_s, u"c1"_s}, {u"name"_s, u"Chair 1"_s}}}},
            {u"providers"_s,
             QJsonArray{QJsonObject{
                     {u"id"_s, u"dr"_s}, {u"name"_s, u"Dr. Bench"_s}, {u"role"_s, u"dentist"_s},
                     {u"maxDailyPatients"_s, 40},
                     {u"hours"_s, QJsonArray{QJsonObject{{u"days"_s, QJsonArray{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                                                              u"fri"_s, u"sat"_s, u"sun"_s}},
                                                         {u"start"_s, u"07:00"_s},
                                                         {u"end"_s, u"19:00"_s}}}}}}},
            {u"appointmentTypes"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"exam"_s}, {u"name"_s, u"Exam"_s}, {u"minutes"_s, 30}}}},
            {u"patients"_s, people},
            {u"waitlist"_s, waitlist}};
    return QJsonDocument(doc).toJson();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(u"messages"_s, u"Texts to send under the 60/min limit."_s, u"N"_s, u"120"_s);
    const QCommandLineOption repliesOption(u"replies"_s, u"Offers replied to with YES."_s, u"K"_s, u"20"_s);
    const QCommandLineOption smoke(u"smoke"_s, u"A few seconds: 3 texts, 2 replies."_s);
    parser.addOptions({messagesOption, repliesOption, smoke});
    parser.process(app);
    const int messages = parser.isSet(smoke) ? 3 : parser.value(messagesOption).toInt();
    const int replies = parser.isSet(smoke) ? 2 : parser.value(repliesOption).toInt();

    SystemClock clock;
    const QTimeZone zone("America/Chicago");
    const QDate today = clock.nowUtc().toTimeZone(zone).date();
    QTemporaryDir dir;
    store::KeychainCacheKeyStore keys;
    auto opened = store::Cache::open(dir.path(), keys, store::Cache::OpenMode::CreateIfMissing);
    if (!opened.cache) {
        std::fprintf(stderr, "cache: %s\n", qPrintable(opened.error.message));
        return 1;
    }
    store::Cache &cache = *opened.cache;
    const UserSession setup{u"setup"_s, u"s"_s, u"w"_s, Role::System, {}};
    const PracticeImportService::Outcome imported =
            PracticeImportService(cache, clock).importDocument(practice(std::max(replies, 1), today), setup);
    if (!imported.ok()) {
        std::fprintf(stderr, "the practice was refused: %s %s\n", qPrintable(imported.storeError),
                     imported.issues.isEmpty() ? "" : qPrintable(imported.issues.first().toString()));
        return 1;
    }
    PracticeServices services(cache, clock);
    msgsim::FakeTwilio twilio(kSid, u"token"_s);
    twilio.addNumber(kFrom);
    twilio.setRateLimit(60); // texts a minute from one number; reads are not counted
    twilio.setLimitSendsOnly(true);
    if (!twilio.listen())
        return 1;
    const QString cacheId = u"bench-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    if (!sync::PmsCredentialStore::write(cacheId, sync::MessagingWorker::kTwilioSecrets, {kSid, u"token"_s, {}}, &error)
        || !services.messaging().connectSms(u"twilio"_s, twilio.baseUrl(), kFrom, kSid, setup, &error)
        || !services.messaging().setQuietHours(QuietHours{QTime(0, 0), QTime(0, 0)}, setup, &error)) {
        std::fprintf(stderr, "messaging: %s\n", qPrintable(error));
        return 1;
    }
    sync::MessagingWorker worker(services, cacheId, {u"worker:messaging"_s, u"w"_s, u"w"_s, Role::System, {}});

    // 1. Throughput under the provider's limit.
    {
        store::WriteGuard unit(cache);
        store::MessageRepository repo(unit.database());
        QSqlError e;
        for (int i = 0; i < messages; ++i) {
            OutgoingMessage m;
            m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            m.patientId = u"p0"_s;
            m.purpose = ContactPurpose::Reminder;
            m.recipient = u"+1512556%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            m.body = u"Reminder %1"_s.arg(i);
            m.language = u"en"_s;
            m.notBeforeUtc = clock.nowUtc().addSecs(-1);
            m.createdUtc = m.notBeforeUtc;
            (void)repo.enqueue(m, &e);
        }
        (void)unit.commit(&e);
    }
    QElapsedTimer t;
    t.start();
    while (twilio.accepted() < messages && t.elapsed() < 30 * 60 * 1000)
        (void)worker.runOnce();
    const double seconds = double(t.elapsed()) / 1000.0;
    int throttled = 0;
    for (const msgsim::MessagingFake::Served &s : twilio.served())
        throttled += s.status == 429 ? 1 : 0;
    const double perMinute = double(twilio.accepted()) * 60.0 / std::max(seconds, 0.001);
    std::printf("throughput: %d texts in %.1f s = %.1f a minute, %.0f%% of Twilio's 60/min; %d answered 429\n",
                twilio.accepted(), seconds, perMinute, perMinute * 100.0 / 60.0, throttled);

    // 2. Reply to booking: each patient holds an offer of their own time, then says YES.
    QList<FreedSlot> slots;
    for (int i = 0; i < replies; ++i) {
        // An hour apart: the provider's buffer after each visit stays free.
        const QDate day = today.addDays(2 + i / 10);
        const FreedSlot slot{u"c1"_s, u"dr"_s, QDateTime(day, QTime(8, 0).addSecs(3600 * (i % 10)), zone).toUTC(), 30};
        if (!services.fill().offerDirect(slot, u"w%1"_s.arg(i), setup, &error)) {
            std::fprintf(stderr, "offer: %s\n", qPrintable(error));
            return 1;
        }
        slots.append(slot);
    }
    const int before = twilio.accepted();
    for (int pass = 0; pass < 20 && twilio.accepted() - before < replies; ++pass)
        (void)worker.runOnce();
    QList<double> latencies;
    for (int i = 0; i < replies; ++i) {
        twilio.receive(u"+1512555%1"_s.arg(1000 + i, 4, 10, QLatin1Char('0')), kFrom, u"YES"_s);
        QElapsedTimer r;
        r.start();
        (void)worker.runOnce();
        const double ms = double(r.nsecsElapsed()) / 1e6; // the whole pass: the booking is made within it
        const bool booked = !store::AppointmentRepository(cache.database())
                                     .upcoming(slots.at(i).startUtc, slots.at(i).startUtc.addSecs(60))
                                     .isEmpty();
        if (!booked) {
            std::fprintf(stderr, "reply %d did not book\n", i);
            return 1;
        }
        latencies.append(ms);
    }
    std::printf("reply to booking (one worker pass, at Twilio's 60/min): %d replies, median %.0f ms, p95 %.0f ms, "
                "worst %.0f ms\n",
                replies, percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    return 0;
}
