// hotich-admin book print through the real binary: the register's pages and its closing page,
// read back with poppler (pdftotext -bbox, pdfinfo, pdffonts).
#include "AdminRegister.h"
#include "RenderChecks.h"

#include "printing/RegisterBook.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace hotich;
using namespace hotich::printing;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

constexpr double kMmPerPt = pdf_probe::kMmPerPt;

QString textOf(const PdfPage &page)
{
    QStringList words;
    for (const PdfWord &w : page.words)
        words << w.text;
    return words.join(u' ');
}

/// The register numbers a page shows, in drawing order: "Số N" in the book's first column (an
/// address elsewhere on the line may read "Số 12 phố Kim Mã").
QList<int> numbersOn(const PdfPage &page)
{
    constexpr double kFirstColumnEndMm = 30;
    QList<int> out;
    for (qsizetype i = 0; i + 1 < page.words.size(); ++i) {
        bool ok = false;
        const int n = page.words[i + 1].text.toInt(&ok);
        if (page.words[i].text == u"Số" && ok && page.words[i].boxPt.right() * kMmPerPt < kFirstColumnEndMm)
            out << n;
    }
    return out;
}

int pageCountOf(const QString &pdf)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(pdf_probe::info(pdf)).captured(1).toInt();
}

void checkBundledFontOnly(const QString &pdf)
{
    const QList<PdfFont> fonts = pdf_probe::fonts(pdf);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const PdfFont &f : fonts) {
        INFO(f.name.toStdString());
        CHECK(f.name.startsWith(u"LiberationSerif"_s));
        CHECK(f.embedded);
    }
}

} // namespace

TEST_CASE(
    "The three register-book templates load, each a plain page of its kind with entries and a closing page")
{
    for (EventKind kind : RegisterBook::kinds()) {
        INFO(kindCode(kind).toStdString());
        auto form = RegisterBook::pageTemplate(kind);
        INFO((form ? QString() : form.error().en).toStdString());
        REQUIRE(form);
        CHECK(form->kind == kind);
        CHECK(form->mode == FormMode::Plain);
        REQUIRE(form->book);
        CHECK(form->book->entriesPerPage >= 2);
        CHECK_FALSE(form->book->entryFields.isEmpty());
        CHECK_FALSE(form->book->closingFields.isEmpty());
        // A book page is not a form of one record: print does not offer it.
        CHECK_FALSE(TemplateLoader::builtInIds().contains(form->id));
        // The built-in copy is the file of resources/forms/books, named after its id.
        auto file =
            TemplateLoader::fromFile(QStringLiteral(HOTICH_FORMS_DIR) + u"/books/"_s + form->id + u".json"_s);
        CHECK(file.ok());
    }
}

TEST_CASE(
    "A broken book template names the member: a last entry off the paper, a value the part does not have")
{
    // A4 portrait, 297 mm high: a third entry 140 mm below the second puts its box at 290–298 mm.
    auto bookJson = [](const QString &entryField, const QString &closingField, int perPage) {
        return (u"{\"format\":1,\"id\":\"b\",\"edition\":\"e\",\"title\":\"B\",\"kind\":\"birth\","
                u"\"mode\":\"plain\",\"fields\":[{\"name\":\"p\",\"value\":\"page.number\",\"box\":[10,1,50,"
                u"8]}],"
                u"\"book\":{\"entriesPerPage\":%3,\"entryPitchMm\":140,"
                u"\"entry\":{\"fields\":[{\"name\":\"n\",\"value\":\"%1\",\"box\":[10,10,50,8]}]},"
                u"\"closing\":{\"fields\":[{\"name\":\"c\",\"value\":\"%2\",\"box\":[10,10,50,8]}]}}}"_s)
            .arg(entryField, closingField)
            .arg(perPage)
            .toUtf8();
    };
    CHECK(
        TemplateLoader::fromJson(bookJson(u"subject.name"_s, u"closing.totalEvents"_s, 2), u"b.json"_s).ok());
    auto off =
        TemplateLoader::fromJson(bookJson(u"subject.name"_s, u"closing.totalEvents"_s, 3), u"b.json"_s);
    REQUIRE_FALSE(off.ok());
    CHECK(off.error().code == u"template.offPaper");
    CHECK(off.error().field == u"book.entry.fields[0].box");
    auto entry = TemplateLoader::fromJson(bookJson(u"closing.totalEvents"_s, u"closing.totalEvents"_s, 2),
                                          u"b.json"_s);
    REQUIRE_FALSE(entry.ok());
    CHECK(entry.error().code == u"template.unknownValue");
    CHECK(entry.error().field == u"book.entry.fields[0].value");
    auto closing = TemplateLoader::fromJson(bookJson(u"tick.late"_s, u"tick.late"_s, 2), u"b.json"_s);
    REQUIRE_FALSE(closing.ok());
    CHECK(closing.error().field == u"book.closing.fields[0].value");
    auto wrongTick =
        TemplateLoader::fromJson(bookJson(u"tick.under1"_s, u"closing.totalEvents"_s, 2), u"b.json"_s);
    CHECK_FALSE(wrongTick.ok()); // a death book's column, not a birth book's
}

