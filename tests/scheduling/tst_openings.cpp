#include "fixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::scheduling;
using chairside::test::appointment;
using chairside::test::local;

namespace {

OpeningRequest request(const QString &type, const QDate &from, int days, const QString &patient = {}, int limit = 3)
{
    OpeningRequest r;
    r.typeId = type;
    r.from = from;
    r.days = days;
    r.patientId = patient;
    r.limit = limit;
    return r;
}

QString describe(const QList<Opening> &list)
{
    QStringList out;
    for (const Opening &o : list)
        out.append(u"%1 %2 %3 %4"_s.arg(fromMinute(o.start).toTimeZone(test::chicago()).toString(u"MM-dd HH:mm"_s),
                                       o.providerId, o.chairId)
                           .arg(o.score));
    return out.join(u"; "_s);
}

// ---- An independent brute-force reading of the booking rules, for the property test. ----
// It walks every 5-minute start of every local day with plain QDateTime arithmetic and
// checks each rule as the documentation states it, sharing no code with the engine except
// the pattern-fitting definition (tested on its own).

struct World
{
    PracticeSnapshot snapshot;
    QList<Appointment> appointments;
    QDateTime now;
};

QDateTime wall(const QDate &date, int minuteOfDay, const QTimeZone &zone)
{
    const QDate d = date.addDays(minuteOfDay / 1440);
    const int m = minuteOfDay % 1440;
    return QDateTime(d, QTime(m / 60, m % 60), zone).toUTC();
}

bool overlaps(qint64 a0, qint64 a1, qint64 b0, qint64 b1)
{
    return a0 < b1 && b0 < a1;
}

// Provider-time cells [start, end) in seconds.
QList<QPair<qint64, qint64>> xCells(const AppointmentType &t, qint64 start, int minutes)
{
    QList<QPair<qint64, qint64>> out;
    const QString p = ProviderTime::fittedPattern(t.pattern, minutes);
    for (int i = 0; i < p.size(); ++i) {
        if (p.at(i) == u'X')
            out.append({start + i * 300, std::min<qint64>(start + (i + 1) * 300, start + qint64(minutes) * 60)});
    }
    return out;
}

bool bruteValid(const World &w, const QString &patientId, const AppointmentType &t, const Provider &p, const Chair &c,
                const QDateTime &start, int minutes)
{
    const Practice &pr = w.snapshot.practice();
    const QTimeZone zone = pr.timeZone();
    const QDateTime localStart = start.toTimeZone(zone);
    const QDate date = localStart.date();
    const int mod = localStart.time().hour() * 60 + localStart.time().minute();
    const qint64 s = start.toSecsSinceEpoch();
    const qint64 e = s + qint64(minutes) * 60;
    if (mod % pr.gridMinutes != 0)
        return false;
    // Working spans for the date, merged per identical restrictions.
    QList<WorkingSpan> spans;
    bool overridden = false;
    for (const ScheduleOverride &o : p.overrides) {
        if (o.date == date) {
            overridden = true;
            if (!o.closed)
                spans = o.spans;
        }
    }
    if (!overridden) {
        for (const WorkingHours &h : p.hours) {
            if (h.days.contains(date.dayOfWeek()))
                spans.append(h.span);
        }
    }
    bool inside = false;
    for (const WorkingSpan &sp : std::as_const(spans)) {
        if ((!sp.chairIds.isEmpty() && !sp.chairIds.contains(c.id)) || (!sp.typeIds.isEmpty() && !sp.typeIds.contains(t.id)))
            continue;
        // Covered minute by minute by spans with exactly these restrictions.
        bool covered = true;
        for (qint64 m = s; m < e && covered; m += 60) {
            covered = false;
            for (const WorkingSpan &o : std::as_const(spans)) {
                if (o.chairIds == sp.chairIds && o.typeIds == sp.typeIds
                    && wall(date, o.startMinute, zone).toSecsSinceEpoch() <= m
                    && m < wall(date, o.endMinute, zone).toSecsSinceEpoch())
                    covered = true;
            }
        }
        inside = inside || covered;
    }
    if (!inside)
        return false;
    for (const ProviderBreak &b : p.breaks) {
        if (b.days.contains(date.dayOfWeek())
            && overlaps(s, e, wall(date, b.startMinute, zone).toSecsSinceEpoch(),
                        wall(date, b.endMinute, zone).toSecsSinceEpoch()))
            return false;
    }
    for (const Block &b : w.snapshot.blocks()) {
        const bool applies = (b.chairId.isEmpty() && b.providerId.isEmpty()) || b.providerId == p.id || b.chairId == c.id;
        if (applies && overlaps(s, e, b.startUtc.toSecsSinceEpoch(), b.endUtc.toSecsSinceEpoch()))
            return false;
    }
    const int buffer = p.bufferMinutes.value_or(pr.providerBufferMinutes) * 60;
    const auto mine = xCells(t, s, minutes);
    int patients = 1;
    int complexity = t.complexity;
    for (const Appointment &a : w.appointments) {
        if (!isLive(a.status))
            continue;
        const AppointmentType &at = *w.snapshot.type(a.typeId);
        const qint64 as = a.startUtc.toSecsSinceEpoch();
        const qint64 ae = as + qint64(a.minutes) * 60;
        if (a.providerId == p.id) {
            for (const auto &x : mine) {
                for (const auto &y : xCells(at, as, a.minutes)) {
                    if (x.first < y.second + buffer && y.first < x.second + buffer)
                        return false;
                }
            }
            if (a.startUtc.toTimeZone(zone).date() == date) {
                ++patients;
                complexity += at.complexity;
            }
        }
        const qint64 turnover = qint64(pr.chairTurnoverMinutes) * 60;
        if (a.chairId == c.id && overlaps(s - turnover, e + turnover, as, ae))
            return false;
        if (!patientId.isEmpty() && a.patientId == patientId && overlaps(s, e, as, ae))
            return false;
    }
    for (const QString &tag : t.equipment) {
        if (!c.equipment.contains(tag))
            return false;
    }
    if (!t.skill.isEmpty() && !p.skills.contains(t.skill))
        return false;
    if (patients > p.maxDailyPatients || complexity > p.maxDailyComplexity.value_or(pr.maxDailyComplexity))
        return false;
    if (s < w.now.toSecsSinceEpoch() + qint64(t.minLeadHours) * 3600)
        return false;
    if (w.now.toTimeZone(zone).date().daysTo(date) > t.maxAdvanceDays)
        return false;
    return minutes >= t.minMinutes && minutes <= t.maxMinutes;
}

int bruteScore(const World &w, const OpeningRequest &r, const QString &providerId, const QDateTime &start)
{
    const Patient *patient = w.snapshot.patient(r.patientId);
    if (!patient)
        return 0;
    const QTimeZone zone = w.snapshot.practice().timeZone();
    const QDateTime l = start.toTimeZone(zone);
    const int m = l.time().hour() * 60 + l.time().minute();
    int score = 0;
    const bool tod = (patient->preferredTimeOfDay == TimeOfDay::Morning && m >= 480 && m < 660)
            || (patient->preferredTimeOfDay == TimeOfDay::Afternoon && m >= 780 && m < 900)
            || (patient->preferredTimeOfDay == TimeOfDay::Evening && m >= 960 && m < 1080);
    if (tod)
        score += 10;
    const QString continuity = r.lastCompletedProviderId.isEmpty() ? patient->preferredProviderId : r.lastCompletedProviderId;
    if (!continuity.isEmpty() && continuity == providerId)
        score += 8;
    if (patient->preferredDays.contains(l.date().dayOfWeek()))
        score += 5;
    for (const Appointment &a : w.appointments) {
        const Patient *other = w.snapshot.patient(a.patientId);
        if (isLive(a.status) && a.patientId != r.patientId && other && !patient->familyId.isEmpty()
            && other->familyId == patient->familyId && a.startUtc.toTimeZone(zone).date() == l.date()) {
            score += 3;
            break;
        }
    }
    return score;
}

QList<Opening> bruteOpenings(const World &w, const OpeningRequest &r)
{
    const AppointmentType &t = *w.snapshot.type(r.typeId);
    const int minutes = r.minutes > 0 ? r.minutes : t.minutes;
    const QTimeZone zone = w.snapshot.practice().timeZone();
    QList<Opening> all;
    const qint64 from = QDateTime(r.from, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 to = QDateTime(r.from.addDays(r.days), QTime(0, 0), zone).toSecsSinceEpoch();
    for (const Provider &p : w.snapshot.providers()) {
        if (!r.providerId.isEmpty() && p.id != r.providerId)
            continue;
        for (qint64 s = from; s < to; s += 300) {
            const QDateTime start = QDateTime::fromSecsSinceEpoch(s, Qt::UTC);
            for (const Chair &c : w.snapshot.chairs()) { // sorted by id: the first valid is the lowest
                if (bruteValid(w, r.patientId, t, p, c, start, minutes)) {
                    all.append({s / 60, s / 60 + minutes, p.id, c.id, bruteScore(w, r, p.id, start)});
                    break;
                }
            }
        }
    }
    std::sort(all.begin(), all.end(), [](const Opening &a, const Opening &b) {
        return std::tie(b.score, a.start, a.providerId, a.chairId) < std::tie(a.score, b.start, b.providerId, b.chairId);
    });
    return all.mid(0, r.limit);
}

World randomWorld(QRandomGenerator &rng)
{
    auto pick = [&](const QStringList &from) { return from.at(int(rng.bounded(int(from.size())))); };
    auto chance = [&](int percent) { return int(rng.bounded(100)) < percent; };
    const QList<QByteArray> zones = {"America/Chicago", "America/Chicago", "Europe/London", "Asia/Kolkata"};
    const QList<QDate> anchors = {QDate(2026, 3, 6), QDate(2026, 10, 23), QDate(2026, 10, 30), QDate(2026, 12, 1)};

    Practice pr;
    pr.timeZoneId = zones.at(int(rng.bounded(int(zones.size()))));
    pr.gridMinutes = QList<int>{5, 10, 15, 20, 30}.at(int(rng.bounded(5)));
    pr.chairTurnoverMinutes = int(rng.bounded(4)) * 5;
    pr.providerBufferMinutes = int(rng.bounded(4)) * 5;
    pr.maxDailyComplexity = 4 + int(rng.bounded(10));
    const QTimeZone zone = pr.timeZone();
    const QDate anchor = anchors.at(int(rng.bounded(int(anchors.size()))));

    const QStringList tags = {u"std"_s, u"xray"_s, u"surg"_s};
    QList<Chair> chairs;
    const int chairCount = 1 + int(rng.bounded(4));
    for (int i = 0; i < chairCount; ++i) {
        Chair c;
        c.id = u"c%1"_s.arg(i + 1);
        c.name = c.id;
        for (const QString &tag : tags) {
            if (chance(60))
                c.equipment.append(tag);
        }
        chairs.append(c);
    }
    QStringList chairIds;
    for (const Chair &c : std::as_const(chairs))
        chairIds.append(c.id);

    QList<AppointmentType> types;
    const int typeCount = 1 + int(rng.bounded(3));
    for (int i = 0; i < typeCount; ++i) {
        AppointmentType t;
        t.id = u"t%1"_s.arg(i + 1);
        t.name = t.id;
        t.minutes = 10 + int(rng.bounded(12)) * 5;
        t.minMinutes = std::max(5, t.minutes - int(rng.bounded(3)) * 10);
        t.maxMinutes = t.minutes + int(rng.bounded(3)) * 10;
        for (int k = 0; k < t.minutes / 5; ++k)
            t.pattern.append(chance(60) ? u'X' : u'/');
        if (chance(20))
            t.pattern.clear();
        t.skill = chance(70) ? pick({u"general"_s, u"hygiene"_s}) : QString();
        if (chance(50))
            t.equipment = QStringList{pick(tags)};
        t.complexity = 1 + int(rng.bounded(4));
        t.minLeadHours = chance(30) ? int(rng.bounded(30)) : 0;
        t.maxAdvanceDays = chance(30) ? int(rng.bounded(5)) : 365;
        types.append(t);
    }
    QStringList typeIds;
    for (const AppointmentType &t : std::as_const(types))
        typeIds.append(t.id);

    // Boundaries avoid 01:00–03:00, where wall times are skipped or repeated on some days.
    auto boundary = [&]() {
        const int m = int(rng.bounded(1440 / 5)) * 5;
        return (m >= 60 && m < 180) ? m + 120 : m;
    };
    QList<Provider> providers;
    const int providerCount = 1 + int(rng.bounded(3));
    for (int i = 0; i < providerCount; ++i) {
        Provider p;
        p.id = u"p%1"_s.arg(i + 1);
        p.name = p.id;
        p.skills = chance(70) ? QStringList{u"general"_s} : QStringList{u"hygiene"_s};
        if (chance(30))
            p.skills.append(u"hygiene"_s);
        p.maxDailyPatients = 1 + int(rng.bounded(6));
        if (chance(30))
            p.maxDailyComplexity = 2 + int(rng.bounded(8));
        if (chance(30))
            p.bufferMinutes = int(rng.bounded(3)) * 5;
        const int spanCount = 1 + int(rng.bounded(3));
        for (int k = 0; k < spanCount; ++k) {
            WorkingHours h;
            h.days = Weekdays::fromMask(quint8(rng.bounded(128)) | 0x01);
            int a = boundary();
            int b = boundary();
            if (a > b)
                std::swap(a, b);
            if (chance(25)) { // wide spans cross the night the clocks change
                a = 0;
                b = 1440;
            }
            h.span.startMinute = a;
            h.span.endMinute = std::max(b, a + 5);
            if (chance(40))
                h.span.chairIds = QStringList{pick(chairIds)};
            if (chance(25))
                h.span.typeIds = QStringList{pick(typeIds)};
            p.hours.append(h);
        }
        if (chance(50)) {
            const int a = boundary();
            p.breaks.append({Weekdays::all(), a, std::min(1440, a + 5 + int(rng.bounded(12)) * 5), u"break"_s});
        }
        if (chance(30))
            p.overrides.append({anchor.addDays(int(rng.bounded(3))), chance(50), {WorkingSpan{540, 720, {}, {}, {}}}});
        providers.append(p);
    }
    QStringList providerIds;
    for (const Provider &p : std::as_const(providers))
        providerIds.append(p.id);

    QList<Patient> patients;
    for (int i = 0; i < 1 + int(rng.bounded(4)); ++i) {
        Patient p;
        p.id = u"q%1"_s.arg(i + 1);
        p.familyId = chance(60) ? u"fam"_s : QString();
        p.preferredTimeOfDay = TimeOfDay(rng.bounded(4));
        p.preferredDays = Weekdays::fromMask(quint8(rng.bounded(128)));
        if (chance(50))
            p.preferredProviderId = pick(providerIds);
        patients.append(p);
    }
    QStringList patientIds;
    for (const Patient &p : std::as_const(patients))
        patientIds.append(p.id);

    QList<Block> blocks;
    for (int i = 0; i < int(rng.bounded(3)); ++i) {
        Block b;
        b.id = u"b%1"_s.arg(i);
        if (chance(40))
            b.chairId = pick(chairIds);
        else if (chance(50))
            b.providerId = pick(providerIds);
        b.startUtc = QDateTime(anchor.addDays(int(rng.bounded(3))), QTime(0, 0), zone).addSecs(qint64(boundary()) * 60).toUTC();
        b.endUtc = b.startUtc.addSecs(qint64(15 + rng.bounded(120)) * 60);
        blocks.append(b);
    }

    World w{PracticeSnapshot(pr, chairs, providers, types, patients, blocks), {}, {}};
    w.now = QDateTime(anchor.addDays(-int(rng.bounded(2))), QTime(int(rng.bounded(24)), 0), zone).toUTC();
    for (int i = 0; i < int(rng.bounded(25)); ++i) {
        const AppointmentType &t = types.at(int(rng.bounded(int(types.size()))));
        Appointment a;
        a.id = u"a%1"_s.arg(i);
        a.patientId = pick(patientIds);
        a.typeId = t.id;
        a.providerId = pick(providerIds);
        a.chairId = pick(chairIds);
        a.startUtc = QDateTime(anchor.addDays(int(rng.bounded(5)) - 1), QTime(0, 0), zone)
                             .addSecs(qint64(rng.bounded(288)) * 300)
                             .toUTC();
        a.minutes = t.minutes;
        a.status = AppointmentStatus(rng.bounded(7));
        w.appointments.append(a);
    }
    return w;
}

} // namespace

// Ranked openings: the weights, the ordering and its ties, and a property test against an
// independent brute-force reading of the rules.
class TestOpenings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tiesOrderByStartThenProviderThenChair()
    {
        Scheduler scheduler(test::fixturePractice());
        const QList<Opening> found = scheduler.openings(request(u"exam"_s, QDate(2026, 11, 30), 5), test::fixtureNow());
        QCOMPARE(describe(found), u"11-30 08:00 dr-a c1 0; 11-30 08:00 dr-c c1 0; 11-30 08:10 dr-a c1 0"_s);
    }

