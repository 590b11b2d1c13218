#pragma once

#include "Database.h"
#include "model/EventKind.h"
#include "model/Person.h"
#include "rules/RuleContext.h"

#include <QJsonObject>

#include <optional>

namespace hotich {

/// The state of a registration, derived from its amendments.
enum class RecordStatus
{
    Active,
    Voided,    ///< revoked (thu hồi, hủy bỏ) by a competent authority
    Dissolved, ///< a marriage ended by divorce or annulment, a guardianship ended
};

QString statusCode(RecordStatus status);
RecordStatus statusFromView(const QJsonObject &currentView);

/// What the derived index holds for one record's current view.
struct IndexEntry
{
    RecordStatus status = RecordStatus::Active;
    /// Searched with FTS5: the folded name of each principal person (both spouses, the ward and
    /// the guardian, …), then of each other person the record names (parents, declarant,
    /// requester, …), separated by " | ", so that a mother asking for her child's extract finds it
    /// by her own name. A search's words must all fall in one part (RecordSearch): "tran thi an"
    /// does not find An whose mother is Trần Thị Bình, nor a marriage of An and Bình.
    QString foldedNames;
    QString display;    ///< the names as written, for result lists
    QByteArray sortKey; ///< Vietnamese order of the first principal person, given name first
    QString duplicateKey;
    QList<std::pair<QString, QString>> personEvents; ///< (person key, role) for marriages and deaths

    /// `principal` overrides the record's own principal persons (a correction lists its target's).
    static IndexEntry of(EventKind kind, const QJsonObject &currentView,
                         const QList<PersonView> *principal = nullptr);
    /// The same from facts already read from the record.
    static IndexEntry of(EventKind kind, const QJsonObject &currentView, const RecordFacts &facts);
    /// The folded names of the persons a record names who are not its principal persons, each once.
    static QStringList otherFoldedNames(EventKind kind, const RecordFacts &facts);
};

/// The derived, rebuildable tables (record_index with its FTS5 index, person_events) and the
/// look-ups the legal rules make against them.
///
/// A record's search row is written in its registration's transaction; the FTS5 index over the
/// search rows is brought up to date every kSearchBatch records, in the transaction of the record
/// that fills the batch, and RecordSearch matches the few rows after it directly. Indexing one
/// row per commit made FTS5 write a new segment, its structure record and merges each time:
/// a third of the time of a single registration.
///
/// The FTS5 index (person_fts, schema 11) holds one row per person of a search row, rowid
/// record · kPersonSlots + the person's place in the names: a MATCH of every word of a query is
/// then "every word in one person", which a row per record could not answer (the father of most
/// records is a "Nguyễn Văn"). It is contentless: the search rows hold the text, and a person
/// row is taken out with the text it was indexed with (the row's old names).
class RegisterIndex : public RegisterLookup
{
public:
    static constexpr qint64 kSearchBatch = 64;
    /// Rowids per record in person_fts; a record names five persons at most (Person.cpp, rolesOf).
    static constexpr qint64 kPersonSlots = 16;

    /// The person rows of a search row: (rowid, text) of each part of the names split at '|'
    /// (as names_match() splits them), blank parts left out; persons past the last slot share it.
    static QList<std::pair<qint64, QStringView>> personRows(qint64 record, QStringView names);

    explicit RegisterIndex(Database &db) : m_db(db) {}

    /// Writes the derived rows of a new record, or replaces those of an amended one.
    Result<void> write(qint64 rowId, const IndexEntry &entry, bool replace);
    /// Brings the FTS5 index up to date with every search row.
    Result<void> indexPendingSearchRows();
    /// Builds the FTS5 index again from the search rows (after `verify` found it damaged); returns
    /// the number of rows indexed.
    Result<qint64> rebuildSearchIndex();

    QList<RegisteredEvent> activeMarriagesOf(const QStringList &personKeys) const override;
    std::optional<RegisteredEvent> deathOf(const QStringList &personKeys) const override;
    QList<RegisteredEvent> birthsWithDuplicateKey(const QString &key) const override;

    /// The first database failure met by a look-up since the last call (look-ups cannot return one).
    std::optional<Error> takeLookupError() const;

private:
    QList<RegisteredEvent> events(const char *sql, const QString &key) const;
    /// The last record whose search row is in the FTS5 index (read once per instance).
    Result<qint64> indexedThrough();
    Result<void> indexThrough(qint64 rowId);
    /// Adds the person rows of the search rows after `after`, up to `through`, to the FTS5 index.
    Result<void> indexRows(qint64 after, qint64 through);
    /// Adds one search row's persons to the FTS5 index, or takes them out (`names` as indexed).
    Result<void> indexPersons(qint64 record, QStringView names, bool remove);
    Result<qint64> newestSearchRow();

    Database &m_db;
    std::optional<qint64> m_indexedThrough;
    mutable std::optional<Error> m_lookupError;
};

} // namespace hotich
