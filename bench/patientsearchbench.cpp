// Patient search benchmark: an encrypted cache of 100,000 patients (English and Spanish
// names with accents, phones, birthdates, 20,000 booked visits), then what a receptionist
// types, one keystroke at a time (names in either order, accents left out), phones' last
// digits and whole numbers, birthdates. Prints how long the index takes to build and
// each search's time through the front desk service (audit included): median, 95th
// percentile and worst.
//   chairside-bench-patients [--patients N] [--smoke] [--dir DIR]
#include "domain/clock.h"
#include "domain/patientsearch.h"
#include "services/frontdesk.h"
#include "services/practiceimportservice.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
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

const QStringList kFirst = {
        u"José"_s,    u"María"_s,    u"Ana"_s,      u"Luis"_s,     u"Sofía"_s,    u"Jesús"_s,     u"Ángel"_s,
        u"Lucía"_s,   u"Martín"_s,   u"Camila"_s,   u"Valentina"_s, u"Mateo"_s,   u"Diego"_s,     u"Isabel"_s,
        u"Guadalupe"_s, u"Ramón"_s,  u"Inés"_s,     u"Raúl"_s,     u"Andrés"_s,   u"Verónica"_s,  u"John"_s,
        u"Mary"_s,    u"James"_s,    u"Linda"_s,    u"Robert"_s,   u"Patricia"_s, u"Michael"_s,   u"Jennifer"_s,
        u"William"_s, u"Elizabeth"_s, u"David"_s,   u"Barbara"_s,  u"Richard"_s,  u"Susan"_s,     u"Joseph"_s,
        u"Jessica"_s, u"Thomas"_s,   u"Sarah"_s,    u"Charles"_s,  u"Karen"_s,    u"Daniel"_s,    u"Nancy"_s,
        u"Matthew"_s, u"Lisa"_s,     u"Anthony"_s,  u"Betty"_s,    u"Mark"_s,     u"Margaret"_s,  u"Chloé"_s,
        u"Zoë"_s,     u"Noah"_s,     u"Emma"_s,     u"Olivia"_s,   u"Liam"_s,     u"Ava"_s,       u"Ethan"_s,
        u"Mia"_s,     u"Lucas"_s,    u"Amelia"_s,   u"Harper"_s};
const QStringList kLast = {
        u"Muñoz"_s,    u"García"_s,    u"Rodríguez"_s, u"Martínez"_s,  u"Hernández"_s, u"López"_s,    u"González"_s,
        u"Pérez"_s,    u"Sánchez"_s,   u"Ramírez"_s,   u"Torres"_s,    u"Flores"_s,    u"Rivera"_s,   u"Gómez"_s,
        u"Díaz"_s,     u"Reyes"_s,     u"Cruz"_s,      u"Morales"_s,   u"Ortiz"_s,     u"Gutiérrez"_s, u"Chávez"_s,
        u"Ramos"_s,    u"Ruiz"_s,      u"Álvarez"_s,   u"Mendoza"_s,   u"Vásquez"_s,   u"Castillo"_s, u"Jiménez"_s,
        u"Moreno"_s,   u"Romero"_s,    u"Herrera"_s,   u"Medina"_s,    u"Aguilar"_s,   u"Vargas"_s,   u"Guzmán"_s,
        u"Peña"_s,     u"Núñez"_s,     u"Ibáñez"_s,    u"Smith"_s,     u"Johnson"_s,   u"Williams"_s, u"Brown"_s,
        u"Jones"_s,    u"Miller"_s,    u"Davis"_s,     u"Wilson"_s,    u"Anderson"_s,  u"Taylor"_s,   u"Thomas"_s,
        u"Moore"_s,    u"Jackson"_s,   u"Martin"_s,    u"Lee"_s,       u"Thompson"_s,  u"White"_s,    u"Harris"_s,
        u"Clark"_s,    u"Lewis"_s,     u"Robinson"_s,  u"Walker"_s,    u"Young"_s,     u"Allen"_s,    u"King"_s,
        u"Wright"_s,   u"Scott"_s,     u"Torres-Vega"_s, u"O'Brien"_s, u"Nguyen"_s,    u"Kim"_s,      u"Patel"_s,
        u"Okafor"_s,   u"Schmidt"_s,   u"Müller"_s,    u"Kowalski"_s,  u"Dubois"_s,    u"Rossi"_s,    u"Silva"_s,
        u"Santos"_s,   u"Costa"_s,     u"Ferreira"_s,  u"Sørensen"_s,  u"Novák"_s,     u"Horvat"_s,   u"Yamamoto"_s,
        u"Tanaka"_s,   u"Chen"_s,      u"Wang"_s,      u"Singh"_s,     u"Khan"_s,      u"Ali"_s,      u"Hassan"_s,
        u"Cohen"_s,    u"Levi"_s,      u"Murphy"_s,    u"Kelly"_s,     u"Sullivan"_s,  u"Walsh"_s,    u"Byrne"_s,
        u"Ryan"_s,     u"Doyle"_s};

