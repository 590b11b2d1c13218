#pragma once

#include "SyncTransport.h"
#include "auth/Accounts.h"
#include "registry/RegisterSetup.h"
#include "store/Database.h"
#include "store/RegisterIdentity.h"
#include "util/Clock.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace hotich::sync {

/// What one sync did, as `hotich-admin sync` prints it.
struct SyncSummary
{
    qint64 pushed = 0;      ///< outbox entries the server took in this sync
    qint64 pulled = 0;      ///< changes applied from the server
    qint64 rejected = 0;    ///< entries the server refused permanently (kept with their records)
    qint64 quarantined = 0; ///< entries of a forked history, held by the server for the province
    qint64 caughtUp = 0;    ///< entries of this office brought back after a restore
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 roundTrips = 0;
    bool stopped = false; ///< asked to stop with more to send or receive: the next sync goes on

    QJsonObject toJson() const;
};

/// One sync of a register with the ministry server (docs/sync-protocol.md): rounds of push then
/// pull until the outbox is through and the pull feed is empty. Each round's results are committed
/// before the next is sent, so a cut connection or a crash loses at most the round in flight.
/// Runs on whatever thread owns the Database; the SyncEngine gives it its own thread.
class SyncClient
{
public:
    /// `actor` is the account the sync runs as: pulled ID numbers are written in its name.
    SyncClient(Database &db, const Clock &clock, SyncTransport &transport, Account actor);

    /// Entries sent per round; bounded by the protocol's limit.
    void setBatchSize(int entries) { m_batch = entries; }
    /// Called after every round with the totals so far; returning false stops the sync there (the
    /// rounds done are committed; the next sync goes on from them).
    void setProgress(std::function<bool(const SyncSummary &)> progress) { m_progress = std::move(progress); }

    /// Enrols the office with a one-time code; keeps the credential in the register.
    Result<void> enrol(const QString &serverUrl, const QString &code, const QByteArray &caCertificate);
    /// Syncs until there is nothing more to send or receive. The outcome is also kept in the
    /// register's sync state (last success, or the error and when).
    Result<SyncSummary> run();

private:
    struct PreparedRound;
    /// One round of push and pull; `ahead` is the next round if it was made while this one was in
    /// flight (a backlog), taken and replaced by this round.
    Result<bool> round(SyncSummary &summary, std::optional<PreparedRound> &ahead);
    /// The request pushing the outbox from `from`, encoded.
    Result<PreparedRound> prepare(const OfficeInfo &office, const RegisterIdentity &identity,
                                  const QByteArray &pullCursor, qint64 from);

    Database &m_db;
    const Clock &m_clock;
    SyncTransport &m_transport;
    Account m_actor;
    int m_batch = 500;
    std::function<bool(const SyncSummary &)> m_progress;
};

/// An enrolment code as typed ("abcd-efgh ijkm", O for 0) in the protocol's alphabet.
QString normalizeEnrolCode(const QString &typed);

/// The application's version, sent in every sync request.
QString applicationVersion();

} // namespace hotich::sync
