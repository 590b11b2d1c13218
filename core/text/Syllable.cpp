#include "Syllable.h"

#include "Letters.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace hotich::text {

namespace {

using detail::Shape;
using detail::Tone;

/// The letter with its shape but without tone, lower case: "Ễ" → "ê".
QChar shaped(char16_t base, Shape shape)
{
    switch (shape) {
    case Shape::Breve:
        return base == u'a' ? QChar(u'ă') : QChar(base);
    case Shape::Circumflex:
        return base == u'a'   ? QChar(u'â')
               : base == u'e' ? QChar(u'ê')
               : base == u'o' ? QChar(u'ô')
                              : QChar(base);
    case Shape::Horn:
        return base == u'o' ? QChar(u'ơ') : base == u'u' ? QChar(u'ư') : QChar(base);
    case Shape::Stroke:
        return QChar(u'đ');
    case Shape::None:
        break;
    }
    return QChar(base);
}

const QSet<QString> &onsets()
{
    static const QSet<QString> set = {u"b"_s,  u"c"_s,   u"ch"_s, u"d"_s,  u"đ"_s,  u"g"_s,  u"gh"_s,
                                      u"gi"_s, u"h"_s,   u"k"_s,  u"kh"_s, u"l"_s,  u"m"_s,  u"n"_s,
                                      u"ng"_s, u"ngh"_s, u"nh"_s, u"p"_s,  u"ph"_s, u"qu"_s, u"r"_s,
                                      u"s"_s,  u"t"_s,   u"th"_s, u"tr"_s, u"v"_s,  u"x"_s};
    return set;
}

const QSet<QString> &rhymes()
{
    static const QSet<QString> set = [] {
        const QStringList list = {
            u"a"_s,   u"ac"_s,   u"ach"_s,  u"ai"_s,   u"am"_s,   u"an"_s,   u"ang"_s,  u"anh"_s,  u"ao"_s,
            u"ap"_s,  u"at"_s,   u"au"_s,   u"ay"_s,   u"ăc"_s,   u"ăm"_s,   u"ăn"_s,   u"ăng"_s,  u"ăp"_s,
            u"ăt"_s,  u"âc"_s,   u"âm"_s,   u"ân"_s,   u"âng"_s,  u"âp"_s,   u"ât"_s,   u"âu"_s,   u"ây"_s,
            u"e"_s,   u"ec"_s,   u"em"_s,   u"en"_s,   u"eng"_s,  u"eo"_s,   u"ep"_s,   u"et"_s,   u"ê"_s,
            u"êch"_s, u"êm"_s,   u"ên"_s,   u"ênh"_s,  u"êp"_s,   u"êt"_s,   u"êu"_s,   u"i"_s,    u"ia"_s,
            u"ich"_s, u"im"_s,   u"in"_s,   u"inh"_s,  u"ip"_s,   u"it"_s,   u"iu"_s,   u"iêc"_s,  u"iêm"_s,
            u"iên"_s, u"iêng"_s, u"iêp"_s,  u"iêt"_s,  u"iêu"_s,  u"o"_s,    u"oa"_s,   u"oac"_s,  u"oach"_s,
            u"oai"_s, u"oam"_s,  u"oan"_s,  u"oang"_s, u"oanh"_s, u"oao"_s,  u"oap"_s,  u"oat"_s,  u"oay"_s,
            u"oăc"_s, u"oăm"_s,  u"oăn"_s,  u"oăng"_s, u"oăt"_s,  u"oc"_s,   u"oe"_s,   u"oen"_s,  u"oeo"_s,
            u"oet"_s, u"oi"_s,   u"om"_s,   u"on"_s,   u"ong"_s,  u"oong"_s, u"op"_s,   u"ot"_s,   u"ô"_s,
            u"ôc"_s,  u"ôi"_s,   u"ôm"_s,   u"ôn"_s,   u"ông"_s,  u"ôp"_s,   u"ôt"_s,   u"ơ"_s,    u"ơi"_s,
            u"ơm"_s,  u"ơn"_s,   u"ơp"_s,   u"ơt"_s,   u"u"_s,    u"ua"_s,   u"uân"_s,  u"uâng"_s, u"uât"_s,
            u"uây"_s, u"uc"_s,   u"uê"_s,   u"uêch"_s, u"uênh"_s, u"ui"_s,   u"um"_s,   u"un"_s,   u"ung"_s,
            u"uơ"_s,  u"uôc"_s,  u"uôi"_s,  u"uôm"_s,  u"uôn"_s,  u"uông"_s, u"uôt"_s,  u"up"_s,   u"ut"_s,
            u"uy"_s,  u"uya"_s,  u"uych"_s, u"uyên"_s, u"uyêt"_s, u"uyn"_s,  u"uynh"_s, u"uyp"_s,  u"uyt"_s,
            u"uyu"_s, u"ư"_s,    u"ưa"_s,   u"ưc"_s,   u"ưi"_s,   u"ưm"_s,   u"ưn"_s,   u"ưng"_s,  u"ưt"_s,
            u"ưu"_s,  u"ươc"_s,  u"ươi"_s,  u"ươm"_s,  u"ươn"_s,  u"ương"_s, u"ươp"_s,  u"ươt"_s,  u"ươu"_s,
            u"y"_s,   u"yêm"_s,  u"yên"_s,  u"yêng"_s, u"yêt"_s,  u"yêu"_s};
        return QSet<QString>(list.begin(), list.end());
    }();
    return set;
}

bool isCheckedEnding(const QString &rhyme)
{
    return rhyme.endsWith(u'c') || rhyme.endsWith(u"ch"_s) || rhyme.endsWith(u'p') || rhyme.endsWith(u't');
}

bool validRhyme(const QString &rhyme, Tone tone)
{
    if (!rhymes().contains(rhyme))
        return false;
    // Syllables closed by -c, -ch, -p, -t carry only the sắc or nặng tone.
    return !isCheckedEnding(rhyme) || tone == Tone::Acute || tone == Tone::Dot;
}

} // namespace

