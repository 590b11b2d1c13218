#include "Workflow.h"

#include "store/Journal.h"
#include "store/RecordStore.h"
#include "text/Normalize.h"
#include "util/Hash.h"
#include "util/Uuid.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

constexpr FileState kOrder[] = {FileState::Received, FileState::Entered, FileState::Printed,
                                FileState::Signed, FileState::Issued};

/// A file received this late in the day is due the next working day when it cannot be done at once.
constexpr int kLastHourOfTheDay = 15;

QString stateNameVi(FileState state)
{
    switch (state) {
    case FileState::Received:
        return u"đã tiếp nhận"_s;
    case FileState::Entered:
        return u"đã ghi vào Sổ"_s;
    case FileState::Printed:
        return u"đã in"_s;
    case FileState::Signed:
        return u"đã ký"_s;
    case FileState::Issued:
        return u"đã trả kết quả"_s;
    }
    return {};
}

QDate nextWorkingDay(QDate date)
{
    do
        date = date.addDays(1);
    while (date.dayOfWeek() > 5);
    return date;
}

QDate workingDayOnOrAfter(QDate date)
{
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

int workingDaysAllowed(EventKind kind)
{
    switch (kind) {
    case EventKind::Birth:
    case EventKind::Death:
    case EventKind::Marriage:
    case EventKind::ExtractCopy:
        return 0;
    case EventKind::ParentChildRecognition:
    case EventKind::Guardianship:
    case EventKind::GuardianshipEnd:
    case EventKind::GuardianshipChange:
    case EventKind::Correction:
    case EventKind::EthnicityRedetermination:
    case EventKind::MaritalStatusCertificate:
    case EventKind::Recording:
        return 3;
    }
    return 0;
}

// A step with the fields of its file: what the journal vouches for.
const QString kStepRow =
    u"SELECT s.id, f.uuid, f.kind, f.received_on, f.due_on, f.applicant, s.state, s.record, "
    u"s.at, s.by FROM file_steps s JOIN files f ON f.id = s.file"_s;

QByteArray stepHash(const QSqlQuery &row)
{
    FieldHasher h;
    h.add(QByteArrayView(row.value(1).toByteArray()));
    for (int column = 2; column <= 6; ++column)
        h.add(row.value(column).toString());
    h.addNullable(row.value(7));
    h.add(row.value(8).toLongLong()).add(row.value(9).toLongLong());
    return h.result();
}

Error fileNotFound(const QUuid &file)
{
    return Error::make(ErrorKind::NotFound, u"file.missing"_s,
                       u"Không có hồ sơ tiếp nhận %1"_s.arg(uuidText(file)),
                       u"No received file %1"_s.arg(uuidText(file)));
}

} // namespace

VouchedTable fileStepsVouchedTable()
{
    auto readRows = [](Database &db, const VouchedTable::RowSink &sink) -> Result<void> {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(kStepRow))
            return db.errorFrom(q.lastError(), u"đọc hồ sơ tiếp nhận"_s);
        while (q.next())
            sink(q.value(0).toLongLong(), stepHash(q));
        return {};
    };
    return {u"file_steps"_s, u"Bước xử lý hồ sơ"_s, u"File step"_s, readRows};
}

QString fileStateCode(FileState state)
{
    switch (state) {
    case FileState::Received:
        return u"received"_s;
    case FileState::Entered:
        return u"entered"_s;
    case FileState::Printed:
        return u"printed"_s;
    case FileState::Signed:
        return u"signed"_s;
    case FileState::Issued:
        return u"issued"_s;
    }
    return {};
}

std::optional<FileState> parseFileStateCode(QStringView code)
{
    for (FileState state : kOrder) {
        if (fileStateCode(state) == code)
            return state;
    }
    return std::nullopt;
}

QDate legalDueDate(EventKind kind, const QDateTime &receivedAt)
{
    const QDateTime local = receivedAt.toLocalTime();
    // A file handed in on a weekend, or late in the day, counts from the next working day.
    QDate start = workingDayOnOrAfter(local.date());
    if (start == local.date() && local.time().hour() >= kLastHourOfTheDay)
        start = nextWorkingDay(start);
    QDate due = start;
    for (int i = 0; i < workingDaysAllowed(kind); ++i)
        due = nextWorkingDay(due);
    return due;
}

