#include "fixture.h"

#include "domain/localformat.h"
#include "scheduling/statusworkflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::scheduling;
using chairside::test::appointment;
using chairside::test::local;
using chairside::test::localMinute;

// Every booking rule alone and combined, on the fixture practice.
class TestBookingRules : public QObject
{
    Q_OBJECT

private:
    // "id|patient|type|provider|chair|localStart|minutes[|status]"
    static Appointment parseExisting(const QString &spec)
    {
        const QStringList f = spec.split(u'|');
        Appointment a = appointment(f[0], f[1], f[2], f[3], f[4], f[5], f[6].toInt());
        if (f.size() > 7)
            a.status = parseAppointmentStatus(f[7]).value();
        return a;
    }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("candidate"); // patient|type|provider|chair|localStart|minutes[|replacing]
        QTest::addColumn<QString>("now");       // local; empty = the fixture's Monday 08:00
        QTest::addColumn<QString>("expected");  // rule ids in rule order, comma-separated

        QTest::newRow("valid") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T09:00|0"_s << QString() << QString();
        QTest::newRow("starting exactly now") << QStringList() << u"pt1|exam|dr-a|c1|2026-11-30T08:00|0"_s << QString()
                                              << QString();
        QTest::newRow("off grid") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T09:05|0"_s << QString()
                                  << u"off_grid"_s;
        QTest::newRow("before hours") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T07:30|0"_s << QString()
                                      << u"outside_hours"_s;
        QTest::newRow("running past closing") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T16:50|0"_s
                                              << QString() << u"outside_hours"_s;
        QTest::newRow("ending exactly at closing") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T16:40|0"_s
                                                   << QString() << QString();
        QTest::newRow("chair not in the provider's hours")
                << QStringList() << u"pt1|surgery|dr-a|c3|2026-12-10T09:00|0"_s << QString()
                << u"outside_hours,skill"_s;
        QTest::newRow("hours kept for other types")
                << QStringList() << u"pt1|exam|dr-a|c1|2026-12-04T14:00|0"_s << QString() << u"outside_hours"_s;
        QTest::newRow("type the hours keep") << QStringList() << u"pt1|crown|dr-a|c2|2026-12-04T14:00|0"_s
                                             << QString() << QString();
        QTest::newRow("override closes the day")
                << QStringList() << u"pt1|exam|dr-a|c1|2026-12-03T09:00|0"_s << QString() << u"outside_hours"_s;
        QTest::newRow("other provider on the closed day")
                << QStringList() << u"pt1|exam|dr-c|c1|2026-12-03T09:00|0"_s << QString() << QString();
        QTest::newRow("break") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T11:50|0"_s << QString()
                               << u"break"_s;
        QTest::newRow("right after the break")
                << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T13:00|0"_s << QString() << QString();
        QTest::newRow("practice-wide block")
                << QStringList() << u"pt1|exam|dr-c|c1|2026-12-02T08:20|0"_s << QString() << u"blocked"_s;
        QTest::newRow("chair block") << QStringList() << u"pt1|exam|dr-c|c2|2026-12-01T15:00|0"_s << QString()
                                     << u"blocked"_s;
        QTest::newRow("other chair during a chair block")
                << QStringList() << u"pt1|exam|dr-c|c1|2026-12-01T15:00|0"_s << QString() << QString();
        QTest::newRow("provider block") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-04T09:30|0"_s << QString()
                                        << u"blocked"_s;
        QTest::newRow("other provider during a provider block")
                << QStringList() << u"pt1|exam|dr-c|c1|2026-12-04T09:30|0"_s << QString() << QString();

