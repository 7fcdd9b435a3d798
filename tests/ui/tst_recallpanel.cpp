#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/recallmodel.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/recallservice.h"
#include "ui/mainwindow.h"
#include "store/cachekeystore.h"
#include "ui/recallpanel.h"
#include "ui/sidepanels.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// Today (the injected clock) is Monday 2026-11-30. Ana is overdue with Hana usually, Ben due
// soon with Bo, Cy is booked, Di not due yet.
const char *kPractice = R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Recall Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Hygiene 1" }, { "id": "c2", "name": "Hygiene 2" } ],
  "providers": [
    { "id": "dr-c", "name": "Dr. C", "role": "dentist", "maxDailyPatients": 20,
      "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] },
    { "id": "hyg-a", "name": "Hana A, RDH", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] },
    { "id": "hyg-b", "name": "Bo B, RDH", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 20,
      "hours": [ { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [ { "id": "cleaning", "name": "Cleaning", "minutes": 60 } ],
  "patients": [ { "id": "pt1", "name": "Ana Overdue" }, { "id": "pt2", "name": "Ben Soon" },
                { "id": "pt3", "name": "Cy Booked" }, { "id": "pt4", "name": "Di Later" } ],
  "appointments": [ { "id": "a3", "patientId": "pt3", "typeId": "cleaning", "providerId": "hyg-a", "chairId": "c1",
                      "start": "2026-12-02T09:00" } ],
  "recallTypes": [ { "id": "prophy", "name": "Prophy", "kind": "prophy", "intervalMonths": 6,
                     "appointmentTypes": ["cleaning"] } ],
  "recalls": [
    { "patientId": "pt1", "recallTypeId": "prophy", "due": "2026-11-10", "providerId": "hyg-a", "chairId": "c1" },
    { "patientId": "pt2", "recallTypeId": "prophy", "due": "2026-12-15", "providerId": "hyg-b", "chairId": "c2" },
    { "patientId": "pt3", "recallTypeId": "prophy", "due": "2026-11-20", "providerId": "hyg-a" },
    { "patientId": "pt4", "recallTypeId": "prophy", "due": "2027-04-01" } ]
})";

} // namespace

// The Recall tab on its own over a real cache: what it lists, its filters, Book's request to
// the window and a recorded contact.
class TestRecallPanel : public QObject
{
    Q_OBJECT

    store::MemoryCacheKeyStore m_keys;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_frontDesk{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(u"en_US"_s)); }

    void listsFiltersBooksAndNotesContacts()
    {
        QTemporaryDir dir;
        QString why;
        std::unique_ptr<store::Cache> cache = test::practiceCache(dir.path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(cache, qPrintable(why));
        RecallService recalls(*cache, m_clock);
        RecallPanel panel(recalls);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(m_frontDesk);
        panel.reload();

        auto *view = panel.findChild<QTreeView *>(u"recallView"_s);
        QVERIFY(view);
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.model()->index(0, RecallModel::PatientColumn).data().toString(), u"Ana Overdue"_s);
        // (The plural's English words come from the catalogue; the figure is what matters.)
        QVERIFY2(panel.model()->index(0, RecallModel::DueColumn).data().toString().startsWith(u"11/10/2026 (overdue 20 day"_s),
                 qPrintable(panel.model()->index(0, RecallModel::DueColumn).data().toString()));
        QCOMPARE(panel.model()->index(0, RecallModel::HygienistColumn).data().toString(), u"Hana A, RDH"_s);
        QCOMPARE(panel.model()->index(1, RecallModel::DueColumn).data().toString(), u"12/15/2026 (due soon)"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"recallCountLabel"_s)->text(), u"2 due, 1 overdue"_s);

        // The provider filter: hygienists first, then the rest.
        auto *provider = panel.findChild<QComboBox *>(u"recallProviderComboBox"_s);
        QCOMPARE(provider->itemText(1), u"Hana A, RDH"_s);
        QCOMPARE(provider->itemText(3), u"Dr. C"_s);
        provider->setCurrentIndex(provider->findData(u"hyg-b"_s));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, RecallModel::PatientColumn).data().toString(), u"Ben Soon"_s);
        provider->setCurrentIndex(0);
        QCOMPARE(panel.model()->rowCount(), 2);

        // Book: the window is asked for its dialog with the patient, a satisfying visit and the
        // usual hygienist and chair.
        QSignalSpy book(&panel, &RecallPanel::bookRequested);
        view->setCurrentIndex(panel.model()->index(0, 0));
        QTest::mouseClick(panel.findChild<QPushButton *>(u"recallBookButton"_s), Qt::LeftButton);
        QCOMPARE(book.size(), 1);
        const auto visit = book.at(0).at(0).value<VisitToBook>();
        QCOMPARE(visit.patientId, u"pt1"_s);
        QCOMPARE(visit.typeId, u"cleaning"_s);
        QCOMPARE(visit.providerId, u"hyg-a"_s);
        QCOMPARE(visit.chairId, u"c1"_s);

        // A recall call noted: the last contact column says how it went.
        QSignalSpy recorded(&panel, &RecallPanel::contactsRecorded);
        panel.recordContact(0, ContactOutcome::LeftMessage);
        QCOMPARE(recorded.size(), 1);
        QVERIFY2(panel.model()->index(0, RecallModel::LastContactColumn).data().toString().startsWith(u"11/30/2026"_s),
                 qPrintable(panel.model()->index(0, RecallModel::LastContactColumn).data().toString()));

        // A role that may not read the lists sees nothing, and Book is off for read-only staff.
        panel.setSession({u"ro"_s, u"s3"_s, u"ws"_s, Role::Provider});
        panel.reload();
        QCOMPARE(panel.model()->rowCount(), 0);
        panel.setSession({u"ro"_s, u"s4"_s, u"ws"_s, Role::ReadOnly});
        panel.reload();
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY(!panel.findChild<QPushButton *>(u"recallBookButton"_s)->isEnabled());
    }

    // The window shows it as a Recall tab beside the waitlist and the unscheduled list, read
    // when it comes forward.
    void theWindowHasARecallTabBesideTheWaitlist()
    {
        QTemporaryDir dir;
        QString why;
        std::unique_ptr<store::Cache> cache = test::practiceCache(dir.path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(cache, qPrintable(why));
        BookingService booking(*cache, m_clock);
        FrontDesk desk(*cache, m_clock);
        RecallService recalls(*cache, m_clock);
        MainWindow window(booking, desk, m_clock, m_frontDesk);
        window.setRecallService(&recalls);
        auto *dock = window.findChild<QDockWidget *>(u"recallDock"_s);
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), u"Recall"_s);
        QVERIFY(window.tabifiedDockWidgets(dock).contains(window.findChild<QDockWidget *>(u"waitlistDock"_s)));
        window.show();
        QCOMPARE(window.recallPanel()->model()->rowCount(), 0); // behind the waitlist: not read
        dock->raise();
        QTRY_COMPARE(window.recallPanel()->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestRecallPanel)
#include "tst_recallpanel.moc"
