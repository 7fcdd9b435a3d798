// Blockouts and production blocks on the real main window: drawing a blockout by dragging on a
// lane with Shift, editing it in its dialog (double-click), moving, resizing and deleting it,
// another role being told why not, the View › Production blocks toggle, and the booking path
// asking before it books over a production block.
#include "practicecache.h"
#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/schedulemodel.h"
#include "services/blockoutservice.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/blockoutdialog.h"
#include "ui/mainwindow.h"
#include "ui/prompt.h"
#include "ui/schedulechanger.h"
#include "ui/scheduleview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace chairside;

namespace {

const char *kPractice = R"({
  "format": "chairside-practice/2",
  "practice": { "name": "Lane Dental", "timeZone": "America/Chicago", "gridMinutes": 10 },
  "chairs": [ { "id": "c1", "name": "Chair 1", "equipment": ["standard"] },
              { "id": "c2", "name": "Chair 2", "equipment": ["standard"] } ],
  "providers": [
    { "id": "dr-a", "name": "Dr. A", "role": "dentist", "skills": ["general"], "maxDailyPatients": 12,
      "color": "#1f77b4",
      "hours": [ { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "08:00", "end": "17:00" } ] } ],
  "appointmentTypes": [
    { "id": "exam", "name": "Exam", "minutes": 30, "skill": "general", "equipment": ["standard"] },
    { "id": "crown", "name": "Crown prep", "minutes": 60, "skill": "general", "equipment": ["standard"] } ],
  "patients": [ { "id": "pt1", "name": "Ana Ruiz" } ],
  "blocks": [ { "id": "service", "chairId": "c2", "start": "2026-12-08T15:00", "end": "2026-12-08T16:00",
                "label": "Autoclave service" } ],
  "productionBlocks": [ { "id": "pb-crown", "name": "Crown/bridge", "providerId": "dr-a", "chairId": "c2",
                          "days": ["tue"], "start": "08:00", "end": "10:00", "types": ["crown"],
                          "color": "#e6550d" } ]
})";

void drag(QWidget *widget, const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mousePress(widget, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 6; ++i)
        QTest::mouseMove(widget, from + (to - from) * i / 6);
    QTest::mouseRelease(widget, Qt::LeftButton, modifiers, to);
}

// Runs `fill` on the next blockout dialog to open, then presses Save.
void answerBlockoutDialog(QObject *context, std::function<void(BlockoutDialog *)> fill, bool *seen)
{
    QTimer::singleShot(100, context, [fill = std::move(fill), seen] {
        auto *dialog = qobject_cast<BlockoutDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        fill(dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"blockoutButtonBox"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject(); // refused: the test reads why from the store
    });
}

} // namespace

class TestBlockoutUi : public QObject
{
    Q_OBJECT

private:
    store::KeychainCacheKeyStore m_keys;
    // Monday 2026-11-30 08:00 in Chicago; the day shown is Tuesday 2026-12-08.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 30), QTime(14, 0), Qt::UTC)};
    const QDate m_day{2026, 12, 8};
    UserSession m_manager{u"manager"_s, u"s1"_s, u"ws"_s, Role::OfficeManager, {}};
    UserSession m_desk{u"desk"_s, u"s2"_s, u"ws"_s, Role::FrontDesk, {}};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Cache> m_cache;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<FrontDesk> m_frontDesk;
    std::unique_ptr<BlockoutService> m_blocks;

    std::unique_ptr<MainWindow> openWindow(const UserSession &session)
    {
        auto window = std::make_unique<MainWindow>(*m_booking, *m_frontDesk, m_clock, session);
        window->setBlockoutService(m_blocks.get());
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        window->setWeekView(false);
        window->setProviderLanes(false);
        window->showDate(m_day);
        window->view()->scrollToMinute(8 * 60);
        return window;
    }

    int laneOf(MainWindow &window, const QString &chair)
    {
        for (int l = 0; l < window.model()->laneCount(); ++l) {
            if (window.model()->lane(l).key == chair)
                return l;
        }
        return -1;
    }

