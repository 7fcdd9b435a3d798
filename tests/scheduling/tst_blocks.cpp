// Blockouts as weekly rules and production blocks: expansion on read (daylight saving, left-out
// dates, provider date overrides), the production-block warning and its release, and the
// ranking term a matching block adds to openings.
#include "fixture.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace chairside;
using namespace chairside::scheduling;
using chairside::test::local;
using chairside::test::localMinute;

namespace {

// The fixture with other blocks, production blocks and release days.
PracticeSnapshot withBlocks(QList<Block> blocks, QList<ProductionBlock> production = {}, int releaseDays = 2,
                            QList<Provider> providers = {})
{
    const PracticeSnapshot base = test::fixturePractice();
    Practice practice = base.practice();
    practice.productionReleaseDays = releaseDays;
    return PracticeSnapshot(practice, base.chairs(), providers.isEmpty() ? base.providers() : providers, base.types(),
                            {}, std::move(blocks), std::move(production));
}

Block weekly(const QString &id, const QString &firstStart, const QString &firstEnd, Weekdays days,
             const QDate &until = {}, const QString &provider = {}, const QString &chair = {})
{
    Block b;
    b.id = id;
    b.label = id;
    b.providerId = provider;
    b.chairId = chair;
    b.startUtc = local(firstStart);
    b.endUtc = local(firstEnd);
    b.repeat = BlockRepeat{days, until, {}};
    return b;
}

ProductionBlock production(const QString &id, const QString &name, const QString &provider, const QString &chair,
                           Weekdays days, int fromMinute, int toMinute, QStringList types, const QString &category = {})
{
    ProductionBlock p;
    p.id = id;
    p.name = name;
    p.providerId = provider;
    p.chairId = chair;
    p.days = days;
    p.startMinute = fromMinute;
    p.endMinute = toMinute;
    p.typeIds = std::move(types);
    p.category = category;
    return p;
}

QString wallText(Minute m)
{
    return fromMinute(m).toTimeZone(test::chicago()).toString(u"yyyy-MM-dd HH:mm"_s);
}

BookingCandidate candidate(const QString &type, const QString &provider, const QString &chair, const QString &start,
                           int minutes = 0)
{
    return {{}, type, provider, chair, localMinute(start), minutes, {}, true};
}

QStringList rules(const QList<Violation> &list)
{
    QStringList out;
    for (const Violation &v : list)
        out.append(v.rule);
    return out;
}

const Weekdays kWednesday = test::days({3});
const Weekdays kTuesday = test::days({2});

} // namespace

class TestBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Daylight saving ends in Chicago on Sunday 2026-11-01: a Wednesday 15:00–16:00 blockout
    // started in October stays 15:00–16:00 on the wall clock in November, an hour later in UTC.
    void aRepeatingBlockKeepsItsWallClockAcrossDaylightSaving()
    {
        const Block meeting = weekly(u"meeting"_s, u"2026-10-21T15:00"_s, u"2026-10-21T16:00"_s, kWednesday,
                                     QDate(2026, 11, 11));
        const Interval window{localMinute(u"2026-10-01T00:00"_s), localMinute(u"2026-12-31T00:00"_s)};
        const QList<Interval> found = blockOccurrences(meeting, window, test::chicago());
        QStringList seen;
        for (const Interval &i : found)
            seen.append(wallText(i.start) + u"–"_s + wallText(i.end).mid(11));
        QCOMPARE(seen, (QStringList{u"2026-10-21 15:00–16:00"_s, u"2026-10-28 15:00–16:00"_s,
                                    u"2026-11-04 15:00–16:00"_s, u"2026-11-11 15:00–16:00"_s}));
        // The same wall clock is a different UTC hour either side of the change.
        QCOMPARE(fromMinute(found.at(1).start).time().hour(), 20); // CDT, UTC−5
        QCOMPARE(fromMinute(found.at(2).start).time().hour(), 21); // CST, UTC−6

        // And the engine refuses a booking in it on both sides, naming the block.
        Scheduler scheduler(withBlocks({meeting}));
        const QDateTime now = local(u"2026-10-01T08:00"_s);
        for (const QString &start : {u"2026-10-28T15:00"_s, u"2026-11-04T15:00"_s}) {
            const QList<Violation> v = scheduler.check(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, start), now);
            QVERIFY2(rules(v).contains(u"blocked"_s), qPrintable(start));
            QCOMPARE(v.constFirst().otherId, u"meeting"_s);
        }
        // An hour either side of the wall-clock time is free: nothing slid with UTC.
        QVERIFY(scheduler.check(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-11-04T14:00"_s), now).isEmpty());
        QVERIFY(scheduler.check(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-11-04T16:20"_s), now).isEmpty());
    }

    // The same across the spring change (Sunday 2027-03-14 in Chicago), on a Sunday itself.
    void aRepeatingBlockOnTheChangeDayItself()
    {
        const Block b = weekly(u"sunday"_s, u"2027-03-07T09:00"_s, u"2027-03-07T10:00"_s, test::days({7}), {},
                               u"dr-sun"_s);
        const QList<Interval> found =
                blockOccurrences(b, {localMinute(u"2027-03-14T00:00"_s), localMinute(u"2027-03-15T00:00"_s)},
                                 test::chicago());
        QCOMPARE(found.size(), 1);
        QCOMPARE(wallText(found.first().start), u"2027-03-14 09:00"_s);
        QCOMPARE(found.first().end - found.first().start, 60);
    }

    // Left-out dates, the until date, and weekdays not in the repeat have no occurrence.
    void skippedDatesAndTheUntilDateEndOccurrences()
    {
        Block b = weekly(u"lunch-and-learn"_s, u"2026-12-01T15:00"_s, u"2026-12-01T16:00"_s, test::days({2, 4}),
                         QDate(2026, 12, 15));
        b.repeat->skipped = {QDate(2026, 12, 8)};
        const QList<Interval> found =
                blockOccurrences(b, {localMinute(u"2026-11-01T00:00"_s), localMinute(u"2027-01-31T00:00"_s)},
                                 test::chicago());
        QStringList dates;
        for (const Interval &i : found)
            dates.append(wallText(i.start).left(10));
        QCOMPARE(dates, (QStringList{u"2026-12-01"_s, u"2026-12-03"_s, u"2026-12-10"_s, u"2026-12-15"_s}));

        Scheduler scheduler(withBlocks({b}));
        const QDateTime now = test::fixtureNow();
        QVERIFY(rules(scheduler.check(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-12-10T15:00"_s), now))
                        .contains(u"blocked"_s));
        QVERIFY(scheduler.check(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-12-08T15:00"_s), now).isEmpty());
        QVERIFY(scheduler.check(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-12-17T15:00"_s), now).isEmpty());
    }

    // A provider's date override replaces the day's hours; their repeating blockout still
    // falls inside the override's hours, and the openings keep out of it.
    void aRepeatingBlockOnADateWithAnOverride()
    {
        PracticeSnapshot base = test::fixturePractice();
        QList<Provider> providers = base.providers();
        Provider &c = *std::find_if(providers.begin(), providers.end(), [](const Provider &p) { return p.id == u"dr-c"_s; });
        c.overrides = {{QDate(2026, 12, 9), false, {test::span(13, 19, {u"c1"_s, u"c2"_s})}}};
        const Block b = weekly(u"dr-c-admin"_s, u"2026-12-02T17:00"_s, u"2026-12-02T18:00"_s, kWednesday, {}, u"dr-c"_s);
        Scheduler scheduler(withBlocks({b}, {}, 2, providers));

        const ProviderDay &day = scheduler.availability().providerDay(*scheduler.snapshot().provider(u"dr-c"_s),
                                                                       QDate(2026, 12, 9));
        QVERIFY(day.overridden);
        const auto block = std::find_if(day.closures.cbegin(), day.closures.cend(),
                                        [](const Closure &cl) { return cl.blockId == u"dr-c-admin"_s; });
        QVERIFY(block != day.closures.cend());
        QCOMPARE(wallText(block->time.start), u"2026-12-09 17:00"_s);

        OpeningRequest r;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-c"_s;
        r.from = QDate(2026, 12, 9);
        r.days = 1;
        r.limit = 100;
        const QList<Opening> open = scheduler.openings(r, test::fixtureNow());
        QVERIFY(!open.isEmpty());
        for (const Opening &o : open) {
            const Interval placed = {o.start, o.end};
            QVERIFY2(!placed.overlaps(block->time), qPrintable(wallText(o.start)));
            QVERIFY(wallText(o.start).mid(11) >= u"13:00"_s); // the override's hours, not the weekly ones
        }
        QVERIFY(std::any_of(open.cbegin(), open.cend(), [](const Opening &o) { return wallText(o.start).endsWith(u"18:00"_s); }));
    }

    // Booking another kind of visit into a production block is a named warning, not a
    // broken rule; its own kind, another chair, or another provider raises none.
    void aNonMatchingVisitInAProductionBlockIsAWarning()
    {
        const ProductionBlock crown = production(u"pb-crown"_s, u"Crown/bridge"_s, u"dr-c"_s, u"c2"_s, kTuesday,
                                                 8 * 60, 10 * 60, {u"crown"_s});
        Scheduler scheduler(withBlocks({}, {crown}));
        const QDateTime now = test::fixtureNow(); // Monday 2026-11-30
        const BookingCandidate exam = candidate(u"exam"_s, u"dr-c"_s, u"c2"_s, u"2026-12-08T08:30"_s);
        QVERIFY(scheduler.check(exam, now).isEmpty()); // no hard rule broken
        const QList<Violation> warned = scheduler.warnings(exam, now);
        QCOMPARE(rules(warned), QStringList{u"production_block"_s});
        QCOMPARE(warned.first().otherId, u"pb-crown"_s);
        QVERIFY2(warned.first().message.contains(u"Crown/bridge"_s), qPrintable(warned.first().message));

        QVERIFY(scheduler.warnings(candidate(u"crown"_s, u"dr-c"_s, u"c2"_s, u"2026-12-08T08:30"_s), now).isEmpty());
        QVERIFY(scheduler.warnings(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-12-08T08:30"_s), now).isEmpty());
        QVERIFY(scheduler.warnings(candidate(u"exam"_s, u"dr-a"_s, u"c2"_s, u"2026-12-08T08:30"_s), now).isEmpty());
        QVERIFY(scheduler.warnings(candidate(u"exam"_s, u"dr-c"_s, u"c2"_s, u"2026-12-08T10:00"_s), now).isEmpty());
        // Meeting the block's edge counts.
        QCOMPARE(scheduler.warnings(candidate(u"exam"_s, u"dr-c"_s, u"c2"_s, u"2026-12-08T09:50"_s), now).size(), 1);
        // Another weekday has no block.
        QVERIFY(scheduler.warnings(candidate(u"exam"_s, u"dr-c"_s, u"c2"_s, u"2026-12-09T08:30"_s), now).isEmpty());
    }

    // A category block is for every type needing that skill.
    void aCategoryBlockIsForEveryTypeOfTheSkill()
    {
        const ProductionBlock hygiene = production(u"pb-hyg"_s, u"Hygiene"_s, u"hyg-b"_s, {}, kTuesday, 8 * 60,
                                                   12 * 60, {}, u"hygiene"_s);
        const ProductionBlock general = production(u"pb-gen"_s, u"General"_s, u"dr-c"_s, {}, kTuesday, 8 * 60,
                                                   12 * 60, {}, u"hygiene"_s);
        Scheduler scheduler(withBlocks({}, {hygiene, general}));
        const QDateTime now = test::fixtureNow();
        QVERIFY(scheduler.warnings(candidate(u"cleaning"_s, u"hyg-b"_s, u"c1"_s, u"2026-12-08T08:00"_s), now).isEmpty());
        QCOMPARE(scheduler.warnings(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, u"2026-12-08T08:00"_s), now).size(), 1);
    }

    // The block releases N days ahead: from then on any visit books into it without a warning.
    void productionBlocksReleaseDaysAhead_data()
    {
        QTest::addColumn<int>("releaseDays");
        QTest::addColumn<QString>("date"); // a Tuesday
        QTest::addColumn<bool>("warned");
        // Now is Monday 2026-11-30 08:00: Tuesday 12-01 is 1 day ahead, 12-08 is 8, 12-15 is 15.
        QTest::newRow("default 2, tomorrow: released") << 2 << u"2026-12-01"_s << false;
        QTest::newRow("default 2, next week: held") << 2 << u"2026-12-08"_s << true;
        QTest::newRow("0, tomorrow: held") << 0 << u"2026-12-01"_s << true;
        QTest::newRow("8, on the 8th day: released") << 8 << u"2026-12-08"_s << false;
        QTest::newRow("7, on the 8th day: held") << 7 << u"2026-12-08"_s << true;
        QTest::newRow("14, in 15 days: held") << 14 << u"2026-12-15"_s << true;
    }
    void productionBlocksReleaseDaysAhead()
    {
        QFETCH(int, releaseDays);
        QFETCH(QString, date);
        QFETCH(bool, warned);
        const ProductionBlock crown = production(u"pb-crown"_s, u"Crown/bridge"_s, u"dr-c"_s, {}, kTuesday, 8 * 60,
                                                 10 * 60, {u"crown"_s});
        Scheduler scheduler(withBlocks({}, {crown}, releaseDays));
        const QList<Violation> w =
                scheduler.warnings(candidate(u"exam"_s, u"dr-c"_s, u"c1"_s, date + u"T08:30"_s), test::fixtureNow());
        QCOMPARE(!w.isEmpty(), warned);
    }

    // A place in a matching block ranks above an equal place outside one, and says why.
    void aMatchingBlockRanksItsPlacesFirst()
    {
        const ProductionBlock checkups = production(u"pb-exam"_s, u"Checkups"_s, u"dr-c"_s, u"c2"_s, kTuesday,
                                                    10 * 60, 11 * 60, {u"exam"_s});
        Scheduler plain(withBlocks({}));
        Scheduler blocked(withBlocks({}, {checkups}));
        OpeningRequest r;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-c"_s;
        r.from = QDate(2026, 12, 8);
        r.days = 1;
        r.limit = 3;
        const QList<Opening> before = plain.openings(r, test::fixtureNow());
        const QList<Opening> after = blocked.openings(r, test::fixtureNow());
        QCOMPARE(wallText(before.first().start), u"2026-12-08 08:00"_s);
        QCOMPARE(wallText(after.first().start), u"2026-12-08 10:00"_s);
        QCOMPARE(after.first().chairId, u"c2"_s); // the block's chair, although c1 is free too
        QCOMPARE(after.first().score, before.first().score + weight::ProductionBlock);
        QCOMPARE(after.first().productionBlockId, u"pb-exam"_s);
        QCOMPARE(after.first().why, u"in the Checkups block"_s);
        // A type the block is not for ranks as before.
        r.typeId = u"crown"_s;
        QCOMPARE(blocked.openings(r, test::fixtureNow()).first().start, plain.openings(r, test::fixtureNow()).first().start);
    }

    // Independent check: over every place of several days, the ranking with blocks differs
    // from the one without only by the block term. Each place's score grows by exactly the
    // weight when (and only when) the place lies in a matching block by the block's own
    // definition (weekday, wall-clock times, provider, chair); the places left out are exactly
    // those meeting a block kept for other visits and not yet released; and the order is the
    // plain order, less those, re-sorted with that term.
    void rankingChangesOnlyByTheBlockTerm_data()
    {
        QTest::addColumn<int>("releaseDays");
        QTest::newRow("held") << 2;
        QTest::newRow("released") << 30;
    }
    void rankingChangesOnlyByTheBlockTerm()
    {
        QFETCH(int, releaseDays);
        const QList<ProductionBlock> blocks = {
                production(u"pb-1"_s, u"Crown"_s, u"dr-c"_s, u"c2"_s, test::days({2, 4}), 8 * 60, 10 * 60, {u"exam"_s}),
                production(u"pb-2"_s, u"Hygiene"_s, u"dr-a"_s, {}, test::days({1, 3}), 14 * 60, 16 * 60, {},
                           u"general"_s),
                production(u"pb-3"_s, u"Other"_s, u"dr-c"_s, {}, test::days({1, 5}), 9 * 60, 11 * 60,
                           {u"crown"_s}), // not for exams: no term, and held until released
        };
        Scheduler plain(withBlocks({}, {}, releaseDays));
        Scheduler blocked(withBlocks({}, blocks, releaseDays));
        OpeningRequest r;
        r.typeId = u"exam"_s;
        r.from = QDate(2026, 12, 7);
        r.days = 5;
        r.limit = 5000;
        const QDateTime now = test::fixtureNow();
        const QList<Opening> without = plain.openings(r, now);
        const QList<Opening> with = blocked.openings(r, now);
        QVERIFY(without.size() > 50);

        auto wallMinutes = [](Minute m) {
            const QDateTime t = fromMinute(m).toTimeZone(test::chicago());
            return t.time().hour() * 60 + t.time().minute();
        };
        auto inMatchingBlock = [&](const Opening &o, const QString &chair) {
            const QDate date = fromMinute(o.start).toTimeZone(test::chicago()).date();
            for (const ProductionBlock &b : blocks) {
                const bool forExam = b.typeIds.contains(u"exam"_s) || b.category == u"general"_s;
                if (forExam && b.days.contains(date.dayOfWeek()) && wallMinutes(o.start) >= b.startMinute
                    && wallMinutes(o.end) <= b.endMinute && (b.providerId.isEmpty() || b.providerId == o.providerId)
                    && (b.chairId.isEmpty() || b.chairId == chair))
                    return true;
            }
            return false;
        };
        auto meetsHeldBlock = [&](const Opening &o) {
            const QDate date = fromMinute(o.start).toTimeZone(test::chicago()).date();
            if (QDate(2026, 11, 30).daysTo(date) <= releaseDays)
                return false;
            for (const ProductionBlock &b : blocks) {
                const bool forExam = b.typeIds.contains(u"exam"_s) || b.category == u"general"_s;
                if (!forExam && b.days.contains(date.dayOfWeek()) && wallMinutes(o.start) < b.endMinute
                    && wallMinutes(o.end) > b.startMinute && (b.providerId.isEmpty() || b.providerId == o.providerId))
                    return true;
            }
            return false;
        };
        QHash<QString, Opening> withByPlace;
        for (const Opening &o : with)
            withByPlace.insert(o.providerId + u'@' + QString::number(o.start), o);
        QList<Opening> expected;
        int boosted = 0;
        int held = 0;
        for (const Opening &p : without) {
            const QString key = p.providerId + u'@' + QString::number(p.start);
            if (!withByPlace.contains(key)) {
                QVERIFY2(meetsHeldBlock(p), qPrintable(key));
                ++held;
                continue;
            }
            QVERIFY2(!meetsHeldBlock(p), qPrintable(key));
            const Opening &o = withByPlace.value(key);
            const bool term = inMatchingBlock(o, o.chairId);
            QCOMPARE(o.score - p.score, term ? weight::ProductionBlock : 0);
            QCOMPARE(!o.productionBlockId.isEmpty(), term);
            if (term) {
                ++boosted;
                QVERIFY(o.why.contains(u"block"_s));
            }
            // Another chair only where that chair puts the place in a matching block.
            if (o.chairId != p.chairId)
                QVERIFY(term && !inMatchingBlock(p, p.chairId));
            expected.append(o);
        }
        QCOMPARE(with.size(), expected.size());
        QVERIFY(boosted > 5);
        QCOMPARE(held > 0, releaseDays < 7);
        std::stable_sort(expected.begin(), expected.end(), [](const Opening &a, const Opening &b) {
            if (a.score != b.score)
                return a.score > b.score;
            if (a.start != b.start)
                return a.start < b.start;
            return a.providerId < b.providerId;
        });
        for (qsizetype i = 0; i < with.size(); ++i) {
            QCOMPARE(with.at(i).start, expected.at(i).start);
            QCOMPARE(with.at(i).providerId, expected.at(i).providerId);
        }
    }
};

QTEST_GUILESS_MAIN(TestBlocks)
#include "tst_blocks.moc"
