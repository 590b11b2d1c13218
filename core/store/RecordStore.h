#pragma once

#include "Database.h"
#include "model/EventKind.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace hotich {

class Statement;

/// A registration as stored: never changed after it is written.
struct StoredRecord
{
    qint64 rowId = 0;
    QUuid id;
    QString office;
    EventKind kind = EventKind::Birth;
    int year = 0; ///< 0 for a digitised historical record (it keeps its original book reference)
    int number = 0;
    int book = 0;
    QDate registrationDate;
    QString payload;        ///< canonical compact JSON, exactly as hashed
    QByteArray payloadUtf8; ///< the same in UTF-8 when already at hand (saves a conversion on insert)
    qint64 createdAtMs = 0;
    qint64 createdBy = 0;

    /// The columns fromRow() reads, in order.
#define HOTICH_RECORD_COLUMNS                                                                                \
    "id, uuid, office, kind, year, number, book, registration_date, payload, created_at, created_by"
    static constexpr const char *kColumns = HOTICH_RECORD_COLUMNS;
    static StoredRecord fromRow(const QSqlQuery &row);
    static StoredRecord fromRow(const Statement &row);

    QJsonObject json() const;
    /// Hash of the row's fields, the payload entering as its own hash (payloadHash()).
    QByteArray contentHash(const QByteArray &payloadHash) const;
    QByteArray contentHash() const
    {
        return contentHash(payloadHash(payload));
    }
    static QByteArray payloadHash(const QString &payload);
    static QByteArray payloadHashOfUtf8(const QByteArray &payloadUtf8);
};

/// A later fact about a registration: a JSON merge patch on its current view (a correction, an
/// ID number, a void, a dissolution…), written once and never changed.
struct StoredAmendment
{
    qint64 rowId = 0;
    QUuid id; ///< carries rowId, as a record's UUID does (made by RecordStore::insert)
    qint64 recordRowId = 0;
    QString type;             ///< "correction", "ethnicity", "idNumber", "void", "dissolution", …
    qint64 byRecordRowId = 0; ///< the registration that made it (a correction, a recording), or 0
    QString patch;            ///< compact JSON
    qint64 createdAtMs = 0;
    qint64 createdBy = 0;

    /// The columns fromRow() reads, in order.
#define HOTICH_AMENDMENT_COLUMNS "id, record, type, by_record, patch, created_at, created_by, uuid"
    static constexpr const char *kColumns = HOTICH_AMENDMENT_COLUMNS;
    static StoredAmendment fromRow(const QSqlQuery &row);
    static StoredAmendment fromRow(const Statement &row);

    QJsonObject patchJson() const;
    QByteArray contentHash() const;
};

/// The records and amendments tables: inserts and reads, nothing else (they are append-only).
class RecordStore
{
public:
    explicit RecordStore(Database &db) : m_db(db) {}

    /// Writes a new record. Its rowId must be set and carried by its UUID (makeRecordUuid).
    Result<void> insert(StoredRecord &record);
    /// Writes a new amendment; its row id and UUID are made here (the UUID carries the row id). An
    /// amendment made elsewhere (caught up from the server) keeps its UUID, which must then carry the
    /// next row id.
    Result<void> insert(StoredAmendment &amendment);

    Result<std::optional<StoredRecord>> find(const QUuid &id);
    Result<std::optional<StoredRecord>> findByRowId(qint64 rowId);
    /// The highest row id in use (0 in an empty register): the next record takes the one after.
    Result<qint64> lastRowId();
    Result<QList<StoredAmendment>> amendmentsOf(qint64 recordRowId);
    /// Calls `visit` with the UUID of every record (of `kind`, if given) in the order registered;
    /// stops at the first error `visit` returns.
    Result<void> forEachRecordId(std::optional<EventKind> kind,
                                 const std::function<Result<void>(const QUuid &)> &visit);

    static QString serialize(const QJsonObject &json);

private:
    Result<std::optional<StoredRecord>> findWhere(const QString &sql, const QVariant &key);

    Database &m_db;
};

} // namespace hotich
