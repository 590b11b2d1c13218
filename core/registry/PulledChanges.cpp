#include "PulledChanges.h"

#include "RecordView.h"
#include "RegisterSetup.h"
#include "WriteSession.h"
#include "reference/PersonalIdNumber.h"
#include "store/RecordStore.h"
#include "store/SyncState.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QString idNumberStateCode(IdNumberResult::State state)
{
    switch (state) {
    case IdNumberResult::State::Pending:
        return u"pending"_s;
    case IdNumberResult::State::Assigned:
        return u"assigned"_s;
    case IdNumberResult::State::SuspectedDuplicate:
        return u"suspectedDuplicate"_s;
    case IdNumberResult::State::NeedsVerification:
        return u"needsVerification"_s;
    case IdNumberResult::State::Rejected:
        return u"rejected"_s;
    }
    return {};
}

std::optional<IdNumberResult::State> parseIdNumberState(QStringView code)
{
    using S = IdNumberResult::State;
    for (S s : {S::Pending, S::Assigned, S::SuspectedDuplicate, S::NeedsVerification, S::Rejected}) {
        if (idNumberStateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

namespace {

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toRfc4122());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Result<void> keepFinding(Database &db, const SyncFinding &f, qint64 nowMs)
{
    QSqlQuery &q =
        db.statement(u"INSERT INTO sync_findings (record, seq, code, message_vi, message_en, "
                     u"related_office, related_record, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(0, uuidOrNull(f.record));
    q.bindValue(1, f.seq ? QVariant(f.seq) : QVariant());
    q.bindValue(2, f.code);
    q.bindValue(3, f.vi);
    q.bindValue(4, f.en);
    q.bindValue(5, textOrNull(f.relatedOffice));
    q.bindValue(6, uuidOrNull(f.relatedRecord));
    q.bindValue(7, nowMs);
    return db.run(q, u"ghi kết quả đối chiếu"_s);
}

/// A record the centre names must be one of this register's: anything else is refused whole.
Result<RecordView> ownRecord(RecordStore &store, const QUuid &id)
{
    auto view = loadRecordView(store, id);
    if (!view && view.error().kind == ErrorKind::NotFound) {
        return Error::make(ErrorKind::InvalidInput, u"pull.unknownRecord"_s,
                           u"Máy chủ gửi kết quả cho hồ sơ %1 không có trong sổ này"_s.arg(
                               id.toString(QUuid::WithoutBraces)),
                           u"The server sent a result for record %1, which this register does not hold"_s.arg(
                               id.toString(QUuid::WithoutBraces)));
    }
    return view;
}

} // namespace

Result<void> PulledChanges::apply(const PulledPage &page, const Account &actor)
{
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    WriteSessions sessions(m_db);
    std::optional<Transaction> tx;
    std::unique_ptr<WriteSession> session;
    if (auto r = sessions.begin(tx, session, m_clock.now(), m_clock.today()); !r)
        return r;
    if (auto r = session->requireWritable(); !r)
        return r;
    const qint64 nowMs = session->nowMs();
    RecordStore store(m_db);

    for (const IdNumberResult &result : page.idNumbers) {
        auto view = ownRecord(store, result.record);
        if (!view)
            return view.error();
        if (result.state == IdNumberResult::State::Assigned) {
            const PersonView subject = personAt(view->current, u"subject"_s);
            const std::optional<int> year =
                subject.birthDate.isNull() ? std::nullopt : std::optional<int>(subject.birthDate.year());
            if (auto check = reference::checkPersonalId(result.idNumber, subject.sex, year, u"idNumber"_s);
                !check)
                return check.error();
            if (subject.idNumber != result.idNumber) {
                const QJsonObject patch{{u"subject"_s, QJsonObject{{u"idNumber"_s, result.idNumber}}}};
                if (auto r =
                        session->writeAmendment(office->code, *view, u"idNumber"_s, patch, nullptr, actor);
                    !r)
                    return r;
            }
        }
        QSqlQuery &q = m_db.statement(
            u"INSERT INTO id_number_results (record, state, id_number, reason_vi, reason_en, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (record) DO UPDATE SET state = excluded.state, "
            u"id_number = excluded.id_number, reason_vi = excluded.reason_vi, reason_en = "
            u"excluded.reason_en, "
            u"updated_at = excluded.updated_at"_s);
        q.bindValue(0, result.record.toRfc4122());
        q.bindValue(1, idNumberStateCode(result.state));
        q.bindValue(2, textOrNull(result.idNumber));
        q.bindValue(3, textOrNull(result.reasonVi));
        q.bindValue(4, textOrNull(result.reasonEn));
        q.bindValue(5, nowMs);
        if (auto r = m_db.run(q, u"ghi kết quả cấp số định danh"_s); !r)
            return r;
    }
    for (const Revocation &revocation : page.revocations) {
        auto view = ownRecord(store, revocation.record);
        if (!view)
            return view.error();
        if (view->status == RecordStatus::Voided)
            continue; // already recorded: a page delivered again changes nothing
        if (auto r = session->writeAmendment(office->code, *view, u"void"_s,
                                             QJsonObject{{u"voided"_s, revocation.decision}}, nullptr, actor);
            !r)
            return r;
    }
    for (const SyncFinding &finding : page.findings) {
        if (auto r = keepFinding(m_db, finding, nowMs); !r)
            return r;
    }
    for (const ReferenceUpdate &update : page.references) {
        QSqlQuery &q = m_db.statement(u"INSERT INTO reference_updates (dataset, version, data, received_at) "
                                      u"VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s);
        q.bindValue(0, update.dataset);
        q.bindValue(1, update.version);
        q.bindValue(2, update.data);
        q.bindValue(3, nowMs);
        if (auto r = m_db.run(q, u"ghi cập nhật dữ liệu tham chiếu"_s); !r)
            return r;
    }
    if (auto r = SyncState::savePullCursor(m_db, page.cursor); !r)
        return r;
    return sessions.commit(tx, session);
}

Result<void> PulledChanges::recordPushed(qint64 through, const QList<SyncFinding> &rejections)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    for (const SyncFinding &f : rejections) {
        // A batch sent again (its answer was lost) brings its rejections again: kept once.
        QSqlQuery &known = m_db.statement(u"SELECT 1 FROM sync_findings WHERE seq = ? AND code = ?"_s);
        known.bindValue(0, f.seq);
        known.bindValue(1, f.code);
        if (auto r = m_db.run(known, u"đọc kết quả đối chiếu"_s); !r)
            return r;
        const bool held = known.next();
        known.finish();
        if (held)
            continue;
        if (auto r = keepFinding(m_db, f, nowMs); !r)
            return r;
    }
    if (auto r = SyncState::savePushedThrough(m_db, through); !r)
        return r;
    return tx.commit();
}

} // namespace hotich
