// hotich-admin commands on registrations: register, show, history, correct, void, assign-id,
// search, export, book close.
#include "AdminCommands.h"

#include "Console.h"
#include "RecordInput.h"
#include "model/PartialDate.h"
#include "registry/RecordView.h"
#include "registry/Registrar.h"
#include "store/Journal.h"
#include "store/RecordSearch.h"
#include "store/RegisterNumbering.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

std::optional<EventKind> parseKindOption(const QString &text)
{
    const auto kind = parseKindCode(text);
    if (!kind) {
        QStringList codes;
        for (EventKind k : allEventKinds())
            codes << kindCode(k);
        Console::message(u"Loại việc \"%1\" không có; dùng một trong: %2"_s.arg(text, codes.join(u", "_s)),
                         u"Unknown kind \"%1\"; use one of: %2"_s.arg(text, codes.join(u", "_s)));
    }
    return kind;
}

/// Logins by account id, for history output.
QHash<qint64, QString> accountLogins(Database &db)
{
    QHash<qint64, QString> logins;
    QSqlQuery q(db.connection());
    if (q.exec(u"SELECT id, login FROM accounts"_s)) {
        while (q.next())
            logins.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return logins;
}

QString timestamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

std::optional<QUuid> AdminTool::recordIdArgument(qsizetype i, const QString &nameVi, const QString &nameEn)
{
    const auto text = requirePositional(i, nameVi, nameEn);
    if (!text)
        return std::nullopt;
    const QUuid id = parseUuid(*text);
    if (id.isNull()) {
        Console::message(u"\"%1\" không phải mã hồ sơ (UUID)"_s.arg(*text),
                         u"\"%1\" is not a record id (UUID)"_s.arg(*text));
        return std::nullopt;
    }
    return id;
}

int AdminTool::registerRecords()
{
    const auto file =
        requirePositional(0, u"tệp hồ sơ (hoặc - cho stdin)"_s, u"the record file (or - for stdin)"_s);
    if (!file)
        return kExitRejected;
    bool batchOk = true;
    const qsizetype batch = m_args.has(u"batch"_s) ? m_args.value(u"batch"_s).toLongLong(&batchOk) : 0;
    if (!batchOk || batch < 0) {
        Console::message(u"--batch phải là số nguyên dương"_s, u"--batch must be a positive number"_s);
        return kExitRejected;
    }
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto records = readRecords(*file);
    if (!records)
        return Console::reportError(records.error());
    // What `export` adds describes the record in its old register; a registration gets its own.
    for (QJsonObject &record : records.value()) {
        for (const QString &member :
             {u"id"_s, u"year"_s, u"number"_s, u"book"_s, u"recordStatus"_s, u"recordStatusDetail"_s})
            record.remove(member);
    }
    Registrar registrar(*m_db, Clock::system());
    auto done =
        registrar.registerMany(records.value(), m_actor, batch, [](qsizetype, const RegistrationOutcome &o) {
            Console::printJson(o.toJson());
        });
    if (!done)
        return Console::reportError(done.error());
    return kExitOk;
}

int AdminTool::show()
{
    const auto id = recordIdArgument(0, u"mã hồ sơ"_s, u"the record id"_s);
    if (!id)
        return kExitRejected;
    if (auto failed = signIn(std::nullopt))
        return *failed;
    RecordStore store(*m_db);
    auto view = loadRecordView(store, *id);
    if (!view)
        return Console::reportError(view.error());
    QJsonObject out = view->toJson();
    for (const QString &member : statusMembers()) {
        if (view->current.contains(member))
            out.insert(u"recordStatusDetail"_s, view->current.value(member));
    }
    Console::printJson(out);
    return kExitOk;
}

int AdminTool::history()
{
    const auto id = recordIdArgument(0, u"mã hồ sơ"_s, u"the record id"_s);
    if (!id)
        return kExitRejected;
    if (auto failed = signIn(std::nullopt))
        return *failed;
    RecordStore store(*m_db);
    auto view = loadRecordView(store, *id);
    if (!view)
        return Console::reportError(view.error());
    const auto logins = accountLogins(*m_db);
    QJsonArray events;
    events.append(QJsonObject{{u"type"_s, u"registered"_s},
                              {u"at"_s, timestamp(view->stored.createdAtMs)},
                              {u"by"_s, logins.value(view->stored.createdBy)},
                              {u"content"_s, view->stored.json()}});
    for (const StoredAmendment &a : view->amendments) {
        QJsonObject event{{u"type"_s, a.type},
                          {u"at"_s, timestamp(a.createdAtMs)},
                          {u"by"_s, logins.value(a.createdBy)},
                          {u"changes"_s, a.patchJson()}};
        if (a.byRecordRowId) {
            if (auto by = store.findByRowId(a.byRecordRowId); by && by->has_value()) {
                const StoredRecord &r = **by;
                event.insert(u"registration"_s, QJsonObject{{u"id"_s, uuidText(r.id)},
                                                            {u"kind"_s, kindCode(r.kind)},
                                                            {u"year"_s, r.year},
                                                            {u"number"_s, r.number}});
            }
        }
        events.append(event);
    }
    Console::printJson({{u"id"_s, uuidText(view->stored.id)},
                        {u"kind"_s, kindCode(view->stored.kind)},
                        {u"recordStatus"_s, statusCode(view->status)},
                        {u"events"_s, events},
                        {u"current"_s, view->toJson()}});
    return kExitOk;
}

int AdminTool::correct()
{
    const auto id = recordIdArgument(0, u"mã hồ sơ cần sửa"_s, u"the id of the record to amend"_s);
    if (!id)
        return kExitRejected;
    const auto file = requirePositional(1, u"tệp nội dung sửa (hoặc -)"_s, u"the correction file (or -)"_s);
    if (!file)
        return kExitRejected;
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto correction = readObject(*file);
    if (!correction)
        return Console::reportError(correction.error());
    auto outcome = Registrar(*m_db, Clock::system()).correct(*id, correction.value(), m_actor);
    if (!outcome)
        return Console::reportError(outcome.error());
    Console::printJson(outcome->toJson());
    return kExitOk;
}

int AdminTool::voidRecord()
{
    const auto id = recordIdArgument(0, u"mã hồ sơ bị thu hồi"_s, u"the id of the record to void"_s);
    const auto file =
        id ? requirePositional(1, u"tệp quyết định thu hồi (hoặc -)"_s, u"the decision file (or -)"_s)
           : std::nullopt;
    if (!file)
        return kExitRejected;
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto decision = readObject(*file);
    if (!decision)
        return Console::reportError(decision.error());
    if (auto r = Registrar(*m_db, Clock::system()).voidRecord(*id, decision.value(), m_actor); !r)
        return Console::reportError(r.error());
    Console::printJson({{u"id"_s, uuidText(*id)}, {u"recordStatus"_s, u"voided"_s}});
    return kExitOk;
}

int AdminTool::assignId()
{
    const auto id = recordIdArgument(0, u"mã hồ sơ khai sinh"_s, u"the birth record id"_s);
    const auto number =
        id ? requirePositional(1, u"số định danh cá nhân"_s, u"the personal ID number"_s) : std::nullopt;
    if (!number)
        return kExitRejected;
    if (auto failed = signIn(Role::Officer))
        return *failed;
    if (auto r = Registrar(*m_db, Clock::system()).assignIdNumber(*id, *number, m_actor); !r)
        return Console::reportError(r.error());
    Console::printJson({{u"id"_s, uuidText(*id)}, {u"idNumber"_s, *number}});
    return kExitOk;
}

int AdminTool::search()
{
    SearchQuery query;
    query.text = m_args.positional().mid(m_firstArgument).join(u' ');
    if (m_args.has(u"kind"_s)) {
        query.kind = parseKindOption(m_args.value(u"kind"_s));
        if (!query.kind)
            return kExitRejected;
    }
    for (const auto &[option, date] : {std::pair{u"from"_s, &query.from}, std::pair{u"to"_s, &query.to}}) {
        if (!m_args.has(option))
            continue;
        auto parsed = parseFullDate(m_args.value(option), u"--"_s + option);
        if (!parsed)
            return Console::reportError(parsed.error());
        *date = parsed.value();
    }
    for (const auto &[option, number] :
         {std::pair{u"limit"_s, &query.limit}, std::pair{u"year"_s, &query.year},
          std::pair{u"number"_s, &query.number}}) {
        if (!m_args.has(option))
            continue;
        bool ok = false;
        *number = m_args.value(option).toInt(&ok);
        if (!ok || *number < 1) {
            Console::message(u"--%1 phải là số nguyên dương"_s.arg(option),
                             u"--%1 must be a positive number"_s.arg(option));
            return kExitRejected;
        }
    }
    if (query.text.trimmed().isEmpty() && !query.kind && !query.from.isValid() && !query.to.isValid() &&
        !query.year && !query.number) {
        Console::message(u"Cần chữ cần tìm hoặc ít nhất một bộ lọc"_s,
                         u"Give the text to search for or a filter"_s);
        return kExitRejected;
    }
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto hits = RecordSearch(*m_db).search(query);
    if (!hits)
        return Console::reportError(hits.error());
    for (const SearchHit &h : hits.value())
        Console::printJson(h.toJson());
    return kExitOk;
}

int AdminTool::exportRecords()
{
    std::optional<EventKind> kind;
    if (m_args.has(u"kind"_s)) {
        kind = parseKindOption(m_args.value(u"kind"_s));
        if (!kind)
            return kExitRejected;
    }
    if (auto failed = signIn(std::nullopt))
        return *failed;
    RecordStore store(*m_db);
    QSqlQuery ids(m_db->connection());
    ids.setForwardOnly(true);
    ids.prepare(kind ? u"SELECT uuid FROM records WHERE kind = ? ORDER BY id"_s
                     : u"SELECT uuid FROM records ORDER BY id"_s);
    if (kind)
        ids.bindValue(0, kindCode(*kind));
    if (!ids.exec())
        return Console::reportError(m_db->errorFrom(ids.lastError(), u"xuất hồ sơ"_s));
    while (ids.next()) {
        auto view = loadRecordView(store, QUuid::fromRfc4122(ids.value(0).toByteArray()));
        if (!view)
            return Console::reportError(view.error());
        Console::printJson(view->toJson());
    }
    return kExitOk;
}

int AdminTool::bookClose()
{
    const auto kindText =
        requirePositional(0, u"loại sổ (birth, death, …)"_s, u"the register kind (birth, death, …)"_s);
    const auto kind = kindText ? parseKindOption(*kindText) : std::nullopt;
    if (!kind)
        return kExitRejected;
    const int year = m_args.value(u"year"_s, QString::number(Clock::system().today().year())).toInt();
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto office = QSqlQuery(m_db->connection());
    if (!office.exec(u"SELECT code FROM office"_s) || !office.next())
        return Console::reportError(m_db->errorFrom(office.lastError(), u"đọc thông tin cơ quan"_s));
    const QString code = office.value(0).toString();
    office.finish();
    return writeTransaction([&]() -> Result<QJsonObject> {
        const qint64 now = Clock::system().now().toMSecsSinceEpoch();
        auto closed = RegisterNumbering(*m_db).closeBook(code, *kind, year, now);
        if (!closed)
            return closed.error();
        const QString detail = u"%1/%2/%3"_s.arg(kindCode(*kind)).arg(year).arg(closed.value());
        if (auto r = journalAction(u"book.close"_s, detail); !r)
            return r.error();
        return QJsonObject{
            {u"kind"_s, kindCode(*kind)}, {u"year"_s, year}, {u"closedBook"_s, closed.value()}};
    });
}

} // namespace hotich::admin