bool isVietnameseSyllable(QStringView word)
{
    if (word.isEmpty() || word.size() > 8)
        return false;
    QString plain; // shaped letters without tone
    Tone tone = Tone::Level;
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= detail::kLetterTableSize)
            return false;
        const auto &info = detail::letterInfo(u);
        if (info.combiningMark) {
            if (info.tone != Tone::Level) {
                if (tone != Tone::Level)
                    return false;
                tone = info.tone;
            }
            continue; // a shape given as a lone mark is not Vietnamese spelling
        }
        if (info.base < u'a' || info.base > u'z')
            return false;
        if (info.tone != Tone::Level) {
            if (tone != Tone::Level)
                return false;
            tone = info.tone;
        }
        plain += shaped(info.base, info.shape);
    }
    // Longest initial consonant first ("ngh" before "ng" before "n"), then "gi"/"qu" need care.
    for (int length = std::min<int>(3, int(plain.size())); length >= 0; --length) {
        const QString onset = plain.left(length);
        if (length > 0 && !onsets().contains(onset))
            continue;
        const QString rhyme = plain.mid(length);
        if (rhyme.isEmpty()) {
            if (onset == u"gi"_s) // "gì": g + i
                return true;
            continue;
        }
        if (validRhyme(rhyme, tone))
            return true;
        if (onset == u"gi"_s && validRhyme(u'i' + rhyme, tone)) // "giêng" is gi + iêng
            return true;
    }
    return false;
}

double syllableShare(QStringView text)
{
    int words = 0;
    int valid = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && (text[i].isLetter() || text[i].isMark());
        if (letter && start < 0)
            start = i;
        if (!letter && start >= 0) {
            ++words;
            if (isVietnameseSyllable(text.sliced(start, i - start).toString().toLower()))
                ++valid;
            start = -1;
        }
    }
    return words ? double(valid) / words : 0.0;
}

} // namespace hotich::text
