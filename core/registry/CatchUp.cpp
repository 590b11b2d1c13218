#include "CatchUp.h"

#include "AmendmentPlan.h"
#include "RecordView.h"
#include "RegisterSetup.h"
#include "WriteSession.h"
#include "auth/Accounts.h"
#include "store/Outbox.h"
#include "store/RecordStore.h"
#include "store/RegisterIdentity.h"
#include "store/SyncState.h"
#include "util/Uuid.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

Error atEntry(Error e, qint64 seq)
{
    e.vi = u"Mục %1 máy chủ gửi lại: "_s.arg(seq) + e.vi;
    e.en = u"Entry %1 sent back by the server: "_s.arg(seq) + e.en;
    return e;
}

Error malformed(const QString &vi, const QString &en)
{
    return Error::invalid(u"catchUp.malformed"_s, {}, vi, en);
}

Error unknownRecord(const QUuid &id)
{
    return Error::make(ErrorKind::Conflict, u"catchUp.unknownRecord"_s,
                       u"mục này nói tới hồ sơ %1 mà sổ không có"_s.arg(uuidText(id)),
                       u"it names record %1, which the register does not hold"_s.arg(uuidText(id)));
}

/// Writes the entries of one page after the register's last one, in the page's transaction.
class PageWriter
{
public:
    PageWriter(Database &db, const Clock &clock, WriteSession &session, QString office)
        : m_db(db), m_clock(clock), m_session(session), m_office(std::move(office)), m_store(db)
    {}

    /// Finds or adds the accounts of the page's officers. Before anything else is written: an
    /// account added journals itself, past the journal head the session follows in memory.
    Result<void> addAuthors(const QList<SyncEntry> &entries, qsizetype from)
    {
        for (qsizetype i = from; i < entries.size(); ++i) {
            if (auto r = authorOf(entries[i]); !r)
                return atEntry(r.error(), entries[i].seq);
        }
        return {};
    }

    Result<void> write(const SyncEntry &e)
    {
        auto author = authorOf(e);
        if (!author)
            return author.error();
        const QString detail = u"catchUp %1"_s.arg(e.seq);
        switch (e.operation) {
        case SyncEntry::Operation::Register:
            return registration(e, *author, detail);
        case SyncEntry::Operation::Amend:
            return amendment(e, *author, detail);
        case SyncEntry::Operation::BookClose:
            return bookClosed(e, *author, detail);
        }
        return malformed(u"thao tác lạ"_s, u"unknown operation"_s);
    }

private:
    /// The entry's officer as rows name them. The outbox keeps the entry's own login and name (its
    /// hashes cover them); the rows need a local account. A register rebuilt by recover has none for
    /// the office's officers: each gets a locked account without a password (Accounts), so the rows
    /// name the officer who wrote them, and no one can log in as that officer until an administrator
    /// gives the account a password.
    Result<Author> authorOf(const SyncEntry &e)
    {
        if (e.actorLogin.isEmpty())
            return malformed(u"thiếu tên đăng nhập của người ghi"_s, u"the officer's login is missing"_s);
        auto known = m_accounts.constFind(e.actorLogin);
        if (known == m_accounts.cend()) {
            Accounts accounts(m_db, m_clock);
            auto found = accounts.find(e.actorLogin);
            if (!found)
                return found.error();
            qint64 id = 0;
            if (found->has_value()) {
                id = (*found)->id;
            } else {
                // Journaled as the officer's own, as init journals the first administrator.
                auto added = accounts.addWithoutPassword(e.actorLogin, e.actorName, {});
                if (!added)
                    return added.error();
                id = added->id;
            }
            known = m_accounts.insert(e.actorLogin, id);
        }
        return Author{*known, e.actorLogin, e.actorName};
    }

