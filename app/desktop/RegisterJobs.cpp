#include "RegisterJobs.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

/// Lives on the jobs' thread: opens the register there (a Qt Sql connection belongs to the thread
/// that made it) and closes it there when the thread ends.
class RegisterJobsWorker : public QObject
{
    Q_OBJECT

public:
    explicit RegisterJobsWorker(QString path) : m_path(std::move(path)) {}

    void run(const RegisterJobs::Job &job)
    {
        if (!m_db) {
            auto db = Database::open(m_path, Database::OpenMode::Existing);
            if (!db) {
                job(db.error()); // tried again by the next job: the file may be back by then
                return;
            }
            m_db = std::move(db.value());
        }
        job(m_db.get());
    }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

RegisterJobs::RegisterJobs(const QString &databasePath, QObject *parent) : QObject(parent)
{
    m_worker = new RegisterJobsWorker(databasePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(u"register jobs"_s);
    m_thread.start();
}

RegisterJobs::~RegisterJobs()
{
    m_thread.quit();
    m_thread.wait();
}

void RegisterJobs::run(Job job)
{
    RegisterJobsWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, job = std::move(job)] { worker->run(job); }, Qt::QueuedConnection);
}

} // namespace hotich::desktop

#include "RegisterJobs.moc"
