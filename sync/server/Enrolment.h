#pragma once

#include "sync/protocol/Messages.h"
#include "sync/server/Credentials.h"
#include "sync/server/ServerDatabase.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace hotich::server {

/// A one-time enrolment code as `hotich-server enrol-code` prints it: the only time it is shown.
struct EnrolCode
{
    QString office;
    QString code; ///< kCodeLength characters of kAlphabet
    QDateTime expiresAt;
};

/// Enrolment: the province makes a one-time code for an office, the office's register trades it
/// for a credential (docs/sync-protocol.md, "Enrolment and recovery"). The server keeps the code's
/// Argon2id hash only, so one code is live per office: a new code replaces the one before, and the
/// wrong tries are counted against it.
class Enrolment
{
public:
    static constexpr int kCodeLength = int(sync::kEnrolCodeLength);
    static constexpr int kValidHours = 72;
    static constexpr int kMaximumTries = 5;
    /// The protocol's (Crockford's base 32: no I, L, O, U), which the register checks before it
    /// sends a code: a code read over the telephone or copied from paper is typed right.
    static constexpr const char *kAlphabet = sync::kEnrolCodeAlphabet;

    explicit Enrolment(ServerDatabase &db) : m_db(db) {}

    /// A new code for the office (which the server adds if it is new), valid kValidHours.
    Result<EnrolCode> createCode(const QString &office, const QDateTime &now);
    /// Trades the office's live code for a credential of the register; the code is then used. Each
    /// refusal says why: no code, used, expired, too many wrong tries, or wrong (with the tries
    /// left). A wrong try is counted even though the request fails.
    Result<Credential> enrol(const QString &office, const QUuid &registerUuid, const QString &code,
                             const QDateTime &now);

    /// The code as typed, in the form it was made: upper case, without spaces or dashes.
    static QString normalizeCode(const QString &typed);

private:
    ServerDatabase &m_db;
};

} // namespace hotich::server
