#pragma once

#include <QThread>

namespace hotich::test {

/// A slow link between a client and a server on 127.0.0.1, emulated in user space: a TCP proxy on
/// its own thread that holds each direction to a bandwidth, delays every segment by half the
/// round trip, and loses segments at random. A lost segment costs what TCP pays to recover it:
/// one more round trip before it and everything behind it arrive (fast retransmit), so the bytes
/// still arrive whole and in order, only later, as on a real lossy link.
///
/// It stands in for `tc netem` where the kernel has no netem qdisc (containers, as here); with
/// netem, shape the loopback of a network namespace instead.
class ShapedLink
{
public:
    struct Shape
    {
        double bitsPerSecond = 1'000'000;
        int roundTripMs = 300;
        double loss = 0.02; ///< of 1,460-byte segments
        quint32 seed = 1;   ///< the same losses on every run
    };

    ShapedLink(quint16 upstreamPort, const Shape &shape);
    ~ShapedLink();

    quint16 port() const { return m_port; }

private:
    QThread m_thread;
    quint16 m_port = 0;
};

} // namespace hotich::test
