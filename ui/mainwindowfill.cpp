// The main window's part in filling the book and running the day: the "Fill the book" panel,
// the waitlist's and unscheduled list's menus, the no-show follow-up, the booking dialog's
// no-show check, reminders, confirmations and the dashboard.
#include "mainwindow.h"

#include "appointmentdialog.h"
#include "confirmationdialog.h"
#include "dashboarddialog.h"
#include "fillpanel.h"
#include "prompt.h"
#include "schedulechanger.h"
#include "sidepanels.h"
#include "scheduleview.h"

#include "domain/localformat.h"
#include "itemmodels/appointmentlistmodel.h"
#include "itemmodels/schedulemodel.h"
#include "services/fillservice.h"
#include "services/reminderservice.h"
#include "services/useraccounts.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chairside {

void MainWindow::setFillService(FillService *fill)
{
    m_fill = fill;
    if (!fill || m_fillPanel)
        return;
    m_fillDock = new QDockWidget(this);
    m_fillDock->setObjectName(u"fillDock"_s);
    m_fillPanel = new FillPanel(*fill, m_booking, m_fillDock);
    m_fillDock->setWidget(m_fillPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_fillDock);
    // A tab beside the tray, so the waitlist above keeps its height; it comes forward when
    // time frees.
    if (auto *tray = findChild<QDockWidget *>(u"trayDock"_s)) {
        tabifyDockWidget(tray, m_fillDock);
        tray->raise();
    }
    m_fillPanel->setSession(m_session);
    // The tab says when patients are late, even behind the tray.
    auto title = [this] {
        const int late = int(m_fillPanel->lateIds().size());
        m_fillDock->setWindowTitle(late > 0 ? tr("Fill the book · %n late", nullptr, late) : tr("Fill the book"));
    };
    translated(m_fillDock, title);

    connect(m_fillPanel, &FillPanel::changed, this, &MainWindow::reload);
    connect(m_fillPanel, &FillPanel::changed, this, &MainWindow::localChangeMade);
    connect(m_fillPanel, &FillPanel::contactsRecorded, this, &MainWindow::localChangeMade);
    connect(m_fillPanel, &FillPanel::message, this, &MainWindow::showMessage);
    connect(m_fillPanel, &FillPanel::timeFreed, this, &MainWindow::freedTime);
    connect(m_fillPanel, &FillPanel::eligibleChanged, this, [this](const QStringList &ids, const QString &what) {
        m_waitlist->setFreedSlot(m_fillPanel->freedSlot(), ids, what);
    });
    connect(m_changer, &ScheduleChanger::timeFreed, this, &MainWindow::freedTime);
    // Offers expire and patients become late with the clock, not with a change.
    auto *tick = new QTimer(this);
    tick->setObjectName(u"fillTimer"_s);
    tick->setInterval(15 * 1000);
    connect(tick, &QTimer::timeout, this, [this, title] {
        if (m_locked)
            return;
        m_fillPanel->refresh();
        m_model->setLate(m_fillPanel->lateIds());
        title();
    });
    tick->start();
    m_model->setLate(m_fillPanel->lateIds());

    // The waitlist's and unscheduled list's menus write through the fill service.
    m_waitlist->setFillService(fill);
    m_unscheduled->setFillService(fill);
    connect(m_waitlist, &WaitlistPanel::offered, this, [this] {
        Q_EMIT localChangeMade();
        m_fillPanel->refresh();
    });

    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        if (menu->objectName() == u"viewMenu") {
            m_followUpAction = new QAction(this);
            m_followUpAction->setObjectName(u"followUpAction"_s);
            translated(m_followUpAction, [this] { m_followUpAction->setText(tr("No-show &follow-up…")); });
            connect(m_followUpAction, &QAction::triggered, this, &MainWindow::followUpNoShows);
            menu->addSeparator();
            menu->addAction(m_followUpAction);
        } else if (menu->objectName() == u"settingsMenu") {
            auto *settings = new QAction(this);
            settings->setObjectName(u"fillSettingsAction"_s);
            translated(settings, [settings] { settings->setText(tr("Filling the &book…")); });
            connect(settings, &QAction::triggered, this, [this] {
                FillSettingsDialog dialog(*m_fill, m_session, this);
                if (dialog.exec() == QDialog::Accepted) {
                    showMessage(tr("Saved; new offers and bookings follow these settings."), false);
                    m_fillPanel->refresh();
                }
            });
            menu->addAction(settings);
        }
    }
    applyRole();
}

