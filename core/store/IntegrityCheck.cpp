#include "IntegrityCheck.h"

#include "FormJournal.h"
#include "Journal.h"
#include "Outbox.h"
#include "RecordStore.h"
#include "RegisterIndex.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QJsonObject IntegrityReport::toJson() const
{
    QJsonArray list;
    for (const IntegrityProblem &p : problems) {
        list.append(QJsonObject{{u"code"_s, p.code},
                                {u"table"_s, p.table},
                                {u"id"_s, p.id},
                                {u"message"_s, p.vi},
                                {u"messageEn"_s, p.en}});
    }
    QJsonObject checked{{u"records"_s, records},
                        {u"amendments"_s, amendments},
                        {u"journal"_s, journalEntries},
                        {u"outbox"_s, outboxEntries},
                        {u"blankFormStock"_s, stockReceipts},
                        {u"formJournal"_s, formJournalEntries}};
    for (auto it = otherRows.cbegin(); it != otherRows.cend(); ++it)
        checked.insert(it.key(), it.value());
    return {{u"ok"_s, ok()}, {u"problems"_s, list}, {u"checked"_s, checked}};
}

namespace {

/// Follows a hash chain (the journal, the outbox) row by row: a missing sequence number is a gap
/// (deleted rows), a hash that does not follow from the previous one an edited or moved row. It goes
/// on from each stored hash, so one edit is reported once.
class ChainWalk
{
public:
    ChainWalk(QString table, QString nameVi, QString nameEn)
        : m_table(std::move(table)), m_nameVi(std::move(nameVi)), m_nameEn(std::move(nameEn))
    {}

    template <class Entry>
    void step(const Entry &e, IntegrityReport &report)
    {
        if (e.seq != m_expected) {
            report.problems.append(
                {m_table + u".gap"_s, m_table, m_expected,
                 u"%1 thiếu mục %2 đến %3 (đã bị xóa)"_s.arg(m_nameVi).arg(m_expected).arg(e.seq - 1),
                 u"%1 entries %2 to %3 are missing (deleted)"_s.arg(m_nameEn)
                     .arg(m_expected)
                     .arg(e.seq - 1)});
        } else if (e.chainHash(m_previous) != e.hash) {
            report.problems.append(
                {m_table + u".tampered"_s, m_table, e.seq,
                 u"Mục %1 của %2 đã bị sửa hoặc đảo thứ tự"_s.arg(e.seq).arg(m_nameVi.toLower()),
                 u"%1 entry %2 was edited or moved"_s.arg(m_nameEn).arg(e.seq)});
        }
        m_expected = e.seq + 1;
        m_previous = e.hash;
    }

private:
    QString m_table;
    QString m_nameVi;
    QString m_nameEn;
    qint64 m_expected = 1;
    QByteArray m_previous;
};

} // namespace

Result<IntegrityReport> IntegrityCheck::run()
{
    IntegrityReport report;
    m_vouched.clear();
    for (auto step : {&IntegrityCheck::checkSqlite, &IntegrityCheck::checkJournal, &IntegrityCheck::checkRows,
                      &IntegrityCheck::checkOutbox, &IntegrityCheck::checkFormJournal,
                      &IntegrityCheck::checkNumbering, &IntegrityCheck::checkSearchIndex}) {
        if (auto r = (this->*step)(report); !r)
            return r.error();
    }
    return report;
}

Result<void> IntegrityCheck::checkSqlite(IntegrityReport &report)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"PRAGMA integrity_check"_s))
        return m_db.errorFrom(q.lastError(), u"kiểm tra tệp"_s);
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            report.problems.append({u"sqlite.integrity"_s,
                                    {},
                                    0,
                                    u"Tệp cơ sở dữ liệu hỏng: "_s + line,
                                    u"The database file is damaged: "_s + line});
    }
    return {};
}

