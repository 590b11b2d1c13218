#include "sync/server/RegisterEpochs.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

Result<std::optional<qint64>> RegisterEpochs::knownThrough(const QString &office, const QUuid &registerUuid,
                                                           const QUuid &epoch)
{
    auto q = m_db.run(u"SELECT known_through FROM register_epochs WHERE office = ? AND register_uuid = ? AND "
                      u"epoch_uuid = ?"_s,
                      {office, uuidValue(registerUuid), uuidValue(epoch)}, u"đọc lần khởi tạo của sổ"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<qint64>();
    return std::optional<qint64>(q->value(0).toLongLong());
}

Result<void> RegisterEpochs::vouch(const QString &office, const QUuid &registerUuid, const QUuid &epoch,
                                   qint64 through, const QDateTime &now)
{
    // Upsert in the syntax both databases share (SQLite 3.24+, PostgreSQL 9.5+).
    auto r = m_db.run(u"INSERT INTO register_epochs (office, register_uuid, epoch_uuid, known_through, "
                      u"first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?) "
                      u"ON CONFLICT (office, register_uuid, epoch_uuid) DO UPDATE SET "
                      u"known_through = CASE WHEN excluded.known_through > register_epochs.known_through "
                      u"THEN excluded.known_through ELSE register_epochs.known_through END, "
                      u"last_seen_at = excluded.last_seen_at"_s,
                      {office, uuidValue(registerUuid), uuidValue(epoch), through, now.toMSecsSinceEpoch(),
                       now.toMSecsSinceEpoch()},
                      u"ghi lần khởi tạo của sổ"_s);
    if (!r)
        return r.error();
    return {};
}

} // namespace hotich::server
