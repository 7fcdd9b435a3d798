#include "sidepanels.h"

#include "fillpanel.h"
#include "paneldrag.h"
#include "prompt.h"
#include "scheduleview.h"

#include "tablefilterbar.h"

#include "itemmodels/appointmentlistmodel.h"
#include "itemmodels/tablefiltermodel.h"
#include "itemmodels/unscheduledmodel.h"
#include "itemmodels/waitlistmodel.h"
#include "services/access.h"
#include "services/fillservice.h"
#include "services/frontdesk.h"

#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chairside {

SidePanel::SidePanel(FrontDesk &desk, QAbstractItemView *view, const QString &viewName, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_view(view)
{
    m_view->setObjectName(viewName);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
}

QTreeView *SidePanel::newTable()
{
    auto *table = new QTreeView;
    table->setRootIsDecorated(false);
    table->setItemsExpandable(false);
    table->setUniformRowHeights(true);
    table->setAllColumnsShowFocus(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTextElideMode(Qt::ElideRight);
    table->setAlternatingRowColors(true);
    return table;
}

TableFilterBar *SidePanel::addFilterBar(TableFilterModel *filter, int sortColumn, Qt::SortOrder order)
{
    auto *table = static_cast<QTreeView *>(m_view);
    table->setModel(filter);
    table->header()->setSortIndicator(sortColumn, order);
    table->setSortingEnabled(true);
    // Columns fit what they hold, with a gap so neighbouring dates do not run together; read
    // again with each reload. Staff may still widen one.
    connect(filter, &QAbstractItemModel::modelReset, table, [table] {
        const int gap = table->fontMetrics().averageCharWidth() * 2;
        for (int c = 0; c + 1 < table->model()->columnCount(); ++c) {
            table->resizeColumnToContents(c);
            table->setColumnWidth(c, table->columnWidth(c) + gap);
        }
    });
    m_bar = new TableFilterBar(filter, this);
    m_bar->setObjectName(m_view->objectName().replace(u"View"_s, u"FilterBar"_s));
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_bar);
    return m_bar;
}

void SidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_bar)
        m_bar->refresh();
    QWidget::changeEvent(event);
}

void SidePanel::attachTo(ScheduleView *schedule)
{
    new PanelDrag(m_view, schedule, [this](const QModelIndex &index) { return dragItem(index); });
}

bool SidePanel::containsGlobal(const QPoint &globalPos) const
{
    QWidget *viewport = m_view->viewport();
    return m_view->isVisible() && viewport->rect().contains(viewport->mapFromGlobal(globalPos));
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
    : SidePanel(desk, newTable(), u"waitlistView"_s, parent), m_model(new WaitlistModel(this)),
      m_filter(new TableFilterModel(WaitlistModel::SortRole, this))
{
    m_filter->setSourceModel(m_model);
    TableFilterBar *bar = addFilterBar(m_filter, WaitlistModel::UrgencyColumn, Qt::DescendingOrder);
    bar->addFilter(u"waitlistProviderComboBox"_s, WaitlistModel::ProviderIdRole, WaitlistModel::ProviderColumn,
                   [] { return tr("All providers"); });
    bar->addFilter(u"waitlistTypeComboBox"_s, WaitlistModel::TypeIdRole, WaitlistModel::TypeColumn,
                   [] { return tr("All types"); });
    bar->addFilter(
            u"waitlistUrgencyComboBox"_s, WaitlistModel::UrgencyBandRole,
            [] {
                QList<TableFilterBar::Choice> bands;
                for (WaitlistModel::UrgencyBand b : {WaitlistModel::UrgencyBand::High, WaitlistModel::UrgencyBand::Medium,
                                                     WaitlistModel::UrgencyBand::Low})
                    bands.append({int(b), WaitlistModel::urgencyBandText(b)});
                return bands;
            },
            [] { return tr("All urgencies"); });
    bar->setCountWords([](int shown, int total) {
        return shown == total ? tr("%n waiting", nullptr, total) : tr("%1 of %n waiting", nullptr, total).arg(shown);
    });

    connect(m_view, &QAbstractItemView::customContextMenuRequested, this, &WaitlistPanel::showMenu);
    // Enter books the entry through the booking dialog, for staff at the keyboard.
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const ShownWaitlistEntry &e = entryAt(index);
        Q_EMIT bookRequested({e.entry.patientId, e.patientName, e.entry.typeId, 0, {}, e.entry.id});
    });
}

