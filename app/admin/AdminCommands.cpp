#include "AdminCommands.h"

#include "Console.h"
#include "registry/RegisterSetup.h"
#include "store/Backup.h"
#include "store/IntegrityCheck.h"
#include "store/Journal.h"
#include "store/RegisterIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

const QSet<QString> kGlobalOptions = {u"db"_s, u"user"_s, u"lang"_s};

QSet<QString> with(QSet<QString> set)
{
    return set.unite(kGlobalOptions);
}

} // namespace

const QList<AdminTool::Command> &AdminTool::commands()
{
    static const QList<Command> list = {
        {{u"init"_s},
         &AdminTool::init,
         with({u"office"_s, u"name"_s, u"admin"_s, u"admin-name"_s, u"book-capacity"_s}),
         {}},
        {{u"user"_s, u"add"_s},
         &AdminTool::userAdd,
         with({u"role"_s, u"full-name"_s, u"id-number"_s, u"birth-date"_s}),
         {}},
        {{u"user"_s, u"unlock"_s}, &AdminTool::userUnlock, with({}), {}},
        {{u"user"_s, u"password"_s}, &AdminTool::userPassword, with({}), {}},
        {{u"user"_s, u"list"_s}, &AdminTool::userList, with({}), {}},
        {{u"register"_s}, &AdminTool::registerRecords, with({u"batch"_s}), {}},
        {{u"show"_s}, &AdminTool::show, with({}), {}},
        {{u"history"_s}, &AdminTool::history, with({}), {}},
        {{u"correct"_s}, &AdminTool::correct, with({}), {}},
        {{u"void"_s}, &AdminTool::voidRecord, with({}), {}},
        {{u"assign-id"_s}, &AdminTool::assignId, with({}), {}},
        {{u"search"_s},
         &AdminTool::search,
         with({u"kind"_s, u"limit"_s, u"from"_s, u"to"_s, u"year"_s, u"number"_s}),
         {}},
        {{u"export"_s}, &AdminTool::exportRecords, with({u"kind"_s}), {}},
        {{u"verify"_s}, &AdminTool::verify, with({}), {}},
        {{u"reindex"_s}, &AdminTool::reindex, with({}), {}},
        {{u"backup"_s}, &AdminTool::backup, with({}), {}},
        {{u"restore"_s}, &AdminTool::restore, with({}), {}},
        {{u"book"_s, u"close"_s}, &AdminTool::bookClose, with({u"year"_s}), {}},
        {{u"text"_s, u"nfc"_s}, &AdminTool::textNfc, with({}), {}},
        {{u"text"_s, u"fold"_s}, &AdminTool::textFold, with({}), {}},
        {{u"text"_s, u"words"_s}, &AdminTool::textWords, with({u"linh"_s, u"ngan"_s, u"bon"_s}), {}},
        {{u"text"_s, u"date-words"_s},
         &AdminTool::textDateWords,
         with({u"linh"_s, u"ngan"_s, u"bon"_s, u"day-prefix"_s}),
         {}},
        {{u"text"_s, u"decode"_s}, &AdminTool::textDecode, with({u"from"_s}), {}},
        {{u"text"_s, u"check-id"_s}, &AdminTool::textCheckId, with({u"sex"_s, u"birth-date"_s}), {}},
        {{u"places"_s, u"find"_s}, &AdminTool::placesFind, with({u"on"_s}), {}},
    };
    return list;
}

