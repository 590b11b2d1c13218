#include "HttpFront.h"

#include "SyncService.h"
#include "sync/protocol/Frame.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

void logToStderr(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

Error listenError(const QString &code, const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::InvalidInput, code, vi, en);
}

Result<QByteArray> readPem(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::NotFound, u"server.tlsFile"_s,
                           u"Không đọc được tệp %1 %2: %3"_s.arg(what, path, file.errorString()),
                           u"Cannot read the %1 file %2: %3"_s.arg(what, path, file.errorString()));
    }
    return file.readAll();
}

} // namespace

bool parseListenAddress(const QString &text, ListenOptions &options)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.first(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.sliced(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || QHostAddress(host).isNull())
        return false;
    options.address = host;
    options.port = quint16(port);
    return true;
}

struct HttpFront::Private
{
    Private(ServerStore &store, LogSink sink) : service(store), log(std::move(sink)) {}

    /// Answers one request with `handle` and logs it.
    QHttpServerResponse answer(const QHttpServerRequest &request, const char *path,
                               const std::function<ServiceAnswer()> &handle)
    {
        QElapsedTimer timer;
        timer.start();
        ServiceAnswer a;
        // Qt HttpServer has read the body already (the front before it bounds what it takes, see
        // docs/operations.md); here it is refused before it is decoded.
        if (request.body().size() > sync::FrameLimits{}.maxCompressed) {
            a = SyncService::tooLarge();
        } else {
            a = handle();
        }
        QJsonObject line{
            {u"t"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"method"_s, request.method() == QHttpServerRequest::Method::Get ? u"GET"_s : u"POST"_s},
            {u"path"_s, QString::fromLatin1(path)},
            {u"status"_s, a.status},
            {u"outcome"_s, a.outcome},
            {u"ms"_s, double(timer.nsecsElapsed() / 1000) / 1000.0},
            {u"in"_s, request.body().size()},
            {u"out"_s, a.body.size()},
            {u"remote"_s, request.remoteAddress().toString()}};
        if (!a.office.isEmpty())
            line.insert(u"office"_s, a.office);
        if (!a.credentialId.isEmpty())
            line.insert(u"credential"_s, a.credentialId);
        if (a.entries > 0)
            line.insert(u"entries"_s, a.entries);
        if (a.changes > 0)
            line.insert(u"changes"_s, a.changes);
        log(line);
        return QHttpServerResponse(a.contentType, a.body, QHttpServerResponse::StatusCode(a.status));
    }

    SyncService service;
    LogSink log;
    QHttpServer http;
};

HttpFront::HttpFront(ServerStore &store, LogSink log)
    : d(std::make_unique<Private>(store, log ? std::move(log) : LogSink(logToStderr)))
{
    d->http.route(u"/v1/enrol"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) {
        return d->answer(r, "/v1/enrol",
                         [&] { return d->service.enrol(r.body(), QDateTime::currentDateTimeUtc()); });
    });
    d->http.route(u"/v1/sync"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &r) {
        return d->answer(r, "/v1/sync", [&] {
            return d->service.sync(r.body(), r.value("Authorization"), QDateTime::currentDateTimeUtc());
        });
    });
    d->http.route(u"/v1/health"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &r) {
        return d->answer(r, "/v1/health", [&] { return d->service.health(); });
    });
}

HttpFront::~HttpFront() = default;

Result<quint16> HttpFront::listen(const ListenOptions &options)
{
    const QHostAddress address(options.address);
    if (address.isNull()) {
        return listenError(u"server.listen"_s, u"Địa chỉ nghe không hợp lệ: %1"_s.arg(options.address),
                           u"Not a valid address to listen on: %1"_s.arg(options.address));
    }
    if (!options.tls() && !address.isLoopback()) {
        return listenError(
            u"server.plainHttp"_s,
            u"Không có chứng chỉ TLS thì máy chủ chỉ nghe trên máy này (127.0.0.1); hãy dùng --tls-cert và "
            u"--tls-key để nghe trên %1"_s.arg(options.address),
            u"Without a TLS certificate the server listens on loopback only (127.0.0.1); give --tls-cert "
            u"and --tls-key to listen on %1"_s.arg(options.address));
    }
    if (options.tls()) {
        auto certificate = readPem(options.certificateFile, u"chứng chỉ"_s);
        if (!certificate)
            return certificate.error();
        auto keyPem = readPem(options.keyFile, u"khoá"_s);
        if (!keyPem)
            return keyPem.error();
        const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificate, QSsl::Pem);
        QSslKey key(*keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(*keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            return listenError(u"server.tlsFile"_s,
                               u"Chứng chỉ hoặc khoá TLS không đọc được (cần định dạng PEM)"_s,
                               u"The TLS certificate or key cannot be read (PEM expected)"_s);
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        d->http.sslSetup(tls);
    }
    const quint16 port = d->http.listen(address, options.port);
    if (port == 0) {
        return Error::make(
            ErrorKind::Storage, u"server.listen"_s,
            u"Không nghe được trên %1:%2 (cổng đã có chương trình khác dùng?)"_s.arg(options.address)
                .arg(options.port),
            u"Cannot listen on %1:%2 (is the port in use?)"_s.arg(options.address).arg(options.port));
    }
    return port;
}

} // namespace hotich::server