    QList<Block> storedBlocks()
    {
        QList<Block> out;
        QSqlQuery q(m_cache->database());
        if (!q.exec(u"SELECT id FROM blocks ORDER BY id"_s))
            return out;
        QString error;
        while (q.next()) {
            if (const std::optional<Block> b = m_blocks->find(q.value(0).toString(), &error))
                out.append(*b);
        }
        return out;
    }

    std::optional<Block> blockLabelled(const QString &label)
    {
        for (const Block &b : storedBlocks()) {
            if (b.label == label)
                return b;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!test::keychainReachable(&why))
            QFAIL(qPrintable(why));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString why;
        m_cache = test::practiceCache(m_dir->path(), m_keys, m_clock, kPractice, &why);
        QVERIFY2(m_cache, qPrintable(why));
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_frontDesk = std::make_unique<FrontDesk>(*m_cache, m_clock);
        m_blocks = std::make_unique<BlockoutService>(*m_cache, m_clock);
    }

    void cleanup()
    {
        m_blocks.reset();
        m_frontDesk.reset();
        m_booking.reset();
        m_cache.reset();
        m_dir.reset();
    }

    // Shift+drag on Chair 1's empty afternoon opens the blockout dialog with the dragged time
    // and the chair; its label saved, the blockout is on the lane and blocks booking.
    void drawingABlockoutByDragOnALane()
    {
        auto window = openWindow(m_manager);
        QVERIFY(window);
        ScheduleView *view = window->view();
        view->scrollToMinute(12 * 60);
        const int lane = laneOf(*window, u"c1"_s);
        QVERIFY(lane >= 0);
        const QPoint from = view->pointFor(lane, 13 * 60) + QPoint(0, 2);
        const QPoint to = view->pointFor(lane, 14 * 60) + QPoint(0, 2);
        bool seen = false;
        QString shownStart;
        answerBlockoutDialog(
                this,
                [&shownStart](BlockoutDialog *dialog) {
                    shownStart = dialog->block().startUtc.toString(Qt::ISODate);
                    dialog->findChild<QLineEdit *>(u"blockoutLabelLineEdit"_s)->setText(u"Lunch and learn"_s);
                },
                &seen);
        drag(view->viewport(), from, to, ScheduleView::kBlockoutModifier);
        QVERIFY(seen);
        const std::optional<Block> made = blockLabelled(u"Lunch and learn"_s);
        QVERIFY2(made, "the blockout was not stored");
        QCOMPARE(made->chairId, u"c1"_s);
        QCOMPARE(made->startUtc, test::chicago(u"2026-12-08T13:00"_s));
        QCOMPARE(made->endUtc, test::chicago(u"2026-12-08T14:00"_s));
        QCOMPARE(shownStart, made->startUtc.toString(Qt::ISODate));
        // On the lane, under the pointer, and refusing a booking there.
        const ScheduleView::BlockoutHit hit = view->blockoutAt(view->pointFor(lane, 13 * 60 + 30));
        QCOMPARE(hit.blockId, made->id);
        BookRequest exam;
        exam.patientId = u"pt1"_s;
        exam.typeId = u"exam"_s;
        exam.providerId = u"dr-a"_s;
        exam.chairId = u"c1"_s;
        exam.startUtc = test::chicago(u"2026-12-08T13:20"_s);
        QCOMPARE(m_booking->check(exam).violations.constFirst().rule, u"blocked"_s);
        // Without the modifier, the same drag is a new appointment, not a blockout.
        const qsizetype before = storedBlocks().size();
        bool blockoutDialogOpened = false;
        QTimer::singleShot(100, this, [&blockoutDialogOpened] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                blockoutDialogOpened = qobject_cast<BlockoutDialog *>(modal) != nullptr;
                modal->close();
            }
        });
        drag(view->viewport(), view->pointFor(lane, 15 * 60) + QPoint(0, 2), view->pointFor(lane, 16 * 60) + QPoint(0, 2));
        QCOMPARE(storedBlocks().size(), before);
        QVERIFY(!blockoutDialogOpened);
    }

    // Double-click opens the blockout; made weekly there, moved by drag, lengthened by its
    // bottom edge, and deleted with the Delete key.
    void editingMovingResizingAndDeletingABlockout()
    {
        auto window = openWindow(m_manager);
        QVERIFY(window);
        ScheduleView *view = window->view();
        view->scrollToMinute(14 * 60);
        const int lane = laneOf(*window, u"c2"_s);
        QVERIFY(lane >= 0);
        const QPoint inside = view->pointFor(lane, 15 * 60 + 30);
        QCOMPARE(view->blockoutAt(inside).blockId, u"service"_s);

        bool seen = false;
        answerBlockoutDialog(
                this,
                [](BlockoutDialog *dialog) {
                    dialog->findChild<QLineEdit *>(u"blockoutLabelLineEdit"_s)->setText(u"Autoclave check"_s);
                    dialog->findChild<QCheckBox *>(u"blockoutRepeatCheckBox"_s)->setChecked(true);
                    dialog->findChild<QCheckBox *>(u"blockoutDaythuCheckBox"_s)->setChecked(true);
                },
                &seen);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, inside);
        QVERIFY(seen);
        QString error;
        std::optional<Block> b = m_blocks->find(u"service"_s, &error);
        QVERIFY(b);
        QCOMPARE(b->label, u"Autoclave check"_s);
        QVERIFY(b->repeat);
        QVERIFY(b->repeat->days.contains(Qt::Tuesday) && b->repeat->days.contains(Qt::Thursday));

        // Drag it an hour earlier: the series moves, keeping its hour's length.
        drag(view->viewport(), inside, view->pointFor(lane, 14 * 60 + 30));
        b = m_blocks->find(u"service"_s, &error);
        QCOMPARE(b->startUtc, test::chicago(u"2026-12-08T14:00"_s));
        QCOMPARE(b->endUtc, test::chicago(u"2026-12-08T15:00"_s));

        // Its bottom edge down to 15:30.
        const QPoint edge = view->pointFor(lane, 15 * 60) - QPoint(0, 1);
        drag(view->viewport(), edge, view->pointFor(lane, 15 * 60 + 30));
        b = m_blocks->find(u"service"_s, &error);
        QCOMPARE(b->endUtc, test::chicago(u"2026-12-08T15:30"_s));

        // Selected by a click, deleted with Delete: a weekly one asks which dates.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->pointFor(lane, 14 * 60 + 20));
        QCOMPARE(view->selectedBlockout().blockId, u"service"_s);
        Prompt::setNextAnswers({u"1"_s}); // every date
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!m_blocks->find(u"service"_s, &error));
        QVERIFY(view->blockoutAt(view->pointFor(lane, 14 * 60 + 20)).blockId.isEmpty());
    }

    // The front desk sees the blockout but cannot change it, and is told why.
    void otherRolesAreToldWhyTheyCannotChangeABlockout()
    {
        auto window = openWindow(m_desk);
        QVERIFY(window);
        ScheduleView *view = window->view();
        view->scrollToMinute(14 * 60);
        const int lane = laneOf(*window, u"c2"_s);
        const QPoint inside = view->pointFor(lane, 15 * 60 + 30);
        QCOMPARE(view->blockoutAt(inside).blockId, u"service"_s);
        drag(view->viewport(), inside, view->pointFor(lane, 14 * 60 + 30));
        QString error;
        QCOMPARE(m_blocks->find(u"service"_s, &error)->startUtc, test::chicago(u"2026-12-08T15:00"_s));
        auto *message = window->findChild<QLabel *>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"office manager"_s), qPrintable(message->text()));
        // Shift+drag on empty time says why too, and makes nothing.
        message->clear();
        drag(view->viewport(), view->pointFor(lane, 16 * 60) + QPoint(0, 2), view->pointFor(lane, 16 * 60 + 40),
             ScheduleView::kBlockoutModifier);
        QCOMPARE(storedBlocks().size(), 1);
        QVERIFY2(message->text().contains(u"office manager"_s), qPrintable(message->text()));
    }

    // View › Production blocks shows and hides the coloured frames; the lanes carry them.
    void theProductionBlocksToggle()
    {
        auto window = openWindow(m_manager);
        QVERIFY(window);
        ScheduleView *view = window->view();
        view->scrollToMinute(7 * 60);
        const int lane = laneOf(*window, u"c2"_s);
        QCOMPARE(window->model()->lane(lane).production.size(), 1);
        QCOMPARE(window->model()->lane(lane).production.first().name, u"Crown/bridge"_s);
        QVERIFY(window->model()->lane(laneOf(*window, u"c1"_s)).production.isEmpty());
        auto *toggle = window->findChild<QAction *>(u"productionBlocksShownAction"_s);
        QVERIFY(toggle);
        QVERIFY(toggle->isCheckable());
        if (!toggle->isChecked())
            toggle->trigger();
        QVERIFY(view->productionBlocksShown());
        // The frame's left edge, a little below its top: drawn in the block's colour.
        const int frameY = view->pointFor(lane, 9 * 60).y();
        QApplication::processEvents();
        const QImage shown = view->viewport()->grab().toImage();
        toggle->trigger();
        QVERIFY(!toggle->isChecked());
        QVERIFY(!view->productionBlocksShown());
        QApplication::processEvents();
        const QImage hidden = view->viewport()->grab().toImage();
        QVERIFY(shown != hidden);
        // Somewhere on that lane at 09:00 the block's orange shows only while toggled on.
        auto orangeOnRow = [&](const QImage &image) {
            const int y = frameY;
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.red() > 200 && c.green() > 60 && c.green() < 120 && c.blue() < 60)
                    return true;
            }
            return false;
        };
        QVERIFY(orangeOnRow(shown));
        QVERIFY(!orangeOnRow(hidden));
        toggle->trigger();
        QVERIFY(view->productionBlocksShown());
    }

    // Its name tab drags the production block up or down its lane (the weekly rule moves).
    void draggingAProductionBlockByItsName()
    {
        auto window = openWindow(m_manager);
        QVERIFY(window);
        ScheduleView *view = window->view();
        view->scrollToMinute(7 * 60);
        const int lane = laneOf(*window, u"c2"_s);
        QPoint tab;
        for (int x = view->pointFor(lane, 8 * 60).x(); x < view->pointFor(lane + 1, 8 * 60).x() && tab.isNull(); ++x) {
            const QPoint p(x, view->pointFor(lane, 8 * 60).y() + 6);
            if (view->productionTabAt(p).blockId == u"pb-crown"_s)
                tab = p;
        }
        QVERIFY2(!tab.isNull(), "no name tab on the block's lane");
        drag(view->viewport(), tab, tab + QPoint(0, view->pointFor(lane, 9 * 60).y() - view->pointFor(lane, 8 * 60).y()));
        QString error;
        const QList<ProductionBlock> blocks = m_blocks->productionBlocks(&error).value_or(QList<ProductionBlock>());
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.first().startMinute, 9 * 60);
        QCOMPARE(blocks.first().endMinute, 11 * 60);
        QCOMPARE(window->model()->lane(lane).production.first().startMinute, 9 * 60);
    }

    // Booking a visit the block is not for asks first (the booking dialog's and a drop's
    // path); "no" books nothing, "yes" books it and audits the override.
    void bookingOverAProductionBlockAsksFirst()
    {
        auto window = openWindow(m_desk);
        QVERIFY(window);
        BookRequest exam;
        exam.patientId = u"pt1"_s;
        exam.typeId = u"exam"_s;
        exam.providerId = u"dr-a"_s;
        exam.chairId = u"c2"_s;
        exam.startUtc = test::chicago(u"2026-12-08T08:30"_s);
        Prompt::setNextAnswers({u"no"_s});
        QVERIFY(!window->changer()->book(exam));
        QVERIFY(Prompt::lastMessages().join(u' ').contains(u"Crown/bridge"_s));
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM appointments"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        Prompt::setNextAnswers({u"yes"_s});
        QVERIFY(window->changer()->book(exam));
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'override_warning' AND user_id = 'desk'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestBlockoutUi)
#include "tst_blockoutui.moc"
