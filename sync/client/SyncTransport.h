#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace hotich::sync {

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
};

} // namespace hotich::sync
