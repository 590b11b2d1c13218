#pragma once

#include <QThread>

#include <atomic>

namespace hotich::test {

/// A TCP proxy on 127.0.0.1 in front of a server that cuts each connection after the server has
/// answered a given number of bytes: the request arrives whole (the server applies it) and the
/// answer never does, the failure a flaky link makes most often. Runs on its own thread.
class CuttingProxy
{
public:
    /// Forwards to 127.0.0.1:`upstreamPort`; the first connection is cut after `cutAfter` bytes
    /// of answer, and each next one after `step` more (so the cut moves through the answer).
    CuttingProxy(quint16 upstreamPort, int cutAfter, int step);
    ~CuttingProxy();

    quint16 port() const { return m_port; }
    int connections() const { return m_connections.load(); }

private:
    QThread m_thread;
    quint16 m_port = 0;
    std::atomic<int> m_connections{0};
};

} // namespace hotich::test
