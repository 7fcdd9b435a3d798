#pragma once

#include "domain/session.h"
#include "domain/practice.h"

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QDockWidget;
class QListView;
class QTreeWidget;
class QPushButton;
class QToolButton;

namespace chairside {

class AppointmentListModel;
class BookingService;
class Clock;
class FrontDesk;
class FillPanel;
class FillService;
class PatientRecords;
class PatientCardDialog;
class PatientSearchField;
class PmsConnectDialog;
struct PmsConnectForm;
class MessagingService;
class MessagingDialog;
struct MessagingConnectForm;
class MessagesInbox;
class ReminderService;
class DashboardService;
class SeriesService;
class FamilyBooking;
class AbsenceService;
class BlockoutService;
class AppointmentDialog;
class IdleWatcher;
class ProviderDayWindow;
class SignInDialog;
class UserAccounts;
class ScheduleChanger;
class ScheduleModel;
class ScheduleView;
class SyncIssuesPanel;
class OfficeDayActions;
class TrayPanel;
class UnscheduledPanel;
class RecallPanel;
class RecallService;
class WaitlistPanel;
struct VisitToBook;
struct FreedSlot;
struct ScheduleDragItem;
struct SchedulePlacement;

// The front desk's window: the day (or week) schedule in chair or provider lanes, navigation,
// the waitlist and holding-tray panels, undo and redo, printing. It follows the cache: a
// change made anywhere else (another window, the CLI, sync) shows within a second.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(BookingService &booking, FrontDesk &desk, const Clock &clock, UserSession session,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showDate(const QDate &date);
    void setWeekView(bool week);
    void setProviderLanes(bool providers);
    void setColorByType(bool byType);
    // Re-reads the shown days, the waitlist and the tray from the cache.
    void reload();
    [[nodiscard]] bool writeDaySheetPdf(const QString &path, bool grayscale, QString *error);
    ProviderDayWindow *openProviderDay(const QString &providerId);

    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] ScheduleModel *model() const { return m_model; }
    [[nodiscard]] ScheduleView *view() const { return m_view; }
    [[nodiscard]] ScheduleChanger *changer() const { return m_changer; }
    [[nodiscard]] bool isWeekView() const { return m_week; }
    // Sign-in at this window: with accounts set, the window locks after the practice's idle
    // minutes and on Ctrl+L, and unlocking (or another person signing in) goes through them.
    void setAccounts(UserAccounts *accounts);
    void lock();
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] SignInDialog *lockScreen() const;
    [[nodiscard]] IdleWatcher *idleWatcher() const { return m_idle; }
    [[nodiscard]] const UserSession &session() const { return m_session; }

    // Filling the book: the "Fill the book" panel (freed time, offers, late patients), the
    // waitlist's and unscheduled list's own menus, the no-show follow-up and the booking
    // dialog's no-show check. Without it those are not shown.
    void setFillService(FillService *fill);
    // New patients and changes to a patient's details (File › New patient…, the booking
    // dialog's "New patient…"). Without it those are not offered.
    void setPatientRecords(PatientRecords *records);
    // The new-patient form; the patient made (id and name), or nothing.
    std::optional<std::pair<QString, QString>> newPatient();
    // The form with a patient's details, to change them.
    void editPatient(const QString &patientId);
    // Finds a family member to be a new patient's guarantor, through the window's search.
    std::function<QList<std::pair<QString, QString>>(const QString &)> guarantorLookup();
    // Reminders go out from this window every minute (what failed is shown to staff);
    // View › Confirmations… lists the next days' visits to confirm.
    void setReminderService(ReminderService *reminders);
    // View › Dashboard… shows the office day's figures.
    void setDashboardService(DashboardService *dashboard);
    // Series, family booking and provider absence: the tile menu's "Repeat as a series…",
    // "Book with the family…" and series moves and cancels; Edit › Provider away….
    void setOfficeDayServices(SeriesService *series, FamilyBooking *family, AbsenceService *absence);
    // Blockouts edited on the lanes (the office manager) and Settings › Production blocks.
    void setBlockoutService(BlockoutService *blockouts);
    [[nodiscard]] FillPanel *fillPanel() const { return m_fillPanel; }
    // Continuing care: the Recall tab beside the waitlist and unscheduled list (patients due
    // for hygiene, Book and Record contact). Without it the tab is not shown.
    void setRecallService(RecallService *recalls);
    [[nodiscard]] RecallPanel *recallPanel() const { return m_recallPanel; }
    // Texts and e-mails to patients: Settings › Messaging… for the office manager, and the
    // Messages panel (replies to read, texts that could not go) for the front desk, refreshed
    // with the cache and every 30 s. Without it neither is shown.
    void setMessagingService(MessagingService *messaging);
    [[nodiscard]] MessagesInbox *messagesInbox() const { return m_messagesInbox; }
    // Settings › Messaging… (refused, with the reason shown, for a role that may not manage
    // the practice).
    void showMessagingSettings();
    // How the messaging worker beside this window is doing, in the status bar (empty: nothing
    // to say).
    void setMessagingWorkerStatus(const QString &text, bool problem);

    // What the practice-management system link says, shown in the status bar; with a
    // Cancel button beside it while a long first sync may be stopped.
    void setSyncStatus(const QString &text, bool problem, bool cancellable = false);

