#include "Backoff.h"

#include <algorithm>

namespace hotich::sync {

int Backoff::nextDelayMs()
{
    const int doublings = std::min(m_failures, 20);
    ++m_failures;
    const qint64 base = std::min<qint64>(qint64(kFirstMs) << doublings, kLongestMs);
    // Uniform in [0.8, 1.2] × base.
    const double factor = 0.8 + 0.4 * m_random.generateDouble();
    return int(double(base) * factor);
}

} // namespace hotich::sync