        // exam "/XX/": provider time 09:05–09:15 for a 09:00 start; buffer 10.
        const QString examA = u"e1|pt2|exam|dr-a|c2|2026-12-01T09:00|20"_s;
        QTest::newRow("provider busy inside the buffer")
                << QStringList{examA} << u"pt1|exam|dr-a|c1|2026-12-01T09:10|0"_s << QString() << u"provider_busy"_s;
        QTest::newRow("provider free exactly at the buffer")
                << QStringList{examA} << u"pt1|exam|dr-a|c1|2026-12-01T09:20|0"_s << QString() << QString();
        QTest::newRow("provider free before, exactly at the buffer")
                << QStringList{examA} << u"pt1|exam|dr-a|c1|2026-12-01T08:40|0"_s << QString() << QString();
        QTest::newRow("provider busy just before")
                << QStringList{examA} << u"pt1|exam|dr-a|c1|2026-12-01T08:50|0"_s << QString() << u"provider_busy"_s;
        QTest::newRow("cancelled appointments hold nothing")
                << QStringList{examA + u"|cancelled"_s} << u"pt1|exam|dr-a|c2|2026-12-01T09:00|0"_s << QString()
                << QString();
        QTest::newRow("no-shows hold nothing") << QStringList{examA + u"|no_show"_s}
                                               << u"pt1|exam|dr-a|c2|2026-12-01T09:00|0"_s << QString() << QString();

        // cleaning "XX////////XX": the hygienist is needed 0–10 and 50–60 only.
        const QString cleaning = u"h1|pt2|cleaning|hyg-b|c1|2026-12-01T08:00|60"_s;
        QTest::newRow("hygienist's assistant time overlaps")
                << QStringList{cleaning} << u"pt1|cleaning|hyg-b|c2|2026-12-01T08:20|0"_s << QString() << QString();
        QTest::newRow("hygienist's own time collides")
                << QStringList{cleaning} << u"pt1|cleaning|hyg-b|c2|2026-12-01T08:10|0"_s << QString()
                << u"provider_busy"_s;
        QTest::newRow("hygienist's closing exam collides")
                << QStringList{cleaning} << u"pt1|cleaning|hyg-b|c2|2026-12-01T08:50|0"_s << QString()
                << u"provider_busy"_s;

        // Chair turnover 20 after an appointment ending 09:20.
        const QString chairUse = u"e2|pt2|exam|dr-c|c1|2026-12-01T09:00|20"_s;
        QTest::newRow("chair inside turnover")
                << QStringList{chairUse} << u"pt1|exam|dr-a|c1|2026-12-01T09:30|0"_s << QString() << u"chair_busy"_s;
        QTest::newRow("chair free exactly after turnover")
                << QStringList{chairUse} << u"pt1|exam|dr-a|c1|2026-12-01T09:40|0"_s << QString() << QString();
        QTest::newRow("chair inside turnover before")
                << QStringList{chairUse} << u"pt1|exam|dr-a|c1|2026-12-01T08:30|0"_s << QString() << u"chair_busy"_s;
        QTest::newRow("chair free exactly before turnover")
                << QStringList{chairUse} << u"pt1|exam|dr-a|c1|2026-12-01T08:20|0"_s << QString() << QString();

        QTest::newRow("patient busy") << QStringList{u"e3|pt1|exam|dr-c|c1|2026-12-01T09:00|20"_s}
                                      << u"pt1|exam|dr-a|c2|2026-12-01T09:10|0"_s << QString() << u"patient_busy"_s;
        QTest::newRow("patient back to back")
                << QStringList{u"e3|pt1|exam|dr-c|c1|2026-12-01T09:00|20"_s} << u"pt1|exam|dr-a|c2|2026-12-01T09:20|0"_s
                << QString() << QString();
        QTest::newRow("equipment") << QStringList() << u"pt1|crown|dr-a|c1|2026-12-01T09:00|0"_s << QString()
                                   << u"equipment"_s;
        QTest::newRow("skill") << QStringList() << u"pt1|cleaning|dr-a|c1|2026-12-01T09:00|0"_s << QString()
                               << u"skill"_s;

        const QStringList threeExams = {u"x1|pt2|exam|dr-a|c1|2026-12-01T08:00|20"_s,
                                        u"x2|pt3|exam|dr-a|c1|2026-12-01T10:00|20"_s,
                                        u"x3|pt2|exam|dr-a|c1|2026-12-01T14:00|20"_s};
        QTest::newRow("max patients") << threeExams << u"pt1|exam|dr-a|c1|2026-12-01T16:00|0"_s << QString()
                                      << u"max_patients"_s;
        QTest::newRow("max patients counts the next day apart")
                << threeExams << u"pt1|exam|dr-a|c1|2026-12-02T16:00|0"_s << QString() << QString();
        QStringList cancelledThird = threeExams;
        cancelledThird[2] += u"|cancelled"_s;
        QTest::newRow("max patients ignores cancelled")
                << cancelledThird << u"pt1|exam|dr-a|c1|2026-12-01T16:00|0"_s << QString() << QString();
        const QStringList twoCrowns = {u"k1|pt2|crown|dr-a|c2|2026-12-01T08:00|60"_s,
                                       u"k2|pt3|crown|dr-a|c2|2026-12-01T10:00|60"_s};
        QTest::newRow("max complexity") << twoCrowns << u"pt1|crown|dr-a|c2|2026-12-01T16:00|0"_s << QString()
                                        << u"max_complexity"_s;
        QTest::newRow("complexity within the limit")
                << twoCrowns << u"pt1|exam|dr-a|c1|2026-12-01T14:00|0"_s << QString() << QString();

