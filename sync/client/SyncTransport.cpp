#include "SyncTransport.h"

namespace hotich::sync {

namespace {

/// A transport that cannot send ahead: the POST is made when its answer is asked for.
class DeferredPost : public PendingAnswer
{
public:
    DeferredPost(SyncTransport &transport, QString path, QByteArray frame, QString authorization)
        : m_transport(transport), m_path(std::move(path)), m_frame(std::move(frame)),
          m_authorization(std::move(authorization))
    {}

    Result<QByteArray> wait() override { return m_transport.post(m_path, m_frame, m_authorization); }

private:
    SyncTransport &m_transport;
    QString m_path;
    QByteArray m_frame;
    QString m_authorization;
};

} // namespace

std::unique_ptr<PendingAnswer> SyncTransport::start(const QString &path, const QByteArray &frame,
                                                    const QString &authorization)
{
    return std::make_unique<DeferredPost>(*this, path, frame, authorization);
}

} // namespace hotich::sync
