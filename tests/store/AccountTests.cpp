#include <catch2/catch.hpp>

#include "support/TestRegister.h"

#include <QSqlQuery>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

TEST_CASE("five wrong passwords lock an account until an administrator unlocks it")
{
    TestRegister reg;
    Accounts accounts(reg.db(), reg.clock());
    CHECK(accounts.authenticate(u"canbo"_s, "officer-password").ok());
    for (int i = 1; i <= 4; ++i) {
        auto r = accounts.authenticate(u"canbo"_s, "wrong");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"login.failed"_s);
        CHECK(r.error().vi.contains(u"còn %1 lần"_s.arg(5 - i)));
    }
    auto fifth = accounts.authenticate(u"canbo"_s, "wrong");
    CHECK(fifth.error().code == u"login.locked"_s);
    // Even the right password is refused now.
    CHECK(accounts.authenticate(u"canbo"_s, "officer-password").error().code == u"login.locked"_s);
    QSqlQuery q(reg.db().connection());
    REQUIRE(q.exec(u"SELECT count(*) FROM journal WHERE action IN ('login.failed', 'account.locked')"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 5);
    q.finish();

    Transaction tx(reg.db());
    REQUIRE(tx.begin().ok());
    REQUIRE(accounts.unlock(u"canbo"_s, u"admin"_s).ok());
    REQUIRE(tx.commit().ok());
    CHECK(accounts.authenticate(u"canbo"_s, "officer-password").ok());
}

TEST_CASE("a good password resets the failure count - unknown logins say no more than wrong passwords")
{
    TestRegister reg;
    Accounts accounts(reg.db(), reg.clock());
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            CHECK_FALSE(accounts.authenticate(u"canbo"_s, "wrong").ok());
        CHECK(accounts.authenticate(u"canbo"_s, "officer-password").ok());
    }
    const auto unknown = accounts.authenticate(u"nobody"_s, "whatever");
    CHECK(unknown.error().code == u"login.failed"_s);
    CHECK(unknown.error().vi == u"Sai tên đăng nhập hoặc mật khẩu"_s);
}

TEST_CASE("accounts are checked when they are added and passwords are stored as Argon2id")
{
    TestRegister reg;
    Accounts accounts(reg.db(), reg.clock());
    CHECK(accounts.add({u"Bad Login"_s, u"Ai Đó"_s, Role::Officer, {}, {}, "long-enough"}, u"admin"_s)
              .error()
              .code == u"account.login"_s);
    CHECK(accounts.add({u"short"_s, u"Ai Đó"_s, Role::Officer, {}, {}, "1234567"}, u"admin"_s).error().code ==
          u"password.short"_s);
    CHECK(accounts.add({u"canbo"_s, u"Ai Đó"_s, Role::Officer, {}, {}, "long-enough"}, u"admin"_s)
              .error()
              .code == u"account.exists"_s);
    CHECK(accounts.add({u"digits"_s, u"Ai Đó 2"_s, Role::Officer, {}, {}, "long-enough"}, u"admin"_s)
              .error()
              .code == u"name.character"_s);
    QSqlQuery q(reg.db().connection());
    REQUIRE(q.exec(u"SELECT password_hash FROM accounts WHERE login = 'canbo'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(u"$argon2id$"_s));
}

TEST_CASE("only officers register - signers and administrators do not")
{
    TestRegister reg;
    auto byAdmin = reg.registrar().registerRecord(example(u"birth"_s), reg.admin);
    REQUIRE_FALSE(byAdmin.ok());
    CHECK(byAdmin.error().kind == ErrorKind::PermissionDenied);
    CHECK(reg.registrar().registerRecord(example(u"birth"_s), reg.officer).ok());
}
