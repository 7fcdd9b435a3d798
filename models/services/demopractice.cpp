#include "demopractice.h"
#include "practicefile.h"

#include "domain/weekdays.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// The demo's words, in the language it is created in: what the template file and the
// generator call chairs, visits, breaks and blocks. Ids stay as they are.
constexpr const char *kDemoContext = "chairside::DemoPractice";
[[maybe_unused]] constexpr const char *kDemoWords[] = {
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Op 1"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Op 2"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Op 3"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Op 4 (X-ray)"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Op 5 (X-ray)"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Surgical suite"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Lakeside 1"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Cleaning"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Scaling and root planing"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Periodic exam"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "New patient exam"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Filling"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Crown prep"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Root canal"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Extraction"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Implant placement"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Pediatric visit"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Perio maintenance"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Ortho adjustment"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Emergency"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Lunch"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Staff meeting"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Crown/bridge"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Kids' mornings"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Hygiene"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Perio"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Autoclave service"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Thanksgiving"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Office closed"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Prefers nitrous"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Needs premedication"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Bring x-rays from previous office"),
    QT_TRANSLATE_NOOP("chairside::DemoPractice", "Anxious patient: explain each step"),
};

QString word(const QString &english)
{
    return QCoreApplication::translate(kDemoContext, english.toUtf8().constData());
}

// The `key` of every object in `array`, in the program's language.
QJsonArray translated(const QJsonArray &array, const QString &key)
{
    QJsonArray out;
    for (const QJsonValue &v : array) {
        QJsonObject o = v.toObject();
        if (o.contains(key))
            o.insert(key, word(o.value(key).toString()));
        out.append(o);
    }
    return out;
}

constexpr int kPatients = 300;
constexpr int kDaysBack = 14;
constexpr int kDaysAhead = 14;

struct Interval
{
    int start;
    int end;
};

bool overlaps(const QList<Interval> &list, int start, int end)
{
    return std::any_of(list.begin(), list.end(), [&](const Interval &i) { return start < i.end && i.start < end; });
}

int minutesOf(const QString &hhmm)
{
    return hhmm.left(2).toInt() * 60 + hhmm.mid(3, 2).toInt();
}

