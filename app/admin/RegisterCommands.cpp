// hotich-admin commands on registrations: register, show, history, correct, void, assign-id,
// search, export, book close.
#include "AdminCommands.h"

#include "RecordInput.h"
#include "app/cli/Console.h"
#include "model/PartialDate.h"
#include "registry/RecordHistory.h"
#include "registry/RecordView.h"
#include "registry/RegisterMaintenance.h"
#include "registry/Registrar.h"
#include "store/RecordSearch.h"
#include "util/Uuid.h"

#include <QJsonArray>

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
    int batch = 0;
    if (!numberOption(u"batch"_s, batch, 1))
        return kExitRejected;
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
    auto history = recordHistory(*m_db, *id);
    if (!history)
        return Console::reportError(history.error());
    Console::printJson(history.value());
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
        if (!numberOption(option, *number, 1))
            return kExitRejected;
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
    auto exported = store.forEachRecordId(kind, [&](const QUuid &id) -> Result<void> {
        auto view = loadRecordView(store, id);
        if (!view)
            return view.error();
        Console::printJson(view->toJson());
        return {};
    });
    if (!exported)
        return Console::reportError(exported.error());
    return kExitOk;
}

int AdminTool::bookClose()
{
    const auto kindText =
        requirePositional(0, u"loại sổ (birth, death, …)"_s, u"the register kind (birth, death, …)"_s);
    const auto kind = kindText ? parseKindOption(*kindText) : std::nullopt;
    if (!kind)
        return kExitRejected;
    int year = Clock::system().today().year();
    if (!numberOption(u"year"_s, year, 1, 9999))
        return kExitRejected;
    if (auto failed = signIn(Role::Officer))
        return *failed;
    auto closed = RegisterMaintenance(*m_db, Clock::system()).closeBook(*kind, year, m_actor);
    if (!closed)
        return Console::reportError(closed.error());
    Console::printJson({{u"kind"_s, kindCode(*kind)}, {u"year"_s, year}, {u"closedBook"_s, closed.value()}});
    return kExitOk;
}

} // namespace hotich::admin
