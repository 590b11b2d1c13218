#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace hotich::server {

class ServerStore;

/// Where and how `hotich-server` listens.
struct ListenOptions
{
    QString address = QStringLiteral("127.0.0.1");
    quint16 port = 8080;     ///< 0: any free port (tests)
    QString certificateFile; ///< PEM; with keyFile: HTTPS, TLS 1.2 or later
    QString keyFile;

    bool tls() const { return !certificateFile.isEmpty(); }
};

/// "ADDR:PORT" ("127.0.0.1:8080", "[::1]:8443", "0.0.0.0:443") into `options`; false if malformed.
bool parseListenAddress(const QString &text, ListenOptions &options);

/// The ministry server's HTTP front (docs/sync-protocol.md, "Transport"): POST /v1/enrol,
/// POST /v1/sync, GET /v1/health, over QHttpServer, each request handled on the thread that owns
/// the store. Without a certificate it serves plain HTTP on loopback only and refuses any other
/// address. Every request writes one JSON line to the log.
class HttpFront
{
public:
    using LogSink = std::function<void(const QJsonObject &line)>;

    /// `log` defaults to one compact JSON line per request on stderr.
    explicit HttpFront(ServerStore &store, LogSink log = {});
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    /// Starts listening; the port it listens on (the one chosen when options.port is 0).
    Result<quint16> listen(const ListenOptions &options);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hotich::server