QString hhmm(int minutes)
{
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString localStamp(const QDate &date, int minutes)
{
    return date.toString(Qt::ISODate) + u'T' + hhmm(minutes);
}

bool worksOn(const QJsonObject &rule, int dayOfWeek)
{
    const QJsonArray days = rule.value(u"days"_s).toArray();
    const QString name = Weekdays::dayName(dayOfWeek);
    return std::any_of(days.begin(), days.end(), [&](const QJsonValue &v) { return v.toString() == name; });
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// Which demo types each kind of provider books, most common first (repeats weight the draw).
QStringList typeMixFor(const QJsonObject &provider)
{
    const QStringList skills = strings(provider.value(u"skills"_s));
    if (skills.contains(u"hygiene"_s))
        return {u"cleaning"_s, u"cleaning"_s, u"cleaning"_s, u"srp"_s};
    if (skills.contains(u"oral_surgery"_s))
        return {u"extraction"_s, u"extraction"_s, u"implant"_s, u"emergency"_s};
    QStringList mix = {u"exam"_s, u"filling"_s, u"filling"_s, u"crown-prep"_s, u"new-patient"_s, u"emergency"_s,
                       u"ortho-adjust"_s, u"extraction"_s};
    if (skills.contains(u"endodontics"_s))
        mix << u"root-canal"_s << u"root-canal"_s;
    if (skills.contains(u"pediatric"_s))
        mix << u"pediatric"_s << u"pediatric"_s << u"pediatric"_s;
    return mix;
}

// The fourth Thursday of November if the window holds it, else the next Thursday a week out.
QDate holidayIn(const QDate &first, const QDate &last)
{
    QDate thanksgiving(first.year(), 11, 1);
    while (thanksgiving.dayOfWeek() != Qt::Thursday)
        thanksgiving = thanksgiving.addDays(1);
    thanksgiving = thanksgiving.addDays(21);
    if (thanksgiving > first.addDays(kDaysBack) && thanksgiving <= last)
        return thanksgiving;
    QDate d = first.addDays(kDaysBack + 7);
    while (d.dayOfWeek() != Qt::Thursday)
        d = d.addDays(1);
    return d;
}

} // namespace

QDate DemoPractice::dayOf(const QDateTime &nowUtc)
{
    QFile file(u":/chairside/demo/demo-practice.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QTimeZone zone(root.value(u"practice"_s).toObject().value(u"timeZone"_s).toString().toUtf8());
    return nowUtc.toTimeZone(zone).date();
}

QByteArray DemoPractice::document(const QDateTime &nowUtc)
{
    QFile file(u":/chairside/demo/demo-practice.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject names = root.take(u"names"_s).toObject();
    root.insert(u"format"_s, PracticeFileReader::kFormat.toString());

    const QTimeZone zone(root.value(u"practice"_s).toObject().value(u"timeZone"_s).toString().toUtf8());
    const QDateTime nowLocal = nowUtc.toTimeZone(zone);
    const QDate today = nowLocal.date();
    const int nowMinute = nowLocal.time().hour() * 60 + nowLocal.time().minute();
    const QDate first = today.addDays(-kDaysBack);
    const QDate last = today.addDays(kDaysAhead - 1);
    QRandomGenerator rng(quint32(today.toJulianDay()));
    auto chance = [&](double p) { return rng.generateDouble() < p; };
    auto pick = [&](const auto &list) { return list.at(rng.bounded(int(list.size()))); };

    // Patients in families; about two in five Spanish-speaking.
    QJsonArray patients;
    QStringList patientIds;
    QHash<QString, QString> familyOf;
    const QStringList providerIds = [&] {
        QStringList ids;
        for (const QJsonValue &p : root.value(u"providers"_s).toArray())
            ids << p.toObject().value(u"id"_s).toString();
        return ids;
    }();
    int familyNo = 0;
    while (patients.size() < kPatients) {
        const bool spanish = chance(0.4);
        const QJsonObject pool = names.value(spanish ? u"es"_s : u"en"_s).toObject();
        const QString lastName = pick(pool.value(u"last"_s).toArray()).toString();
        const int size = std::min<int>(1 + int(rng.bounded(4)), kPatients - int(patients.size()));
        const QString familyId = u"fam-%1"_s.arg(++familyNo, 3, 10, QLatin1Char('0'));
        for (int m = 0; m < size; ++m) {
            const QString firstName = pick(pool.value(u"first"_s).toArray()).toString();
            const QString id = u"pt-%1"_s.arg(patients.size() + 1, 4, 10, QLatin1Char('0'));
            QJsonObject p{{u"id"_s, id},
                          {u"name"_s, QString(firstName + u' ' + lastName)},
                          {u"phone"_s, u"+1-312-555-%1"_s.arg(100 + int(patients.size()), 4, 10, QLatin1Char('0'))},
                          {u"email"_s, u"%1.%2@example.com"_s.arg(firstName.toLower(), QString::number(patients.size() + 1))},
                          {u"language"_s, spanish && chance(0.8) ? u"es"_s : u"en"_s}};
            if (size > 1)
                p.insert(u"familyId"_s, familyId);
            // Birthdates spread over sixty years, from the patient's number rather than the
            // random draw, so the rest of the demo stays as it was.
            const int spread = int((patients.size() * 7919) % (60 * 365));
            p.insert(u"birthdate"_s, QDate(1950, 1, 1).addDays(spread).toString(Qt::ISODate));
            static const QStringList channels = {u"sms"_s, u"sms"_s, u"email"_s, u"phone"_s};
            p.insert(u"contact"_s, QJsonObject{{u"preferred"_s, QJsonValue(pick(channels))}, {u"doNotContact"_s, QJsonValue(chance(0.03))}});
            QJsonObject prefs;
            static const QStringList times = {u"morning"_s, u"afternoon"_s, u"evening"_s};
            if (chance(0.7))
                prefs.insert(u"timeOfDay"_s, pick(times));
            if (chance(0.5)) {
                QJsonArray days;
                for (int d = 1; d <= 5; ++d) {
                    if (chance(0.4))
                        days.append(Weekdays::dayName(d));
                }
                if (!days.isEmpty())
                    prefs.insert(u"days"_s, days);
            }
            if (chance(0.3))
                prefs.insert(u"providerId"_s, pick(providerIds));
            if (!prefs.isEmpty())
                p.insert(u"preferences"_s, prefs);
            patients.append(p);
            patientIds << id;
            familyOf.insert(id, familyId);
        }
    }
    root.insert(u"patients"_s, patients);

    // A holiday closes every provider; a weekly staff meeting blocks the whole practice.
    const QDate holiday = holidayIn(first, last);
    QJsonArray providers = root.value(u"providers"_s).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QJsonObject p = providers.at(i).toObject();
        p.insert(u"overrides"_s, QJsonArray{QJsonObject{{u"date"_s, holiday.toString(Qt::ISODate)}, {u"closed"_s, QJsonValue(true)}}});
        providers[i] = p;
    }
    root.insert(u"providers"_s, providers);

    QJsonArray blocks;
    // The holiday's name on the whole office day, so its heading says why nobody works.
    const bool thanksgiving = holiday.month() == 11 && holiday.day() >= 22 && holiday.day() <= 28
            && holiday.dayOfWeek() == Qt::Thursday;
    blocks.append(QJsonObject{{u"id"_s, QString(u"holiday-"_s + holiday.toString(u"yyyyMMdd"_s))},
                              {u"start"_s, localStamp(holiday, 7 * 60)},
                              {u"end"_s, localStamp(holiday, 19 * 60)},
                              {u"label"_s, word(thanksgiving ? u"Thanksgiving"_s : u"Office closed"_s)}});
    // The staff meeting is one weekly rule, as an office manager would enter it.
    QHash<QDate, QList<Interval>> practiceBlocked;
    QDate firstMeeting;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        if (d.dayOfWeek() == Qt::Wednesday) {
            if (!firstMeeting.isValid())
                firstMeeting = d;
            practiceBlocked[d].append({8 * 60, 8 * 60 + 45});
        }
    }
    if (firstMeeting.isValid())
        blocks.append(QJsonObject{{u"id"_s, u"staff-meeting"_s},
                                  {u"start"_s, localStamp(firstMeeting, 8 * 60)},
                                  {u"end"_s, localStamp(firstMeeting, 8 * 60 + 45)},
                                  {u"label"_s, word(u"Staff meeting"_s)},
                                  {u"repeat"_s, QJsonObject{{u"days"_s, QJsonArray{u"wed"_s}}}}});
    const QDate repairDay = today.addDays(3);
    blocks.append(QJsonObject{{u"id"_s, u"op6-service"_s},
                              {u"chairId"_s, u"op6"_s},
                              {u"start"_s, localStamp(repairDay, 13 * 60)},
                              {u"end"_s, localStamp(repairDay, 15 * 60)},
                              {u"label"_s, word(u"Autoclave service"_s)}});
    root.insert(u"blocks"_s, blocks);

    QHash<QString, QJsonObject> types;
    for (const QJsonValue &t : root.value(u"appointmentTypes"_s).toArray())
        types.insert(t.toObject().value(u"id"_s).toString(), t.toObject());
    QHash<QString, QStringList> chairEquipment;
    for (const QJsonValue &c : root.value(u"chairs"_s).toArray())
        chairEquipment.insert(c.toObject().value(u"id"_s).toString(), strings(c.toObject().value(u"equipment"_s)));
    const QJsonObject practice = root.value(u"practice"_s).toObject();
    const int turnover = practice.value(u"chairTurnoverMinutes"_s).toInt();
    const int grid = practice.value(u"gridMinutes"_s).toInt();

    // Fill each provider's working day in order, leaving some gaps, never double-booking a
    // chair (with turnover), a provider or a patient.
    QJsonArray appointments;
    int appointmentNo = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day == holiday)
            continue;
        QHash<QString, QList<Interval>> chairBusy;
        QSet<QString> patientsToday;
        const int dow = day.dayOfWeek();
        for (const QJsonValue &pv : std::as_const(providers)) {
            const QJsonObject provider = pv.toObject();
            const QString providerId = provider.value(u"id"_s).toString();
            const int buffer = provider.value(u"bufferMinutes"_s).toInt(practice.value(u"providerBufferMinutes"_s).toInt());
            const int maxPatients = provider.value(u"maxDailyPatients"_s).toInt();
            QList<Interval> breaks = practiceBlocked.value(day);
            for (const QJsonValue &b : provider.value(u"breaks"_s).toArray()) {
                if (worksOn(b.toObject(), dow))
                    breaks.append({minutesOf(b.toObject().value(u"start"_s).toString()),
                                   minutesOf(b.toObject().value(u"end"_s).toString())});
            }
            const QStringList mix = typeMixFor(provider);
            int booked = 0;
            for (const QJsonValue &hv : provider.value(u"hours"_s).toArray()) {
                const QJsonObject hours = hv.toObject();
                if (!worksOn(hours, dow))
                    continue;
                const QStringList chairs = strings(hours.value(u"chairs"_s));
                int cursor = minutesOf(hours.value(u"start"_s).toString());
                const int end = minutesOf(hours.value(u"end"_s).toString());
                while (cursor < end && booked < maxPatients) {
                    if (chance(0.18)) { // an open slot the front desk could fill
                        cursor += 30;
                        continue;
                    }
                    const QJsonObject type = types.value(pick(mix));
                    const int length = type.value(u"minutes"_s).toInt();
                    if (cursor + length > end)
                        break;
                    if (overlaps(breaks, cursor, cursor + length)) {
                        cursor += grid;
                        continue;
                    }
                    const QStringList needs = strings(type.value(u"equipment"_s));
                    QString chair;
                    for (const QString &c : chairs) {
                        const QStringList has = chairEquipment.value(c);
                        const bool equipped = std::all_of(needs.begin(), needs.end(), [&](const QString &e) { return has.contains(e); });
                        if (equipped && !overlaps(chairBusy.value(c), cursor - turnover, cursor + length + turnover)) {
                            chair = c;
                            break;
                        }
                    }
                    if (chair.isEmpty()) {
                        cursor += grid;
                        continue;
                    }
                    QString patient;
                    for (int tries = 0; tries < 20 && patient.isEmpty(); ++tries) {
                        const QString candidate = pick(patientIds);
                        if (!patientsToday.contains(candidate))
                            patient = candidate;
                    }
                    if (patient.isEmpty())
                        break;
                    patientsToday.insert(patient);
                    chairBusy[chair].append({cursor, cursor + length});

                    // Statuses as the day stands at `now`.
                    QString status;
                    const int dayOffset = int(today.daysTo(day));
                    const bool past = dayOffset < 0 || (dayOffset == 0 && cursor + length <= nowMinute);
                    const bool running = dayOffset == 0 && cursor <= nowMinute && nowMinute < cursor + length;
                    if (past)
                        status = chance(0.06) ? u"no_show"_s : chance(0.08) ? u"cancelled"_s : u"completed"_s;
                    else if (running)
                        status = u"in_chair"_s;
                    else if (dayOffset == 0 && cursor - nowMinute <= 20)
                        status = u"arrived"_s;
                    else if (chance(0.04))
                        status = u"cancelled"_s;
                    else
                        status = dayOffset <= 3 && chance(0.6) ? u"confirmed"_s : u"scheduled"_s;

                    QJsonObject a{{u"id"_s, u"appt-%1"_s.arg(++appointmentNo, 5, 10, QLatin1Char('0'))},
                                  {u"patientId"_s, patient},
                                  {u"typeId"_s, type.value(u"id"_s).toString()},
                                  {u"providerId"_s, providerId},
                                  {u"chairId"_s, chair},
                                  {u"start"_s, localStamp(day, cursor)},
                                  {u"minutes"_s, length},
                                  {u"status"_s, status}};
                    if (chance(0.1))
                        a.insert(u"notes"_s, word(pick(QStringList{u"Prefers nitrous"_s, u"Needs premedication"_s,
                                                                   u"Bring x-rays from previous office"_s,
                                                                   u"Anxious patient: explain each step"_s})));
                    appointments.append(a);
                    if (status != u"cancelled" && status != u"no_show")
                        ++booked;
                    const int next = cursor + length + buffer;
                    cursor = ((next + grid - 1) / grid) * grid;
                }
            }
        }
    }
    root.insert(u"appointments"_s, appointments);

    // A waitlist of patients hoping for something sooner.
    QJsonArray waitlist;
    static const QStringList waitTypes = {u"cleaning"_s, u"filling"_s, u"crown-prep"_s, u"root-canal"_s, u"exam"_s,
                                          u"implant"_s};
    for (int i = 0; i < 12; ++i) {
        const QString typeId = pick(waitTypes);
        QJsonObject w{{u"id"_s, u"wait-%1"_s.arg(i + 1, 3, 10, QLatin1Char('0'))},
                      {u"patientId"_s, pick(patientIds)},
                      {u"typeId"_s, typeId},
                      {u"earliest"_s, today.toString(Qt::ISODate)},
                      {u"latest"_s, today.addDays(7 + int(rng.bounded(28))).toString(Qt::ISODate)},
                      {u"urgency"_s, 1 + int(rng.bounded(10))},
                      {u"since"_s, localStamp(today.addDays(-1 - int(rng.bounded(30))), 9 * 60 + int(rng.bounded(8)) * 60)}};
        if (typeId == u"root-canal")
            w.insert(u"providerId"_s, u"dr-alvarez"_s);
        waitlist.append(w);
    }
    root.insert(u"waitlist"_s, waitlist);

    // Continuing care: adults every 6 months, children every 6 at their own visit, perio
    // patients every 3. Last visits spread over the past year and more, so the recall list
    // has overdue patients, some due soon and some already booked (their cleaning ahead).
    root.insert(u"recallTypes"_s,
                QJsonArray{QJsonObject{{u"id"_s, u"prophy"_s},
                                       {u"name"_s, word(u"Cleaning"_s)},
                                       {u"kind"_s, u"prophy"_s},
                                       {u"intervalMonths"_s, 6},
                                       {u"appointmentTypes"_s, QJsonArray{u"cleaning"_s}}},
                           QJsonObject{{u"id"_s, u"child-prophy"_s},
                                       {u"name"_s, word(u"Pediatric visit"_s)},
                                       {u"kind"_s, u"child_prophy"_s},
                                       {u"intervalMonths"_s, 6},
                                       {u"appointmentTypes"_s, QJsonArray{u"pediatric"_s, u"cleaning"_s}}},
                           QJsonObject{{u"id"_s, u"perio"_s},
                                       {u"name"_s, word(u"Perio maintenance"_s)},
                                       {u"kind"_s, u"perio_maintenance"_s},
                                       {u"intervalMonths"_s, 3},
                                       {u"appointmentTypes"_s, QJsonArray{u"srp"_s}}}});
    static const QStringList hygienists = {u"hyg-patel"_s, u"hyg-garcia"_s, u"hyg-nguyen"_s};
    static const QHash<QString, QString> hygienistChair = {
            {u"hyg-patel"_s, u"op1"_s}, {u"hyg-garcia"_s, u"op2"_s}, {u"hyg-nguyen"_s, u"op1"_s}};
    QJsonArray recalls;
    for (const QJsonValue &pv : std::as_const(patients)) {
        const QJsonObject p = pv.toObject();
        if (!chance(0.75))
            continue;
        const QDate born = QDate::fromString(p.value(u"birthdate"_s).toString(), Qt::ISODate);
        const bool child = born.isValid() && born.addYears(14) > today;
        const bool perio = !child && chance(0.12);
        const QString typeId = child ? u"child-prophy"_s : perio ? u"perio"_s : u"prophy"_s;
        const int months = perio ? 3 : 6;
        // Most were seen within their interval; some have lapsed by up to a year.
        const QDate lastDone = today.addDays(-20 - int(rng.bounded(months * 30 + 200)));
        const QString hygienist = pick(hygienists);
        recalls.append(QJsonObject{{u"patientId"_s, p.value(u"id"_s).toString()},
                                   {u"recallTypeId"_s, typeId},
                                   {u"lastDone"_s, lastDone.toString(Qt::ISODate)},
                                   {u"due"_s, lastDone.addMonths(months).toString(Qt::ISODate)},
                                   {u"providerId"_s, hygienist},
                                   {u"chairId"_s, hygienistChair.value(hygienist)}});
    }
    root.insert(u"recalls"_s, recalls);
    // The demo speaks the language it is created in: chairs, visits and breaks too.
    root.insert(u"chairs"_s, translated(root.value(u"chairs"_s).toArray(), u"name"_s));
    root.insert(u"appointmentTypes"_s, translated(root.value(u"appointmentTypes"_s).toArray(), u"name"_s));
    root.insert(u"productionBlocks"_s, translated(root.value(u"productionBlocks"_s).toArray(), u"name"_s));
    QJsonArray speaking;
    for (const QJsonValue &v : root.value(u"providers"_s).toArray()) {
        QJsonObject p = v.toObject();
        p.insert(u"breaks"_s, translated(p.value(u"breaks"_s).toArray(), u"label"_s));
        speaking.append(p);
    }
    root.insert(u"providers"_s, speaking);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace chairside
