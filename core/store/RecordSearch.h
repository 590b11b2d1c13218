#pragma once

#include "Database.h"
#include "RegisterIndex.h"
#include "model/EventKind.h"

#include <QDate>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace hotich {

struct SearchQuery
{
    QString text; ///< names, with or without diacritics; every word must match
    std::optional<EventKind> kind;
    QDate from; ///< registration date range, inclusive; null = open
    QDate to;
    int year = 0; ///< register year and number, 0 = any
    int number = 0;
    int limit = 50;
};

struct SearchHit
{
    QUuid id;
    EventKind kind = EventKind::Birth;
    int year = 0;
    int number = 0;
    int book = 0;
    QDate registrationDate;
    QString names;
    RecordStatus status = RecordStatus::Active;

    QJsonObject toJson() const;
};

/// Accent-insensitive name search: the query is folded as the names were (đ→d, no marks) and
/// matched with FTS5 against the folded shadow column; results come in Vietnamese order of the
/// principal person's name (given name first) via the stored sort keys. Without text, results
/// come in register order. Search rows not yet in the FTS5 index (RegisterIndex::kSearchBatch)
/// are matched directly with the SQL function names_match(). Any person the record names is
/// searched (the subject, parents, spouses, declarant, guardian, requester), and every word must
/// fall in one person: the FTS5 index has a row per person (RegisterIndex), names_match() splits
/// a search row into its persons.
class RecordSearch
{
public:
    explicit RecordSearch(Database &db) : m_db(db) {}
    Result<QList<SearchHit>> search(const SearchQuery &query);

    /// The folded words of a user's text or of a search row, split as FTS5's unicode61 splits them.
    static QStringList searchTokens(QStringView text);
    /// The FTS5 query for a user's text: each folded word as a quoted token (all must match).
    static QString ftsQuery(QStringView text);

private:
    /// The records of the FTS5 index with a person holding every word, each once, in record order,
    /// from the first `most` persons that do (-1: all).
    struct IndexedMatches
    {
        QList<qint64> records;
        qint64 persons = 0;
    };
    Result<IndexedMatches> indexedMatches(const QString &match, qint64 most);
    /// A text and no filter: its matches sorted in name order, or the names walked in order.
    Result<QList<SearchHit>> searchByNames(const QString &match, const QString &words, int limit);
    /// A text matching a large share of the register (`matches` persons or more of `rows`), read
    /// by walking the names in order to the first page; nothing when the walk did not fill a page.
    std::optional<Result<QList<SearchHit>>> searchInNameOrder(const QString &words, int limit, qint64 rows,
                                                              qint64 matches);

    Database &m_db;
};

/// Registers names_match(names, words) on a connection: 1 when every word is a word of one part
/// of the folded names (the parts split at '|': each principal person, then each other person;
/// words split with RecordSearch::searchTokens), else 0.
bool registerSearchFunctions(sqlite3 *db);

} // namespace hotich
