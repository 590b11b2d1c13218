#include "SchemaUpgrades.h"

#include "Database.h"
#include "Outbox.h"
#include "RegisterIndex.h"
#include "Schema.h"
#include "model/RecordValidator.h"
#include "text/Fold.h"
#include "util/Uuid.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich::schema {

namespace {

Result<void> createIdentity(Database &db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db.connection());
    q.prepare(
        u"INSERT INTO register (id, uuid, epoch, epoch_origin, epoch_started_at) VALUES (1, ?, ?, 'init', ?)"_s);
    q.bindValue(0, makeUuidV7(now).toRfc4122());
    q.bindValue(1, makeUuidV7(now).toRfc4122());
    q.bindValue(2, now.toMSecsSinceEpoch());
    return db.run(q, u"tạo mã sổ"_s);
}

Result<void> giveAmendmentsUuids(Database &db)
{
    QSqlQuery rows(db.connection());
    if (!rows.exec(u"SELECT id, created_at FROM amendments ORDER BY id"_s))
        return db.errorFrom(rows.lastError(), u"đọc nội dung sửa đổi"_s);
    QList<std::pair<qint64, qint64>> amendments;
    while (rows.next())
        amendments.append({rows.value(0).toLongLong(), rows.value(1).toLongLong()});
    rows.finish();
    if (auto r = db.exec(u"DROP TRIGGER amendments_no_update"_s); !r)
        return r;
    QSqlQuery set(db.connection());
    set.prepare(u"UPDATE amendments SET uuid = ? WHERE id = ?"_s);
    for (const auto &[id, createdAt] : std::as_const(amendments)) {
        set.bindValue(0, makeRecordUuid(QDateTime::fromMSecsSinceEpoch(createdAt, Qt::UTC), id).toRfc4122());
        set.bindValue(1, id);
        if (auto r = db.run(set, u"ghi mã nội dung sửa đổi"_s); !r)
            return r;
    }
    return db.exec(appendOnly(u"amendments"_s).first()); // its no-update trigger again
}