    void oneOptionPerProviderAndStartWithTheLowestChair()
    {
        Scheduler scheduler(test::fixturePractice());
        // c1 is taken at 08:00 by someone else's appointment with dr-c: dr-a gets c2 at 08:00.
        scheduler.index().upsert(scheduler.booked(
                appointment(u"x"_s, u"pt3"_s, u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-11-30T08:00"_s, 20)));
        const QList<Opening> found =
                scheduler.openings(request(u"exam"_s, QDate(2026, 11, 30), 1, QString(), 4), test::fixtureNow());
        // dr-c's own provider time (08:05–08:15) plus the 10-minute buffer keeps dr-c until 08:25.
        QCOMPARE(describe(found), u"11-30 08:00 dr-a c2 0; 11-30 08:10 dr-a c2 0; 11-30 08:20 dr-a c2 0; "
                                  "11-30 08:20 dr-c c2 0"_s);
    }

    void weights()
    {
        // pt1: mornings, Tuesdays, Dr. A; pt2 (same family) has a visit on Wednesday 2026-12-02.
        Scheduler scheduler(test::fixturePractice());
        scheduler.index().upsert(scheduler.booked(
                appointment(u"fam"_s, u"pt2"_s, u"exam"_s, u"dr-c"_s, u"c2"_s, u"2026-12-02T15:00"_s, 20)));
        const QList<Opening> found =
                scheduler.openings(request(u"exam"_s, QDate(2026, 11, 30), 5, u"pt1"_s, 4), test::fixtureNow());
        // Tuesday morning with Dr. A: 10 + 8 + 5.
        QCOMPARE(describe(found), u"12-01 08:00 dr-a c1 23; 12-01 08:10 dr-a c1 23; 12-01 08:20 dr-a c1 23; "
                                  "12-01 08:30 dr-a c1 23"_s);

        // Away from Tuesday mornings, Wednesday morning with Dr. A scores 10 + 8 + 3 (family).
        OpeningRequest wed = request(u"exam"_s, QDate(2026, 12, 2), 1, u"pt1"_s, 1);
        QCOMPARE(describe(scheduler.openings(wed, test::fixtureNow())), u"12-02 08:30 dr-a c1 21"_s);
        // Continuity follows the latest completed visit over the stated preference.
        wed.lastCompletedProviderId = u"dr-c"_s;
        QCOMPARE(describe(scheduler.openings(wed, test::fixtureNow())), u"12-02 08:30 dr-c c1 21"_s);
        // Afternoon openings score without the time-of-day weight.
        wed.from = QDate(2026, 12, 1);
        wed.providerId = u"dr-c"_s;
        wed.limit = 40;
        const QList<Opening> tuesday = scheduler.openings(wed, test::fixtureNow());
        QVERIFY(std::any_of(tuesday.cbegin(), tuesday.cend(), [](const Opening &o) {
            return o.score == 13 && fromMinute(o.start).toTimeZone(test::chicago()).time() == QTime(13, 0);
        }));
    }

    void familyClusteringAlone()
    {
        Scheduler scheduler(test::fixturePractice());
        scheduler.index().upsert(scheduler.booked(
                appointment(u"fam"_s, u"pt1"_s, u"exam"_s, u"dr-c"_s, u"c2"_s, u"2026-12-02T15:00"_s, 20)));
        const QList<Opening> found =
                scheduler.openings(request(u"exam"_s, QDate(2026, 11, 30), 5, u"pt2"_s, 1), test::fixtureNow());
        QCOMPARE(describe(found), u"12-02 08:30 dr-a c1 3"_s);
    }

    void everyOpeningPassesTheRules()
    {
        Scheduler scheduler(test::fixturePractice());
        scheduler.index().upsert(scheduler.booked(
                appointment(u"k1"_s, u"pt2"_s, u"crown"_s, u"dr-a"_s, u"c2"_s, u"2026-12-01T09:00"_s, 60)));
        for (const QString &type : {u"exam"_s, u"crown"_s, u"cleaning"_s, u"surgery"_s}) {
            const QList<Opening> found =
                    scheduler.openings(request(type, QDate(2026, 11, 30), 10, u"pt1"_s, 50), test::fixtureNow());
            QVERIFY2(!found.isEmpty(), qPrintable(type));
            for (const Opening &o : found) {
                const QList<Violation> v = scheduler.check(
                        {u"pt1"_s, type, o.providerId, o.chairId, o.start, 0, {}, true}, test::fixtureNow());
                QVERIFY2(v.isEmpty(), qPrintable(type + u": "_s + (v.isEmpty() ? QString() : v.first().message)));
            }
        }
    }

    void daylightSavingDaysKeepLocalHours()
    {
        Scheduler scheduler(test::fixturePractice());
        OpeningRequest r = request(u"exam"_s, QDate(2026, 3, 1), 14, QString(), 100);
        r.providerId = u"dr-sun"_s;
        const QList<Opening> found = scheduler.openings(r, local(u"2026-02-20T08:00"_s));
        QVERIFY(!found.isEmpty());
        QSet<QDate> sundays;
        for (const Opening &o : found) {
            const QDateTime l = fromMinute(o.start).toTimeZone(test::chicago());
            QVERIFY(l.time() >= QTime(8, 0) && l.time() <= QTime(11, 40));
            sundays.insert(l.date());
        }
        QVERIFY(sundays.contains(QDate(2026, 3, 1)));
        QCOMPARE(fromMinute(found.first().start), QDateTime(QDate(2026, 3, 1), QTime(14, 0), Qt::UTC));
        r.from = QDate(2026, 3, 8);
        r.days = 1;
        QCOMPARE(fromMinute(scheduler.openings(r, local(u"2026-02-20T08:00"_s)).first().start),
                 QDateTime(QDate(2026, 3, 8), QTime(13, 0), Qt::UTC));
    }

    void noPatientMeansEveryScoreIsZero()
    {
        Scheduler scheduler(test::fixturePractice());
        const QList<Opening> found = scheduler.openings(request(u"exam"_s, QDate(2026, 12, 1), 3, QString(), 30),
                                                        test::fixtureNow());
        QCOMPARE(found.size(), 30);
        for (const Opening &o : found)
            QCOMPARE(o.score, 0);
    }

    void property_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 200; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void property()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const World world = randomWorld(rng);
        Scheduler scheduler(world.snapshot);
        for (const Appointment &a : world.appointments)
            scheduler.index().upsert(scheduler.booked(a));
        for (int round = 0; round < 4; ++round) {
            OpeningRequest r;
            const QList<AppointmentType> &types = world.snapshot.types();
            r.typeId = types.at(int(rng.bounded(int(types.size())))).id;
            r.from = world.now.toTimeZone(world.snapshot.zone()).date().addDays(int(rng.bounded(3)) - 1);
            r.days = 1 + int(rng.bounded(3));
            r.limit = 1 + int(rng.bounded(6));
            if (rng.bounded(2))
                r.patientId = u"q%1"_s.arg(1 + rng.bounded(2));
            if (!world.snapshot.patient(r.patientId))
                r.patientId.clear();
            if (rng.bounded(3) == 0)
                r.providerId = world.snapshot.providers().constFirst().id;
            if (rng.bounded(3) == 0 && !r.patientId.isEmpty())
                r.lastCompletedProviderId = world.snapshot.providers().constLast().id;
            const QList<Opening> engine = scheduler.openings(r, world.now);
            const QList<Opening> brute = bruteOpenings(world, r);
            for (const Opening &o : engine) {
                const AppointmentType &t = *world.snapshot.type(r.typeId);
                QVERIFY2(bruteValid(world, r.patientId, t, *world.snapshot.provider(o.providerId),
                                    *world.snapshot.chair(o.chairId), fromMinute(o.start), int(o.end - o.start)),
                         qPrintable(u"invalid opening "_s + describe({o})));
            }
            QCOMPARE(describe(engine), describe(brute));
            s_rounds += 1;
            s_withOpenings += engine.isEmpty() ? 0 : 1;
            s_scored += std::any_of(engine.cbegin(), engine.cend(), [](const Opening &o) { return o.score > 0; }) ? 1 : 0;
        }
    }

    // The random practices must exercise the search, not only agree on "nothing fits".
    void propertyCoverage()
    {
        QVERIFY2(s_withOpenings * 3 > s_rounds, qPrintable(u"%1 of %2"_s.arg(s_withOpenings).arg(s_rounds)));
        QVERIFY2(s_scored * 10 > s_rounds, qPrintable(u"%1 of %2"_s.arg(s_scored).arg(s_rounds)));
        qInfo("property rounds: %d, with openings: %d, with scored openings: %d", s_rounds, s_withOpenings, s_scored);
    }

private:
    static inline int s_rounds = 0;
    static inline int s_withOpenings = 0;
    static inline int s_scored = 0;
};

QTEST_GUILESS_MAIN(TestOpenings)
#include "tst_openings.moc"
