#pragma once

#include "SyncTransport.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace hotich::sync {

/// SyncTransport over HTTPS with Qt Network: TLS 1.2 or later, the server's certificate verified
/// against the system's CAs or the one given at enrolment. Plain HTTP only to a loopback address
/// (a server on this machine: demos and tests). `start` hands the request to Qt's HTTP thread; waiting
/// runs an event loop until the answer comes or the timeout passes, so it belongs to a thread that
/// may wait (the SyncEngine's).
class HttpTransport : public SyncTransport
{
public:
    /// `caCertificate` (PEM) replaces the system's CAs when not empty.
    HttpTransport(QUrl server, QByteArray caCertificate, int timeoutMs = 30'000);
    ~HttpTransport() override;

    Result<QByteArray> post(const QString &path, const QByteArray &frame,
                            const QString &authorization) override;
    std::unique_ptr<PendingAnswer> start(const QString &path, const QByteArray &frame,
                                         const QString &authorization) override;

    /// Refuses a URL that would send the register in clear over a network.
    static Result<void> checkUrl(const QUrl &server);

private:
    QUrl m_server;
    QByteArray m_ca;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace hotich::sync
