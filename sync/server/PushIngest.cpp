#include "sync/server/PushIngest.h"

#include "sync/server/ChangeFeed.h"
#include "sync/server/CrossOfficeRules.h"
#include "sync/server/IdNumberRequests.h"
#include "sync/server/Quarantine.h"
#include "sync/server/RecordLedger.h"
#include "sync/server/RegisterEpochs.h"
#include "sync/server/ServerErrors.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich::server {

std::optional<Error> PushIngest::checkShape(const PushBatch &batch)
{
    if (batch.registerUuid.isNull() || batch.epoch.isNull())
        return errors::pushMalformed(u"thiếu mã sổ hoặc mã lần khởi tạo"_s,
                                     u"the register or epoch UUID is missing"_s);
    if (batch.from < 1)
        return errors::pushMalformed(u"số thứ tự đầu tiên phải từ 1"_s,
                                     u"the first sequence must be 1 or more"_s);
    if (batch.entries.size() > kMaximumBatch) {
        return errors::pushMalformed(u"quá %1 mục trong một lần gửi"_s.arg(kMaximumBatch),
                                     u"more than %1 entries in one push"_s.arg(kMaximumBatch));
    }
    for (qsizetype i = 0; i < batch.entries.size(); ++i) {
        if (batch.entries[i].seq != batch.from + i) {
            return errors::pushMalformed(
                u"mục thứ %1 mang số %2, không liền số"_s.arg(i + 1).arg(batch.entries[i].seq),
                u"entry %1 carries the sequence %2, out of order"_s.arg(i + 1).arg(batch.entries[i].seq));
        }
    }
    return std::nullopt;
}

