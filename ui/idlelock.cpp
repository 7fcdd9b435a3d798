#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace chairside {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    if (m_timer->isActive())
        m_timer->start();
}

int IdleWatcher::timeout() const
{
    return m_timer->interval();
}

void IdleWatcher::setActive(bool active)
{
    if (active)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer->isActive())
            m_timer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace chairside
