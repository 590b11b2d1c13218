#include "CuttingProxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <semaphore>

namespace hotich::test {

CuttingProxy::CuttingProxy(quint16 upstreamPort, int cutAfter, int step)
{
    std::binary_semaphore listening(0);
    auto *server = new QTcpServer;
    server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, server, [&, server, upstreamPort, cutAfter, step] {
        server->listen(QHostAddress::LocalHost, 0);
        m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server, upstreamPort, cutAfter, step] {
            while (QTcpSocket *client = server->nextPendingConnection()) {
                const int n = m_connections.fetch_add(1);
                auto *upstream = new QTcpSocket(client);
                auto *left = new qint64(cutAfter + qint64(n) * step);
                QObject::connect(client, &QObject::destroyed, [left] { delete left; });
                upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
                QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
                    upstream->write(client->readAll());
                });
                QObject::connect(upstream, &QTcpSocket::connected, upstream, [client, upstream] {
                    upstream->write(client->readAll());
                });
                QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, left] {
                    const QByteArray answer = upstream->readAll();
                    const qint64 pass = std::min<qint64>(*left, answer.size());
                    client->write(answer.left(pass));
                    *left -= pass;
                    if (*left <= 0) {
                        client->flush();
                        client->abort(); // the link drops: the answer stops here
                    }
                });
                QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            }
        });
        listening.release();
    });
    QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
    m_thread.start();
    listening.acquire();
}

CuttingProxy::~CuttingProxy()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace hotich::test
