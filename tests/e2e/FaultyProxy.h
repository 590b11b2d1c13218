#pragma once

#include <QThread>

#include <atomic>

namespace hotich::test {

/// A TCP proxy on 127.0.0.1 in front of a server, that does to each connection what a flaky link
/// does, chosen at random from a seed (the same faults on every run):
/// - cuts the answer after a random number of bytes (the request arrived whole: the server applied
///   it, the office never hears so), or cuts the request itself midway;
/// - delays each chunk by a random few milliseconds;
/// - delivers the two halves of the answer's first chunk in the wrong order (what a broken
///   middlebox does: TCP itself never reorders, so the office sees a garbled answer).
/// Runs on its own thread.
class FaultyProxy
{
public:
    enum Fault
    {
        CutAnswer,
        CutRequest,
        Delay,
        Reorder,
        kFaults
    };

    FaultyProxy(quint16 upstreamPort, quint32 seed);
    ~FaultyProxy();

    quint16 port() const { return m_port; }
    /// Connections handed each fault so far (a cut past the end of a short message changes nothing).
    int count(Fault fault) const { return m_counts[fault].load(); }

private:
    QThread m_thread;
    quint16 m_port = 0;
    std::atomic<int> m_counts[kFaults] = {};
};

} // namespace hotich::test
