#include <catch2/catch.hpp>

#include "support/TempDir.h"
#include "text/Fold.h"
#include "text/Names.h"
#include "text/Normalize.h"
#include "util/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QStringList>

using namespace hotich;
using namespace Qt::StringLiterals;

namespace {

struct LetterRow
{
    QString nfc;
    QString nfd;
    QString folded;
};

QList<LetterRow> letterTable()
{
    QList<LetterRow> rows;
    const QString text = QString::fromUtf8(test::readTestData(u"text/letters.tsv"_s));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        QString nfd;
        for (const QString &hex : f[1].split(u' '))
            nfd += QChar(char16_t(hex.toUShort(nullptr, 16)));
        rows.append({f[0], nfd, f[2]});
    }
    return rows;
}

} // namespace

TEST_CASE("every Vietnamese letter survives NFC and NFD and folds to its base letter")
{
    const auto rows = letterTable();
    REQUIRE(rows.size() == 134);
    for (const auto &row : rows) {
        INFO(row.nfc.toStdString());
        CHECK(text::nfc(row.nfd) == row.nfc);
        CHECK(text::nfc(row.nfc) == row.nfc);
        CHECK(text::fold(row.nfc) == row.folded);
        CHECK(text::fold(row.nfd) == row.folded);
    }
}

TEST_CASE("names print in capitals keeping every mark and come back from capitals letter by letter")
{
    // The table lists the 67 lower-case letters, then their capitals in the same order.
    const auto rows = letterTable();
    REQUIRE(rows.size() == 134);
    for (qsizetype i = 0; i < 67; ++i) {
        const QString lower = rows[i].nfc;
        const QString upper = rows[i + 67].nfc;
        INFO(lower.toStdString() << " " << upper.toStdString());
        REQUIRE(rows[i].folded == rows[i + 67].folded);
        CHECK(text::certificateForm(lower) == upper);
        CHECK(text::certificateForm(rows[i].nfd) == upper); // printed in NFC whatever was typed
        CHECK(text::certificateForm(upper) == upper);
        // Two words that begin and end with the letter: capitals throughout, or at the start only.
        const QString word = lower + u"an"_s + lower;
        const QString capitals = upper + u"AN"_s + upper;
        const QString title = upper + u"an"_s + lower;
        CHECK(text::certificateForm(QString(u' ' + word + u"  "_s + word)) ==
              QString(capitals + u' ' + capitals));
        CHECK(text::recoverTitleCase(QString(word + u' ' + word)) == QString(title + u' ' + title));
        CHECK(text::recoverTitleCase(QString(capitals + u' ' + capitals)) == QString(title + u' ' + title));
        CHECK(text::recoverTitleCase(title) == title); // mixed case is left as it is
    }
}

TEST_CASE("folding makes spellings of one name equal")
{
    CHECK(text::fold(u"Nguyễn  Văn   An"_s) == u"nguyen van an"_s);
    CHECK(text::fold(u"  NGUYỄN VĂN AN "_s) == u"nguyen van an"_s);
    CHECK(text::fold(u"Đặng Đình Đức"_s) == u"dang dinh duc"_s);
    CHECK(text::fold(u"Hoà"_s) == text::fold(u"Hòa"_s));
    CHECK(text::fold(u"Thuý"_s) == text::fold(u"Thúy"_s));
    CHECK(text::fold(u"Nguyễn"_s.normalized(QString::NormalizationForm_D)) == u"nguyen"_s);
    CHECK(text::fold(u""_s).isEmpty());
    CHECK(text::fold(u"H'Mông"_s) == u"h'mong"_s);
}

TEST_CASE("cleanText stores NFC with single spaces")
{
    CHECK(text::cleanText(u"  Trần\t Thị\nBình  "_s) == u"Trần Thị Bình"_s);
    const QString nfd = u"Nguyễn Thị Ánh Tuyết"_s.normalized(QString::NormalizationForm_D);
    CHECK(text::cleanText(nfd) == u"Nguyễn Thị Ánh Tuyết"_s);
}

