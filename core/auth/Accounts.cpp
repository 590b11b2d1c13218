#include "Accounts.h"

#include "PasswordHash.h"
#include "reference/PersonalIdNumber.h"
#include "store/Journal.h"
#include "text/Normalize.h"
#include "util/Hash.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Officer:
        return u"officer"_s;
    case Role::Signer:
        return u"signer"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    return {};
}

std::optional<Role> parseRoleCode(QStringView code)
{
    for (Role r : {Role::Officer, Role::Signer, Role::Admin}) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString roleNameVi(Role role)
{
    switch (role) {
    case Role::Officer:
        return u"công chức tư pháp – hộ tịch"_s;
    case Role::Signer:
        return u"người ký (Chủ tịch/Phó Chủ tịch UBND)"_s;
    case Role::Admin:
        return u"quản trị viên"_s;
    }
    return {};
}

Result<void> requireRole(const Account &actor, Role role)
{
    if (actor.role == role)
        return {};
    return Error::make(ErrorKind::PermissionDenied, u"role.required"_s,
                       u"Tài khoản %1 (%2) không có quyền này: cần vai trò %3"_s.arg(
                           actor.login, roleNameVi(actor.role), roleNameVi(role)),
                       u"Account %1 (%2) may not do this: the %3 role is needed"_s.arg(
                           actor.login, roleCode(actor.role), roleCode(role)));
}

QByteArray Account::contentHash() const
{
    return FieldHasher()
        .add(login)
        .add(fullName)
        .add(roleCode(role))
        .add(idNumber)
        .add(birthDate.isNull() ? QString() : birthDate.toIso())
        .add(createdAtMs)
        .result();
}

namespace {

const QString kSelectAccount =
    u"SELECT "_s + QLatin1StringView(Account::kColumns) + u", password_hash FROM accounts WHERE login = ?"_s;

} // namespace

Account Account::fromRow(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = parseRoleCode(q.value(3).toString()).value_or(Role::Officer);
    a.idNumber = q.value(4).toString();
    if (auto d = PartialDate::parse(q.value(5).toString(), {}); d && !q.value(5).isNull())
        a.birthDate = d.value();
    a.locked = q.value(6).toBool();
    a.failedLogins = q.value(7).toInt();
    a.createdAtMs = q.value(8).toLongLong();
    return a;
}

namespace {

Error wrongCredentials()
{
    return Error::make(ErrorKind::PermissionDenied, u"login.failed"_s, u"Sai tên đăng nhập hoặc mật khẩu"_s,
                       u"Wrong login or password"_s);
}

Error lockedAccount(const QString &login)
{
    return Error::make(ErrorKind::PermissionDenied, u"login.locked"_s,
                       u"Tài khoản %1 đã bị khóa sau %2 lần nhập sai mật khẩu; hãy nhờ quản trị viên mở khóa "
                       u"(hotich-admin user unlock %1)"_s.arg(login)
                           .arg(Accounts::kMaximumFailures),
                       u"Account %1 is locked after %2 wrong passwords; ask an administrator to unlock it "
                       u"(hotich-admin user unlock %1)"_s.arg(login)
                           .arg(Accounts::kMaximumFailures));
}

Result<void> checkLogin(const QString &login)
{
    static const QRegularExpression loginPattern(u"^[a-z0-9][a-z0-9._-]{1,31}$"_s);
    if (!loginPattern.match(login).hasMatch()) {
        return Error::invalid(
            u"account.login"_s, u"login"_s,
            u"Tên đăng nhập \"%1\" chỉ gồm chữ thường không dấu, chữ số, . _ - (2–32 ký tự)"_s.arg(login),
            u"The login \"%1\" may hold lower-case ASCII letters, digits and . _ - (2–32 characters)"_s.arg(
                login));
    }
    return {};
}

} // namespace

Result<Account> Accounts::add(const NewAccount &input, const QString &actor)
{
    if (auto r = checkLogin(input.login); !r)
        return r.error();
    Account account;
    account.login = input.login;
    account.fullName = text::cleanText(input.fullName);
    account.role = input.role;
    if (account.fullName.isEmpty()) {
        return Error::invalid(u"field.missing"_s, u"fullName"_s, u"Thiếu họ tên người dùng"_s,
                              u"Missing the user's full name"_s);
    }
    if (auto r = text::checkName(account.fullName, u"fullName"_s); !r)
        return r.error();
    if (!input.idNumber.isEmpty()) {
        if (auto r = reference::parsePersonalId(input.idNumber, u"idNumber"_s); !r)
            return r.error();
        account.idNumber = input.idNumber;
    }
    if (!input.birthDate.isEmpty()) {
        auto d = PartialDate::parse(input.birthDate, u"birthDate"_s);
        if (!d)
            return d.error();
        account.birthDate = d.value();
    }
    if (auto r = password::checkPolicy(input.password); !r)
        return r.error();
    auto existing = find(account.login);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error::make(ErrorKind::Conflict, u"account.exists"_s,
                           u"Tài khoản %1 đã tồn tại"_s.arg(account.login),
                           u"Account %1 already exists"_s.arg(account.login));
    }
    auto hashed = password::hash(input.password);
    if (!hashed)
        return hashed.error();
    return insertRow(account, hashed.value(), actor, roleCode(account.role));
}