Result<void> rewriteOutbox(Database &db)
{
    QSqlQuery old(db.connection());
    if (!old.exec(u"SELECT o.seq, o.office, o.operation, o.record, o.amendment, o.created_at, "
                  u"a.login, a.full_name FROM outbox o "
                  u"LEFT JOIN amendments m ON m.id = o.amendment "
                  u"JOIN records r ON r.id = o.record "
                  u"LEFT JOIN accounts a ON a.id = coalesce(m.created_by, r.created_by) ORDER BY o.seq"_s))
        return db.errorFrom(old.lastError(), u"đọc hàng đợi đồng bộ"_s);
    struct Old
    {
        SyncEntry entry;
        qint64 record;
        qint64 amendment;
    };
    QList<Old> entries;
    while (old.next()) {
        Old o;
        o.entry.seq = old.value(0).toLongLong();
        o.entry.office = old.value(1).toString();
        o.entry.operation = old.value(2).toString() == u"amend"_s ? SyncEntry::Operation::Amend
                                                                  : SyncEntry::Operation::Register;
        o.record = old.value(3).toLongLong();
        o.amendment = old.value(4).toLongLong();
        o.entry.createdAtMs = old.value(5).toLongLong();
        o.entry.actorLogin = old.value(6).toString();
        o.entry.actorName = old.value(7).toString();
        entries << o;
    }
    old.finish();
    QSqlQuery insert(db.connection());
    insert.prepare(
        u"INSERT INTO outbox_new (seq, office, operation, record_uuid, amendment_uuid, actor_login, "
        u"actor_name, content_hash, hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QByteArray previous;
    for (Old &o : entries) {
        if (auto r = Outbox::loadContent(db, o.entry, o.record, o.amendment); !r)
            return r;
        const QByteArray content = o.entry.contentHash();
        const QByteArray hash = o.entry.chainHash(previous, content);
        insert.bindValue(0, o.entry.seq);
        insert.bindValue(1, o.entry.office);
        insert.bindValue(2, operationCode(o.entry.operation));
        insert.bindValue(3, o.entry.recordId.toRfc4122());
        insert.bindValue(4, o.entry.amendmentId.isNull() ? QVariant()
                                                         : QVariant(o.entry.amendmentId.toRfc4122()));
        insert.bindValue(5, o.entry.actorLogin);
        insert.bindValue(6, o.entry.actorName);
        insert.bindValue(7, content);
        insert.bindValue(8, hash);
        insert.bindValue(9, o.entry.createdAtMs);
        if (auto r = db.run(insert, u"ghi hàng đợi đồng bộ"_s); !r)
            return r;
        previous = hash;
    }
    const QStringList swap =
        QStringList{u"DROP TABLE outbox"_s, u"ALTER TABLE outbox_new RENAME TO outbox"_s} +
        appendOnly(u"outbox"_s);
    for (const QString &sql : swap) {
        if (auto r = db.exec(sql); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> upgradeTo6(Database &db)
{
    if (auto r = createIdentity(db); !r)
        return r;
    if (auto r = giveAmendmentsUuids(db); !r)
        return r;
    return rewriteOutbox(db);
}

Result<void> upgradeTo9(Database &db)
{
    // Record by record, its amendments in order: the current view as RecordView::derive makes it.
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT r.id, r.kind, r.payload, a.patch FROM records r "
                   u"JOIN record_index i ON i.record = r.id "
                   u"LEFT JOIN amendments a ON a.record = r.id ORDER BY r.id, a.id"_s))
        return db.errorFrom(rows.lastError(), u"đọc hồ sơ"_s);
    QList<std::pair<qint64, QString>> additions;
    qint64 current = 0;
    std::optional<EventKind> kind;
    QJsonObject view;
    const auto finish = [&] {
        if (current && kind) {
            const QStringList others = IndexEntry::otherFoldedNames(*kind, RecordFacts::of(*kind, view));
            if (!others.isEmpty())
                additions.append({current, u" | "_s + others.join(u" | "_s)});
        }
    };
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        if (id != current) {
            finish();
            current = id;
            kind = parseKindCode(rows.value(1).toString());
            view = QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        }
        if (!rows.value(3).isNull())
            view = applyMergePatch(view, QJsonDocument::fromJson(rows.value(3).toString().toUtf8()).object());
    }
    finish();
    rows.finish();

    QSqlQuery add(db.connection());
    add.prepare(u"UPDATE record_index SET names = names || ? WHERE record = ?"_s);
    for (const auto &[record, names] : std::as_const(additions)) {
        add.bindValue(0, names);
        add.bindValue(1, record);
        if (auto r = db.run(add, u"ghi chỉ mục tìm kiếm"_s); !r)
            return r;
    }
    // The FTS5 index holds the old names of the rows it indexed: build it again from the rows.
    if (auto r = db.exec(u"INSERT INTO record_fts (record_fts) VALUES ('rebuild')"_s); !r)
        return r;
    return db.exec(u"UPDATE record_fts_state SET indexed_through = "
                   u"(SELECT coalesce(max(record), 0) FROM record_index)"_s);
}

namespace {

/// Search rows named their principal persons as one part ("bui van an nguyen kim bich | …" for a
/// marriage): each becomes a part of its own, as IndexEntry writes them now. The display names
/// them apart, as written (" – " between them).
Result<void> separatePrincipalPersons(Database &db)
{
    QSqlQuery rows(db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT record, names, display FROM record_index WHERE instr(display, ' – ') > 0"_s))
        return db.errorFrom(rows.lastError(), u"đọc chỉ mục tìm kiếm"_s);
    QList<std::pair<qint64, QString>> separated;
    while (rows.next()) {
        const QString names = rows.value(1).toString();
        QStringList principal;
        for (const QString &person : rows.value(2).toString().split(u" – "_s))
            principal << text::fold(person);
        const qsizetype others = names.indexOf(u'|');
        separated.append({rows.value(0).toLongLong(),
                          principal.join(u" | "_s) + (others < 0 ? QString() : u' ' + names.mid(others))});
    }
    rows.finish();
    QSqlQuery set(db.connection());
    set.prepare(u"UPDATE record_index SET names = ? WHERE record = ?"_s);
    for (const auto &[record, names] : std::as_const(separated)) {
        set.bindValue(0, names);
        set.bindValue(1, record);
        if (auto r = db.run(set, u"ghi chỉ mục tìm kiếm"_s); !r)
            return r;
    }
    return {};
}

} // namespace

Result<void> upgradeTo11(Database &db)
{
    if (auto r = separatePrincipalPersons(db); !r)
        return r;
    auto rows = RegisterIndex(db).rebuildSearchIndex();
    if (!rows)
        return rows.error();
    return {};
}

} // namespace hotich::schema
