#include "sync/server/Enrolment.h"

#include "auth/PasswordHash.h"
#include "sync/server/Offices.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

Error refused(const QString &code, const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::PermissionDenied, code, vi, en);
}

QString randomCode()
{
    static const QByteArray alphabet(Enrolment::kAlphabet);
    (void)randomBytes(0); // starts libsodium
    QString code;
    for (int i = 0; i < Enrolment::kCodeLength; ++i)
        code += QLatin1Char(alphabet[int(randombytes_uniform(quint32(alphabet.size())))]);
    return code;
}

} // namespace

QString Enrolment::normalizeCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c != u' ' && c != u'-')
            code += c.toUpper();
    }
    return code;
}

Result<EnrolCode> Enrolment::createCode(const QString &office, const QDateTime &now)
{
    Offices offices(m_db);
    if (auto r = offices.ensure(office, now); !r)
        return r.error();
    const QString code = randomCode();
    auto hash = password::hash(code.toLatin1());
    if (!hash)
        return hash.error();
    ServerTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto head = offices.lock(office); !head)
        return head.error();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (auto r = m_db.run(u"UPDATE enrol_codes SET replaced_at = ? WHERE office = ? AND used_at IS NULL AND "
                          u"replaced_at IS NULL"_s,
                          {nowMs, office}, u"thay mã đăng ký cũ"_s);
        !r)
        return r.error();
    const QDateTime expires = now.addSecs(qint64(kValidHours) * 3600);
    if (auto r = m_db.run(
            u"INSERT INTO enrol_codes (office, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?)"_s,
            {office, *hash, nowMs, expires.toMSecsSinceEpoch()}, u"ghi mã đăng ký"_s);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return EnrolCode{office, code, expires};
}

Result<Credential> Enrolment::enrol(const QString &office, const QUuid &registerUuid, const QString &typed,
                                    const QDateTime &now)
{
    if (registerUuid.isNull()) {
        return Error::invalid(u"enrol.register"_s, u"register"_s, u"Thiếu mã sổ (register UUID)"_s,
                              u"The register UUID is missing"_s);
    }
    ServerTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    // The office row is locked: two attempts with the same code cannot both use it.
    auto head = Offices(m_db).lock(office);
    if (!head) {
        if (head.error().code != u"office.unknown"_s)
            return head.error();
        return refused(u"enrol.noCode"_s,
                       u"Đơn vị %1 chưa có mã đăng ký: hãy xin cấp tỉnh cấp mã"_s.arg(office),
                       u"The office %1 has no enrolment code: ask the province for one"_s.arg(office));
    }
    auto q =
        m_db.run(u"SELECT id, code_hash, expires_at, failed_tries, used_at FROM enrol_codes WHERE office = ? "
                 u"ORDER BY id DESC LIMIT 1"_s,
                 {office}, u"đọc mã đăng ký"_s);
    if (!q)
        return q.error();
    if (!q->next()) {
        return refused(u"enrol.noCode"_s,
                       u"Đơn vị %1 chưa có mã đăng ký: hãy xin cấp tỉnh cấp mã"_s.arg(office),
                       u"The office %1 has no enrolment code: ask the province for one"_s.arg(office));
    }
    const qint64 id = q->value(0).toLongLong();
    const QString hash = q->value(1).toString();
    const qint64 expiresAt = q->value(2).toLongLong();
    const int tries = q->value(3).toInt();
    const bool used = !q->value(4).isNull();
    q->finish();
    if (used) {
        return refused(
            u"enrol.codeUsed"_s,
            u"Mã đăng ký của đơn vị %1 đã được dùng: mỗi mã chỉ dùng một lần, hãy xin mã mới"_s.arg(office),
            u"The enrolment code of the office %1 has been used: a code works once, ask for a new one"_s.arg(
                office));
    }
    if (tries >= kMaximumTries) {
        return refused(
            u"enrol.codeLocked"_s,
            u"Mã đăng ký của đơn vị %1 đã bị khóa sau %2 lần nhập sai: hãy xin mã mới"_s.arg(office).arg(
                kMaximumTries),
            u"The enrolment code of the office %1 is dead after %2 wrong tries: ask for a new one"_s
                .arg(office)
                .arg(kMaximumTries));
    }
    if (now.toMSecsSinceEpoch() >= expiresAt) {
        return refused(
            u"enrol.codeExpired"_s,
            u"Mã đăng ký của đơn vị %1 đã hết hạn (mã có hiệu lực %2 giờ): hãy xin mã mới"_s.arg(office).arg(
                kValidHours),
            u"The enrolment code of the office %1 has expired (a code is valid %2 hours): ask for a "
            u"new one"_s.arg(office)
                .arg(kValidHours));
    }
    const QString code = normalizeCode(typed);
    if (code.size() != kCodeLength || !password::verify(hash, code.toLatin1())) {
        // The try counts even though the request fails: committed before the refusal.
        if (auto r = m_db.run(u"UPDATE enrol_codes SET failed_tries = failed_tries + 1 WHERE id = ?"_s, {id},
                              u"ghi lần nhập sai mã"_s);
            !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r.error();
        const int left = kMaximumTries - tries - 1;
        if (left == 0) {
            return refused(
                u"enrol.codeLocked"_s,
                u"Mã đăng ký sai. Mã đã bị khóa sau %1 lần nhập sai: hãy xin mã mới"_s.arg(kMaximumTries),
                u"Wrong enrolment code. The code is now dead after %1 wrong tries: ask for a new one"_s.arg(
                    kMaximumTries));
        }
        return refused(u"enrol.codeWrong"_s, u"Mã đăng ký sai (còn %1 lần thử)"_s.arg(left),
                       u"Wrong enrolment code (%1 tries left)"_s.arg(left));
    }
    if (auto r = m_db.run(u"UPDATE enrol_codes SET used_at = ?, used_by_register = ? WHERE id = ?"_s,
                          {now.toMSecsSinceEpoch(), uuidValue(registerUuid), id}, u"ghi mã đã dùng"_s);
        !r)
        return r.error();
    auto credential = Credentials(m_db).issue(office, registerUuid, now);
    if (!credential)
        return credential.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return credential;
}

} // namespace hotich::server
