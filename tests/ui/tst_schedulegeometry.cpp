#include "ui/schedulegeometry.h"

#include <QTest>

using namespace chairside::geometry;

Q_DECLARE_METATYPE(QList<Span>)
Q_DECLARE_METATYPE(QList<SideBySide>)

class TestScheduleGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sideBySide_data()
    {
        QTest::addColumn<QList<Span>>("spans");
        QTest::addColumn<QList<SideBySide>>("expected");
        QTest::newRow("none") << QList<Span>{} << QList<SideBySide>{};
        QTest::newRow("one") << QList<Span>{{60, 90}} << QList<SideBySide>{{0, 1}};
        QTest::newRow("touching do not overlap")
                << QList<Span>{{60, 90}, {90, 120}} << QList<SideBySide>{{0, 1}, {0, 1}};
        QTest::newRow("two overlapping") << QList<Span>{{60, 90}, {80, 120}} << QList<SideBySide>{{0, 2}, {1, 2}};
        QTest::newRow("input order kept")
                << QList<Span>{{80, 120}, {60, 90}} << QList<SideBySide>{{1, 2}, {0, 2}};
        QTest::newRow("same start: longer first")
                << QList<Span>{{60, 70}, {60, 120}} << QList<SideBySide>{{1, 2}, {0, 2}};
        // A long tile overlapping two that follow each other: the second reuses column 1.
        QTest::newRow("column reused")
                << QList<Span>{{60, 180}, {60, 90}, {90, 120}} << QList<SideBySide>{{0, 2}, {1, 2}, {1, 2}};
        QTest::newRow("three at once")
                << QList<Span>{{60, 120}, {70, 100}, {80, 90}} << QList<SideBySide>{{0, 3}, {1, 3}, {2, 3}};
        // Separate groups size their columns independently.
        QTest::newRow("groups independent")
                << QList<Span>{{60, 90}, {70, 80}, {100, 130}}
                << QList<SideBySide>{{0, 2}, {1, 2}, {0, 1}};
        // A chain: a overlaps b, b overlaps c, a and c do not; one group of two columns.
        QTest::newRow("chain")
                << QList<Span>{{0, 30}, {20, 50}, {40, 70}} << QList<SideBySide>{{0, 2}, {1, 2}, {0, 2}};
    }

    void sideBySide()
    {
        QFETCH(QList<Span>, spans);
        QFETCH(QList<SideBySide>, expected);
        const QList<SideBySide> got = placeSideBySide(spans);
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            QVERIFY2(got.at(i) == expected.at(i),
                     qPrintable(QStringLiteral("item %1: column %2 of %3, expected %4 of %5")
                                        .arg(i)
                                        .arg(got.at(i).column)
                                        .arg(got.at(i).columns)
                                        .arg(expected.at(i).column)
                                        .arg(expected.at(i).columns)));
        }
    }

    // Whatever the input, overlapping spans never share a column and columns fit the count.
    void sideBySideNeverCollides()
    {
        std::srand(7);
        for (int round = 0; round < 300; ++round) {
            QList<Span> spans;
            const int n = 1 + std::rand() % 12;
            for (int i = 0; i < n; ++i) {
                const int start = (std::rand() % 48) * 10;
                spans.append({start, start + 10 * (1 + std::rand() % 9)});
            }
            const QList<SideBySide> got = placeSideBySide(spans);
            for (int i = 0; i < n; ++i) {
                QVERIFY(got.at(i).column >= 0 && got.at(i).column < got.at(i).columns);
                for (int j = i + 1; j < n; ++j) {
                    const bool overlap = spans.at(i).start < spans.at(j).end && spans.at(j).start < spans.at(i).end;
                    if (overlap) {
                        QVERIFY(got.at(i).column != got.at(j).column);
                        QCOMPARE(got.at(i).columns, got.at(j).columns);
                    }
                }
            }
        }
    }

    void timeAxis()
    {
        TimeAxis axis{7 * 60, 19 * 60, 2.0};
        QCOMPARE(axis.y(7 * 60), 0.0);
        QCOMPARE(axis.y(8 * 60 + 30), 180.0);
        QCOMPARE(axis.height(), 12 * 60 * 2.0);
        QCOMPARE(axis.minuteAt(181), 8 * 60 + 30);
        QCOMPARE(axis.minuteAt(179.9), 8 * 60 + 29);
        QCOMPARE(axis.minuteAt(-50), 7 * 60);      // clamped at the top
        QCOMPARE(axis.minuteAt(1e6), 19 * 60);     // and at the bottom
        // Round trip for every minute of the axis.
        for (int m = axis.firstMinute; m < axis.lastMinute; ++m)
            QCOMPARE(axis.minuteAt(axis.y(m)), m);
    }

    void snapping_data()
    {
        QTest::addColumn<double>("y");
        QTest::addColumn<int>("grid");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("expected");
        // Axis 07:00-19:00 at 2 px a minute.
        QTest::newRow("on a line") << 120.0 << 10 << 0 << 8 * 60;
        QTest::newRow("just below rounds back") << 128.0 << 10 << 0 << 8 * 60;
        QTest::newRow("past half rounds on") << 130.0 << 10 << 0 << 8 * 60 + 10;
        QTest::newRow("15-minute grid") << 150.0 << 15 << 0 << 8 * 60 + 15;
        QTest::newRow("above the axis") << -40.0 << 10 << 0 << 7 * 60;
        QTest::newRow("keeps the item on the axis") << 1430.0 << 10 << 60 << 18 * 60;
        QTest::newRow("5-minute grid") << 13.0 << 5 << 0 << 7 * 60 + 5;
    }

    void snapping()
    {
        QFETCH(double, y);
        QFETCH(int, grid);
        QFETCH(int, minutes);
        QFETCH(int, expected);
        const TimeAxis axis{7 * 60, 19 * 60, 2.0};
        QCOMPARE(axis.snappedMinute(y, grid, minutes), expected);
    }

    void snapToGridRounds()
    {
        QCOMPARE(snapToGrid(604, 10), 600);
        QCOMPARE(snapToGrid(605, 10), 610);
        QCOMPARE(snapToGrid(607, 15), 600);
        QCOMPARE(snapToGrid(608, 15), 615);
        QCOMPARE(snapToGrid(611, 1), 611);
    }

    void lanes()
    {
        LaneStrip strip{50, 100.0, 4};
        QCOMPARE(strip.laneAt(49), -1);
        QCOMPARE(strip.laneAt(50), 0);
        QCOMPARE(strip.laneAt(149.9), 0);
        QCOMPARE(strip.laneAt(150), 1);
        QCOMPARE(strip.laneAt(449), 3);
        QCOMPARE(strip.laneAt(450), -1);
        QCOMPARE(strip.left(2), 250.0);
        QCOMPARE(fittedLaneWidth(600, 4, 100), 150.0); // room: lanes widen to fit
        QCOMPARE(fittedLaneWidth(600, 24, 100), 100.0); // no room: minimum, then scroll
        QCOMPARE(fittedLaneWidth(600, 0, 100), 100.0);
    }
};

QTEST_APPLESS_MAIN(TestScheduleGeometry)
#include "tst_schedulegeometry.moc"
