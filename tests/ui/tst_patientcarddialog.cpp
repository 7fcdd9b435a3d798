#include "testsupport.h"

#include "domain/clock.h"
#include "itemmodels/patientsearchmodel.h"
#include "itemmodels/schedulemodel.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/practiceimportservice.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "ui/mainwindow.h"
#include "ui/patientcarddialog.h"
#include "ui/patientsearchfield.h"
#include "ui/scheduleview.h"
#include "ui/sidepanels.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace chairside;

// The patient's card as staff use it: opened from the patient search with Ctrl+Enter (plain
// Enter still goes to the next visit) or from a tile's menu, showing the patient by name with
// their visits, and asking the window for what its buttons do; the viewer's buttons are
// disabled and the contact log is not theirs to read.
class TestPatientCardDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    // Tuesday 24 November 2026, 10:00 in Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<FrontDesk> m_desk;
    const UserSession m_frontDesk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    const UserSession m_viewer{u"viewer"_s, u"s"_s, u"ws"_s, Role::ReadOnly, {}};
    const QTimeZone m_zone{"America/Chicago"};

    // A patient with a visit still to rebook (a no-show or cancellation of the last 30 days).
    ScheduledAppointment toRebook()
    {
        QString error;
        const QList<ScheduledAppointment> list = m_desk->unscheduled(30, m_frontDesk, &error);
        return list.isEmpty() ? ScheduledAppointment{} : list.first();
    }

    static PatientCardDialog *openCard()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *card = qobject_cast<PatientCardDialog *>(w); card && card->isVisible())
                return card;
        }
        return nullptr;
    }

    static QStringList menuTexts(const QMenu *menu)
    {
        QStringList out;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator())
                out << a->text().remove(u'&');
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        m_cache = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QVERIFY(m_cache);
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDemo({u"t"_s, u"s"_s, u"w"_s, Role::System, {}}).ok());
        m_booking = std::make_unique<BookingService>(*m_cache, m_clock);
        m_desk = std::make_unique<FrontDesk>(*m_cache, m_clock);
    }

    // What the front desk reads, by name, and what its buttons ask for.
    void showsThePatientAndAsksTheWindow()
    {
        const ScheduledAppointment missed = toRebook();
        QVERIFY(!missed.appointment.id.isEmpty());
        PatientCardDialog card(*m_desk, m_frontDesk, m_zone);
        QString error;
        QVERIFY2(card.showPatient(missed.appointment.patientId, &error), qPrintable(error));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QCOMPARE(card.findChild<QLabel *>(u"patientCardNameLabel"_s)->text(), missed.patientName);
        QVERIFY(card.windowTitle().contains(missed.patientName));

        auto *visits = card.findChild<QTreeWidget *>(u"patientCardVisitsView"_s);
        auto *lists = card.findChild<QTreeWidget *>(u"patientCardListsView"_s);
        auto *contacts = card.findChild<QTreeWidget *>(u"patientCardContactsView"_s);
        // The missed visit among the past ones, with its type, provider and how it went; no id.
        QTreeWidgetItem *past = visits->topLevelItem(1);
        QStringList rows;
        for (int i = 0; i < past->childCount(); ++i)
            rows << past->child(i)->text(1) + u" | "_s + past->child(i)->text(2) + u" | "_s + past->child(i)->text(4);
        const QString expected = missed.typeName + u" | "_s + missed.providerName + u" | "_s
                + visitOutcomeText(missed.appointment.status);
        QVERIFY2(rows.contains(expected), qPrintable(rows.join(u'\n')));
        for (QTreeWidget *view : {visits, lists, contacts})
            for (int c = 0; c < view->columnCount(); ++c)
                QVERIFY(view->findItems(missed.appointment.id, Qt::MatchContains | Qt::MatchRecursive, c).isEmpty());
        // It is on the list to rebook, in the second tab.
        QVERIFY(!lists->findItems(missed.typeName, Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty());

        // Book: the booking dialog for this patient, the type still to rebook.
        QSignalSpy book(&card, &PatientCardDialog::bookRequested);
        auto *bookButton = card.findChild<QPushButton *>(u"patientCardBookButton"_s);
        QVERIFY(bookButton->isEnabled());
        QTest::mouseClick(bookButton, Qt::LeftButton);
        QCOMPARE(book.count(), 1);
        const VisitToBook visit = book.first().first().value<VisitToBook>();
        QCOMPARE(visit.patientId, missed.appointment.patientId);
        QCOMPARE(visit.patientName, missed.patientName);
        QVERIFY(!visit.typeId.isEmpty());

        // Record a call: the reschedule call about the missed visit.
        auto *callButton = card.findChild<QPushButton *>(u"patientCardCallButton"_s);
        QVERIFY(callButton->isEnabled());
        auto *callMenu = card.findChild<QMenu *>(u"patientCardCallMenu"_s);
        QSignalSpy call(&card, &PatientCardDialog::rescheduleCallRequested);
        const QStringList calls = menuTexts(callMenu);
        QVERIFY2(!calls.isEmpty() && calls.first().contains(missed.typeName), qPrintable(calls.join(u'\n')));
        callMenu->actions().first()->trigger();
        QCOMPARE(call.count(), 1);
        QCOMPARE(call.first().at(1).toString(), missed.patientName);

        // Add to the waitlist: the visit to rebook first, with its provider.
        auto *waitlistMenu = card.findChild<QMenu *>(u"patientCardWaitlistMenu"_s);
        QVERIFY(card.findChild<QPushButton *>(u"patientCardWaitlistButton"_s)->isEnabled());
        QSignalSpy waitlist(&card, &PatientCardDialog::waitlistRequested);
        waitlistMenu->actions().first()->trigger();
        QCOMPARE(waitlist.count(), 1);
        QCOMPARE(waitlist.first().at(0).toString(), missed.appointment.patientId);
        QCOMPARE(waitlist.first().at(2).toString(), missed.appointment.typeId);
        QCOMPARE(waitlist.first().at(3).toString(), missed.appointment.providerId);

        // Edit: the window's edit form, for this patient.
        QSignalSpy edit(&card, &PatientCardDialog::editRequested);
        QTest::mouseClick(card.findChild<QPushButton *>(u"patientCardEditButton"_s), Qt::LeftButton);
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().first().toString(), missed.appointment.patientId);

        // Enter on a visit: its day.
        QSignalSpy go(&card, &PatientCardDialog::visitRequested);
        visits->setFocus();
        visits->setCurrentItem(past->child(0));
        QTest::keyClick(visits, Qt::Key_Return);
        QCOMPARE(go.count(), 1);
        QCOMPARE(go.first().first().toString(), past->child(0)->data(0, Qt::UserRole + 1).toString());
    }

    // The viewer reads the card and changes nothing; the contact log is not theirs.
    void theViewerChangesNothing()
    {
        const ScheduledAppointment missed = toRebook();
        PatientCardDialog card(*m_desk, m_viewer, m_zone);
        QString error;
        QVERIFY2(card.showPatient(missed.appointment.patientId, &error), qPrintable(error));
        for (const QString &name : {u"patientCardBookButton"_s, u"patientCardWaitlistButton"_s,
                                    u"patientCardCallButton"_s, u"patientCardEditButton"_s}) {
            auto *button = card.findChild<QPushButton *>(name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY(!button->toolTip().isEmpty());
        }
        auto *contacts = card.findChild<QTreeWidget *>(u"patientCardContactsView"_s);
        QCOMPARE(contacts->topLevelItemCount(), 1);
        QVERIFY(contacts->topLevelItem(0)->text(0).contains(u"Not shown"_s));
    }

    // Ctrl+Enter on a patient found opens their card; the schedule stays where it was. A
    // tile's menu offers the card too.
    void opensFromTheSearchAndFromATile()
    {
        MainWindow window(*m_booking, *m_desk, m_clock, m_frontDesk);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        const ScheduledAppointment missed = toRebook();
        const QDate shown = window.date();

        auto *field = window.findChild<PatientSearchField *>(u"patientSearchLineEdit"_s);
        QAbstractItemModelTester tester(field->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy chosen(field, &PatientSearchField::patientChosen);
        field->setFocus();
        const QStringList words = missed.patientName.split(u' ');
        QTest::keyClicks(field, patientsearch::fold(words.last() + u' ' + words.first()));
        QTRY_VERIFY(field->completer()->popup()->isVisible());
        int row = -1;
        for (int r = 0; r < field->model()->rowCount(); ++r)
            row = field->model()->index(r).data(PatientSearchModel::PatientIdRole).toString()
                            == missed.appointment.patientId
                    ? r
                    : row;
        QVERIFY(row >= 0);
        field->completer()->popup()->setCurrentIndex(field->model()->index(row));
        QTest::keyClick(field->completer()->popup(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(openCard());
        PatientCardDialog *card = openCard();
        QCOMPARE(card->card()->patient.id, missed.appointment.patientId);
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(window.date(), shown);
        QVERIFY(!field->completer()->popup()->isVisible());
        card->close();
        QTRY_VERIFY(!openCard());

        // A tile's menu: "Patient card…".
        QModelIndex tile;
        const ScheduleModel *model = window.model();
        for (int l = 0; l < model->laneCount() && !tile.isValid(); ++l)
            if (model->rowCount(model->laneIndex(l)) > 0)
                tile = model->index(0, 0, model->laneIndex(l));
        QVERIFY(tile.isValid());
        QTimer::singleShot(0, &window, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction *a : menu->actions()) {
                if (a->text().remove(u'&') == u"Patient card…") {
                    menu->close();
                    a->trigger();
                    return;
                }
            }
            menu->close();
            QFAIL("no Patient card… in the tile's menu");
        });
        Q_EMIT window.view()->contextMenuRequested(tile, window.view()->mapToGlobal(QPoint(50, 50)));
        QTRY_VERIFY(openCard());
        QCOMPARE(openCard()->card()->patient.id, tile.data(ScheduleModel::PatientIdRole).toString());
        openCard()->close();
    }
};

QTEST_MAIN(TestPatientCardDialog)
#include "tst_patientcarddialog.moc"