    Result<void> registration(const SyncEntry &e, const Author &author, const QString &detail)
    {
        if (e.recordId.isNull())
            return malformed(u"thiếu mã hồ sơ"_s, u"the record's UUID is missing"_s);
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(e.payload, &parsed);
        if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
            return malformed(u"nội dung hồ sơ không phải JSON hợp lệ"_s,
                             u"the record's content is not a valid JSON object"_s);
        }
        const QJsonObject json = document.object();
        if (parseKindCode(json.value(u"kind"_s).toString()) != e.kind) {
            return malformed(u"loại việc của mục khác loại việc trong nội dung hồ sơ"_s,
                             u"the entry's kind differs from the record's"_s);
        }
        const RecordFacts facts = RecordFacts::of(e.kind, json);
        if (!e.registrationDate.isValid() || facts.registrationDate != e.registrationDate) {
            return malformed(u"ngày đăng ký của mục khác ngày trong nội dung hồ sơ"_s,
                             u"the entry's registration date differs from the record's"_s);
        }
        if (facts.historical != (e.number == 0) || (e.number == 0 && (e.year != 0 || e.book != 0))) {
            return malformed(u"số đăng ký không khớp với việc hồ sơ là hồ sơ cũ được số hóa hay không"_s,
                             u"the register number does not fit whether the record is a digitised one"_s);
        }
        auto rowId = m_session.nextRowId();
        if (!rowId)
            return rowId.error();
        // A record is found by the row id its UUID carries: the office's records come back in the
        // order they were written, so each takes its own row again. One that does not fit is told
        // apart: held already (a replay) or out of order. (One that fits cannot be held: its row is
        // the next, still free.)
        if (rowIdInRecordUuid(e.recordId) != *rowId) {
            auto held = m_store.find(e.recordId);
            if (!held)
                return held.error();
            if (held->has_value()) {
                return Error::make(
                    ErrorKind::Conflict, u"catchUp.recordHeld"_s,
                    u"sổ đã có hồ sơ %1 ở dòng %2, với nội dung khác mục này"_s.arg(uuidText(e.recordId))
                        .arg((*held)->rowId),
                    u"the register already holds record %1 (row %2), unlike this entry"_s
                        .arg(uuidText(e.recordId))
                        .arg((*held)->rowId));
            }
            return Error::make(
                ErrorKind::Conflict, u"catchUp.recordRow"_s,
                u"hồ sơ %1 phải là dòng %2 của sổ, nhưng dòng tiếp theo là %3"_s.arg(uuidText(e.recordId))
                    .arg(rowIdInRecordUuid(e.recordId))
                    .arg(*rowId),
                u"record %1 must be row %2 of the register, but the next row is %3"_s
                    .arg(uuidText(e.recordId))
                    .arg(rowIdInRecordUuid(e.recordId))
                    .arg(*rowId));
        }
        if (e.number != 0) {
            if (auto r = m_session.numbering.take(m_office, e.kind, e.registrationDate,
                                                  {e.year, e.number, e.book}, e.createdAtMs);
                !r)
                return r;
        }

        // The search row of a registration that refers to another record (a correction, an extract
        // copy) lists that record's names, as when it was first written: the same plan finds them.
        // Its findings are not reasons to refuse: the register accepted it then, and the entry is a fact.
        AmendmentPlan plan;
        plan.id = e.recordId;
        plan.kind = e.kind;
        plan.record = json;
        plan.context = {m_session.today(), {}, &m_session.index, {}};
        if (auto r = planAmendment(m_db, plan); !r)
            return r;
        if (auto lookup = m_session.index.takeLookupError())
            return *lookup;
        for (const Finding &f : std::as_const(plan.findings)) {
            if (f.code == u"record.missing"_s)
                return unknownRecord(parseUuid(json.value(f.field).toString()));
        }
        const IndexEntry indexEntry = plan.principal ? IndexEntry::of(e.kind, json, &*plan.principal)
                                                     : IndexEntry::of(e.kind, json, facts);

