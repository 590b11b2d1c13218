#pragma once

#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "model/Finding.h"
#include "model/RecordValidator.h"
#include "rules/RuleContext.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace hotich {

struct RecordView;

/// The result of one registration: where it went in the register, and the warnings kept with it.
struct RegistrationOutcome
{
    QUuid id;
    EventKind kind = EventKind::Birth;
    int year = 0;
    int number = 0;
    int book = 0;
    Findings warnings;

    /// {"id":…, "kind":…, "year":…, "number":…, "book":…, "warnings":[…]}
    QJsonObject toJson() const;
};

/// Findings as JSON: [{"severity","code","field","message","messageEn"}].
QJsonArray findingsToJson(const Findings &findings);

/// Writes registrations. Each one is a single SQLite transaction holding the record, its register
/// number, its search row, its audit-journal entry and its sync-outbox entry — all or nothing, also
/// across a crash or a power cut. Corrections, voids and ID numbers are new rows that reference the
/// record; nothing is ever updated in place.
class Registrar
{
public:
    Registrar(Database &db, const Clock &clock);

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
    struct Plan;
    struct Session;
    struct SessionDeleter
    {
        void operator()(Session *session) const;
    };
    using SessionPtr = std::unique_ptr<Session, SessionDeleter>;
    struct Prepared;
    static constexpr qsizetype kPreparedChunk = 2000;

    static QList<Prepared> prepare(const QList<QJsonObject> &inputs, qsizetype from, qsizetype to,
                                   const RuleContext &context);
    Result<RegistrationOutcome> registerOne(const Prepared &prepared, const Account &actor, Session &session);
    Result<void> planAmendment(Plan &plan);
    Result<void> writeAmendment(qint64 targetRowId, EventKind targetKind, const QString &type,
                                const QJsonObject &patch, qint64 byRecordRowId, const Account &actor,
                                Session &session);
    /// A direct amendment (no registration of its own): checks, then the patch `patchFor` makes.
    Result<void> amend(const QUuid &target, const Account &actor, const QString &type,
                       const std::function<Result<QJsonObject>(const RecordView &)> &patchFor);
    Result<void> requireRole(const Account &actor, Role role) const;
    Result<QString> office();
    /// Begins a write transaction and the session it runs in: the last committed session again if
    /// nothing has changed the file since (its chain heads and register positions are still true).
    /// `today` is the local date the rules were checked on (finding it takes a time-zone look-up).
    Result<void> beginSession(std::optional<Transaction> &tx, SessionPtr &session, QDate today);
    /// Commits; the session is kept for the next transaction.
    Result<void> commitSession(std::optional<Transaction> &tx, SessionPtr &session);

    Database &m_db;
    const Clock &m_clock;
    QString m_office;
    SessionPtr m_lastSession; ///< the last committed session, while m_lastSessionVersion holds
    unsigned m_lastSessionVersion = 0;
};

} // namespace hotich
