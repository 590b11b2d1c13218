#pragma once

#include "RegistrationOutcome.h"
#include "WriteSession.h"
#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "model/RecordValidator.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace hotich {

struct RecordView;
struct PreparedRecord;

/// Writes registrations. Each one is a single SQLite transaction holding the record, its register
/// number, its search row, its audit-journal entry and its sync-outbox entry — all or nothing, also
/// across a crash or a power cut. Corrections, voids and ID numbers are new rows that reference the
/// record; nothing is ever updated in place.
///
/// The jobs around it live in files of their own: preparing records off the writing thread
/// (RecordPreparation), the amendment rules of each kind (AmendmentPlan), the transaction and the
/// journal and outbox entries it writes (WriteSession), and the messages (RegistrationErrors).
class Registrar
{
public:
    Registrar(Database &db, const Clock &clock);
    ~Registrar();

    Result<RegistrationOutcome> registerRecord(const QJsonObject &input, const Account &actor);

    /// Registers many records (e.g. a digitised book). Every record is checked against the schema
    /// before anything is written; then `batchSize` records per transaction (0: all in one), so a
    /// rejection or a crash leaves whole batches only. `onRegistered` sees each registration.
    using Progress = std::function<void(qsizetype index, const RegistrationOutcome &)>;
    Result<qsizetype> registerMany(const QList<QJsonObject> &inputs, const Account &actor,
                                   qsizetype batchSize, const Progress &onRegistered);

    /// Registers a change/correction/supplement of a record: `correction` holds type, changes (a JSON
    /// merge patch on the record), reason, requester and optionally registrationDate (default today).
    Result<RegistrationOutcome> correct(const QUuid &target, QJsonObject correction, const Account &actor);

    /// Records the personal ID number issued for the subject of a registration.
    Result<void> assignIdNumber(const QUuid &target, const QString &idNumber, const Account &actor);

    /// Records the revocation of a registration by a competent authority; `decision` holds
    /// number, issuer, date and reason.
    Result<void> voidRecord(const QUuid &target, const QJsonObject &decision, const Account &actor);

private:
    static constexpr qsizetype kPreparedChunk = 2000;

    Result<RegistrationOutcome> registerOne(const PreparedRecord &prepared, const Account &actor,
                                            WriteSession &session);
    /// A direct amendment (no registration of its own): checks, then the patch `patchFor` makes.
    Result<void> amend(const QUuid &target, const Account &actor, const QString &type,
                       const std::function<Result<QJsonObject>(const RecordView &)> &patchFor);
    /// The office's code, read once.
    Result<QString> office();
    Result<void> begin(std::optional<Transaction> &tx, std::unique_ptr<WriteSession> &session, QDate today);

    Database &m_db;
    const Clock &m_clock;
    QString m_office;
    WriteSessions m_sessions;
};

} // namespace hotich