Result<void> IntegrityCheck::checkJournal(IntegrityReport &report)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT seq, at, actor, action, target_table, target_id, content_hash, detail, hash FROM "
                u"journal "
                u"ORDER BY seq"_s))
        return m_db.errorFrom(q.lastError(), u"đọc nhật ký"_s);
    ChainWalk chain(u"journal"_s, u"Nhật ký"_s, u"Journal"_s);
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.atMs = q.value(1).toLongLong();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.targetTable = q.value(4).toString();
        e.targetId = q.value(5).toLongLong();
        e.contentHash = q.value(6).toByteArray();
        e.detail = q.value(7).toString();
        e.hash = q.value(8).toByteArray();
        ++report.journalEntries;
        chain.step(e, report);
        if (!e.targetTable.isEmpty())
            m_vouched[e.targetTable].insert(e.targetId, e.contentHash);
    }
    return {};
}

Result<void> IntegrityCheck::checkRows(IntegrityReport &report)
{
    auto compare = [&](const QString &table, qint64 id, const QByteArray &hash, const QString &whatVi,
                       const QString &whatEn) {
        auto &vouched = m_vouched[table];
        const auto it = vouched.constFind(id);
        if (it == vouched.cend()) {
            report.problems.append(
                {table + u".unjournaled"_s, table, id,
                 u"%1 %2 không có trong nhật ký (được thêm ngoài phần mềm)"_s.arg(whatVi).arg(id),
                 u"%1 %2 has no journal entry (added outside hotich)"_s.arg(whatEn).arg(id)});
            return;
        }
        if (*it != hash) {
            report.problems.append({table + u".tampered"_s, table, id,
                                    u"%1 %2 đã bị sửa sau khi ghi"_s.arg(whatVi).arg(id),
                                    u"%1 %2 was edited after it was written"_s.arg(whatEn).arg(id)});
        }
        vouched.remove(id);
    };

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT "_s + QLatin1StringView(StoredRecord::kColumns) + u" FROM records"_s))
        return m_db.errorFrom(q.lastError(), u"đọc hồ sơ"_s);
    while (q.next()) {
        const StoredRecord r = StoredRecord::fromRow(q);
        const QByteArray hash = r.contentHash();
        if (!parseKindCode(q.value(3).toString()))
            report.problems.append({u"records.tampered"_s, u"records"_s, r.rowId,
                                    u"Hồ sơ %1 có loại việc lạ"_s.arg(r.rowId),
                                    u"Record %1 has an unknown kind"_s.arg(r.rowId)});
        compare(u"records"_s, r.rowId, hash, u"Hồ sơ"_s, u"Record"_s);
        ++report.records;
    }
    // A record's UUID carries its row id (the last five bytes), or is kept in legacy_record_uuids.
    if (!q.exec(u"SELECT r.id FROM records r LEFT JOIN legacy_record_uuids l ON l.record = r.id "
                u"WHERE substr(hex(r.uuid), 23, 10) <> printf('%010X', r.id) "
                u"AND (l.uuid IS NULL OR l.uuid <> r.uuid)"_s))
        return m_db.errorFrom(q.lastError(), u"đọc hồ sơ"_s);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        report.problems.append({u"records.uuid"_s, u"records"_s, id,
                                u"Mã (UUID) của hồ sơ %1 không ứng với hồ sơ này"_s.arg(id),
                                u"The UUID of record %1 does not belong to it"_s.arg(id)});
    }
    if (!q.exec(u"SELECT "_s + QLatin1StringView(StoredAmendment::kColumns) + u" FROM amendments"_s))
        return m_db.errorFrom(q.lastError(), u"đọc nội dung sửa đổi"_s);
    while (q.next()) {
        const StoredAmendment a = StoredAmendment::fromRow(q);
        const QByteArray hash = a.contentHash();
        compare(u"amendments"_s, a.rowId, hash, u"Nội dung sửa đổi"_s, u"Amendment"_s);
        ++report.amendments;
    }
    auto receipts = FormJournal(m_db).receipts();
    if (!receipts)
        return receipts.error();
    for (const StockReceipt &s : std::as_const(*receipts)) {
        compare(u"blank_form_stock"_s, s.id, s.contentHash(), u"Lô phôi"_s, u"Blank-form receipt"_s);
        ++report.stockReceipts;
    }
    for (const VouchedTable &other : std::as_const(m_otherTables)) {
        qint64 &count = report.otherRows[other.table];
        auto read = other.readRows(m_db, [&](qint64 id, const QByteArray &hash) {
            compare(other.table, id, hash, other.whatVi, other.whatEn);
            ++count;
        });
        if (!read)
            return read;
    }
    for (auto table = m_vouched.cbegin(); table != m_vouched.cend(); ++table) {
        for (auto it = table->cbegin(); it != table->cend(); ++it) {
            report.problems.append(
                {table.key() + u".deleted"_s, table.key(), it.key(),
                 u"Dòng %1 của bảng %2 có trong nhật ký nhưng đã bị xóa"_s.arg(it.key()).arg(table.key()),
                 u"Row %1 of %2 is in the journal but was deleted"_s.arg(it.key()).arg(table.key())});
        }
    }
    return {};
}

