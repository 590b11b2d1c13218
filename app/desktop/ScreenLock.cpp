#include "ScreenLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace hotich::desktop {

ScreenLock::ScreenLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIdle);
    connect(&m_timer, &QTimer::timeout, this, &ScreenLock::idle);
    // Every input of the application passes here before it reaches its widget.
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

ScreenLock::~ScreenLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void ScreenLock::setIdleTime(std::chrono::milliseconds idle)
{
    m_timer.setInterval(idle);
    if (m_timer.isActive())
        m_timer.start();
}

void ScreenLock::setCounting(bool on)
{
    if (on)
        m_timer.start();
    else
        m_timer.stop();
}

bool ScreenLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (m_timer.isActive())
            m_timer.start(); // restarts the count
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace hotich::desktop