int AdminTool::usage(int exitCode)
{
    Console::message(
        u"Cách dùng: hotich-admin --db TỆP [--user TÊN] [--lang en] LỆNH …\n"
        u"  init --office MÃ_XÃ [--name TÊN] --admin TÊN [--admin-name HỌ_TÊN] [--book-capacity N]\n"
        u"  user add TÊN --role officer|signer|admin --full-name HỌ_TÊN [--id-number SỐ] [--birth-date "
        u"NGÀY]\n"
        u"  user unlock TÊN | user password TÊN (mật khẩu mới từ stdin) | user list\n"
        u"  register TỆP|- [--batch N]      show ID      history ID      correct ID TỆP|-\n"
        u"  void ID TỆP|-      assign-id ID SỐ_ĐỊNH_DANH      book close LOẠI [--year NĂM]\n"
        u"  search CHỮ [--kind LOẠI] [--limit N] [--from NGÀY] [--to NGÀY] [--year NĂM] [--number SỐ]\n"
        u"  export [--kind LOẠI]      verify      reindex      backup ĐÍCH      restore NGUỒN\n"
        u"  text nfc | text fold              (từng dòng UTF-8 trên stdin)\n"
        u"  text words SỐ | text date-words YYYY-MM-DD   [--linh] [--ngan] [--bon] [--day-prefix mùng]\n"
        u"  text decode --from tcvn3|vni|auto (byte trên stdin → UTF-8)\n"
        u"  text check-id SỐ [--sex male|female] [--birth-date NGÀY]\n"
        u"  places find TÊN [--on YYYY-MM-DD]\n"
        u"Mật khẩu của --user lấy từ biến HOTICH_PASSWORD (hoặc hỏi trên terminal);\n"
        u"mật khẩu mới (init, user add) đọc từ stdin."_s,
        u"Usage: hotich-admin --db PATH [--user LOGIN] [--lang en] COMMAND …\n"
        u"  init --office COMMUNE_CODE [--name TEXT] --admin LOGIN [--admin-name NAME] [--book-capacity N]\n"
        u"  user add LOGIN --role officer|signer|admin --full-name NAME [--id-number N] [--birth-date DATE]\n"
        u"  user unlock LOGIN | user password LOGIN (new password on stdin) | user list\n"
        u"  register FILE|- [--batch N]      show ID      history ID      correct ID FILE|-\n"
        u"  void ID FILE|-      assign-id ID ID_NUMBER      book close KIND [--year YEAR]\n"
        u"  search TEXT [--kind K] [--limit N] [--from DATE] [--to DATE] [--year Y] [--number N]\n"
        u"  export [--kind K]      verify      reindex      backup DEST      restore SRC\n"
        u"  text nfc | text fold              (UTF-8 lines on stdin)\n"
        u"  text words N | text date-words YYYY-MM-DD   [--linh] [--ngan] [--bon] [--day-prefix mùng]\n"
        u"  text decode --from tcvn3|vni|auto (bytes on stdin -> UTF-8)\n"
        u"  text check-id NUMBER [--sex male|female] [--birth-date DATE]\n"
        u"  places find TEXT [--on YYYY-MM-DD]\n"
        u"The --user password comes from HOTICH_PASSWORD (or a prompt on a terminal);\n"
        u"new passwords (init, user add) are read from stdin."_s);
    return exitCode;
}

