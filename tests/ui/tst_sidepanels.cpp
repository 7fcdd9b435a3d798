#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "itemmodels/appointmentlistmodel.h"
#include "itemmodels/schedulemodel.h"
#include "itemmodels/tablefiltermodel.h"
#include "itemmodels/unscheduledmodel.h"
#include "itemmodels/waitlistmodel.h"
#include "services/schedulepage.h"
#include "services/seriesservice.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"
#include "services/practiceservices.h"
#include "store/cachekeystore.h"
#include "ui/fillpanel.h"
#include "ui/officedayactions.h"
#include "ui/prompt.h"
#include "ui/sidepanels.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScopeGuard>
#include <QPushButton>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Panel Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] },
    { "id": "dr-b", "name": "Dr. B", "role": "hygienist", "skills": ["hygiene"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "equipment": ["standard"] },
    { "id": "cleaning", "name": "Cleaning", "minutes": 60, "skill": "hygiene", "equipment": ["standard"] } ],
  "patients": [ { "id": "pt1", "name": "Ana Ruiz" }, { "id": "pt2", "name": "Bea Soto" },
                { "id": "pt3", "name": "Carl Diaz" } ]
})";

// Enter on the row, as staff at the keyboard press it.
void pressEnterOn(QAbstractItemView *view, int row)
{
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
}

} // namespace

// The waitlist, unscheduled and holding-tray panels and the office-day actions on their own,
// over a real cache: what they list or offer for whom, that their models behave as Qt's views
// expect, what Enter asks the window for, and that their actions write through the services.
class TestSidePanels : public QObject
{
    Q_OBJECT

    store::MemoryCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    UserSession m_frontDesk{u"frontdesk-1"_s, u"s"_s, u"ws"_s, Role::FrontDesk};
    UserSession m_provider{u"dr-a-user"_s, u"s2"_s, u"ws"_s, Role::Provider};
    const QTimeZone m_zone{"America/Chicago"};

    std::unique_ptr<store::Cache> practice(QTemporaryDir &dir)
    {
        QString why;
        std::unique_ptr<store::Cache> cache = test::practiceCache(dir.path(), m_keys, m_clock, kPractice, &why);
        if (!cache)
            qWarning() << why;
        return cache;
    }

    BookingOutcome bookExam(BookingService &booking, const QString &patientId, const QString &at)
    {
        BookRequest r;
        r.patientId = patientId;
        r.typeId = u"exam"_s;
        r.providerId = u"dr-a"_s;
        r.chairId = u"c1"_s;
        r.startUtc = test::chicago(at);
        r.notes = u"bring x-rays"_s;
        return booking.book(r, m_frontDesk);
    }

    // Ana Ruiz on the waitlist for an exam any day in December.
    std::optional<WaitlistEntry> waitForAnExam(FillService &fill, QString *error)
    {
        WaitlistEntry entry;
        entry.patientId = u"pt1"_s;
        entry.typeId = u"exam"_s;
        entry.earliest = QDate(2026, 12, 1);
        entry.latest = QDate(2026, 12, 31);
        return fill.addToWaitlist(entry, m_frontDesk, error);
    }

private Q_SLOTS:
    void waitlistListsBooksAndRemoves()
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Cache> cache = practice(dir);
        QVERIFY(cache);
        PracticeServices services(*cache, m_clock);
        QString error;
        const std::optional<WaitlistEntry> added = waitForAnExam(services.fill(), &error);
        QVERIFY2(added, qPrintable(error));

