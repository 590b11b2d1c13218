#pragma once

#include "model/EventKind.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace hotich {

/// One outbox entry as it travels to the ministry server (docs/sync-protocol.md): the entry and
/// everything its content hash covers, so the server recomputes the content hash and the chain
/// hash from what it receives. Records and amendments are named by UUID, the officer by login.
struct SyncEntry
{
    enum class Operation
    {
        Register, ///< a registration of any kind
        Amend,    ///< a later fact about a record: correction effect, ID number, void, …
        BookClose ///< a register book closed
    };

    qint64 seq = 0;
    QString office;
    Operation operation = Operation::Register;
    qint64 createdAtMs = 0;
    QString actorLogin;
    QString actorName;

    // Register: the record. Amend: recordId is the amended record.
    QUuid recordId;
    EventKind kind = EventKind::Birth; ///< Register, BookClose
    int year = 0;                      ///< Register (0: historical, unnumbered), BookClose
    int number = 0;                    ///< Register
    int book = 0;                      ///< Register: the volume; BookClose: the volume closed
    QDate registrationDate;            ///< Register
    QByteArray payload;                ///< Register: canonical JSON (UTF-8); Amend: the patch

    // Amend:
    QUuid amendmentId;
    QString amendmentType; ///< "correction", "idNumber", "void", …
    QUuid byRecordId;      ///< the registration that made the amendment, or null

    /// The portable content hash (BLAKE2b-256 of the fields the operation covers). A registration
    /// may pass the payload's hash when it already has it (FieldHasher::of(payload)).
    QByteArray contentHash(const QByteArray &payloadHash = {}) const;
    /// The chain hash of this entry after `previous` (empty before the first entry).
    QByteArray chainHash(const QByteArray &previous, const QByteArray &contentHash) const;

    /// Member by member: what the sync protocol's round trips are checked with.
    bool operator==(const SyncEntry &) const = default;
};

/// "register", "amend", "book.close": as stored in the outbox and sent on the wire.
QString operationCode(SyncEntry::Operation operation);
std::optional<SyncEntry::Operation> parseOperationCode(QStringView code);

} // namespace hotich
