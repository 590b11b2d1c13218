#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "registry/RegisterCheck.h"
#include "registry/RegisterMaintenance.h"
#include "registry/RegisterSetup.h"
#include "store/RegisterIndex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

const QSet<QString> kGlobalOptions = {u"db"_s, u"user"_s, u"lang"_s};

} // namespace

QSet<QString> AdminTool::Command::options() const
{
    // The options are the ones the synopsis names: what the usage shows is what is accepted.
    static const QRegularExpression option(u"--([a-z-]+)"_s);
    QSet<QString> names = kGlobalOptions;
    for (const auto &m : option.globalMatch(synopsisEn))
        names.insert(m.captured(1));
    return names;
}

// The one source of hotich-admin's usage: the command words, then the arguments and options in
// English and Vietnamese. The README's copy is checked against `--help --lang en` by a test.
const QList<AdminTool::Command> &AdminTool::commands()
{
    static const QList<Command> list = {
        {{u"init"_s},
         &AdminTool::init,
         u"--office COMMUNE_CODE [--name TEXT] --admin LOGIN [--admin-name NAME] [--book-capacity N]"_s,
         u"--office MÃ_XÃ [--name TÊN] --admin TÊN [--admin-name HỌ_TÊN] [--book-capacity N]"_s},
        {{u"user"_s, u"add"_s},
         &AdminTool::userAdd,
         u"LOGIN --role officer|signer|admin --full-name NAME [--id-number N] [--birth-date DATE]"_s,
         u"TÊN --role officer|signer|admin --full-name HỌ_TÊN [--id-number SỐ] [--birth-date NGÀY]"_s},
        {{u"user"_s, u"unlock"_s}, &AdminTool::userUnlock, u"LOGIN"_s, u"TÊN"_s},
        {{u"user"_s, u"password"_s},
         &AdminTool::userPassword,
         u"LOGIN   (new password on stdin)"_s,
         u"TÊN   (mật khẩu mới từ stdin)"_s},
        {{u"user"_s, u"list"_s}, &AdminTool::userList, {}, {}},
        {{u"register"_s}, &AdminTool::registerRecords, u"FILE|- [--batch N]"_s, u"TỆP|- [--batch N]"_s},
        {{u"show"_s}, &AdminTool::show, u"ID"_s, u"ID"_s},
        {{u"history"_s}, &AdminTool::history, u"ID"_s, u"ID"_s},
        {{u"correct"_s}, &AdminTool::correct, u"ID FILE|-"_s, u"ID TỆP|-"_s},
        {{u"void"_s}, &AdminTool::voidRecord, u"ID FILE|-"_s, u"ID TỆP|-"_s},
        {{u"assign-id"_s}, &AdminTool::assignId, u"ID ID_NUMBER"_s, u"ID SỐ_ĐỊNH_DANH"_s},
        {{u"search"_s},
         &AdminTool::search,
         u"TEXT [--kind K] [--limit N] [--from DATE] [--to DATE] [--year Y] [--number N]"_s,
         u"CHỮ [--kind LOẠI] [--limit N] [--from NGÀY] [--to NGÀY] [--year NĂM] [--number SỐ]"_s},
        {{u"export"_s}, &AdminTool::exportRecords, u"[--kind K]"_s, u"[--kind LOẠI]"_s},
        {{u"verify"_s}, &AdminTool::verify, {}, {}},
        {{u"reindex"_s}, &AdminTool::reindex, {}, {}},
        {{u"backup"_s}, &AdminTool::backup, u"DEST"_s, u"ĐÍCH"_s},
        {{u"restore"_s}, &AdminTool::restore, u"SRC"_s, u"NGUỒN"_s},
        {{u"book"_s, u"close"_s}, &AdminTool::bookClose, u"KIND [--year YEAR]"_s, u"LOẠI [--year NĂM]"_s},
        {{u"book"_s, u"print"_s},
         &AdminTool::bookPrint,
         u"birth|marriage|death --year YEAR (--pdf OUT | --printer NAME)   (the year's register in the book's layout, then its closing page)"_s,
         u"birth|marriage|death --year NĂM (--pdf TỆP | --printer MÁY_IN)   (sổ của năm theo mẫu sổ, rồi trang khóa sổ)"_s},
        {{u"file"_s, u"receive"_s},
         &AdminTool::fileReceive,
         u"KIND --applicant NAME   (a file received, with its legal due date)"_s,
         u"LOẠI --applicant HỌ_TÊN   (tiếp nhận hồ sơ, kèm hạn giải quyết theo luật)"_s},
        {{u"file"_s, u"enter"_s}, &AdminTool::fileStep, u"FILE ID"_s, u"HỒ_SƠ ID"_s},
        {{u"file"_s, u"print"_s}, &AdminTool::fileStep, u"FILE"_s, u"HỒ_SƠ"_s},
        {{u"file"_s, u"sign"_s},
         &AdminTool::fileStep,
         u"FILE   (a signer's account only)"_s,
         u"HỒ_SƠ   (chỉ tài khoản người ký)"_s},
        {{u"file"_s, u"issue"_s}, &AdminTool::fileStep, u"FILE"_s, u"HỒ_SƠ"_s},
        {{u"file"_s, u"show"_s}, &AdminTool::fileShow, u"FILE"_s, u"HỒ_SƠ"_s},
        {{u"file"_s, u"queue"_s},
         &AdminTool::fileList,
         u"  (files waiting for signature)"_s,
         u"  (hồ sơ chờ ký)"_s},
        {{u"file"_s, u"list"_s},
         &AdminTool::fileList,
         u"  (files not issued yet)"_s,
         u"  (hồ sơ chưa trả kết quả)"_s},
        {{u"text"_s, u"nfc"_s},
         &AdminTool::textNfc,
         u"  (UTF-8 lines on stdin, one result per line)"_s,
         u"  (từng dòng UTF-8 trên stdin, mỗi dòng một kết quả)"_s},
        {{u"text"_s, u"fold"_s},
         &AdminTool::textFold,
         u"  (UTF-8 lines on stdin, one result per line)"_s,
         u"  (từng dòng UTF-8 trên stdin, mỗi dòng một kết quả)"_s},
        {{u"text"_s, u"words"_s},
         &AdminTool::textWords,
         u"N [--linh] [--ngan] [--bon]"_s,
         u"SỐ [--linh] [--ngan] [--bon]"_s},
        {{u"text"_s, u"date-words"_s},
         &AdminTool::textDateWords,
         u"YYYY-MM-DD [--linh] [--ngan] [--bon] [--day-prefix mùng]"_s,
         u"YYYY-MM-DD [--linh] [--ngan] [--bon] [--day-prefix mùng]"_s},
        {{u"text"_s, u"decode"_s},
         &AdminTool::textDecode,
         u"--from tcvn3|vni|auto   (bytes on stdin -> UTF-8 NFC; auto detects per line)"_s,
         u"--from tcvn3|vni|auto   (byte trên stdin → UTF-8 NFC; auto nhận dạng từng dòng)"_s},
        {{u"text"_s, u"check-id"_s},
         &AdminTool::textCheckId,
         u"NUMBER [--sex male|female] [--birth-date DATE]   -> \"ok\" or the reason"_s,
         u"SỐ [--sex male|female] [--birth-date NGÀY]   → \"ok\" hoặc lý do"_s},
        {{u"enrol"_s},
         &AdminTool::enrol,
         u"--server URL --code CODE [--ca FILE]"_s,
         u"--server URL --code MÃ [--ca TỆP]"_s},
        {{u"sync"_s},
         &AdminTool::sync,
         u"[--server URL] [--batch N] [--status] [--findings] [--allow-fork]   (one pass: JSON summary)"_s,
         u"[--server URL] [--batch N] [--status] [--findings] [--allow-fork]   (một lượt: tóm tắt JSON)"_s},
        {{u"recover"_s},
         &AdminTool::recover,
         u"--server URL --code CODE --office COMMUNE_CODE --admin LOGIN [--admin-name NAME] [--ca FILE]   (a new register at --db, rebuilt from the server)"_s,
         u"--server URL --code MÃ --office MÃ_XÃ --admin TÊN [--admin-name HỌ_TÊN] [--ca TỆP]   (sổ mới tại --db, dựng lại từ máy chủ)"_s},
        {{u"print"_s},
         &AdminTool::print,
         u"(ID | --batch FILE | --test-page) --form FORM (--pdf OUT | --pdf-dir DIR | --printer NAME) [--serial SERIES-NUMBER] [--copies N] [--calibration NAME]   (PDF/A-1b; --pdf-dir with --batch, one file per record; calibrations in $HOTICH_CALIBRATION_DIR)"_s,
         u"(ID | --batch TỆP | --test-page) --form MẪU (--pdf TỆP | --pdf-dir THƯ_MỤC | --printer MÁY_IN) [--serial SÊ_RI-SỐ] [--copies N] [--calibration TÊN]   (PDF/A-1b; --pdf-dir đi với --batch, mỗi hồ sơ một tệp; hiệu chỉnh trong $HOTICH_CALIBRATION_DIR)"_s},
        {{u"calibration"_s, u"set"_s},
         &AdminTool::calibrationSet,
         u"NAME --form FORM [--printer NAME] --offset-x MM --offset-y MM [--scale-x S --scale-y S --rotate DEG]"_s,
         u"TÊN --form MẪU [--printer MÁY_IN] --offset-x MM --offset-y MM [--scale-x S --scale-y S --rotate ĐỘ]"_s},
        {{u"forms"_s, u"stock"_s, u"receive"_s},
         &AdminTool::formsStockReceive,
         u"--form FORM --series S --from N --to M"_s,
         u"--form MẪU --series SÊ_RI --from SỐ --to SỐ"_s},
        {{u"forms"_s, u"stock"_s, u"report"_s},
         &AdminTool::formsStockReport,
         u"[--low N]   (warns below N sheets left of a form; 20)"_s,
         u"[--low N]   (cảnh báo khi một mẫu còn dưới N tờ; 20)"_s},
        {{u"forms"_s, u"confirm"_s},
         &AdminTool::formsConfirm,
         u"SERIAL   (a pending sheet was printed)"_s,
         u"SỐ_PHÔI   (tờ đang chờ đã in xong)"_s},
        {{u"forms"_s, u"spoil"_s},
         &AdminTool::formsSpoil,
         u"SERIAL --reason TEXT"_s,
         u"SỐ_PHÔI --reason LÝ_DO"_s},
        {{u"forms"_s, u"void"_s},
         &AdminTool::formsVoid,
         u"SERIAL --reason TEXT   (a printed sheet is cancelled)"_s,
         u"SỐ_PHÔI --reason LÝ_DO   (hủy tờ đã in)"_s},
        {{u"places"_s, u"find"_s},
         &AdminTool::placesFind,
         u"TEXT [--on YYYY-MM-DD]   (units of the list in force on that date)"_s,
         u"TÊN [--on YYYY-MM-DD]   (các đơn vị theo danh mục có hiệu lực vào ngày đó)"_s},
    };
    return list;
}

