#include "SearchRunner.h"

#include "store/Database.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace hotich::desktop {

/// Lives on the runner's thread: opens the register there on first use (a Qt Sql connection
/// belongs to the thread that made it) and closes it there when the thread ends.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker(QString path, const std::atomic<int> &latest) : m_path(std::move(path)), m_latest(latest) {}

    void run(int ticket, const SearchQuery &query)
    {
        if (ticket < m_latest.load())
            return; // overtaken before it started
        SearchAnswer answer;
        if (!m_db) {
            auto db = Database::open(m_path, Database::OpenMode::Existing);
            if (!db) {
                answer.error = db.error();
                Q_EMIT answered(ticket, answer);
                return;
            }
            m_db = std::move(db.value());
        }
        auto hits = RecordSearch(*m_db).search(query);
        if (hits)
            answer.hits = std::move(hits.value());
        else
            answer.error = hits.error();
        Q_EMIT answered(ticket, answer);
    }

Q_SIGNALS:
    void answered(int ticket, const hotich::desktop::SearchAnswer &answer);

private:
    QString m_path;
    const std::atomic<int> &m_latest;
    std::unique_ptr<Database> m_db;
};

SearchRunner::SearchRunner(const QString &databasePath, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<hotich::desktop::SearchAnswer>();
    m_worker = new SearchWorker(databasePath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::answered, this, &SearchRunner::answered, Qt::QueuedConnection);
    m_thread.setObjectName(u"search"_s);
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    m_thread.quit();
    m_thread.wait();
}

int SearchRunner::request(const SearchQuery &query)
{
    const int ticket = m_latest.fetch_add(1) + 1;
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, ticket, query] { worker->run(ticket, query); }, Qt::QueuedConnection);
    return ticket;
}

} // namespace hotich::desktop

#include "SearchRunner.moc"
