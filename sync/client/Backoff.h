#pragma once

#include <QRandomGenerator>

namespace hotich::sync {

/// When to try again after a transient failure: exponential from 1 s, doubling to 5 minutes, with
/// ±20 % jitter so that a commune's offices do not all call back in the same second after an outage.
class Backoff
{
public:
    static constexpr int kFirstMs = 1'000;
    static constexpr int kLongestMs = 5 * 60 * 1'000;

    explicit Backoff(quint32 seed = QRandomGenerator::global()->generate()) : m_random(seed) {}

    /// The wait before the next attempt, after one more failure.
    int nextDelayMs();
    /// After a success: the next failure waits the first delay again.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    QRandomGenerator m_random;
    int m_failures = 0;
};

} // namespace hotich::sync
