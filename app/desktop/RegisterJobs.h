#pragma once

#include "store/Database.h"
#include "util/Result.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace hotich::desktop {

class RegisterJobsWorker;

/// A thread of its own with a connection of its own to the register file, for the work that may
/// take longer than a keystroke (a search, a password hash), so that the window never freezes.
/// Jobs run one after the other, in the order given. A job gets the connection (opened on first
/// use; the error if the file cannot be opened) and hands its answer back to the GUI thread itself,
/// with QMetaObject::invokeMethod on a QPointer it checks there (the screen may be gone by then).
class RegisterJobs : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(Result<Database *>)>;

    explicit RegisterJobs(const QString &databasePath, QObject *parent = nullptr);
    /// Waits for the job running now; the ones still queued are dropped.
    ~RegisterJobs() override;

    void run(Job job);

private:
    QThread m_thread;
    RegisterJobsWorker *m_worker = nullptr;
};

} // namespace hotich::desktop
