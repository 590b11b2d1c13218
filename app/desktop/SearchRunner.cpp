#include "SearchRunner.h"

#include <QCoreApplication>
#include <QPointer>

namespace hotich::desktop {

SearchRunner::SearchRunner(const QString &databasePath, QObject *parent)
    : QObject(parent), m_jobs(databasePath)
{}

int SearchRunner::request(const SearchQuery &query)
{
    return queue(query, false);
}

int SearchRunner::requestPersons(const SearchQuery &query)
{
    return queue(query, true);
}

int SearchRunner::queue(const SearchQuery &query, bool persons)
{
    const int ticket = m_latest.fetch_add(1) + 1;
    const std::atomic<int> *latest = &m_latest;
    QPointer<SearchRunner> self(this);
    m_jobs.run([self, latest, ticket, query, persons](Result<Database *> db) {
        if (ticket < latest->load())
            return; // overtaken before it started
        SearchAnswer answer;
        if (!db) {
            answer.error = db.error();
        } else if (persons) {
            if (auto found = findPersons(*db.value(), query))
                answer.persons = std::move(found.value());
            else
                answer.error = found.error();
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