QByteArray practiceDocument()
{
    const QJsonArray hours{QJsonObject{{u"days"_s, QJsonArray{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s}},
                                       {u"start"_s, u"08:00"_s},
                                       {u"end"_s, u"17:00"_s}}};
    QJsonObject doc{
            {u"format"_s, u"chairside-practice/1"_s},
            {u"practice"_s, QJsonObject{{u"name"_s, u"Bench"_s}, {u"timeZone"_s, u"America/Chicago"_s},
                                        {u"gridMinutes"_s, 10}}},
            {u"chairs"_s, QJsonArray{QJsonObject{{u"id"_s, u"c1"_s}, {u"name"_s, u"Op 1"_s}},
                                     QJsonObject{{u"id"_s, u"c2"_s}, {u"name"_s, u"Op 2"_s}}}},
            {u"providers"_s, QJsonArray{QJsonObject{{u"id"_s, u"p1"_s}, {u"name"_s, u"Dr. Okafor"_s},
                                                    {u"role"_s, u"dentist"_s}, {u"maxDailyPatients"_s, 40},
                                                    {u"hours"_s, hours}}}},
            {u"appointmentTypes"_s, QJsonArray{QJsonObject{{u"id"_s, u"t"_s}, {u"name"_s, u"Cleaning"_s},
                                                            {u"minutes"_s, 30}}}}};
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
    const QCommandLineOption smokeOption(u"smoke"_s, u"A few seconds' run (5,000 patients) for CI."_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where to build the cache (default: a temporary folder)."_s,
                                       u"DIR"_s);
    parser.addOptions({countOption, smokeOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int n = smoke ? 5000 : parser.value(countOption).toInt();
    const int typedPatients = smoke ? 20 : 200;
    QTemporaryDir tmp;
    const QString base = parser.isSet(dirOption) ? parser.value(dirOption) : tmp.path();

    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    const UserSession session{u"bench"_s, u"bench"_s, u"bench"_s};
    store::MemoryCacheKeyStore keys;
    auto opened = store::Cache::open(base + u"/encrypted"_s, keys, store::Cache::OpenMode::CreateIfMissing);
    if (!opened.cache) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error.message));
        return 1;
    }
    store::Cache &cache = *opened.cache;
    if (!PracticeImportService(cache, clock).importDocument(practiceDocument(), session).ok())
        return 1;

    QRandomGenerator rng(2026);
    PracticeData data;
    data.patients.reserve(n);
    for (int i = 0; i < n; ++i) {
        Patient p;
        p.id = u"pt-%1"_s.arg(i);
        p.name = kFirst.at(rng.bounded(int(kFirst.size()))) + u' ' + kLast.at(rng.bounded(int(kLast.size())));
        p.phone = u"+1 (%1) 555-%2"_s.arg(200 + rng.bounded(700)).arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        p.birthdate = QDate(1930, 1, 1).addDays(rng.bounded(365 * 90));
        data.patients.append(p);
    }
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = cache.database();
    db.transaction();
    QSqlError error;
    if (!store::PracticeRepository(db).write(data, 0, &error)) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(error.text()));
        return 1;
    }
    db.commit();
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    // A fifth of them booked ahead, so each result has a next visit to find.
    db.transaction();
    store::AppointmentRepository visits(db);
    const QTimeZone zone("America/Chicago");
    for (int i = 0; i < n / 5; ++i) {
        Appointment a;
        a.id = u"a-%1"_s.arg(i);
        a.patientId = u"pt-%1"_s.arg(rng.bounded(n));
        a.typeId = u"t"_s;
        a.chairId = i % 2 ? u"c1"_s : u"c2"_s;
        a.providerId = u"p1"_s;
        a.startUtc = QDateTime(QDate(2026, 11, 24).addDays(i / 36), QTime(8, 0).addSecs(900 * (i % 36)), zone).toUTC();
        a.minutes = 30;
        a.status = AppointmentStatus::Scheduled;
        if (!visits.insert(a, 0, &error)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(error.text()));
            return 1;
        }
    }
    db.commit();

    // What is typed: a patient's names in either order, a keystroke at a time, without
    // accents; their phone's last four digits and whole number; their birthdate.
    QStringList typed;
    for (int k = 0; k < typedPatients; ++k) {
        const Patient &p = data.patients.at(rng.bounded(n));
        const QStringList words = p.name.split(u' ');
        // Half surname first, half first name first ("maria m…": the short word is the rarer).
        const QString asTyped = patientsearch::fold(k % 2 ? words.value(0) + u' ' + words.value(1)
                                                          : words.value(1) + u' ' + words.value(0));
        for (qsizetype len = 1; len <= asTyped.size(); ++len) {
            if (!asTyped.at(len - 1).isSpace())
                typed.append(asTyped.left(len));
        }
        typed.append(p.phone.right(4));
        typed.append(p.phone);
        typed.append(p.birthdate.toString(Qt::ISODate));
        // The locale's short date with the whole year, as a birthdate is written.
        QString longYear = QLocale().dateFormat(QLocale::ShortFormat);
        if (!longYear.contains(u"yyyy"_s))
            longYear.replace(u"yy"_s, u"yyyy"_s);
        typed.append(p.birthdate.toString(longYear));
    }

    FrontDesk desk(cache, clock);
    QList<double> ms;
    ms.reserve(typed.size());
    qsizetype shown = 0;
    int empty = 0;
    for (const QString &text : std::as_const(typed)) {
        QString why;
        QElapsedTimer t;
        t.start();
        const PatientSearchResult r = desk.findPatients(text, 20, session, &why);
        ms.append(double(t.nsecsElapsed()) / 1e6);
        if (!why.isEmpty()) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(why));
            return 1;
        }
        shown += r.found.size();
        empty += r.found.isEmpty() ? 1 : 0;
    }
    std::printf("patients: %d (encrypted cache), %d visits booked ahead\n", n, n / 5);
    std::printf("writing the patients with their search terms: %.2f s (%.0f patients/s)\n", writeSeconds,
                double(n) / writeSeconds);
    std::printf("searches: %lld (%lld patients shown, %d found nobody)\n", static_cast<long long>(typed.size()),
                static_cast<long long>(shown), empty);
    std::printf("search as you type, audit included: median %.2f ms, p95 %.2f ms, worst %.2f ms  [target p95 < 10 ms]\n",
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1.0));
    return empty > 0 ? 1 : 0;
}
