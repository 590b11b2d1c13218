#include "PrintFixtures.h"
#include "registry/RegisterSetup.h"
#include "store/RecordStore.h"
#include "support/TestRegister.h"

#include <QDir>
#include <QFile>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFormsDir = QStringLiteral(HOTICH_FORMS_DIR);

QByteArray minimal(const QString &extra = {})
{
    return (u"{\"format\":1,\"id\":\"t\",\"edition\":\"e\",\"title\":\"T\",\"kind\":\"birth\",\"mode\":"
            u"\"plain\","
            u"\"fields\":[{\"name\":\"n\",\"value\":\"subject.name\",\"box\":[10,10,50,8]}]"_s +
            extra + u"}"_s)
        .toUtf8();
}

} // namespace

TEST_CASE("Every form template in resources/forms loads without an error")
{
    const QStringList files = QDir(kFormsDir).entryList({u"*.json"_s}, QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &file : files) {
        auto form = TemplateLoader::fromFile(kFormsDir + u'/' + file);
        INFO(file.toStdString() << ": " << (form ? std::string() : form.error().en.toStdString()));
        CHECK(form.ok());
        if (form)
            CHECK(form->id + u".json"_s == file);
    }
}

TEST_CASE("A broken template gives an error naming the file and the member")
{
    SECTION("the minimal template is valid")
    {
        CHECK(TemplateLoader::fromJson(minimal(), u"t.json"_s).ok());
    }
    SECTION("invalid JSON")
    {
        auto r = TemplateLoader::fromJson("{\"format\":1,", u"broken.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"template.json");
        CHECK(r.error().en.startsWith(u"broken.json: not valid JSON"_s));
        CHECK(r.error().vi.startsWith(u"broken.json: "_s));
    }
    SECTION("an unknown member")
    {
        auto r = TemplateLoader::fromJson(minimal(u",\"papper\":{}"_s), u"t.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"template.unknownMember");
        CHECK(r.error().en == u"t.json: papper: unknown member");
    }
    SECTION("a box off the paper")
    {
        QByteArray json = minimal();
        json.replace("[10,10,50,8]", "[180,10,50,8]");
        auto r = TemplateLoader::fromJson(json, u"t.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"template.offPaper");
        CHECK(r.error().field == u"fields[0].box");
        CHECK(r.error().en.contains(u"210 × 297 mm"_s));
    }
    SECTION("a value the kind does not provide")
    {
        QByteArray json = minimal();
        json.replace("subject.name", "wife.name");
        auto r = TemplateLoader::fromJson(json, u"t.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"template.unknownValue");
        CHECK(r.error().en.contains(u"wife.name"_s));
    }
    SECTION("a minimum font size above the size")
    {
        QByteArray json = minimal();
        json.replace("[10,10,50,8]", "[10,10,50,8],\"fontSize\":10,\"minFontSize\":12");
        auto r = TemplateLoader::fromJson(json, u"t.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"template.minAboveSize");
    }
    SECTION("a blank-form drawing on a plain form")
    {
        auto r = TemplateLoader::fromJson(minimal(u",\"blankForm\":{}"_s), u"t.json"_s);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == u"template.blankOnPlain");
    }
}

TEST_CASE("A birth binds to the birth certificate: names in capitals, dates in digits and words")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"birth"_s));
    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, id);
    REQUIRE(subject.ok());
    const FormTemplate form = mustLoad(u"birth-certificate"_s);
    auto bound = FormBinding::bind(form, *subject, issueContext());
    REQUIRE(bound.ok());
    QHash<QString, QString> byField;
    for (const BoundText &t : *bound) {
        if (t.isField)
            byField.insert(t.field, t.text);
    }
    CHECK(byField.value(u"subject.name"_s) == u"NGUYỄN VĂN AN");
    CHECK(byField.value(u"subject.birthDate"_s) == u"02/11/2026");
    CHECK(byField.value(u"subject.birthDateWords"_s) ==
          u"ngày mồng hai tháng mười một năm hai nghìn không trăm hai mươi sáu");
    CHECK(byField.value(u"mother.name"_s) == u"TRẦN THỊ BÌNH");
    CHECK(byField.value(u"subject.nationality"_s) == u"Việt Nam");
    CHECK(byField.value(u"signer.name"_s) == u"Nguyễn Văn Ký");
    CHECK(byField.value(u"signer.title"_s) == u"CHỦ TỊCH");
    CHECK(byField.value(u"number"_s) == u"1");
    CHECK(byField.value(u"registrationPlace"_s).startsWith(u"Ủy ban nhân dân Phường Ba Đình"_s));
}

