#include "Office.h"

#include <QDate>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hotich::test {

Office::Office(const TempDir &dir, const QString &code)
    : m_code(code), m_db(dir.path(u"office-"_s + code + u".db"_s))
{
    const QByteArray password = kPassword;
    AdminRun init = runAdmin({u"--db"_s, m_db, u"init"_s, u"--office"_s, code, u"--admin"_s, u"admin"_s},
                             password + '\n');
    INFO(init.errText().toStdString());
    REQUIRE(init.exitCode == 0);
    AdminRun officer = runAdmin({u"--db"_s, m_db, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"canbo"_s,
                                 u"--role"_s, u"officer"_s, u"--full-name"_s, u"Nguyễn Thị Lan"_s},
                                password + '\n', password);
    INFO(officer.errText().toStdString());
    REQUIRE(officer.exitCode == 0);
}

AdminRun Office::admin(const QStringList &args, const QString &user)
{
    return runAdmin(QStringList{u"--db"_s, m_db, u"--user"_s, user} + args, {}, kPassword);
}

AdminRun Office::enrol(const QString &serverUrl, const QString &enrolCode, const QString &caFile)
{
    QStringList args{u"enrol"_s, u"--server"_s, serverUrl, u"--code"_s, enrolCode};
    if (!caFile.isEmpty())
        args << u"--ca"_s << caFile;
    return admin(args);
}

QString Office::registerRecord(const QByteArray &json)
{
    const AdminRun run =
        runAdmin({u"--db"_s, m_db, u"--user"_s, u"canbo"_s, u"register"_s, u"-"_s}, json, kPassword);
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const QString id = run.first().value(u"id"_s).toString();
    REQUIRE(!id.isEmpty());
    return id;
}

AdminRun Office::sync(const QString &serverUrl)
{
    QStringList args{u"sync"_s};
    if (!serverUrl.isEmpty())
        args << u"--server"_s << serverUrl;
    return admin(args);
}

QJsonObject Office::syncOk(const QString &serverUrl)
{
    const AdminRun run = sync(serverUrl);
    INFO("office " << m_code.toStdString() << ": " << run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return run.first();
}

QJsonObject Office::status()
{
    const AdminRun run = admin({u"sync"_s, u"--status"_s});
    REQUIRE(run.exitCode == 0);
    return run.first();
}

QJsonObject Office::findings()
{
    const AdminRun run = admin({u"sync"_s, u"--findings"_s});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return run.first();
}

QJsonObject Office::show(const QString &id)
{
    const AdminRun run = admin({u"show"_s, id}, u"canbo"_s);
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return run.first();
}

int Office::registerBirths(int first, int count)
{
    QByteArray lines;
    for (int i = first; i < first + count; ++i)
        lines += distinctBirth(i) + '\n';
    const AdminRun run =
        runAdmin({u"--db"_s, m_db, u"--user"_s, u"canbo"_s, u"register"_s, u"-"_s, u"--batch"_s, u"100"_s},
                 lines, kPassword);
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    return int(run.json().size());
}

QByteArray distinctBirth(int n)
{
    QJsonObject birth = QJsonDocument::fromJson(birthWithoutIdNumber(givenName(n), 1 + n % 28)).object();
    QJsonObject mother = birth.value(u"mother"_s).toObject();
    mother.remove(u"idNumber"_s);
    mother.insert(u"fullName"_s, QString(u"Trần Thị "_s + givenName(n)));
    birth.insert(u"mother"_s, mother);
    return QJsonDocument(birth).toJson(QJsonDocument::Compact);
}

QString givenName(int n)
{
    static const QStringList names = {u"An"_s,   u"Bảo"_s,  u"Cường"_s, u"Dũng"_s, u"Đức"_s,  u"Giang"_s,
                                      u"Hà"_s,   u"Hải"_s,  u"Hiếu"_s,  u"Hoa"_s,  u"Hùng"_s, u"Khánh"_s,
                                      u"Lâm"_s,  u"Linh"_s, u"Long"_s,  u"Mai"_s,  u"Minh"_s, u"Nam"_s,
                                      u"Ngọc"_s, u"Phúc"_s, u"Quân"_s,  u"Sơn"_s,  u"Thảo"_s, u"Trung"_s};
    // Unique for n below 24³: one, two or three names.
    const qsizetype k = names.size();
    QString name = names.at(n % k);
    if (n >= k)
        name += u' ' + names.at(n / k % k);
    if (n >= k * k)
        name += u' ' + names.at(n / (k * k) % k);
    return name;
}

QByteArray birthWithoutIdNumber(const QString &givenName, int dayOfOctober)
{
    QJsonObject birth = QJsonDocument::fromJson(readTestData(u"records/birth.json"_s)).object();
    QJsonObject subject = birth.value(u"subject"_s).toObject();
    subject.remove(u"idNumber"_s);
    subject.insert(u"givenName"_s, givenName);
    subject.insert(u"birthDate"_s, QDate(2026, 10, dayOfOctober).toString(Qt::ISODate));
    birth.insert(u"subject"_s, subject);
    return QJsonDocument(birth).toJson(QJsonDocument::Compact);
}

} // namespace hotich::test
