#include "Registrar.h"

#include "RecordView.h"
#include "model/RecordValidator.h"
#include "reference/PersonalIdNumber.h"
#include "rules/RegistrationRules.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/RecordStore.h"
#include "store/RegisterIndex.h"
#include "store/RegisterNumbering.h"
#include "text/Normalize.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QScopeGuard>

#include <QSqlQuery>
#include <QVariant>
#include <future>

using namespace Qt::StringLiterals;

namespace hotich {

QJsonArray findingsToJson(const Findings &findings)
{
    QJsonArray list;
    for (const Finding &f : findings) {
        list.append(QJsonObject{{u"severity"_s, f.isError() ? u"error"_s : u"warning"_s},
                                {u"code"_s, f.code},
                                {u"field"_s, f.field},
                                {u"message"_s, f.vi},
                                {u"messageEn"_s, f.en}});
    }
    return list;
}

QJsonObject RegistrationOutcome::toJson() const
{
    QJsonObject o{
        {u"id"_s, uuidText(id)}, {u"kind"_s, kindCode(kind)}, {u"warnings"_s, findingsToJson(warnings)}};
    o.insert(u"year"_s, number ? QJsonValue(year) : QJsonValue());
    o.insert(u"number"_s, number ? QJsonValue(number) : QJsonValue());
    o.insert(u"book"_s, number ? QJsonValue(book) : QJsonValue());
    return o;
}

namespace {

Error rejected(const Findings &findings)
{
    Findings errors;
    for (const Finding &f : findings) {
        if (f.isError())
            errors << f;
    }
    Error e =
        Error::invalid(u"record.rejected"_s, {}, u"Hồ sơ không được đăng ký: %1 lỗi"_s.arg(errors.size()),
                       u"The record was not registered: %1 error(s)"_s.arg(errors.size()));
    for (const Finding &f : errors)
        e.details.push_back(f.toError());
    return e;
}

Error atLine(Error e, qsizetype index)
{
    e.vi = u"Hồ sơ thứ %1: "_s.arg(index + 1) + e.vi;
    e.en = u"Record %1: "_s.arg(index + 1) + e.en;
    return e;
}

/// Findings about the amended record, reported under "changes." so the officer sees where they came from.
void addUnder(Findings &into, const Findings &from, const QString &prefix, bool errorsOnly)
{
    for (Finding f : from) {
        if (errorsOnly && !f.isError())
            continue;
        f.field = f.field.isEmpty() ? prefix : prefix + u'.' + f.field;
        into << f;
    }
}

OfficerIdentity officerOf(const Account &actor)
{
    return {actor.fullName, actor.idNumber, actor.birthDate};
}

} // namespace

/// What a write transaction shares: the chain heads and register positions it follows in memory,
/// the derived index, and the time it runs at. Kept from one transaction to the next while no
/// other writer has changed the file (Registrar::beginSession).
struct Registrar::Session
{
    explicit Session(Database &db) : journal(db), outbox(db), numbering(db), index(db) {}

    void startAt(QDateTime at, QDate localDate)
    {
        now = std::move(at);
        today = localDate;
    }

    /// The row id the next record takes (read once, then followed).
    Result<qint64> nextRowId(Database &db)
    {
        if (!lastRowId) {
            auto last = RecordStore(db).lastRowId();
            if (!last)
                return last.error();
            lastRowId = last.value();
        }
        return *lastRowId + 1;
    }

    Journal journal;
    Outbox outbox;
    RegisterNumbering numbering;
    RegisterIndex index;
    std::optional<qint64> lastRowId;
    QDateTime now;
    QDate today;
};

void Registrar::SessionDeleter::operator()(Session *session) const
{
    delete session;
}

Result<void> Registrar::beginSession(std::optional<Transaction> &tx, SessionPtr &session, QDate today)
{
    tx.emplace(m_db);
    if (auto r = tx->begin(); !r) {
        tx.reset();
        return r;
    }
    if (m_lastSession && m_db.dataVersion() == m_lastSessionVersion)
        session = std::move(m_lastSession);
    else
        session.reset(new Session(m_db));
    m_lastSession.reset();
    session->startAt(m_clock.now(), today);
    return {};
}

Result<void> Registrar::commitSession(std::optional<Transaction> &tx, SessionPtr &session)
{
    auto committed = tx->commit();
    tx.reset();
    if (!committed) {
        session.reset();
        return committed;
    }
    m_lastSessionVersion = m_db.dataVersion();
    m_lastSession = std::move(session);
    return {};
}

struct Registrar::Plan
{
    QUuid id;
    EventKind kind = EventKind::Birth;
    QJsonObject record;
    Findings findings;
    qint64 nowMs = 0;
    RuleContext context;

