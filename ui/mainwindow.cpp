#include "mainwindow.h"
#include "recallpanel.h"

#include "appointmentdialog.h"
#include "daysheet.h"
#include "paneldrag.h"
#include "patientformdialog.h"
#include "patientsearchfield.h"
#include "staffaccountsdialog.h"
#include "pmsconnectdialog.h"
#include "prompt.h"
#include "providerdaywindow.h"
#include "idlelock.h"
#include "schedulechanger.h"
#include "syncissuespanel.h"
#include "fillpanel.h"
#include "officedayactions.h"
#include "sidepanels.h"
#include "signindialog.h"
#include "scheduleview.h"

#include "domain/clock.h"
#include "itemmodels/appointmentlistmodel.h"
#include "itemmodels/schedulemodel.h"
#include "scheduling/statusworkflow.h"
#include "services/access.h"
#include "services/bookingservice.h"
#include "services/dashboardservice.h"
#include "services/frontdesk.h"
#include "services/useraccounts.h"
#include "domain/securebytes.h"
#include "languagesetting.h"
#include "translations/language.h"
#include "domain/localformat.h"

#include <QAction>
#include <QActionGroup>
#include <QCalendarWidget>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QApplication>
#include <QInputDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QToolTip>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace chairside {

namespace {

// The first day of the week `date` is in, as the language's locale counts weeks.
QDate weekStartOf(const QDate &date)
{
    const int first = int(QLocale().firstDayOfWeek());
    return date.addDays(-((date.dayOfWeek() - first + 7) % 7));
}

} // namespace

