#include "HttpTransport.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace hotich::sync {

namespace {

constexpr qint64 kMaxAnswerBytes = 8 * 1024 * 1024; // twice the protocol's frame limit

bool isLoopback(const QString &host)
{
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error networkError(const QString &code, const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::Storage, code, vi, en);
}

} // namespace

HttpTransport::HttpTransport(QUrl server, QByteArray caCertificate, int timeoutMs)
    : m_server(std::move(server)), m_ca(std::move(caCertificate)), m_timeoutMs(timeoutMs),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpTransport::~HttpTransport() = default;

Result<void> HttpTransport::checkUrl(const QUrl &server)
{
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"https"_s && server.scheme() != u"http"_s)) {
        return Error::invalid(
            u"server.url"_s, u"server"_s,
            u"Địa chỉ máy chủ \"%1\" không hợp lệ (cần https://…)"_s.arg(server.toString()),
            u"The server address \"%1\" is not valid (https://… is needed)"_s.arg(server.toString()));
    }
    if (server.scheme() == u"http"_s && !isLoopback(server.host())) {
        return Error::invalid(
            u"server.plain"_s, u"server"_s,
            u"Không gửi sổ hộ tịch qua mạng mà không mã hóa: dùng https:// (http:// chỉ dùng cho máy chủ trên chính máy này)"_s,
            u"The register is never sent unencrypted over a network: use https:// (http:// only for a server "
            u"on "
            u"this machine)"_s);
    }
    return {};
}

Result<QByteArray> HttpTransport::post(const QString &path, const QByteArray &frame,
                                       const QString &authorization)
{
    return start(path, frame, authorization)->wait();
}

namespace {

/// A POST that Qt's HTTP thread carries while the caller works; `wait` runs an event loop until it
/// is answered.
class PendingHttpAnswer : public PendingAnswer
{
public:
    PendingHttpAnswer(std::unique_ptr<QNetworkReply> reply, QString host)
        : m_reply(std::move(reply)), m_host(std::move(host))
    {}
    explicit PendingHttpAnswer(Error refused) : m_refused(std::move(refused)) {}

    Result<QByteArray> wait() override;

private:
    std::unique_ptr<QNetworkReply> m_reply;
    QString m_host;
    std::optional<Error> m_refused;
};

Result<QByteArray> PendingHttpAnswer::wait()
{
    if (m_refused)
        return *m_refused;
    QNetworkReply *reply = m_reply.get();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const bool isFrame =
        reply->header(QNetworkRequest::ContentTypeHeader).toString() == u"application/x-hotich-frame"_s;
    // Qt's codes below 200 are the link's (connection, TLS, proxy): whatever body came is cut short
    // and is not an answer. From 200 on they are HTTP statuses, whose frame carries the reason.
    const bool linkFailed = reply->error() != QNetworkReply::NoError && int(reply->error()) < 200;
    // An error answer carries its reason in a frame: the caller decodes it.
    if (!linkFailed && status != 0 && isFrame && !body.isEmpty())
        return body;
    if (reply->error() == QNetworkReply::OperationCanceledError ||
        reply->error() == QNetworkReply::TimeoutError) {
        return networkError(u"network.timeout"_s, u"Máy chủ không trả lời (quá thời gian chờ)"_s,
                            u"The server did not answer in time"_s);
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        return networkError(
            u"network.tls"_s, u"Không xác thực được máy chủ (chứng chỉ TLS): %1"_s.arg(reply->errorString()),
            u"The server could not be authenticated (TLS certificate): %1"_s.arg(reply->errorString()));
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        return networkError(u"network.failed"_s,
                            u"Không kết nối được máy chủ %1: %2"_s.arg(m_host, reply->errorString()),
                            u"Cannot reach the server %1: %2"_s.arg(m_host, reply->errorString()));
    }
    return body;
}

} // namespace

std::unique_ptr<PendingAnswer> HttpTransport::start(const QString &path, const QByteArray &frame,
                                                    const QString &authorization)
{
    if (auto r = checkUrl(m_server); !r)
        return std::make_unique<PendingHttpAnswer>(r.error());
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-hotich-frame"_s);
    request.setRawHeader("Accept", "application/x-hotich-frame");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization.toLatin1());
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_ca.isEmpty())
            tls.setCaCertificates(QSslCertificate::fromData(m_ca, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(m_timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, frame));
    QNetworkReply *sending = reply.get();
    QObject::connect(sending, &QNetworkReply::downloadProgress, sending, [sending](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            sending->abort();
    });
    // Qt's HTTP thread takes the body through this thread's event loop: it is handed over here, so
    // that the server works on it while the caller does something else. The transfer timeout
    // bounds the wait (a stalled upload ends the reply).
    QEventLoop loop;
    QObject::connect(sending, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(sending, &QNetworkReply::uploadProgress, &loop, [&loop](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            loop.quit();
    });
    if (!sending->isFinished())
        loop.exec();
    return std::make_unique<PendingHttpAnswer>(std::move(reply), m_server.host());
}

} // namespace hotich::sync
