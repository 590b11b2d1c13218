#pragma once

#include "RegisterJobs.h"
#include "registry/PersonFinder.h"
#include "store/RecordSearch.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <optional>

namespace hotich::desktop {

/// One search's answer: the hits, or the error that stopped it.
struct SearchAnswer
{
    QList<SearchHit> hits;
    QList<FoundPerson> persons; ///< for requestPersons(): the persons of the hits whose name matches
    std::optional<Error> error;
};

/// Runs register searches off the GUI thread (RegisterJobs), so that typing never waits for
/// SQLite. Requests are answered in order; one that a newer request has overtaken before it
/// started is skipped, so a fast typist queues no backlog.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit SearchRunner(const QString &databasePath, QObject *parent = nullptr);

    /// Queues a search; its answer comes in answered() with the ticket returned here.
    int request(const SearchQuery &query);
    /// Queues a search for persons (findPersons: whoever the records name with the searched name),
    /// answered likewise, in SearchAnswer::persons.
    int requestPersons(const SearchQuery &query);
    /// Drops every request not answered yet (their answers come with an out-of-date ticket).
    void cancel() { m_latest.fetch_add(1); }
    /// The ticket of the newest request: answers with an older one are out of date.
    int latest() const { return m_latest.load(); }

Q_SIGNALS:
    void answered(int ticket, const hotich::desktop::SearchAnswer &answer);

private:
    int queue(const SearchQuery &query, bool persons);

    std::atomic<int> m_latest{0};
    RegisterJobs m_jobs; ///< last: destroyed (its thread joined) before m_latest, which its jobs read
};

} // namespace hotich::desktop
