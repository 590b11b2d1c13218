#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace hotich::sync {

/// An answer on its way: the request is sent, `wait` brings its answer (or the failure to get one).
class PendingAnswer
{
public:
    virtual ~PendingAnswer() = default;
    /// Blocks until the answer came or failed; called once.
    virtual Result<QByteArray> wait() = 0;
};

/// Carries one frame to the server and brings its answer back: an HTTP POST over TLS in the
/// programs (HttpTransport), anything that can fail like a network in tests.
class SyncTransport
{
public:
    virtual ~SyncTransport() = default;

    /// POSTs `frame` to `path` ("/v1/sync") and returns the body of the answer. An answer that is
    /// an error frame is still an answer (the caller decodes it); a failure to get any answer is an
    /// error with code `network.*` (transient: the engine retries it).
    /// `authorization` is the Authorization header's value (empty at enrolment).
    virtual Result<QByteArray> post(const QString &path, const QByteArray &frame,
                                    const QString &authorization) = 0;

    /// The same POST, split so that the caller can work while the server does: the request goes
    /// out now (when the transport can send on its own), the answer is waited for later. By
    /// default nothing is sent before `wait`, which then posts.
    virtual std::unique_ptr<PendingAnswer> start(const QString &path, const QByteArray &frame,
                                                 const QString &authorization);
};

} // namespace hotich::sync
