#include "sync/server/RecordLedger.h"

#include "model/PartialDate.h"
#include "model/Person.h"
#include "model/RecordValidator.h"
#include "sync/server/BulkInsert.h"
#include "sync/server/EntryStore.h"
#include "text/Fold.h"
#include "util/JsonWriter.h"
#include "util/Uuid.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

Error rejection(const QString &code, const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::Conflict, code, vi, en);
}

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// A personal ID number the person's identity document gives ({type, number, …}), when it is one.
QString documentIdNumber(const QJsonObject &person)
{
    const QString number = person.value(u"idDocument"_s).toObject().value(u"number"_s).toString();
    const bool digits = number.size() == 12 && std::all_of(number.begin(), number.end(),
                                                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    return digits ? number : QString();
}

ServerRecord fromRow(const Rows &q)
{
    // uuid, office, seq, kind, year, number, book, registration_date, content
    ServerRecord r;
    r.id = uuidFrom(q.value(0));
    r.office = q.value(1).toString();
    r.seq = q.value(2).toLongLong();
    r.kind = parseKindCode(q.value(3).toString()).value_or(EventKind::Birth);
    r.year = q.value(4).toInt();
    r.number = q.value(5).toInt();
    r.book = q.value(6).toInt();
    r.registrationDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.content = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    r.status = statusFromView(r.content);
    return r;
}

} // namespace

BirthParties BirthParties::of(const QJsonObject &birth)
{
    return {personAt(birth, u"subject"_s), personAt(birth, u"mother"_s)};
}

RegisteredEvent ServerRecord::event() const
{
    RegisteredEvent e;
    e.id = id;
    e.kind = kind;
    e.year = year;
    e.number = number;
    e.registrationDate = registrationDate;
    return e;
}

QList<PartyKey> PartyKey::of(EventKind kind, const QJsonObject &content)
{
    QList<std::pair<QString, QString>> roles; // (member of the record, role in the persons table)
    if (kind == EventKind::Marriage)
        roles = {{u"husband"_s, u"husband"_s}, {u"wife"_s, u"wife"_s}};
    else if (kind == EventKind::Death)
        roles = {{u"subject"_s, u"deceased"_s}};
    QList<PartyKey> keys;
    for (const auto &[member, role] : std::as_const(roles)) {
        const PersonView p = personAt(content, member);
        if (p.isEmpty())
            continue;
        PartyKey k;
        k.role = role;
        k.idNumber = !p.idNumber.isEmpty() ? p.idNumber : documentIdNumber(content.value(member).toObject());
        if (p.birthDate.isFull())
            k.nameKey = text::fold(p.fullName) + u'|' + p.birthDate.toIso();
        if (!k.idNumber.isEmpty() || !k.nameKey.isEmpty())
            keys << k;
    }
    return keys;
}

Result<std::optional<ServerRecord>> RecordLedger::find(const QUuid &id)
{
    auto q = m_db.run(
        u"SELECT uuid, office, seq, kind, year, number, book, registration_date, content FROM records "
        u"WHERE uuid = ?"_s,
        {uuidValue(id)}, u"đọc hồ sơ"_s);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ServerRecord>();
    return std::optional<ServerRecord>(fromRow(*q));
}

Result<LedgerOutcome> RecordLedger::apply(const QString &office, const SyncEntry &entry, const QDateTime &now)
{
    switch (entry.operation) {
    case SyncEntry::Operation::Register: {
        auto outcomes = registerAll(office, {&entry}, now);
        if (!outcomes)
            return outcomes.error();
        return outcomes->constFirst();
    }
    case SyncEntry::Operation::Amend:
        return amendRecord(office, entry, now);
    case SyncEntry::Operation::BookClose:
        break;
    }
    return LedgerOutcome{};
}

Result<void> RecordLedger::lockKeys(EventKind kind, const QJsonObject &content)
{
    if (!m_db.postgres())
        return {}; // SQLite's writers are serialised already: no key to make
    QStringList keys;
    if (kind == EventKind::Birth) {
        if (const QString dup = birthDuplicateKey(content); !dup.isEmpty())
            keys << u"birth:"_s + dup;
    }
    for (const PartyKey &p : PartyKey::of(kind, content)) {
        if (!p.idNumber.isEmpty())
            keys << u"person:id:"_s + p.idNumber;
        if (!p.nameKey.isEmpty())
            keys << u"person:nb:"_s + p.nameKey;
    }
    // In one order everywhere: two pushes that need the same keys take them in the same order.
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (auto r = m_db.lockKey(key); !r)
            return r;
    }
    return {};
}

void RecordLedger::readParties(ServerRecord &record)
{
    if (record.kind == EventKind::Birth) {
        record.birth = BirthParties::of(record.content);
        record.duplicateKey = birthDuplicateKey(record.birth->child, record.birth->mother);
    }
}