TEST_CASE("hotich-admin book print birth lays 25 births over the book's pages in number order, voided ones "
          "marked, then the closing page")
{
    PrintRegister reg; // its birth, AN, is 1/2026
    // A given name per entry, the first that of the register's own birth.
    const QStringList names = {u"An"_s,   u"Bình"_s, u"Chi"_s,   u"Dũng"_s, u"Giang"_s, u"Hà"_s,   u"Hải"_s,
                               u"Hạnh"_s, u"Hiếu"_s, u"Hoa"_s,   u"Hùng"_s, u"Khánh"_s, u"Lan"_s,  u"Linh"_s,
                               u"Long"_s, u"Mai"_s,  u"Minh"_s,  u"Nam"_s,  u"Ngọc"_s,  u"Phúc"_s, u"Quang"_s,
                               u"Sơn"_s,  u"Thảo"_s, u"Trung"_s, u"Vy"_s};
    REQUIRE(names.size() == 25);
    const QStringList ids = reg.addBirths(names.mid(1));
    // The seventh is voided: it stays in the book, marked.
    const QString revocation = reg.dir.path(u"void.json"_s);
    {
        QFile file(revocation);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"number":"7/QĐ-UBND","issuer":"Chủ tịch UBND Thành phố Hà Nội","date":"2026-11-25","reason":"Trái thẩm quyền"})");
    }
    REQUIRE(reg.officer({u"void"_s, ids[5], revocation}).exitCode == 0);

    const QString pdf = reg.dir.path(u"so-khai-sinh.pdf"_s);
    const AdminRun run =
        reg.officer({u"book"_s, u"print"_s, u"birth"_s, u"--year"_s, u"2026"_s, u"--pdf"_s, pdf});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    const int perPage = RegisterBook::pageTemplate(EventKind::Birth)->book->entriesPerPage;
    const int entryPages = (25 + perPage - 1) / perPage;
    REQUIRE(entryPages >= 2);
    CHECK(run.first().value(u"entries"_s).toInt() == 25);
    CHECK(run.first().value(u"voided"_s).toInt() == 1);
    CHECK(run.first().value(u"pages"_s).toInt() == entryPages + 1);
    CHECK(run.first().value(u"pdf"_s).toString() == QFileInfo(pdf).absoluteFilePath());

    CHECK(pageCountOf(pdf) == entryPages + 1);
    const QList<PdfPage> pages = pdf_probe::pages(pdf);
    REQUIRE(pages.size() == entryPages + 1);
    QList<int> numbers;
    for (int p = 0; p < entryPages; ++p) {
        INFO("page " << p + 1);
        const PdfPage &page = pages[p];
        // A3 landscape, as the paper register.
        CHECK(std::abs(page.sizePt.width() * kMmPerPt - 420) <= 0.5);
        CHECK(std::abs(page.sizePt.height() * kMmPerPt - 297) <= 0.5);
        const QList<int> here = numbersOn(page);
        CHECK(here.size() == std::min(perPage, 25 - p * perPage));
        numbers += here;
        const QString text = textOf(page);
        CHECK(text.contains(u"SỔ ĐĂNG KÝ KHAI SINH"_s));
        CHECK(text.contains(u"Trang %1/%2"_s.arg(p + 1).arg(entryPages + 1)));
        // Each entry's child, in the order of the numbers.
        qsizetype at = 0;
        for (int n : here) {
            const QString name = u"NGUYỄN VĂN "_s + names[n - 1].toUpper();
            const qsizetype found = text.indexOf(name, at);
            INFO(name.toStdString());
            CHECK(found >= at);
            at = std::max(at, found);
        }
        // Every birth was registered 18 days after it: one tick "đúng hạn" a line.
        CHECK(std::count_if(page.words.begin(), page.words.end(),
                            [](const PdfWord &w) { return w.text == u"x"; }) == here.size());
        CHECK(text.contains(u"ĐÃ THU HỒI, HỦY BỎ"_s) == here.contains(7));
    }
    QList<int> expected;
    for (int n = 1; n <= 25; ++n)
        expected << n;
    CHECK(numbers == expected);

    const QString closing = textOf(pages.last());
    INFO(closing.toStdString());
    CHECK(closing.contains(u"TRANG KHÓA SỔ"_s));
    CHECK(closing.contains(u"PHƯỜNG BA ĐÌNH"_s));
    CHECK(closing.contains(u"Sổ này có %1 trang"_s.arg(entryPages + 1)));
    CHECK(closing.contains(
        u"Đã đăng ký 25 sự kiện (hai mươi lăm sự kiện), từ số 1 đến số 25, trong đó 1 mục đã thu hồi, hủy bỏ."_s));
    CHECK(closing.contains(u"ngày 31 tháng 12 năm 2026"_s));
    CHECK(numbersOn(pages.last()).isEmpty());
    checkBundledFontOnly(pdf);
    CHECK(pdf_probe::info(pdf, true).contains(u"pdfaid:part=\"1\""_s));
}

