// Legacy font encodings: complete tables for the 134 letters, glibc agreement for TCVN3, detection.
#include <catch2/catch.hpp>

#include "support/CatchQt.h"
#include "support/TempDir.h"
#include "text/LegacyEncoding.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>

using namespace hotich;
using namespace hotich::text;
using namespace Qt::StringLiterals;

namespace {

QList<QStringList> rows(const QString &file)
{
    QList<QStringList> list;
    for (const QString &line : QString::fromUtf8(test::readTestData(file)).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u'#'))
            list << line.split(u'\t');
    }
    return list;
}

QByteArray hexBytes(const QString &hex)
{
    QByteArray bytes;
    for (const QString &h : hex.split(u' ', Qt::SkipEmptyParts))
        bytes += char(h.toInt(nullptr, 16));
    return bytes;
}

} // namespace

TEST_CASE("the VNI-Windows table covers all 134 letters both ways")
{
    const auto table = rows(u"text/vni.tsv"_s);
    REQUIRE(table.size() == 134);
    for (const QStringList &r : table) {
        INFO(r[0].toStdString() << " " << r[1].toStdString());
        const QByteArray expected = hexBytes(r[1]);
        CHECK(encodeVni(r[0]) == expected);
        CHECK(decodeVni(expected) == r[0]);
    }
}

TEST_CASE("the TCVN3 table covers all 134 letters and decodes as glibc's TCVN5712-1 does")
{
    const auto table = rows(u"text/tcvn3.tsv"_s);
    REQUIRE(table.size() == 134);
    for (const QStringList &r : table) {
        INFO(r[0].toStdString());
        const QByteArray bytes = hexBytes(r[1]);
        CHECK(encodeTcvn3(r[0]) == bytes);
        CHECK(decodeTcvn3(bytes) == r[0]);
    }
    // Every byte glibc knows decodes to the same character.
    int compared = 0;
    for (int b = 1; b < 256; ++b) {
        if (b == '\n' || b == '\r' || b == '\t')
            continue;
        QProcess iconv;
        iconv.start(u"iconv"_s, {u"-f"_s, u"TCVN5712-1"_s, u"-t"_s, u"UTF-8"_s});
        REQUIRE(iconv.waitForStarted(10000));
        iconv.write(QByteArray(1, char(b)));
        iconv.closeWriteChannel();
        REQUIRE(iconv.waitForFinished(10000));
        if (iconv.exitCode() != 0)
            continue;
        const QString glibc =
            QString::fromUtf8(iconv.readAllStandardOutput()).normalized(QString::NormalizationForm_C);
        INFO("byte " << b);
        CHECK(decodeTcvn3(QByteArray(1, char(b))) == glibc);
        ++compared;
    }
    CHECK(compared > 200);
}

TEST_CASE("a whole TCVN3 or VNI text decodes")
{
    CHECK(decodeTcvn3(encodeTcvn3(u"đăng ký khai sinh cho cháu nguyễn thị ánh tuyết"_s)) ==
          u"đăng ký khai sinh cho cháu nguyễn thị ánh tuyết"_s);
    CHECK(decodeVni(encodeVni(u"Bệnh viện Phụ sản Trung ương, Đặng Thuỳ Dương"_s)) ==
          u"Bệnh viện Phụ sản Trung ương, Đặng Thuỳ Dương"_s);
    CHECK(decodeVni("Nguye\xE3n Va\xEAn An") == u"Nguyễn Văn An"_s);
    CHECK(decodeTcvn3("nguy\xD4n v\xA8n an") == u"nguyễn văn an"_s);
}

TEST_CASE("the encoding of each cell of a mixed file is detected")
{
    const auto cells = rows(u"text/mixed-cells.tsv"_s);
    REQUIRE(cells.size() >= 30);
    for (const QStringList &c : cells) {
        INFO(c[0].toStdString() << ": " << c[2].toStdString());
        const DecodedText d = detectText(c[2]);
        CHECK(encodingName(d.encoding) == c[0]);
        CHECK(d.text == c[1]);
        // A legacy decoding must win outright; Unicode also wins ties (confidence 0: ambiguous).
        CHECK(d.confidence >= (c[0] == u"tcvn3"_s || c[0] == u"vni"_s ? 0.01 : 0.0));
    }
}

TEST_CASE("detection never corrupts text that is already Unicode")
{
    const QStringList family = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Bà"_s, u"Hà"_s,
                                u"Phạm"_s,   u"Đỗ"_s,   u"Mã"_s, u"Tô"_s};
    const QStringList given = {u"Tám"_s,  u"Ánh"_s,   u"Mê"_s,   u"Nam"_s, u"Lý"_s,
                               u"Bình"_s, u"Dương"_s, u"Thủy"_s, u"Ý"_s};
    QRandomGenerator random(7);
    for (int i = 0; i < 500; ++i) {
        const QString name =
            family[random.bounded(family.size())] + u' ' + given[random.bounded(given.size())];
        INFO(name.toStdString());
        const DecodedText d = detectText(name);
        CHECK(d.text == name);
    }
    const QString nfd = u"Nguyễn Văn Ân"_s.normalized(QString::NormalizationForm_D);
    CHECK(detectText(nfd).text == u"Nguyễn Văn Ân"_s);
}

TEST_CASE("raw bytes: UTF-8 against the legacy encodings")
{
    CHECK(detectBytes(QByteArray("Nguy\xE1\xBB\x85n V\xC4\x83n An")).encoding == TextEncoding::Unicode);
    const DecodedText tcvn = detectBytes(encodeTcvn3(u"trần thị bình, số 5 ngõ văn chương"_s));
    CHECK(tcvn.encoding == TextEncoding::Tcvn3);
    CHECK(tcvn.text == u"trần thị bình, số 5 ngõ văn chương"_s);
    const DecodedText vni = detectBytes(encodeVni(u"Phường Văn Miếu - Quốc Tử Giám"_s));
    CHECK(vni.encoding == TextEncoding::Vni);
    CHECK(vni.text == u"Phường Văn Miếu - Quốc Tử Giám"_s);
    CHECK(detectBytes("plain ascii").encoding == TextEncoding::Ascii);
    CHECK(windows1252Bytes(u"Nguyễn"_s) == std::nullopt);
    CHECK(windows1252Bytes(u"€ab"_s) == QByteArray("\x80"
                                                   "ab"));
}