Result<void> RecordLedger::rewriteContent(ServerRecord &record, const QDateTime &now)
{
    readParties(record);
    const QString status = statusCode(statusFromView(record.content));
    auto r =
        m_db.run(u"UPDATE records SET content = ?, status = ?, dup_key = ?, updated_at = ? WHERE uuid = ?"_s,
                 {compactJson(record.content), status, nullIfEmpty(record.duplicateKey),
                  now.toMSecsSinceEpoch(), uuidValue(record.id)},
                 u"ghi hồ sơ"_s);
    if (!r)
        return r.error();
    if (auto d =
            m_db.run(u"DELETE FROM persons WHERE record = ?"_s, {uuidValue(record.id)}, u"ghi nhân thân"_s);
        !d)
        return d.error();
    BulkInsert persons(m_db, u"persons (record, role, id_number, name_key)"_s, 4, QString(),
                       u"ghi nhân thân"_s);
    for (const PartyKey &p : PartyKey::of(record.kind, record.content))
        persons.add({uuidValue(record.id), p.role, nullIfEmpty(p.idNumber), nullIfEmpty(p.nameKey)});
    return persons.run();
}

Result<LedgerOutcome> RecordLedger::whyNotWritten(const QString &office, const SyncEntry &entry)
{
    const auto refused = [](Error why) {
        LedgerOutcome out;
        out.rejection = std::move(why);
        return out;
    };
    const QString id = uuidText(entry.recordId);
    auto held = find(entry.recordId);
    if (!held)
        return held.error();
    if (held->has_value()) {
        const ServerRecord &other = **held;
        if (other.office != office) {
            return refused(rejection(
                u"record.otherOffice"_s,
                u"Hồ sơ %1 đã được đơn vị %2 đăng ký: một hồ sơ chỉ thuộc một đơn vị"_s.arg(id, other.office),
                u"Record %1 is registered by the office %2: a record belongs to one office"_s.arg(
                    id, other.office)));
        }
        return refused(rejection(u"record.duplicate"_s,
                                 u"Hồ sơ %1 đã được đăng ký ở mục số %2"_s.arg(id).arg(other.seq),
                                 u"Record %1 was registered by entry %2 already"_s.arg(id).arg(other.seq)));
    }
    if (entry.number > 0) {
        auto q =
            m_db.run(u"SELECT uuid FROM records WHERE office = ? AND kind = ? AND year = ? AND number = ?"_s,
                     {office, kindCode(entry.kind), entry.year, entry.number}, u"tra cứu số đăng ký"_s);
        if (!q)
            return q.error();
        if (q->next()) {
            const QString other = uuidText(uuidFrom(q->value(0)));
            return refused(rejection(
                u"record.numberUsed"_s,
                u"Số %1/%2 của sổ %3 đã được dùng cho hồ sơ khác (%4): số đăng ký không bao giờ được ghi lại"_s
                    .arg(entry.number)
                    .arg(entry.year)
                    .arg(kindNameVi(entry.kind), other),
                u"Number %1/%2 of the %3 book is used by another record (%4): a register number is never "
                u"written again"_s.arg(entry.number)
                    .arg(entry.year)
                    .arg(kindNameEn(entry.kind), other)));
        }
    }
    // Neither: a transaction that committed meanwhile held the UUID and then lost it.
    return refused(rejection(u"record.otherOffice"_s, u"Hồ sơ %1 đã được đơn vị khác đăng ký"_s.arg(id),
                             u"Record %1 is registered by another office"_s.arg(id)));
}

std::variant<ServerRecord, Error> RecordLedger::recordOf(const QString &office, const SyncEntry &entry)
{
    const auto content = parseObject(entry.payload);
    if (entry.recordId.isNull() || !content) {
        return rejection(u"entry.payload"_s, u"Mục số %1 không có nội dung hồ sơ hợp lệ"_s.arg(entry.seq),
                         u"Entry %1 holds no valid record"_s.arg(entry.seq));
    }
    ServerRecord record;
    record.id = entry.recordId;
    record.office = office;
    record.seq = entry.seq;
    record.kind = entry.kind;
    record.year = entry.number > 0 ? entry.year : 0;
    record.number = entry.number;
    record.book = entry.book;
    record.registrationDate = entry.registrationDate;
    record.content = *content;
    record.status = statusFromView(record.content);
    return record;
}