TEST_CASE("A birth certificate reads its dates with the office's number words, as kept in the register")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"birth"_s));
    text::WordStyle words;
    words.ngan = true;
    words.smallDayPrefix = u"mùng"_s;
    REQUIRE(saveWordStyle(reg.db(), reg.clock(), words, reg.admin).ok());
    auto office = readOffice(reg.db());
    REQUIRE(office.ok());
    const IssueContext context = IssueContext::forOffice(*office, QDate(2026, 11, 26));
    CHECK(context.words == words);

    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, id);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(mustLoad(u"birth-certificate"_s), *subject, context);
    REQUIRE(bound.ok());
    QHash<QString, QString> byField;
    for (const BoundText &t : *bound) {
        if (t.isField)
            byField.insert(t.field, t.text);
    }
    CHECK(byField.value(u"subject.birthDateWords"_s) ==
          u"ngày mùng hai tháng mười một năm hai ngàn không trăm hai mươi sáu");
}

TEST_CASE("A birth certificate prints the date of birth in the words the officer edited")
{
    TestRegister reg;
    const QString words = u"ngày mùng hai tháng mười một năm hai ngàn không trăm hai mươi sáu"_s;
    const QUuid id = reg.mustAdd(with(example(u"birth"_s), u"subject.birthDateWords"_s, words));
    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, id);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(mustLoad(u"birth-certificate"_s), *subject, issueContext());
    REQUIRE(bound.ok());
    QHash<QString, QString> byField;
    for (const BoundText &t : *bound) {
        if (t.isField)
            byField.insert(t.field, t.text);
    }
    CHECK(byField.value(u"subject.birthDateWords"_s) == words);
    CHECK(byField.value(u"subject.birthDate"_s) == u"02/11/2026"_s);
}

TEST_CASE(
    "A death extract prints the date of death in the words the officer edited, the time's words its own")
{
    TestRegister reg;
    const QString words = u"ngày mùng một tháng mười một năm hai nghìn không trăm hai mươi sáu"_s;
    const QUuid id = reg.mustAdd(with(example(u"death"_s), u"death.dateWords"_s, words));
    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, id);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(mustLoad(u"death-extract"_s), *subject, issueContext());
    REQUIRE(bound.ok());
    QHash<QString, QString> byField;
    for (const BoundText &t : *bound)
        byField.insert(t.field, t.text);
    CHECK(byField.value(u"death.whenWords"_s) == u"Ghi bằng chữ: mười bốn giờ ba mươi phút, "_s + words);
    CHECK(byField.value(u"death.when"_s) == u"Đã chết vào lúc: 14 giờ 30 phút, ngày 01/11/2026"_s);
}

TEST_CASE("A record of another kind is refused by the form")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"death"_s));
    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, id);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(mustLoad(u"birth-certificate"_s), *subject, issueContext());
    REQUIRE_FALSE(bound.ok());
    CHECK(bound.error().code == u"print.wrongKind");
    CHECK(bound.error().en.contains(u"death"_s));
}

TEST_CASE("A death binds to its extract: the time and date of death in digits and in words")
{
    TestRegister reg;
    const QUuid id = reg.mustAdd(example(u"death"_s));
    RecordStore store(reg.db());
    auto subject = loadPrintSubject(store, id);
    REQUIRE(subject.ok());
    auto bound = FormBinding::bind(mustLoad(u"death-extract"_s), *subject, issueContext());
    REQUIRE(bound.ok());
    QHash<QString, QString> byField;
    for (const BoundText &t : *bound)
        byField.insert(t.field, t.text);
    CHECK(byField.value(u"subject.name"_s) == u"PHẠM VĂN ĐỨC");
    CHECK(byField.value(u"death.when"_s) == u"Đã chết vào lúc: 14 giờ 30 phút, ngày 01/11/2026");
    CHECK(
        byField.value(u"death.whenWords"_s) ==
        u"Ghi bằng chữ: mười bốn giờ ba mươi phút, ngày mồng một tháng mười một năm hai nghìn không trăm hai "
        u"mươi sáu");
    CHECK(byField.value(u"deathNotice"_s) ==
          u"Giấy báo tử số 1234/GBT do Bệnh viện Bạch Mai cấp ngày 01/11/2026");
    CHECK(byField.value(u"office.name"_s) == u"PHƯỜNG BA ĐÌNH");
    CHECK(byField.value(u"office.province"_s) == u"THÀNH PHỐ HÀ NỘI");
    CHECK(byField.value(u"issue.placeDate"_s) == u"Ba Đình, ngày 26 tháng 11 năm 2026");
}
