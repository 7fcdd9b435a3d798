// The main window's part in continuing care: the Recall tab beside the waitlist.
#include "mainwindow.h"

#include "recallpanel.h"
#include "sidepanels.h"

#include "services/access.h"

#include <QDockWidget>

using namespace Qt::StringLiterals;

namespace chairside {

void MainWindow::setRecallService(RecallService *recalls)
{
    if (!recalls || m_recallPanel)
        return;
    m_recallDock = new QDockWidget(this);
    m_recallDock->setObjectName(u"recallDock"_s);
    m_recallPanel = new RecallPanel(*recalls, m_recallDock);
    m_recallDock->setWidget(m_recallPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_recallDock);
    // A tab beside the waitlist and the unscheduled list; the waitlist stays in front.
    if (auto *unscheduled = findChild<QDockWidget *>(u"unscheduledDock"_s))
        tabifyDockWidget(unscheduled, m_recallDock);
    if (auto *waitlist = findChild<QDockWidget *>(u"waitlistDock"_s))
        waitlist->raise();
    m_recallPanel->setSession(m_session);
    m_recallPanel->setMessaging(m_messaging);
    translated(m_recallDock, [this] { m_recallDock->setWindowTitle(tr("Recall")); });
    connect(m_recallPanel, &RecallPanel::bookRequested, this, &MainWindow::bookVisit);
    connect(m_recallPanel, &RecallPanel::message, this, &MainWindow::showMessage);
    connect(m_recallPanel, &RecallPanel::contactsRecorded, this, &MainWindow::localChangeMade);
    // Read when the tab comes forward, not behind the others.
    connect(m_recallDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            m_recallPanel->reload();
    });
    if (!roleMay(m_session.role, Access::ReadWaitlist))
        m_recallDock->hide();
}

} // namespace chairside