void MainWindow::freedTime(const FreedSlot &slot)
{
    if (!m_fillPanel || !roleMay(m_session.role, Access::FillBook))
        return;
    QString error;
    const QTimeZone zone = m_booking.practiceZone(&error).value_or(QTimeZone::utc());
    QString provider;
    for (const Provider &p : m_model->page().providers) {
        if (p.id == slot.providerId)
            provider = p.name;
    }
    const QDateTime local = slot.startUtc.toTimeZone(zone);
    const QString what = tr("%1 %2 with %3, %n min", nullptr, slot.minutes)
                                 .arg(localformat::shortDay(local.date()), localformat::time(local.time()), provider);
    m_fillPanel->setFreedSlot(slot, what);
    if (!m_waitlist->eligible().isEmpty()) {
        m_fillDock->raise();
        showMessage(tr("Time came free (%1): %n patient(s) on the waitlist can take it, marked ★. Drag one onto it, "
                       "or offer it from Fill the book.",
                       nullptr, int(m_waitlist->eligible().size()))
                            .arg(what),
                    false);
    }
}

void MainWindow::equip(AppointmentDialog &dialog)
{
    dialog.setClinic(m_clinicFilter->currentData().toString());
    AppointmentDialog::PatientChecks checks;
    // The patient note also says when the patient's number texted STOP.
    auto withTextsNote = [this](AppointmentDialog::PatientChecks &c) {
        if (!m_messaging)
            return;
        c.noShowNote = [this, before = std::move(c.noShowNote)](const QString &patientId) {
            std::pair<QString, bool> note = before ? before(patientId) : std::pair<QString, bool>{};
            if (const QString stopped = textsStoppedNote(patientId); !stopped.isEmpty())
                note.first = note.first.isEmpty() ? stopped : note.first + u'\n' + stopped;
            return note;
        };
    };
    if (m_patientRecords && roleMay(m_session.role, Access::EditPatient))
        checks.newPatient = [this] { return newPatient(); };
    if (!m_fill) {
        withTextsNote(checks);
        dialog.setPatientChecks(std::move(checks));
        return;
    }
    checks.noShowNote = [this](const QString &patientId) -> std::pair<QString, bool> {
        QString error;
        const std::optional<FillService::NoShowStanding> standing = m_fill->noShowStanding(patientId, m_session, &error);
        if (!standing || !standing->overLimit)
            return {};
        QString text = tr("Missed %n appointment(s) in the last 12 months.", nullptr, standing->count);
        if (standing->needsApproval)
            text += u' ' + tr("Booking needs an office manager's approval.");
        return {text, standing->needsApproval};
    };
    checks.approve = [this] { return approveOverNoShowLimit(); };
    if (roleMay(m_session.role, Access::FillBook)) {
        checks.addToWaitlist = [this](const QString &patientId, const QString &name, const QString &typeId,
                                      const QString &providerId) { addToWaitlist(patientId, name, typeId, providerId); };
    }
    withTextsNote(checks);
    dialog.setPatientChecks(std::move(checks));
}