Q_SIGNALS:
    // Staff asked to sync now (File > Sync now, F5).
    void syncRequested();
    // Staff asked to stop the long first sync under way (the status bar's Cancel).
    void syncCancelRequested();
    // The office manager asked to connect the practice system (Settings › Connect to the
    // practice system…); the answer goes back through dialog->showResult().
    void pmsConnectRequested(const chairside::PmsConnectForm &form, chairside::PmsConnectDialog *dialog);
    // The office manager asked to connect a messaging provider, or to send a test message
    // (Settings › Messaging…); answered through dialog->showConnectResult() / showTestResult().
    void messagingConnectRequested(const chairside::MessagingConnectForm &form, chairside::MessagingDialog *dialog);
    void messagingTestRequested(bool email, const QString &to, chairside::MessagingDialog *dialog);
    // Messaging settings were saved here: whether the worker runs may have changed.
    void messagingSettingsChanged();
    // This window changed the cache (a booking, a move, a status): sync soon.
    void localChangeMade();
    // The window now speaks another language: texts set from outside (the sync status) are
    // due again.
    void languageChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void applyRole();
    void buildLanguageMenu(QMenu *menu);
    void chooseLanguage(const QString &code);
    // Runs `apply` now and again whenever the language changes, for as long as `owner` lives.
    void translated(QObject *owner, std::function<void()> apply);
    void retranslate();
    void buildPanels();
    void reloadSyncIssues();
    void showMessage(const QString &message, bool problem);
    // Help › Check the cache… (`quietly`: the daily check in a quiet moment, which speaks up
    // only when it finds damage).
    void checkCache(bool quietly);
    void updateDamageBanner();
    void openAppointment(const QModelIndex &tile);
    void createAt(const SchedulePlacement &at);
    // Blockouts on the lanes (mainwindowblocks.cpp): each asks BlockoutService, which decides.
    void createBlockoutAt(const SchedulePlacement &at);
    void moveBlockout(const QString &blockId, const QDate &date, const SchedulePlacement &to);
    void resizeBlockout(const QString &blockId, const QDate &date, int startMinute, int endMinute);
    void deleteBlockout(const QString &blockId, const QDate &date);
    void openBlockout(const QString &blockId, const QDate &date);
    void laneMenu(const QString &blockId, const SchedulePlacement &at, const QPoint &globalPos);
    void showProductionBlocks();
    void moveProductionBlock(const QString &blockId, int startMinute, int endMinute);
    // Where a blockout made or moved on `laneKey` applies: that chair or that provider.
    void scopeFromLane(const QString &laneKey, Block *block) const;
    [[nodiscard]] bool blockoutsReady();
    void cancelTile(const QModelIndex &tile);
    void tileMenu(const QModelIndex &tile, const QPoint &globalPos);
    void showPatientAppointments(const QString &patientId, const QString &patientName);
    // A patient chosen in the search: their next visit shown and selected, else their visits listed.
    void goToPatient(const QString &patientId, const QString &patientName, const QString &nextAppointmentId,
                     const QDateTime &nextStartUtc);
    // The patient's card (from the search with Ctrl+Enter, or a tile's menu), its buttons
    // answered with the window's own dialogs.
    void showPatientCard(const QString &patientId);
    void addToWaitlist(const QString &patientId, const QString &patientName, const QString &typeId,
                       const QString &providerId);
    void rescheduleCall(const QString &appointmentId, const QString &patientName);
    // Settings › Staff accounts… (office manager) and Change my password… (anyone signed in).
    void showStaffAccounts();
    void changeOwnPassword();
    void tileDroppedOutside(const QModelIndex &tile, const QPoint &globalPos);
    void pollCache();
    void tickNow();
    void updateUndoActions();
    void saveSettings() const;
    void restoreSettings();
    void printDaySheet();
    void unlock(const UserSession &session);
    void setIdleLockMinutes();
    void addAccount();
    void connectPracticeSystem();
    bool recordDaySheet(QString *error);
    void exportDaySheet();
    // Gives a booking dialog the waitlist and no-show checks.
    void equip(AppointmentDialog &dialog);
    std::optional<Approval> approveOverNoShowLimit();
    void editWaitlistEntry(const WaitlistEntry &entry, const QString &patientName);
    void bookVisit(const VisitToBook &visit);
    void openFromTray(const QString &appointmentId, const QString &patientName);
    void followUpNoShows();
    void sendDueReminders();
    void showConfirmations(const QDate &from);
    void freedTime(const FreedSlot &slot);
    void reloadMessages();
    // For the booking dialog's patient note: when the patient's number texted STOP, else empty.
    QString textsStoppedNote(const QString &patientId);

    BookingService &m_booking;
    FrontDesk &m_desk;
    const Clock &m_clock;
    UserSession m_session;
    QDate m_date;
    bool m_week = false;
    qint64 m_seenDataVersion = -1;
    ScheduleModel *m_model;
    ScheduleView *m_view;
    PatientSearchField *m_patientSearch = nullptr;
    QPointer<PatientCardDialog> m_card;
    ScheduleChanger *m_changer;
    WaitlistPanel *m_waitlist = nullptr;
    UnscheduledPanel *m_unscheduled = nullptr;
    TrayPanel *m_tray = nullptr;
    QDockWidget *m_syncIssuesDock = nullptr;
    SyncIssuesPanel *m_syncIssues = nullptr;
    QHash<QString, QString> m_chairNames;
    int m_shownSyncIssues = 0;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_damageLabel = nullptr;
    QAction *m_checkCacheAction = nullptr;
    IdleWatcher *m_checkIdle = nullptr; // five quiet minutes: the day's cache check
    QLabel *m_syncLabel = nullptr;
    QToolButton *m_syncCancel = nullptr;
    QAction *m_connectPmsAction = nullptr;
    QAction *m_staffAccountsAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QComboBox *m_providerFilter = nullptr;
    QComboBox *m_clinicFilter = nullptr;
    QLabel *m_clinicLabel = nullptr;
    QAction *m_bookAction = nullptr;
    QAction *m_productionShownAction = nullptr;
    QAction *m_productionBlocksAction = nullptr;
    BlockoutService *m_blockouts = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_idleLockAction = nullptr;
    QAction *m_addAccountAction = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_weekAction = nullptr;
    QAction *m_providerLanesAction = nullptr;
    QAction *m_colorByTypeAction = nullptr;
    QList<QPointer<ProviderDayWindow>> m_providerDays;
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_translations;
    UserAccounts *m_accounts = nullptr;
    PatientRecords *m_patientRecords = nullptr;
    QAction *m_newPatientAction = nullptr;
    FillService *m_fill = nullptr;
    ReminderService *m_reminders = nullptr;
    DashboardService *m_dashboard = nullptr;
    OfficeDayActions *m_officeDay = nullptr;
    FillPanel *m_fillPanel = nullptr;
    RecallPanel *m_recallPanel = nullptr;
    QDockWidget *m_recallDock = nullptr;
    QDockWidget *m_fillDock = nullptr;
    QAction *m_followUpAction = nullptr;
    MessagingService *m_messaging = nullptr;
    MessagesInbox *m_messagesInbox = nullptr;
    QDockWidget *m_messagesDock = nullptr;
    QAction *m_messagingAction = nullptr;
    QToolButton *m_messagesButton = nullptr;
    QLabel *m_messagingWorkerLabel = nullptr;
    QPointer<MessagingDialog> m_messagingDialog;
    int m_shownOpenMessages = 0;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
    QPointer<SignInDialog> m_lockScreen;
    QString m_titleBeforeLock;
    // What locking hid or blanked, to put back for the same person.
    QList<QPointer<QWidget>> m_hiddenByLock;
    QList<QPair<QPointer<QWidget>, QString>> m_titlesBlankedByLock;
};

} // namespace chairside