Result<QList<LedgerOutcome>> RecordLedger::registerAll(const QString &office,
                                                       const QList<const SyncEntry *> &entries,
                                                       const QDateTime &now)
{
    QList<LedgerOutcome> out(entries.size());
    BulkInsert records(m_db,
                       u"records (uuid, office, seq, kind, year, number, book, registration_date, content, "
                       u"status, dup_key, updated_at)"_s,
                       12, u" ON CONFLICT DO NOTHING RETURNING seq"_s, u"ghi hồ sơ"_s);
    const auto noInt = QVariant(QMetaType::fromType<int>());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const SyncEntry &e = *entries[i];
        auto made = recordOf(office, e);
        if (auto *why = std::get_if<Error>(&made)) {
            out[i].rejection = *why;
            continue;
        }
        ServerRecord &record = std::get<ServerRecord>(made);
        if (auto r = lockKeys(record.kind, record.content); !r)
            return r.error();
        readParties(record);
        // The content as the office sent it: re-serialising what was just parsed was a tenth of a push.
        records.add({uuidValue(record.id), record.office, record.seq, kindCode(record.kind),
                     record.number > 0 ? QVariant(record.year) : noInt,
                     record.number > 0 ? QVariant(record.number) : noInt,
                     record.book > 0 ? QVariant(record.book) : noInt, isoDate(record.registrationDate),
                     QString::fromUtf8(e.payload), statusCode(record.status),
                     nullIfEmpty(record.duplicateKey), now.toMSecsSinceEpoch()});
        out[i].record = std::move(record);
    }
    // Inserted first, with their conflicts skipped; a conflict, rare, is then told apart.
    QSet<qint64> written;
    if (auto r = records.run([&](const Rows &row) { written.insert(row.value(0).toLongLong()); }); !r)
        return r.error();
    BulkInsert persons(m_db, u"persons (record, role, id_number, name_key)"_s, 4, QString(),
                       u"ghi nhân thân"_s);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        LedgerOutcome &o = out[i];
        if (!o.record)
            continue;
        if (!written.contains(o.record->seq)) {
            auto why = whyNotWritten(office, *entries[i]);
            if (!why)
                return why.error();
            o = *why;
            continue;
        }
        o.registered = true;
        for (const PartyKey &p : PartyKey::of(o.record->kind, o.record->content))
            persons.add({uuidValue(o.record->id), p.role, nullIfEmpty(p.idNumber), nullIfEmpty(p.nameKey)});
    }
    if (auto r = persons.run(); !r)
        return r.error();
    return out;
}

Result<LedgerOutcome> RecordLedger::amendRecord(const QString &office, const SyncEntry &entry,
                                                const QDateTime &now)
{
    LedgerOutcome out;
    const QString id = uuidText(entry.recordId);
    auto held = find(entry.recordId);
    if (!held)
        return held.error();
    if (!held->has_value()) {
        out.rejection = rejection(
            u"record.unknown"_s, u"Mục số %1 sửa hồ sơ %2 mà máy chủ không có"_s.arg(entry.seq).arg(id),
            u"Entry %1 amends the record %2, which the server does not hold"_s.arg(entry.seq).arg(id));
        return out;
    }
    ServerRecord record = **held;
    if (record.office != office) {
        out.rejection = rejection(
            u"record.otherOffice"_s,
            u"Hồ sơ %1 thuộc đơn vị %2: chỉ đơn vị đó được sửa"_s.arg(id, record.office),
            u"Record %1 belongs to the office %2: only that office amends it"_s.arg(id, record.office));
        return out;
    }
    auto amended = EntryStore(m_db).holdsAmendment(entry.amendmentId, office, entry.seq);
    if (!amended)
        return amended.error();
    if (entry.amendmentId.isNull() || *amended) {
        out.rejection = rejection(
            u"amendment.duplicate"_s,
            u"Nội dung sửa đổi %1 đã có (hoặc thiếu mã)"_s.arg(uuidText(entry.amendmentId)),
            u"The amendment %1 is held already (or has no UUID)"_s.arg(uuidText(entry.amendmentId)));
        return out;
    }
    const auto patch = parseObject(entry.payload);
    if (!patch) {
        out.rejection =
            rejection(u"entry.payload"_s, u"Mục số %1 không có nội dung sửa đổi hợp lệ"_s.arg(entry.seq),
                      u"Entry %1 holds no valid amendment"_s.arg(entry.seq));
        return out;
    }
    record.content = applyMergePatch(record.content, *patch);
    record.status = statusFromView(record.content);
    if (auto r = lockKeys(record.kind, record.content); !r)
        return r.error();
    if (auto r = rewriteContent(record, now); !r)
        return r.error();
    out.record = record;
    return out;
}

Result<ServerRecord> RecordLedger::revoke(const QUuid &id, const QJsonObject &decision, const QDateTime &now)
{
    auto held = find(id);
    if (!held)
        return held.error();
    if (!held->has_value()) {
        return Error::make(ErrorKind::NotFound, u"record.unknown"_s,
                           u"Máy chủ không có hồ sơ %1"_s.arg(uuidText(id)),
                           u"The server holds no record %1"_s.arg(uuidText(id)));
    }
    ServerRecord record = **held;
    if (record.status == RecordStatus::Voided) {
        return Error::make(ErrorKind::Conflict, u"record.voided"_s, u"Hồ sơ đã bị thu hồi, hủy bỏ trước đó"_s,
                           u"The record was already voided"_s);
    }
    record.content.insert(u"voided"_s, decision);
    record.status = RecordStatus::Voided;
    if (auto r = rewriteContent(record, now); !r)
        return r.error();
    return record;
}

} // namespace hotich::server
