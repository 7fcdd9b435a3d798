#include "store/appointmentrepository.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/appointmentlistmodel.h"
#include "itemmodels/patientsearchmodel.h"
#include "itemmodels/schedulemodel.h"
#include "itemmodels/unscheduledmodel.h"
#include "itemmodels/waitlistmodel.h"
#include "services/bookingservice.h"
#include "services/fillservice.h"
#include "services/patientrecords.h"
#include "services/frontdesk.h"
#include "services/pmsmirror.h"
#include "services/reminderservice.h"
#include "services/practiceimportservice.h"
#include "services/useraccounts.h"
#include "ui/idlelock.h"
#include "ui/signindialog.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/appointmentdialog.h"
#include "ui/confirmationdialog.h"
#include "ui/officedaydialogs.h"
#include "services/absenceservice.h"
#include "services/familybooking.h"
#include "services/seriesservice.h"
#include "ui/fillpanel.h"
#include "ui/mainwindow.h"
#include "ui/patientformdialog.h"
#include "ui/patientsearchfield.h"
#include "ui/prompt.h"
#include "ui/providerdaywindow.h"
#include "ui/schedulechanger.h"
#include "ui/scheduleview.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QMenu>
#include <QScreen>
#include <QToolBar>
#include <QTimer>
#include <QWheelEvent>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTreeWidget>
#include <QTableWidget>
#include <QHash>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QAbstractButton>
#include <QCompleter>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