        QTest::newRow("lead time") << QStringList() << u"pt1|surgery|dr-s|c3|2026-12-01T09:00|0"_s << QString()
                                   << u"lead_time"_s;
        QTest::newRow("lead time met") << QStringList() << u"pt1|surgery|dr-s|c3|2026-12-02T09:00|0"_s << QString()
                                       << QString();
        QTest::newRow("in the past") << QStringList() << u"pt1|exam|dr-a|c1|2026-11-27T09:00|0"_s << QString()
                                     << u"lead_time"_s;
        QTest::newRow("advance window") << QStringList() << u"pt1|surgery|dr-s|c3|2027-01-04T09:00|0"_s << QString()
                                        << u"advance_window"_s;
        QTest::newRow("last day of the advance window")
                << QStringList() << u"pt1|surgery|dr-s|c3|2026-12-30T09:00|0"_s << QString() << QString();
        QTest::newRow("too long") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T09:00|40"_s << QString()
                                  << u"duration_bounds"_s;
        QTest::newRow("too short") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T09:00|5"_s << QString()
                                   << u"duration_bounds"_s;
        QTest::newRow("longest allowed") << QStringList() << u"pt1|exam|dr-a|c1|2026-12-01T09:00|30"_s << QString()
                                         << QString();

        QTest::newRow("everything at once")
                << QStringList{u"z1|pt1|exam|dr-c|c1|2026-12-01T12:00|20"_s, u"z2|pt2|exam|dr-a|c2|2026-12-01T12:10|20"_s}
                << u"pt1|crown|dr-a|c1|2026-12-01T12:05|120"_s << QString()
                << u"off_grid,break,provider_busy,chair_busy,patient_busy,equipment,duration_bounds"_s;
        QTest::newRow("moving an appointment ignores itself")
                << QStringList{u"m1|pt1|exam|dr-a|c1|2026-12-01T09:00|20"_s}
                << u"pt1|exam|dr-a|c1|2026-12-01T09:10|0|m1"_s << QString() << QString();