Result<void> IntegrityCheck::checkOutbox(IntegrityReport &report)
{
    // Each entry's content hash is recomputed from the rows it names, as the server recomputes it
    // from what it receives; the chain from the content hashes as stored.
    struct Link
    {
        qint64 seq;
        QByteArray hash;
        const OutboxEntry *stored;
        QByteArray chainHash(const QByteArray &previous) const
        {
            return stored->entry.chainHash(previous, stored->contentHash);
        }
    };
    ChainWalk chain(u"outbox"_s, u"Hàng đợi đồng bộ"_s, u"Outbox"_s);
    Outbox outbox(m_db);
    constexpr int kChunk = 2000;
    for (qint64 from = 1;;) {
        auto entries = outbox.read(from, kChunk);
        if (!entries)
            return entries.error();
        for (const OutboxEntry &e : std::as_const(*entries)) {
            ++report.outboxEntries;
            chain.step(Link{e.entry.seq, e.hash, &e}, report);
            if (e.dangling) {
                report.problems.append(
                    {u"outbox.dangling"_s, u"outbox"_s, e.entry.seq,
                     u"Mục %1 của hàng đợi đồng bộ trỏ tới hồ sơ hoặc nội dung sửa đổi đã bị xóa"_s.arg(
                         e.entry.seq),
                     u"Outbox entry %1 names a record or amendment that was deleted"_s.arg(e.entry.seq)});
            } else if (e.entry.contentHash() != e.contentHash) {
                report.problems.append(
                    {u"outbox.mismatch"_s, u"outbox"_s, e.entry.seq,
                     u"Mục %1 của hàng đợi đồng bộ không khớp với hồ sơ nó gửi đi"_s.arg(e.entry.seq),
                     u"Outbox entry %1 does not match the row it sends"_s.arg(e.entry.seq)});
            }
        }
        if (entries->size() < kChunk)
            return {};
        from = entries->last().entry.seq + 1;
    }
}

Result<void> IntegrityCheck::checkFormJournal(IntegrityReport &report)
{
    auto entries = FormJournal(m_db).entries();
    if (!entries)
        return entries.error();
    ChainWalk chain(u"form_journal"_s, u"Sổ theo dõi phôi"_s, u"Blank-form journal"_s);
    for (const FormJournalEntry &e : std::as_const(*entries)) {
        ++report.formJournalEntries;
        chain.step(e, report);
    }
    return {};
}

Result<void> IntegrityCheck::checkNumbering(IntegrityReport &report)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT office, kind, year, count(*), min(number), max(number) FROM records WHERE number IS "
                u"NOT NULL "
                u"GROUP BY office, kind, year"_s))
        return m_db.errorFrom(q.lastError(), u"kiểm tra số đăng ký"_s);
    while (q.next()) {
        const qint64 count = q.value(3).toLongLong();
        const qint64 first = q.value(4).toLongLong();
        const qint64 last = q.value(5).toLongLong();
        if (first != 1 || last != count) {
            const QString kind = q.value(1).toString();
            const int year = q.value(2).toInt();
            report.problems.append(
                {u"numbering.gap"_s, u"records"_s, year,
                 u"Sổ %1 năm %2 có %3 hồ sơ nhưng số đăng ký chạy từ %4 đến %5 (có số bị mất)"_s.arg(kind)
                     .arg(year)
                     .arg(count)
                     .arg(first)
                     .arg(last),
                 u"The %1 register of %2 holds %3 records numbered %4 to %5 (numbers are missing)"_s.arg(kind)
                     .arg(year)
                     .arg(count)
                     .arg(first)
                     .arg(last)});
        }
    }
    return {};
}