TEST_CASE("hotich-admin book print marriage and death: each entry in its book's layout")
{
    PrintRegister reg;
    reg.addExample(u"marriage"_s);
    for (const auto &[kind, name, heading] :
         {std::tuple{u"marriage"_s, u"LÊ THỊ CÚC"_s, u"SỔ ĐĂNG KÝ KẾT HÔN"_s},
          std::tuple{u"death"_s, u"PHẠM VĂN ĐỨC"_s, u"SỔ ĐĂNG KÝ KHAI TỬ"_s}}) {
        INFO(kind.toStdString());
        const QString pdf = reg.dir.path(kind + u".pdf"_s);
        const AdminRun run =
            reg.officer({u"book"_s, u"print"_s, kind, u"--year"_s, u"2026"_s, u"--pdf"_s, pdf});
        INFO(run.errText().toStdString());
        REQUIRE(run.exitCode == 0);
        const QList<PdfPage> pages = pdf_probe::pages(pdf);
        REQUIRE(pages.size() == 2);
        CHECK(numbersOn(pages[0]) == QList<int>{1});
        CHECK(textOf(pages[0]).contains(heading));
        CHECK(textOf(pages[0]).contains(name));
        CHECK(textOf(pages[1]).contains(u"Đã đăng ký 1 sự kiện (một sự kiện), từ số 1 đến số 1."_s));
        checkBundledFontOnly(pdf);
    }
}

TEST_CASE("hotich-admin book print refuses a bad request, exits 2 and writes no file")
{
    PrintRegister reg;
    const QJsonObject before = reg.formsState();
    const QString pdf = reg.dir.path(u"so.pdf"_s);
    const QStringList out = {u"--pdf"_s, pdf};
    const struct
    {
        const char *what;
        QStringList args;
        QString message;
    } cases[] = {
        {"an unknown kind", QStringList{u"book"_s, u"print"_s, u"bogus"_s, u"--year"_s, u"2026"_s} + out,
         u"There is no register book \"bogus\" to print; the books are: birth, marriage, death"_s},
        {"a kind without a book",
         QStringList{u"book"_s, u"print"_s, u"guardianship"_s, u"--year"_s, u"2026"_s} + out,
         u"There is no register book \"guardianship\""_s},
        {"a year with no book", QStringList{u"book"_s, u"print"_s, u"birth"_s, u"--year"_s, u"2025"_s} + out,
         u"The birth register of 2025 has no entry"_s},
        {"a kind with no entry that year",
         QStringList{u"book"_s, u"print"_s, u"marriage"_s, u"--year"_s, u"2026"_s} + out,
         u"The marriage register of 2026 has no entry"_s},
        {"a year that is not a number",
         QStringList{u"book"_s, u"print"_s, u"birth"_s, u"--year"_s, u"20x6"_s} + out,
         u"--year must be a whole number"_s},
        {"no year", QStringList{u"book"_s, u"print"_s, u"birth"_s} + out, u"--year YEAR is required"_s},
        {"both a PDF and a printer",
         QStringList{u"book"_s, u"print"_s, u"birth"_s, u"--year"_s, u"2026"_s, u"--printer"_s, u"x"_s} + out,
         u"one of --pdf OUT or --printer NAME are required"_s},
        {"a folder that does not exist",
         {u"book"_s, u"print"_s, u"birth"_s, u"--year"_s, u"2026"_s, u"--pdf"_s,
          reg.dir.path(u"missing/so.pdf"_s)},
         u"does not exist"_s},
    };
    for (const auto &c : cases) {
        INFO(c.what);
        const AdminRun run = reg.officer(c.args);
        INFO(run.errText().toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.errText().contains(c.message));
        CHECK(run.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(pdf));
    }
    CHECK(QDir(reg.dir.root()).entryList({u"*.pdf"_s}, QDir::Files).isEmpty());
    CHECK(reg.formsState() == before);
}
