#include <catch2/catch.hpp>

#include "support/CatchQt.h"
#include "support/TempDir.h"
#include "text/Fold.h"
#include "text/NumberWords.h"
#include "text/Syllable.h"

#include <QStringList>

using namespace hotich;
using namespace Qt::StringLiterals;

TEST_CASE("numbers in words follow the rules at every boundary")
{
    const QString table = QString::fromUtf8(test::readTestData(u"text/number-words.tsv"_s));
    int rows = 0;
    text::WordStyle southern;
    southern.linh = true;
    southern.ngan = true;
    southern.bon = true;
    for (const QString &line : table.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        const qint64 n = f[0].toLongLong();
        INFO(n);
        CHECK(text::numberInWords(n) == f[1]);
        CHECK(text::numberInWords(n, southern) == (f.value(2).isEmpty() ? f[1] : f[2]));
        ++rows;
    }
    CHECK(rows >= 40);
    CHECK(text::numberInWords(-1).isEmpty());
    CHECK(text::numberInWords(1'000'000'000'000).isEmpty());
}

TEST_CASE("dates and times in words")
{
    CHECK(text::dateInWords(QDate(2018, 10, 15)) ==
          u"ngày mười lăm tháng mười năm hai nghìn không trăm mười tám"_s);
    CHECK(text::dateInWords(QDate(2026, 4, 5)) ==
          u"ngày mồng năm tháng tư năm hai nghìn không trăm hai mươi sáu"_s);
    CHECK(text::dateInWords(QDate(2001, 12, 31)) ==
          u"ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm lẻ một"_s);
    text::WordStyle south;
    south.smallDayPrefix = u"mùng"_s;
    south.linh = true;
    CHECK(text::dateInWords(QDate(2001, 1, 10), south) ==
          u"ngày mùng mười tháng một năm hai nghìn không trăm linh một"_s);
    south.smallDayPrefix.clear();
    CHECK(text::dateInWords(QDate(1999, 2, 1), south) ==
          u"ngày một tháng hai năm một nghìn chín trăm chín mươi chín"_s);
    CHECK(text::timeInWords(QTime(14, 30)) == u"mười bốn giờ ba mươi phút"_s);
    CHECK(text::timeInWords(QTime(0, 5)) == u"không giờ năm phút"_s);
    CHECK(text::dateInWords(QDate()).isEmpty());
}

TEST_CASE("partial dates in words: a month and a year or a year alone")
{
    CHECK(text::partialDateInWords(1998, 4) == u"tháng tư năm một nghìn chín trăm chín mươi tám"_s);
    CHECK(text::partialDateInWords(2005, 11) == u"tháng mười một năm hai nghìn không trăm lẻ năm"_s);
    CHECK(text::partialDateInWords(1998, 0) == u"năm một nghìn chín trăm chín mươi tám"_s);
    CHECK(text::partialDateInWords(0, 0).isEmpty());
    CHECK(text::partialDateInWords(1998, 13).isEmpty());
}

TEST_CASE("Vietnamese syllables are recognised")
{
    for (const QString &word :
         {u"nguyễn"_s, u"Văn"_s,  u"an"_s,      u"hoà"_s,    u"hòa"_s,    u"thuý"_s, u"khuyến"_s, u"giêng"_s,
          u"gì"_s,     u"quốc"_s, u"nghiêng"_s, u"trường"_s, u"đặng"_s,   u"ưng"_s,  u"ngoằn"_s,  u"xoong"_s,
          u"huỳnh"_s,  u"yến"_s,  u"bệnh"_s,    u"viện"_s,   u"phường"_s, u"xã"_s}) {
        INFO(word.toStdString());
        CHECK(text::isVietnameseSyllable(word));
    }
    for (const QString &word : {u"nguyÔn"_s, u"v¨n"_s, u"hello"_s, u"thomas"_s, u"trÇn"_s, u"mát"_s.left(0),
                                u"bàc"_s, u"ảnk"_s, u"nguyễnn"_s, u"aé"_s, u"x"_s}) {
        INFO(word.toStdString());
        CHECK_FALSE(text::isVietnameseSyllable(word));
    }
    CHECK(text::syllableShare(u"Nguyễn Văn An, số 12"_s) == 1.0);
    CHECK(text::syllableShare(u"NguyÔn V¨n An"_s) < 0.5);
    CHECK(text::syllableShare(u"123 !!"_s) == 0.0);
}

TEST_CASE("queries typed with Telex or VNI leftovers fold to the letters they meant")
{
    CHECK(text::foldQuery(u"nguyeenx"_s) == u"nguyen"_s);
    CHECK(text::foldQuery(u"nguye6n4"_s) == u"nguyen"_s);
    CHECK(text::foldQuery(u"Nguyeenx Vawn Awn"_s) == u"nguyen van an"_s);
    CHECK(text::foldQuery(u"thanhf"_s) == u"thanh"_s);
    CHECK(text::foldQuery(u"ddawngj"_s) == u"dang"_s);
    CHECK(text::foldQuery(u"truwowngf"_s) == u"truong"_s);
    CHECK(text::foldQuery(u"d9a85ng"_s) == u"dang"_s);
    // Already meaningful or not Vietnamese at all: left alone.
    CHECK(text::foldQuery(u"nguyen van an"_s) == u"nguyen van an"_s);
    CHECK(text::foldQuery(u"Thomas Alex"_s) == u"thomas alex"_s);
    CHECK(text::foldQuery(u"12/05/1998"_s) == u"12/05/1998"_s);
    // A query with Vietnamese letters of its own is only folded.
    CHECK(text::foldQuery(u"Nguyễn Vawn"_s) == u"nguyen vawn"_s);
}
