#include "ShapedLink.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <semaphore>

namespace hotich::test {

namespace {

constexpr qsizetype kSegment = 1460;

/// One direction of one connection: segments leave at the link's rate and arrive half a round
/// trip later, in order.
class Direction : public QObject
{
public:
    Direction(QTcpSocket *to, const ShapedLink::Shape &shape, const QElapsedTimer &clock, quint32 seed,
              QObject *parent)
        : QObject(parent), m_to(to), m_shape(shape), m_clock(clock), m_random(seed)
    {}

    void send(const QByteArray &bytes)
    {
        for (qsizetype at = 0; at < bytes.size(); at += kSegment) {
            const QByteArray segment = bytes.mid(at, kSegment);
            const double now = double(m_clock.nsecsElapsed()) / 1e6;
            double leaves =
                std::max(now, m_lastLeaves) + double(segment.size()) * 8000.0 / m_shape.bitsPerSecond;
            if (m_random.generateDouble() < m_shape.loss)
                leaves += m_shape.roundTripMs; // lost once, sent again after the sender hears of it
            m_lastLeaves = leaves;
            const double arrives = leaves + m_shape.roundTripMs / 2.0;
            m_lastArrives = arrives;
            QPointer<QTcpSocket> to = m_to;
            QTimer::singleShot(std::max(0, int(arrives - now)), Qt::PreciseTimer, this, [to, segment] {
                if (to)
                    to->write(segment);
            });
        }
    }

    /// Closes the far end once everything sent before has arrived.
    void close()
    {
        const double now = double(m_clock.nsecsElapsed()) / 1e6;
        const double at = std::max(now + m_shape.roundTripMs / 2.0, m_lastArrives);
        QPointer<QTcpSocket> to = m_to;
        QTimer::singleShot(int(at - now) + 1, Qt::PreciseTimer, this, [to] {
            if (to)
                to->disconnectFromHost();
        });
    }

private:
    QTcpSocket *m_to;
    ShapedLink::Shape m_shape;
    const QElapsedTimer &m_clock;
    QRandomGenerator m_random;
    double m_lastLeaves = 0;
    double m_lastArrives = 0;
};

} // namespace

ShapedLink::ShapedLink(quint16 upstreamPort, const Shape &shape)
{
    std::binary_semaphore listening(0);
    auto *server = new QTcpServer;
    server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, server, [&, server, upstreamPort, shape] {
        server->listen(QHostAddress::LocalHost, 0);
        m_port = server->serverPort();
        auto *clock = new QElapsedTimer;
        clock->start();
        QObject::connect(server, &QObject::destroyed, [clock] { delete clock; });
        QObject::connect(server, &QTcpServer::newConnection, server, [server, upstreamPort, shape, clock] {
            static quint32 connection = 0; // only this thread touches it
            while (QTcpSocket *client = server->nextPendingConnection()) {
                auto *upstream = new QTcpSocket;
                ++connection;
                auto *up = new Direction(upstream, shape, *clock, shape.seed * 2 + connection, client);
                auto *down = new Direction(client, shape, *clock, shape.seed * 2 + 1 + connection, client);
                // The client's children go in the order they were added: the directions first, so
                // that the upstream socket's last "disconnected" finds no direction to call.
                upstream->setParent(client);
                auto pending = std::make_shared<QByteArray>();
                QObject::connect(client, &QTcpSocket::readyRead, up, [client, upstream, up, pending] {
                    // Bytes sent before the upstream connection is up wait for it.
                    if (upstream->state() == QAbstractSocket::ConnectedState)
                        up->send(client->readAll());
                    else
                        *pending += client->readAll();
                });
                QObject::connect(upstream, &QTcpSocket::connected, up, [client, up, pending] {
                    up->send(*pending + client->readAll());
                    pending->clear();
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, down,
                                 [upstream, down] { down->send(upstream->readAll()); });
                // A close travels like data: after what was sent before it.
                QObject::connect(upstream, &QTcpSocket::disconnected, down, [down] { down->close(); });
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
            }
        });
        listening.release();
    });
    QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread.start();
    listening.acquire();
}

ShapedLink::~ShapedLink()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace hotich::test
