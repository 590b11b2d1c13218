#include "AdminRegister.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hotich::test {

namespace {

const QByteArray kAdminPassword = "quan-tri-2026";
const QByteArray kOfficerPassword = "can-bo-2026";

} // namespace

PrintRegister::PrintRegister() : db(dir.path(u"so.db"_s))
{
    REQUIRE(runAdmin({u"--db"_s, db, u"init"_s, u"--office"_s, u"00004"_s, u"--admin"_s, u"admin"_s},
                     kAdminPassword + '\n')
                .exitCode == 0);
    REQUIRE(runAdmin({u"--db"_s, db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"canbo"_s, u"--role"_s,
                      u"officer"_s, u"--full-name"_s, u"Lê Thị Hoa"_s},
                     kOfficerPassword + '\n', kAdminPassword)
                .exitCode == 0);
    birth = add(u"birth"_s);
    death = add(u"death"_s);
    const AdminRun stock =
        officer({u"forms"_s, u"stock"_s, u"receive"_s, u"--form"_s, u"birth-certificate"_s, u"--series"_s,
                 u"KS"_s, u"--from"_s, u"000101"_s, u"--to"_s, u"000150"_s});
    INFO(stock.errText().toStdString());
    REQUIRE(stock.exitCode == 0);
    qputenv("HOTICH_CALIBRATION_DIR", dir.path(u"calibration"_s).toUtf8());
}

PrintRegister::~PrintRegister()
{
    qunsetenv("HOTICH_CALIBRATION_DIR");
}

AdminRun PrintRegister::officer(const QStringList &args) const
{
    return runAdmin(QStringList{u"--db"_s, db, u"--user"_s, u"canbo"_s, u"--lang"_s, u"en"_s} + args, {},
                    kOfficerPassword);
}

AdminRun PrintRegister::officerVi(const QStringList &args) const
{
    return runAdmin(QStringList{u"--db"_s, db, u"--user"_s, u"canbo"_s} + args, {}, kOfficerPassword);
}

QJsonObject PrintRegister::formsState() const
{
    const AdminRun report = officer({u"forms"_s, u"stock"_s, u"report"_s});
    REQUIRE(report.exitCode == 0);
    const AdminRun verify = officer({u"verify"_s});
    INFO(verify.out.toStdString());
    REQUIRE(verify.exitCode == 0);
    const QJsonObject checked = verify.first().value(u"checked"_s).toObject();
    return {{u"stock"_s, report.first().value(u"stock"_s)},
            {u"formJournal"_s, checked.value(u"formJournal"_s)},
            {u"blankFormStock"_s, checked.value(u"blankFormStock"_s)},
            {u"journal"_s, checked.value(u"journal"_s)}};
}

QString PrintRegister::addBirth(const QString &givenName)
{
    return addBirths({givenName}).value(0);
}

QStringList PrintRegister::addBirths(const QStringList &givenNames)
{
    const QJsonObject sample = QJsonDocument::fromJson(readTestData(u"records/birth.json"_s)).object();
    QJsonArray records;
    for (const QString &givenName : givenNames) {
        QJsonObject record = sample;
        QJsonObject subject = record.value(u"subject"_s).toObject();
        subject.insert(u"givenName"_s, givenName);
        subject.remove(u"idNumber"_s); // one person's number
        record.insert(u"subject"_s, subject);
        records.append(record);
    }
    const AdminRun added = runAdmin({u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, u"-"_s},
                                    QJsonDocument(records).toJson(QJsonDocument::Compact), kOfficerPassword);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    QStringList ids;
    for (const QJsonObject &outcome : added.json())
        ids << outcome.value(u"id"_s).toString();
    REQUIRE(ids.size() == givenNames.size());
    return ids;
}

QString PrintRegister::add(const QString &example)
{
    const AdminRun added = runAdmin({u"--db"_s, db, u"--user"_s, u"canbo"_s, u"register"_s, u"-"_s},
                                    readTestData(u"records/"_s + example + u".json"_s), kOfficerPassword);
    INFO(added.errText().toStdString());
    REQUIRE(added.exitCode == 0);
    return added.first().value(u"id"_s).toString();
}

} // namespace hotich::test