Result<Account> Accounts::addWithoutPassword(const QString &login, const QString &fullName,
                                             const QString &actor)
{
    if (auto r = checkLogin(login); !r)
        return r.error();
    auto existing = find(login);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error::make(ErrorKind::Conflict, u"account.exists"_s, u"Tài khoản %1 đã tồn tại"_s.arg(login),
                           u"Account %1 already exists"_s.arg(login));
    }
    Account account;
    account.login = login;
    account.fullName = text::cleanText(fullName);
    if (account.fullName.isEmpty())
        account.fullName = login;
    account.role = Role::Officer;
    account.locked = true;
    // "!" is no Argon2id string: no password verifies against it until one is set.
    return insertRow(account, u"!"_s, actor, roleCode(account.role) + u" locked"_s);
}

Result<Account> Accounts::insertRow(Account &account, const QString &passwordHash, const QString &actor,
                                    const QString &detail)
{
    account.createdAtMs = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery &insert =
        m_db.statement(u"INSERT INTO accounts (login, full_name, role, id_number, birth_date, "
                       u"password_hash, locked, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, account.login);
    insert.bindValue(1, account.fullName);
    insert.bindValue(2, roleCode(account.role));
    insert.bindValue(3, account.idNumber.isEmpty() ? QVariant() : QVariant(account.idNumber));
    insert.bindValue(4, account.birthDate.isNull() ? QVariant() : QVariant(account.birthDate.toIso()));
    insert.bindValue(5, passwordHash);
    insert.bindValue(6, account.locked ? 1 : 0);
    insert.bindValue(7, account.createdAtMs);
    if (auto r = m_db.run(insert, u"thêm tài khoản"_s); !r)
        return r.error();
    account.id = insert.lastInsertId().toLongLong();

    JournalEntry entry;
    entry.atMs = account.createdAtMs;
    entry.actor = actor.isEmpty() ? account.login : actor;
    entry.action = u"account.add"_s;
    entry.targetTable = u"accounts"_s;
    entry.targetId = account.id;
    entry.contentHash = account.contentHash();
    entry.detail = detail;
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return account;
}

Result<std::optional<Account>> Accounts::find(const QString &login)
{
    Reader q(m_db.statement(kSelectAccount));
    q->bindValue(0, login);
    if (auto r = m_db.run(*q, u"đọc tài khoản"_s); !r)
        return r.error();
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(Account::fromRow(*q));
}

Result<QList<Account>> Accounts::list()
{
    Reader q(m_db.statement(u"SELECT "_s + QLatin1StringView(Account::kColumns) +
                            u" FROM accounts ORDER BY login"_s));
    if (auto r = m_db.run(*q, u"đọc tài khoản"_s); !r)
        return r.error();
    QList<Account> accounts;
    while (q->next())
        accounts << Account::fromRow(*q);
    return accounts;
}

Result<QHash<qint64, QString>> Accounts::loginsById()
{
    Reader q(m_db.statement(u"SELECT id, login FROM accounts"_s));
    if (auto r = m_db.run(*q, u"đọc tài khoản"_s); !r)
        return r.error();
    QHash<qint64, QString> logins;
    while (q->next())
        logins.insert(q->value(0).toLongLong(), q->value(1).toString());
    return logins;
}

Result<Account> Accounts::authenticate(const QString &login, const QByteArray &password)
{
    Account account;
    QString encoded;
    {
        Reader q(m_db.statement(kSelectAccount));
        q->bindValue(0, login);
        if (auto r = m_db.run(*q, u"đọc tài khoản"_s); !r)
            return r.error();
        if (!q->next())
            return wrongCredentials();
        account = Account::fromRow(*q);
        encoded = q->value(9).toString();
    }
    if (account.locked)
        return lockedAccount(login);
    if (!password::verify(encoded, password)) {
        if (auto r = recordFailure(account); !r)
            return r.error();
        if (account.failedLogins + 1 >= kMaximumFailures)
            return lockedAccount(login);
        Error e = wrongCredentials();
        const int left = kMaximumFailures - account.failedLogins - 1;
        e.vi += u" (còn %1 lần thử trước khi tài khoản bị khóa)"_s.arg(left);
        e.en += u" (%1 attempts left before the account is locked)"_s.arg(left);
        return e;
    }
    if (account.failedLogins > 0) {
        QSqlQuery &reset = m_db.statement(u"UPDATE accounts SET failed_logins = 0 WHERE id = ?"_s);
        reset.bindValue(0, account.id);
        if (auto r = m_db.run(reset, u"cập nhật tài khoản"_s); !r)
            return r.error();
        account.failedLogins = 0;
    }
    return account;
}

Result<void> Accounts::recordFailure(const Account &account)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    const bool lock = account.failedLogins + 1 >= kMaximumFailures;
    QSqlQuery &update =
        m_db.statement(u"UPDATE accounts SET failed_logins = failed_logins + 1, locked = ? WHERE id = ?"_s);
    update.bindValue(0, lock ? 1 : 0);
    update.bindValue(1, account.id);
    if (auto r = m_db.run(update, u"cập nhật tài khoản"_s); !r)
        return r;
    JournalEntry entry;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.actor = account.login;
    entry.action = lock ? u"account.locked"_s : u"login.failed"_s;
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return tx.commit();
}

