#include "sidepanels.h"

#include "fillpanel.h"
#include "paneldrag.h"
#include "prompt.h"
#include "scheduleview.h"

#include "itemmodels/appointmentlistmodel.h"
#include "services/access.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace chairside {

SidePanel::SidePanel(FrontDesk &desk, const QString &viewName, QWidget *parent) : QListView(parent), m_desk(desk)
{
    setObjectName(viewName);
    setWordWrap(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

void SidePanel::attachTo(ScheduleView *schedule)
{
    new PanelDrag(this, schedule, [this](const QModelIndex &index) { return dragItem(index); });
}

bool SidePanel::containsGlobal(const QPoint &globalPos) const
{
    return isVisible() && viewport()->rect().contains(viewport()->mapFromGlobal(globalPos));
}

bool SidePanel::mayRead() const
{
    // Panels this person's role may not read stay empty (and are not asked for, so no
    // refusal is recorded on every reload).
    return roleMay(m_session.role, Access::ReadWaitlist);
}

bool SidePanel::mayFill() const
{
    return roleMay(m_session.role, Access::FillBook);
}

namespace {

// Tray items move the appointment; unscheduled ones book the same visit anew.
ScheduleDragItem appointmentItem(ScheduleDragItem::Kind kind, const ScheduledAppointment &s)
{
    ScheduleDragItem item;
    item.kind = kind;
    item.id = s.appointment.id;
    item.version = s.appointment.version;
    item.patientId = s.appointment.patientId;
    item.typeId = s.appointment.typeId;
    item.minutes = s.appointment.minutes;
    item.notes = s.appointment.notes;
    item.label = s.patientName + u" · "_s + s.typeName;
    return item;
}

} // namespace

// ---- Waitlist -------------------------------------------------------------------------------

WaitlistPanel::WaitlistPanel(FrontDesk &desk, QWidget *parent)
    : SidePanel(desk, u"waitlistView"_s, parent), m_model(new WaitlistModel(this))
{
    setModel(m_model);
    connect(this, &QListView::customContextMenuRequested, this, &WaitlistPanel::showMenu);
    // Enter books the entry through the booking dialog, for staff at the keyboard.
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        const ShownWaitlistEntry &e = m_model->at(index.row());
        Q_EMIT bookRequested({e.entry.patientId, e.patientName, e.entry.typeId, 0, {}, e.entry.id});
    });
}

void WaitlistPanel::reload()
{
    QString error;
    m_model->setEntries(mayRead() ? m_desk.waitlist(m_session, &error) : QList<ShownWaitlistEntry>());
}

void WaitlistPanel::setFreedSlot(const std::optional<FreedSlot> &slot, const QStringList &eligibleIds,
                                 const QString &what)
{
    m_freed = slot;
    m_model->setEligible(eligibleIds, what);
}

QStringList WaitlistPanel::eligible() const
{
    return m_model->eligible();
}

ScheduleDragItem WaitlistPanel::dragItem(const QModelIndex &index) const
{
    const ShownWaitlistEntry &e = m_model->at(index.row());
    ScheduleDragItem item;
    item.kind = ScheduleDragItem::Kind::Waitlist;
    item.id = e.entry.id;
    item.patientId = e.entry.patientId;
    item.typeId = e.entry.typeId;
    item.minutes = e.typeMinutes;
    item.label = e.patientName + u" · "_s + e.typeName;
    return item;
}

void WaitlistPanel::removeEntry(int row)
{
    remove(m_model->at(row));
}

void WaitlistPanel::remove(const ShownWaitlistEntry &e)
{
    if (!m_fill)
        return;
    if (!Prompt::confirm(this, tr("Remove from the waitlist"),
                         tr("Take %1 off the waitlist for %2?").arg(e.patientName, e.typeName)))
        return;
    QString error;
    if (!m_fill->removeFromWaitlist(e.entry.id, m_session, &error))
        Q_EMIT message(error, true);
    Q_EMIT changed();
}

void WaitlistPanel::offerFreedTime(int row)
{
    if (m_freed)
        offer(m_model->at(row), *m_freed);
}

void WaitlistPanel::offer(const ShownWaitlistEntry &e, const FreedSlot &slot)
{
    if (!m_fill)
        return;
    QString error;
    const std::optional<WaitlistOffer> made = m_fill->offerDirect(slot, e.entry.id, m_session, &error);
    Q_EMIT message(made ? tr("Offered to %1 ahead of the list (recorded).").arg(e.patientName) : error, !made);
    if (made)
        Q_EMIT offered();
}

void WaitlistPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid() || !m_fill)
        return;
    // What the menu was opened on, kept: a sync may reload the list while it is open.
    const ShownWaitlistEntry e = m_model->at(index.row());
    const std::optional<FreedSlot> freed = m_freed;
    QMenu menu(this);
    menu.setObjectName(u"waitlistMenu"_s);
    menu.addAction(tr("&Edit…"), this, [this, e] { Q_EMIT editRequested(e.entry, e.patientName); })
            ->setEnabled(mayFill());
    menu.addAction(tr("&Remove from the waitlist"), this, [this, e] { remove(e); })->setEnabled(mayFill());
    QAction *direct = menu.addAction(tr("&Offer the freed time to this patient now"), this, [this, e, freed] {
        if (freed)
            offer(e, *freed);
    });
    direct->setEnabled(mayFill() && freed && m_model->eligible().contains(e.entry.id));
    menu.exec(viewport()->mapToGlobal(pos));
}

// ---- Unscheduled ----------------------------------------------------------------------------

UnscheduledPanel::UnscheduledPanel(FrontDesk &desk, QWidget *parent)
    : SidePanel(desk, u"unscheduledView"_s, parent), m_model(new AppointmentListModel(this))
{
    setModel(m_model);
    connect(this, &QListView::customContextMenuRequested, this, &UnscheduledPanel::showMenu);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        const ScheduledAppointment &s = m_model->at(index.row());
        Q_EMIT bookRequested({s.appointment.patientId, s.patientName, s.appointment.typeId, s.appointment.minutes,
                              s.appointment.notes, {}});
    });
}

void UnscheduledPanel::reload(const QTimeZone &zone)
{
    QString error;
    m_model->setAppointments(mayRead() ? m_desk.unscheduled(kDays, m_session, &error) : QList<ScheduledAppointment>(),
                             zone);
}

ScheduleDragItem UnscheduledPanel::dragItem(const QModelIndex &index) const
{
    return appointmentItem(ScheduleDragItem::Kind::Unscheduled, m_model->at(index.row()));
}

void UnscheduledPanel::reschedule(int row)
{
    reschedule(m_model->at(row));
}

void UnscheduledPanel::reschedule(const ScheduledAppointment &s)
{
    if (!m_fill)
        return;
    RescheduleDialog dialog(*m_fill, s.appointment.id, s.patientName, m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed();
}

void UnscheduledPanel::dismiss(int row)
{
    dismiss(m_model->at(row));
}

void UnscheduledPanel::dismiss(const ScheduledAppointment &s)
{
    if (!m_fill)
        return;
    const QStringList reasons = {tr("Treatment done elsewhere"), tr("Patient left the practice"),
                                 tr("No longer needed"), tr("Booked in the practice system")};
    const std::optional<int> chosen =
            Prompt::choose(this, tr("Dismiss from the unscheduled list"),
                           tr("Why does %1's visit no longer need a time?").arg(s.patientName), reasons);
    if (!chosen)
        return;
    QString error;
    if (!m_fill->dismissUnscheduled(s.appointment.id, reasons.at(*chosen), m_session, &error))
        Q_EMIT message(error, true);
    Q_EMIT changed();
}

void UnscheduledPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    if (!index.isValid() || !m_fill)
        return;
    const ScheduledAppointment s = m_model->at(index.row()); // kept: a sync may reload the list meanwhile
    QMenu menu(this);
    menu.setObjectName(u"unscheduledMenu"_s);
    menu.addAction(tr("&Reschedule…"), this, [this, s] { reschedule(s); })->setEnabled(mayFill());
    menu.addAction(tr("&Dismiss…"), this, [this, s] { dismiss(s); })->setEnabled(mayFill());
    menu.exec(viewport()->mapToGlobal(pos));
}

// ---- Holding tray ---------------------------------------------------------------------------

TrayPanel::TrayPanel(FrontDesk &desk, QWidget *parent)
    : SidePanel(desk, u"trayView"_s, parent), m_model(new AppointmentListModel(this))
{
    setModel(m_model);
    connect(this, &QListView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = indexAt(pos);
        if (!index.isValid())
            return;
        const QString id = index.data(AppointmentListModel::AppointmentIdRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Take off the tray"), this, [this, id] { release(id); });
        menu.exec(viewport()->mapToGlobal(pos));
    });
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(AppointmentListModel::AppointmentIdRole).toString(),
                             m_model->at(index.row()).patientName);
    });
}

QSet<QString> TrayPanel::reload(const QTimeZone &zone)
{
    QString error;
    const QList<ScheduledAppointment> tray = mayRead() ? m_desk.tray(m_session, &error) : QList<ScheduledAppointment>();
    QSet<QString> held;
    for (const ScheduledAppointment &s : tray)
        held.insert(s.appointment.id);
    m_model->setAppointments(tray, zone);
    return held;
}

void TrayPanel::release(int row)
{
    release(m_model->at(row).appointment.id);
}

void TrayPanel::release(const QString &appointmentId)
{
    QString error;
    if (!m_desk.release(appointmentId, m_session, &error))
        Q_EMIT message(error, true);
    Q_EMIT changed();
}

ScheduleDragItem TrayPanel::dragItem(const QModelIndex &index) const
{
    return appointmentItem(ScheduleDragItem::Kind::Tray, m_model->at(index.row()));
}

} // namespace chairside
