#include "RegisterIdentity.h"

#include "util/Uuid.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

Result<RegisterIdentity> RegisterIdentity::read(Database &db)
{
    Reader q(db.statement(
        u"SELECT uuid, epoch, epoch_origin, epoch_started_at, catch_up, allow_fork FROM register WHERE id = 1"_s));
    if (auto r = db.run(*q, u"đọc mã sổ"_s); !r)
        return r.error();
    if (!q->next()) {
        return Error::make(ErrorKind::Corrupt, u"register.identity"_s, u"Sổ hộ tịch không có mã sổ"_s,
                           u"The register has no identity"_s);
    }
    RegisterIdentity id;
    id.uuid = QUuid::fromRfc4122(q->value(0).toByteArray());
    id.epoch = QUuid::fromRfc4122(q->value(1).toByteArray());
    id.epochOrigin = q->value(2).toString();
    id.epochStartedAtMs = q->value(3).toLongLong();
    id.catchUp = q->value(4).toBool();
    id.allowFork = q->value(5).toBool();
    return id;
}

Result<RegisterIdentity> RegisterIdentity::beginEpoch(Database &db, const QString &origin, qint64 nowMs)
{
    QSqlQuery &q = db.statement(u"UPDATE register SET epoch = ?, epoch_origin = ?, epoch_started_at = ?, "
                                u"catch_up = ?, allow_fork = 0 "
                                u"WHERE id = 1"_s);
    q.bindValue(0, makeUuidV7(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC)).toRfc4122());
    q.bindValue(1, origin);
    q.bindValue(2, nowMs);
    q.bindValue(3, origin == u"restore"_s ? 1 : 0);
    if (auto r = db.run(q, u"ghi mã sổ"_s); !r)
        return r.error();
    return read(db);
}

Result<void> RegisterIdentity::setCatchUp(Database &db, bool catchUp, bool allowFork)
{
    QSqlQuery &q = db.statement(u"UPDATE register SET catch_up = ?, allow_fork = ? WHERE id = 1"_s);
    q.bindValue(0, catchUp ? 1 : 0);
    q.bindValue(1, allowFork ? 1 : 0);
    return db.run(q, u"ghi mã sổ"_s);
}

Error catchUpFirst()
{
    return Error::make(
        ErrorKind::Conflict, u"register.catchUp"_s,
        u"Sổ vừa được khôi phục từ bản sao lưu: hãy đồng bộ với máy chủ (hotich-admin sync) để lấy lại các "
        u"hồ sơ đã gửi sau ngày sao lưu trước khi đăng ký tiếp, nếu không số đăng ký sẽ trùng với số Bộ đã "
        u"có. "
        u"Nếu không thể kết nối, quản trị viên có thể cho phép ghi tiếp (hotich-admin sync --allow-fork): "
        u"lịch sử của sổ sẽ bị rẽ nhánh và cần tỉnh xử lý."_s,
        u"The register was just restored from a backup: sync with the server (hotich-admin sync) to get back "
        u"the records sent after the backup was made before registering again, or the register numbers will "
        u"collide with ones the ministry already has. If the server cannot be reached, an administrator can "
        u"allow writing anyway (hotich-admin sync --allow-fork): the register's history then forks and the "
        u"province must resolve it."_s);
}

} // namespace hotich
