#include "paneldrag.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>

namespace chairside {

PanelDrag::PanelDrag(QAbstractItemView *panel, ScheduleView *schedule, ItemFor itemFor)
    : QObject(panel), m_panel(panel), m_viewport(panel->viewport()), m_schedule(schedule), m_itemFor(std::move(itemFor))
{
    m_viewport->installEventFilter(this);
}

bool PanelDrag::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_viewport || watched != m_viewport.data() || !m_schedule)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton) {
            m_pressed = m_panel->indexAt(e->position().toPoint());
            m_pressPos = e->position().toPoint();
            m_active = false;
        }
        return false;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!(e->buttons() & Qt::LeftButton) || !m_pressed.isValid())
            return false;
        if (!m_active) {
            if ((e->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
                return false;
            m_active = true;
            m_item = m_itemFor(m_pressed);
            m_viewport->setCursor(Qt::DragMoveCursor);
        }
        m_schedule->dragItemMoved(m_item, e->globalPosition().toPoint());
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (!m_active) {
            m_pressed = QPersistentModelIndex();
            return false;
        }
        m_active = false;
        m_pressed = QPersistentModelIndex();
        m_viewport->unsetCursor();
        if (!m_schedule->dragItemDropped(m_item, e->globalPosition().toPoint()))
            m_schedule->dragItemLeft();
        return true;
    }
    default:
        return false;
    }
}

} // namespace chairside