std::optional<Approval> MainWindow::approveOverNoShowLimit()
{
    if (!m_accounts) {
        showMessage(tr("Approval needs staff accounts; add an office manager's account first."), true);
        return std::nullopt;
    }
    QDialog dialog(this);
    dialog.setObjectName(u"approvalDialog"_s);
    dialog.setWindowTitle(tr("Office manager's approval"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(u"approverNameLineEdit"_s);
    auto *password = new QLineEdit(&dialog);
    password->setObjectName(u"approverPasswordLineEdit"_s);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Office manager:"), name);
    form->addRow(tr("Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    // The booking service checks the password and the role when it books.
    Approval approval{name->text(), password->text().toUtf8()};
    password->clear();
    return approval;
}

void MainWindow::addToWaitlist(const QString &patientId, const QString &patientName, const QString &typeId,
                               const QString &providerId)
{
    WaitlistEntry e;
    e.patientId = patientId;
    e.typeId = typeId;
    e.providerId = providerId;
    e.earliest = m_date;
    e.latest = m_date.addDays(30);
    editWaitlistEntry(e, patientName);
}

void MainWindow::editWaitlistEntry(const WaitlistEntry &entry, const QString &patientName)
{
    WaitlistEntryDialog dialog(entry, patientName, m_model->page().providers, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const WaitlistEntry edited = dialog.entry();
    const bool ok = edited.id.isEmpty() ? m_fill->addToWaitlist(edited, m_session, &error).has_value()
                                        : m_fill->updateWaitlistEntry(edited, m_session, &error);
    if (!ok) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("%1 is on the waitlist.").arg(patientName), false);
    reload();
}

void MainWindow::followUpNoShows()
{
    if (!m_fill)
        return;
    FollowUpDialog dialog(*m_fill, m_session, this);
    dialog.exec();
    if (dialog.booked())
        reload();
    Q_EMIT localChangeMade(); // the calls logged wait for the practice system's log
}

void MainWindow::setReminderService(ReminderService *reminders)
{
    if (!reminders || m_reminders)
        return;
    m_reminders = reminders;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        if (menu->objectName() == u"viewMenu") {
            auto *confirmations = new QAction(this);
            confirmations->setObjectName(u"confirmationsAction"_s);
            translated(confirmations, [confirmations] { confirmations->setText(tr("&Confirmations…")); });
            connect(confirmations, &QAction::triggered, this, [this] { showConfirmations(m_date); });
            menu->addAction(confirmations);
        }
    }
    auto *tick = new QTimer(this);
    tick->setObjectName(u"reminderTimer"_s);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, &MainWindow::sendDueReminders);
    tick->start();
    QTimer::singleShot(0, this, &MainWindow::sendDueReminders);
}

void MainWindow::sendDueReminders()
{
    if (!m_reminders || m_locked || !roleMay(m_session.role, Access::FillBook))
        return;
    QString error;
    const std::optional<DispatchReport> report = m_reminders->dispatchDue(m_session, &error);
    if (!report) {
        showMessage(tr("Reminders could not be sent: %1").arg(error), true);
        return;
    }
    if (!report->forStaff.isEmpty())
        showMessage(report->forStaff.join(u'\n'), report->failed > 0);
    if (report->sent + report->fellBack > 0)
        Q_EMIT localChangeMade(); // the contacts may wait for the practice system's log
}

void MainWindow::showConfirmations(const QDate &from)
{
    if (!m_reminders)
        return;
    ConfirmationDialog dialog(*m_reminders, m_session, from, this);
    dialog.exec();
    if (dialog.changedSchedule()) {
        reload();
        Q_EMIT localChangeMade();
    }
}

void MainWindow::setDashboardService(DashboardService *dashboard)
{
    if (!dashboard || m_dashboard)
        return;
    m_dashboard = dashboard;
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        if (menu->objectName() == u"viewMenu") {
            auto *show = new QAction(this);
            show->setObjectName(u"dashboardAction"_s);
            translated(show, [show] { show->setText(tr("Dash&board…")); });
            connect(show, &QAction::triggered, this, [this] {
                DashboardDialog dialog(*m_dashboard, m_session, m_date, this);
                dialog.exec();
            });
            menu->addAction(show);
        }
    }
}

} // namespace chairside