MainWindow::MainWindow(BookingService &booking, FrontDesk &desk, const Clock &clock, UserSession session,
                       QWidget *parent)
    : QMainWindow(parent), m_booking(booking), m_desk(desk), m_clock(clock), m_session(std::move(session)),
      m_model(new ScheduleModel(this)), m_view(new ScheduleView(this)),
      m_changer(new ScheduleChanger(booking, desk, m_session, *m_model, this))
{
    setObjectName(u"mainWindow"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_dayLabel = new QLabel(central);
    m_dayLabel->setObjectName(u"dayLabel"_s);
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_dayLabel->setFont(big);
    top->addWidget(m_dayLabel, 1);
    // Find a patient from anywhere: Ctrl+F, or start typing on the schedule.
    m_patientSearch = new PatientSearchField(
            m_desk, [this] { return m_session; }, [this] { return m_changer->zone(); }, central);
    m_patientSearch->setMinimumWidth(280);
    translated(m_patientSearch, [this] {
        m_patientSearch->setPlaceholderText(tr("Find a patient: name, phone, birthdate (%1)")
                                                    .arg(QKeySequence(QKeySequence::Find)
                                                                 .toString(QKeySequence::NativeText)));
        m_patientSearch->setAccessibleDescription(tr("Enter goes to the patient's next visit; Ctrl+Enter opens their card."));
        m_patientSearch->setAccessibleName(tr("Find a patient"));
    });
    top->addWidget(m_patientSearch);
    m_providerFilter = new QComboBox(central);
    m_providerFilter->setObjectName(u"providerFilterComboBox"_s);
    auto *providerLabel = new QLabel(central);
    translated(providerLabel, [this, providerLabel] {
        m_providerFilter->setAccessibleName(tr("Show one provider"));
        providerLabel->setText(tr("Provider:"));
    });
    top->addWidget(providerLabel);
    top->addWidget(m_providerFilter);
    m_clinicFilter = new QComboBox(central);
    m_clinicFilter->setObjectName(u"clinicFilterComboBox"_s);
    m_clinicLabel = new QLabel(central);
    translated(m_clinicLabel, [this] {
        m_clinicFilter->setAccessibleName(tr("Show one clinic"));
        m_clinicLabel->setText(tr("Clinic:"));
    });
    top->addWidget(m_clinicLabel);
    top->addWidget(m_clinicFilter);
    // Shown once the practice turns out to have more than one clinic.
    m_clinicLabel->hide();
    m_clinicFilter->hide();
    layout->addLayout(top);
    m_messageLabel = new QLabel(central);
    m_messageLabel->setObjectName(u"messageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();
    // A damaged cache stays damaged until restored: its banner does not go with the day.
    m_damageLabel = new QLabel(central);
    m_damageLabel->setObjectName(u"damageLabel"_s);
    m_damageLabel->setWordWrap(true);
    m_damageLabel->setTextFormat(Qt::PlainText);
    m_damageLabel->setStyleSheet(u"QLabel { background: #8a1c1c; color: white; padding: 6px; font-weight: bold; }"_s);
    m_damageLabel->hide();
    layout->addWidget(m_damageLabel);
    layout->addWidget(m_messageLabel);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_view->setPlacementCheck([this](const SchedulePlacement &to) { return m_changer->check(to); });
    m_view->setDragItemCheck(
            [this](const ScheduleDragItem &item, const SchedulePlacement &at) { return m_changer->checkItem(item, at); });
    connect(m_view, &ScheduleView::moveRequested, m_changer, qOverload<const SchedulePlacement &>(&ScheduleChanger::move));
    connect(m_view, &ScheduleView::resizeRequested, m_changer, &ScheduleChanger::resize);
    connect(m_view, &ScheduleView::createRequested, this, &MainWindow::createAt);
    connect(m_view, &ScheduleView::openRequested, this, &MainWindow::openAppointment);
    connect(m_view, &ScheduleView::typingStarted, m_patientSearch, &PatientSearchField::startWith);
    connect(m_patientSearch, &PatientSearchField::patientChosen, this, &MainWindow::goToPatient);
    connect(m_patientSearch, &PatientSearchField::cardRequested, this,
            [this](const QString &patientId) { showPatientCard(patientId); });
    connect(m_patientSearch, &PatientSearchField::searchFailed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(m_view, &ScheduleView::cancelRequested, this, &MainWindow::cancelTile);
    connect(m_view, &ScheduleView::contextMenuRequested, this, &MainWindow::tileMenu);
    connect(m_view, &ScheduleView::tileDroppedOutside, this, &MainWindow::tileDroppedOutside);
    connect(m_view, &ScheduleView::dragItemPlaced, m_changer, &ScheduleChanger::placeItem);
    connect(m_view, &ScheduleView::blockoutCreateRequested, this, &MainWindow::createBlockoutAt);
    connect(m_view, &ScheduleView::blockoutMoveRequested, this, &MainWindow::moveBlockout);
    connect(m_view, &ScheduleView::blockoutResizeRequested, this, &MainWindow::resizeBlockout);
    connect(m_view, &ScheduleView::blockoutDeleteRequested, this, &MainWindow::deleteBlockout);
    connect(m_view, &ScheduleView::blockoutOpenRequested, this, &MainWindow::openBlockout);
    connect(m_view, &ScheduleView::laneMenuRequested, this, &MainWindow::laneMenu);
    connect(m_view, &ScheduleView::productionBlockMoveRequested, this, &MainWindow::moveProductionBlock);
    connect(m_view, &ScheduleView::zoomChanged, this, [this] { saveSettings(); });
    connect(m_changer, &ScheduleChanger::changed, this, [this](const QString &id) {
        reload();
        Q_EMIT localChangeMade();
        if (!id.isEmpty()) {
            const QModelIndex index = m_model->indexOfAppointment(id);
            if (index.isValid())
                m_view->setCurrentIndex(index);
        }
        showMessage({}, false);
        for (const QPointer<ProviderDayWindow> &w : std::as_const(m_providerDays)) {
            if (w)
                w->reload();
        }
    });
    connect(m_changer, &ScheduleChanger::refused, this, [this](const QString &message) {
        reload(); // the tile returns to where the cache says it is
        showMessage(message, true);
    });
    connect(m_changer, &ScheduleChanger::historyChanged, this, &MainWindow::updateUndoActions);

    buildPanels();
    buildActions();
    applyRole();
    // Once a day, after five quiet minutes, the office manager's window reads the whole cache,
    // so damage in pages nobody reads is found while the last good backup is at hand.
    m_checkIdle = new IdleWatcher(this);
    m_checkIdle->setTimeout(5 * 60 * 1000); // shortened below the idle lock in setAccounts
    m_checkIdle->setActive(true);
    connect(m_checkIdle, &IdleWatcher::idle, this, [this] {
        const QDateTime last = QSettings().value(u"cache/lastCheckUtc"_s).toDateTime();
        if (!m_locked && roleMay(m_session.role, Access::ManageCache)
            && (!last.isValid() || last.secsTo(m_clock.nowUtc()) > 20 * 3600))
            checkCache(true);
    });

    translated(this, [this] { setWindowTitle(m_locked ? tr("Chairside (locked)") : tr("Chairside")); });
    // Never taller or wider than the screen, so the status bar (how fresh the book is) shows.
    QSize size(1280, 820);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size());
    resize(size);
    restoreSettings();

    auto *poll = new QTimer(this);
    poll->setInterval(500);
    connect(poll, &QTimer::timeout, this, &MainWindow::pollCache);
    poll->start();
    auto *now = new QTimer(this);
    now->setInterval(30 * 1000);
    connect(now, &QTimer::timeout, this, &MainWindow::tickNow);
    now->start();

    m_seenDataVersion = m_desk.dataVersion();
    QString error;
    const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::systemTimeZone());
    // The first screen is the working day: today while someone still works, else the next
    // day anyone does, scrolled to a little before now or to the day's first hour.
    const QDateTime nowUtc = m_clock.nowUtc();
    const QDateTime start = m_booking.workingTimeFrom(nowUtc).value_or(nowUtc).toTimeZone(zone);
    tickNow();
    showDate(start.date());
    const int minute = start.time().msecsSinceStartOfDay() / 60000;
    m_view->scrollToMinute(std::max(0, start > nowUtc ? minute - 15 : minute - 60));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPanels()
{
    // The panels list and act through the services; the window docks them, books what they
    // hand it through its dialog and reloads after their changes.
    auto dock = [this](const QString &name, QWidget *panel) {
        auto *d = new QDockWidget(this);
        d->setObjectName(name);
        panel->setParent(d);
        d->setWidget(panel);
        addDockWidget(Qt::RightDockWidgetArea, d);
        return d;
    };
    m_waitlist = new WaitlistPanel(m_desk);
    m_unscheduled = new UnscheduledPanel(m_desk);
    m_tray = new TrayPanel(m_desk);
    QDockWidget *waitDock = dock(u"waitlistDock"_s, m_waitlist);
    QDockWidget *unscheduledDock = dock(u"unscheduledDock"_s, m_unscheduled);
    tabifyDockWidget(waitDock, unscheduledDock);
    waitDock->raise();
    QDockWidget *trayDock = dock(u"trayDock"_s, m_tray);
    for (SidePanel *panel : std::initializer_list<SidePanel *>{m_waitlist, m_unscheduled, m_tray}) {
        panel->setSession(m_session);
        panel->attachTo(m_view);
        connect(panel, &SidePanel::message, this, &MainWindow::showMessage);
        connect(panel, &SidePanel::bookRequested, this, &MainWindow::bookVisit);
        connect(panel, &SidePanel::changed, this, &MainWindow::reload);
    }
    connect(m_unscheduled, &SidePanel::changed, this, &MainWindow::localChangeMade);
    connect(m_waitlist, &WaitlistPanel::editRequested, this, &MainWindow::editWaitlistEntry);
    connect(m_tray, &TrayPanel::openRequested, this, &MainWindow::openFromTray);

    // Changes the practice system refused: each with what this desk holds and what the PMS
    // holds, and the two ways out.
    m_syncIssuesDock = new QDockWidget(this);
    m_syncIssuesDock->setObjectName(u"syncIssuesDock"_s);
    m_syncIssues = new SyncIssuesPanel(m_desk, m_syncIssuesDock);
    connect(m_syncIssues, &SyncIssuesPanel::message, this, &MainWindow::showMessage);
    connect(m_syncIssues, &SyncIssuesPanel::resolved, this, [this] {
        Q_EMIT localChangeMade();
        reload();
    });
    translated(this, [=] {
        waitDock->setWindowTitle(tr("Waitlist"));
        m_waitlist->view()->setAccessibleName(tr("Waitlist: drag an entry onto the schedule to book it"));
        unscheduledDock->setWindowTitle(tr("Unscheduled"));
        m_unscheduled->view()->setAccessibleName(
                tr("Cancelled and missed visits not yet booked again: drag one onto the schedule to book it"));
        trayDock->setWindowTitle(tr("Holding tray"));
        m_tray->view()->setAccessibleName(
                tr("Holding tray: drag tiles here, change the date, drag them back to move them"));
    });
    m_syncIssuesDock->setWidget(m_syncIssues);
    addDockWidget(Qt::RightDockWidgetArea, m_syncIssuesDock);
    tabifyDockWidget(trayDock, m_syncIssuesDock);
    trayDock->raise();
    // Room for the waitlist's patient, visit and urgency columns beside the schedule.
    resizeDocks({waitDock, trayDock}, {380, 380}, Qt::Horizontal);
}

void MainWindow::setOfficeDayServices(SeriesService *series, FamilyBooking *family, AbsenceService *absence)
{
    if (m_officeDay || !series || !family || !absence)
        return;
    m_officeDay = new OfficeDayActions(*series, *family, *absence, this, [this] {
        return OfficeDayActions::Where{&m_model->page(), m_changer->zone(), m_date,
                                       m_clinicFilter->currentData().toString(),
                                       m_providerFilter->currentData().toString()};
    });
    m_officeDay->setSession(m_session);
    connect(m_officeDay, &OfficeDayActions::message, this, &MainWindow::showMessage);
    connect(m_officeDay, &OfficeDayActions::timeFreed, this, &MainWindow::freedTime);
    connect(m_officeDay, &OfficeDayActions::changed, this, [this] {
        reload();
        Q_EMIT localChangeMade();
    });
    translated(m_officeDay, [this] { m_officeDay->retranslate(); });
    if (!roleMay(m_session.role, Access::FillBook))
        return;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        if (menu->objectName() == u"editMenu") {
            menu->addSeparator();
            menu->addAction(m_officeDay->awayAction());
        }
    }
}

// Enter on a panel entry books it through the dialog, for staff at the keyboard.
void MainWindow::bookVisit(const VisitToBook &visit)
{
    AppointmentDialog dialog(*m_changer, m_booking, m_desk, m_model->page(), this);
    equip(dialog);
    dialog.prefillNew(visit.chairId, visit.providerId.isEmpty() ? m_providerFilter->currentData().toString() : visit.providerId,
                      m_date, 8 * 60, visit.minutes);
    dialog.prefillVisit(visit.patientId, visit.patientName, visit.typeId, visit.minutes, visit.notes,
                        visit.waitlistEntryId);
    dialog.exec();
}

void MainWindow::openFromTray(const QString &appointmentId, const QString &patientName)
{
    QString error;
    const std::optional<Appointment> a = m_desk.openAppointment(appointmentId, m_session, &error);
    if (!a) {
        showMessage(error, true);
        return;
    }
    AppointmentDialog dialog(*m_changer, m_booking, m_desk, m_model->page(), this);
    equip(dialog);
    dialog.showExisting(*a, patientName);
    dialog.exec();
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(QString());
    QMenu *editMenu = menuBar()->addMenu(QString());
    QMenu *goMenu = menuBar()->addMenu(QString());
    QMenu *viewMenu = menuBar()->addMenu(QString());
    viewMenu->setObjectName(u"viewMenu"_s);
    editMenu->setObjectName(u"editMenu"_s);
    QMenu *settingsMenu = menuBar()->addMenu(QString());
    settingsMenu->setObjectName(u"settingsMenu"_s);
    QMenu *languageMenu = settingsMenu->addMenu(QString());
    languageMenu->setObjectName(u"languageMenu"_s);
    QMenu *helpMenu = menuBar()->addMenu(QString());
    helpMenu->setObjectName(u"helpMenu"_s);
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(u"navigationToolBar"_s);
    bar->setMovable(false);
    translated(this, [=] {
        fileMenu->setTitle(tr("&File"));
        editMenu->setTitle(tr("&Edit"));
        goMenu->setTitle(tr("&Go"));
        viewMenu->setTitle(tr("&View"));
        settingsMenu->setTitle(tr("&Settings"));
        helpMenu->setTitle(tr("&Help"));
        languageMenu->setTitle(tr("&Language"));
        bar->setWindowTitle(tr("Navigation"));
    });

    // Each action's text is given untranslated and set again whenever the language changes.
    auto add = [this](QMenu *menu, const char *text, const QString &name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        translated(action, [action, text] { action->setText(tr(text)); });
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        menu->addAction(action);
        return action;
    };

    QAction *book = m_bookAction = add(fileMenu, QT_TR_NOOP("&New appointment…"), u"newAppointmentAction"_s, QKeySequence::New, [this] {
        SchedulePlacement at;
        const QModelIndex current = m_view->currentIndex();
        const int lane = current.parent().isValid() ? current.parent().row() : 0;
        if (m_model->laneCount() > 0) {
            at.laneKey = m_model->lane(lane).key;
            at.date = m_model->lane(lane).date;
        } else {
            at.date = m_date;
        }
        at.startMinute = 8 * 60;
        createAt(at);
    });
    m_newPatientAction = add(fileMenu, QT_TR_NOOP("New pa&tient…"), u"newPatientAction"_s,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { (void)newPatient(); });
    m_newPatientAction->setVisible(false); // offered once setPatientRecords gives the service
    fileMenu->addSeparator();
    add(fileMenu, QT_TR_NOOP("&Print day sheet…"), u"printAction"_s, QKeySequence::Print, &MainWindow::printDaySheet);
    add(fileMenu, QT_TR_NOOP("Export day sheet as P&DF…"), u"exportPdfAction"_s, QKeySequence(), &MainWindow::exportDaySheet);
    fileMenu->addSeparator();
    m_syncNowAction = add(fileMenu, QT_TR_NOOP("&Sync now"), u"syncNowAction"_s, QKeySequence(Qt::Key_F5), [this] { Q_EMIT syncRequested(); });
    fileMenu->addSeparator();
    add(fileMenu, QT_TR_NOOP("&Lock"), u"lockAction"_s, QKeySequence(Qt::CTRL | Qt::Key_L), [this] { lock(); });
    fileMenu->addSeparator();
    add(fileMenu, QT_TR_NOOP("&Quit"), u"quitAction"_s, QKeySequence::Quit, [this] { close(); });

    buildLanguageMenu(languageMenu);
    settingsMenu->addSeparator();
    m_idleLockAction = add(settingsMenu, QT_TR_NOOP("Idle &lock after…"), u"idleLockAction"_s, QKeySequence(),
                           &MainWindow::setIdleLockMinutes);
    m_addAccountAction =
            add(settingsMenu, QT_TR_NOOP("Add &account…"), u"addAccountAction"_s, QKeySequence(), &MainWindow::addAccount);
    m_staffAccountsAction = add(settingsMenu, QT_TR_NOOP("&Staff accounts…"), u"staffAccountsAction"_s,
                                QKeySequence(), &MainWindow::showStaffAccounts);
    m_changePasswordAction = add(settingsMenu, QT_TR_NOOP("Change my &password…"), u"changePasswordAction"_s,
                                 QKeySequence(), &MainWindow::changeOwnPassword);
    m_connectPmsAction = add(settingsMenu, QT_TR_NOOP("Connect to the practice &system…"), u"connectPmsAction"_s,
                             QKeySequence(), &MainWindow::connectPracticeSystem);

    m_checkCacheAction = add(helpMenu, QT_TR_NOOP("Check the &cache…"), u"checkCacheAction"_s, QKeySequence(),
                             [this] { checkCache(false); });

    add(editMenu, QT_TR_NOOP("&Find a patient…"), u"findPatientAction"_s, QKeySequence::Find, [this] {
        m_patientSearch->setFocus(Qt::ShortcutFocusReason);
        m_patientSearch->selectAll();
    });
    editMenu->addSeparator();
    m_undo = add(editMenu, QT_TR_NOOP("&Undo"), u"undoAction"_s, QKeySequence::Undo, [this] { m_changer->undo(); });
    m_redo = add(editMenu, QT_TR_NOOP("&Redo"), u"redoAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                 [this] { m_changer->redo(); });
    updateUndoActions();

    QAction *today = add(goMenu, QT_TR_NOOP("&Today"), u"todayAction"_s, QKeySequence(Qt::CTRL | Qt::Key_T), [this] {
        QString error;
        const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::systemTimeZone());
        showDate(m_clock.nowUtc().toTimeZone(zone).date());
    });
    QAction *prevWeek = add(goMenu, QT_TR_NOOP("Previous week"), u"previousWeekAction"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
                            [this] { showDate(m_date.addDays(-7)); });
    QAction *prevDay = add(goMenu, QT_TR_NOOP("&Previous day"), u"previousDayAction"_s, QKeySequence(Qt::ALT | Qt::Key_Left),
                           [this] { showDate(m_date.addDays(m_week ? -7 : -1)); });
    QAction *nextDay = add(goMenu, QT_TR_NOOP("&Next day"), u"nextDayAction"_s, QKeySequence(Qt::ALT | Qt::Key_Right),
                           [this] { showDate(m_date.addDays(m_week ? 7 : 1)); });
    QAction *nextWeek = add(goMenu, QT_TR_NOOP("Next week"), u"nextWeekAction"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
                            [this] { showDate(m_date.addDays(7)); });
    goMenu->addSeparator();
    QAction *plus1 = add(goMenu, QT_TR_NOOP("+1 month"), u"plusOneMonthAction"_s, QKeySequence(Qt::ALT | Qt::Key_1),
                         [this] { showDate(m_date.addMonths(1)); });
    QAction *plus3 = add(goMenu, QT_TR_NOOP("+3 months"), u"plusThreeMonthsAction"_s, QKeySequence(Qt::ALT | Qt::Key_3),
                         [this] { showDate(m_date.addMonths(3)); });
    QAction *plus6 = add(goMenu, QT_TR_NOOP("+6 months"), u"plusSixMonthsAction"_s, QKeySequence(Qt::ALT | Qt::Key_6),
                         [this] { showDate(m_date.addMonths(6)); });

    // The month calendar, dropped down from the toolbar and reachable with Ctrl+G.
    auto *calendarButton = new QToolButton(this);
    calendarButton->setObjectName(u"calendarButton"_s);
    translated(calendarButton, [calendarButton] { calendarButton->setText(tr("Calendar")); });
    calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *calendarMenu = new QMenu(calendarButton);
    auto *calendar = new QCalendarWidget(calendarMenu);
    calendar->setObjectName(u"monthCalendar"_s);
    auto *calendarAction = new QWidgetAction(calendarMenu);
    calendarAction->setDefaultWidget(calendar);
    calendarMenu->addAction(calendarAction);
    calendarButton->setMenu(calendarMenu);
    connect(calendarMenu, &QMenu::aboutToShow, calendar, [this, calendar] { calendar->setSelectedDate(m_date); });
    connect(calendar, &QCalendarWidget::clicked, this, [this, calendarMenu](const QDate &d) {
        calendarMenu->close();
        showDate(d);
    });
    add(goMenu, QT_TR_NOOP("&Go to date…"), u"goToDateAction"_s, QKeySequence(Qt::CTRL | Qt::Key_G),
        [calendarButton] { calendarButton->showMenu(); });

    // Booking first: it is what the desk does most, and it must not slide into the toolbar's
    // overflow on a narrow screen or in a longer language.
    bar->addAction(book);
    bar->addSeparator();
    bar->addAction(today);
    bar->addAction(prevWeek);
    bar->addAction(prevDay);
    bar->addWidget(calendarButton);
    bar->addAction(nextDay);
    bar->addAction(nextWeek);
    bar->addSeparator();
    bar->addAction(plus1);
    bar->addAction(plus3);
    bar->addAction(plus6);
    bar->addSeparator();

    m_weekAction = add(viewMenu, QT_TR_NOOP("&Week view"), u"weekViewAction"_s, QKeySequence(Qt::CTRL | Qt::Key_W),
                       [this](bool on) { setWeekView(on); });
    m_weekAction->setCheckable(true);
    m_providerLanesAction = add(viewMenu, QT_TR_NOOP("Lanes by &provider"), u"providerLanesAction"_s,
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [this](bool on) { setProviderLanes(on); });
    m_providerLanesAction->setCheckable(true);
    m_colorByTypeAction = add(viewMenu, QT_TR_NOOP("Color by appointment &type"), u"colorByTypeAction"_s,
                              QKeySequence(Qt::CTRL | Qt::Key_K), [this](bool on) { setColorByType(on); });
    m_colorByTypeAction->setCheckable(true);
    // Production blocks as coloured borders on the lanes, as Dentrix shows them.
    m_productionShownAction = add(viewMenu, QT_TR_NOOP("Production &blocks"), u"productionBlocksShownAction"_s,
                                  QKeySequence(), [this](bool on) {
                                      m_view->setProductionBlocksShown(on);
                                      saveSettings();
                                  });
    m_productionShownAction->setCheckable(true);
    m_productionShownAction->setChecked(m_view->productionBlocksShown());
    m_productionBlocksAction = add(settingsMenu, QT_TR_NOOP("&Production blocks…"), u"productionBlocksAction"_s,
                                   QKeySequence(), [this] { showProductionBlocks(); });
    m_productionBlocksAction->setVisible(m_blockouts != nullptr);
    viewMenu->addSeparator();
    add(viewMenu, QT_TR_NOOP("Zoom &in"), u"zoomInAction"_s, QKeySequence::ZoomIn,
        [this] { m_view->setZoom(m_view->zoom() * 1.25); });
    add(viewMenu, QT_TR_NOOP("Zoom &out"), u"zoomOutAction"_s, QKeySequence::ZoomOut,
        [this] { m_view->setZoom(m_view->zoom() / 1.25); });
    // What every mark on the schedule means, so nothing drawn is a riddle.
    add(viewMenu, QT_TR_NOOP("&Legend…"), u"legendAction"_s, QKeySequence(Qt::Key_F1), [this] {
        // One status to a line, so a mark never wraps away from its word.
        QStringList statuses;
        for (const auto &[mark, status] : {std::pair{u"○"_s, AppointmentStatus::Scheduled},
                                           std::pair{u"✓"_s, AppointmentStatus::Confirmed},
                                           std::pair{u"⇥"_s, AppointmentStatus::Arrived},
                                           std::pair{u"●"_s, AppointmentStatus::InChair},
                                           std::pair{u"✔✔"_s, AppointmentStatus::Completed},
                                           std::pair{u"✗"_s, AppointmentStatus::NoShow}})
            statuses << mark + u"\u00a0\u00a0"_s + appointmentStatusText(status);
        const QStringList lines = {
            statuses.join(u'\n'),
            tr("A visit's color is its provider's (its type's under View › Color by appointment type). The strip "
               "down its left edge is dark while the provider is needed and light while an assistant works alone. "
               "A faded visit is a no-show."),
            tr("Red border: the visit breaks a booking rule as it stands; point at it to read which. Dotted orange "
               "border: late, not checked in yet. Dashed border: in the holding tray."),
            tr("Small square in a visit's corner: green, in the practice system; amber, waiting to reach it; "
               "red, a sync issue to resolve. No square: the practice system does not have it (or none is "
               "connected)."),
            tr("Grey: nobody works then. Hatched: a break or a block, with its name."),
            tr("Coloured frame with a name tab: a production block, time kept for certain visits (View › Production "
               "blocks shows or hides them). The office manager adds a blockout by dragging with Shift held on an "
               "empty part of a lane, or with a right click."),
            tr("Colored bars down a chair's right edge: when each provider scheduled in that chair works there."),
        };
        Prompt::inform(this, tr("What the schedule's marks mean"), lines.join(u"\n\n"_s));
    });
    if (QAction *legend = findChild<QAction *>(u"legendAction"_s))
        findChild<QMenu *>(u"helpMenu"_s)->insertAction(m_checkCacheAction, legend);
    viewMenu->addSeparator();
    QAction *dentistDay = add(viewMenu, QT_TR_NOOP("&Dentist's day…"), u"dentistDayAction"_s, QKeySequence(Qt::CTRL | Qt::Key_D),
                              [this] {
                                  QString provider = m_providerFilter->currentData().toString();
                                  if (provider.isEmpty() && !m_model->page().providers.isEmpty())
                                      provider = m_model->page().providers.constFirst().id;
                                  if (!provider.isEmpty())
                                      openProviderDay(provider);
                              });
    bar->addAction(m_weekAction);
    bar->addAction(m_providerLanesAction);
    bar->addAction(m_colorByTypeAction);
    bar->addAction(dentistDay);

    connect(m_providerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setProviderFilter(m_providerFilter->currentData().toString());
    });
    connect(m_clinicFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setClinicFilter(m_clinicFilter->currentData().toString());
    });
}

