#include "SyncState.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

const QString kWhat = u"ghi trạng thái đồng bộ"_s;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<SyncState> SyncState::read(Database &db)
{
    Reader q(
        db.statement(u"SELECT server_url, credential_id, credential_secret, ca_certificate, pushed_through, "
                     u"pull_cursor, last_attempt_at, last_success_at, last_error_code, last_error_vi, "
                     u"last_error_en FROM sync_state WHERE id = 1"_s));
    if (auto r = db.run(*q, u"đọc trạng thái đồng bộ"_s); !r)
        return r.error();
    SyncState s;
    if (!q->next())
        return s;
    s.serverUrl = q->value(0).toString();
    s.credentialId = q->value(1).toString();
    s.credentialSecret = q->value(2).toByteArray();
    s.caCertificate = q->value(3).toByteArray();
    s.pushedThrough = q->value(4).toLongLong();
    s.pullCursor = q->value(5).toByteArray();
    s.lastAttemptAtMs = q->value(6).toLongLong();
    s.lastSuccessAtMs = q->value(7).toLongLong();
    s.lastErrorCode = q->value(8).toString();
    s.lastErrorVi = q->value(9).toString();
    s.lastErrorEn = q->value(10).toString();
    return s;
}

Result<void> SyncState::saveEnrolment(Database &db, const QString &serverUrl, const QString &credentialId,
                                      const QByteArray &secret, const QByteArray &caCertificate)
{
    QSqlQuery &q =
        db.statement(u"UPDATE sync_state SET server_url = ?, credential_id = ?, credential_secret = ?, "
                     u"ca_certificate = ? WHERE id = 1"_s);
    q.bindValue(0, serverUrl);
    q.bindValue(1, credentialId);
    q.bindValue(2, secret);
    q.bindValue(3, caCertificate.isEmpty() ? QVariant() : QVariant(caCertificate));
    return db.run(q, kWhat);
}

Result<void> SyncState::savePushedThrough(Database &db, qint64 seq)
{
    QSqlQuery &q =
        db.statement(u"UPDATE sync_state SET pushed_through = max(pushed_through, ?) WHERE id = 1"_s);
    q.bindValue(0, seq);
    return db.run(q, kWhat);
}

Result<void> SyncState::rewindPushedThrough(Database &db, qint64 seq)
{
    QSqlQuery &q = db.statement(u"UPDATE sync_state SET pushed_through = ? WHERE id = 1"_s);
    q.bindValue(0, seq);
    return db.run(q, kWhat);
}

Result<void> SyncState::savePullCursor(Database &db, const QByteArray &cursor)
{
    QSqlQuery &q = db.statement(u"UPDATE sync_state SET pull_cursor = ? WHERE id = 1"_s);
    q.bindValue(0, cursor);
    return db.run(q, kWhat);
}

Result<void> SyncState::saveSuccess(Database &db, qint64 atMs)
{
    QSqlQuery &q =
        db.statement(u"UPDATE sync_state SET last_attempt_at = ?, last_success_at = ?, "
                     u"last_error_code = NULL, last_error_vi = NULL, last_error_en = NULL WHERE id = 1"_s);
    q.bindValue(0, atMs);
    q.bindValue(1, atMs);
    return db.run(q, kWhat);
}

Result<void> SyncState::saveFailure(Database &db, qint64 atMs, const Error &error)
{
    QSqlQuery &q = db.statement(u"UPDATE sync_state SET last_attempt_at = ?, last_error_code = ?, "
                                u"last_error_vi = ?, last_error_en = ? WHERE id = 1"_s);
    q.bindValue(0, atMs);
    q.bindValue(1, nullable(error.code));
    q.bindValue(2, nullable(error.vi));
    q.bindValue(3, nullable(error.en));
    return db.run(q, kWhat);
}

} // namespace hotich
