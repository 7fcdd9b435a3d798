#include "testsupport.h"

#include "domain/clock.h"
#include "domain/localformat.h"
#include "domain/phonenumber.h"
#include "services/bookingservice.h"
#include "services/frontdesk.h"
#include "services/patientmessaging.h"
#include "services/practiceimportservice.h"
#include "services/practiceservices.h"
#include "store/cache.h"
#include "store/cachekeystore.h"
#include "store/messagerepository.h"
#include "ui/mainwindow.h"
#include "ui/messagesinbox.h"
#include "ui/messagingdialog.h"
#include "ui/patientcarddialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QTextCursor>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace chairside;

// Messaging as the office manager and the front desk meet it: the Messaging dialog refuses a
// template the service refuses and keeps the text, saves quiet hours through the service, and
// is not offered to a role that may not manage the practice; the Messages panel names the
// patient who wrote (never an id) and Done closes the item; the card says when a number
// texted STOP.
class TestMessagingUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    store::MemoryCacheKeyStore m_keys;
    std::unique_ptr<store::Cache> m_cache;
    // Tuesday 24 November 2026, 10:00 in Chicago.
    FixedClock m_clock{QDateTime(QDate(2026, 11, 24), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<PracticeServices> m_services;
    const UserSession m_manager{u"manager"_s, u"s"_s, u"ws"_s, Role::OfficeManager, {}};
    const UserSession m_frontDesk{u"frontdesk"_s, u"s"_s, u"ws"_s, Role::FrontDesk, {}};
    const QTimeZone m_zone{"America/Chicago"};

    // A patient of the demo practice with a phone on file.
    Patient somePatient()
    {
        QString error;
        const QList<ScheduledAppointment> list = m_services->desk().unscheduled(30, m_frontDesk, &error);
        for (const ScheduledAppointment &s : list) {
            const std::optional<Patient> p = m_services->desk().patient(s.appointment.patientId, m_frontDesk, &error);
            if (p && !p->phone.isEmpty())
                return *p;
        }
        return {};
    }

    static MessagingDialog *openDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<MessagingDialog *>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(u"en_US"_s));
        m_cache = store::Cache::open(m_dir.path(), m_keys, store::Cache::OpenMode::CreateIfMissing).cache;
        QVERIFY(m_cache);
        QVERIFY(PracticeImportService(*m_cache, m_clock).importDemo({u"t"_s, u"s"_s, u"w"_s, Role::System, {}}).ok());
        m_services = std::make_unique<PracticeServices>(*m_cache, m_clock);
    }

    // A template with a placeholder the service does not know: refused with its words, the
    // text left as typed, the default kept.
    void unknownPlaceholderIsRefusedAndTheTextKept()
    {
        MessagingDialog dialog(m_services->messaging(), m_manager, m_zone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget *>(u"messagingTabs"_s)->setCurrentIndex(2);
        auto *kind = dialog.findChild<QComboBox *>(u"messagingTemplateKindCombo"_s);
        auto *language = dialog.findChild<QComboBox *>(u"messagingTemplateLanguageCombo"_s);
        auto *text = dialog.findChild<QPlainTextEdit *>(u"messagingTemplateTextEdit"_s);
        auto *result = dialog.findChild<QLabel *>(u"messagingTemplateResult"_s);
        QVERIFY(kind && language && text && result);
        kind->setCurrentIndex(kind->findData(templateKindName(TemplateKind::Reminder)));
        language->setCurrentIndex(language->findData(u"en"_s));
        QVERIFY(!text->toPlainText().isEmpty()); // the default, to start from
        const QString typed = u"Hi {first_name}, see you {date} at {time}. Love, {surname}"_s;
        text->setPlainText(typed);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"messagingTemplateSaveButton"_s), Qt::LeftButton);
        QVERIFY(result->isVisible());
        QCOMPARE(result->text(), messagetemplate::check(typed));
        QVERIFY(result->text().contains(u"surname"_s));
        QCOMPARE(text->toPlainText(), typed);
        QVERIFY(m_services->messaging().isDefaultTemplate(TemplateKind::Reminder, u"en"_s));

        // Corrected with a placeholder button, it is saved and read back as the practice's own.
        text->setPlainText(u"Hi {first_name}, see you {date} at {time}. "_s);
        text->moveCursor(QTextCursor::End);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"messagingInsert_phoneButton"_s), Qt::LeftButton);
        QCOMPARE(text->toPlainText(), u"Hi {first_name}, see you {date} at {time}. {phone}"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"messagingTemplateSaveButton"_s), Qt::LeftButton);
        QString error;
        QCOMPARE(m_services->messaging().templateText(TemplateKind::Reminder, u"en"_s, &error).value_or(QString()),
                 u"Hi {first_name}, see you {date} at {time}. {phone}"_s);
        QVERIFY(!m_services->messaging().isDefaultTemplate(TemplateKind::Reminder, u"en"_s));
        // Back to the default.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"messagingTemplateResetButton"_s), Qt::LeftButton);
        QVERIFY(m_services->messaging().isDefaultTemplate(TemplateKind::Reminder, u"en"_s));
        QCOMPARE(text->toPlainText(),
                 m_services->messaging().templateText(TemplateKind::Reminder, u"en"_s, &error).value_or(QString()));
    }

    // Quiet hours typed in the dialog are the service's; "No quiet hours" turns them off.
    void quietHoursAreSavedThroughTheService()
    {
        MessagingDialog dialog(m_services->messaging(), m_manager, m_zone);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QTabWidget *>(u"messagingTabs"_s)->setCurrentIndex(1);
        auto *none = dialog.findChild<QCheckBox *>(u"messagingNoQuietCheckBox"_s);
        auto *from = dialog.findChild<QTimeEdit *>(u"messagingQuietFromEdit"_s);
        auto *to = dialog.findChild<QTimeEdit *>(u"messagingQuietToEdit"_s);
        auto *save = dialog.findChild<QPushButton *>(u"messagingSendingSaveButton"_s);
        QVERIFY(none && from && to && save);
        none->setChecked(false);
        from->setTime(QTime(21, 0));
        to->setTime(QTime(7, 30));
        QTest::mouseClick(save, Qt::LeftButton);
        QString error;
        std::optional<MessagingSettings> s = m_services->messaging().settings(&error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->quiet.from, QTime(21, 0));
        QCOMPARE(s->quiet.to, QTime(7, 30));

        // A dialog opened afterwards shows what was saved.
        MessagingDialog again(m_services->messaging(), m_manager, m_zone);
        QCOMPARE(again.findChild<QTimeEdit *>(u"messagingQuietFromEdit"_s)->time(), QTime(21, 0));
        QCOMPARE(again.findChild<QTimeEdit *>(u"messagingQuietToEdit"_s)->time(), QTime(7, 30));
        QVERIFY(!again.findChild<QCheckBox *>(u"messagingNoQuietCheckBox"_s)->isChecked());

        none->setChecked(true);
        QVERIFY(!from->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        s = m_services->messaging().settings(&error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(s->quiet.off());
    }

    // The front desk is not offered Settings › Messaging…, and asking for it anyway opens
    // nothing; the office manager's window opens it.
    void onlyAManagerOpensTheDialog()
    {
        {
            MainWindow window(m_services->booking(), m_services->desk(), m_clock, m_frontDesk);
            window.setMessagingService(&m_services->messaging());
            auto *action = window.findChild<QAction *>(u"messagingAction"_s);
            QVERIFY(action);
            QVERIFY(!action->isVisible());
            QVERIFY(!action->isEnabled());
            window.showMessagingSettings();
            QVERIFY(!openDialog());
            // The Messages panel is theirs.
            QVERIFY(window.messagesInbox());
        }
        MainWindow window(m_services->booking(), m_services->desk(), m_clock, m_manager);
        window.setMessagingService(&m_services->messaging());
        auto *action = window.findChild<QAction *>(u"messagingAction"_s);
        QVERIFY(action && action->isVisible() && action->isEnabled());
        action->trigger();
        MessagingDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->close();
    }

    // A reply left for staff shows the patient's name and number, not the id; Done closes it.
    void inboxNamesThePatientAndDoneClosesIt()
    {
        const Patient patient = somePatient();
        QVERIFY(!patient.id.isEmpty());
        InboundMessage reply;
        reply.providerId = u"SM-test-1"_s;
        reply.from = patient.phone;
        reply.body = u"Can I come at 3 instead?"_s;
        reply.receivedUtc = m_clock.nowUtc().addSecs(-600);
        reply.patientId = patient.id;
        reply.action = u"inbox"_s;
        reply.open = true;
        reply.note = u"A reply to be read by staff."_s;
        QSqlError sqlError;
        QVERIFY(store::MessageRepository(m_cache->database()).insertInbound(reply, &sqlError));

        // With CHAIRSIDE_SHOT_DIR set, the front desk's window with the reply, for a person to look at.
        if (const QString dir = qEnvironmentVariable("CHAIRSIDE_SHOT_DIR"); !dir.isEmpty()) {
            MainWindow window(m_services->booking(), m_services->desk(), m_clock, m_frontDesk);
            window.setMessagingService(&m_services->messaging());
            window.resize(1280, 800);
            window.show();
            QTest::qWait(100);
            window.grab().save(QDir(dir).filePath(u"msgui-inbox-window.png"_s));
        }
        MessagesInbox inbox(m_services->messaging(), m_services->desk());
        inbox.setSession(m_frontDesk);
        inbox.show();
        QCOMPARE(inbox.reload(m_zone), 1);
        QTreeWidget *view = inbox.view();
        QTreeWidgetItem *item = view->topLevelItem(0);
        QVERIFY(item);
        QVERIFY2(item->text(0).startsWith(patient.name), qPrintable(item->text(0)));
        QVERIFY(item->text(0).contains(localformat::phone(patient.phone)));
        QVERIFY2(item->text(1).contains(reply.body), qPrintable(item->text(1)));
        QVERIFY2(item->text(1).contains(reply.note), qPrintable(item->text(1)));
        QVERIFY(item->text(0).contains(localformat::dateTime(reply.receivedUtc.toTimeZone(m_zone))));
        for (int c = 0; c < view->columnCount(); ++c)
            QVERIFY(!item->text(c).contains(patient.id));

        // Patient card asks the window for this patient.
        QSignalSpy card(&inbox, &MessagesInbox::cardRequested);
        view->setCurrentItem(item);
        QTest::mouseClick(inbox.findChild<QPushButton *>(u"messagesCardButton"_s), Qt::LeftButton);
        QCOMPARE(card.size(), 1);
        QCOMPARE(card.at(0).at(0).toString(), patient.id);

        auto *done = inbox.findChild<QPushButton *>(u"messagesDoneButton"_s);
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QCOMPARE(inbox.openCount(), 0);
        QString error;
        const std::optional<QList<InboundMessage>> items = m_services->messaging().inbox(m_frontDesk, &error);
        QVERIFY2(items, qPrintable(error));
        bool found = false;
        for (const InboundMessage &m : *items) {
            if (m.providerId == reply.providerId) {
                found = true;
                QVERIFY(!m.open);
            }
        }
        QVERIFY(found);
        // It stays listed, done, and cannot be closed twice.
        view->setCurrentItem(view->topLevelItem(0));
        QVERIFY(!done->isEnabled());
    }

    // A number that texted STOP: the card says so, with the day.
    void cardSaysWhenTextsStopped()
    {
        const Patient patient = somePatient();
        PatientCardDialog card(m_services->desk(), m_frontDesk, m_zone);
        card.setMessaging(&m_services->messaging());
        QString error;
        QVERIFY2(card.showPatient(patient.id, &error), qPrintable(error));
        auto *texts = card.findChild<QLabel *>(u"patientCardTextsLabel"_s);
        QVERIFY(texts);
        QVERIFY2(!texts->text().contains(u"STOP on"_s), qPrintable(texts->text()));
        QVERIFY(m_services->messaging().textsStopped(patient) == std::nullopt);

        const QString e164 = phonenumber::read(patient.phone, u"US"_s).e164;
        QSqlError sqlError;
        QVERIFY(store::MessageRepository(m_cache->database())
                        .optOut(e164, QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC), u"reply"_s, &sqlError));
        card.reload();
        QVERIFY2(texts->text().contains(u"STOP"_s), qPrintable(texts->text()));
        QVERIFY2(texts->text().contains(localformat::longDate(QDate(2026, 11, 20))), qPrintable(texts->text()));
    }
};

QTEST_MAIN(TestMessagingUi)
#include "tst_messagingui.moc"
