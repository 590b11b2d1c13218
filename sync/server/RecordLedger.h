#pragma once

#include "model/Person.h"

#include "model/EventKind.h"
#include "rules/RuleContext.h"
#include "store/RegisterIndex.h"
#include "store/SyncEntry.h"
#include "sync/server/ServerDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace hotich::server {

/// A record as the server holds it: its registration's numbers, never rewritten, and its current
/// content (the registration with every amendment's merge patch applied).
/// The persons of a birth that the server's rules read.
struct BirthParties
{
    PersonView child;
    PersonView mother;

    static BirthParties of(const QJsonObject &birth);
};

struct ServerRecord
{
    QUuid id;
    QString office;
    qint64 seq = 0; ///< the entry that registered it
    EventKind kind = EventKind::Birth;
    int year = 0; ///< 0: a digitised historical record without a number
    int number = 0;
    int book = 0;
    QDate registrationDate;
    QJsonObject content;
    RecordStatus status = RecordStatus::Active;
    /// A birth as written: what a duplicate at another office shares (birthDuplicateKey); empty
    /// when the record was read back or gives too little.
    QString duplicateKey;
    /// A birth as written: its child and mother, read once for the rules and the ID-number request.
    std::optional<BirthParties> birth;

    /// The record as the rules cite it ("đăng ký khai sinh số 12/2026, ngày …").
    RegisteredEvent event() const;
};

/// A person of a record whom the cross-office rules look for: the parties of a marriage and the
/// deceased of a death. Known by the personal ID number when the record gives it, else by the
/// folded name and full date of birth.
struct PartyKey
{
    QString role; ///< "husband", "wife", "deceased"
    QString idNumber;
    QString nameKey; ///< "nguyen van an|1990-01-02", empty without a full date of birth

    static QList<PartyKey> of(EventKind kind, const QJsonObject &content);
};

/// What applying one entry did.
struct LedgerOutcome
{
    /// The entry breaks a rule for good (another office's record, a number already used, …):
    /// nothing of it was applied. It is still the office's entry: its sequence stands.
    std::optional<Error> rejection;
    /// The record the entry registered or amended.
    std::optional<ServerRecord> record;
    bool registered = false; ///< a new registration (not an amendment)
};

/// The server's records (tables `records` and `persons`): the current state of every office's
/// records, enough for the rules no office can check alone.
class RecordLedger
{
public:
    explicit RecordLedger(ServerDatabase &db) : m_db(db) {}

    Result<std::optional<ServerRecord>> find(const QUuid &id);
    /// Applies a new entry of the office: a registration adds its record, an amendment merges its
    /// patch into the record's content, a book closing changes nothing here.
    Result<LedgerOutcome> apply(const QString &office, const SyncEntry &entry, const QDateTime &now);
    /// Adds the records of the office's registrations (entries of Register), in their order, in
    /// few statements: an outcome for each, as apply would give one after the other (the first of
    /// two entries that claim one UUID or one number is the one written).
    Result<QList<LedgerOutcome>> registerAll(const QString &office, const QList<const SyncEntry *> &entries,
                                             const QDateTime &now);
    /// Voids the record by a decision of the centre (a revocation the office will pull).
    Result<ServerRecord> revoke(const QUuid &id, const QJsonObject &decision, const QDateTime &now);

private:
    /// The record a registration adds, or why the entry holds none.
    static std::variant<ServerRecord, Error> recordOf(const QString &office, const SyncEntry &entry);
    /// What the rules read of a new record (a birth's parties and duplicate key), set once.
    static void readParties(ServerRecord &record);
    /// Why a record could not be inserted: its UUID or its register number is held already.
    Result<LedgerOutcome> whyNotWritten(const QString &office, const SyncEntry &entry);
    Result<LedgerOutcome> amendRecord(const QString &office, const SyncEntry &entry, const QDateTime &now);
    /// Takes the locks of the keys the rules will look the record up by (PostgreSQL), so that two
    /// offices registering the same person at once are checked one after the other.
    Result<void> lockKeys(EventKind kind, const QJsonObject &content);
    /// Writes the record's new content (an amendment's, a revocation's) and its persons again.
    Result<void> rewriteContent(ServerRecord &record, const QDateTime &now);

    ServerDatabase &m_db;
};

} // namespace hotich::server
