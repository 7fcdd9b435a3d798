#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/daysheetmodel.h"
#include "services/practiceimportservice.h"
#include "services/schedulereader.h"
#include "store/appointmentrepository.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::KeychainCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)}; // Tuesday 10:00 in Chicago

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
        auto opened = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        m_cache = std::move(opened.cache);
        PracticeImportService importer(*m_cache, m_clock);
        QVERIFY(importer.importDemo({u"t"_s, u"s"_s, u"w"_s}).ok());
    }

    void showsTodayPerChair()
    {
        ScheduleReader reader(*m_cache);
        QString error;
        QVERIFY(reader.load(&error));
        MainWindow window(reader, m_clock);
        QAbstractItemModelTester tester(window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.date(), QDate(2026, 11, 24));

        auto *table = window.findChild<QTableView *>(u"dayTableView"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->columnCount(), 6);
        QCOMPARE(table->model()->headerData(5, Qt::Horizontal).toString(), u"Surgical suite"_s);

        // Every live appointment of the day is in the table, at its chair, once.
        store::AppointmentRepository appointments(m_cache->database());
        const auto day = appointments.day(QDate(2026, 11, 24), reader.practice().timeZone());
        QSet<QString> expected;
        for (const auto &s : day) {
            if (isLive(s.appointment.status))
                expected.insert(s.appointment.id);
        }
        QVERIFY(expected.size() >= 20);
        QSet<QString> shown;
        QAbstractItemModel *model = table->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex index = model->index(r, c);
                if (index.data(DaySheetModel::SpanRole).toInt() > 0) {
                    QVERIFY(!index.data().toString().isEmpty());
                    shown.insert(index.data(DaySheetModel::AppointmentIdRole).toString());
                    QCOMPARE(table->rowSpan(r, c), index.data(DaySheetModel::SpanRole).toInt());
                }
            }
        }
        QCOMPARE(shown, expected);

        // Day navigation by clicking the real buttons.
        QTest::mouseClick(window.findChild<QPushButton *>(u"nextDayButton"_s), Qt::LeftButton);
        QCOMPARE(window.date(), QDate(2026, 11, 25));
        QTest::mouseClick(window.findChild<QPushButton *>(u"todayButton"_s), Qt::LeftButton);
        QCOMPARE(window.date(), QDate(2026, 11, 24));
        QTest::mouseClick(window.findChild<QPushButton *>(u"previousDayButton"_s), Qt::LeftButton);
        QCOMPARE(window.date(), QDate(2026, 11, 23));
        QVERIFY(window.findChild<QLabel *>(u"dayLabel"_s)->text().contains(u"2026"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