void MainWindow::applyRole()
{
    // What the signed-in person's role may never do is not offered; each service checks again.
    m_view->setReadOnly(!BookingService::mayWrite(m_session, BookingService::Write::Move));
    m_bookAction->setVisible(BookingService::mayWrite(m_session, BookingService::Write::Book));
    m_syncNowAction->setVisible(roleMay(m_session.role, Access::RunSync));
    m_idleLockAction->setVisible(m_accounts && roleMay(m_session.role, Access::ManagePractice));
    m_addAccountAction->setVisible(m_accounts && roleMay(m_session.role, Access::ManageUsers));
    m_staffAccountsAction->setVisible(m_accounts && roleMay(m_session.role, Access::ManageUsers));
    // Everyone signed in with an account has a password of their own.
    m_changePasswordAction->setVisible(m_accounts && m_session.role != Role::System);
    m_connectPmsAction->setVisible(roleMay(m_session.role, Access::ManagePractice));
    m_newPatientAction->setVisible(m_patientRecords && roleMay(m_session.role, Access::EditPatient));
    // Panels the role may not read are not shown at all, rather than standing empty.
    auto panel = [this](const QString &name, Access access) {
        auto *dock = findChild<QDockWidget *>(name);
        if (!dock)
            return;
        const bool allowed = roleMay(m_session.role, access);
        QAction *toggle = dock->toggleViewAction();
        if (!allowed)
            dock->hide();
        else if (!toggle->isVisible()) // allowed again (someone else signed in)
            dock->show();
        toggle->setVisible(allowed);
    };
    panel(u"waitlistDock"_s, Access::ReadWaitlist);
    panel(u"unscheduledDock"_s, Access::ReadWaitlist);
    panel(u"trayDock"_s, Access::ReadWaitlist);
    panel(u"fillDock"_s, Access::ReadWaitlist);
    panel(u"recallDock"_s, Access::ReadWaitlist);
    panel(u"syncIssuesDock"_s, Access::ReadSyncIssues);
    if (m_followUpAction)
        m_followUpAction->setVisible(roleMay(m_session.role, Access::FillBook));
    m_checkCacheAction->setVisible(roleMay(m_session.role, Access::ManageCache));
    if (auto *settings = findChild<QAction *>(u"fillSettingsAction"_s))
        settings->setVisible(roleMay(m_session.role, Access::FillBook)); // the front desk reads them
    if (m_messagingAction) {
        m_messagingAction->setVisible(roleMay(m_session.role, Access::ManagePractice));
        m_messagingAction->setEnabled(roleMay(m_session.role, Access::ManagePractice));
    }
    panel(u"messagesDock"_s, Access::FillBook);
}