QString AdminTool::usageText(bool english)
{
    QString text = english ? u"Usage: hotich-admin --db PATH [--user LOGIN] [--lang en] COMMAND …\n"_s
                           : u"Cách dùng: hotich-admin --db TỆP [--user TÊN] [--lang en] LỆNH …\n"_s;
    for (const Command &c : commands()) {
        const QString &synopsis = english ? c.synopsisEn : c.synopsisVi;
        text += u"  "_s + c.words.join(u' ');
        if (!synopsis.isEmpty())
            text += (synopsis.startsWith(u' ') ? QString() : u" "_s) + synopsis;
        text += u'\n';
    }
    text += english ? u"The --user password comes from HOTICH_PASSWORD (or a prompt on a terminal);\n"
                      u"new passwords (init, recover, user add, user password) are read from stdin.\n"_s
                    : u"Mật khẩu của --user lấy từ biến HOTICH_PASSWORD (hoặc hỏi trên terminal);\n"
                      u"mật khẩu mới (init, recover, user add, user password) đọc từ stdin.\n"_s;
    return text;
}

int AdminTool::usage(int exitCode)
{
    const QString vi = usageText(false);
    const QString en = usageText(true);
    Console::message(vi.chopped(1), en.chopped(1));
    return exitCode;
}

int AdminTool::run(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        const qsizetype lang = arguments.indexOf(u"--lang"_s);
        Console::setEnglish(lang >= 0 && arguments.value(lang + 1) == u"en"_s);
        return usage(arguments.isEmpty() ? kExitRejected : kExitOk);
    }
    if (arguments.contains(u"--version"_s)) {
        Console::printLine(u"hotich-admin "_s + QCoreApplication::applicationVersion());
        return kExitOk;
    }
    QString error;
    auto parsed = Arguments::parse(
        arguments,
        {u"linh"_s, u"ngan"_s, u"bon"_s, u"status"_s, u"findings"_s, u"allow-fork"_s, u"test-page"_s},
        &error);
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
    const QStringList unknown = m_args.unknownOptions(command.options());
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

