#pragma once

#include "model/PartialDate.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QString>

#include <optional>

namespace hotich {

/// Roles: công chức tư pháp – hộ tịch (officer), Chủ tịch/Phó Chủ tịch UBND (signer), IT staff (admin).
enum class Role
{
    Officer,
    Signer,
    Admin
};

QString roleCode(Role role);
std::optional<Role> parseRoleCode(QStringView code);
QString roleNameVi(Role role);

struct Account
{
    qint64 id = 0;
    QString login;
    QString fullName;
    Role role = Role::Officer;
    QString idNumber; ///< lets the rules recognise the officer's own and relatives' events
    PartialDate birthDate;
    bool locked = false;
    int failedLogins = 0;
    qint64 createdAtMs = 0;

    /// Content hash of the fields the journal vouches for (not the password hash or lock state).
    QByteArray contentHash() const;

    /// The columns fromRow() reads, in order.
    static constexpr const char *kColumns =
        "id, login, full_name, role, id_number, birth_date, locked, failed_logins, created_at";
    static Account fromRow(const QSqlQuery &row);
};

/// PermissionDenied, naming the account and the role needed, unless the account has that role.
Result<void> requireRole(const Account &actor, Role role);

struct NewAccount
{
    QString login;
    QString fullName;
    Role role = Role::Officer;
    QString idNumber;
    QString birthDate;
    QByteArray password;
};

/// Accounts of this office's register. Passwords are Argon2id hashes; five failed logins in a row
/// lock the account until an administrator unlocks it. Every change is journaled.
class Accounts
{
public:
    static constexpr int kMaximumFailures = 5;

    Accounts(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Adds an account, journaled under `actor` (empty for the first administrator at init).
    /// Runs inside the caller's transaction.
    Result<Account> add(const NewAccount &account, const QString &actor);

    /// Adds a locked officer account without a password, journaled under `actor`: the officer of
    /// entries a register got back from the server (CatchUp) who has no account in this file. An
    /// administrator who wants the officer to work here sets a password and unlocks the account.
    Result<Account> addWithoutPassword(const QString &login, const QString &fullName, const QString &actor);

    Result<std::optional<Account>> find(const QString &login);
    /// Every account, by login.
    Result<QList<Account>> list();
    /// Logins by account id, to name who wrote a row.
    Result<QHash<qint64, QString>> loginsById();
    /// Checks the password. A failure counts (and is journaled) even though the caller fails.
    Result<Account> authenticate(const QString &login, const QByteArray &password);
    Result<void> unlock(const QString &login, const QString &actor);
    Result<void> changePassword(const QString &login, const QByteArray &password, const QString &actor);

private:
    Result<Account> insertRow(Account &account, const QString &passwordHash, const QString &actor,
                              const QString &detail);
    Result<void> recordFailure(const Account &account);
    /// The account, or NotFound with a clear message.
    Result<Account> existing(const QString &login);
    Result<void> journal(const QString &actor, const QString &action, const QString &login);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich
