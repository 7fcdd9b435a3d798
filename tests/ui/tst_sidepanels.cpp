#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/appointmentlistmodel.h"
#include "itemmodels/schedulemodel.h"
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
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/1",
  "practice": { "name": "Panel Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "equipment": ["standard"] } ],
  "patients": [ { "id": "pt1", "name": "Ana Ruiz" }, { "id": "pt2", "name": "Bea Soto" } ]
})";

// Enter on the row, as staff at the keyboard press it.
void pressEnterOn(QListView *view, int row)
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
        // A role that may not read the waitlist sees it empty.
        panel.setSession(m_provider);
        panel.reload();
        QCOMPARE(panel.model()->rowCount(), 0);

        panel.setSession(m_frontDesk);
        panel.setFillService(&services.fill());
        panel.reload();
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
        panel.reload();
        QCOMPARE(panel.model()->rowCount(), 0);
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
        panel.setSession(m_frontDesk);
        panel.setFillService(&services.fill());
        panel.reload(m_zone);
        QCOMPARE(panel.model()->rowCount(), 1);

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
