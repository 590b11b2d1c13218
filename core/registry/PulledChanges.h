#pragma once

#include "auth/Accounts.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QJsonObject>
#include <QList>
#include <QUuid>

namespace hotich {

/// The state of a personal ID number request, as the centre reports it.
struct IdNumberResult
{
    enum class State
    {
        Pending,
        Assigned,
        SuspectedDuplicate,
        NeedsVerification,
        Rejected
    };
    QUuid record;
    State state = State::Pending;
    QString idNumber; ///< when assigned
    QString reasonVi;
    QString reasonEn;
};

QString idNumberStateCode(IdNumberResult::State state);
std::optional<IdNumberResult::State> parseIdNumberState(QStringView code);

/// Something the centre found about a record (a suspected duplicate at another office, a party
/// already married), or a push rejection of one outbox entry (seq set).
struct SyncFinding
{
    QUuid record;
    qint64 seq = 0;
    QString code;
    QString vi;
    QString en;
    QString relatedOffice;
    QUuid relatedRecord;
};

/// A new version of reference data (administrative units, code lists, form templates).
struct ReferenceUpdate
{
    QString dataset;
    qint64 version = 0;
    QByteArray data;
};

/// A registration revoked by a competent authority, sent by the centre.
struct Revocation
{
    QUuid record;
    QJsonObject decision; ///< number, issuer, date, reason
};

/// One page of the pull feed and the cursor after it.
struct PulledPage
{
    QList<IdNumberResult> idNumbers;
    QList<SyncFinding> findings;
    QList<ReferenceUpdate> references;
    QList<Revocation> revocations;
    QByteArray cursor;
};

/// Applies what the centre sends into the register, each page in one transaction with its cursor,
/// so a crash applies a page whole or not at all and the same page is never applied twice. An
/// assigned ID number and a revocation become amendments of the record, written by the account that
/// runs the sync (as the officer writes a number that arrives into the paper register); they are
/// outbox entries like any amendment, so the centre sees that the office recorded them.
class PulledChanges
{
public:
    PulledChanges(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<void> apply(const PulledPage &page, const Account &actor);
    /// Keeps the server's rejections of pushed entries with the records they name, and how far the
    /// server holds the outbox, in one transaction.
    Result<void> recordPushed(qint64 through, const QList<SyncFinding> &rejections);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich
