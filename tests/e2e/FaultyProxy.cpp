#include "FaultyProxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <semaphore>

namespace hotich::test {

namespace {

/// One proxied connection and its fault; deleted with the client socket.
class Link : public QObject
{
public:
    Link(QTcpSocket *client, quint16 upstreamPort, FaultyProxy::Fault fault, QRandomGenerator &random)
        : QObject(client), m_client(client), m_upstream(new QTcpSocket(this)), m_fault(fault),
          m_cutAt(qint64(random.bounded(0, 300))), m_random(random.generate())
    {
        connect(m_client, &QTcpSocket::readyRead, this, &Link::fromClient);
        connect(m_upstream, &QTcpSocket::connected, this, &Link::fromClient);
        connect(m_upstream, &QTcpSocket::readyRead, this, &Link::fromServer);
        connect(m_upstream, &QTcpSocket::disconnected, this, &Link::serverClosed);
        connect(m_upstream, &QTcpSocket::errorOccurred, m_client, &QTcpSocket::abort);
        connect(m_client, &QTcpSocket::disconnected, m_client, &QObject::deleteLater);
        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
    }

private:
    void fromClient()
    {
        if (m_upstream->state() != QAbstractSocket::ConnectedState)
            return;
        QByteArray bytes = m_client->readAll();
        if (m_fault == FaultyProxy::CutRequest) {
            const qint64 pass = std::min<qint64>(m_cutAt - m_sent, bytes.size());
            m_upstream->write(bytes.left(pass));
            m_sent += pass;
            if (m_sent >= m_cutAt) {
                m_upstream->abort();
                m_client->abort();
            }
            return;
        }
        m_upstream->write(bytes);
    }

    void fromServer()
    {
        QByteArray bytes = m_upstream->readAll();
        switch (m_fault) {
        case FaultyProxy::CutAnswer: {
            const qint64 pass = std::min<qint64>(m_cutAt - m_sent, bytes.size());
            m_client->write(bytes.left(pass));
            m_sent += pass;
            if (m_sent >= m_cutAt) {
                m_client->flush();
                m_client->abort();
            }
            break;
        }
        case FaultyProxy::Delay: {
            QPointer<QTcpSocket> client = m_client;
            m_pending += 1;
            QTimer::singleShot(int(m_random.bounded(0, 40)), this, [this, client, bytes] {
                if (client)
                    client->write(bytes);
                if (--m_pending == 0 && m_serverClosed && client)
                    client->disconnectFromHost();
            });
            break;
        }
        case FaultyProxy::Reorder:
            // The first chunk is held back and goes after the second (or after its own second
            // half, when the answer comes in one piece).
            if (!m_swapped) {
                m_swapped = true;
                if (bytes.size() > 1) {
                    const qsizetype half = bytes.size() / 2;
                    m_client->write(bytes.mid(half));
                    m_client->write(bytes.left(half));
                } else {
                    m_client->write(bytes);
                }
            } else {
                m_client->write(bytes);
            }
            break;
        case FaultyProxy::CutRequest:
        case FaultyProxy::kFaults:
            m_client->write(bytes);
            break;
        }
    }

    void serverClosed()
    {
        m_serverClosed = true;
        if (m_pending == 0)
            m_client->disconnectFromHost();
    }

    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    FaultyProxy::Fault m_fault;
    qint64 m_cutAt;
    QRandomGenerator m_random;
    qint64 m_sent = 0;
    int m_pending = 0;
    bool m_serverClosed = false;
    bool m_swapped = false;
};

} // namespace

FaultyProxy::FaultyProxy(quint16 upstreamPort, quint32 seed)
{
    std::binary_semaphore listening(0);
    auto *server = new QTcpServer;
    server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, server, [&, server, upstreamPort, seed] {
        server->listen(QHostAddress::LocalHost, 0);
        m_port = server->serverPort();
        auto *random = new QRandomGenerator(seed);
        QObject::connect(server, &QObject::destroyed, [random] { delete random; });
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server, upstreamPort, random] {
            while (QTcpSocket *client = server->nextPendingConnection()) {
                const auto fault = Fault(random->bounded(0, int(kFaults)));
                m_counts[fault].fetch_add(1);
                new Link(client, upstreamPort, fault, *random);
            }
        });
        listening.release();
    });
    QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread.start();
    listening.acquire();
}

FaultyProxy::~FaultyProxy()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace hotich::test