        WaitlistPanel panel(services.desk());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shownTester(panel.shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A role that may not read the waitlist sees it empty.
        panel.setSession(m_provider);
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(panel.findChild<QLabel *>(u"countLabel"_s)->text(), u"0 waiting"_s);

        panel.setSession(m_frontDesk);
        panel.setFillService(&services.fill());
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(panel.model()->index(0, 0).data().toString().contains(u"Ana Ruiz"_s));
        QCOMPARE(panel.view()->objectName(), u"waitlistView"_s);

        QSignalSpy book(&panel, &SidePanel::bookRequested);
        pressEnterOn(panel.view(), 0);
        QCOMPARE(book.size(), 1);
        const auto visit = book.at(0).at(0).value<VisitToBook>();
        QCOMPARE(visit.patientId, u"pt1"_s);
        QCOMPARE(visit.typeId, u"exam"_s);
        QCOMPARE(visit.waitlistEntryId, added->id);

        // Without freed time there is nothing to offer: nothing changes.
        QSignalSpy offered(&panel, &WaitlistPanel::offered);
        panel.offerFreedTime(0);
        QCOMPARE(offered.size(), 0);

        // Removing asks first; "no" keeps the entry, "yes" takes it off through the service.
        QSignalSpy changed(&panel, &SidePanel::changed);
        Prompt::setNextAnswers({u"no"_s});
        panel.removeEntry(0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(services.desk().waitlist(m_frontDesk, &error).size(), 1);
        Prompt::setNextAnswers({u"yes"_s});
        panel.removeEntry(0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(services.desk().waitlist(m_frontDesk, &error).size(), 0);
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void waitlistTableSortsFiltersAndCounts()
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Cache> cache = practice(dir);
        QVERIFY(cache);
        PracticeServices services(*cache, m_clock);
        const QDateTime start = m_clock.nowUtc();
        const auto restoreClock = qScopeGuard([&] { m_clock.setNowUtc(start); });
        QString error;
        // Three patients join a day apart: Ana (urgent, any provider), Bea (can wait, Dr. B),
        // Carl (in between, Dr. A).
        auto join = [&](const QString &patientId, const QString &typeId, const QString &providerId, int urgency,
                        const QDate &earliest, const QDate &latest) {
            WaitlistEntry entry;
            entry.patientId = patientId;
            entry.typeId = typeId;
            entry.providerId = providerId;
            entry.urgency = urgency;
            entry.earliest = earliest;
            entry.latest = latest;
            const std::optional<WaitlistEntry> added = services.fill().addToWaitlist(entry, m_frontDesk, &error);
            m_clock.advanceSeconds(24 * 3600);
            return added;
        };
        const std::optional<WaitlistEntry> ana = join(u"pt1"_s, u"exam"_s, {}, 9, QDate(2026, 12, 3), QDate(2026, 12, 31));
        const std::optional<WaitlistEntry> bea = join(u"pt2"_s, u"cleaning"_s, u"dr-b"_s, 2, QDate(2026, 12, 5),
                                                      QDate(2026, 12, 20));
        const std::optional<WaitlistEntry> carl = join(u"pt3"_s, u"exam"_s, u"dr-a"_s, 5, QDate(2026, 12, 4),
                                                       QDate(2026, 12, 15));
        QVERIFY2(ana && bea && carl, qPrintable(error));

        // Ana was offered freed time directly: that is her last contact.
        const BookingOutcome booked = bookExam(services.booking(), u"pt2"_s, u"2026-12-08T09:00"_s);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        const BookingOutcome cancelled = services.booking().cancel(booked.appointment.id, booked.appointment.version,
                                                                   CancelReason::Patient, m_frontDesk);
        QVERIFY2(cancelled.ok() && cancelled.freed, qPrintable(cancelled.message));
        const QDateTime contacted = m_clock.nowUtc();
        QVERIFY2(services.fill().offerDirect(*cancelled.freed, ana->id, m_frontDesk, &error), qPrintable(error));

        WaitlistPanel panel(services.desk());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shownTester(panel.shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(m_frontDesk);
        panel.setFillService(&services.fill());
        panel.reload(m_zone);
        auto *table = qobject_cast<QTreeView *>(panel.view());
        QVERIFY(table);
        QAbstractItemModel *shown = table->model();
        QCOMPARE(shown, panel.shown());
        QCOMPARE(shown->rowCount(), 3);
        QCOMPARE(shown->columnCount(), int(WaitlistModel::ColumnCount));
        const QStringList headings = [&] {
            QStringList h;
            for (int c = 0; c < shown->columnCount(); ++c)
                h << shown->headerData(c, Qt::Horizontal).toString();
            return h;
        }();
        QCOMPARE(headings, (QStringList{u"Patient"_s, u"Type"_s, u"Urgency"_s, u"Provider"_s, u"Window"_s,
                                        u"Waiting since"_s, u"Last contact"_s}));

        auto row = [&](int r) {
            QStringList cells;
            for (int c = 0; c < shown->columnCount(); ++c)
                cells << shown->index(r, c).data().toString();
            return cells;
        };
        auto patients = [&] {
            QStringList names;
            for (int r = 0; r < shown->rowCount(); ++r)
                names << shown->index(r, WaitlistModel::PatientColumn).data().toString();
            return names;
        };
        auto day = [](const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); };
        // The list's own order first: most urgent first.
        QCOMPARE(patients(), (QStringList{u"Ana Ruiz"_s, u"Carl Diaz"_s, u"Bea Soto"_s}));
        QCOMPARE(row(0), (QStringList{u"Ana Ruiz"_s, u"Exam"_s, u"9"_s, u"Any provider"_s,
                                      day(QDate(2026, 12, 3)) + u" – "_s + day(QDate(2026, 12, 31)),
                                      day(start.toTimeZone(m_zone).date()),
                                      day(contacted.toTimeZone(m_zone).date())}));
        QCOMPARE(row(2), (QStringList{u"Bea Soto"_s, u"Cleaning"_s, u"2"_s, u"Dr. B"_s,
                                      day(QDate(2026, 12, 5)) + u" – "_s + day(QDate(2026, 12, 20)),
                                      day(start.addDays(1).toTimeZone(m_zone).date()), u"None yet"_s}));
        // People read names and dates, never the ids behind them.
        for (int r = 0; r < shown->rowCount(); ++r) {
            for (const QString &cell : row(r)) {
                for (const QString &id : {u"pt1"_s, u"pt2"_s, u"pt3"_s, u"dr-a"_s, u"dr-b"_s, u"exam"_s, u"cleaning"_s})
                    QVERIFY2(cell != id, qPrintable(cell));
            }
        }

        // A click on a heading sorts by it; another turns the order round.
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QHeaderView *header = table->header();
        auto clickHeading = [&](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                                     header->height() / 2));
        };
        clickHeading(WaitlistModel::PatientColumn);
        QCOMPARE(patients(), (QStringList{u"Ana Ruiz"_s, u"Bea Soto"_s, u"Carl Diaz"_s}));
        clickHeading(WaitlistModel::PatientColumn);
        QCOMPARE(patients(), (QStringList{u"Carl Diaz"_s, u"Bea Soto"_s, u"Ana Ruiz"_s}));
        clickHeading(WaitlistModel::WindowColumn);
        QCOMPARE(patients(), (QStringList{u"Ana Ruiz"_s, u"Carl Diaz"_s, u"Bea Soto"_s}));
        clickHeading(WaitlistModel::LastContactColumn); // never contacted first
        QCOMPARE(patients().constLast(), u"Ana Ruiz"_s);

        // Filters narrow the rows and the count says how many of how many.
        auto *count = panel.findChild<QLabel *>(u"countLabel"_s);
        auto *provider = panel.findChild<QComboBox *>(u"waitlistProviderComboBox"_s);
        auto *type = panel.findChild<QComboBox *>(u"waitlistTypeComboBox"_s);
        auto *urgency = panel.findChild<QComboBox *>(u"waitlistUrgencyComboBox"_s);
        QVERIFY(count && provider && type && urgency);
        QCOMPARE(count->text(), u"3 waiting"_s);
        auto items = [](QComboBox *box) {
            QStringList texts;
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
            return texts;
        };
        QCOMPARE(items(provider), (QStringList{u"All providers"_s, u"Any provider"_s, u"Dr. A"_s, u"Dr. B"_s}));
        QCOMPARE(items(type), (QStringList{u"All types"_s, u"Cleaning"_s, u"Exam"_s}));
        QCOMPARE(items(urgency), (QStringList{u"All urgencies"_s, u"High (8–10)"_s, u"Medium (4–7)"_s, u"Low (1–3)"_s}));

        provider->setCurrentIndex(provider->findText(u"Dr. B"_s));
        QCOMPARE(patients(), QStringList{u"Bea Soto"_s});
        QCOMPARE(count->text(), u"1 of 3 waiting"_s);
        // Enter books the entry the row shows, whatever its place in the whole list.
        QSignalSpy book(&panel, &SidePanel::bookRequested);
        pressEnterOn(panel.view(), 0);
        QCOMPARE(book.size(), 1);
        QCOMPARE(book.at(0).at(0).value<VisitToBook>().waitlistEntryId, bea->id);

        provider->setCurrentIndex(0);
        type->setCurrentIndex(type->findText(u"Exam"_s));
        QCOMPARE(count->text(), u"2 of 3 waiting"_s);
        urgency->setCurrentIndex(urgency->findText(u"High (8–10)"_s));
        QCOMPARE(patients(), QStringList{u"Ana Ruiz"_s});
        QCOMPARE(count->text(), u"1 of 3 waiting"_s);

        // A reload keeps what was chosen, even a choice no row holds any more.
        panel.reload(m_zone);
        QCOMPARE(type->currentText(), u"Exam"_s);
        QCOMPARE(urgency->currentText(), u"High (8–10)"_s);
        QCOMPARE(count->text(), u"1 of 3 waiting"_s);
        Prompt::setNextAnswers({u"yes"_s});
        panel.removeEntry(0); // Ana, the first in the list's order
        panel.reload(m_zone);
        QCOMPARE(urgency->currentText(), u"High (8–10)"_s);
        QCOMPARE(shown->rowCount(), 0);
        QCOMPARE(count->text(), u"0 of 2 waiting"_s);
        urgency->setCurrentIndex(0);
        type->setCurrentIndex(0);
        QCOMPARE(count->text(), u"2 waiting"_s);

        // Time came free that Carl can take: his row is starred, and says what it can take.
        panel.setFreedSlot(*cancelled.freed, {carl->id}, u"Tue 9:00 with Dr. A"_s);
        for (int r = 0; r < shown->rowCount(); ++r) {
            const QModelIndex name = shown->index(r, WaitlistModel::PatientColumn);
            const bool isCarl = name.data(WaitlistModel::EntryIdRole).toString() == carl->id;
            QCOMPARE(name.data(WaitlistModel::EligibleRole).toBool(), isCarl);
            QCOMPARE(name.data().toString().startsWith(u"★"_s), isCarl);
            if (isCarl)
                QVERIFY(shown->index(r, WaitlistModel::TypeColumn).data(Qt::ToolTipRole).toString().contains(
                        u"Tue 9:00 with Dr. A"_s));
        }
        QCOMPARE(panel.eligible(), QStringList{carl->id});
    }

