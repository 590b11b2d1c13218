#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace hotich::server {

// What an office pulls from the centre (docs/sync-protocol.md, "Pulled facts"). Plain values with
// a JSON form: the server keeps each change as that JSON, and the frame codec may carry the same
// members. Nothing here knows of databases.

/// Where a personal ID number request stands.
enum class IdNumberState
{
    Pending,            ///< asked; the population registry has not answered yet
    Assigned,           ///< a number was issued: the office records it (an `idNumber` amendment)
    SuspectedDuplicate, ///< the person may already have a number (a twin, the same birth twice)
    NeedsVerification,  ///< the registry needs the office to check the record first
    Rejected,           ///< refused, with the reason
};

QString idNumberStateCode(IdNumberState state);
std::optional<IdNumberState> parseIdNumberState(QStringView code);

/// The registry's answer about one birth.
struct IdNumberResult
{
    QUuid record;
    IdNumberState state = IdNumberState::Pending;
    QString idNumber; ///< Assigned
    QString code;     ///< the reason, for every state but Assigned
    QString vi;
    QString en;
    qint64 dueAtMs = 0; ///< Pending: when an answer is expected (0: not known)
};

/// A check across offices that one office cannot make alone: the same birth registered at two
/// offices, a party to a marriage already married elsewhere. A warning: the record stays.
struct CrossOfficeFinding
{
    QUuid record;  ///< the pulling office's record
    QString code;  ///< "birth.possibleDuplicate", "marriage.alreadyMarried"
    QString field; ///< the member of the record concerned ("subject", "wife")
    QString vi;
    QString en;
    QUuid otherRecord;   ///< the record it collides with
    QString otherOffice; ///< that record's office (may be the pulling office itself)
};

/// A new version of a reference list (administrative units, code lists).
struct ReferenceUpdate
{
    QString list; ///< "admin-units", "ethnic-groups", …
    int version = 0;
    QString content; ///< the list in its file format (UTF-8 TSV)
};

/// A record voided by the centre (a court or a superior body's decision): the office writes the
/// void amendment, with the decision.
struct Revocation
{
    QUuid record;
    QJsonObject decision; ///< {issuer, date, reason}, as a local void
};

enum class ChangeKind
{
    IdNumberResult,
    Finding,
    ReferenceUpdate,
    Revocation,
};

QString changeKindCode(ChangeKind kind); ///< "idNumberResult", "finding", "referenceUpdate", "revocation"
std::optional<ChangeKind> parseChangeKindCode(QStringView code);

/// One row of an office's pull feed.
struct Change
{
    qint64 id = 0;   ///< the server's row id (for logs; the cursor is opaque)
    qint64 atMs = 0; ///< when the server made it
    std::variant<IdNumberResult, CrossOfficeFinding, ReferenceUpdate, Revocation> body;

    ChangeKind kind() const;
    /// The record the change concerns (null for reference data).
    QUuid record() const;

    /// The body's members as JSON (UUIDs as text), and back; a body that does not fit its kind is
    /// refused with the member named.
    QJsonObject bodyJson() const;
    static Result<Change> fromJson(ChangeKind kind, const QJsonObject &body);
};

/// One page of the pull feed.
struct PullPage
{
    QList<Change> changes;
    QByteArray cursor; ///< opaque: give it back to the next pull
    bool more = false; ///< another page is ready now
};

} // namespace hotich::server