void MainWindow::translated(QObject *owner, std::function<void()> apply)
{
    apply();
    m_translations.append({owner, std::move(apply)});
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString saved = savedLanguage();
    auto choice = [&](const QString &code) {
        auto *action = menu->addAction(QString());
        action->setObjectName(code.isEmpty() ? u"languageSystemAction"_s : u"language_"_s + code + u"Action"_s);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
        // Each language is named in itself, so a person who cannot read the current one finds theirs.
        translated(action, [action, code] {
            action->setText(code.isEmpty()
                                    ? tr("Same as the computer (%1)").arg(language::nativeName(language::systemLanguage()))
                                    : language::nativeName(code));
        });
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    choice(QString());
    menu->addSeparator();
    for (const QString &code : language::available())
        choice(code);
}

void MainWindow::chooseLanguage(const QString &code)
{
    saveLanguage(code);
    QString error;
    if (!language::use(code.isEmpty() ? language::systemLanguage() : code, &error))
        showMessage(error, true);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    for (qsizetype i = 0; i < m_translations.size();) {
        if (!m_translations.at(i).first) {
            m_translations.removeAt(i);
            continue;
        }
        m_translations.at(i).second();
        ++i;
    }
    if (m_providerFilter->count() > 0)
        m_providerFilter->setItemText(0, tr("Everyone"));
    if (m_clinicFilter->count() > 0)
        m_clinicFilter->setItemText(0, tr("Every clinic"));
    // Widgets keep the locale they were made with: hand them the new one (month and weekday
    // names, the calendar's first day of the week).
    setLocale(QLocale());
    if (auto *calendar = findChild<QCalendarWidget *>(u"monthCalendar"_s)) {
        // It sits in a drop-down menu, a window of its own, which setLocale does not reach.
        calendar->setLocale(QLocale());
        calendar->setFirstDayOfWeek(QLocale().firstDayOfWeek());
    }
    updateUndoActions();
    // Day and time texts follow the new locale, lists and tiles the new words.
    m_view->viewport()->update();
    reload();
    Q_EMIT languageChanged();
}

void MainWindow::updateUndoActions()
{
    m_undo->setEnabled(m_changer->canUndo());
    m_redo->setEnabled(m_changer->canRedo());
    m_undo->setText(m_changer->canUndo() ? tr("&Undo %1").arg(m_changer->undoText()) : tr("&Undo"));
    m_redo->setText(m_changer->canRedo() ? tr("&Redo %1").arg(m_changer->redoText()) : tr("&Redo"));
}

void MainWindow::setSyncStatus(const QString &text, bool problem, bool cancellable)
{
    if (!m_syncLabel) {
        m_syncLabel = new QLabel(this);
        m_syncLabel->setObjectName(u"syncStatusLabel"_s);
        statusBar()->addPermanentWidget(m_syncLabel);
        m_syncCancel = new QToolButton(this);
        m_syncCancel->setObjectName(u"syncCancelButton"_s);
        m_syncCancel->setAutoRaise(true);
        connect(m_syncCancel, &QToolButton::clicked, this, &MainWindow::syncCancelRequested);
        statusBar()->addPermanentWidget(m_syncCancel);
    }
    m_syncLabel->setText(text);
    m_syncLabel->setStyleSheet(problem ? u"color: #b00020"_s : QString());
    m_syncCancel->setText(tr("Cancel"));
    m_syncCancel->setToolTip(tr("Stop the first sync; Sync now (F5) goes on from where it stopped"));
    m_syncCancel->setVisible(cancellable);
}

void MainWindow::checkCache(bool quietly)
{
    // Reads every page in use: a few seconds at a large practice.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const std::optional<CacheHealth> health = m_desk.checkCache(m_session, &error);
    QApplication::restoreOverrideCursor();
    QSettings().setValue(u"cache/lastCheckUtc"_s, m_clock.nowUtc());
    updateDamageBanner();
    if (!health) {
        if (!quietly)
            showMessage(error, true);
        return;
    }
    if (health->intact && quietly)
        return;
    if (health->intact)
        Prompt::inform(this, tr("Check the cache"), FrontDesk::describeHealth(*health));
    else
        Prompt::inform(this, tr("The cache is damaged"), FrontDesk::describeHealth(*health));
}

void MainWindow::updateDamageBanner()
{
    const bool damaged = m_desk.cacheDamaged();
    if (damaged)
        m_damageLabel->setText(tr("This cache is damaged and open for reading only: nothing can be saved. The office "
                                  "manager restores the last good backup (chairside-cli restore)."));
    m_damageLabel->setVisible(damaged);
}

void MainWindow::showMessage(const QString &message, bool problem)
{
    if (problem)
        updateDamageBanner();
    m_messageLabel->setText(message);
    m_messageLabel->setStyleSheet(problem ? u"QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; "
                                            "border: 1px solid #e0a8a8; }"_s
                                          : QString());
    m_messageLabel->setVisible(!message.isEmpty());
}

void MainWindow::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    // A refusal is about the day it happened on: going elsewhere puts it away.
    showMessage({}, false);
    reload();
    saveSettings();
}