    void trayHoldsOpensAndReleases()
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Cache> cache = practice(dir);
        QVERIFY(cache);
        PracticeServices services(*cache, m_clock);
        const BookingOutcome booked = bookExam(services.booking(), u"pt2"_s, u"2026-12-01T09:00"_s);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        QString error;
        QVERIFY2(services.desk().hold(booked.appointment.id, m_frontDesk, &error), qPrintable(error));

        TrayPanel panel(services.desk());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(m_frontDesk);
        const QSet<QString> held = panel.reload(m_zone);
        QCOMPARE(held, QSet<QString>{booked.appointment.id});
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, 0).data(AppointmentListModel::AppointmentIdRole).toString(),
                 booked.appointment.id);

        QSignalSpy open(&panel, &TrayPanel::openRequested);
        pressEnterOn(panel.view(), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), booked.appointment.id);
        QCOMPARE(open.at(0).at(1).toString(), u"Bea Soto"_s);

        QSignalSpy changed(&panel, &SidePanel::changed);
        panel.release(0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(panel.reload(m_zone).isEmpty());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(services.desk().tray(m_frontDesk, &error).isEmpty());
    }

    void unscheduledListsBooksAgainAndDismisses()
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Cache> cache = practice(dir);
        QVERIFY(cache);
        PracticeServices services(*cache, m_clock);
        const BookingOutcome booked = bookExam(services.booking(), u"pt1"_s, u"2026-12-02T10:00"_s);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        const BookingOutcome cancelled = services.booking().cancel(booked.appointment.id, booked.appointment.version,
                                                                   CancelReason::Patient, m_frontDesk);
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.message));

        UnscheduledPanel panel(services.desk());
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shownTester(panel.shown(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(m_frontDesk);
        panel.setFillService(&services.fill());
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.view()->objectName(), u"unscheduledView"_s);

        // One row with its columns in words: who, what, when it was booked for, why not, with whom.
        QCOMPARE(panel.model()->columnCount(), int(UnscheduledModel::ColumnCount));
        auto cell = [&](int column) { return panel.shown()->index(0, column).data().toString(); };
        QCOMPARE(cell(UnscheduledModel::PatientColumn), u"Ana Ruiz"_s);
        QCOMPARE(cell(UnscheduledModel::TypeColumn), u"Exam"_s);
        QCOMPARE(cell(UnscheduledModel::BookedForColumn),
                 localformat::dateTime(test::chicago(u"2026-12-02T10:00"_s).toTimeZone(m_zone)));
        QCOMPARE(cell(UnscheduledModel::ReasonColumn), u"Cancelled (by the patient)"_s);
        QCOMPARE(cell(UnscheduledModel::ProviderColumn), u"Dr. A"_s);
        QCOMPARE(panel.shown()->headerData(UnscheduledModel::BookedForColumn, Qt::Horizontal).toString(),
                 u"Was booked for"_s);

        // Only the missed ones: none; the count says so, and choosing all brings it back.
        auto *count = panel.findChild<QLabel *>(u"countLabel"_s);
        QCOMPARE(count->text(), u"1 to book again"_s);
        auto *why = panel.findChild<QComboBox *>(u"unscheduledWhyComboBox"_s);
        QVERIFY(why);
        why->setCurrentIndex(why->findText(u"Missed"_s));
        QCOMPARE(panel.shown()->rowCount(), 0);
        QCOMPARE(count->text(), u"0 of 1 to book again"_s);
        why->setCurrentIndex(why->findText(u"Cancelled"_s));
        QCOMPARE(panel.shown()->rowCount(), 1);
        QCOMPARE(count->text(), u"1 to book again"_s);
        auto *provider = panel.findChild<QComboBox *>(u"unscheduledProviderComboBox"_s);
        QCOMPARE(provider->count(), 2); // everyone, and the one provider a visit names
        QCOMPARE(provider->itemText(1), u"Dr. A"_s);

        // Enter books the same visit anew: its length and notes come along.
        QSignalSpy book(&panel, &SidePanel::bookRequested);
        pressEnterOn(panel.view(), 0);
        QCOMPARE(book.size(), 1);
        const auto visit = book.at(0).at(0).value<VisitToBook>();
        QCOMPARE(visit.patientId, u"pt1"_s);
        QCOMPARE(visit.minutes, 30);
        QCOMPARE(visit.notes, u"bring x-rays"_s);
        QVERIFY(visit.waitlistEntryId.isEmpty());

        // Dismissing asks why; backing out keeps it, a reason takes it off the list.
        QSignalSpy changed(&panel, &SidePanel::changed);
        Prompt::setNextAnswers({u"-1"_s});
        panel.dismiss(0);
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 1);
        Prompt::setNextAnswers({u"2"_s});
        panel.dismiss(0);
        QVERIFY(!changed.isEmpty());
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void fillPanelOffersFreedTimeAndBooksTheAcceptance()
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Cache> cache = practice(dir);
        QVERIFY(cache);
        PracticeServices services(*cache, m_clock);
        QString error;
        const std::optional<WaitlistEntry> waiting = waitForAnExam(services.fill(), &error);
        QVERIFY2(waiting, qPrintable(error));
        const BookingOutcome booked = bookExam(services.booking(), u"pt2"_s, u"2026-12-01T09:00"_s);
        QVERIFY2(booked.ok(), qPrintable(booked.message));
        const BookingOutcome cancelled = services.booking().cancel(booked.appointment.id, booked.appointment.version,
                                                                   CancelReason::Patient, m_frontDesk);
        QVERIFY2(cancelled.ok() && cancelled.freed, qPrintable(cancelled.message));

        FillPanel panel(services.fill(), services.booking());
        auto *offers = panel.findChild<QTreeWidget *>(u"offersView"_s);
        QVERIFY(offers);
        QAbstractItemModelTester tester(offers->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setSession(m_frontDesk);
        QSignalSpy eligible(&panel, &FillPanel::eligibleChanged);
        QSignalSpy changed(&panel, &FillPanel::changed);
        panel.setFreedSlot(*cancelled.freed, u"Tue 9:00 with Dr. A"_s);
        QCOMPARE(eligible.size(), 1);
        QCOMPARE(eligible.at(0).at(0).toStringList(), QStringList{waiting->id});

        auto *offer = panel.findChild<QPushButton *>(u"offerButton"_s);
        QVERIFY(offer->isEnabled());
        QTest::mouseClick(offer, Qt::LeftButton);
        QCOMPARE(offers->topLevelItemCount(), 1);

        // The patient said yes: the booking goes through the fill service.
        offers->setCurrentItem(offers->topLevelItem(0));
        QTest::mouseClick(panel.findChild<QPushButton *>(u"offerAcceptedButton"_s), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!panel.freedSlot());
        const QList<ScheduledAppointment> visits = services.desk().patientAppointments(u"pt1"_s, m_frontDesk, &error);
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.constFirst().appointment.startUtc, test::chicago(u"2026-12-01T09:00"_s));
        QVERIFY(services.desk().waitlist(m_frontDesk, &error).isEmpty());
    }

    void officeDayActionsOfferSeriesAndFamilyAndCancelThroughTheService()
    {
        QTemporaryDir dir;
        std::unique_ptr<store::Cache> cache = practice(dir);
        QVERIFY(cache);
        PracticeServices services(*cache, m_clock);
        const BookingOutcome booked = bookExam(services.booking(), u"pt1"_s, u"2026-12-01T09:00"_s);
        QVERIFY2(booked.ok(), qPrintable(booked.message));

        QString error;
        ScheduleModel model;
        const QDate day(2026, 12, 1);
        auto show = [&] {
            std::optional<SchedulePage> page = services.booking().page(day, 1, m_frontDesk, &error);
            QVERIFY2(page, qPrintable(error));
            model.setPage(std::move(*page));
        };
        show();
        QWidget window;
        OfficeDayActions actions(services.series(), services.family(), services.absence(), &window, [&] {
            return OfficeDayActions::Where{&model.page(), m_zone, day, {}, {}};
        });
        QCOMPARE(actions.awayAction()->objectName(), u"providerAwayAction"_s);
        auto actionNames = [&](const UserSession &who, const QString &appointmentId) {
            actions.setSession(who);
            QMenu menu;
            actions.addTileActions(menu, model.indexOfAppointment(appointmentId));
            QStringList names;
            for (QAction *a : menu.actions())
                if (!a->isSeparator())
                    names << a->objectName();
            return names;
        };
        // A provider may not fill the book: nothing offered.
        QVERIFY(actionNames(m_provider, booked.appointment.id).isEmpty());
        QCOMPARE(actionNames(m_frontDesk, booked.appointment.id),
                 (QStringList{u"repeatSeriesAction"_s, u"familyBookingAction"_s}));

        // A weekly series; on one of its visits the menu moves or cancels the series.
        SeriesRequest request;
        request.patientId = u"pt2"_s;
        request.typeId = u"exam"_s;
        request.providerId = u"dr-a"_s;
        request.chairId = u"c1"_s;
        request.firstDate = day;
        request.startMinute = 11 * 60;
        request.rule.days.insert(Qt::Tuesday);
        request.rule.count = 3;
        const SeriesPlan plan = services.series().plan(request, m_frontDesk);
        QVERIFY2(plan.ok() && plan.failing() == 0, qPrintable(plan.message));
        const SeriesOutcome series = services.series().book(request, plan.instances, m_frontDesk);
        QVERIFY2(series.ok(), qPrintable(series.message));
        show();
        const QString first = series.appointments.constFirst().id;
        QCOMPARE(actionNames(m_frontDesk, first),
                 (QStringList{u"moveSeriesAction"_s, u"cancelSeriesAction"_s, u"familyBookingAction"_s}));

        QSignalSpy changed(&actions, &OfficeDayActions::changed);
        QSignalSpy freed(&actions, &OfficeDayActions::timeFreed);
        QSignalSpy said(&actions, &OfficeDayActions::message);
        actions.setSession(m_frontDesk);
        QMenu menu;
        actions.addTileActions(menu, model.indexOfAppointment(first));
        for (QAction *a : menu.actions())
            if (a->objectName() == u"cancelSeriesAction")
                a->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(freed.size(), 1);
        QCOMPARE(freed.at(0).at(0).value<FreedSlot>().startUtc, test::chicago(u"2026-12-01T11:00"_s));
        QCOMPARE(said.size(), 1);
        QVERIFY(said.at(0).at(0).toString().contains(u"3"_s));
        for (const Appointment &a : series.appointments)
            QCOMPARE(services.booking().find(a.id, &error)->status, AppointmentStatus::Cancelled);
    }
};

QTEST_MAIN(TestSidePanels)
#include "tst_sidepanels.moc"
