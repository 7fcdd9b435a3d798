// The main window's part in messaging patients: Settings › Messaging… for the office manager,
// the Messages panel for the front desk (with a count in the status bar that brings it
// forward), and the worker's state in the status bar.
#include "mainwindow.h"
#include "recallpanel.h"

#include "messagesinbox.h"
#include "messagingdialog.h"
#include "patientcarddialog.h"
#include "schedulechanger.h"

#include "domain/localformat.h"
#include "services/access.h"
#include "services/frontdesk.h"
#include "services/patientmessaging.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace chairside {

void MainWindow::setMessagingService(MessagingService *messaging)
{
    if (!messaging || m_messaging)
        return;
    m_messaging = messaging;
    if (m_recallPanel)
        m_recallPanel->setMessaging(messaging);

    // Settings › Messaging…, beside the practice system's connection.
    m_messagingAction = new QAction(this);
    m_messagingAction->setObjectName(u"messagingAction"_s);
    translated(m_messagingAction, [this] { m_messagingAction->setText(tr("&Messaging…")); });
    connect(m_messagingAction, &QAction::triggered, this, &MainWindow::showMessagingSettings);
    if (auto *menu = menuBar()->findChild<QMenu *>(u"settingsMenu"_s)) {
        const QList<QAction *> actions = menu->actions();
        const qsizetype after = actions.indexOf(m_connectPmsAction);
        menu->insertAction(after >= 0 && after + 1 < actions.size() ? actions.at(after + 1) : nullptr,
                           m_messagingAction);
    }

    // The Messages panel: a tab beside the waitlist, where the desk already looks.
    m_messagesDock = new QDockWidget(this);
    m_messagesDock->setObjectName(u"messagesDock"_s);
    m_messagesInbox = new MessagesInbox(*messaging, m_desk, m_messagesDock);
    m_messagesDock->setWidget(m_messagesInbox);
    addDockWidget(Qt::RightDockWidgetArea, m_messagesDock);
    if (auto *unscheduled = findChild<QDockWidget *>(u"unscheduledDock"_s))
        tabifyDockWidget(unscheduled, m_messagesDock);
    if (auto *waitlist = findChild<QDockWidget *>(u"waitlistDock"_s))
        waitlist->raise();
    connect(m_messagesInbox, &MessagesInbox::cardRequested, this, [this](const QString &id) { showPatientCard(id); });
    connect(m_messagesInbox, &MessagesInbox::message, this, &MainWindow::showMessage);
    connect(m_messagesInbox, &MessagesInbox::changed, this, [this] { reloadMessages(); });

    // "2 messages to read" in the status bar brings the panel forward.
    m_messagesButton = new QToolButton(this);
    m_messagesButton->setObjectName(u"messagesStatusButton"_s);
    m_messagesButton->setAutoRaise(true);
    m_messagesButton->hide();
    statusBar()->addPermanentWidget(m_messagesButton);
    connect(m_messagesButton, &QToolButton::clicked, this, [this] {
        m_messagesDock->show();
        m_messagesDock->raise();
        m_messagesInbox->view()->setFocus();
    });

    // Replies arrive with the worker's writes (a cache change reloads), and the clock moves
    // the dates on; a quiet refresh every 30 s catches both.
    auto *tick = new QTimer(this);
    tick->setObjectName(u"messagesTimer"_s);
    tick->setInterval(30 * 1000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (!m_locked)
            reloadMessages();
    });
    tick->start();
    applyRole();
    reloadMessages();
}

void MainWindow::reloadMessages()
{
    if (!m_messagesInbox)
        return;
    int open = 0;
    if (roleMay(m_session.role, Access::FillBook)) {
        m_messagesInbox->setSession(m_session);
        open = m_messagesInbox->reload(m_changer->zone());
    }
    m_messagesDock->setWindowTitle(open == 0 ? tr("Messages") : tr("Messages (%1)").arg(open));
    m_messagesButton->setText(tr("✉ %n message(s) to read", nullptr, open));
    m_messagesButton->setToolTip(tr("Show the Messages panel"));
    m_messagesButton->setVisible(open > 0);
    // A new reply comes to the front: it needs a person.
    if (open > m_shownOpenMessages)
        m_messagesDock->raise();
    m_shownOpenMessages = open;
}

QString MainWindow::textsStoppedNote(const QString &patientId)
{
    if (!m_messaging || patientId.isEmpty())
        return {};
    QString error;
    const std::optional<Patient> patient = m_desk.patient(patientId, m_session, &error);
    const std::optional<QDateTime> stopped =
            patient && !patient->phone.isEmpty() ? m_messaging->textsStopped(*patient) : std::nullopt;
    if (!stopped)
        return {};
    return tr("Texts stopped: texted STOP on %1. Confirm by phone or e-mail.")
            .arg(localformat::longDate(stopped->toTimeZone(m_changer->zone()).date()));
}

void MainWindow::showMessagingSettings()
{
    if (!m_messaging)
        return;
    if (!roleMay(m_session.role, Access::ManagePractice)) {
        showMessage(deniedMessage(m_session.role, Access::ManagePractice), true);
        return;
    }
    if (m_messagingDialog) {
        m_messagingDialog->raise();
        m_messagingDialog->activateWindow();
        return;
    }
    auto *dialog = new MessagingDialog(*m_messaging, m_session, m_changer->zone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_messagingDialog = dialog;
    connect(dialog, &MessagingDialog::connectRequested, this,
            [this, dialog](const MessagingConnectForm &form) { Q_EMIT messagingConnectRequested(form, dialog); });
    connect(dialog, &MessagingDialog::testRequested, this,
            [this, dialog](MessagingConnectForm::Channel channel, const QString &to) {
                Q_EMIT messagingTestRequested(channel == MessagingConnectForm::Channel::Email, to, dialog);
            });
    connect(dialog, &MessagingDialog::settingsChanged, this, &MainWindow::messagingSettingsChanged);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::setMessagingWorkerStatus(const QString &text, bool problem)
{
    if (!m_messagingWorkerLabel) {
        m_messagingWorkerLabel = new QLabel(this);
        m_messagingWorkerLabel->setObjectName(u"messagingWorkerLabel"_s);
        statusBar()->addPermanentWidget(m_messagingWorkerLabel);
    }
    m_messagingWorkerLabel->setText(text);
    m_messagingWorkerLabel->setStyleSheet(problem ? u"color: #b00020"_s : QString());
    m_messagingWorkerLabel->setVisible(!text.isEmpty());
}

} // namespace chairside
