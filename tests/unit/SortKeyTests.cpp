#include <catch2/catch.hpp>

#include "support/CatchQt.h"

#include "text/SortKey.h"

#include <QCollator>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

using namespace hotich;
using namespace Qt::StringLiterals;

namespace {

int sign(int v)
{
    return (v > 0) - (v < 0);
}

QStringList sortedByKey(QStringList names)
{
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return text::vietnameseSortKey(a) < text::vietnameseSortKey(b);
    });
    return names;
}

} // namespace

TEST_CASE("sort keys follow the Vietnamese alphabet and tone order")
{
    CHECK(sortedByKey({u"Đức"_s, u"Dũng"_s, u"Ăn"_s, u"An"_s, u"Âu"_s, u"Bình"_s}) ==
          QStringList{u"An"_s, u"Ăn"_s, u"Âu"_s, u"Bình"_s, u"Dũng"_s, u"Đức"_s});
    // ngang, huyền, hỏi, ngã, sắc, nặng
    CHECK(sortedByKey({u"Ạnh"_s, u"Ánh"_s, u"Ãnh"_s, u"Ảnh"_s, u"Ành"_s, u"Anh"_s}) ==
          QStringList{u"Anh"_s, u"Ành"_s, u"Ảnh"_s, u"Ãnh"_s, u"Ánh"_s, u"Ạnh"_s});
    CHECK(sortedByKey({u"Ơn"_s, u"Ôn"_s, u"On"_s, u"Ưng"_s, u"Ung"_s}) ==
          QStringList{u"On"_s, u"Ôn"_s, u"Ơn"_s, u"Ung"_s, u"Ưng"_s});
    // A shorter word sorts before a longer one with the same start, whatever the tones.
    CHECK(text::vietnameseSortKey(u"An Bình"_s) < text::vietnameseSortKey(u"Anh"_s));
    CHECK(text::vietnameseSortKey(u"an"_s) < text::vietnameseSortKey(u"An"_s));
    // NFD input gives the same key.
    CHECK(text::vietnameseSortKey(u"Nguyễn"_s.normalized(QString::NormalizationForm_D)) ==
          text::vietnameseSortKey(u"Nguyễn"_s));
}

TEST_CASE("sort keys order names as ICU's vi collation does")
{
    const QStringList family = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s,
                                u"Huỳnh"_s,  u"Phan"_s, u"Vũ"_s, u"Võ"_s,   u"Đặng"_s,
                                u"Bùi"_s,    u"Đỗ"_s,   u"Hồ"_s, u"Ngô"_s,  u"Dương"_s,
                                u"Lý"_s,     u"Ông"_s,  u"Âu"_s, u"Ưng"_s,  u"Ân"_s};
    const QStringList middle = {u"Văn"_s,   u"Thị"_s,  u"Đức"_s, u"Hữu"_s,  u"Minh"_s, u"Ngọc"_s,
                                u"Thanh"_s, u"Quốc"_s, u"Ánh"_s, u"Xuân"_s, u""_s};
    const QStringList given = {u"An"_s,   u"Ân"_s,   u"Ấn"_s,   u"Anh"_s,  u"Ánh"_s,  u"Bình"_s, u"Cường"_s,
                               u"Dũng"_s, u"Đức"_s,  u"Hà"_s,   u"Hạ"_s,   u"Hải"_s,  u"Hoà"_s,  u"Hòa"_s,
                               u"Hùng"_s, u"Hưng"_s, u"Khoa"_s, u"Lan"_s,  u"Linh"_s, u"Mai"_s,  u"Ngân"_s,
                               u"Nga"_s,  u"Ơn"_s,   u"Ôn"_s,   u"Phúc"_s, u"Quân"_s, u"Sơn"_s,  u"Thuý"_s,
                               u"Thúy"_s, u"Tú"_s,   u"Tư"_s,   u"Uyên"_s, u"Ưng"_s,  u"Vy"_s,   u"Yến"_s};
    QRandomGenerator random(20261126);
    QStringList names;
    for (int i = 0; i < 3000; ++i) {
        QString name = family[random.bounded(family.size())];
        const QString m = middle[random.bounded(middle.size())];
        if (!m.isEmpty())
            name += u' ' + m;
        name += u' ' + given[random.bounded(given.size())];
        if (random.bounded(10) == 0)
            name = name.toUpper();
        names << name;
    }
    QCollator collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    int disagreements = 0;
    for (qsizetype i = 0; i + 1 < names.size(); ++i) {
        const QString &a = names[i];
        const QString &b = names[i + 1];
        const int expected = sign(collator.compare(a, b));
        const int actual = sign(text::vietnameseSortKey(a).compare(text::vietnameseSortKey(b)));
        if (expected != actual) {
            ++disagreements;
            UNSCOPED_INFO(a.toStdString()
                          << " vs " << b.toStdString() << ": ICU " << expected << ", key " << actual);
        }
    }
    CHECK(disagreements == 0);
}