int AdminTool::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s))
        return usage(arguments.isEmpty() ? kExitRejected : kExitOk);
    if (arguments.contains(u"--version"_s)) {
        Console::printLine(u"hotich-admin "_s + QCoreApplication::applicationVersion());
        return kExitOk;
    }
    QString error;
    auto parsed = Arguments::parse(arguments, {u"linh"_s, u"ngan"_s, u"bon"_s}, &error);
    if (!parsed) {
        Console::message(error, error);
        return kExitRejected;
    }
    m_args = *parsed;
    Console::setEnglish(m_args.value(u"lang"_s) == u"en"_s);

    const Command *match = nullptr;
    for (const Command &c : commands()) {
        if (m_args.positional().mid(0, c.words.size()) == c.words &&
            (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match) {
        Console::message(u"Lệnh không hợp lệ: %1"_s.arg(m_args.positional().join(u' ')),
                         u"Unknown command: %1"_s.arg(m_args.positional().join(u' ')));
        return usage(kExitRejected);
    }
    if (auto rejected = rejectUnknownOptions(*match))
        return *rejected;
    m_firstArgument = match->words.size();
    return (this->*match->handler)();
}

std::optional<int> AdminTool::rejectUnknownOptions(const Command &command)
{
    const QStringList unknown = m_args.unknownOptions(command.options);
    if (unknown.isEmpty())
        return std::nullopt;
    Console::message(
        u"Tùy chọn không dùng được với lệnh %1: %2"_s.arg(command.words.join(u' '), unknown.join(u", "_s)),
        u"Option not valid for %1: %2"_s.arg(command.words.join(u' '), unknown.join(u", "_s)));
    return kExitRejected;
}

int AdminTool::writeTransaction(const std::function<Result<QJsonObject>()> &work)
{
    Transaction tx(*m_db);
    if (auto r = tx.begin(); !r)
        return Console::reportError(r.error());
    auto output = work();
    if (!output)
        return Console::reportError(output.error());
    if (auto r = tx.commit(); !r)
        return Console::reportError(r.error());
    Console::printJson(output.value());
    return kExitOk;
}

Result<void> AdminTool::journalAction(const QString &action, const QString &detail)
{
    JournalEntry entry;
    entry.atMs = Clock::system().now().toMSecsSinceEpoch();
    entry.actor = m_actor.login;
    entry.action = action;
    entry.detail = detail;
    if (auto r = Journal(*m_db).append(entry); !r)
        return r.error();
    return {};
}

std::optional<QString> AdminTool::requirePositional(qsizetype i, const QString &nameVi, const QString &nameEn)
{
    const QString value = m_args.positional(m_firstArgument + i);
    if (value.isEmpty()) {
        Console::message(u"Thiếu %1"_s.arg(nameVi), u"Missing %1"_s.arg(nameEn));
        return std::nullopt;
    }
    return value;
}

std::optional<int> AdminTool::openRegister()
{
    const QString path = m_args.value(u"db"_s);
    if (path.isEmpty()) {
        Console::message(u"Thiếu --db TỆP (tệp sổ hộ tịch)"_s, u"Missing --db PATH (the register file)"_s);
        return kExitRejected;
    }
    auto db = Database::open(path, Database::OpenMode::Existing);
    if (!db)
        return Console::reportError(db.error());
    m_db = std::move(db.value());
    return std::nullopt;
}

std::optional<int> AdminTool::signIn(std::optional<Role> role)
{
    if (auto failed = openRegister())
        return failed;
    const QString login = m_args.value(u"user"_s);
    if (login.isEmpty()) {
        Console::message(u"Thiếu --user TÊN: mọi thao tác đều cần đăng nhập"_s,
                         u"Missing --user LOGIN: every command needs a login"_s);
        return kExitRejected;
    }
    const auto password = Console::actingPassword(login);
    if (!password) {
        Console::message(u"Thiếu mật khẩu: đặt biến HOTICH_PASSWORD hoặc chạy trên terminal"_s,
                         u"No password: set HOTICH_PASSWORD or run on a terminal"_s);
        return kExitRejected;
    }
    Accounts accounts(*m_db, Clock::system());
    auto account = accounts.authenticate(login, *password);
    if (!account)
        return Console::reportError(account.error());
    m_actor = account.value();
    if (role && m_actor.role != *role) {
        return Console::reportError(Error::make(
            ErrorKind::PermissionDenied, u"role.required"_s,
            u"Tài khoản %1 (%2) không có quyền này: cần vai trò %3"_s.arg(login, roleNameVi(m_actor.role),
                                                                          roleNameVi(*role)),
            u"Account %1 (%2) may not do this: the %3 role is needed"_s.arg(login, roleCode(m_actor.role),
                                                                            roleCode(*role))));
    }
    return std::nullopt;
}

int AdminTool::init()
{
    const QString path = m_args.value(u"db"_s);
    const QString office = m_args.value(u"office"_s);
    const QString admin = m_args.value(u"admin"_s);
    if (path.isEmpty() || office.isEmpty() || admin.isEmpty()) {
        Console::message(u"init cần --db, --office và --admin"_s, u"init needs --db, --office and --admin"_s);
        return kExitRejected;
    }
    bool capacityOk = true;
    const int capacity =
        m_args.has(u"book-capacity"_s) ? m_args.value(u"book-capacity"_s).toInt(&capacityOk) : 0;
    if (!capacityOk || capacity < 0) {
        Console::message(u"--book-capacity phải là số nguyên dương"_s,
                         u"--book-capacity must be a positive number"_s);
        return kExitRejected;
    }
    const auto password = Console::newPasswordFromStdin(admin);
    if (!password)
        return kExitRejected;
    OfficeSetup setup;
    setup.communeCode = office;
    setup.name = m_args.value(u"name"_s);
    setup.bookCapacity = capacity;
    setup.admin = {admin, m_args.value(u"admin-name"_s, u"Quản trị viên"_s), Role::Admin, {}, {}, *password};
    auto result = initializeRegister(path, setup, Clock::system());
    if (!result)
        return Console::reportError(result.error());
    Console::printJson({{u"office"_s, result->toJson()}, {u"admin"_s, admin}, {u"db"_s, path}});
    return kExitOk;
}

int AdminTool::userAdd()
{
    const auto login =
        requirePositional(0, u"tên đăng nhập của tài khoản mới"_s, u"the new account's login"_s);
    if (!login)
        return kExitRejected;
    const auto role = parseRoleCode(m_args.value(u"role"_s));
    if (!role) {
        Console::message(u"--role phải là officer, signer hoặc admin"_s,
                         u"--role must be officer, signer or admin"_s);
        return kExitRejected;
    }
    if (auto failed = signIn(Role::Admin))
        return *failed;
    const auto password = Console::newPasswordFromStdin(*login);
    if (!password)
        return kExitRejected;
    NewAccount account{*login,
                       m_args.value(u"full-name"_s),
                       *role,
                       m_args.value(u"id-number"_s),
                       m_args.value(u"birth-date"_s),
                       *password};
    return writeTransaction([&]() -> Result<QJsonObject> {
        auto added = Accounts(*m_db, Clock::system()).add(account, m_actor.login);
        if (!added)
            return added.error();
        return QJsonObject{
            {u"login"_s, added->login}, {u"fullName"_s, added->fullName}, {u"role"_s, roleCode(added->role)}};
    });
}

int AdminTool::userUnlock()
{
    const auto login = requirePositional(0, u"tên đăng nhập"_s, u"the login"_s);
    if (!login)
        return kExitRejected;
    if (auto failed = signIn(Role::Admin))
        return *failed;
    return writeTransaction([&]() -> Result<QJsonObject> {
        if (auto r = Accounts(*m_db, Clock::system()).unlock(*login, m_actor.login); !r)
            return r.error();
        return QJsonObject{{u"login"_s, *login}, {u"locked"_s, false}};
    });
}

int AdminTool::userPassword()
{
    const auto login = requirePositional(0, u"tên đăng nhập"_s, u"the login"_s);
    if (!login)
        return kExitRejected;
    if (auto failed = signIn(Role::Admin))
        return *failed;
    const auto password = Console::newPasswordFromStdin(*login);
    if (!password)
        return kExitRejected;
    return writeTransaction([&]() -> Result<QJsonObject> {
        if (auto r = Accounts(*m_db, Clock::system()).changePassword(*login, *password, m_actor.login); !r)
            return r.error();
        return QJsonObject{{u"login"_s, *login}, {u"passwordChanged"_s, true}};
    });
}

int AdminTool::userList()
{
    if (auto failed = signIn(Role::Admin))
        return *failed;
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT login, full_name, role, locked, failed_logins FROM accounts ORDER BY login"_s))
        return Console::reportError(m_db->errorFrom(q.lastError(), u"đọc tài khoản"_s));
    while (q.next()) {
        Console::printJson({{u"login"_s, q.value(0).toString()},
                            {u"fullName"_s, q.value(1).toString()},
                            {u"role"_s, q.value(2).toString()},
                            {u"locked"_s, q.value(3).toBool()},
                            {u"failedLogins"_s, q.value(4).toInt()}});
    }
    return kExitOk;
}

int AdminTool::verify()
{
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto report = IntegrityCheck(*m_db).run();
    if (!report)
        return Console::reportError(report.error());
    Console::printJson(report->toJson());
    if (report->ok())
        return kExitOk;
    Console::message(u"Sổ hộ tịch KHÔNG toàn vẹn: %1 vấn đề"_s.arg(report->problems.size()),
                     u"The register is NOT intact: %1 problem(s)"_s.arg(report->problems.size()));
    return kExitFailure;
}

int AdminTool::reindex()
{
    if (auto failed = signIn(Role::Admin))
        return *failed;
    return writeTransaction([&]() -> Result<QJsonObject> {
        auto rows = RegisterIndex(*m_db).rebuildSearchIndex();
        if (!rows)
            return rows.error();
        if (auto r = journalAction(u"search.reindex"_s, QString::number(rows.value())); !r)
            return r.error();
        return QJsonObject{{u"indexed"_s, rows.value()}};
    });
}

int AdminTool::backup()
{
    const auto destination = requirePositional(0, u"tệp đích của bản sao lưu"_s, u"the backup destination"_s);
    if (!destination)
        return kExitRejected;
    if (auto failed = signIn(Role::Admin))
        return *failed;
    auto size = backup::create(*m_db, *destination);
    if (!size)
        return Console::reportError(size.error());
    return writeTransaction([&]() -> Result<QJsonObject> {
        if (auto r = journalAction(u"register.backup"_s, *destination); !r)
            return r.error();
        return QJsonObject{{u"backup"_s, *destination}, {u"bytes"_s, size.value()}};
    });
}

int AdminTool::restore()
{
    const auto source = requirePositional(0, u"tệp sao lưu cần khôi phục"_s, u"the backup to restore"_s);
    if (!source)
        return kExitRejected;
    if (auto failed = signIn(Role::Admin))
        return *failed;
    const qint64 now = Clock::system().now().toMSecsSinceEpoch();
    auto safety = backup::restore(*m_db, *source, now);
    if (!safety)
        return Console::reportError(safety.error());
    // The journal now is the backup's; the restore itself is its next entry.
    return writeTransaction([&]() -> Result<QJsonObject> {
        if (auto r = journalAction(u"register.restore"_s, *source); !r)
            return r.error();
        return QJsonObject{{u"restored"_s, *source}, {u"previousKeptAs"_s, safety.value()}};
    });
}

} // namespace hotich::admin
