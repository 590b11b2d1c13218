#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <utility>

namespace hotich::printing {

/// One print job on a CUPS queue, through libcups, on the server the environment names
/// (CUPS_SERVER, else the system's cupsd): a file submitted with its options, then followed until
/// CUPS says how it ended. Only a completed job is a printed one: Qt's CUPS engine never said.
class CupsJob
{
public:
    using Options = QList<std::pair<QByteArray, QByteArray>>;

    /// Submits `file` to `queue` as the job `title`. A job CUPS refuses (the queue rejects jobs, no
    /// such queue, no cupsd) is an error with CUPS' reason.
    static Result<CupsJob> submit(const QString &queue, const QString &file, const QString &title,
                                  const Options &options);

    int id() const { return m_id; }

    /// Follows the job until CUPS completes it. Aborted, canceled or stopped is an error; so is a
    /// job still queued when its printer is stopped or when `bound` has passed (it may still print
    /// later: the error says so and names the job).
    Result<void> waitUntilCompleted(std::chrono::milliseconds bound) const;

private:
    CupsJob(QString queue, int id) : m_queue(std::move(queue)), m_id(id) {}

    QString m_queue;
    int m_id = 0;
};

} // namespace hotich::printing