Result<PushResult> PushIngest::apply(const PushBatch &batch, const QDateTime &now)
{
    PushResult result;
    ServerTransaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto head = Offices(m_db).lock(batch.office);
    if (!head)
        return head.error();
    result.through = head->seq;
    // A refusal of the whole batch: the transaction is rolled back, nothing of it stays.
    auto refuse = [&](Error why) {
        result.refused = std::move(why);
        return result;
    };
    if (auto bad = checkShape(batch))
        return refuse(*bad);
    for (const SyncEntry &e : batch.entries) {
        if (e.office != batch.office)
            return refuse(errors::officeMismatch(e.office, batch.office));
    }
    if (batch.from > head->seq + 1)
        return refuse(errors::pushGap(head->seq + 1));

    EntryStore entries(m_db);
    const qint64 last = batch.from + batch.entries.size() - 1;
    const qint64 heldTo = std::min(last, head->seq);
    // The server's hashes from the one before the batch through the last it holds of the batch.
    const qint64 firstStored = std::max<qint64>(1, batch.from - 1);
    auto stored = entries.hashes(batch.office, firstStored, heldTo);
    if (!stored)
        return stored.error();
    if (stored->size() != std::max<qint64>(0, heldTo - firstStored + 1)) {
        return Error::make(ErrorKind::Corrupt, u"server.chain"_s,
                           u"Máy chủ thiếu mục trong chuỗi của đơn vị %1"_s.arg(batch.office),
                           u"The server lacks entries of the chain of the office %1"_s.arg(batch.office));
    }
    const auto storedAt = [&](qint64 seq) {
        return stored->at(seq - firstStored);
    };

    // The client's chain, recomputed from the server's hash before the batch.
    QByteArray previous = batch.from == 1 ? QByteArray() : storedAt(batch.from - 1);
    QList<HeldEntry> pushed;
    for (const SyncEntry &e : batch.entries) {
        HeldEntry h;
        h.entry = e;
        h.contentHash = e.contentHash();
        h.hash = e.chainHash(previous, h.contentHash);
        h.registerUuid = batch.registerUuid;
        h.epoch = batch.epoch;
        h.receivedAtMs = now.toMSecsSinceEpoch();
        previous = h.hash;
        pushed << h;
    }
    if (previous != batch.head)
        return refuse(errors::pushHeadMismatch(last));

    qint64 conflict = 0;
    for (const HeldEntry &h : std::as_const(pushed)) {
        if (h.entry.seq > heldTo)
            break;
        if (h.hash != storedAt(h.entry.seq)) {
            conflict = h.entry.seq;
            break;
        }
    }
    RegisterEpochs epochs(m_db);
    if (conflict > 0) {
        auto known = epochs.knownThrough(batch.office, batch.registerUuid, batch.epoch);
        if (!known)
            return known.error();
        // The same register and epoch vouched for the server's version: two files write as one.
        const bool clone = known->has_value() && conflict <= **known;
        const Error why = clone ? errors::registerClone(conflict) : errors::pushFork(conflict);
        auto alert = Quarantine(m_db).raise(*head, clone ? u"clone"_s : u"fork"_s, conflict,
                                            batch.registerUuid, batch.epoch, why, now);
        if (!alert)
            return alert.error();
        if (!clone) {
            QList<HeldEntry> forked;
            for (const HeldEntry &h : std::as_const(pushed)) {
                if (h.entry.seq >= conflict)
                    forked << h;
            }
            if (auto r = entries.quarantine(*alert, forked); !r)
                return r.error();
            for (const HeldEntry &h : std::as_const(forked))
                result.quarantined << h.entry.seq;
        }
        // The alert (and the quarantined side) stay; nothing of the office's history changes.
        if (auto r = tx.commit(); !r)
            return r.error();
        result.refused = why;
        return result;
    }

    // Held already: the answer the first send got, rejections included.
    auto earlier = entries.rejections(batch.office, batch.from, heldTo);
    if (!earlier)
        return earlier.error();
    result.rejected = *earlier;
    // The new entries are held first, all at once; then applied one after the other.
    const QList<HeldEntry> fresh = pushed.mid(qsizetype(heldTo - batch.from + 1));
    if (auto r = entries.append(batch.office, fresh); !r)
        return r.error();
    QList<OfficeChange> feed; // what the offices will pull, written after the entries
    // Registrations one after the other go in together; an amendment, which may concern any of
    // them, waits until they are in.
    QList<const SyncEntry *> registrations;
    const auto flush = [&]() -> Result<void> {
        if (registrations.isEmpty())
            return {};
        auto outcomes = RecordLedger(m_db).registerAll(batch.office, registrations, now);
        if (!outcomes)
            return outcomes.error();
        // The births of other offices they may duplicate, read at once.
        CrossOfficeRules rules(m_db);
        QList<QString> keys;
        for (const LedgerOutcome &o : std::as_const(*outcomes)) {
            if (o.registered && !o.record->duplicateKey.isEmpty())
                keys << o.record->duplicateKey;
        }
        if (auto r = rules.lookUpDuplicates(batch.office, keys); !r)
            return r.error();
        QList<IdNumberRequests::Birth> wanted;
        for (qsizetype i = 0; i < registrations.size(); ++i) {
            auto rejected = settle(*head, *registrations[i], outcomes->at(i), rules, feed, wanted);
            if (!rejected)
                return rejected.error();
            if (*rejected)
                result.rejected << **rejected;
        }
        registrations.clear();
        return IdNumberRequests(m_db, m_registry)
            .requestAll(wanted, head->office, head->provinceCode, now, feed);
    };
    for (const HeldEntry &h : fresh) {
        ++result.applied;
        if (h.entry.operation == SyncEntry::Operation::Register) {
            registrations << &h.entry;
            continue;
        }
        if (auto r = flush(); !r)
            return r.error();
        auto outcome = RecordLedger(m_db).apply(batch.office, h.entry, now);
        if (!outcome)
            return outcome.error();
        QList<IdNumberRequests::Birth> none; // only a registration asks for a number
        CrossOfficeRules rules(m_db);
        auto rejected = settle(*head, h.entry, *outcome, rules, feed, none);
        if (!rejected)
            return rejected.error();
        if (*rejected)
            result.rejected << **rejected;
    }
    if (auto r = flush(); !r)
        return r.error();
    if (auto r = ChangeFeed(m_db).append(feed, now); !r)
        return r.error();
    if (result.applied > 0) {
        if (auto r = Offices(m_db).setHead(batch.office, last, pushed.constLast().hash); !r)
            return r.error();
        result.through = last;
    }
    if (auto r = epochs.vouch(batch.office, batch.registerUuid, batch.epoch, last, now); !r)
        return r.error();
    if (last < result.through) {
        // Behind the server with a matching history: a restored register catches up.
        auto missing = entries.range(batch.office, last + 1, kCatchUpPage + 1);
        if (!missing)
            return missing.error();
        result.catchUpMore = missing->size() > kCatchUpPage;
        for (qsizetype i = 0; i < std::min<qsizetype>(missing->size(), kCatchUpPage); ++i)
            result.catchUp << missing->at(i).entry;
        // Their rejections go with them: the register keeps them with its records as if it had
        // pushed them itself (a recovered register never did).
        if (!result.catchUp.isEmpty()) {
            auto back = entries.rejections(batch.office, last + 1, result.catchUp.constLast().seq);
            if (!back)
                return back.error();
            result.rejected += *back;
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return result;
}

Result<std::optional<EntryRejection>> PushIngest::settle(const OfficeHead &office, const SyncEntry &e,
                                                         const LedgerOutcome &outcome,
                                                         CrossOfficeRules &rules, QList<OfficeChange> &feed,
                                                         QList<IdNumberRequests::Birth> &wanted)
{
    if (outcome.rejection) {
        const Error &why = *outcome.rejection;
        if (auto r = EntryStore(m_db).reject(office.office, e.seq, why); !r)
            return r.error();
        return std::optional<EntryRejection>(EntryRejection{e.seq, why.code, why.vi, why.en});
    }
    if (!outcome.registered)
        return std::optional<EntryRejection>();
    const ServerRecord &record = *outcome.record;
    auto findings = rules.check(record);
    if (!findings)
        return findings.error();
    for (const OfficeFinding &f : std::as_const(*findings)) {
        Change change;
        change.body = f.finding;
        feed << OfficeChange{f.office, change};
    }
    if (record.kind != EventKind::Birth)
        return std::optional<EntryRejection>();
    const BirthParties birth = record.birth ? *record.birth : BirthParties::of(record.content);
    if (IdNumberRequests::wants(record.content, birth.child))
        wanted << IdNumberRequests::Birth{record.id, birth.child, birth.mother};
    return std::optional<EntryRejection>();
}

} // namespace hotich::server
