// hotich-admin commands on files and their workflow: file receive, enter, print, sign, issue, show,
// queue. The core checks each step's order and role (only a signer signs).
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "model/PartialDate.h"
#include "registry/Workflow.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

QJsonObject fileJson(const FileStatus &f)
{
    QJsonObject o{{u"file"_s, uuidText(f.id)},
                  {u"kind"_s, kindCode(f.kind)},
                  {u"receivedOn"_s, isoDate(f.receivedOn)},
                  {u"dueOn"_s, isoDate(f.dueOn)},
                  {u"applicant"_s, f.applicant},
                  {u"state"_s, fileStateCode(f.state)}};
    if (!f.record.isNull()) {
        o.insert(u"record"_s, uuidText(f.record));
        o.insert(u"year"_s, f.year);
        o.insert(u"number"_s, f.number);
        o.insert(u"names"_s, f.names);
    }
    if (!f.steps.isEmpty()) {
        QJsonArray steps;
        for (const FileStep &s : f.steps)
            steps.append(QJsonObject{
                {u"state"_s, fileStateCode(s.state)},
                {u"at"_s, QDateTime::fromMSecsSinceEpoch(s.atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                {u"by"_s, s.byLogin}});
        o.insert(u"steps"_s, steps);
    }
    return o;
}

} // namespace

int AdminTool::fileReceive()
{
    const auto kindText =
        requirePositional(0, u"loại việc (birth, death, …)"_s, u"the kind (birth, death, …)"_s);
    if (!kindText)
        return kExitRejected;
    const auto kind = parseKindCode(*kindText);
    if (!kind) {
        Console::message(u"Loại việc \"%1\" không có"_s.arg(*kindText),
                         u"Unknown kind \"%1\""_s.arg(*kindText));
        return kExitRejected;
    }
    if (!m_args.has(u"applicant"_s)) {
        Console::message(u"Cần --applicant: người nộp hồ sơ"_s,
                         u"--applicant is needed: who hands the file in"_s);
        return kExitRejected;
    }
    if (auto failed = signIn(Role::Officer))
        return *failed;
    Workflow workflow(*m_db, Clock::system());
    auto file = workflow.receive(*kind, m_args.value(u"applicant"_s), m_actor);
    if (!file)
        return Console::reportError(file.error());
    auto status = workflow.status(*file);
    if (!status)
        return Console::reportError(status.error());
    Console::printJson(fileJson(*status));
    return kExitOk;
}

int AdminTool::fileStep()
{
    // file enter FILE RECORD | file print FILE | file sign FILE | file issue FILE
    const QString step = m_args.positional().value(1);
    const auto file = recordIdArgument(0, u"mã hồ sơ tiếp nhận"_s, u"the file id"_s);
    if (!file)
        return kExitRejected;
    std::optional<QUuid> record;
    if (step == u"enter"_s) {
        record = recordIdArgument(1, u"mã việc hộ tịch đã đăng ký"_s, u"the registered record's id"_s);
        if (!record)
            return kExitRejected;
    }
    // The core checks the role; the account only has to log in.
    if (auto failed = signIn(std::nullopt))
        return *failed;
    Workflow workflow(*m_db, Clock::system());
    const Result<void> done = step == u"enter"_s   ? workflow.enter(*file, *record, m_actor)
                              : step == u"print"_s ? workflow.markPrinted(*file, m_actor)
                              : step == u"sign"_s  ? workflow.sign(*file, m_actor)
                                                   : workflow.issue(*file, m_actor);
    if (!done)
        return Console::reportError(done.error());
    auto status = workflow.status(*file);
    if (!status)
        return Console::reportError(status.error());
    Console::printJson(fileJson(*status));
    return kExitOk;
}

int AdminTool::fileShow()
{
    const auto file = recordIdArgument(0, u"mã hồ sơ tiếp nhận"_s, u"the file id"_s);
    if (!file)
        return kExitRejected;
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto status = Workflow(*m_db, Clock::system()).status(*file);
    if (!status)
        return Console::reportError(status.error());
    Console::printJson(fileJson(*status));
    return kExitOk;
}

int AdminTool::fileList()
{
    if (auto failed = signIn(std::nullopt))
        return *failed;
    Workflow workflow(*m_db, Clock::system());
    auto files =
        m_args.positional().value(1) == u"queue"_s ? workflow.waitingForSignature() : workflow.inProgress();
    if (!files)
        return Console::reportError(files.error());
    QJsonArray out;
    for (const FileStatus &f : *files)
        out.append(fileJson(f));
    Console::printJson(QJsonObject{{u"files"_s, out}});
    return kExitOk;
}

} // namespace hotich::admin