        StoredRecord record;
        record.rowId = *rowId;
        record.id = e.recordId;
        record.office = m_office;
        record.kind = e.kind;
        record.year = e.year;
        record.number = e.number;
        record.book = e.book;
        record.registrationDate = e.registrationDate;
        record.payload = QString::fromUtf8(e.payload);
        record.payloadUtf8 = e.payload;
        record.createdAtMs = e.createdAtMs;
        return m_session.writeRecord(record, indexEntry, StoredRecord::payloadHashOfUtf8(e.payload), author,
                                     detail);
    }

    Result<void> amendment(const SyncEntry &e, const Author &author, const QString &detail)
    {
        if (e.recordId.isNull() || e.amendmentId.isNull() || e.amendmentType.isEmpty()) {
            return malformed(u"thiếu mã hồ sơ, mã hoặc loại nội dung sửa đổi"_s,
                             u"the record's UUID, or the amendment's UUID or type, is missing"_s);
        }
        if (!e.payload.isEmpty()) {
            QJsonParseError parsed;
            const QJsonDocument document = QJsonDocument::fromJson(e.payload, &parsed);
            if (parsed.error != QJsonParseError::NoError || !document.isObject()) {
                return malformed(u"nội dung sửa đổi không phải JSON hợp lệ"_s,
                                 u"the amendment's patch is not a valid JSON object"_s);
            }
        }
        auto target = loadRecordView(m_store, e.recordId);
        if (!target) {
            if (target.error().kind == ErrorKind::NotFound)
                return unknownRecord(e.recordId);
            return target.error();
        }
        std::optional<StoredRecord> byRecord;
        if (!e.byRecordId.isNull()) {
            auto by = m_store.find(e.byRecordId);
            if (!by)
                return by.error();
            if (!by->has_value())
                return unknownRecord(e.byRecordId);
            byRecord = std::move(**by);
        }
        StoredAmendment amendment;
        amendment.id = e.amendmentId;
        amendment.type = e.amendmentType;
        amendment.patch = QString::fromUtf8(e.payload);
        amendment.createdAtMs = e.createdAtMs;
        return m_session.writeAmendment(m_office, *target, amendment, byRecord ? &*byRecord : nullptr, author,
                                        e.amendmentType + u' ' + detail);
    }

    Result<void> bookClosed(const SyncEntry &e, const Author &author, const QString &detail)
    {
        auto closed = m_session.numbering.closeBook(m_office, e.kind, e.year, e.createdAtMs);
        if (!closed)
            return closed.error();
        if (*closed != e.book) {
            return Error::make(
                ErrorKind::Conflict, u"book.mismatch"_s,
                u"mục này khóa quyển %1 sổ %2 năm %3, nhưng quyển đang mở của sổ là %4"_s.arg(e.book)
                    .arg(kindNameVi(e.kind))
                    .arg(e.year)
                    .arg(*closed),
                u"it closes book %1 of the %2 register of %3, but the register's open book is %4"_s
                    .arg(e.book)
                    .arg(kindNameEn(e.kind))
                    .arg(e.year)
                    .arg(*closed));
        }
        WriteSession::Logged logged;
        logged.actor = author.login;
        logged.action = u"book.close"_s;
        logged.detail = u"%1/%2/%3 %4"_s.arg(kindCode(e.kind)).arg(e.year).arg(e.book).arg(detail);
        logged.sync.office = m_office;
        logged.sync.operation = SyncEntry::Operation::BookClose;
        logged.sync.actorLogin = author.login;
        logged.sync.actorName = author.fullName;
        logged.sync.kind = e.kind;
        logged.sync.year = e.year;
        logged.sync.book = e.book;
        logged.createdAtMs = e.createdAtMs;
        return m_session.log(std::move(logged));
    }

    Database &m_db;
    const Clock &m_clock;
    WriteSession &m_session;
    QString m_office;
    RecordStore m_store;
    QHash<QString, qint64> m_accounts; ///< account ids by login
};

} // namespace

