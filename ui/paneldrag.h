#pragma once

#include "scheduleview.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPoint>

class QAbstractItemView;

namespace chairside {

// Lets staff drag an entry out of a side panel (waitlist, holding tray) onto the schedule.
// It follows the pressed mouse on the panel and reports the pointer to the schedule view,
// which shows the ghost and, on release, asks to place the entry.
class PanelDrag final : public QObject
{
    Q_OBJECT
public:
    using ItemFor = std::function<ScheduleDragItem(const QModelIndex &)>;
    PanelDrag(QAbstractItemView *panel, ScheduleView *schedule, ItemFor itemFor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_panel;
    QPointer<QWidget> m_viewport; // compared by pointer: events still arrive while the panel dies
    QPointer<ScheduleView> m_schedule;
    ItemFor m_itemFor;
    QPersistentModelIndex m_pressed;
    QPoint m_pressPos;
    bool m_active = false;
    ScheduleDragItem m_item;
};

} // namespace chairside
