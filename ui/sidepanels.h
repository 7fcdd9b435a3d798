#pragma once

#include "domain/appointment.h"
#include "domain/fill.h"
#include "domain/session.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QAbstractItemView;
class QModelIndex;
class QPoint;
class QTreeView;

namespace chairside {

class AppointmentListModel;
class FillService;
class FrontDesk;
class ScheduleView;
class TableFilterBar;
class TableFilterModel;
class UnscheduledModel;
class WaitlistModel;
struct ScheduleDragItem;
struct ScheduledAppointment;
struct ShownWaitlistEntry;

// A visit a side panel asks the window to book through its dialog (Enter on an entry).
struct VisitToBook
{
    QString patientId;
    QString patientName;
    QString typeId;
    int minutes = 0; // 0: the type's length
    QString notes;
    QString waitlistEntryId; // booked from the waitlist: the entry the booking closes
    QString providerId;      // preferred: the patient's usual hygienist, where known
    QString chairId;         // and the chair they are usually seen in
};

// The window's side panels beside the schedule: each a view over its own item model (the
// waitlist and unscheduled list a sortable table under a filter bar, the tray a list), loaded
// from FrontDesk for the signed-in person (a role that may not read the waitlist sees them
// empty, and is not asked for them), with its own menu. They decide nothing themselves: a
// write goes through FillService or FrontDesk, and what needs the window (the booking
// dialog, the waitlist entry editor) is asked for with a signal. Entries drag onto the
// schedule (attachTo).
class SidePanel : public QWidget
{
    Q_OBJECT
public:
    [[nodiscard]] QAbstractItemView *view() const { return m_view; }
    void setSession(const UserSession &session) { m_session = session; }
    // Entries drag from the view onto `schedule` (a ghost follows; a drop places them).
    void attachTo(ScheduleView *schedule);
    // Whether `globalPos` is over the visible entries (a tile dropped there).
    [[nodiscard]] bool containsGlobal(const QPoint &globalPos) const;

Q_SIGNALS:
    void bookRequested(const chairside::VisitToBook &visit);
    // The panel changed the cache (through a service): the window reloads and sync is told.
    void changed();
    void message(const QString &text, bool problem);

protected:
    // `view` shows the entries; it is named `viewName` for tests and fills the panel.
    SidePanel(FrontDesk &desk, QAbstractItemView *view, const QString &viewName, QWidget *parent);
    [[nodiscard]] bool mayRead() const;
    [[nodiscard]] bool mayFill() const;
    // `index` is the view's (through the filter, if any).
    [[nodiscard]] virtual ScheduleDragItem dragItem(const QModelIndex &index) const = 0;
    // A view for a table of entries: whole rows, sortable by a click on a heading.
    [[nodiscard]] static QTreeView *newTable();
    // Shows `filter` in the table with a filter bar above it, first sorted by `sortColumn` in
    // `order` (the order the rows come in, so the list's own order shows first).
    TableFilterBar *addFilterBar(TableFilterModel *filter, int sortColumn, Qt::SortOrder order);
    void changeEvent(QEvent *event) override;

    FrontDesk &m_desk;
    UserSession m_session;
    QAbstractItemView *m_view;
    TableFilterBar *m_bar = nullptr;
};

// The waitlist, most urgent first, as a table: patient, type, urgency, provider asked for,
// window, waiting since, last contact; filtered by provider, type and urgency, with a count.
// The entries that can take time just freed are starred. Menu: edit (the window's entry
// editor), remove, offer the freed time to this patient now.
class WaitlistPanel final : public SidePanel
{
    Q_OBJECT
public:
    WaitlistPanel(FrontDesk &desk, QWidget *parent = nullptr);
    // Every entry, in the list's order, whatever the filter shows (rows here are its rows).
    [[nodiscard]] WaitlistModel *model() const { return m_model; }
    // What the table shows: the entries the filter lets through, sorted as chosen.
    [[nodiscard]] TableFilterModel *shown() const { return m_filter; }
    // Writes (remove, offer) go through `fill`; without it the panel only lists.
    void setFillService(FillService *fill) { m_fill = fill; }
    // Dates show in `zone`, the practice's.
    void reload(const QTimeZone &zone);
    // Time that came free (or none): the entries `eligibleIds` can take it.
    void setFreedSlot(const std::optional<FreedSlot> &slot, const QStringList &eligibleIds, const QString &what);
    [[nodiscard]] QStringList eligible() const;
    // The menu's actions, for the entry at model() `row` (the menu itself acts on the entry it
    // was opened on, whatever a reload did to the rows meanwhile).
    void removeEntry(int row);
    void offerFreedTime(int row);

Q_SIGNALS:
    void editRequested(const chairside::WaitlistEntry &entry, const QString &patientName);
    // A freed slot was offered to a patient directly.
    void offered();

private:
    ScheduleDragItem dragItem(const QModelIndex &index) const override;
    [[nodiscard]] const ShownWaitlistEntry &entryAt(const QModelIndex &viewIndex) const;
    void showMenu(const QPoint &pos);
    void remove(const ShownWaitlistEntry &e);
    void offer(const ShownWaitlistEntry &e, const FreedSlot &slot);

    WaitlistModel *m_model;
    TableFilterModel *m_filter;
    FillService *m_fill = nullptr;
    std::optional<FreedSlot> m_freed;
};

// Cancelled and missed visits not booked again (the last 30 days), as a table: patient, type,
// when it was booked for, why it did not happen, provider; filtered by provider, type and
// cancelled or missed, with a count. Menu: reschedule (the rescheduling call), dismiss with a
// reason.
class UnscheduledPanel final : public SidePanel
{
    Q_OBJECT
public:
    UnscheduledPanel(FrontDesk &desk, QWidget *parent = nullptr);
    // Every visit, latest first, whatever the filter shows (rows here are its rows).
    [[nodiscard]] UnscheduledModel *model() const { return m_model; }
    [[nodiscard]] TableFilterModel *shown() const { return m_filter; }
    void setFillService(FillService *fill) { m_fill = fill; }
    void reload(const QTimeZone &zone);
    // For the visit at model() `row`.
    void reschedule(int row);
    void dismiss(int row);
    void reschedule(const ScheduledAppointment &s);
    void dismiss(const ScheduledAppointment &s);

    static constexpr int kDays = 30;

private:
    ScheduleDragItem dragItem(const QModelIndex &index) const override;
    [[nodiscard]] const ScheduledAppointment &visitAt(const QModelIndex &viewIndex) const;
    void showMenu(const QPoint &pos);

    UnscheduledModel *m_model;
    TableFilterModel *m_filter;
    FillService *m_fill = nullptr;
};

// The holding tray: appointments lifted off the schedule to be put back on another day.
// Enter opens one; the menu takes it off the tray.
class TrayPanel final : public SidePanel
{
    Q_OBJECT
public:
    TrayPanel(FrontDesk &desk, QWidget *parent = nullptr);
    [[nodiscard]] AppointmentListModel *model() const { return m_model; }
    // Reloads and reports the ids on the tray (the schedule marks them).
    QSet<QString> reload(const QTimeZone &zone);
    void release(int row);
    void release(const QString &appointmentId);

Q_SIGNALS:
    void openRequested(const QString &appointmentId, const QString &patientName);

private:
    ScheduleDragItem dragItem(const QModelIndex &index) const override;

    AppointmentListModel *m_model;
};

} // namespace chairside

Q_DECLARE_METATYPE(chairside::VisitToBook)