    // When the registration amends an earlier one:
    std::optional<RecordView> target;
    QString amendmentType;
    QJsonObject patch;
    std::optional<QList<PersonView>> principal; ///< names the new record is found by, if not its own
};

Registrar::Registrar(Database &db, const Clock &clock) : m_db(db), m_clock(clock)
{}

Result<QString> Registrar::office()
{
    if (!m_office.isEmpty())
        return m_office;
    Reader q(m_db.statement(u"SELECT code FROM office"_s));
    if (auto r = m_db.run(*q, u"đọc thông tin cơ quan"_s); !r)
        return r.error();
    if (!q->next()) {
        return Error::make(ErrorKind::Conflict, u"office.missing"_s,
                           u"Sổ hộ tịch chưa được khởi tạo cho xã/phường nào (hotich-admin init)"_s,
                           u"The register was never initialised for an office (hotich-admin init)"_s);
    }
    m_office = q->value(0).toString();
    return m_office;
}

Result<void> Registrar::requireRole(const Account &actor, Role role) const
{
    if (actor.role == role)
        return {};
    return Error::make(ErrorKind::PermissionDenied, u"role.required"_s,
                       u"Tài khoản %1 (%2) không có quyền này: cần vai trò %3"_s.arg(
                           actor.login, roleNameVi(actor.role), roleNameVi(role)),
                       u"Account %1 (%2) may not do this: the %3 role is needed"_s.arg(
                           actor.login, roleCode(actor.role), roleCode(role)));
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

/// One input record made ready for writing by the worker thread: checked against the schema and the
/// rules that need no register, serialised, and its search row computed.
struct Registrar::Prepared
{
    CanonicalRecord canonical;
    Findings findings;
    RecordFacts facts;
    QString payload;
    QByteArray payloadUtf8;
    QByteArray payloadHash;
    IndexEntry index;
};

QList<Registrar::Prepared> Registrar::prepare(const QList<QJsonObject> &inputs, qsizetype from, qsizetype to,
                                              const RuleContext &context)
{
    QList<Prepared> prepared;
    prepared.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        Prepared p;
        p.canonical = canonicalizeRecord(inputs[i]);
        if (p.canonical.ok()) {
            const EventKind kind = *p.canonical.kind;
            p.facts = RecordFacts::of(kind, p.canonical.json);
            p.findings = checkRecordRules(kind, p.canonical.json, p.facts, context);
            p.payload = RecordStore::serialize(p.canonical.json);
            p.payloadUtf8 = p.payload.toUtf8();
            p.payloadHash = StoredRecord::payloadHashOfUtf8(p.payloadUtf8);
            p.index = IndexEntry::of(kind, p.canonical.json, p.facts);
        }
        prepared << std::move(p);
    }
    return prepared;
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
    const RuleContext context{m_clock.today(), officerOf(actor), nullptr, {}};
    // The worker also frees the chunk written before: freeing thousands of JSON objects is not free.
    // Input that fits in one chunk (e.g. one registration at the counter) needs no second thread.
    const auto policy = inputs.size() > step ? std::launch::async : std::launch::deferred;
    auto prepareChunk = [&inputs, &context, policy](qsizetype from, QList<Prepared> done) {
        return std::async(policy, [&inputs, &context, from, done = std::move(done)]() mutable {
            done.clear();
            return prepare(inputs, from, std::min(inputs.size(), from + step), context);
        });
    };

    const bool bulk = inputs.size() > step;
    if (bulk)
        m_db.setMemoryMappedReads(false);
    const auto restoreMapping = qScopeGuard([&] {
        if (bulk)
            m_db.setMemoryMappedReads(true);
    });

    Error invalid = Error::invalid(u"records.rejected"_s, {}, {}, {});
    qsizetype committed = 0;
    QList<RegistrationOutcome> written;
    std::optional<Transaction> tx;
    SessionPtr session;
    auto commit = [&]() -> Result<void> {
        if (!tx)
            return {};
        if (auto r = commitSession(tx, session); !r)
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
        if (!single)
            e = atLine(std::move(e), index);
        if (committed > 0) {
            e.vi += u" (%1 hồ sơ trước đó đã được đăng ký)"_s.arg(committed);
            e.en += u" (%1 earlier records were registered)"_s.arg(committed);
        }
        return e;
    };

    std::future<QList<Prepared>> next = prepareChunk(0, {});
    QList<Prepared> chunk;
    for (qsizetype start = 0; start < inputs.size(); start += step) {
        QList<Prepared> previous = std::exchange(chunk, next.get());
        if (start + step < inputs.size())
            next = prepareChunk(start + step, std::move(previous));
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            for (const Finding &f : chunk[i].canonical.errors)
                invalid.details.push_back(single ? f.toError() : atLine(f.toError(), start + i));
        }
        if (!invalid.details.empty())
            continue; // write nothing more, but go on checking so every schema error is reported
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (!tx) {
                if (auto r = beginSession(tx, session, context.today); !r)
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
    if (!invalid.details.empty()) {
        const qsizetype count = qsizetype(invalid.details.size());
        invalid.vi = single ? u"Hồ sơ không được đăng ký: %1 lỗi"_s.arg(count)
                            : u"Không đăng ký tiếp được: %1 lỗi"_s.arg(count);
        invalid.en = single ? u"The record was not registered: %1 error(s)"_s.arg(count)
                            : u"Registration stopped: %1 error(s)"_s.arg(count);
        if (committed == 0) {
            invalid.vi = single ? invalid.vi : u"Không hồ sơ nào được đăng ký: %1 lỗi"_s.arg(count);
            invalid.en = single ? invalid.en : u"Nothing was registered: %1 error(s)"_s.arg(count);
        } else {
            invalid.vi += u" (%1 hồ sơ trước đó đã được đăng ký)"_s.arg(committed);
            invalid.en += u" (%1 earlier records were registered)"_s.arg(committed);
        }
        return invalid;
    }
    if (auto r = commit(); !r)
        return r.error();
    return committed;
}

Result<RegistrationOutcome> Registrar::registerOne(const Prepared &prepared, const Account &actor,
                                                   Session &session)
{
    RegisterIndex &index = session.index;
    Plan plan;
    plan.nowMs = session.now.toMSecsSinceEpoch();
    const auto rowId = session.nextRowId(m_db);
    if (!rowId)
        return rowId.error();
    plan.id = makeRecordUuid(session.now, *rowId);
    plan.kind = *prepared.canonical.kind;
    plan.record = prepared.canonical.json;
    plan.context = {session.today, officerOf(actor), &index, {}};
    plan.findings =
        prepared.findings + checkRegisterRules(plan.kind, plan.record, prepared.facts, plan.context);
    if (auto r = planAmendment(plan); !r)
        return r.error();
    if (auto e = index.takeLookupError())
        return *e;
    if (hasErrors(plan.findings))
        return rejected(plan.findings);

    StoredRecord record;
    record.rowId = *rowId;
    record.id = plan.id;
    record.office = m_office;
    record.kind = plan.kind;
    record.registrationDate = prepared.facts.registrationDate;
    record.payload = prepared.payload;
    record.payloadUtf8 = prepared.payloadUtf8;
    record.createdAtMs = plan.nowMs;
    record.createdBy = actor.id;
    if (!prepared.facts.historical) {
        auto position = session.numbering.next(m_office, plan.kind, record.registrationDate, plan.nowMs);
        if (!position)
            return position.error();
        record.year = position->year;
        record.number = position->number;
        record.book = position->book;
    }
    if (auto r = RecordStore(m_db).insert(record); !r)
        return r.error();
    session.lastRowId = record.rowId;
    const IndexEntry entryOfRecord =
        plan.principal ? IndexEntry::of(plan.kind, plan.record, &*plan.principal) : prepared.index;
    if (auto r = index.write(record.rowId, entryOfRecord, false); !r)
        return r.error();

    const QByteArray contentHash = record.contentHash(prepared.payloadHash);
    JournalEntry entry;
    entry.atMs = plan.nowMs;
    entry.actor = actor.login;
    entry.action = u"record.register"_s;
    entry.targetTable = u"records"_s;
    entry.targetId = record.rowId;
    entry.contentHash = contentHash;
    if (auto r = session.journal.append(entry); !r)
        return r.error();
    OutboxEntry out;
    out.office = m_office;
    out.operation = u"register"_s;
    out.recordId = record.rowId;
    out.contentHash = contentHash;
    out.createdAtMs = plan.nowMs;
    if (auto r = session.outbox.append(out); !r)
        return r.error();

    if (plan.target) {
        if (auto r = writeAmendment(plan.target->stored.rowId, plan.target->stored.kind, plan.amendmentType,
                                    plan.patch, record.rowId, actor, session);
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

Result<void> Registrar::planAmendment(Plan &plan)
{
    const QJsonObject &r = plan.record;
    QString targetField;
    if (amendsAnotherRecord(plan.kind))
        targetField = u"amends"_s;
    else if (plan.kind == EventKind::ExtractCopy)
        targetField = u"source"_s;
    else if (plan.kind == EventKind::Recording && r.contains(u"relatedRecord"_s))
        targetField = u"relatedRecord"_s;
    if (targetField.isEmpty())
        return {};

    RecordStore store(m_db);
    auto target = loadRecordView(store, parseUuid(r.value(targetField).toString()));
    if (!target) {
        if (target.error().kind != ErrorKind::NotFound)
            return target.error();
        plan.findings.append({Finding::Severity::Error, u"record.missing"_s, targetField, target.error().vi,
                              target.error().en});
        return {};
    }
    const RecordView &view = target.value();
    auto refuse = [&](const QString &code, const QString &vi, const QString &en) {
        plan.findings.append({Finding::Severity::Error, code, targetField, vi, en});
        return Result<void>();
    };
    auto requireKind = [&](EventKind expected) {
        if (view.stored.kind == expected)
            return true;
        (void)refuse(u"record.kind"_s,
                     u"Hồ sơ %1 là việc %2, không phải %3"_s.arg(
                         uuidText(view.stored.id), kindNameVi(view.stored.kind), kindNameVi(expected)),
                     u"Record %1 is a %2, not a %3"_s.arg(
                         uuidText(view.stored.id), kindNameEn(view.stored.kind), kindNameEn(expected)));
        return false;
    };
    if (view.status == RecordStatus::Voided) {
        return refuse(u"record.voided"_s, u"Hồ sơ %1 đã bị thu hồi, hủy bỏ"_s.arg(uuidText(view.stored.id)),
                      u"Record %1 has been voided"_s.arg(uuidText(view.stored.id)));
    }
    plan.principal = principalPersonsOf(view.stored.kind, view.current);

    // Amendments that change the content of the target: the same checks as a new registration.
    auto amendContent = [&](const QString &type, const QJsonObject &changes) -> Result<void> {
        for (const QString &member :
             {u"kind"_s, u"registrationDate"_s, u"historical"_s, u"reRegistration"_s}) {
            if (changes.contains(member)) {
                return refuse(u"correction.forbidden"_s,
                              u"Không được sửa %1 của việc đã đăng ký"_s.arg(member),
                              u"The %1 of a registration cannot be changed"_s.arg(member));
            }
        }
        for (const QString &member : statusMembers()) {
            if (changes.contains(member))
                return refuse(u"correction.forbidden"_s, u"Không được sửa trạng thái \"%1\""_s.arg(member),
                              u"The status \"%1\" cannot be changed by a correction"_s.arg(member));
        }
        const CanonicalRecord patched = canonicalizeRecord(applyMergePatch(view.content(), changes));
        addUnder(plan.findings, patched.errors, u"changes"_s, true);
        if (!patched.ok())
            return {};
        RuleContext context = plan.context;
        context.exclude = view.stored.id;
        addUnder(plan.findings, checkRegistrationRules(view.stored.kind, patched.json, context), u"changes"_s,
                 true);
        plan.patch = createMergePatch(view.content(), patched.json);
        if (plan.patch.isEmpty()) {
            return refuse(u"correction.empty"_s, u"Nội dung sửa không làm thay đổi hồ sơ"_s,
                          u"The changes leave the record as it is"_s);
        }
        plan.amendmentType = type;
        plan.principal = principalPersonsOf(view.stored.kind, patched.json);
        plan.target = view;
        return {};
    };

    switch (plan.kind) {
    case EventKind::Correction:
        return amendContent(u"correction"_s, r.value(u"changes"_s).toObject());
    case EventKind::EthnicityRedetermination:
        if (!requireKind(EventKind::Birth))
            return {};
        return amendContent(u"ethnicity"_s,
                            {{u"subject"_s, QJsonObject{{u"ethnicity"_s, r.value(u"ethnicity"_s)}}}});
    case EventKind::GuardianshipChange:
        if (!requireKind(EventKind::Guardianship))
            return {};
        if (view.status != RecordStatus::Active)
            return refuse(u"guardianship.ended"_s, u"Việc giám hộ đã chấm dứt"_s,
                          u"The guardianship has ended"_s);
        {
            // The new guardian replaces the old one whole: nothing of the old person may remain.
            QJsonObject replacement = r.value(u"newGuardian"_s).toObject();
            const QJsonObject old = view.current.value(u"guardian"_s).toObject();
            for (auto it = old.begin(); it != old.end(); ++it) {
                if (!replacement.contains(it.key()))
                    replacement.insert(it.key(), QJsonValue::Null);
            }
            return amendContent(u"guardianshipChange"_s, {{u"guardian"_s, replacement}});
        }
    case EventKind::GuardianshipEnd:
        if (!requireKind(EventKind::Guardianship))
            return {};
        if (view.status != RecordStatus::Active)
            return refuse(u"guardianship.ended"_s, u"Việc giám hộ đã chấm dứt"_s,
                          u"The guardianship has ended"_s);
        plan.amendmentType = u"guardianshipEnd"_s;
        plan.patch = {
            {u"ended"_s,
             QJsonObject{
                 {u"date"_s, r.value(u"endDate"_s).toString(r.value(u"registrationDate"_s).toString())},
                 {u"reason"_s, r.value(u"reason"_s)},
                 {u"record"_s, uuidText(plan.id)}}}};
        plan.target = view;
        return {};
    case EventKind::Recording: {
        const QString type = r.value(u"recordingType"_s).toString();
        if (type != u"divorce"_s && type != u"annulment"_s)
            return {};
        if (!requireKind(EventKind::Marriage))
            return {};
        if (view.status != RecordStatus::Active)
            return refuse(u"marriage.ended"_s, u"Hôn nhân này đã chấm dứt"_s,
                          u"This marriage has already ended"_s);
        plan.amendmentType = u"dissolution"_s;
        plan.patch = {
            {u"dissolved"_s, QJsonObject{{u"type"_s, type},
                                         {u"date"_s, r.value(u"decision"_s).toObject().value(u"date"_s)},
                                         {u"record"_s, uuidText(plan.id)}}}};
        plan.target = view;
        return {};
    }
    default:
        return {}; // an extract copy only needs its source to exist
    }
}

Result<void> Registrar::writeAmendment(qint64 targetRowId, EventKind targetKind, const QString &type,
                                       const QJsonObject &patch, qint64 byRecordRowId, const Account &actor,
                                       Session &session)
{
    const qint64 nowMs = session.now.toMSecsSinceEpoch();
    RecordStore store(m_db);
    StoredAmendment amendment;
    amendment.recordRowId = targetRowId;
    amendment.type = type;
    amendment.byRecordRowId = byRecordRowId;
    amendment.patch = RecordStore::serialize(patch);
    amendment.createdAtMs = nowMs;
    amendment.createdBy = actor.id;
    if (auto r = store.insert(amendment); !r)
        return r;

    auto target = store.findByRowId(targetRowId);
    if (!target)
        return target.error();
    auto amendments = store.amendmentsOf(targetRowId);
    if (!amendments)
        return amendments.error();
    const RecordView view = RecordView::derive(**target, amendments.value());
    if (auto r = session.index.write(targetRowId, IndexEntry::of(targetKind, view.current), true); !r)
        return r;

    const QByteArray contentHash = amendment.contentHash();
    JournalEntry entry;
    entry.atMs = nowMs;
    entry.actor = actor.login;
    entry.action = u"record.amend"_s;
    entry.targetTable = u"amendments"_s;
    entry.targetId = amendment.rowId;
    entry.contentHash = contentHash;
    entry.detail = type;
    if (auto r = session.journal.append(entry); !r)
        return r.error();
    OutboxEntry out;
    out.office = m_office;
    out.operation = u"amend"_s;
    out.recordId = targetRowId;
    out.amendmentId = amendment.rowId;
    out.contentHash = contentHash;
    out.createdAtMs = nowMs;
    if (auto r = session.outbox.append(out); !r)
        return r.error();
    return {};
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
    SessionPtr session;
    if (auto r = beginSession(tx, session, m_clock.today()); !r)
        return r;
    RecordStore store(m_db);
    auto view = loadRecordView(store, target);
    if (!view)
        return view.error();
    auto patch = patchFor(view.value());
    if (!patch)
        return patch.error();
    if (auto r =
            writeAmendment(view->stored.rowId, view->stored.kind, type, patch.value(), 0, actor, *session);
        !r)
        return r;
    return commitSession(tx, session);
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