void MainWindow::reload()
{
    const QDate from = m_week ? weekStartOf(m_date) : m_date;
    QString error;
    std::optional<SchedulePage> page = m_booking.page(from, m_week ? 7 : 1, m_session, &error);
    if (!page) {
        showMessage(tr("Cannot show this day: %1").arg(error), true);
        return;
    }
    updateDamageBanner();
    const QString current = m_view->currentIndex().data(ScheduleModel::AppointmentIdRole).toString();
    if (m_providerFilter->count() == 0) {
        const QSignalBlocker block(m_providerFilter);
        m_providerFilter->addItem(tr("Everyone"), QString());
        for (const Provider &p : page->providers)
            m_providerFilter->addItem(p.name, p.id);
    }
    if (m_clinicFilter->count() == 0 && page->clinics.size() > 1) {
        const QSignalBlocker block(m_clinicFilter);
        m_clinicFilter->addItem(tr("Every clinic"), QString());
        for (const Clinic &c : page->clinics)
            m_clinicFilter->addItem(c.name, c.id);
        m_clinicLabel->show();
        m_clinicFilter->show();
    }
    for (const Chair &c : page->chairs)
        m_chairNames.insert(c.id, c.name);
    int live = 0;
    for (const PageAppointment &a : page->appointments)
        live += isLive(a.shown.appointment.status) ? 1 : 0;
    m_model->setPage(std::move(*page));
    if (!current.isEmpty()) {
        const QModelIndex index = m_model->indexOfAppointment(current);
        if (index.isValid())
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    m_dayLabel->setText(m_week ? tr("Week of %1").arg(QLocale().toString(from, QLocale::LongFormat))
                               : QLocale().toString(m_date, QLocale::LongFormat));
    statusBar()->showMessage(m_week ? tr("%n appointment(s) this week", nullptr, live)
                                    : tr("%n appointment(s) on this day", nullptr, live));

    for (SidePanel *panel : std::initializer_list<SidePanel *>{m_waitlist, m_unscheduled, m_tray})
        panel->setSession(m_session); // another person may have signed in at this window
    m_model->setHeld(m_tray->reload(m_changer->zone()));
    m_waitlist->reload(m_changer->zone());
    m_unscheduled->reload(m_changer->zone());
    // The recall list is read (and each patient shown audited) only while its tab is in front.
    if (m_recallPanel) {
        m_recallPanel->setSession(m_session);
        if (m_recallDock->isVisible())
            m_recallPanel->reload();
    }
    reloadSyncIssues();
    reloadMessages();
    m_seenDataVersion = m_desk.dataVersion();
}

void MainWindow::reloadSyncIssues()
{
    m_syncIssues->setSession(m_session);
    m_syncIssues->setPlaces(m_changer->zone(), m_chairNames);
    const int issues = m_syncIssues->reload();
    m_syncIssuesDock->setWindowTitle(issues == 0 ? tr("Sync issues") : tr("Sync issues (%1)").arg(issues));
    // A new issue comes to the front: it needs a person.
    if (issues > m_shownSyncIssues)
        m_syncIssuesDock->raise();
    m_shownSyncIssues = issues;
}

void MainWindow::pollCache()
{
    const qint64 version = m_desk.dataVersion();
    if (version != m_seenDataVersion)
        reload();
}

void MainWindow::tickNow()
{
    const QDateTime local = m_clock.nowUtc().toTimeZone(m_changer->zone());
    m_view->setNow(local.date(), local.time().msecsSinceStartOfDay() / 60000);
}

void MainWindow::setWeekView(bool week)
{
    m_week = week;
    if (m_weekAction)
        m_weekAction->setChecked(week);
    m_view->setCompact(week);
    reload();
    saveSettings();
}

void MainWindow::setProviderLanes(bool providers)
{
    if (m_providerLanesAction)
        m_providerLanesAction->setChecked(providers);
    m_model->setLaneMode(providers ? ScheduleModel::LaneMode::Providers : ScheduleModel::LaneMode::Chairs);
    saveSettings();
}

void MainWindow::setColorByType(bool byType)
{
    if (m_colorByTypeAction)
        m_colorByTypeAction->setChecked(byType);
    m_model->setColorMode(byType ? ScheduleModel::ColorMode::Type : ScheduleModel::ColorMode::Provider);
    saveSettings();
}

void MainWindow::createAt(const SchedulePlacement &at)
{
    AppointmentDialog dialog(*m_changer, m_booking, m_desk, m_model->page(), this);
    equip(dialog);
    const bool chairs = m_model->laneMode() == ScheduleModel::LaneMode::Chairs;
    QString provider = chairs ? m_providerFilter->currentData().toString() : at.laneKey;
    QString chair = chairs ? at.laneKey : QString();
    if (chairs && provider.isEmpty()) {
        // The provider who works in that chair at that time, when the schedule says.
        for (const DayFrame &f : m_model->page().frames) {
            if (f.date == at.date)
                provider = providerWorkingAt(f, at.laneKey, at.startMinute);
        }
    }
    dialog.prefillNew(chair, provider, at.date, at.startMinute, at.minutes);
    dialog.exec();
}

void MainWindow::openAppointment(const QModelIndex &tile)
{
    const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
    QString error;
    const std::optional<Appointment> a = m_desk.openAppointment(id, m_session, &error);
    if (!a) {
        showMessage(error.isEmpty() ? tr("That appointment is gone; the schedule was reloaded.") : error, true);
        reload();
        return;
    }
    AppointmentDialog dialog(*m_changer, m_booking, m_desk, m_model->page(), this);
    equip(dialog);
    dialog.showExisting(*a, tile.data(Qt::DisplayRole).toString());
    dialog.exec();
}

void MainWindow::cancelTile(const QModelIndex &tile)
{
    const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
    const int version = tile.data(ScheduleModel::VersionRole).toInt();
    const QString name = tile.data(Qt::DisplayRole).toString();
    const QStringList reasons = {tr("The patient cancelled"), tr("The practice cancelled"), tr("Emergency"), tr("Other", "a reason for cancelling")};
    const std::optional<int> reason =
            Prompt::choose(this, tr("Cancel appointment"), tr("Why is %1's appointment cancelled?").arg(name), reasons);
    if (!reason)
        return;
    if (!Prompt::confirm(this, tr("Cancel appointment"),
                         tr("Cancel %1's appointment? It can be undone with Ctrl+Z.").arg(name)))
        return;
    static constexpr CancelReason kReasons[] = {CancelReason::Patient, CancelReason::Practice, CancelReason::Emergency,
                                                CancelReason::Other};
    m_changer->cancel(id, version, kReasons[*reason]);
}

void MainWindow::tileMenu(const QModelIndex &tile, const QPoint &globalPos)
{
    const QString id = tile.data(ScheduleModel::AppointmentIdRole).toString();
    const int version = tile.data(ScheduleModel::VersionRole).toInt();
    QMenu menu(this);
    menu.setObjectName(u"tileMenu"_s);
    const struct
    {
        QString text;
        AppointmentStatus status;
    } steps[] = {{tr("&Confirm"), AppointmentStatus::Confirmed}, {tr("Check &in"), AppointmentStatus::Arrived},
                 {tr("&Seat"), AppointmentStatus::InChair},       {tr("Co&mplete"), AppointmentStatus::Completed},
                 {tr("&No-show"), AppointmentStatus::NoShow}};
    menu.addAction(tr("&Open…"), this, [this, tile] { openAppointment(tile); });
    menu.addSeparator();
    // Only what this person may do and what the visit's status allows: nothing offered is
    // then refused.
    Appointment shown;
    shown.id = id;
    shown.providerId = tile.data(ScheduleModel::ProviderIdRole).toString();
    const AppointmentStatus from = parseAppointmentStatus(tile.data(ScheduleModel::StatusRole).toString())
                                           .value_or(AppointmentStatus::Scheduled);
    for (const auto &step : steps) {
        const AppointmentStatus status = step.status;
        if (!scheduling::StatusWorkflow::isEdge(from, status)
            || !BookingService::mayWrite(m_session, BookingService::Write::Status, &shown, status))
            continue;
        menu.addAction(step.text, this, [this, id, version, status] { m_changer->setStatus(id, version, status); });
    }
    if (scheduling::StatusWorkflow::isEdge(from, AppointmentStatus::Cancelled)
        && BookingService::mayWrite(m_session, BookingService::Write::Cancel, &shown))
        menu.addAction(tr("Cance&l…"), this, [this, tile] { cancelTile(tile); });
    menu.addSeparator();
    if (roleMay(m_session.role, Access::HoldAppointment))
        menu.addAction(tr("Copy to &tray"), this, [this, id] { m_changer->hold(id); });
    const QString patientId = tile.data(ScheduleModel::PatientIdRole).toString();
    const QString name = tile.data(Qt::DisplayRole).toString();
    if (!patientId.isEmpty()) {
        menu.addAction(tr("Patient c&ard…"), this, [this, patientId] { showPatientCard(patientId); });
        menu.addAction(tr("The patient's &other appointments…"), this,
                       [this, patientId, name] { showPatientAppointments(patientId, name); });
    }
    if (m_officeDay) {
        m_officeDay->setSession(m_session);
        m_officeDay->addTileActions(menu, tile);
    }
    menu.exec(globalPos);
}

void MainWindow::showPatientAppointments(const QString &patientId, const QString &patientName)
{
    QString error;
    const QList<ScheduledAppointment> list = m_desk.patientAppointments(patientId, m_session, &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"patientAppointmentsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1's appointments").arg(patientName));
    auto *layout = new QVBoxLayout(dialog);
    auto *model = new AppointmentListModel(dialog);
    model->setAppointments(list, m_changer->zone());
    auto *listView = new QListView(dialog);
    listView->setObjectName(u"patientAppointmentsView"_s);
    listView->setModel(model);
    layout->addWidget(listView);
    auto *hint = new QLabel(list.isEmpty() ? tr("No other appointments are on record for this patient.")
                                           : tr("Double-click a visit, or select it and press Enter, to go to its day."),
                            dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    connect(listView, &QListView::activated, dialog, [this, dialog, model](const QModelIndex &index) {
        const QDateTime start = index.data(AppointmentListModel::StartUtcRole).toDateTime();
        showDate(start.toTimeZone(m_changer->zone()).date());
        dialog->accept();
    });
    dialog->resize(520, 320);
    dialog->show();
}

void MainWindow::goToPatient(const QString &patientId, const QString &patientName, const QString &nextAppointmentId,
                              const QDateTime &nextStartUtc)
{
    // Nothing booked ahead: the patient's visits, to book from or look back on.
    if (nextAppointmentId.isEmpty() || !nextStartUtc.isValid()) {
        showPatientAppointments(patientId, patientName);
        return;
    }
    showDate(nextStartUtc.toTimeZone(m_changer->zone()).date());
    QModelIndex tile = m_model->indexOfAppointment(nextAppointmentId);
    if (!tile.isValid() && (m_providerFilter->currentIndex() > 0 || m_clinicFilter->currentIndex() > 0)) {
        // Hidden by the provider or clinic shown: everyone's, so the visit can be seen.
        m_providerFilter->setCurrentIndex(0);
        if (m_clinicFilter->count() > 0)
            m_clinicFilter->setCurrentIndex(0);
        statusBar()->showMessage(tr("Showing every provider and clinic, so %1's visit shows.").arg(patientName), 5000);
        tile = m_model->indexOfAppointment(nextAppointmentId);
    }
    if (!tile.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(tile, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(tile, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::tileDroppedOutside(const QModelIndex &tile, const QPoint &globalPos)
{
    if (m_tray->containsGlobal(globalPos))
        m_changer->hold(tile.data(ScheduleModel::AppointmentIdRole).toString());
}

ProviderDayWindow *MainWindow::openProviderDay(const QString &providerId)
{
    // On the day staff are looking at.
    auto *window = new ProviderDayWindow(m_booking, m_desk, m_clock, providerId, m_session, m_date, this);
    window->setDashboardService(m_dashboard);
    m_providerDays.append(window);
    window->show();
    return window;
}

bool MainWindow::recordDaySheet(QString *error)
{
    QList<ReadOf> shown;
    for (const PageAppointment &p : m_model->page().appointments) {
        if (p.date == m_date && !p.shown.appointment.patientId.isEmpty())
            shown.append({u"appointment"_s, p.shown.appointment.id, p.shown.appointment.patientId});
    }
    return m_desk.recordShown(shown, u"day sheet "_s + m_date.toString(Qt::ISODate), m_session, error);
}

// The day's scheduled production for the sheet, where the window has the dashboard; a sheet
// without it when the figures cannot be read (the appointments still print).
static std::optional<Production> daySheetProduction(DashboardService *dashboard, const QDate &date,
                                                    const UserSession &session)
{
    QString error;
    return dashboard ? dashboard->production(date, session, &error) : std::nullopt;
}

bool MainWindow::writeDaySheetPdf(const QString &path, bool grayscale, QString *error)
{
    if (!recordDaySheet(error))
        return false;
    const std::optional<Production> production = daySheetProduction(m_dashboard, m_date, m_session);
    return DaySheet::writePdf(*m_model, path, grayscale, error, production ? &*production : nullptr);
}

void MainWindow::printDaySheet()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!recordDaySheet(&error)) {
        showMessage(error, true);
        return;
    }
    const std::optional<Production> production = daySheetProduction(m_dashboard, m_date, m_session);
    DaySheet::print(*m_model, printer, printer.colorMode() == QPrinter::GrayScale, production ? &*production : nullptr);
}

void MainWindow::exportDaySheet()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export day sheet"),
                                                      u"day-sheet-"_s + m_date.toString(Qt::ISODate) + u".pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool grayscale = Prompt::confirm(this, tr("Export day sheet"), tr("Print in grayscale?"));
    QString error;
    if (!writeDaySheetPdf(path, grayscale, &error))
        showMessage(error, true);
    else
        statusBar()->showMessage(tr("Day sheet saved to %1").arg(path), 5000);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"schedule/week"_s, m_week);
    settings.setValue(u"schedule/providerLanes"_s, m_model->laneMode() == ScheduleModel::LaneMode::Providers);
    settings.setValue(u"schedule/colorByType"_s, m_model->colorMode() == ScheduleModel::ColorMode::Type);
    settings.setValue(u"schedule/zoom"_s, m_view->zoom());
    settings.setValue(u"schedule/productionBlocks"_s, m_view->productionBlocksShown());
}

void MainWindow::restoreSettings()
{
    // Read everything before applying any of it: applying saves.
    QSettings settings;
    const double zoom = settings.value(u"schedule/zoom"_s, 1.6).toDouble();
    const bool providers = settings.value(u"schedule/providerLanes"_s, false).toBool();
    const bool byType = settings.value(u"schedule/colorByType"_s, false).toBool();
    const bool production = settings.value(u"schedule/productionBlocks"_s, true).toBool();
    m_week = settings.value(u"schedule/week"_s, false).toBool();
    m_view->setProductionBlocksShown(production);
    if (m_productionShownAction)
        m_productionShownAction->setChecked(production);
    m_view->setZoom(zoom);
    m_weekAction->setChecked(m_week);
    m_view->setCompact(m_week);
    m_providerLanesAction->setChecked(providers);
    m_model->setLaneMode(providers ? ScheduleModel::LaneMode::Providers : ScheduleModel::LaneMode::Chairs);
    m_colorByTypeAction->setChecked(byType);
    m_model->setColorMode(byType ? ScheduleModel::ColorMode::Type : ScheduleModel::ColorMode::Provider);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::setPatientRecords(PatientRecords *records)
{
    m_patientRecords = records;
    applyRole();
}

std::optional<std::pair<QString, QString>> MainWindow::newPatient()
{
    if (!m_patientRecords || !roleMay(m_session.role, Access::EditPatient))
        return std::nullopt;
    QString why;
    if (!PatientFormDialog::available(*m_patientRecords, true, &why)) {
        // Said before anyone types: the practice system makes its own patients.
        QMessageBox::information(this, tr("New patient"), why);
        return std::nullopt;
    }
    PatientFormDialog form(*m_patientRecords, m_session, nullptr, this);
    form.setGuarantorLookup(guarantorLookup());
    if (form.exec() != QDialog::Accepted)
        return std::nullopt;
    if (!form.message().isEmpty())
        showMessage(form.message(), false);
    reload();
    return std::make_pair(form.patientId(), form.patientName());
}

std::function<QList<std::pair<QString, QString>>(const QString &)> MainWindow::guarantorLookup()
{
    // The window's own patient search, as the person signed in may see it.
    return [this](const QString &typed) {
        QList<std::pair<QString, QString>> out;
        QString error;
        for (const FoundPatient &f : m_desk.findPatients(typed, 8, m_session, &error).found) {
            out.append({f.patient.id, f.patient.birthdate.isValid()
                                              ? tr("%1, born %2").arg(f.patient.name,
                                                                      localformat::birthdate(f.patient.birthdate))
                                              : f.patient.name});
        }
        return out;
    };
}

void MainWindow::editPatient(const QString &patientId)
{
    if (!m_patientRecords || !roleMay(m_session.role, Access::EditPatient))
        return;
    QString why;
    if (!PatientFormDialog::available(*m_patientRecords, false, &why)) {
        QMessageBox::information(this, tr("Patient details"), why);
        return;
    }
    QString error;
    const std::optional<Patient> patient = m_desk.patient(patientId, m_session, &error);
    if (!patient) {
        showMessage(error.isEmpty() ? tr("That patient is no longer on file.") : error, true);
        return;
    }
    PatientFormDialog form(*m_patientRecords, m_session, &*patient, this);
    QString guarantorName;
    if (!patient->guarantorId.isEmpty()) {
        if (const std::optional<Patient> g = m_desk.patient(patient->guarantorId, m_session, &error))
            guarantorName = g->name;
    }
    form.setGuarantorLookup(guarantorLookup(), guarantorName);
    if (form.exec() != QDialog::Accepted)
        return;
    showMessage(form.message(), false);
    reload();
}

void MainWindow::setAccounts(UserAccounts *accounts)
{
    m_accounts = accounts;
    if (!m_idle) {
        m_idle = new IdleWatcher(this);
        connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    }
    m_idle->setTimeout(accounts ? accounts->idleLockMinutes() * 60 * 1000 : 0);
    // The daily check comes before the idle lock would hide the window (a locked window skips it).
    if (accounts)
        m_checkIdle->setTimeout(std::min(5 * 60 * 1000, std::max(30 * 1000, accounts->idleLockMinutes() * 60 * 1000 / 2)));
    m_idle->setActive(accounts != nullptr && !m_locked);
    applyRole();
}

SignInDialog *MainWindow::lockScreen() const
{
    return m_lockScreen.data();
}

void MainWindow::lock()
{
    if (m_locked || !m_accounts)
        return;
    m_locked = true;
    m_idle->setActive(false);
    m_patientSearch->forget(); // what was typed and found is patient data
    QToolTip::hideText();
    // Every other window (dialogs, the dentist's day, menus) shows nothing: its contents are
    // hidden and its title blanked, so a dialog half filled in is there again afterwards.
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (top == this || !top->isVisible())
            continue;
        if (top->inherits("QMenu")) {
            top->close();
            continue;
        }
        for (QObject *child : top->children()) {
            auto *widget = qobject_cast<QWidget *>(child);
            if (widget && !widget->isWindow() && widget->isVisible()) {
                widget->hide();
                m_hiddenByLock.append(widget);
            }
        }
        m_titlesBlankedByLock.append({top, top->windowTitle()});
        top->setWindowTitle(tr("Chairside (locked)"));
    }
    for (QObject *child : children()) {
        auto *widget = qobject_cast<QWidget *>(child);
        if (widget && !widget->isWindow() && widget->isVisible() && widget != menuBar()) {
            widget->hide();
            m_hiddenByLock.append(widget);
        }
    }
    m_titleBeforeLock = windowTitle();
    setWindowTitle(tr("Chairside (locked)"));
    m_lockScreen = new SignInDialog(*m_accounts, SignInDialog::Mode::Unlock, m_session.workstation, {}, this);
    m_lockScreen->setAttribute(Qt::WA_DeleteOnClose);
    m_lockScreen->setWindowModality(Qt::ApplicationModal);
    connect(m_lockScreen, &QDialog::accepted, this, [this] {
        const std::optional<SignedIn> who = m_lockScreen->signedIn();
        if (who)
            unlock(who->session);
    });
    m_lockScreen->show();
    m_lockScreen->raise();
    m_lockScreen->activateWindow();
}

void MainWindow::unlock(const UserSession &session)
{
    const bool samePerson = session.userId == m_session.userId;
    if (!samePerson) {
        // What the last person left open was theirs: dialogs are dismissed, the dentist's
        // day windows closed, before anything is shown again.
        for (const auto &[widget, title] : m_titlesBlankedByLock) {
            if (auto *dialog = qobject_cast<QDialog *>(widget.data()))
                dialog->reject();
            else if (widget && widget->inherits("chairside::ProviderDayWindow"))
                widget->close();
        }
        m_session = session;
        m_changer->setSession(session);
        if (m_fillPanel)
            m_fillPanel->setSession(session);
        if (m_officeDay)
            m_officeDay->setSession(session);
        for (SidePanel *panel : std::initializer_list<SidePanel *>{m_waitlist, m_unscheduled, m_tray})
            panel->setSession(session);
        if (m_recallPanel)
            m_recallPanel->setSession(session);
        applyRole();
    }
    for (const QPointer<QWidget> &widget : std::as_const(m_hiddenByLock)) {
        if (widget)
            widget->show();
    }
    for (const auto &[widget, title] : std::as_const(m_titlesBlankedByLock)) {
        if (widget)
            widget->setWindowTitle(title);
    }
    m_hiddenByLock.clear();
    m_titlesBlankedByLock.clear();
    setWindowTitle(m_titleBeforeLock);
    m_locked = false;
    if (!samePerson)
        reload();
    m_idle->setActive(true);
}

void MainWindow::setIdleLockMinutes()
{
    if (!m_accounts)
        return;
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Idle lock"),
                                             tr("Lock Chairside after this many minutes without input (1 to 60):"),
                                             m_accounts->idleLockMinutes(), 1, 60, 1, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_accounts->setIdleLockMinutes(m_session, minutes, &error)) {
        showMessage(error, true);
        return;
    }
    m_idle->setTimeout(minutes * 60 * 1000);
    statusBar()->showMessage(tr("Chairside now locks after %n minute(s) without input.", nullptr, minutes), 5000);
}

