#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/schedulemodel.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"
#include "services/frontdesk.h"
#include "services/practiceservices.h"
#include "store/cachekeystore.h"
#include "ui/dashboarddialog.h"
#include "ui/daysheet.h"
#include "ui/providerdaywindow.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Dr. B ($4,000 a day, Monday to Friday) and a hygienist ($1,500, Tuesday to Friday); on Monday
// 2026-11-30 Dr. B has a crown ($1,200), an exam ($65) and a cancelled crown; the hygienist a
// cleaning ($120) on Tuesday.
const char *kPractice = R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Goal Dental", "timeZone": "America/Chicago", "gridMinutes": 10,
                "chairTurnoverMinutes": 0, "providerBufferMinutes": 0 },
  "chairs": [ { "id": "c1", "name": "Chair 1" }, { "id": "c2", "name": "Chair 2" } ],
  "providers": [
    { "id": "dr-b", "name": "Dr. B", "role": "dentist", "maxDailyPatients": 20, "dailyGoal": 4000,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] },
    { "id": "hyg-h", "name": "Hygienist H", "role": "hygienist", "maxDailyPatients": 10, "dailyGoal": 1500,
      "hours": [ { "days": ["tue", "wed", "thu", "fri"], "start": "07:00", "end": "15:00" } ] } ],
  "appointmentTypes": [ { "id": "exam", "name": "Exam", "minutes": 30, "fee": 65 },
                        { "id": "crown", "name": "Crown", "minutes": 90, "fee": 1200 },
                        { "id": "cleaning", "name": "Cleaning", "minutes": 60, "fee": 120 } ],
  "patients": [ { "id": "p1", "name": "Ana Ruiz" } ],
  "appointments": [
    { "id": "crown", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-30T09:00", "status": "confirmed" },
    { "id": "exam", "patientId": "p1", "typeId": "exam", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-30T11:00" },
    { "id": "cancelled", "patientId": "p1", "typeId": "crown", "providerId": "dr-b", "chairId": "c1",
      "start": "2026-11-30T13:00", "status": "cancelled" },
    { "id": "cleaning", "patientId": "p1", "typeId": "cleaning", "providerId": "hyg-h", "chairId": "c2",
      "start": "2026-12-01T09:00" } ]
})";

QTreeWidgetItem *rowNamed(QTreeWidget *tree, const QString &name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

// Scheduled production against goal where people see it: the dashboard, the dentist's day and
// the printed day sheet, in US dollars as the program's locale writes them.
class TestProductionUi : public QObject
{
    Q_OBJECT

    store::MemoryCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_frontDesk{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    UserSession m_provider{u"dr-b-user"_s, u"s2"_s, u"ws"_s, Role::Provider, u"dr-b"_s};
    QTemporaryDir m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<PracticeServices> m_services;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString why;
        m_cache = test::practiceCache(m_dir.path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_services = std::make_unique<PracticeServices>(*m_cache, m_clock);
    }

    void dashboardShowsProductionAgainstGoal()
    {
        DashboardDialog dialog(m_services->dashboard(), m_frontDesk, QDate(2026, 11, 30));
        dialog.show();
        auto *tree = dialog.findChild<QTreeWidget *>(u"dashboardProduction"_s);
        QVERIFY(tree);
        const QString title = dialog.findChild<QLabel *>(u"dashboardProductionTitle"_s)->text();
        QVERIFY2(title.contains(u"Mon Nov 30"_s) && title.contains(u"Sun Nov 29"_s) && title.contains(u"Sat Dec 5"_s),
                 qPrintable(title));
        QCOMPARE(tree->topLevelItemCount(), 3);
        QTreeWidgetItem *b = rowNamed(tree, u"Dr. B"_s);
        QVERIFY(b);
        QCOMPARE(b->text(1), u"$1,265"_s); // the cancelled crown is off the books
        QCOMPARE(b->text(2), u"$4,000"_s);
        auto *dayBar = qobject_cast<QProgressBar *>(tree->itemWidget(b, 3));
        QVERIFY(dayBar);
        QCOMPARE(dayBar->value(), 32);
        QCOMPARE(dayBar->text(), u"32%"_s);
        QCOMPARE(b->text(4), u"$1,265"_s);
        QCOMPARE(b->text(5), u"$20,000"_s); // five working days
        QTreeWidgetItem *h = rowNamed(tree, u"Hygienist H"_s);
        QVERIFY(h);
        QCOMPARE(h->text(1), u"$0"_s);
        QCOMPARE(h->text(2), u"—"_s); // not working on Mondays
        QVERIFY(!tree->itemWidget(h, 3));
        QCOMPARE(h->text(4), u"$120"_s);
        QCOMPARE(h->text(5), u"$6,000"_s);
        QTreeWidgetItem *practice = rowNamed(tree, u"Practice"_s);
        QVERIFY(practice);
        QCOMPARE(practice->text(4), u"$1,385"_s);
        QCOMPARE(practice->text(5), u"$26,000"_s);
        QVERIFY(practice->font(0).bold());
        auto *weekBar = qobject_cast<QProgressBar *>(tree->itemWidget(practice, 6));
        QVERIFY(weekBar);
        QCOMPARE(weekBar->value(), 5); // 1,385 of 26,000
    }

    void dentistsDayShowsTheirProduction()
    {
        ProviderDayWindow window(m_services->booking(), m_services->desk(), m_clock, u"dr-b"_s, m_provider);
        auto *label = window.findChild<QLabel *>(u"providerDayProductionLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isHidden()); // no figures until it has the dashboard
        window.setDashboardService(&m_services->dashboard());
        window.show();
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(u"$1,265 of the $4,000 goal (32%)"_s), qPrintable(label->text()));
        QVERIFY2(label->text().contains(u"week: $1,265 of $20,000 (6%)"_s), qPrintable(label->text()));
        auto *bar = window.findChild<QProgressBar *>(u"providerDayProductionBar"_s);
        QVERIFY(bar && bar->isVisible());
        QCOMPARE(bar->value(), 32);
        // The next day: the hygienist's cleaning is not Dr. B's.
        window.showDate(QDate(2026, 12, 1));
        QVERIFY2(label->text().contains(u"$0 of the $4,000 goal (0%)"_s), qPrintable(label->text()));
        QCOMPARE(bar->value(), 0);
    }

    void daySheetPrintsProduction()
    {
        QString error;
        const std::optional<SchedulePage> page = m_services->booking().page(QDate(2026, 11, 30), 1, m_frontDesk, &error);
        QVERIFY2(page, qPrintable(error));
        ScheduleModel model;
        model.setPage(*page);
        const std::optional<Production> production =
                m_services->dashboard().production(QDate(2026, 11, 30), m_frontDesk, &error);
        QVERIFY2(production, qPrintable(error));
        const QString html = DaySheet::html(model, false, &*production);
        QVERIFY2(html.contains(u"Scheduled production"_s), qPrintable(html));
        QVERIFY2(html.contains(u"$1,265 of $4,000 (32%)"_s.replace(u' ', QChar(0x00A0))), qPrintable(html));
        QVERIFY2(html.contains(u"$1,385 of $26,000 (5%)"_s.replace(u' ', QChar(0x00A0))), qPrintable(html));
        QVERIFY(!DaySheet::html(model, false).contains(u"Scheduled production"_s));
        QTemporaryDir out;
        QVERIFY2(DaySheet::writePdf(model, out.filePath(u"sheet.pdf"_s), false, &error, &*production), qPrintable(error));
    }
};

QTEST_MAIN(TestProductionUi)
#include "tst_productionui.moc"
