#include "Registrar.h"

#include "AmendmentPlan.h"
#include "DraftCheck.h"
#include "RecordPreparation.h"
#include "RecordView.h"
#include "RegisterSetup.h"
#include "RegistrationErrors.h"
#include "reference/PersonalIdNumber.h"
#include "rules/RegistrationRules.h"
#include "store/RecordStore.h"
#include "text/Normalize.h"
#include "util/Uuid.h"

#include <QScopeGuard>

#include <future>

using namespace Qt::StringLiterals;

namespace hotich {

Registrar::Registrar(Database &db, const Clock &clock) : m_db(db), m_clock(clock), m_sessions(db)
{}

Registrar::~Registrar() = default;

Result<QString> Registrar::office()
{
    if (!m_office.isEmpty())
        return m_office;
    auto info = readOffice(m_db);
    if (!info)
        return info.error();
    m_office = info->code;
    return m_office;
}

Result<void> Registrar::begin(std::optional<Transaction> &tx, std::unique_ptr<WriteSession> &session,
                              QDate today)
{
    if (auto r = m_sessions.begin(tx, session, m_clock.now(), today); !r)
        return r;
    if (auto r = session->requireWritable(); !r) {
        tx.reset();
        session.reset();
        return r;
    }
    return {};
}

Result<RegistrationOutcome> Registrar::registerRecord(const QJsonObject &input, const Account &actor)
{
    RegistrationOutcome outcome;
    auto done =
        registerMany({input}, actor, 0, [&](qsizetype, const RegistrationOutcome &o) { outcome = o; });
    if (!done)
        return done.error();
    return outcome;
}

Result<qsizetype> Registrar::registerMany(const QList<QJsonObject> &inputs, const Account &actor,
                                          qsizetype batchSize, const Progress &onRegistered)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r.error();
    if (auto r = office(); !r)
        return r.error();
    const bool single = inputs.size() == 1;
    // A worker prepares the next chunk while this thread writes the current one. In one
    // transaction (batchSize 0) nothing is committed before the end, so a rejection anywhere still
    // leaves the register untouched; with batches, the batches before a rejection stay.
    const qsizetype step = kPreparedChunk;
    const RuleContext context{m_clock.today(), officerIdentityOf(actor), nullptr, {}};
    // The worker also frees the chunk written before: freeing thousands of JSON objects is not free.
    // Input that fits in one chunk (e.g. one registration at the counter) needs no second thread.
    const auto policy = inputs.size() > step ? std::launch::async : std::launch::deferred;
    auto prepareChunk = [&inputs, &context, policy](qsizetype from, QList<PreparedRecord> done) {
        return std::async(policy, [&inputs, &context, from, done = std::move(done)]() mutable {
            done.clear();
            return prepareRecords(inputs, from, std::min(inputs.size(), from + step), context);
        });
    };

    // The map only speeds reads up: a failure to switch it is logged, not a reason to refuse.
    const bool bulk = inputs.size() > step;
    const auto mapReads = [this](bool on) {
        if (auto r = m_db.setMemoryMappedReads(on); !r)
            qWarning("hotich: %s", qUtf8Printable(r.error().en));
    };
    if (bulk)
        mapReads(false);
    const auto restoreMapping = qScopeGuard([&] {
        if (bulk)
            mapReads(true);
    });

    Error invalid = Error::invalid(u"records.rejected"_s, {}, {}, {});
    qsizetype committed = 0;
    QList<RegistrationOutcome> written;
    std::optional<Transaction> tx;
    std::unique_ptr<WriteSession> session;
    auto commit = [&]() -> Result<void> {
        if (!tx)
            return {};
        if (auto r = m_sessions.commit(tx, session); !r)
            return r;
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (onRegistered)
                onRegistered(committed + i, written[i]);
        }
        committed += written.size();
        written.clear();
        return {};
    };
    auto stoppedAt = [&](Error e, qsizetype index) {
        return registration_errors::afterCommitted(
            single ? std::move(e) : registration_errors::atRecord(std::move(e), index), committed);
    };

    std::future<QList<PreparedRecord>> next = prepareChunk(0, {});
    QList<PreparedRecord> chunk;
    for (qsizetype start = 0; start < inputs.size(); start += step) {
        QList<PreparedRecord> previous = std::exchange(chunk, next.get());
        if (start + step < inputs.size())
            next = prepareChunk(start + step, std::move(previous));
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            for (const Finding &f : chunk[i].canonical.errors)
                invalid.details.push_back(single ? f.toError()
                                                 : registration_errors::atRecord(f.toError(), start + i));
        }
        if (!invalid.details.empty())
            continue; // write nothing more, but go on checking so every schema error is reported
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (!tx) {
                if (auto r = begin(tx, session, context.today); !r)
                    return r.error();
            }
            auto outcome = registerOne(chunk[i], actor, *session);
            if (!outcome)
                return stoppedAt(outcome.error(), start + i);
            written << outcome.value();
            if (batchSize > 0 && written.size() == batchSize) {
                if (auto r = commit(); !r)
                    return r.error();
            }
        }
    }
    if (!invalid.details.empty())
        return registration_errors::schemaErrors(std::move(invalid), single, committed);
    if (auto r = commit(); !r)
        return r.error();
    return committed;
}

