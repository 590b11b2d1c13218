#pragma once

#include <QDateTime>

namespace hotich {

/// The source of "now", so that tests control time (KeePassXC's Clock seam).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /// Today's date in the office's local time.
    QDate today() const { return now().toLocalTime().date(); }

    static const Clock &system();
};

/// A clock that always says the same time; tests move it by hand.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace hotich