bool AdminTool::numberOption(const QString &option, int &value, int minimum, int maximum)
{
    if (!m_args.has(option))
        return true;
    bool ok = false;
    const int parsed = m_args.value(option).toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        Console::message(u"--%1 phải là số nguyên từ %2 đến %3 (đang là \"%4\")"_s.arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(m_args.value(option)),
                         u"--%1 must be a whole number from %2 to %3 (got \"%4\")"_s.arg(option)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(m_args.value(option)));
        return false;
    }
    value = parsed;
    return true;
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
    int capacity = 0;
    if (!numberOption(u"book-capacity"_s, capacity, 1))
        return kExitRejected;
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
    auto accounts = Accounts(*m_db, Clock::system()).list();
    if (!accounts)
        return Console::reportError(accounts.error());
    for (const Account &a : accounts.value()) {
        Console::printJson({{u"login"_s, a.login},
                            {u"fullName"_s, a.fullName},
                            {u"role"_s, roleCode(a.role)},
                            {u"locked"_s, a.locked},
                            {u"failedLogins"_s, a.failedLogins}});
    }
    return kExitOk;
}

int AdminTool::verify()
{
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto report = verifyRegister(*m_db);
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
    auto rows = RegisterMaintenance(*m_db, Clock::system()).reindex(m_actor);
    if (!rows)
        return Console::reportError(rows.error());
    Console::printJson({{u"indexed"_s, rows.value()}});
    return kExitOk;
}

int AdminTool::backup()
{
    const auto destination = requirePositional(0, u"tệp đích của bản sao lưu"_s, u"the backup destination"_s);
    if (!destination)
        return kExitRejected;
    if (auto failed = signIn(Role::Admin))
        return *failed;
    auto size = RegisterMaintenance(*m_db, Clock::system()).backup(*destination, m_actor);
    if (!size)
        return Console::reportError(size.error());
    Console::printJson({{u"backup"_s, *destination}, {u"bytes"_s, size.value()}});
    return kExitOk;
}

int AdminTool::restore()
{
    const auto source = requirePositional(0, u"tệp sao lưu cần khôi phục"_s, u"the backup to restore"_s);
    if (!source)
        return kExitRejected;
    if (auto failed = signIn(Role::Admin))
        return *failed;
    auto safety = RegisterMaintenance(*m_db, Clock::system()).restore(*source, m_actor);
    if (!safety)
        return Console::reportError(safety.error());
    Console::printJson({{u"restored"_s, *source}, {u"previousKeptAs"_s, safety.value()}});
    return kExitOk;
}

} // namespace hotich::admin
