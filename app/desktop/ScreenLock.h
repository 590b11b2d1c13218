#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace hotich::desktop {

/// Tells when nobody has used the keyboard or the mouse for a while, so that the main window can
/// lock itself: an office's PC is left alone at a counter the public stands at.
class ScreenLock : public QObject
{
    Q_OBJECT

public:
    /// Ten minutes: the issue asks for a lock, the law sets no period (a setting once settings exist).
    static constexpr std::chrono::minutes kDefaultIdle{10};

    explicit ScreenLock(QObject *parent = nullptr);
    ~ScreenLock() override;

    void setIdleTime(std::chrono::milliseconds idle);
    /// Stops counting (while locked) or starts again from now.
    void setCounting(bool on);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace hotich::desktop