Result<QUuid> Workflow::insertFile(EventKind kind, const QString &applicant, const Account &actor)
{
    const QString who = text::cleanText(applicant);
    if (who.isEmpty()) {
        return Error::invalid(u"file.applicant"_s, u"applicant"_s, u"Thiếu tên người nộp hồ sơ"_s,
                              u"The file lacks the name of the person handing it in"_s);
    }
    const QDateTime now = m_clock.now();
    const QUuid id = makeUuidV7(now);
    QSqlQuery &insert = m_db.statement(
        u"INSERT INTO files (uuid, kind, received_on, due_on, applicant, created_at, created_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, id.toRfc4122());
    insert.bindValue(1, kindCode(kind));
    insert.bindValue(2, isoDate(now.toLocalTime().date()));
    insert.bindValue(3, isoDate(legalDueDate(kind, now)));
    insert.bindValue(4, who);
    insert.bindValue(5, now.toMSecsSinceEpoch());
    insert.bindValue(6, actor.id);
    if (auto r = m_db.run(insert, u"tiếp nhận hồ sơ"_s); !r)
        return r.error();
    insert.finish();
    if (auto r = insertStep(id, FileState::Received, actor, 0); !r)
        return r.error();
    return id;
}

Result<void> Workflow::insertStep(const QUuid &file, FileState to, const Account &actor, qint64 recordRowId)
{
    auto row = fileRowId(file);
    if (!row)
        return row.error();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery &insert =
        m_db.statement(u"INSERT INTO file_steps (file, state, record, at, by) VALUES (?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, *row);
    insert.bindValue(1, fileStateCode(to));
    insert.bindValue(2, recordRowId ? QVariant(recordRowId) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.bindValue(3, nowMs);
    insert.bindValue(4, actor.id);
    if (auto r = m_db.run(insert, u"ghi bước xử lý hồ sơ"_s); !r)
        return r;
    JournalEntry entry;
    entry.atMs = nowMs;
    entry.actor = actor.login;
    entry.action = u"file."_s + fileStateCode(to);
    entry.targetTable = u"file_steps"_s;
    entry.targetId = insert.lastInsertId().toLongLong();
    entry.detail = uuidText(file);
    insert.finish();
    {
        Reader written(m_db.statement(kStepRow + u" WHERE s.id = ?"_s));
        written->bindValue(0, entry.targetId);
        if (auto r = m_db.run(*written, u"đọc bước xử lý hồ sơ"_s); !r)
            return r;
        if (!written->next())
            return Error::make(ErrorKind::Storage, u"file.step"_s, u"Không đọc lại được bước xử lý hồ sơ"_s,
                               u"The file step just written cannot be read back"_s);
        entry.contentHash = stepHash(*written);
    }
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return {};
}

Result<QUuid> Workflow::receive(EventKind kind, const QString &applicant, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto id = insertFile(kind, applicant, actor);
    if (!id)
        return id.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<qint64> Workflow::fileRowId(const QUuid &file)
{
    Reader q(m_db.statement(u"SELECT id FROM files WHERE uuid = ?"_s));
    q->bindValue(0, file.toRfc4122());
    if (auto r = m_db.run(*q, u"đọc hồ sơ tiếp nhận"_s); !r)
        return r.error();
    if (!q->next())
        return fileNotFound(file);
    return q->value(0).toLongLong();
}

Result<void> Workflow::step(const QUuid &file, FileState to, const Account &actor, qint64 recordRowId)
{
    // The role first: an account without it learns nothing of the file.
    if (auto r = requireRole(actor, to == FileState::Signed ? Role::Signer : Role::Officer); !r)
        return r;
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    auto current = status(file);
    if (!current)
        return current.error();
    const auto at = std::find(std::begin(kOrder), std::end(kOrder), current->state);
    if (at + 1 == std::end(kOrder) || *(at + 1) != to) {
        return Error::make(
            ErrorKind::Conflict, u"file.order"_s,
            u"Hồ sơ đang ở bước \"%1\": không thể chuyển sang \"%2\""_s.arg(stateNameVi(current->state),
                                                                            stateNameVi(to)),
            u"The file is %1: it cannot become %2"_s.arg(fileStateCode(current->state), fileStateCode(to)));
    }
    if (auto r = insertStep(file, to, actor, recordRowId); !r)
        return r;
    return tx.commit();
}

Result<qint64> Workflow::enteredRecord(const QUuid &record, std::optional<EventKind> kind)
{
    RecordStore store(m_db);
    auto found = store.find(record);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->number == 0) {
        return Error::make(ErrorKind::NotFound, u"file.record"_s,
                           u"Hồ sơ chỉ được ghi vào Sổ bằng một việc hộ tịch đã có số đăng ký"_s,
                           u"A file is entered as a registration with a register number"_s);
    }
    if (kind && *kind != (*found)->kind) {
        return Error::make(
            ErrorKind::Conflict, u"file.kind"_s,
            u"Hồ sơ %1 không ghi vào Sổ bằng việc %2 được"_s.arg(kindNameVi(*kind),
                                                                 kindNameVi((*found)->kind)),
            u"A %1 file cannot be entered as a %2"_s.arg(kindCode(*kind), kindCode((*found)->kind)));
    }
    return (*found)->rowId;
}

Result<void> Workflow::enter(const QUuid &file, const QUuid &record, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r;
    auto current = status(file);
    if (!current)
        return current.error();
    auto row = enteredRecord(record, current->kind);
    if (!row)
        return row.error();
    return step(file, FileState::Entered, actor, *row);
}

Result<QUuid> Workflow::receiveEntered(const QUuid &record, const QString &applicant, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    RecordStore store(m_db);
    auto found = store.find(record);
    if (!found)
        return found.error();
    const EventKind kind = found->has_value() ? (*found)->kind : EventKind::Birth;
    auto row = enteredRecord(record, kind);
    if (!row)
        return row.error();
    auto id = insertFile(kind, applicant, actor);
    if (!id)
        return id.error();
    if (auto r = insertStep(*id, FileState::Entered, actor, *row); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> Workflow::markPrinted(const QUuid &file, const Account &actor)
{
    return step(file, FileState::Printed, actor);
}

Result<void> Workflow::sign(const QUuid &file, const Account &actor)
{
    return step(file, FileState::Signed, actor);
}

Result<void> Workflow::issue(const QUuid &file, const Account &actor)
{
    return step(file, FileState::Issued, actor);
}

namespace {

// One row per file: its last step and the record it was entered as.
const QString kFiles =
    u"SELECT * FROM (SELECT f.uuid, f.kind, f.received_on, f.due_on, f.applicant, "
    u"(SELECT s.state FROM file_steps s WHERE s.file = f.id ORDER BY s.id DESC LIMIT 1) AS state, "
    u"r.uuid, r.year, r.number, i.display, f.id AS row FROM files f "
    u"LEFT JOIN file_steps e ON e.file = f.id AND e.state = 'entered' "
    u"LEFT JOIN records r ON r.id = e.record LEFT JOIN record_index i ON i.record = r.id) "_s;

FileStatus fileFromRow(const QSqlQuery &q)
{
    FileStatus f;
    f.id = QUuid::fromRfc4122(q.value(0).toByteArray());
    f.kind = parseKindCode(q.value(1).toString()).value_or(EventKind::Birth);
    f.receivedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    f.dueOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    f.applicant = q.value(4).toString();
    f.state = parseFileStateCode(q.value(5).toString()).value_or(FileState::Received);
    if (!q.value(6).isNull())
        f.record = QUuid::fromRfc4122(q.value(6).toByteArray());
    f.year = q.value(7).toInt();
    f.number = q.value(8).toInt();
    f.names = q.value(9).toString();
    return f;
}

} // namespace

Result<QList<FileStatus>> Workflow::filesInState(const QString &condition)
{
    Reader q(m_db.statement(kFiles + condition + u" ORDER BY due_on, row"_s));
    if (auto r = m_db.run(*q, u"đọc hồ sơ tiếp nhận"_s); !r)
        return r.error();
    QList<FileStatus> files;
    while (q->next())
        files << fileFromRow(*q);
    return files;
}

Result<QList<FileStatus>> Workflow::waitingForSignature()
{
    return filesInState(u"WHERE state = 'printed'"_s);
}

Result<QList<FileStatus>> Workflow::inProgress()
{
    return filesInState(u"WHERE state <> 'issued'"_s);
}

Result<FileStatus> Workflow::status(const QUuid &file)
{
    FileStatus found;
    qint64 row = 0;
    {
        Reader q(m_db.statement(kFiles + u"WHERE uuid = ?"_s));
        q->bindValue(0, file.toRfc4122());
        if (auto r = m_db.run(*q, u"đọc hồ sơ tiếp nhận"_s); !r)
            return r.error();
        if (!q->next())
            return fileNotFound(file);
        found = fileFromRow(*q);
        row = q->value(10).toLongLong();
    }
    Reader steps(m_db.statement(u"SELECT s.state, s.at, a.login, a.full_name FROM file_steps s "
                                u"JOIN accounts a ON a.id = s.by WHERE s.file = ? ORDER BY s.id"_s));
    steps->bindValue(0, row);
    if (auto r = m_db.run(*steps, u"đọc hồ sơ tiếp nhận"_s); !r)
        return r.error();
    while (steps->next()) {
        found.steps << FileStep{parseFileStateCode(steps->value(0).toString()).value_or(FileState::Received),
                                steps->value(1).toLongLong(), steps->value(2).toString(),
                                steps->value(3).toString()};
    }
    return found;
}

Result<std::optional<FileStatus>> Workflow::fileOfRecord(const QUuid &record)
{
    RecordStore store(m_db);
    auto stored = store.find(record);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return std::optional<FileStatus>();
    QUuid file;
    {
        Reader q(m_db.statement(u"SELECT f.uuid FROM file_steps s JOIN files f ON f.id = s.file "
                                u"WHERE s.record = ? AND s.state = 'entered'"_s));
        q->bindValue(0, (*stored)->rowId);
        if (auto r = m_db.run(*q, u"đọc hồ sơ tiếp nhận"_s); !r)
            return r.error();
        if (!q->next())
            return std::optional<FileStatus>();
        file = QUuid::fromRfc4122(q->value(0).toByteArray());
    }
    auto found = status(file);
    if (!found)
        return found.error();
    return std::optional<FileStatus>(std::move(found.value()));
}

} // namespace hotich