// A real left-button drag: press, several moves, release, all on one widget's coordinates.
void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    const int steps = 6;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / steps);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::KeychainCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    // Tuesday 24 November 2026, 10:00 in Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    const QDate m_day{2026, 11, 30}; // a Monday with the whole team in
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<FrontDesk> m_desk;
    UserSession m_session{u"tester"_s, u"session"_s, u"ws"_s};

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, m_session);
        window->resize(1500, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        window->setWeekView(false);
        window->setProviderLanes(false);
        window->showDate(m_day);
        return window;
    }

    // The first live tile (in lane order) that `accept` takes.
    template<typename Fn>
    QModelIndex findTile(const ScheduleModel *model, Fn accept)
    {
        for (int l = 0; l < model->laneCount(); ++l) {
            for (int r = 0; r < model->rowCount(model->laneIndex(l)); ++r) {
                const QModelIndex tile = model->index(r, 0, model->laneIndex(l));
                const QString status = tile.data(ScheduleModel::StatusRole).toString();
                if ((status == u"scheduled" || status == u"confirmed") && accept(tile))
                    return tile;
            }
        }
        return {};
    }

    // What the tile's context menu offers, as staff read it (no mnemonics, no separators).
    static QStringList menuOffers(MainWindow &window, const QModelIndex &tile)
    {
        QStringList offered;
        QTimer::singleShot(0, &window, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (const QAction *a : menu->actions())
                if (!a->isSeparator() && a->isVisible())
                    offered << a->text().remove(u'&');
            menu->close();
        });
        Q_EMIT window.view()->contextMenuRequested(tile, window.view()->mapToGlobal(QPoint(50, 50)));
        return offered;
    }

    static SchedulePlacement placementOf(const QModelIndex &tile)
    {
        SchedulePlacement p;
        p.appointmentId = tile.data(ScheduleModel::AppointmentIdRole).toString();
        p.version = tile.data(ScheduleModel::VersionRole).toInt();
        p.laneKey = tile.parent().data(ScheduleModel::LaneKeyRole).toString();
        p.date = tile.parent().data(ScheduleModel::LaneDateRole).toDate();
        p.startMinute = tile.data(ScheduleModel::StartMinuteRole).toInt();
        p.minutes = tile.data(ScheduleModel::MinutesRole).toInt();
        return p;
    }

    // A start in the tile's own lane where the engine would accept it, other than where it is.
    std::optional<int> freeStartFor(MainWindow &window, const QModelIndex &tile)
    {
        SchedulePlacement p = placementOf(tile);
        const int original = p.startMinute;
        for (int m = 8 * 60; m <= 16 * 60; m += 10) {
            if (std::abs(m - original) < 60)
                continue;
            p.startMinute = m;
            if (window.changer()->check(p).isEmpty())
                return m;
        }
        return std::nullopt;
    }

    QPoint laneMinutePoint(MainWindow &window, int lane, int minute, int below = 0)
    {
        ScheduleView *view = window.view();
        view->scrollToMinute(std::max(0, minute - 90));
        const QPoint p = view->pointFor(lane, minute);
        return {p.x(), p.y() + below};
    }

    Appointment stored(const QString &id)
    {
        QString error;
        const std::optional<Appointment> a = m_booking->find(id, &error);
        return a.value_or(Appointment{});
    }

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
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_desk = std::make_unique<FrontDesk>(*m_cache, m_clock);
        QSettings().clear();
    }

    // The first screen is a working day: today while the practice works, else the next day
    // anyone works (a Saturday afternoon opens on Monday, an evening on the next morning).
    void opensOnTheWorkingDay()
    {
        const QDateTime before = m_clock.nowUtc();
        auto firstScreen = [&](const QString &chicagoTime) {
            m_clock.setNowUtc(test::chicago(chicagoTime));
            MainWindow window(*m_booking, *m_desk, m_clock, m_session);
            return window.date();
        };
        QCOMPARE(firstScreen(u"2026-11-24T10:00"_s), QDate(2026, 11, 24)); // a Tuesday morning
        QCOMPARE(firstScreen(u"2026-11-28T09:00"_s), QDate(2026, 11, 28)); // Saturday morning hygiene
        QCOMPARE(firstScreen(u"2026-11-28T14:00"_s), QDate(2026, 11, 30)); // Saturday afternoon: Monday
        QCOMPARE(firstScreen(u"2026-11-29T23:50"_s), QDate(2026, 11, 30)); // Sunday night: Monday
        QCOMPARE(firstScreen(u"2026-11-30T19:30"_s), QDate(2026, 12, 1));  // Monday after closing: Tuesday
        m_clock.setNowUtc(before);
    }

    // What a chair lane draws open is time one of the providers scheduled in that chair
    // works there: a drop then is for them, and neither their hours nor their breaks refuse it.
    void chairLanesShowWhenTheirProvidersWork()
    {
        QString error;
        std::optional<SchedulePage> page = m_booking->page(m_day, 1, m_session, &error);
        QVERIFY2(page, qPrintable(error));
        ScheduleModel model;
        model.setPage(*page);
        const DayFrame &frame = page->frames.constFirst();
        int checked = 0;
        for (int l = 0; l < model.laneCount(); ++l) {
            const ScheduleModel::Lane &lane = model.lane(l);
            if (lane.bars.isEmpty())
                continue;
            for (const DayRange &open : lane.open) {
                for (int minute = open.startMinute; minute + 10 <= open.endMinute; minute += 10) {
                    // Breaks and blocks are drawn over the open time, shaded and labelled.
                    if (std::any_of(lane.closed.cbegin(), lane.closed.cend(), [minute](const DayRange &c) {
                            return c.startMinute < minute + 10 && minute < c.endMinute;
                        }))
                        continue;
                    const QString provider = providerWorkingAt(frame, lane.key, minute);
                    QVERIFY2(!provider.isEmpty(), qPrintable(lane.title + u" at "_s + QString::number(minute)));
                    BookRequest r;
                    r.patientId = u"pt-0001"_s;
                    r.typeId = u"exam"_s;
                    r.providerId = provider;
                    r.chairId = lane.key;
                    r.startUtc = QDateTime(m_day, QTime(0, 0).addSecs(qint64(minute) * 60), QTimeZone("America/Chicago")).toUTC();
                    r.minutes = 10;
                    for (const scheduling::Violation &v : m_booking->check(r).violations)
                        QVERIFY2(v.rule != u"outside_hours" && v.rule != u"break",
                                 qPrintable(lane.title + u": "_s + v.message));
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 100);
    }

    // Every mark drawn on a tile or a lane is explained under View › Legend.
    void legendExplainsEveryMark()
    {
        auto window = openWindow();
        QVERIFY(window);
        Prompt::setNextAnswers({u"ok"_s});
        window->findChild<QAction *>(u"legendAction"_s)->trigger();
        QCOMPARE(Prompt::lastMessages().size(), 1);
        const QString legend = Prompt::lastMessages().constFirst();
        for (const QString &mark : {u"○"_s, u"✓"_s, u"⇥"_s, u"●"_s, u"✔✔"_s, u"✗"_s, u"Dotted orange"_s, u"Dashed"_s,
                                    u"Small square"_s, u"Hatched"_s, u"Colored bars"_s, u"left edge"_s, u"Red border"_s,
                                    u"no-show"_s})
            QVERIFY2(legend.contains(mark), qPrintable(mark));
        // Each mark on its own line with its word, never wrapped apart.
        QVERIFY(legend.contains(u"✔✔\u00a0\u00a0completed\n"_s));
    }

    void modelsPassTheTester()
    {
        ScheduleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        std::optional<SchedulePage> page = m_booking->page(m_day, 7, m_session, &error);
        QVERIFY2(page, qPrintable(error));
        model.setPage(*page);
        // A week of chair lanes: every day shows, and a chair takes room on a day only when
        // someone works in it or something is booked there (a closed day keeps one lane).
        QSet<QDate> days;
        QHash<QDate, int> lanesOn;
        for (int l = 0; l < model.laneCount(); ++l) {
            days.insert(model.lane(l).date);
            ++lanesOn[model.lane(l).date];
        }
        QCOMPARE(days.size(), 7);
        QVERIFY(model.laneCount() < 7 * 7);
        for (int l = 0; l < model.laneCount(); ++l) {
            const ScheduleModel::Lane &lane = model.lane(l);
            QVERIFY2(!lane.open.isEmpty() || model.rowCount(model.laneIndex(l)) > 0 || lanesOn.value(lane.date) == 1,
                     qPrintable(lane.title + u' ' + lane.date.toString(Qt::ISODate)));
        }
        // Connected to no practice system: nothing is shown as synced or as waiting for one.
        for (const auto &s : page->appointments)
            QCOMPARE(syncStateName(s.shown.appointment.syncState), u"local"_s);
        // One clinic: Lakeside has one chair; Main Street the other six.
        model.setClinicFilter(u"lakeside"_s);
        QCOMPARE(model.laneCount(), 7);
        model.setClinicFilter(u"main"_s);
        QVERIFY(model.laneCount() >= 7 && model.laneCount() <= 7 * 6);
        model.setClinicFilter({});
        model.setLaneMode(ScheduleModel::LaneMode::Providers);
        model.setColorMode(ScheduleModel::ColorMode::Type);
        model.setProviderFilter(u"dr-chen"_s);
        for (int l = 0; l < model.laneCount(); ++l)
            QCOMPARE(model.lane(l).key, u"dr-chen"_s);
        model.setProviderFilter({});
        model.setHeld({page->appointments.constFirst().shown.appointment.id});

        // Every live appointment of the week sits in exactly one lane, in its chair.
        model.setLaneMode(ScheduleModel::LaneMode::Chairs);
        int live = 0;
        for (const PageAppointment &a : page->appointments)
            live += a.shown.appointment.status != AppointmentStatus::Cancelled ? 1 : 0;
        int shown = 0;
        for (int l = 0; l < model.laneCount(); ++l) {
            for (int r = 0; r < model.rowCount(model.laneIndex(l)); ++r) {
                const QModelIndex tile = model.index(r, 0, model.laneIndex(l));
                QCOMPARE(tile.data(ScheduleModel::ChairIdRole).toString(), model.lane(l).key);
                QCOMPARE(tile.data(ScheduleModel::LaneDateRole).toDate(), model.lane(l).date);
                QVERIFY(!tile.data(Qt::DisplayRole).toString().isEmpty());
                ++shown;
            }
        }
        QCOMPARE(shown, live);
        QVERIFY(live > 100);

        AppointmentListModel list;
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setAppointments(m_desk->patientAppointments(u"pt-0001"_s, m_session, &error), QTimeZone("America/Chicago"));
        WaitlistModel waitlist;
        QAbstractItemModelTester waitTester(&waitlist, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitlist.setEntries(m_desk->waitlist(m_session, &error), QTimeZone("America/Chicago"));
        QVERIFY(waitlist.rowCount() > 0);
        for (int r = 1; r < waitlist.rowCount(); ++r)
            QVERIFY(waitlist.index(r - 1, 0).data(WaitlistModel::UrgencyRole).toInt()
                    >= waitlist.index(r, 0).data(WaitlistModel::UrgencyRole).toInt());
    }

    void moveTileToFreeSlot()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        std::optional<int> target;
        const QModelIndex tile = findTile(model, [&](const QModelIndex &t) {
            target = freeStartFor(*window, t);
            return target.has_value() && t.data(ScheduleModel::MinutesRole).toInt() >= 20;
        });
        QVERIFY2(tile.isValid(), "no movable tile with a free slot in its lane");
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        const int lane = tile.parent().row();
        const Appointment before = stored(id);

        ScheduleView *view = window->view();
        view->scrollToMinute(std::max(0, std::min(*target, tile.data(ScheduleModel::StartMinuteRole).toInt()) - 30));
        const QRect rect = view->tileRect(model->indexOfAppointment(id));
        const QPoint from(rect.center().x(), rect.top() + 5);
        const QPoint to(view->pointFor(lane, *target).x(), view->pointFor(lane, *target).y() + 5);
        QVERIFY(view->viewport()->rect().contains(to));
        drag(view->viewport(), from, to);

        const Appointment after = stored(id);
        const QDateTime expected(m_day, QTime(0, 0).addSecs(qint64(*target) * 60), QTimeZone("America/Chicago"));
        QCOMPARE(after.startUtc, expected.toUTC());
        QCOMPARE(after.version, before.version + 1);
        QCOMPARE(after.chairId, before.chairId);
        // The tile shows there at once.
        QCOMPARE(model->indexOfAppointment(id).data(ScheduleModel::StartMinuteRole).toInt(), *target);

        // Undo puts it back, redo moves it again: Ctrl+Z and Ctrl+Shift+Z on the window.
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(id).startUtc, before.startUtc);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(id).startUtc, expected.toUTC());
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(id).startUtc, before.startUtc);
    }

    void dropOnBusyChairIsRefused()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        // Tile A dropped at the start of tile B in B's chair breaks the chair rule.
        QModelIndex other;
        const QModelIndex tile = findTile(model, [&](const QModelIndex &a) {
            other = findTile(model, [&](const QModelIndex &b) {
                if (b.parent().row() == a.parent().row() || b.data(ScheduleModel::MinutesRole).toInt() < 20)
                    return false;
                SchedulePlacement p = placementOf(a);
                p.laneKey = b.parent().data(ScheduleModel::LaneKeyRole).toString();
                p.startMinute = b.data(ScheduleModel::StartMinuteRole).toInt();
                return window->changer()->check(p).contains(u"chair"_s, Qt::CaseInsensitive);
            });
            return other.isValid();
        });
        QVERIFY(tile.isValid());
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        const Appointment before = stored(id);
        const int targetLane = other.parent().row();
        const int targetMinute = other.data(ScheduleModel::StartMinuteRole).toInt();

        ScheduleView *view = window->view();
        view->scrollToMinute(std::max(0, std::min(targetMinute, tile.data(ScheduleModel::StartMinuteRole).toInt()) - 30));
        const QRect rect = view->tileRect(tile);
        const QPoint from(rect.center().x(), rect.top() + 5);
        const QPoint to(view->pointFor(targetLane, targetMinute).x(), view->pointFor(targetLane, targetMinute).y() + 5);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(view->viewport(), from + (to - from) * i / 6);
        // The ghost says why before anything is dropped.
        QVERIFY2(view->dragVerdict().contains(u"chair"_s, Qt::CaseInsensitive), qPrintable(view->dragVerdict()));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);

        const Appointment after = stored(id);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.startUtc, before.startUtc);
        QCOMPARE(after.chairId, before.chairId);
        auto *message = window->findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"chair"_s, Qt::CaseInsensitive), qPrintable(message->text()));
        // The tile is back where it was.
        QCOMPARE(model->indexOfAppointment(id).parent().row(), tile.parent().row());
        // The refusal does not follow staff to another day.
        window->showDate(m_day.addDays(1));
        QVERIFY(!message->isVisible());
        window->showDate(m_day);
    }

    void resizeByDraggingTheBottomEdge()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        int newMinutes = 0;
        const QModelIndex tile = findTile(model, [&](const QModelIndex &t) {
            const int minutes = t.data(ScheduleModel::MinutesRole).toInt();
            const int max = t.data(ScheduleModel::MaxMinutesRole).toInt();
            if (minutes + 10 > max || minutes < 20)
                return false;
            SchedulePlacement p = placementOf(t);
            p.minutes = minutes + 10;
            if (!window->changer()->check(p).isEmpty())
                return false;
            newMinutes = minutes + 10;
            return true;
        });
        QVERIFY2(tile.isValid(), "no tile that can grow by 10 minutes");
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        const int start = tile.data(ScheduleModel::StartMinuteRole).toInt();
        ScheduleView *view = window->view();
        view->scrollToMinute(std::max(0, start - 30));
        const QRect rect = view->tileRect(tile);
        const QPoint from(rect.center().x(), rect.bottom() - 1);
        const QPoint to(from.x(), view->pointFor(tile.parent().row(), start + newMinutes).y());
        drag(view->viewport(), from, to);
        QCOMPARE(stored(id).minutes, newMinutes);
        QCOMPARE(stored(id).startUtc,
                 QDateTime(m_day, QTime(0, 0).addSecs(qint64(start) * 60), QTimeZone("America/Chicago")).toUTC());
    }

    void createByDraggingOpensThePrefilledDialog()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        // An empty half hour in an open chair lane.
        int lane = -1;
        int start = 0;
        for (int l = 0; l < model->laneCount() && lane < 0; ++l) {
            const ScheduleModel::Lane &ln = model->lane(l);
            for (const DayRange &open : ln.open) {
                for (int m = std::max(open.startMinute, 13 * 60 + 30); m + 30 <= open.endMinute && lane < 0; m += 10) {
                    bool free = true;
                    for (int r = 0; r < ln.tiles.size(); ++r) {
                        const PageAppointment &p = model->tile(l, r);
                        if (p.startMinute < m + 40 && m - 10 < p.startMinute + p.shown.appointment.minutes)
                            free = false;
                    }
                    if (free) {
                        lane = l;
                        start = m;
                    }
                }
            }
        }
        QVERIFY(lane >= 0);
        const QString chairId = model->lane(lane).key;
        QString error;
        const QList<Patient> someone = m_desk->searchPatients(u"Morales"_s, 1, m_session, &error);
        QVERIFY(!someone.isEmpty());
        const int appointmentsBefore = int(m_desk->patientAppointments(someone.constFirst().id, m_session, &error).size());

        bool sawDialog = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<AppointmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QCOMPARE(dialog->findChild<QComboBox *>(u"chairComboBox"_s)->currentData().toString(), chairId);
            QCOMPARE(dialog->findChild<QTimeEdit *>(u"timeEdit"_s)->time(), QTime(0, 0).addSecs(qint64(start) * 60));
            QCOMPARE(dialog->findChild<QSpinBox *>(u"lengthSpinBox"_s)->value(), 30);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"patientSearchLineEdit"_s), u"Morales"_s);
            auto *results = dialog->findChild<QListWidget *>(u"patientResultsListWidget"_s);
            QVERIFY(results->count() >= 1);
            results->setCurrentRow(0);
            // Live violations: an emergency visit in a chair lane is checked as the fields change.
            if (!dialog->violations().isEmpty()) {
                QTest::mouseClick(dialog->findChild<QPushButton *>(u"findOpeningButton"_s), Qt::LeftButton);
                auto *openings = dialog->findChild<QListWidget *>(u"openingsListWidget"_s);
                QVERIFY(openings->count() >= 1 && openings->count() <= 3);
                Prompt::setNextAnswers({u"yes"_s}); // who, what, when and where: book it
                Q_EMIT openings->itemActivated(openings->item(0));
            } else {
                QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            }
            if (dialog->isVisible())
                dialog->reject();
        });
        ScheduleView *view = window->view();
        const QPoint from = laneMinutePoint(*window, lane, start, 2);
        const QPoint to(from.x(), view->pointFor(lane, start + 30).y());
        drag(view->viewport(), from, to);
        QVERIFY(sawDialog);
        QCOMPARE(int(m_desk->patientAppointments(someone.constFirst().id, m_session, &error).size()), appointmentsBefore + 1);
    }

    // Typing a new caller's name over a chosen patient forgets that patient: nothing can be
    // booked for them by mistake, and an opening is booked only once who, what, when and
    // where have been confirmed.
    // Choosing a visit that needs a skill starts with a provider who has it, and the dialog
    // has room to read several matching patients.
    void bookingDialogStartsWithAProviderWhoCanDoIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        const SchedulePage &page = window->model()->page();
        const auto type = std::find_if(page.types.cbegin(), page.types.cend(),
                                       [](const AppointmentType &t) { return !t.skill.isEmpty(); });
        QVERIFY(type != page.types.cend());
        const auto without = std::find_if(page.providers.cbegin(), page.providers.cend(),
                                          [&](const Provider &p) { return !p.skills.contains(type->skill); });
        QVERIFY(without != page.providers.cend());
        AppointmentDialog dialog(*window->changer(), *m_booking, *m_desk, page, window.get());
        dialog.prefillNew(page.chairs.constFirst().id, without->id, m_day.addDays(1), 9 * 60, 30);
        auto *types = dialog.findChild<QComboBox *>(u"typeComboBox"_s);
        auto *providers = dialog.findChild<QComboBox *>(u"providerComboBox"_s);
        types->setCurrentIndex(types->findData(type->id == types->itemData(0).toString()
                                                       ? types->itemData(1).toString()
                                                       : types->itemData(0).toString()));
        providers->setCurrentIndex(providers->findData(without->id));
        types->setCurrentIndex(types->findData(type->id));
        const QString chosen = providers->currentData().toString();
        const auto provider = std::find_if(page.providers.cbegin(), page.providers.cend(),
                                           [&](const Provider &p) { return p.id == chosen; });
        QVERIFY(provider != page.providers.cend());
        QVERIFY2(provider->skills.contains(type->skill), qPrintable(provider->name));
        auto *results = dialog.findChild<QListWidget *>(u"patientResultsListWidget"_s);
        QVERIFY(results->minimumHeight() >= results->fontMetrics().height() * 4);
    }

    void bookingDialogBooksOnlyThePatientShown()
    {
        auto window = openWindow();
        QVERIFY(window);
        QString error;
        const QList<Patient> found = m_desk->searchPatients(u"Morales"_s, 1, m_session, &error);
        QVERIFY(!found.isEmpty());
        const Patient chosen = found.constFirst();
        auto count = [&] { return int(m_desk->patientAppointments(chosen.id, m_session, &error).size()); };
        const int before = count();

        auto *dialog = new AppointmentDialog(*window->changer(), *m_booking, *m_desk, window->model()->page(),
                                             window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<AppointmentDialog> open = dialog;
        dialog->prefillNew(window->model()->page().chairs.constFirst().id, {}, m_day.addDays(1), 9 * 60, 30);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *search = dialog->findChild<QLineEdit *>(u"patientSearchLineEdit"_s);
        auto *results = dialog->findChild<QListWidget *>(u"patientResultsListWidget"_s);
        auto *label = dialog->findChild<QLabel *>(u"patientLabel"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        auto *openings = dialog->findChild<QListWidget *>(u"openingsListWidget"_s);
        auto choose = [&] {
            search->selectAll();
            QTest::keyClicks(search, chosen.name);
            for (int row = 0; row < results->count(); ++row) {
                if (results->item(row)->data(Qt::UserRole).toString() == chosen.id)
                    results->setCurrentRow(row);
            }
        };
        QCOMPARE(label->text(), u"No patient chosen"_s);
        choose();
        QCOMPARE(label->text(), u"Booking for %1"_s.arg(chosen.name));

        // A new caller: the list empties and says so, nobody is chosen, Book is off.
        search->selectAll();
        QTest::keyClicks(search, u"Jane Newcaller"_s);
        QCOMPARE(results->count(), 0);
        QCOMPARE(label->text(), u"No patient matches “Jane Newcaller”"_s);
        QVERIFY(!save->isEnabled());
        // Openings can still be looked up, but activating one books nobody and asks nothing.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"findOpeningButton"_s), Qt::LeftButton);
        QVERIFY(openings->count() >= 1);
        Prompt::setNextAnswers({u"yes"_s});
        Q_EMIT openings->itemActivated(openings->item(0));
        QVERIFY(Prompt::lastMessages().isEmpty());
        Prompt::setNextAnswers({});
        QVERIFY(open && open->isVisible());
        QVERIFY2(dialog->violations().contains(u"Choose the patient first"_s), qPrintable(dialog->violations()));
        QCOMPARE(count(), before);

        // Chosen again: the confirmation names who, what, when and where; "no" books nothing.
        choose();
        QVERIFY(save->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"findOpeningButton"_s), Qt::LeftButton);
        QVERIFY(openings->count() >= 1);
        const QString offered = openings->item(0)->text(); // "<date> at <time> — <provider>, <chair>"
        Prompt::setNextAnswers({u"no"_s});
        Q_EMIT openings->itemActivated(openings->item(0));
        QCOMPARE(Prompt::lastMessages().size(), 1);
        const QString question = Prompt::lastMessages().constFirst();
        QVERIFY2(question.contains(chosen.name), qPrintable(question));
        QVERIFY2(question.contains(dialog->findChild<QComboBox *>(u"typeComboBox"_s)->currentText()), qPrintable(question));
        const QString where = offered.section(u" — "_s, 1); // a provider's name may hold a comma
        const qsizetype comma = where.lastIndexOf(u", "_s);
        QVERIFY2(question.contains(where.left(comma)) && question.contains(where.mid(comma + 2)),
                 qPrintable(question + u" / "_s + offered));
        QVERIFY2(question.contains(offered.section(u" — "_s, 0, 0).section(u" at "_s, 0, 0)), qPrintable(question));
        QVERIFY(open && open->isVisible());
        QCOMPARE(count(), before);
        Prompt::setNextAnswers({u"yes"_s});
        Q_EMIT openings->itemActivated(openings->item(0));
        QCOMPARE(count(), before + 1);
        QTRY_VERIFY(!open || !open->isVisible());
    }

    void dragFromWaitlistBooksIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->setProviderLanes(true);
        ScheduleModel *model = window->model();
        auto *waitlist = window->findChild<QAbstractItemView *>(u"waitlistView"_s);
        QVERIFY(waitlist && waitlist->model()->rowCount() > 0);
        // The first waitlist entry with an opening on the test day, in a provider lane and time
        // the engine would take it (the chair comes from the openings).
        QModelIndex entry;
        ScheduleDragItem item;
        int lane = -1;
        int start = 0;
        for (int row = 0; row < waitlist->model()->rowCount() && lane < 0; ++row) {
            entry = waitlist->model()->index(row, 0);
            item.kind = ScheduleDragItem::Kind::Waitlist;
            item.id = entry.data(WaitlistModel::EntryIdRole).toString();
            item.patientId = entry.data(WaitlistModel::PatientIdRole).toString();
            item.typeId = entry.data(WaitlistModel::TypeIdRole).toString();
            item.minutes = entry.data(WaitlistModel::MinutesRole).toInt();
            scheduling::OpeningRequest find;
            find.typeId = item.typeId;
            find.patientId = item.patientId;
            find.from = m_day;
            find.limit = 1;
            const OpeningsOutcome openings = m_booking->openings(find);
            if (openings.openings.isEmpty())
                continue;
            const scheduling::Opening &o = openings.openings.constFirst();
            for (int l = 0; l < model->laneCount(); ++l) {
                if (model->lane(l).key == o.providerId)
                    lane = l;
            }
            start = scheduling::fromMinute(o.start).toTimeZone(QTimeZone("America/Chicago")).time().msecsSinceStartOfDay()
                    / 60000;
        }
        QVERIFY2(lane >= 0, "no waitlist entry has an opening on the test day");
        const QString providerId = model->lane(lane).key;
        QString error;
        const int before = int(m_desk->patientAppointments(item.patientId, m_session, &error).size());

        ScheduleView *view = window->view();
        const QPoint target = laneMinutePoint(*window, lane, start, 2);
        QVERIFY(view->viewport()->rect().contains(target));
        const QPoint from = waitlist->visualRect(entry).center();
        const QPoint to = waitlist->viewport()->mapFromGlobal(view->viewport()->mapToGlobal(target));
        drag(waitlist->viewport(), from, to);

        const QList<store::ScheduledAppointment> after = m_desk->patientAppointments(item.patientId, m_session, &error);
        QCOMPARE(int(after.size()), before + 1);
        bool found = false;
        for (const store::ScheduledAppointment &s : after) {
            const QDateTime local = s.appointment.startUtc.toTimeZone(QTimeZone("America/Chicago"));
            if (local.date() == m_day && local.time().msecsSinceStartOfDay() / 60000 == start
                && s.appointment.providerId == providerId && s.appointment.typeId == item.typeId)
                found = true;
        }
        QVERIFY(found);
        // Booked from the waitlist: the entry left it.
        for (const ShownWaitlistEntry &e : m_desk->waitlist(m_session, &error))
            QVERIFY(e.entry.id != item.id);
        QCOMPARE(waitlist->model()->rowCount(), int(m_desk->waitlist(m_session, &error).size()));
    }

    void waitlistEntryBooksFromTheKeyboard()
    {
        auto window = openWindow();
        QVERIFY(window);
        auto *waitlist = window->findChild<QAbstractItemView *>(u"waitlistView"_s);
        QVERIFY(waitlist->model()->rowCount() > 0);
        const QModelIndex entry = waitlist->model()->index(0, 0);
        const QString entryId = entry.data(WaitlistModel::EntryIdRole).toString();
        const QString patientId = entry.data(WaitlistModel::PatientIdRole).toString();
        const QString typeId = entry.data(WaitlistModel::TypeIdRole).toString();
        QString error;
        const int before = int(m_desk->patientAppointments(patientId, m_session, &error).size());
        bool sawDialog = false;
        QTimer::singleShot(150, this, [&] {
            auto *dialog = qobject_cast<AppointmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            QCOMPARE(dialog->findChild<QComboBox *>(u"typeComboBox"_s)->currentData().toString(), typeId);
            QTest::keyClick(dialog->findChild<QPushButton *>(u"findOpeningButton"_s), Qt::Key_Space);
            auto *openings = dialog->findChild<QListWidget *>(u"openingsListWidget"_s);
            QVERIFY(openings->count() >= 1);
            openings->setFocus();
            openings->setCurrentRow(0);
            Prompt::setNextAnswers({u"yes"_s}); // who, what, when and where: book it
            QTest::keyClick(openings, Qt::Key_Return);
            QCOMPARE(Prompt::lastMessages().size(), 1);
            if (dialog->isVisible())
                dialog->reject();
        });
        waitlist->setFocus();
        waitlist->setCurrentIndex(entry);
        QTest::keyClick(waitlist, Qt::Key_Return);
        QVERIFY(sawDialog);
        QCOMPARE(int(m_desk->patientAppointments(patientId, m_session, &error).size()), before + 1);
        for (const ShownWaitlistEntry &e : m_desk->waitlist(m_session, &error))
            QVERIFY(e.entry.id != entryId);
    }

    void dragFromUnscheduledIntoAChairLaneBooksIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        auto *list = window->findChild<QAbstractItemView *>(u"unscheduledView"_s);
        QVERIFY(list);
        QVERIFY2(list->model()->rowCount() > 0, "the demo has cancelled or missed visits to rebook");
        // The first entry with a chair lane and time the engine accepts; in chair lanes the
        // provider is found for the drop.
        QModelIndex entry;
        ScheduleDragItem item;
        int lane = -1;
        int start = 0;
        for (int row = 0; row < list->model()->rowCount() && lane < 0; ++row) {
            entry = list->model()->index(row, 0);
            item.kind = ScheduleDragItem::Kind::Unscheduled;
            item.id = entry.data(UnscheduledModel::AppointmentIdRole).toString();
            item.patientId = entry.data(UnscheduledModel::PatientIdRole).toString();
            item.typeId = entry.data(UnscheduledModel::TypeIdRole).toString();
            item.minutes = entry.data(UnscheduledModel::MinutesRole).toInt();
            for (int l = 0; l < model->laneCount() && lane < 0; ++l) {
                for (int m = 8 * 60; m <= 15 * 60 && lane < 0; m += 30) {
                    SchedulePlacement at;
                    at.laneKey = model->lane(l).key;
                    at.date = model->lane(l).date;
                    at.startMinute = m;
                    at.minutes = item.minutes;
                    if (window->changer()->checkItem(item, at).isEmpty()) {
                        lane = l;
                        start = m;
                    }
                }
            }
        }
        QVERIFY2(lane >= 0, "no unscheduled visit fits the test day");
        QString error;
        const int before = int(m_desk->patientAppointments(item.patientId, m_session, &error).size());
        ScheduleView *view = window->view();
        const QPoint target = laneMinutePoint(*window, lane, start, 2);
        // The list sits in a tab; show it as staff would before dragging.
        window->findChild<QDockWidget *>(u"unscheduledDock"_s)->raise();
        QTRY_VERIFY(list->isVisible());
        const QPoint from = list->visualRect(entry).center();
        drag(list->viewport(), from, list->viewport()->mapFromGlobal(view->viewport()->mapToGlobal(target)));

        const QList<store::ScheduledAppointment> after = m_desk->patientAppointments(item.patientId, m_session, &error);
        QCOMPARE(int(after.size()), before + 1);
        bool booked = false;
        for (const store::ScheduledAppointment &s : after) {
            const QDateTime local = s.appointment.startUtc.toTimeZone(QTimeZone("America/Chicago"));
            if (local.date() == m_day && local.time().msecsSinceStartOfDay() / 60000 == start
                && s.appointment.chairId == model->lane(lane).key && s.appointment.typeId == item.typeId
                && s.appointment.minutes == item.minutes)
                booked = true;
        }
        QVERIFY(booked);
        // Booked again for that type: it left the list.
        for (int r = 0; r < list->model()->rowCount(); ++r)
            QVERIFY(list->model()->index(r, 0).data(UnscheduledModel::AppointmentIdRole).toString() != item.id);
    }

    void enterOpensTheAppointmentAndSavesItsNotes()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        const QModelIndex tile = findTile(model, [](const QModelIndex &) { return true; });
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        const Appointment before = stored(id);
        ScheduleView *view = window->view();
        view->setFocus();
        view->setCurrentIndex(tile);
        bool sawDialog = false;
        QTimer::singleShot(150, this, [&] {
            auto *dialog = qobject_cast<AppointmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            // Opened on the appointment as it stands: nothing broken, its own time.
            QVERIFY2(dialog->violations().isEmpty(), qPrintable(dialog->violations()));
            auto *notes = dialog->findChild<QPlainTextEdit *>(u"notesEdit"_s);
            notes->setPlainText(u"Bring the night guard."_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
            if (dialog->isVisible())
                dialog->reject();
        });
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(sawDialog);
        const Appointment after = stored(id);
        QCOMPARE(after.notes, u"Bring the night guard."_s);
        QCOMPARE(after.startUtc, before.startUtc);
        QCOMPARE(after.version, before.version + 1);
        QVERIFY(window->changer()->undo());
        QCOMPARE(stored(id).notes, before.notes);
    }

    // A cancellation frees time; the waitlist marks who can take it; dragging one of them onto
    // the freed time books them there and takes them off the list.
    // Settings › Filling the book: the office manager chooses offers at once, how long they
    // stay open, automatic no-shows and approval over the limit; the front desk only sees them.
    void officeManagerSetsFillingTheBook()
    {
        FillService fill(*m_cache, m_clock, *m_booking, *m_desk);
        UserSession manager = m_session;
        manager.role = Role::OfficeManager;
        auto window = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, manager);
        window->setFillService(&fill);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *action = window->findChild<QAction *>(u"fillSettingsAction"_s);
        QVERIFY(action);
        bool edited = false;
        QTimer::singleShot(150, this, [&] {
            auto *dialog = qobject_cast<FillSettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *offers = dialog->findChild<QSpinBox *>(u"offersAtOnceBox"_s);
            QCOMPARE(offers->value(), 1);
            QCOMPARE(dialog->findChild<QSpinBox *>(u"offerMinutesBox"_s)->value(), 30);
            offers->setValue(7); // clamped to the 3 the practice may choose
            QCOMPARE(offers->value(), 3);
            dialog->findChild<QSpinBox *>(u"offerMinutesBox"_s)->setValue(45);
            dialog->findChild<QCheckBox *>(u"autoNoShowBox"_s)->setChecked(true);
            dialog->findChild<QComboBox *>(u"overLimitBox"_s)->setCurrentIndex(1);
            dialog->accept();
            edited = true;
        });
        action->trigger();
        QVERIFY(edited);
        QString error;
        const std::optional<FillSettings> saved = fill.settings(&error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->offersAtOnce, 3);
        QCOMPARE(saved->offerMinutes, 45);
        QVERIFY(saved->autoNoShow);
        QCOMPARE(saved->noShowLimit, 3);
        QVERIFY(saved->noShowNeedsApproval);

        UserSession desk = m_session;
        desk.role = Role::FrontDesk;
        FillSettingsDialog readOnly(fill, desk);
        QVERIFY(!readOnly.findChild<QSpinBox *>(u"offersAtOnceBox"_s)->isEnabled());
        QCOMPARE(readOnly.findChild<QSpinBox *>(u"offerMinutesBox"_s)->value(), 45);
        QVERIFY(readOnly.findChild<QLabel *>(u"fillSettingsError"_s)->text().contains(u"office manager"_s));
        readOnly.accept(); // refused by the service too: nothing changes
        QCOMPARE(fill.settings(&error)->offerMinutes, 45);
        QVERIFY(readOnly.findChild<QLabel *>(u"fillSettingsError"_s)->text().size() > 0);
        QVERIFY(fill.setSettings(FillSettings{}, manager, &error)); // the later tests' practice
    }

    // Help › Check the cache… is the office manager's: it reads every page and says so; a
    // damaged cache shows a banner that stays until it is restored.
    void officeManagerChecksTheCache()
    {
        UserSession manager = m_session;
        manager.role = Role::OfficeManager;
        {
            MainWindow window(*m_booking, *m_desk, m_clock, manager);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *check = window.findChild<QAction *>(u"checkCacheAction"_s);
            QVERIFY(check && check->isVisible());
            Prompt::setNextAnswers({u"ok"_s});
            check->trigger();
            QVERIFY(!Prompt::lastMessages().isEmpty());
            QVERIFY2(Prompt::lastMessages().constLast().contains(u"intact"_s),
                     qPrintable(Prompt::lastMessages().constLast()));
            QVERIFY(!window.findChild<QLabel *>(u"damageLabel"_s)->isVisible());
        }
        UserSession desk = m_session;
        desk.role = Role::FrontDesk;
        MainWindow deskWindow(*m_booking, *m_desk, m_clock, desk);
        QVERIFY(!deskWindow.findChild<QAction *>(u"checkCacheAction"_s)->isVisible());

        // A cache of its own, found damaged: the banner stays across days.
        QTemporaryDir dir;
        auto opened = store::Cache::open(dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing);
        QVERIFY(opened.cache);
        QVERIFY(PracticeImportService(*opened.cache, m_clock).importDemo(m_session).ok());
        BookingService booking(*opened.cache, m_clock);
        FrontDesk frontDesk(*opened.cache, m_clock);
        MainWindow window(booking, frontDesk, m_clock, manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        opened.cache->markDamaged(u"database disk image is malformed"_s);
        window.showDate(m_day.addDays(1));
        auto *banner = window.findChild<QLabel *>(u"damageLabel"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(u"damaged"_s));
        window.showDate(m_day.addDays(2));
        QVERIFY(banner->isVisible());
    }

    // A provider signed in sees their schedule, not panels their role may not read standing
    // empty, nor the fill-the-book actions they would be refused.
    void providerSeesNoEmptyPanels()
    {
        FillService fill(*m_cache, m_clock, *m_booking, *m_desk);
        UserSession dentist = m_session;
        dentist.role = Role::Provider;
        dentist.providerId = u"dr-okafor"_s;
        auto window = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, dentist);
        window->setFillService(&fill);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (const QString &name : {u"waitlistDock"_s, u"unscheduledDock"_s, u"trayDock"_s, u"fillDock"_s,
                                    u"syncIssuesDock"_s}) {
            auto *dock = window->findChild<QDockWidget *>(name);
            QVERIFY2(dock, qPrintable(name));
            QVERIFY2(!dock->isVisible(), qPrintable(name));
            QVERIFY2(!dock->toggleViewAction()->isVisible(), qPrintable(name));
        }
        QVERIFY(!window->findChild<QAction *>(u"followUpAction"_s)->isVisible());
        QVERIFY(!window->findChild<QAction *>(u"fillSettingsAction"_s)->isVisible());
    }

    // View › Confirmations…: the day's visits with their state; "Confirmed" on one moves its
    // tile to confirmed.
    void confirmFromTheConfirmationList()
    {
        FillService fill(*m_cache, m_clock, *m_booking, *m_desk);
        ReminderService reminders(*m_cache, m_clock, *m_booking, fill.contacts());
        auto window = openWindow();
        QVERIFY(window);
        window->setReminderService(&reminders);
        auto *action = window->findChild<QAction *>(u"confirmationsAction"_s);
        QVERIFY(action);
        QString confirmedId;
        QTimer::singleShot(150, this, [&] {
            auto *dialog = qobject_cast<ConfirmationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *list = dialog->findChild<QTreeWidget *>(u"confirmationsView"_s);
            QVERIFY(list->topLevelItemCount() > 0);
            for (int i = 0; i < list->topLevelItemCount() && confirmedId.isEmpty(); ++i) {
                QTreeWidgetItem *item = list->topLevelItem(i);
                if (item->text(5) == u"unconfirmed"_s) {
                    list->setCurrentItem(item);
                    confirmedId = item->data(0, Qt::UserRole).toString();
                }
            }
            QVERIFY(!confirmedId.isEmpty());
            dialog->findChild<QPushButton *>(u"mark_confirmed"_s)->click();
            QCOMPARE(list->currentItem()->text(5), u"confirmed"_s);
            dialog->reject();
        });
        action->trigger();
        QVERIFY(!confirmedId.isEmpty());
        const QModelIndex tile = window->model()->indexOfAppointment(confirmedId);
        QVERIFY(tile.isValid());
        QCOMPARE(tile.data(ScheduleModel::StatusRole).toString(), u"confirmed"_s);
        // Put back for the later tests.
        QVERIFY(reminders.markConfirmation(confirmedId, ConfirmationState::Unconfirmed, m_session).ok());
    }

    void dragWaitlistEntryIntoFreedTime()
    {
        FillService fill(*m_cache, m_clock, *m_booking, *m_desk);
        auto window = openWindow();
        QVERIFY(window);
        window->setFillService(&fill);
        window->setProviderLanes(true);
        ScheduleModel *model = window->model();
        // A visit whose time, once free, someone on the waitlist can take.
        QModelIndex tile;
        QString firstEligible;
        for (int l = 0; l < model->laneCount() && !tile.isValid(); ++l) {
            for (int r = 0; r < model->rowCount(model->laneIndex(l)) && !tile.isValid(); ++r) {
                const QModelIndex t = model->index(r, 0, model->laneIndex(l));
                if (t.data(ScheduleModel::StatusRole).toString() != u"scheduled")
                    continue;
                // What the slot would offer once it is free: the visit itself is in the way now,
                // so look with a replacement of the same length an hour later than it can be.
                QString error;
                const QString id = t.data(ScheduleModel::AppointmentIdRole).toString();
                const int version = t.data(ScheduleModel::VersionRole).toInt();
                const FreedSlot slot{t.data(ScheduleModel::ChairIdRole).toString(),
                                     t.data(ScheduleModel::ProviderIdRole).toString(),
                                     t.data(ScheduleModel::StartUtcRole).toDateTime(),
                                     t.data(ScheduleModel::MinutesRole).toInt()};
                QVERIFY(m_booking->cancel(id, version, CancelReason::Patient, m_session).ok());
                const auto found = fill.candidatesFor(slot, m_session, &error);
                const Appointment cancelled = stored(id);
                QVERIFY(m_booking->undoStatus(id, cancelled.version, m_session).ok());
                if (found && !found->isEmpty()) {
                    tile = t;
                    firstEligible = found->first().shown.entry.id;
                }
            }
        }
        window->reload();
        QVERIFY2(tile.isValid(), "no visit on the test day frees time anyone on the waitlist can take");
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        tile = model->indexOfAppointment(id);
        const QString providerId = tile.data(ScheduleModel::ProviderIdRole).toString();
        const int start = tile.data(ScheduleModel::StartMinuteRole).toInt();

        QVERIFY(window->changer()->cancel(id, stored(id).version, CancelReason::Patient));
        auto *waitlist = window->findChild<QAbstractItemView *>(u"waitlistView"_s);
        QVERIFY(waitlist);
        QModelIndex entry;
        int marked = 0;
        for (int row = 0; row < waitlist->model()->rowCount(); ++row) {
            const QModelIndex i = waitlist->model()->index(row, 0);
            if (i.data(WaitlistModel::EligibleRole).toBool()) {
                ++marked;
                QVERIFY(i.data(Qt::DisplayRole).toString().startsWith(u"★"_s));
                if (i.data(WaitlistModel::EntryIdRole).toString() == firstEligible)
                    entry = i;
            } else {
                QVERIFY(!i.data(Qt::DisplayRole).toString().startsWith(u"★"_s));
            }
        }
        QVERIFY(marked > 0);
        QVERIFY(entry.isValid());
        auto *freed = window->findChild<QLabel *>(u"freedLabel"_s);
        QVERIFY(freed && freed->text().contains(u"★"_s));
        QVERIFY(window->findChild<QPushButton *>(u"offerButton"_s)->isEnabled());

        const QString patientId = entry.data(WaitlistModel::PatientIdRole).toString();
        int lane = -1;
        for (int l = 0; l < model->laneCount(); ++l) {
            if (model->lane(l).key == providerId && model->lane(l).date == m_day)
                lane = l;
        }
        QVERIFY(lane >= 0);
        ScheduleView *view = window->view();
        const QPoint target = laneMinutePoint(*window, lane, start, 2);
        QVERIFY(view->viewport()->rect().contains(target));
        waitlist->scrollTo(entry);
        const QPoint from = waitlist->visualRect(entry).center();
        const QPoint to = waitlist->viewport()->mapFromGlobal(view->viewport()->mapToGlobal(target));
        drag(waitlist->viewport(), from, to);

        QString error;
        bool booked = false;
        for (const store::ScheduledAppointment &s : m_desk->patientAppointments(patientId, m_session, &error)) {
            const QDateTime local = s.appointment.startUtc.toTimeZone(QTimeZone("America/Chicago"));
            if (isLive(s.appointment.status) && local.date() == m_day
                && local.time().msecsSinceStartOfDay() / 60000 == start && s.appointment.providerId == providerId)
                booked = true;
        }
        QVERIFY2(booked, "the dragged waitlist patient is not booked into the freed time");
        for (const ShownWaitlistEntry &e : m_desk->waitlist(m_session, &error))
            QVERIFY(e.entry.id != firstEligible);
    }

    void contextMenuChangesTheStatus()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        const QModelIndex tile = findTile(model, [](const QModelIndex &t) {
            return t.data(ScheduleModel::StatusRole).toString() == u"scheduled";
        });
        QVERIFY(tile.isValid());
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        ScheduleView *view = window->view();
        view->scrollToMinute(std::max(0, tile.data(ScheduleModel::StartMinuteRole).toInt() - 30));
        QStringList offered;
        QTimer::singleShot(100, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (!a->isSeparator())
                    offered.append(a->text().remove(u'&'));
            }
            for (QAction *a : menu->actions()) {
                if (a->text() == u"&Confirm"_s)
                    a->trigger();
            }
            menu->close();
        });
        const QPoint at = view->tileRect(tile).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
        for (const QString &expected : {u"Confirm"_s, u"Check in"_s, u"No-show"_s, u"Cancel…"_s, u"Copy to tray"_s,
                                        u"The patient's other appointments…"_s})
            QVERIFY2(offered.contains(expected), qPrintable(offered.join(u", "_s)));
        QCOMPARE(stored(id).status, AppointmentStatus::Confirmed);
        QCOMPARE(model->indexOfAppointment(id).data(ScheduleModel::StatusRole).toString(), u"confirmed"_s);
    }

    void trayHoldsTilesAcrossDatesAndRestarts()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        std::optional<int> target;
        const QModelIndex tile = findTile(model, [&](const QModelIndex &t) {
            target = freeStartFor(*window, t);
            return target.has_value() && t.data(ScheduleModel::MinutesRole).toInt() >= 20;
        });
        QVERIFY(tile.isValid());
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        const int lane = tile.parent().row();
        ScheduleView *view = window->view();
        auto *tray = window->findChild<QListView *>(u"trayView"_s);
        view->scrollToMinute(std::max(0, tile.data(ScheduleModel::StartMinuteRole).toInt() - 30));
        const QRect rect = view->tileRect(tile);
        const QPoint from(rect.center().x(), rect.top() + 5);
        const QPoint onTray = view->viewport()->mapFromGlobal(tray->viewport()->mapToGlobal(tray->viewport()->rect().center()));
        drag(view->viewport(), from, onTray);

        QString error;
        auto heldIds = [&] {
            QStringList ids;
            for (const store::ScheduledAppointment &s : m_desk->tray(m_session, &error))
                ids.append(s.appointment.id);
            return ids;
        };
        QVERIFY(heldIds().contains(id));
        QCOMPARE(tray->model()->rowCount(), int(heldIds().size()));
        QVERIFY(model->indexOfAppointment(id).data(ScheduleModel::HeldRole).toBool());

        // Another window on the same cache (a restart) sees the same tray, after a date change.
        window.reset();
        window = openWindow();
        window->showDate(m_day.addDays(1));
        window->showDate(m_day);
        tray = window->findChild<QListView *>(u"trayView"_s);
        int row = -1;
        for (int r = 0; r < tray->model()->rowCount(); ++r) {
            if (tray->model()->index(r, 0).data(AppointmentListModel::AppointmentIdRole).toString() == id)
                row = r;
        }
        QVERIFY(row >= 0);

        // Dragged back onto the schedule, it moves there and leaves the tray.
        view = window->view();
        const QPoint drop = laneMinutePoint(*window, lane, *target, 2);
        const QPoint to = tray->viewport()->mapFromGlobal(view->viewport()->mapToGlobal(drop));
        drag(tray->viewport(), tray->visualRect(tray->model()->index(row, 0)).center(), to);
        QCOMPARE(stored(id).startUtc,
                 QDateTime(m_day, QTime(0, 0).addSecs(qint64(*target) * 60), QTimeZone("America/Chicago")).toUTC());
        QVERIFY(!heldIds().contains(id));
    }

    void keyboardMovesBetweenTilesAndCancels()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        ScheduleView *view = window->view();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down); // no current tile yet: the first one
        QModelIndex current = view->currentIndex();
        QVERIFY(current.parent().isValid());
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().parent().row(), current.parent().row());
        QCOMPARE(view->currentIndex().row(), current.row() + 1);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->currentIndex().parent().row() > current.parent().row());
        QVERIFY(!view->accessibleDescription().isEmpty());
        QVERIFY(!view->accessibleName().isEmpty());
        // Screen readers see every tile as an item named with its patient, type and time.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        int tiles = 0;
        for (int l = 0; l < model->laneCount(); ++l)
            tiles += model->rowCount(model->laneIndex(l));
        QCOMPARE(iface->childCount(), tiles);
        QAccessibleInterface *focused = iface->focusChild();
        QVERIFY(focused);
        const QModelIndex now = view->currentIndex();
        QVERIFY(focused->text(QAccessible::Name).startsWith(now.data().toString()));
        QVERIFY(focused->text(QAccessible::Name).contains(now.data(ScheduleModel::TypeNameRole).toString()));
        QCOMPARE(focused->role(), QAccessible::ListItem);
        QCOMPARE(iface->indexOfChild(focused), iface->indexOfChild(iface->child(iface->indexOfChild(focused))));

        // Delete cancels after the reason and the confirmation.
        const QModelIndex tile = findTile(model, [](const QModelIndex &) { return true; });
        view->setCurrentIndex(tile);
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        const int version = stored(id).version;
        Prompt::setNextAnswers({u"0"_s, u"no"_s});
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(Prompt::lastMessages().size(), 2); // asked for the reason, then to confirm
        QCOMPARE(stored(id).version, version);      // said no: nothing written
        QVERIFY(isLive(stored(id).status));
        Prompt::setNextAnswers({u"0"_s, u"yes"_s});
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(stored(id).status, AppointmentStatus::Cancelled);
        QCOMPARE(stored(id).cancelReason, u"patient"_s);
        QVERIFY(!model->indexOfAppointment(id).isValid());
        // Undo the cancellation.
        QVERIFY(window->changer()->undo());
        QVERIFY(isLive(stored(id).status));
        QVERIFY(model->indexOfAppointment(id).isValid());
    }

    void followsChangesMadeElsewhere()
    {
        auto window = openWindow();
        QVERIFY(window);
        ScheduleModel *model = window->model();
        const QModelIndex tile = findTile(model, [](const QModelIndex &) { return true; });
        const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
        QProcess cli;
        cli.start(qEnvironmentVariable("CHAIRSIDE_BIN_DIR") + u"/chairside-cli"_s,
                  {u"cancel"_s, u"--data-dir"_s, m_dir.path(), u"--id"_s, id, u"--reason"_s, u"practice"_s});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QElapsedTimer sinceWrite;
        sinceWrite.start();
        QTRY_VERIFY_WITH_TIMEOUT(!model->indexOfAppointment(id).isValid(), 1000);
        qInfo("the view showed the other process's change after %lld ms", sinceWrite.elapsed());
    }

    void printsTheDaySheet()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QString pdf = qEnvironmentVariableIsSet("CHAIRSIDE_KEEP_PDF") ? qEnvironmentVariable("CHAIRSIDE_KEEP_PDF")
                                                                            : m_dir.filePath(u"day.pdf"_s);
        QString error;
        QVERIFY2(window->writeDaySheetPdf(pdf, true, &error), qPrintable(error));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(30000));
        // Table cells may wrap a name over two lines; compare words in order.
        const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        ScheduleModel *model = window->model();
        int names = 0;
        for (int l = 0; l < model->laneCount(); ++l) {
            for (int r = 0; r < model->rowCount(model->laneIndex(l)); ++r) {
                const QString name = model->index(r, 0, model->laneIndex(l)).data().toString();
                QVERIFY2(content.contains(name), qPrintable(name));
                ++names;
            }
            QVERIFY(content.contains(model->lane(l).title));
        }
        QVERIFY(names >= 20);
    }

    void showsSyncStatusAndAsksForSyncs()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->setSyncStatus(u"Open Dental: offline · 2 change(s) waiting"_s, true);
        auto *label = window->findChild<QLabel *>(u"syncStatusLabel"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY(label->text().contains(u"offline"_s));
        QSignalSpy asked(window.get(), &MainWindow::syncRequested);
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_F5);
        QCOMPARE(asked.count(), 1);
    }

    // A change the practice system refused shows in the Sync issues panel with both sides;
    // Keep mine sends it again.
    void listsSyncIssuesAndKeepsMine()
    {
        QString error;
        std::optional<SchedulePage> page = m_booking->page(m_day, 1, m_session, &error);
        QVERIFY(page);
        Appointment target;
        for (const PageAppointment &a : page->appointments) {
            if (isLive(a.shown.appointment.status)) {
                target = a.shown.appointment;
                break;
            }
        }
        QVERIFY(!target.id.isEmpty());
        MoveRequest move;
        move.appointmentId = target.id;
        move.expectedVersion = target.version;
        move.notes = u"Bring the X-rays"_s;
        QVERIFY(m_booking->move(move, m_session).ok());
        PmsMirror mirror(*m_cache, m_clock);
        PendingOutboxEntry refused;
        for (const PendingOutboxEntry &e : mirror.dueOutbox(1000, &error)) {
            if (e.entry.entityId == target.id)
                refused = e;
        }
        QCOMPARE(refused.entry.entityId, target.id);
        PmsAppointment theirs;
        theirs.pmsId = u"77"_s;
        theirs.startUtc = target.startUtc.addSecs(3600);
        theirs.minutes = target.minutes;
        QVERIFY(mirror.refuse(u"opendental"_s, refused, u"Operatory 2 is already booked."_s, theirs, &error));

        auto window = openWindow();
        QVERIFY(window);
        auto *dock = window->findChild<QDockWidget *>(u"syncIssuesDock"_s);
        auto *view = window->findChild<QTreeWidget *>(u"syncIssuesView"_s);
        QVERIFY(dock && view);
        QCOMPARE(view->topLevelItemCount(), 1);
        QVERIFY(dock->windowTitle().contains(u"(1)"_s));
        const QTreeWidgetItem *row = view->topLevelItem(0);
        const QStringList lines = row->text(0).split(u'\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(!lines.at(0).isEmpty() && !lines.at(0).contains(target.patientId)); // the patient's name
        QVERIFY(lines.at(1).startsWith(u"Here: "_s) && lines.at(2).startsWith(u"Practice system: "_s));
        QVERIFY(lines.at(3).contains(u"already booked"_s));
        QVERIFY(view->isHeaderHidden()); // no column headings to cut in a narrow panel
        QCOMPARE(m_booking->find(target.id, &error)->syncState, SyncState::Conflict);

        QSignalSpy changed(window.get(), &MainWindow::localChangeMade);
        dock->show();
        dock->raise();
        auto *keep = window->findChild<QPushButton *>(u"keepMineButton"_s);
        QVERIFY(keep);
        keep->click();
        QCOMPARE(view->topLevelItemCount(), 0);
        // Nothing left: the panel says so and offers no way out of nothing.
        QVERIFY(window->findChild<QLabel *>(u"syncIssuesEmptyLabel"_s)->isVisible());
        QVERIFY(!keep->isVisible());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_booking->find(target.id, &error)->syncState, SyncState::Pending);
        bool due = false;
        for (const PendingOutboxEntry &e : mirror.dueOutbox(1000, &error))
            due = due || e.entry.entityId == target.id;
        QVERIFY(due); // goes with the next sync
    }

    void weekViewDentistsDayAndRememberedSettings()
    {
        {
            auto window = openWindow();
            QVERIFY(window);
            window->setWeekView(true);
            window->setProviderLanes(true);
            // Ctrl+plus and Ctrl+wheel zoom the rows.
            window->view()->setZoom(2.0);
            window->view()->setFocus();
            QTest::keyClick(window->view(), Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(window->view()->zoom(), 2.5);
            QWheelEvent wheel(QPointF(200, 300), window->view()->viewport()->mapToGlobal(QPointF(200, 300)), {},
                              QPoint(0, -120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(window->view()->viewport(), &wheel);
            QVERIFY(window->view()->zoom() < 2.5);
            window->view()->setZoom(2.5);
            ScheduleModel *model = window->model();
            QSet<QDate> dates;
            for (int l = 0; l < model->laneCount(); ++l)
                dates.insert(model->lane(l).date);
            QCOMPARE(dates.size(), 7);
            QVERIFY(dates.contains(m_day));

            ProviderDayWindow *day = window->openProviderDay(u"dr-chen"_s);
            QVERIFY(QTest::qWaitForWindowExposed(day));
            QCOMPARE(day->model()->laneCount(), 1);
            QCOMPARE(day->model()->lane(0).key, u"dr-chen"_s);
            // The day staff are looking at (not the clock's), on the screen.
            QCOMPARE(day->model()->lane(0).date, m_day);
            QVERIFY(day->frameGeometry().height() <= day->screen()->availableGeometry().height());
            QVERIFY(day->view()->font().pointSizeF() > 0);
            window->close();
        }
        auto again = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, m_session);
        QVERIFY(again->isWeekView());
        QCOMPARE(again->model()->laneMode(), ScheduleModel::LaneMode::Providers);
        QCOMPARE(again->view()->zoom(), 2.5);
    }

    // Every visible text in the application: window titles, tooltips, labels, buttons, fields,
    // combo boxes, text editors, visible menus' actions and what visible item views show.
    static QStringList visibleTexts()
    {
        QStringList texts;
        if (QToolTip::isVisible())
            texts << QToolTip::text();
        const QList<QWidget *> widgets = QApplication::allWidgets();
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription();
            if (auto *l = qobject_cast<QLabel *>(w))
                texts << l->text();
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                texts << b->text();
            if (auto *e = qobject_cast<QLineEdit *>(w))
                texts << e->text();
            if (auto *c = qobject_cast<QComboBox *>(w))
                texts << c->currentText();
            if (auto *t = qobject_cast<QPlainTextEdit *>(w))
                texts << t->toPlainText();
            if (auto *m = qobject_cast<QMenu *>(w)) {
                for (QAction *a : m->actions())
                    texts << a->text();
            }
            if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
                const QAbstractItemModel *model = v->model();
                std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                    for (int r = 0; r < model->rowCount(parent); ++r) {
                        for (int c = 0; c < model->columnCount(parent); ++c) {
                            const QModelIndex i = model->index(r, c, parent);
                            texts << i.data(Qt::DisplayRole).toString() << i.data(Qt::ToolTipRole).toString();
                            walk(i);
                        }
                    }
                };
                walk(v->rootIndex());
            }
        }
        return texts;
    }

    static QStringList namesShown(const QStringList &texts, const QStringList &names)
    {
        QStringList found;
        for (const QString &name : names) {
            for (const QString &t : texts) {
                if (t.contains(name)) {
                    found << name;
                    break;
                }
            }
        }
        return found;
    }

    // The front desk's menu offers the steps the visit's status allows, and no others.
    // The demo's holiday: every lane of the day says why nobody works, in the day view and
    // the week view.
    void closedDayHeadingSaysWhy()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QDate thanksgiving(2026, 11, 26);
        window->showDate(thanksgiving);
        const ScheduleModel *model = window->model();
        QVERIFY(model->laneCount() > 0);
        for (int l = 0; l < model->laneCount(); ++l) {
            QCOMPARE(model->lane(l).closedReason, u"Thanksgiving"_s);
            QCOMPARE(model->laneIndex(l).data(ScheduleModel::LaneSubtitleRole).toString(), u"Thanksgiving"_s);
        }
        window->setWeekView(true);
        int closedLanes = 0;
        for (int l = 0; l < model->laneCount(); ++l) {
            if (model->lane(l).date == thanksgiving) {
                ++closedLanes;
                QCOMPARE(model->lane(l).closedReason, u"Thanksgiving"_s);
            } else if (model->lane(l).date.dayOfWeek() <= 5) {
                QVERIFY(model->lane(l).closedReason.isEmpty());
            }
        }
        QCOMPARE(closedLanes, 1); // a closed day keeps one lane in the week
        window->setWeekView(false);
    }

    // The dentist's day has its own way to another day and another provider.
    void dentistsDayGoesToOtherDaysAndProviders()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProviderDayWindow *day = window->openProviderDay(u"dr-okafor"_s);
        QVERIFY(day);
        QCOMPARE(day->date(), m_day);
        day->findChild<QPushButton *>(u"providerDayNext"_s)->click();
        QCOMPARE(day->date(), m_day.addDays(1));
        day->findChild<QPushButton *>(u"providerDayPrevious"_s)->click();
        day->findChild<QPushButton *>(u"providerDayPrevious"_s)->click();
        QCOMPARE(day->date(), m_day.addDays(-1));
        day->findChild<QPushButton *>(u"providerDayToday"_s)->click();
        QCOMPARE(day->date(), QDate(2026, 11, 24));
        auto *who = day->findChild<QComboBox *>(u"providerDayProvider"_s);
        QVERIFY(who && who->isVisible());
        QVERIFY(who->count() > 1);
        const int chen = who->findData(u"dr-chen"_s);
        QVERIFY(chen >= 0);
        who->setCurrentIndex(chen);
        Q_EMIT who->activated(chen);
        QCOMPARE(day->providerId(), u"dr-chen"_s);
        QCOMPARE(day->model()->providerFilter(), u"dr-chen"_s);
        day->close();
    }

    void tileMenuFollowsTheStatus()
    {
        {
            // The day holds a confirmed visit whichever tests ran before: confirm one here.
            auto first = openWindow();
            QVERIFY(first);
            const QModelIndex tile = findTile(first->model(), [](const QModelIndex &) { return true; });
            QVERIFY(tile.isValid());
            const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
            if (stored(id).status == AppointmentStatus::Scheduled)
                QVERIFY(m_booking->changeStatus(id, stored(id).version, AppointmentStatus::Confirmed, m_session).ok());
        }
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY(!window->view()->isReadOnly());
        QVERIFY(window->findChild<QAction *>(u"newAppointmentAction"_s)->isVisible());
        const QModelIndex scheduled = findTile(window->model(), [](const QModelIndex &t) {
            return t.data(ScheduleModel::StatusRole).toString() == u"scheduled";
        });
        QVERIFY(scheduled.isValid());
        QStringList offered = menuOffers(*window, scheduled);
        for (const QString &step : {u"Confirm"_s, u"Check in"_s, u"Cancel…"_s, u"Copy to tray"_s})
            QVERIFY2(offered.contains(step), qPrintable(offered.join(u", "_s)));
        QVERIFY2(!offered.contains(u"Seat"_s) && !offered.contains(u"Complete"_s), qPrintable(offered.join(u", "_s)));
        const QModelIndex confirmed = findTile(window->model(), [](const QModelIndex &t) {
            return t.data(ScheduleModel::StatusRole).toString() == u"confirmed";
        });
        QVERIFY(confirmed.isValid());
        offered = menuOffers(*window, confirmed);
        QVERIFY2(!offered.contains(u"Confirm"_s), qPrintable(offered.join(u", "_s)));
        QVERIFY2(offered.contains(u"Check in"_s), qPrintable(offered.join(u", "_s)));
    }

    // At 1280 pixels wide booking is on the toolbar, not in its overflow.
    void newAppointmentStaysOnTheToolbar()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->resize(1280, 800);
        auto *bar = window->findChild<QToolBar *>(u"navigationToolBar"_s);
        QVERIFY(bar);
        auto *book = window->findChild<QAction *>(u"newAppointmentAction"_s);
        QTRY_VERIFY(bar->widgetForAction(book) && bar->widgetForAction(book)->isVisible());
        const QRect shown(bar->widgetForAction(book)->mapTo(bar, QPoint(0, 0)), bar->widgetForAction(book)->size());
        QVERIFY(bar->rect().contains(shown));
    }

    // Ctrl+L and the idle timer lock the whole application: no patient's name anywhere on
    // screen (lanes, panels, dialogs, titles, tooltips); the same person unlocks to find
    // everything as it was; someone else signing in finds the last person's dialog gone.
    // "This is Mrs. Muñoz": typing her name on the schedule (no accents, surname first) finds
    // her with her next visit; Enter goes to its day and selects it. Ctrl+F reaches the field
    // from anywhere.
    // A first-time caller: "New patient…" in the booking dialog opens the form, and the
    // patient saved there is the one the booking is for, in one flow. The action is offered
    // only to roles that may write patients.
    void aFirstTimeCallerIsAddedAndBookedInOneFlow()
    {
        PatientRecords records(*m_cache, m_clock);
        auto window = openWindow();
        QVERIFY(window);
        auto *action = window->findChild<QAction *>(u"newPatientAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isVisible()); // no service given: not offered
        window->setPatientRecords(&records);
        QVERIFY(action->isVisible());
        bool dialogSeen = false;
        bool formSeen = false;
        QString chosen;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<AppointmentDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialogSeen = true;
            auto *button = dialog->findChild<QPushButton *>(u"newPatientButton"_s);
            QVERIFY(button && button->isVisible());
            QTimer::singleShot(200, this, [&] {
                auto *form = qobject_cast<PatientFormDialog *>(QApplication::activeModalWidget());
                QVERIFY(form);
                formSeen = true;
                form->findChild<QLineEdit *>(u"firstNameLineEdit"_s)->setText(u"Noemí"_s);
                form->findChild<QLineEdit *>(u"lastNameLineEdit"_s)->setText(u"Quintana"_s);
                form->findChild<QLineEdit *>(u"birthdateLineEdit"_s)->setText(u"1985-07-19"_s);
                form->findChild<QLineEdit *>(u"phoneLineEdit"_s)->setText(u"(773) 555-0111"_s);
                form->findChild<QPushButton *>(u"saveButton"_s)->click();
                if (form->isVisible())
                    form->reject();
            });
            button->click();
            chosen = dialog->findChild<QLabel *>(u"patientLabel"_s)->text();
            dialog->reject();
        });
        window->findChild<QAction *>(u"newAppointmentAction"_s)->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(formSeen);
        QVERIFY2(chosen.contains(u"Noemí Quintana"_s), qPrintable(chosen));
        QString error;
        const PatientSearchResult found = m_desk->findPatients(u"quintana noemi"_s, 5, m_session, &error);
        QCOMPARE(found.found.size(), 1);
        QCOMPARE(found.found.first().patient.phone, u"+17735550111"_s);

        const UserSession viewer{u"viewer"_s, u"s2"_s, u"ws"_s, Role::ReadOnly};
        MainWindow viewerWindow(*m_booking, *m_desk, m_clock, viewer);
        viewerWindow.setPatientRecords(&records);
        QVERIFY(!viewerWindow.findChild<QAction *>(u"newPatientAction"_s)->isVisible());
    }

    void findsAPatientFromAnywhere()
    {
        auto window = openWindow();
        QVERIFY(window);
        const QModelIndex tile = findTile(window->model(), [](const QModelIndex &) { return true; });
        QVERIFY(tile.isValid());
        const QString patientId = tile.data(ScheduleModel::PatientIdRole).toString();
        QString error;
        const Patient patient = m_desk->patient(patientId, m_session, &error).value();
        const QStringList words = patient.name.split(u' ');
        const QString typed = patientsearch::fold(words.last() + u' ' + words.first());
        const PatientSearchResult expected = m_desk->findPatients(typed, 12, m_session, &error);
        FoundPatient her;
        for (const FoundPatient &f : expected.found)
            her = f.patient.id == patientId ? f : her;
        QVERIFY2(her.nextStartUtc.isValid(), qPrintable(patient.name));
        window->showDate(m_day.addDays(21)); // somewhere else

        auto *field = window->findChild<PatientSearchField *>(u"patientSearchLineEdit"_s);
        QVERIFY(field);
        QAbstractItemModelTester tester(field->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->view()->setFocus();
        QTest::keyClick(window->view(), typed.at(0).toLatin1());
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, typed.mid(1));
        QCOMPARE(field->text(), typed);
        QTRY_VERIFY(field->completer()->popup()->isVisible());
        QAbstractItemView *popup = field->completer()->popup();
        int row = -1;
        for (int r = 0; r < field->model()->rowCount(); ++r)
            row = field->model()->index(r).data(PatientSearchModel::PatientIdRole).toString() == patientId ? r : row;
        QVERIFY(row >= 0);
        // What a receptionist reads: the name and the next visit, never an id.
        const QString shown = field->model()->index(row).data().toString();
        QVERIFY2(shown.contains(patient.name) && shown.contains(her.nextTypeName), qPrintable(shown));
        QVERIFY(!shown.contains(patientId));
        popup->setCurrentIndex(field->model()->index(row));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE(window->view()->currentIndex().data(ScheduleModel::AppointmentIdRole).toString(),
                     her.nextAppointmentId);
        QCOMPARE(window->model()->lane(window->view()->currentIndex().parent().row()).date,
                 her.nextStartUtc.toTimeZone(QTimeZone("America/Chicago")).date());
        QVERIFY(window->view()->hasFocus());

        // Ctrl+F from the schedule: the field, its text selected for a new search.
        window->findChild<QAction *>(u"findPatientAction"_s)->trigger();
        QVERIFY(field->hasFocus());
        QCOMPARE(field->selectedText(), field->text());
        // Escape forgets what was typed and found.
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(field->text().isEmpty());
        QCOMPARE(field->model()->rowCount(), 0);
    }

    void locksAndShowsNoPatient()
    {
        UserAccounts accounts(*m_cache, m_clock);
        if (!accounts.hasUsers().value_or(true)) {
            QString error;
            QVERIFY2(accounts.createDemoAccounts(u"ws"_s, &error), qPrintable(error));
        }
        QByteArray password(UserAccounts::kDemoPassword);
        QString error;
        const std::optional<SignedIn> desk = accounts.signIn(u"frontdesk"_s, password, u"ws"_s, &error);
        QVERIFY2(desk, qPrintable(error));
        auto window = std::make_unique<MainWindow>(*m_booking, *m_desk, m_clock, desk->session);
        window->resize(1500, 1000);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setWeekView(false);
        window->showDate(m_day);
        window->setAccounts(&accounts);

        QStringList names;
        for (const PageAppointment &a : window->model()->page().appointments)
            names << a.shown.patientName;
        for (const ShownWaitlistEntry &e : m_desk->waitlist(desk->session, &error))
            names << e.patientName;
        names.removeDuplicates();
        names.removeAll(QString());
        QVERIFY(names.size() > 5);

        // A dialog open on a patient, and a tooltip naming one.
        const QModelIndex tile = findTile(window->model(), [](const QModelIndex &) { return true; });
        QVERIFY(tile.isValid());
        const std::optional<Appointment> a =
                m_desk->openAppointment(tile.data(ScheduleModel::AppointmentIdRole).toString(), desk->session, &error);
        QVERIFY2(a, qPrintable(error));
        auto *dialog = new AppointmentDialog(*window->changer(), *m_booking, *m_desk, window->model()->page(),
                                             window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showExisting(*a, tile.data(Qt::DisplayRole).toString());
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QPointer<AppointmentDialog> open = dialog;
        QToolTip::showText(window->mapToGlobal(QPoint(200, 200)), names.constFirst(), window.get());
        // The walk does find names while unlocked.
        QVERIFY(namesShown(visibleTexts(), names).size() > 3);

        window->findChild<QAction *>(u"lockAction"_s)->trigger();
        QVERIFY(window->isLocked());
        QVERIFY(window->lockScreen() && window->lockScreen()->isVisible());
        const QStringList leaked = namesShown(visibleTexts(), names);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", "_s)));
        QVERIFY(open && open->isVisible()); // still there, showing nothing

        // A wrong password keeps it locked.
        window->lockScreen()->submit(u"frontdesk"_s, u"not the password"_s);
        QVERIFY(window->isLocked());
        QVERIFY(!window->lockScreen()->problem().isEmpty());
        QVERIFY(namesShown(visibleTexts(), names).isEmpty());

        // The same person: everything back, the dialog as it was.
        window->lockScreen()->submit(u"frontdesk"_s, QString::fromLatin1(UserAccounts::kDemoPassword));
        QVERIFY(!window->isLocked());
        QVERIFY(open && open->isVisible());
        QVERIFY(!namesShown(visibleTexts(), names).isEmpty());
        QCOMPARE(window->session().userId, desk->session.userId);

        // Idle: the application-wide filter sees input, and silence locks.
        window->idleWatcher()->setTimeout(600);
        for (int i = 0; i < 6; ++i) {
            QTest::mouseMove(window->view()->viewport(), QPoint(100 + i * 10, 100));
            QTest::qWait(200);
        }
        QVERIFY(!window->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(window->isLocked(), 3000);
        QVERIFY(namesShown(visibleTexts(), names).isEmpty());

        // Someone else signs in instead: the last person's dialog is gone.
        window->lockScreen()->submit(u"viewer"_s, QString::fromLatin1(UserAccounts::kDemoPassword));
        QVERIFY(!window->isLocked());
        QCOMPARE(window->session().role, Role::ReadOnly);
        QTRY_VERIFY(!open || !open->isVisible());

        // A read-only account is offered nothing it would be refused: no booking, no drags,
        // no visit steps, no accounts or settings; opening a visit stays.
        QVERIFY(window->view()->isReadOnly());
        QVERIFY(!window->findChild<QAction *>(u"newAppointmentAction"_s)->isVisible());
        QVERIFY(!window->findChild<QAction *>(u"addAccountAction"_s)->isVisible());
        QVERIFY(!window->findChild<QAction *>(u"idleLockAction"_s)->isVisible());
        QVERIFY(!window->findChild<QAction *>(u"syncNowAction"_s)->isVisible());
        const QModelIndex seen = findTile(window->model(), [](const QModelIndex &) { return true; });
        QVERIFY(seen.isValid());
        const QStringList offered = menuOffers(*window, seen);
        QCOMPARE(offered.value(0), u"Open…"_s);
        for (const QString &refused : {u"Confirm"_s, u"Check in"_s, u"Cancel…"_s, u"Copy to tray"_s, u"No-show"_s})
            QVERIFY2(!offered.contains(refused), qPrintable(offered.join(u", "_s)));
    }

    // Edit › Provider away…: Dr. Chen off on Monday, every visit proposed and applied at once,
    // the tiles follow; then a visit repeated as a series from its tile's dialog.
    void providerAwayAndASeries()
    {
        SeriesService series(*m_cache, m_clock, *m_booking);
        FamilyBooking family(*m_cache, m_clock, *m_booking);
        AbsenceService absence(*m_cache, m_clock, *m_booking);
        auto window = openWindow();
        QVERIFY(window);
        window->setOfficeDayServices(&series, &family, &absence);
        auto *action = window->findChild<QAction *>(u"providerAwayAction"_s);
        QVERIFY(action);
        QStringList moved;
        QTimer::singleShot(150, this, [&] {
            auto *dialog = qobject_cast<AbsenceDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *provider = dialog->findChild<QComboBox *>(u"absenceProvider"_s);
            provider->setCurrentIndex(provider->findData(u"dr-chen"_s));
            QVERIFY(!dialog->review().absent);
            dialog->findChild<QPushButton *>(u"absenceMarkButton"_s)->click();
            QVERIFY(dialog->review().absent);
            const QList<AbsenceProposal> proposals = dialog->review().proposals;
            QVERIFY(!proposals.isEmpty());
            QCOMPARE(dialog->findChild<QTableWidget *>(u"absenceTable"_s)->rowCount(), proposals.size());
            for (const AbsenceProposal &p : proposals) {
                if (p.kind != AbsenceProposal::Kind::NoPlace)
                    moved << p.appointment.id;
            }
            QVERIFY(!moved.isEmpty());
            dialog->findChild<QPushButton *>(u"absenceApplyAll"_s)->click();
            for (const AbsenceProposal &p : dialog->review().proposals)
                QCOMPARE(p.kind, AbsenceProposal::Kind::NoPlace);
            dialog->findChild<QPushButton *>(u"absenceClearButton"_s)->click();
            QVERIFY(!dialog->review().absent);
            dialog->reject();
        });
        action->trigger();
        QVERIFY(!moved.isEmpty());
        for (const QString &id : std::as_const(moved)) {
            const QModelIndex tile = window->model()->indexOfAppointment(id);
            if (tile.isValid()) // moved to another day it leaves the shown one
                QVERIFY(tile.data(ScheduleModel::ProviderIdRole).toString() != u"dr-chen"_s);
        }

        // A series from a visit on the page: checked, then booked.
        const PageAppointment &first = window->model()->page().appointments.constFirst();
        const Appointment &a = first.shown.appointment;
        SeriesRequest request;
        request.patientId = a.patientId;
        request.typeId = a.typeId;
        request.providerId = a.providerId;
        request.chairId = a.chairId;
        request.minutes = a.minutes;
        request.firstDate = m_day.addDays(28);
        request.startMinute = first.startMinute;
        request.rule.everyWeeks = 4;
        request.rule.count = 3;
        ScheduleNames names;
        names.zone = QTimeZone("America/Chicago");
        SeriesDialog dialog(series, m_session, names, request, window.get());
        dialog.check();
        QVERIFY2(dialog.plan().ok(), qPrintable(dialog.plan().message));
        QCOMPARE(dialog.plan().instances.size(), 3);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"seriesTable"_s)->rowCount(), 3);
        QVERIFY(dialog.findChild<QPushButton *>(u"seriesSaveButton"_s)->isEnabled());
        // Whatever cannot be booked as asked goes to its first alternative (the dialog's
        // choice boxes start there), so the save books every visit it can.
        dialog.save();
        QVERIFY2(dialog.changedSchedule(), qPrintable(dialog.findChild<QLabel *>(u"seriesSummary"_s)->text()));
        QString error;
        QVERIFY(series.seriesOf(a.id, &error) == std::nullopt);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
