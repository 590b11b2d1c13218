// hotich-admin text … and places find, through the binary.
#include <catch2/catch.hpp>

#include "support/AdminProcess.h"
#include "support/TempDir.h"

#include <QHash>
#include <QJsonObject>

using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

/// Legacy-encoded bytes of `text` from a table of tests/data/text (letter, tab, bytes in hex),
/// made independently of hotich's encoders (generate.py): ASCII passes through as it is.
QByteArray encodeWithTable(const QString &table, const QString &text)
{
    QHash<QChar, QByteArray> bytesOf;
    for (const QString &line : QString::fromUtf8(readTestData(u"text/"_s + table)).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 2);
        REQUIRE(fields[0].size() == 1);
        for (const QString &hex : fields[1].split(u' ', Qt::SkipEmptyParts))
            bytesOf[fields[0][0]] += char(hex.toInt(nullptr, 16));
    }
    REQUIRE(bytesOf.size() == 134);
    QByteArray bytes;
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            bytes += char(c.unicode());
            continue;
        }
        INFO("letter " << QString(c).toStdString() << " in " << table.toStdString());
        REQUIRE(bytesOf.contains(c));
        bytes += bytesOf.value(c);
    }
    return bytes;
}

} // namespace

TEST_CASE("cli: text nfc and fold work line by line")
{
    const QString nfd = u"Nguyễn Văn Ân\nHoà Thuý\n"_s.normalized(QString::NormalizationForm_D);
    AdminRun nfc = runAdmin({u"text"_s, u"nfc"_s}, nfd.toUtf8());
    REQUIRE(nfc.exitCode == 0);
    CHECK(QString::fromUtf8(nfc.out) == u"Nguyễn Văn Ân\nHoà Thuý\n"_s);
    AdminRun fold = runAdmin({u"text"_s, u"fold"_s}, "Nguyễn  Văn Ân\nĐặng Thuý\n");
    REQUIRE(fold.exitCode == 0);
    CHECK(fold.out == "nguyen van an\ndang thuy\n");
    AdminRun bad = runAdmin({u"text"_s, u"fold"_s}, "ok\n\xFF\xFE broken\n");
    CHECK(bad.exitCode == 2);
    CHECK(bad.errText().contains(u"Dòng 2"_s));
}

TEST_CASE("cli: numbers and dates in words")
{
    AdminRun words = runAdmin({u"text"_s, u"words"_s, u"2018"_s});
    REQUIRE(words.exitCode == 0);
    CHECK(QString::fromUtf8(words.out).trimmed() == u"hai nghìn không trăm mười tám"_s);
    CHECK(QString::fromUtf8(runAdmin({u"text"_s, u"words"_s, u"105"_s, u"--linh"_s}).out).trimmed() ==
          u"một trăm linh năm"_s);
    AdminRun date = runAdmin({u"text"_s, u"date-words"_s, u"2018-10-15"_s});
    REQUIRE(date.exitCode == 0);
    CHECK(QString::fromUtf8(date.out).trimmed() ==
          u"ngày mười lăm tháng mười năm hai nghìn không trăm mười tám"_s);
    CHECK(runAdmin({u"text"_s, u"words"_s, u"-3"_s}).exitCode == 2);
    CHECK(runAdmin({u"text"_s, u"words"_s, u"abc"_s}).exitCode == 2);
    CHECK(runAdmin({u"text"_s, u"words"_s, u"1000000000000"_s}).exitCode == 2);
    AdminRun impossible = runAdmin({u"text"_s, u"date-words"_s, u"2019-02-30"_s});
    CHECK(impossible.exitCode == 2);
    CHECK(impossible.errText().contains(u"30/02/2019"_s));
}

TEST_CASE("cli: text decode from TCVN3, VNI and auto")
{
    const QString text = u"đăng ký khai sinh cho cháu nguyễn thị ánh tuyết"_s;
    AdminRun tcvn =
        runAdmin({u"text"_s, u"decode"_s, u"--from"_s, u"tcvn3"_s}, encodeWithTable(u"tcvn3.tsv"_s, text));
    REQUIRE(tcvn.exitCode == 0);
    CHECK(QString::fromUtf8(tcvn.out) == text);
    const QString vniText = u"Bệnh viện Phụ sản, Đặng Thuỳ Dương"_s;
    AdminRun vni =
        runAdmin({u"text"_s, u"decode"_s, u"--from"_s, u"vni"_s}, encodeWithTable(u"vni.tsv"_s, vniText));
    CHECK(QString::fromUtf8(vni.out) == vniText);
    const QByteArray mixed = encodeWithTable(u"tcvn3.tsv"_s, u"trần thị bình"_s) + '\n' +
                             encodeWithTable(u"vni.tsv"_s, u"Phường Văn Miếu"_s) + '\n' +
                             u"Nguyễn Văn An"_s.toUtf8() + '\n';
    AdminRun detected = runAdmin({u"text"_s, u"decode"_s, u"--from"_s, u"auto"_s}, mixed);
    REQUIRE(detected.exitCode == 0);
    CHECK(QString::fromUtf8(detected.out) == u"trần thị bình\nPhường Văn Miếu\nNguyễn Văn An\n"_s);
    CHECK(detected.errText().contains(u"tcvn3 1"_s));
    CHECK(detected.errText().contains(u"vni 1"_s));
    CHECK(detected.errText().contains(u"unicode 1"_s));
    CHECK(runAdmin({u"text"_s, u"decode"_s, u"--from"_s, u"koi8"_s}, "x").exitCode == 2);
}

TEST_CASE("cli: text check-id explains which part is wrong")
{
    AdminRun ok = runAdmin({u"text"_s, u"check-id"_s, u"001226001234"_s, u"--sex"_s, u"male"_s,
                            u"--birth-date"_s, u"2026-11-02"_s});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.trimmed() == "ok");
    AdminRun sex = runAdmin({u"text"_s, u"check-id"_s, u"001226001234"_s, u"--sex"_s, u"female"_s});
    CHECK(sex.exitCode == 2);
    CHECK(QString::fromUtf8(sex.out).contains(u"Chữ số thứ 4"_s));
    AdminRun length = runAdmin({u"text"_s, u"check-id"_s, u"12345"_s, u"--lang"_s, u"en"_s});
    CHECK(length.exitCode == 2);
    CHECK(QString::fromUtf8(length.out).contains(u"exactly 12 digits"_s));
}

TEST_CASE("cli: places find by name with or without diacritics and by date")
{
    AdminRun now = runAdmin({u"places"_s, u"find"_s, u"ba"_s, u"dinh"_s});
    REQUIRE(now.exitCode == 0);
    REQUIRE_FALSE(now.json().isEmpty());
    CHECK(now.first().value(u"code"_s).toString() == u"00004"_s);
    CHECK(now.first().value(u"fullName"_s).toString() == u"Phường Ba Đình"_s);
    CHECK(now.first().value(u"path"_s).toString() == u"Phường Ba Đình, Thành phố Hà Nội"_s);
    AdminRun old = runAdmin({u"places"_s, u"find"_s, u"Trúc Bạch"_s, u"--on"_s, u"2001-05-01"_s});
    REQUIRE(old.json().size() == 1);
    CHECK(old.first().value(u"path"_s).toString() == u"Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội"_s);
    CHECK(runAdmin({u"places"_s, u"find"_s, u"Trúc Bạch"_s}).json().isEmpty());
    CHECK(runAdmin({u"places"_s, u"find"_s, u"x"_s, u"--on"_s, u"2001-13-01"_s}).exitCode == 2);
}