        // Daylight saving: Sunday hours 08–12 local on the days the clocks change.
        QTest::newRow("spring-forward day") << QStringList() << u"pt1|exam|dr-sun|c1|2026-03-08T08:00|0"_s
                                            << u"2026-03-01T08:00"_s << QString();
        QTest::newRow("spring-forward day, before hours")
                << QStringList() << u"pt1|exam|dr-sun|c1|2026-03-08T07:50|0"_s << u"2026-03-01T08:00"_s
                << u"outside_hours"_s;
        QTest::newRow("fall-back day") << QStringList() << u"pt1|exam|dr-sun|c1|2026-11-01T11:40|0"_s
                                       << u"2026-10-20T08:00"_s << QString();
        QTest::newRow("fall-back day, past closing")
                << QStringList() << u"pt1|exam|dr-sun|c1|2026-11-01T11:50|0"_s << u"2026-10-20T08:00"_s
                << u"outside_hours"_s;
    }

    void rules()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, candidate);
        QFETCH(QString, now);
        QFETCH(QString, expected);

        Scheduler scheduler(test::fixturePractice());
        for (const QString &spec : std::as_const(existing))
            scheduler.index().upsert(scheduler.booked(parseExisting(spec)));
        const QStringList f = candidate.split(u'|');
        BookingCandidate c{f[0], f[1], f[2], f[3], localMinute(f[4]), f[5].toInt(), f.value(6), true};
        const QList<Violation> violations =
                scheduler.check(c, now.isEmpty() ? test::fixtureNow() : local(now));
        QStringList rules;
        for (const Violation &v : violations) {
            rules.append(v.rule);
            QVERIFY2(!v.message.isEmpty(), qPrintable(v.rule));
        }
        QCOMPARE(rules.join(u','), expected);
    }

    void messagesNameTheOtherAppointmentWithoutPatientDetails()
    {
        Scheduler scheduler(test::fixturePractice());
        scheduler.index().upsert(scheduler.booked(appointment(u"e1"_s, u"pt2"_s, u"exam"_s, u"dr-a"_s, u"c1"_s,
                                                              u"2026-12-01T09:00"_s, 20)));
        const QList<Violation> v = scheduler.check(
                {u"pt1"_s, u"exam"_s, u"dr-a"_s, u"c1"_s, localMinute(u"2026-12-01T09:10"_s), 0, {}, true},
                test::fixtureNow());
        QCOMPARE(v.size(), 2);
        for (const Violation &one : v) {
            QCOMPARE(one.otherId, u"e1"_s); // for scripts; people read the visit's kind and time
            QVERIFY(!one.message.contains(u"e1"_s));
            QVERIFY2(one.message.contains(u"another visit (exam, "_s), qPrintable(one.message)); // the type's name
            QVERIFY2(one.message.contains(localformat::time(9 * 60) + u"–"_s + localformat::time(9 * 60 + 20)),
                     qPrintable(one.message));
            QVERIFY(!one.message.contains(u"pt2"_s));
        }
        QVERIFY(v[0].message.contains(u"Dr. A"_s));
        QVERIFY(v[1].message.contains(u"Chair 1"_s));
    }

    void localDayAcrossDaylightSaving()
    {
        const LocalDay spring(QDate(2026, 3, 8), test::chicago());
        QCOMPARE(spring.span().end - spring.span().start, 23 * 60);
        QCOMPARE(fromMinute(spring.at(8 * 60)), QDateTime(QDate(2026, 3, 8), QTime(13, 0), Qt::UTC));
        QCOMPARE(fromMinute(spring.at(1 * 60)), QDateTime(QDate(2026, 3, 8), QTime(7, 0), Qt::UTC));
        // 02:30 does not exist that night: it lands where the clock jumps to 03:00.
        QCOMPARE(spring.at(2 * 60 + 30), spring.at(3 * 60));
        QCOMPARE(spring.minuteOfDay(spring.at(8 * 60)), 8 * 60);
        const LocalDay fall(QDate(2026, 11, 1), test::chicago());
        QCOMPARE(fall.span().end - fall.span().start, 25 * 60);
        QCOMPARE(fromMinute(fall.at(8 * 60)), QDateTime(QDate(2026, 11, 1), QTime(14, 0), Qt::UTC));
        QCOMPARE(fall.minuteOfDay(fall.at(16 * 60 + 10)), 16 * 60 + 10);
        const LocalDay plain(QDate(2026, 12, 1), test::chicago());
        QCOMPARE(fromMinute(plain.at(8 * 60)), QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC));
    }

    void providerTimePatternFitsTheLength()
    {
        QCOMPARE(ProviderTime::fittedPattern(u"/XX/"_s, 20), u"/XX/"_s);
        QCOMPARE(ProviderTime::fittedPattern(u"/XX/"_s, 30), u"/XXXX/"_s);
        QCOMPARE(ProviderTime::fittedPattern(u"//XXXX//"_s, 20), u"//XX"_s.left(2) + u"//"_s);
        QCOMPARE(ProviderTime::fittedPattern(u"/XX/"_s, 12), u"/X/"_s);
        QCOMPARE(ProviderTime::fittedPattern(QString(), 15), u"XXX"_s);
        const ProviderTime::Runs runs = ProviderTime::runs(u"XX////XX"_s, 100, 40);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0], (Interval{100, 110}));
        QCOMPARE(runs[1], (Interval{130, 140}));
        QCOMPARE(ProviderTime::runs(QString(), 0, 7).first(), (Interval{0, 7}));
    }

    void availabilityIsCachedUntilItsInputsChange()
    {
        Scheduler scheduler(test::fixturePractice());
        const Provider a = *scheduler.snapshot().provider(u"dr-a"_s);
        const QDate tue(2026, 12, 1);
        QCOMPARE(scheduler.availability().providerDay(a, tue).spans.size(), 1);
        Q_UNUSED(scheduler.availability().providerDay(a, tue));
        QCOMPARE(scheduler.availability().expansions(), 1);

        // A new override closes Tuesday: the cached day must not survive it.
        Provider changed = a;
        changed.overrides.append({tue, true, {}});
        scheduler.replaceProvider(changed);
        const BookingCandidate c{u"pt1"_s, u"exam"_s, u"dr-a"_s, u"c1"_s, localMinute(u"2026-12-01T09:00"_s), 0, {}, true};
        QCOMPARE(scheduler.check(c, test::fixtureNow()).constFirst().rule, u"outside_hours"_s);
        QCOMPARE(scheduler.availability().expansions(), 2);

        // A new practice-wide block drops the days it touches, and only those.
        scheduler.replaceProvider(a);
        QVERIFY(scheduler.check(c, test::fixtureNow()).isEmpty());
        Q_UNUSED(scheduler.availability().providerDay(a, tue.addDays(7)));
        const int before = scheduler.availability().expansions();
        QList<Block> blocks = scheduler.snapshot().blocks();
        Block fire;
        fire.id = u"fire-drill"_s;
        fire.startUtc = local(u"2026-12-01T09:00"_s);
        fire.endUtc = local(u"2026-12-01T09:30"_s);
        blocks.append(fire);
        scheduler.replaceBlocks(blocks);
        QCOMPARE(scheduler.check(c, test::fixtureNow()).constFirst().rule, u"blocked"_s);
        Q_UNUSED(scheduler.availability().providerDay(a, tue.addDays(7)));
        QCOMPARE(scheduler.availability().expansions(), before + 1); // Tuesday again, not the week after
    }

    void statusWorkflow_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("minutesAfterStart");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("confirm") << u"scheduled"_s << u"confirmed"_s << -60 << true;
        QTest::newRow("walk-up arrival") << u"scheduled"_s << u"arrived"_s << -5 << true;
        QTest::newRow("arrive") << u"confirmed"_s << u"arrived"_s << -5 << true;
        QTest::newRow("arrive early that morning") << u"confirmed"_s << u"arrived"_s << -8 * 60 << true;
        QTest::newRow("check in the day before") << u"confirmed"_s << u"arrived"_s << -24 * 60 << false;
        QTest::newRow("walk-up the day before") << u"scheduled"_s << u"arrived"_s << -16 * 60 << false;
        QTest::newRow("finish a day late") << u"in_chair"_s << u"completed"_s << 26 * 60 << true;
        QTest::newRow("seat") << u"arrived"_s << u"in_chair"_s << 0 << true;
        QTest::newRow("complete") << u"in_chair"_s << u"completed"_s << 50 << true;
        QTest::newRow("skip the chair") << u"arrived"_s << u"completed"_s << 50 << false;
        QTest::newRow("cancel scheduled") << u"scheduled"_s << u"cancelled"_s << -600 << true;
        QTest::newRow("cancel confirmed") << u"confirmed"_s << u"cancelled"_s << -600 << true;
        QTest::newRow("cancel after arrival") << u"arrived"_s << u"cancelled"_s << 5 << false;
        QTest::newRow("no-show inside grace") << u"confirmed"_s << u"no_show"_s << 14 << false;
        QTest::newRow("no-show at grace") << u"confirmed"_s << u"no_show"_s << 15 << true;
        QTest::newRow("no-show after arrival") << u"arrived"_s << u"no_show"_s << 30 << false;
        QTest::newRow("reopen completed") << u"completed"_s << u"scheduled"_s << 60 << false;
        QTest::newRow("revive cancelled") << u"cancelled"_s << u"confirmed"_s << -60 << false;
    }

    void statusWorkflow()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, minutesAfterStart);
        QFETCH(bool, allowed);
        const QDateTime start = local(u"2026-12-01T09:00"_s);
        const QString why = StatusWorkflow::refusal(*parseAppointmentStatus(from), *parseAppointmentStatus(to), start, 15,
                                                    start.addSecs(qint64(minutesAfterStart) * 60), test::chicago());
        QCOMPARE(why.isEmpty(), allowed);
    }
};

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
