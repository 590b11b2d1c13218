#include "RegisterSetup.h"

#include "reference/AdministrativeUnits.h"
#include "store/Journal.h"
#include "store/RegisterIdentity.h"
#include "store/RegisterNumbering.h"
#include "text/Normalize.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

QJsonObject OfficeInfo::toJson() const
{
    return {
        {u"code"_s, code}, {u"name"_s, name}, {u"provinceCode"_s, provinceCode}, {u"fullPath"_s, fullPath}};
}

namespace {

constexpr auto kWordStyleKey = "numberWords";

QJsonObject wordStyleJson(const text::WordStyle &words)
{
    return {{u"linh"_s, words.linh},
            {u"ngan"_s, words.ngan},
            {u"bon"_s, words.bon},
            {u"smallDayPrefix"_s, words.smallDayPrefix}};
}

text::WordStyle wordStyleFromJson(const QJsonObject &json)
{
    text::WordStyle words;
    words.linh = json.value(u"linh"_s).toBool(words.linh);
    words.ngan = json.value(u"ngan"_s).toBool(words.ngan);
    words.bon = json.value(u"bon"_s).toBool(words.bon);
    words.smallDayPrefix = json.value(u"smallDayPrefix"_s).toString(words.smallDayPrefix);
    return words;
}

Result<OfficeInfo> createIn(Database &db, const OfficeSetup &setup, const reference::AdministrativeUnit &unit,
                            const Clock &clock)
{
    const auto &units = reference::AdministrativeUnits::instance().current();
    OfficeInfo office{unit.code,
                      setup.name.isEmpty() ? unit.fullName : text::cleanText(setup.name),
                      unit.provinceCode,
                      units.fullPath(unit),
                      {}};
    const qint64 now = clock.now().toMSecsSinceEpoch();
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery &insert =
        db.statement(u"INSERT INTO office (code, name, province_code, created_at) VALUES (?, ?, ?, ?)"_s);
    insert.bindValue(0, office.code);
    insert.bindValue(1, office.name);
    insert.bindValue(2, office.provinceCode);
    insert.bindValue(3, now);
    if (auto r = db.run(insert, u"ghi thông tin cơ quan"_s); !r)
        return r.error();
    if (setup.bookCapacity > 0) {
        QSqlQuery &setting = db.statement(u"INSERT INTO settings (key, value) VALUES ('book.capacity', ?)"_s);
        setting.bindValue(0, QString::number(setup.bookCapacity));
        if (auto r = db.run(setting, u"ghi cấu hình"_s); !r)
            return r.error();
    }
    JournalEntry entry;
    entry.atMs = now;
    entry.actor = setup.admin.login;
    entry.action = setup.recovering ? u"register.recover"_s : u"register.init"_s;
    entry.detail = office.code;
    if (auto r = Journal(db).append(entry); !r)
        return r.error();
    if (auto r = Accounts(db, clock).add(setup.admin, {}); !r)
        return r.error();
    if (setup.recovering) {
        if (auto r = RegisterIdentity::beginEpoch(db, u"recover"_s, now); !r)
            return r.error();
        if (auto r = RegisterIdentity::setCatchUp(db, true, false); !r)
            return r.error();
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return office;
}

} // namespace

Result<OfficeInfo> initializeRegister(const QString &path, const OfficeSetup &setup, const Clock &clock)
{
    const auto &units = reference::AdministrativeUnits::instance().current();
    const reference::AdministrativeUnit *unit = units.find(setup.communeCode);
    if (!unit || unit->level != reference::AdministrativeUnit::Level::Commune) {
        return Error::invalid(
            u"office.unknown"_s, u"office"_s,
            u"Mã %1 không phải mã xã, phường, đặc khu trong danh mục hiện hành (%2 đơn vị, từ %3)"_s
                .arg(setup.communeCode)
                .arg(units.count(reference::AdministrativeUnit::Level::Commune))
                .arg(units.effectiveFrom().toString(u"dd/MM/yyyy"_s)),
            u"%1 is not a commune code of the current list (%2 units, in force from %3)"_s
                .arg(setup.communeCode)
                .arg(units.count(reference::AdministrativeUnit::Level::Commune))
                .arg(units.effectiveFrom().toString(Qt::ISODate)));
    }
    if (setup.bookCapacity < 0) {
        return Error::invalid(u"book.capacity"_s, u"bookCapacity"_s,
                              u"Số mục mỗi quyển sổ phải là số dương"_s,
                              u"The book capacity must be positive"_s);
    }
    Result<OfficeInfo> result = Error{};
    {
        auto db = Database::open(path, Database::OpenMode::CreateNew);
        if (!db)
            return db.error();
        result = createIn(**db, setup, *unit, clock);
    }
    if (!result) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    return result;
}

Result<OfficeInfo> readOffice(Database &db)
{
    Reader q(db.statement(u"SELECT code, name, province_code FROM office"_s));
    if (auto r = db.run(*q, u"đọc thông tin cơ quan"_s); !r)
        return r.error();
    if (!q->next()) {
        return Error::make(ErrorKind::Conflict, u"office.missing"_s,
                           u"Sổ hộ tịch chưa được khởi tạo cho xã/phường nào (hotich-admin init)"_s,
                           u"The register was never initialised for an office (hotich-admin init)"_s);
    }
    OfficeInfo office{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}, {}};
    q->finish();
    Reader setting(db.statement(u"SELECT value FROM settings WHERE key = ?"_s));
    setting->bindValue(0, QString::fromLatin1(kWordStyleKey));
    if (auto r = db.run(*setting, u"đọc cách đọc số của cơ quan"_s); !r)
        return r.error();
    if (setting->next())
        office.words =
            wordStyleFromJson(QJsonDocument::fromJson(setting->value(0).toString().toUtf8()).object());
    if (const auto *unit = reference::AdministrativeUnits::instance().current().find(office.code))
        office.fullPath = reference::AdministrativeUnits::instance().current().fullPath(*unit);
    return office;
}

Result<void> saveOfficeSetting(Database &db, const Clock &clock, const Account &actor, const QString &key,
                               const QJsonObject &value)
{
    if (auto allowed = requireRole(actor, Role::Admin); !allowed)
        return allowed.error();
    const QString text = QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r.error();
    QSqlQuery &save = db.statement(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    save.bindValue(0, key);
    save.bindValue(1, text);
    if (auto r = db.run(save, u"ghi cài đặt của cơ quan"_s); !r)
        return r.error();
    JournalEntry entry;
    entry.atMs = clock.now().toMSecsSinceEpoch();
    entry.actor = actor.login;
    entry.action = u"settings."_s + key;
    entry.detail = text;
    if (auto r = Journal(db).append(entry); !r)
        return r.error();
    return tx.commit();
}

Result<void> saveWordStyle(Database &db, const Clock &clock, const text::WordStyle &words,
                           const Account &actor)
{
    if (!QStringList{u"mồng"_s, u"mùng"_s, QString()}.contains(words.smallDayPrefix)) {
        return Error::make(ErrorKind::InvalidInput, u"office.numberWords"_s,
                           u"Ngày mồng một đến mồng mười chỉ viết \"mồng\", \"mùng\" hoặc không có tiền tố"_s,
                           u"Days 1 to 10 take \"mồng\", \"mùng\" or no prefix"_s);
    }
    return saveOfficeSetting(db, clock, actor, QString::fromLatin1(kWordStyleKey), wordStyleJson(words));
}

} // namespace hotich
