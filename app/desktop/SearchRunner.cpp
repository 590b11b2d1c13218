#include "SearchRunner.h"

#include <QCoreApplication>
#include <QPointer>

namespace hotich::desktop {

SearchRunner::SearchRunner(const QString &databasePath, QObject *parent)
    : QObject(parent), m_jobs(databasePath)
{}

int SearchRunner::request(const SearchQuery &query)
{
    const int ticket = m_latest.fetch_add(1) + 1;
    const std::atomic<int> *latest = &m_latest;
    QPointer<SearchRunner> self(this);
    m_jobs.run([self, latest, ticket, query](Result<Database *> db) {
        if (ticket < latest->load())
            return; // overtaken before it started
        SearchAnswer answer;
        if (!db) {
            answer.error = db.error();
        } else if (auto hits = RecordSearch(*db.value()).search(query)) {
            answer.hits = std::move(hits.value());
        } else {
            answer.error = hits.error();
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ticket, answer] {
                if (self)
                    Q_EMIT self->answered(ticket, answer);
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

} // namespace hotich::desktop