const ShownWaitlistEntry &WaitlistPanel::entryAt(const QModelIndex &viewIndex) const
{
    return m_model->at(m_filter->mapToSource(viewIndex).row());
}

void WaitlistPanel::reload(const QTimeZone &zone)
{
    QString error;
    m_model->setEntries(mayRead() ? m_desk.waitlist(m_session, &error) : QList<ShownWaitlistEntry>(), zone);
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
    const ShownWaitlistEntry &e = entryAt(index);
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
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || !m_fill)
        return;
    // What the menu was opened on, kept: a sync may reload the list while it is open.
    const ShownWaitlistEntry e = entryAt(index);
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
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---- Unscheduled ----------------------------------------------------------------------------

UnscheduledPanel::UnscheduledPanel(FrontDesk &desk, QWidget *parent)
    : SidePanel(desk, newTable(), u"unscheduledView"_s, parent), m_model(new UnscheduledModel(this)),
      m_filter(new TableFilterModel(UnscheduledModel::SortRole, this))
{
    m_filter->setSourceModel(m_model);
    TableFilterBar *bar = addFilterBar(m_filter, UnscheduledModel::BookedForColumn, Qt::DescendingOrder);
    bar->addFilter(u"unscheduledProviderComboBox"_s, UnscheduledModel::ProviderIdRole, UnscheduledModel::ProviderColumn,
                   [] { return tr("All providers"); });
    bar->addFilter(u"unscheduledTypeComboBox"_s, UnscheduledModel::TypeIdRole, UnscheduledModel::TypeColumn,
                   [] { return tr("All types"); });
    bar->addFilter(
            u"unscheduledWhyComboBox"_s, UnscheduledModel::MissedRole,
            [] {
                return QList<TableFilterBar::Choice>{{false, tr("Cancelled")}, {true, tr("Missed")}};
            },
            [] { return tr("Cancelled and missed"); });
    bar->setCountWords([](int shown, int total) {
        return shown == total ? tr("%n to book again", nullptr, total)
                              : tr("%1 of %n to book again", nullptr, total).arg(shown);
    });

    connect(m_view, &QAbstractItemView::customContextMenuRequested, this, &UnscheduledPanel::showMenu);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const ScheduledAppointment &s = visitAt(index);
        Q_EMIT bookRequested({s.appointment.patientId, s.patientName, s.appointment.typeId, s.appointment.minutes,
                              s.appointment.notes, {}});
    });
}

const ScheduledAppointment &UnscheduledPanel::visitAt(const QModelIndex &viewIndex) const
{
    return m_model->at(m_filter->mapToSource(viewIndex).row());
}

void UnscheduledPanel::reload(const QTimeZone &zone)
{
    QString error;
    m_model->setAppointments(mayRead() ? m_desk.unscheduled(kDays, m_session, &error) : QList<ScheduledAppointment>(),
                             zone);
}

ScheduleDragItem UnscheduledPanel::dragItem(const QModelIndex &index) const
{
    return appointmentItem(ScheduleDragItem::Kind::Unscheduled, visitAt(index));
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
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid() || !m_fill)
        return;
    const ScheduledAppointment s = visitAt(index); // kept: a sync may reload the list meanwhile
    QMenu menu(this);
    menu.setObjectName(u"unscheduledMenu"_s);
    menu.addAction(tr("&Reschedule…"), this, [this, s] { reschedule(s); })->setEnabled(mayFill());
    menu.addAction(tr("&Dismiss…"), this, [this, s] { dismiss(s); })->setEnabled(mayFill());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

// ---- Holding tray ---------------------------------------------------------------------------

TrayPanel::TrayPanel(FrontDesk &desk, QWidget *parent)
    : SidePanel(desk, new QListView, u"trayView"_s, parent), m_model(new AppointmentListModel(this))
{
    static_cast<QListView *>(m_view)->setWordWrap(true);
    m_view->setModel(m_model);
    connect(m_view, &QAbstractItemView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        const QString id = index.data(AppointmentListModel::AppointmentIdRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Take off the tray"), this, [this, id] { release(id); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
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