Result<CatchUpOutcome> CatchUp::apply(qint64 from, const QList<SyncEntry> &entries, bool more)
{
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    WriteSessions sessions(m_db);
    std::optional<Transaction> tx;
    std::unique_ptr<WriteSession> session;
    // No requireWritable(): these are the writes the catch-up mark waits for.
    if (auto r = sessions.begin(tx, session, m_clock.now(), m_clock.today()); !r)
        return r.error();

    auto last = session->outbox.lastSeq();
    if (!last)
        return last.error();
    if (from < 1 || from > *last + 1) {
        return Error::make(
            ErrorKind::Conflict, u"catchUp.gap"_s,
            u"Máy chủ gửi lại các mục từ %1, nhưng sổ chỉ có đến mục %2: thiếu các mục ở giữa"_s.arg(from)
                .arg(*last),
            u"The server sends entries from %1 back, but the register holds entries up to %2 "
            u"only: the ones between are missing"_s.arg(from)
                .arg(*last));
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const SyncEntry &e = entries[i];
        if (e.seq != from + i) {
            return atEntry(
                malformed(
                    u"các mục không liền nhau (mục thứ %1 phải là mục %2)"_s.arg(i + 1).arg(from + i),
                    u"the entries are not consecutive (entry %1 must be %2)"_s.arg(i + 1).arg(from + i)),
                e.seq);
        }
        if (e.office != office->code) {
            return atEntry(Error::make(ErrorKind::Conflict, u"office.mismatch"_s,
                                       u"mục này của cơ quan %1, không phải của cơ quan của sổ (%2)"_s.arg(
                                           e.office, office->code),
                                       u"it belongs to office %1, not to the register's (%2)"_s.arg(
                                           e.office, office->code)),
                           e.seq);
        }
    }

    // Entries already held must be the same entries: then the page (or its start) was applied before.
    auto previous = session->outbox.hashAt(from - 1);
    if (!previous)
        return previous.error();
    QByteArray chain = *previous;
    const qsizetype heldCount = std::min<qsizetype>(entries.size(), *last - from + 1);
    if (heldCount > 0) {
        auto held = session->outbox.read(from, int(heldCount));
        if (!held)
            return held.error();
        for (qsizetype i = 0; i < heldCount; ++i) {
            const SyncEntry &e = entries[i];
            const QByteArray content = e.contentHash();
            const QByteArray hash = e.chainHash(chain, content);
            if (i >= held->size() || held->at(i).contentHash != content || held->at(i).hash != hash) {
                return atEntry(
                    Error::make(
                        ErrorKind::Conflict, u"catchUp.fork"_s,
                        u"sổ đã có mục %1 với nội dung khác: lịch sử của sổ đã rẽ nhánh, cần tỉnh xử lý"_s
                            .arg(e.seq),
                        u"the register holds another entry %1: its history forked and the province must "
                        u"resolve it"_s.arg(e.seq)),
                    e.seq);
            }
            chain = hash;
        }
    }

    PageWriter writer(m_db, m_clock, *session, office->code);
    if (auto r = writer.addAuthors(entries, heldCount); !r)
        return r.error();
    for (qsizetype i = heldCount; i < entries.size(); ++i) {
        if (auto r = writer.write(entries[i]); !r)
            return atEntry(r.error(), entries[i].seq);
    }
    // What was written must hash as the server holds it: the local chain then continues the office's.
    if (entries.size() > heldCount) {
        // The hashes the register computed as it wrote them (their content is not needed here).
        auto written = session->outbox.hashes(from + heldCount, int(entries.size() - heldCount));
        if (!written)
            return written.error();
        for (qsizetype i = heldCount; i < entries.size(); ++i) {
            const SyncEntry &e = entries[i];
            const QByteArray content = e.contentHash();
            const QByteArray hash = e.chainHash(chain, content);
            const qsizetype at = i - heldCount;
            if (at >= written->size() || written->at(at).first != content || written->at(at).second != hash) {
                return atEntry(
                    Error::make(ErrorKind::Conflict, u"catchUp.mismatch"_s,
                                u"sau khi ghi, mục không khớp với mục máy chủ gửi"_s,
                                u"once written, the entry does not match the one the server sent"_s),
                    e.seq);
            }
            chain = hash;
        }
    }

    CatchUpOutcome outcome;
    outcome.applied = entries.size() - heldCount;
    outcome.through = std::max(*last, from + entries.size() - 1);
    outcome.done = !more;
    // The server holds every entry it sends back: none of them is to be pushed again.
    auto state = SyncState::read(m_db);
    if (!state)
        return state.error();
    // Never backwards: the register may hold (and the server have) entries past this page.
    if (auto r =
            SyncState::savePushedThrough(m_db, std::max(state->pushedThrough, from + entries.size() - 1));
        !r)
        return r.error();
    if (!more) {
        if (auto r = RegisterIdentity::setCatchUp(m_db, false, false); !r)
            return r.error();
    }
    if (auto r = sessions.commit(tx, session); !r)
        return r.error();
    return outcome;
}

} // namespace hotich
