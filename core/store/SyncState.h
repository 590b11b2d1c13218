#pragma once

#include "Database.h"

#include <QByteArray>
#include <QString>

namespace hotich {

/// The sync engine's own state (the sync_state row): where the server is, how this office proves
/// who it is, how far the server has acknowledged the outbox, where the pull feed stands, and how
/// the last attempt went. Mutable, and kept apart from the append-only facts.
struct SyncState
{
    QString serverUrl;
    QString credentialId;
    QByteArray credentialSecret;
    QByteArray caCertificate; ///< PEM, when the server's certificate is checked against our own CA
    qint64 pushedThrough = 0; ///< the highest outbox sequence the server holds
    QByteArray pullCursor;    ///< opaque to the client
    qint64 lastAttemptAtMs = 0;
    qint64 lastSuccessAtMs = 0;
    QString lastErrorCode; ///< empty after a success
    QString lastErrorVi;
    QString lastErrorEn;

    bool enrolled() const { return !credentialId.isEmpty(); }

    static Result<SyncState> read(Database &db);
    /// After enrolment: the server and the credential it issued.
    static Result<void> saveEnrolment(Database &db, const QString &serverUrl, const QString &credentialId,
                                      const QByteArray &secret, const QByteArray &caCertificate);
    static Result<void> savePushedThrough(Database &db, qint64 seq);
    /// When the server says it holds less than we thought (push.gap): send again from there.
    static Result<void> rewindPushedThrough(Database &db, qint64 seq);
    static Result<void> savePullCursor(Database &db, const QByteArray &cursor);
    static Result<void> saveSuccess(Database &db, qint64 atMs);
    static Result<void> saveFailure(Database &db, qint64 atMs, const Error &error);
};

} // namespace hotich