Result<void> IntegrityCheck::checkSearchIndex(IntegrityReport &report)
{
    // The FTS5 index must hold the persons of every search row exactly. The newest rows are
    // indexed in batches, so they are indexed here first, in a transaction that is then rolled
    // back: the check changes nothing. The index is contentless: FTS5 checks only that it is
    // sound in itself, and it is then compared with an index built afresh from the search rows.
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = RegisterIndex(m_db).indexPendingSearchRows(); !r)
        return r;
    QString damage;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"INSERT INTO person_fts (person_fts) VALUES ('integrity-check')"_s)) {
        damage = q.lastError().databaseText();
    } else {
        auto difference = searchIndexDifference();
        if (!difference)
            return difference.error();
        damage = *difference;
    }
    if (!damage.isEmpty()) {
        report.problems.append(
            {u"search.index"_s, u"person_fts"_s, 0,
             u"Chỉ mục tìm kiếm không khớp với các dòng tìm kiếm (%1): chạy hotich-admin reindex"_s.arg(
                 damage),
             u"The search index does not match the search rows (%1): run hotich-admin reindex"_s.arg(
                 damage)});
    }
    return tx.rollback();
}

Result<QString> IntegrityCheck::searchIndexDifference()
{
    // Both indexes listed term by term, each term's rows in order (fts5vocab 'instance'): they
    // hold the same persons when the two lists are the same.
    for (
        const QString &sql :
        {u"DROP TABLE IF EXISTS temp.person_terms"_s, u"DROP TABLE IF EXISTS temp.expected_terms"_s,
         u"DROP TABLE IF EXISTS temp.person_fts_expected"_s,
         u"CREATE VIRTUAL TABLE temp.person_fts_expected USING fts5 (names, content = '', "
         u"tokenize = 'unicode61 remove_diacritics 0', detail = none, columnsize = 0)"_s,
         u"CREATE VIRTUAL TABLE temp.person_terms USING fts5vocab (main, person_fts, instance)"_s,
         u"CREATE VIRTUAL TABLE temp.expected_terms USING fts5vocab (temp, person_fts_expected, instance)"_s}) {
        if (auto r = m_db.exec(sql); !r)
            return r.error();
    }
    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT record, names FROM record_index"_s))
        return m_db.errorFrom(rows.lastError(), u"kiểm tra chỉ mục tìm kiếm"_s);
    QSqlQuery add(m_db.connection());
    add.prepare(u"INSERT INTO temp.person_fts_expected (rowid, names) VALUES (?, ?)"_s);
    while (rows.next()) {
        const QString names = rows.value(1).toString();
        for (const auto &[row, person] : RegisterIndex::personRows(rows.value(0).toLongLong(), names)) {
            add.bindValue(0, row);
            add.bindValue(1, person.toString());
            if (auto r = m_db.run(add, u"kiểm tra chỉ mục tìm kiếm"_s); !r)
                return r.error();
        }
    }
    rows.finish();
    QSqlQuery held(m_db.connection());
    QSqlQuery expected(m_db.connection());
    for (QSqlQuery *terms : {&held, &expected})
        terms->setForwardOnly(true);
    if (!held.exec(u"SELECT term, doc FROM temp.person_terms"_s))
        return m_db.errorFrom(held.lastError(), u"kiểm tra chỉ mục tìm kiếm"_s);
    if (!expected.exec(u"SELECT term, doc FROM temp.expected_terms"_s))
        return m_db.errorFrom(expected.lastError(), u"kiểm tra chỉ mục tìm kiếm"_s);
    const auto at = [](const QSqlQuery &q) {
        return u"“%1”, %2"_s.arg(q.value(0).toString())
            .arg(q.value(1).toLongLong() / RegisterIndex::kPersonSlots);
    };
    QString difference;
    for (;;) {
        const bool more = held.next();
        const bool moreExpected = expected.next();
        if (!more && !moreExpected)
            break;
        if (more != moreExpected || held.value(0) != expected.value(0) ||
            held.value(1) != expected.value(1)) {
            difference = more ? at(held) : at(expected);
            break;
        }
    }
    held.finish();
    expected.finish();
    return difference;
}

} // namespace hotich