Result<RegistrationOutcome> Registrar::registerOne(const PreparedRecord &prepared, const Account &actor,
                                                   WriteSession &session)
{
    RegisterIndex &index = session.index;
    AmendmentPlan plan;
    const qint64 nowMs = session.nowMs();
    const auto rowId = session.nextRowId();
    if (!rowId)
        return rowId.error();
    plan.id = makeRecordUuid(session.now(), *rowId);
    plan.kind = *prepared.canonical.kind;
    plan.record = prepared.canonical.json;
    plan.context = {session.today(), officerIdentityOf(actor), &index, {}};
    plan.findings =
        prepared.findings + checkRegisterRules(plan.kind, plan.record, prepared.facts, plan.context);
    if (auto r = planAmendment(m_db, plan); !r)
        return r.error();
    if (auto e = index.takeLookupError())
        return *e;
    if (hasErrors(plan.findings))
        return registration_errors::rejected(plan.findings);

    StoredRecord record;
    record.rowId = *rowId;
    record.id = plan.id;
    record.office = m_office;
    record.kind = plan.kind;
    record.registrationDate = prepared.facts.registrationDate;
    record.payload = prepared.payload;
    record.payloadUtf8 = prepared.payloadUtf8;
    record.createdAtMs = nowMs;
    if (!prepared.facts.historical) {
        auto position = session.numbering.next(m_office, plan.kind, record.registrationDate, nowMs);
        if (!position)
            return position.error();
        record.year = position->year;
        record.number = position->number;
        record.book = position->book;
    }
    const IndexEntry entryOfRecord =
        plan.principal ? IndexEntry::of(plan.kind, plan.record, &*plan.principal) : prepared.index;
    if (auto r = session.writeRecord(record, entryOfRecord, prepared.payloadHash, Author::of(actor)); !r)
        return r.error();

    if (plan.target) {
        if (auto r = session.writeAmendment(m_office, *plan.target, plan.amendmentType, plan.patch, &record,
                                            actor);
            !r)
            return r.error();
    }

    RegistrationOutcome outcome{record.id, record.kind, record.year, record.number, record.book, {}};
    for (const Finding &f : plan.findings) {
        if (!f.isError())
            outcome.warnings << f;
    }
    return outcome;
}

Result<RegistrationOutcome> Registrar::correct(const QUuid &target, QJsonObject correction,
                                               const Account &actor)
{
    const QString kind = correction.value(u"kind"_s).toString(u"correction"_s);
    if (kind != u"correction"_s) {
        return Error::invalid(u"kind.unknown"_s, u"kind"_s, u"Tệp sửa đổi phải là việc \"correction\""_s,
                              u"A correction file must be of kind \"correction\""_s);
    }
    correction.insert(u"kind"_s, u"correction"_s);
    correction.insert(u"amends"_s, uuidText(target));
    if (!correction.contains(u"registrationDate"_s))
        correction.insert(u"registrationDate"_s, m_clock.today().toString(Qt::ISODate));
    return registerRecord(correction, actor);
}

Result<void> Registrar::amend(const QUuid &target, const Account &actor, const QString &type,
                              const std::function<Result<QJsonObject>(const RecordView &)> &patchFor)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r;
    if (auto r = office(); !r)
        return r.error();
    std::optional<Transaction> tx;
    std::unique_ptr<WriteSession> session;
    if (auto r = begin(tx, session, m_clock.today()); !r)
        return r;
    RecordStore store(m_db);
    auto view = loadRecordView(store, target);
    if (!view)
        return view.error();
    auto patch = patchFor(view.value());
    if (!patch)
        return patch.error();
    if (auto r = session->writeAmendment(m_office, view.value(), type, patch.value(), nullptr, actor); !r)
        return r;
    return m_sessions.commit(tx, session);
}

Result<void> Registrar::assignIdNumber(const QUuid &target, const QString &idNumber, const Account &actor)
{
    return amend(target, actor, u"idNumber"_s, [&](const RecordView &view) -> Result<QJsonObject> {
        if (view.stored.kind != EventKind::Birth) {
            return Error::invalid(u"record.kind"_s, u"id"_s, u"Chỉ gán số định danh cho việc khai sinh"_s,
                                  u"ID numbers are assigned to birth registrations only"_s);
        }
        const PersonView subject = personAt(view.current, u"subject"_s);
        const std::optional<int> year =
            subject.birthDate.isNull() ? std::nullopt : std::optional<int>(subject.birthDate.year());
        if (auto check = reference::checkPersonalId(idNumber, subject.sex, year, u"subject.idNumber"_s);
            !check)
            return check.error();
        if (subject.idNumber == idNumber) {
            return Error::make(ErrorKind::Conflict, u"idNumber.same"_s, u"Hồ sơ đã có số định danh này"_s,
                               u"The record already has this ID number"_s);
        }
        return QJsonObject{{u"subject"_s, QJsonObject{{u"idNumber"_s, idNumber}}}};
    });
}

Result<void> Registrar::voidRecord(const QUuid &target, const QJsonObject &decision, const Account &actor)
{
    QJsonObject clean;
    for (auto it = decision.begin(); it != decision.end(); ++it)
        clean.insert(it.key(),
                     it.value().isString() ? QJsonValue(text::cleanText(it.value().toString())) : it.value());
    for (const QString &member : {u"issuer"_s, u"date"_s, u"reason"_s}) {
        if (clean.value(member).toString().isEmpty()) {
            return Error::invalid(u"field.missing"_s, member,
                                  u"Thiếu %1 của quyết định thu hồi"_s.arg(member),
                                  u"The revocation decision lacks its %1"_s.arg(member));
        }
    }
    if (auto d = parseFullDate(clean.value(u"date"_s).toString(), u"date"_s); !d)
        return d.error();
    return amend(target, actor, u"void"_s, [&](const RecordView &view) -> Result<QJsonObject> {
        if (view.status == RecordStatus::Voided) {
            return Error::make(ErrorKind::Conflict, u"record.voided"_s,
                               u"Hồ sơ đã bị thu hồi, hủy bỏ trước đó"_s, u"The record was already voided"_s);
        }
        return QJsonObject{{u"voided"_s, clean}};
    });
}

} // namespace hotich