TEST_CASE("names reject control characters broken surrogates and digits")
{
    CHECK(text::checkName(u"Nguyễn Văn An"_s, u"f"_s).ok());
    CHECK(text::checkName(u"H'Hen Niê"_s, u"f"_s).ok());
    CHECK(text::checkName(u"Nguyễn-Trần Ánh"_s, u"f"_s).ok());

    const auto control = text::checkName(u"Nguyễn\u0007An"_s, u"subject.givenName"_s);
    REQUIRE_FALSE(control.ok());
    CHECK(control.error().code == u"text.control"_s);
    CHECK(control.error().field == u"subject.givenName"_s);
    CHECK(control.error().vi.contains(u"U+0007"_s));

    QString broken = u"An"_s;
    broken += QChar(char16_t(0xD800));
    const auto surrogate = text::checkName(broken, u"f"_s);
    REQUIRE_FALSE(surrogate.ok());
    CHECK(surrogate.error().code == u"text.surrogate"_s);

    const auto digit = text::checkName(u"An 2"_s, u"f"_s);
    REQUIRE_FALSE(digit.ok());
    CHECK(digit.error().code == u"name.character"_s);

    CHECK_FALSE(text::checkText(u"zero\u200Bwidth"_s, u"f"_s).ok());
    CHECK(text::checkText(u"Số 12, đường Láng"_s, u"f"_s).ok());
}

TEST_CASE("full names split into family middle and given names")
{
    auto p = text::splitFullName(u"Nguyễn Thị Ánh Tuyết"_s);
    CHECK(p.family == u"Nguyễn"_s);
    CHECK(p.middle == u"Thị Ánh"_s);
    CHECK(p.given == u"Tuyết"_s);
    CHECK(p.full() == u"Nguyễn Thị Ánh Tuyết"_s);

    p = text::splitFullName(u"Lê An"_s);
    CHECK(p.family == u"Lê"_s);
    CHECK(p.middle.isEmpty());
    CHECK(p.given == u"An"_s);

    p = text::splitFullName(u"Tôn Thất Thuyết"_s);
    CHECK(p.family == u"Tôn Thất"_s);
    CHECK(p.middle.isEmpty());
    CHECK(p.given == u"Thuyết"_s);

    p = text::splitFullName(u"Pờ"_s);
    CHECK(p.family.isEmpty());
    CHECK(p.given == u"Pờ"_s);
}

TEST_CASE("certificate form and title-case recovery")
{
    CHECK(text::certificateForm(u"Nguyễn Thị Ánh Tuyết"_s) == u"NGUYỄN THỊ ÁNH TUYẾT"_s);
    CHECK(text::certificateForm(u"đặng ưng"_s) == u"ĐẶNG ƯNG"_s);
    CHECK(text::recoverTitleCase(u"NGUYỄN THỊ ÁNH TUYẾT"_s) == u"Nguyễn Thị Ánh Tuyết"_s);
    CHECK(text::recoverTitleCase(u"đặng văn ơn"_s) == u"Đặng Văn Ơn"_s);
    CHECK(text::recoverTitleCase(u"h'hen niê"_s) == u"H'Hen Niê"_s);
    CHECK(text::recoverTitleCase(u"McDonald Trần"_s) == u"McDonald Trần"_s);
}

TEST_CASE("the compact JSON writer round-trips through Qt's parser")
{
    const QJsonObject object{{u"name"_s, u"Nguyễn \"Văn\" \\ An\n\t\u0001"_s},
                             {u"n"_s, 42},
                             {u"big"_s, 1e20},
                             {u"half"_s, 0.5},
                             {u"yes"_s, true},
                             {u"none"_s, QJsonValue::Null},
                             {u"list"_s, QJsonArray{1, u"hai"_s, QJsonObject{{u"ba"_s, 3}}}},
                             {u"nested"_s, QJsonObject{{u"b"_s, 2}, {u"a"_s, 1}}}};
    const QString text = compactJson(object);
    CHECK(QJsonDocument::fromJson(text.toUtf8()).object() == object);
    CHECK(text.startsWith(u"{\"big\":"_s));                  // members in sorted order
    CHECK(text.contains(u"\"nested\":{\"a\":1,\"b\":2}"_s)); // no spaces
    CHECK(text.contains(u"Nguyễn"_s));                       // non-ASCII kept as it is
}