Result<Account> Accounts::existing(const QString &login)
{
    auto account = find(login);
    if (!account)
        return account.error();
    if (!account->has_value()) {
        return Error::make(ErrorKind::NotFound, u"account.missing"_s, u"Không có tài khoản %1"_s.arg(login),
                           u"No account %1"_s.arg(login));
    }
    return **account;
}

Result<void> Accounts::journal(const QString &actor, const QString &action, const QString &login)
{
    JournalEntry entry;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.actor = actor;
    entry.action = action;
    entry.detail = login;
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return {};
}

Result<void> Accounts::unlock(const QString &login, const QString &actor)
{
    auto account = existing(login);
    if (!account)
        return account.error();
    QSqlQuery &update = m_db.statement(u"UPDATE accounts SET failed_logins = 0, locked = 0 WHERE id = ?"_s);
    update.bindValue(0, account->id);
    if (auto r = m_db.run(update, u"mở khóa tài khoản"_s); !r)
        return r;
    return journal(actor, u"account.unlock"_s, login);
}

Result<void> Accounts::changePassword(const QString &login, const QByteArray &newPassword,
                                      const QString &actor)
{
    if (auto r = password::checkPolicy(newPassword); !r)
        return r;
    auto account = existing(login);
    if (!account)
        return account.error();
    auto hashed = password::hash(newPassword);
    if (!hashed)
        return hashed.error();
    // A new password also lifts a lockout: it is how an administrator lets a locked-out officer back in.
    QSqlQuery &update = m_db.statement(
        u"UPDATE accounts SET password_hash = ?, failed_logins = 0, locked = 0 WHERE id = ?"_s);
    update.bindValue(0, hashed.value());
    update.bindValue(1, account->id);
    if (auto r = m_db.run(update, u"đổi mật khẩu"_s); !r)
        return r;
    return journal(actor, u"account.password"_s, login);
}

} // namespace hotich