void MainWindow::connectPracticeSystem()
{
    PmsConnectDialog dialog(this);
    connect(&dialog, &PmsConnectDialog::connectRequested, this,
            [this, &dialog](const PmsConnectForm &form) { Q_EMIT pmsConnectRequested(form, &dialog); });
    dialog.exec();
}

void MainWindow::addAccount()
{
    if (!m_accounts)
        return;
    QString refusal;
    if (!m_accounts->mayManageUsers(m_session, &refusal)) {
        showMessage(refusal, true);
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"addAccountDialog"_s);
    dialog.setWindowTitle(tr("Add an account"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *role = new QComboBox(&dialog);
    for (Role r : {Role::FrontDesk, Role::Provider, Role::ReadOnly, Role::OfficeManager}) {
        const QString label = r == Role::FrontDesk ? tr("Front desk")
                : r == Role::Provider             ? tr("Provider")
                : r == Role::ReadOnly             ? tr("Read only")
                                                  : tr("Office manager");
        role->addItem(label, int(r));
    }
    auto *provider = new QComboBox(&dialog);
    for (const Provider &p : m_model->page().providers)
        provider->addItem(p.name, p.id);
    auto *password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto *again = new QLineEdit(&dialog);
    again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("P&rovider:"), provider);
    form->addRow(tr("&Password:"), password);
    form->addRow(tr("Password &again:"), again);
    auto syncProvider = [role, provider] { provider->setEnabled(Role(role->currentData().toInt()) == Role::Provider); };
    connect(role, &QComboBox::currentIndexChanged, &dialog, syncProvider);
    syncProvider();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QByteArray secret = password->text().toUtf8();
    const bool same = password->text() == again->text();
    password->clear();
    again->clear();
    if (!same) {
        secureWipe(secret);
        showMessage(tr("The two passwords differ; the account was not added."), true);
        return;
    }
    const Role chosen = Role(role->currentData().toInt());
    QString error;
    if (!m_accounts->addUser(SignedIn{m_session, m_session.role, m_session.providerId}, name->text(), chosen,
                             chosen == Role::Provider ? provider->currentData().toString() : QString(), secret,
                             &error)) {
        showMessage(error, true);
        return;
    }
    statusBar()->showMessage(tr("Added the account %1.").arg(name->text().trimmed()), 5000);
}

void MainWindow::showStaffAccounts()
{
    if (!m_accounts)
        return;
    QString refusal;
    if (!m_accounts->mayManageUsers(m_session, &refusal)) {
        showMessage(refusal, true);
        return;
    }
    StaffAccountsDialog dialog(*m_accounts, m_session, this);
    connect(&dialog, &StaffAccountsDialog::addRequested, this, [this, &dialog] {
        addAccount();
        dialog.reload();
    });
    dialog.exec();
}

void MainWindow::changeOwnPassword()
{
    if (!m_accounts)
        return;
    QString mismatch;
    std::optional<std::pair<QByteArray, QByteArray>> typed = StaffAccountsDialog::askPassword(
            this, tr("Change my password"), tr("Your current password, then the new one twice."), true, &mismatch);
    if (!typed) {
        if (!mismatch.isEmpty())
            showMessage(mismatch, true);
        return;
    }
    QString error;
    if (!m_accounts->changeOwnPassword(m_session, typed->first, typed->second, &error)) {
        showMessage(error, true);
        return;
    }
    statusBar()->showMessage(tr("Your password is changed."), 5000);
}

} // namespace chairside
