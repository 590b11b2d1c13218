#include "TestRegister.h"

#include "registry/RegisterSetup.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace hotich::test {

TestRegister::TestRegister(QDate today, int bookCapacity, const QString &communeCode)
    : m_path(m_dir.path(u"register.db"_s)), m_clock(QDateTime(today, QTime(9, 0), Qt::UTC))
{
    OfficeSetup setup;
    setup.communeCode = communeCode;
    setup.bookCapacity = bookCapacity;
    setup.admin = {u"admin"_s, u"Nguyễn Quản Trị"_s, Role::Admin, {}, {}, "admin-password"};
    const auto office = initializeRegister(m_path, setup, m_clock);
    if (!office)
        FAIL("cannot initialise the register: " << office.error().en.toStdString());
    reopen();
    Accounts accounts(*m_db, m_clock);
    admin = accounts.find(u"admin"_s).value().value();
    Transaction tx(*m_db);
    REQUIRE(tx.begin().ok());
    auto added = accounts.add(
        {u"canbo"_s, u"Lê Thị Hoa"_s, Role::Officer, u"001185000999"_s, u"1985-04-12"_s, "officer-password"},
        admin.login);
    REQUIRE(added.ok());
    REQUIRE(tx.commit().ok());
    officer = added.value();
}

void TestRegister::close()
{
    m_registrar.reset();
    m_db.reset();
}

void TestRegister::reopen()
{
    close();
    auto db = Database::open(m_path, Database::OpenMode::Existing);
    if (!db)
        FAIL("cannot open the register: " << db.error().en.toStdString());
    m_db = std::move(db.value());
    m_registrar = std::make_unique<Registrar>(*m_db, m_clock);
}

Result<RegistrationOutcome> TestRegister::add(const QJsonObject &record)
{
    auto result = m_registrar->registerRecord(record, officer);
    if (!result && result.error().kind != ErrorKind::InvalidInput)
        FAIL("registration failed: " << result.error().en.toStdString());
    return result;
}

QUuid TestRegister::mustAdd(const QJsonObject &record)
{
    auto result = add(record);
    if (!result) {
        std::string details;
        for (const Error &e : result.error().details)
            details += "\n  " + e.en.toStdString() + " [" + e.field.toStdString() + "]";
        FAIL("registration rejected: " << result.error().en.toStdString() << details);
    }
    return result->id;
}

QJsonObject example(const QString &name)
{
    return QJsonDocument::fromJson(readTestData(u"records/"_s + name + u".json"_s)).object();
}

QJsonObject with(QJsonObject object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        if (value.isUndefined())
            object.remove(path);
        else
            object.insert(path, value);
        return object;
    }
    const QString head = path.left(dot);
    object.insert(head, with(object.value(head).toObject(), path.mid(dot + 1), value));
    return object;
}

QStringList codesOf(const Error &error)
{
    QStringList codes;
    for (const Error &e : error.details)
        codes << e.code;
    if (codes.isEmpty())
        codes << error.code;
    return codes;
}

QStringList codesOf(const Findings &findings)
{
    QStringList codes;
    for (const Finding &f : findings)
        codes << f.code;
    return codes;
}

} // namespace hotich::test
