#include "Fold.h"

#include "Normalize.h"
#include "Syllable.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hotich::text {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"aeiouyăâêôơư").contains(c);
}

/// Adds a tone (as a combining mark) after the last vowel; NFC composes it.
QString withTone(QString word, char16_t mark)
{
    if (!mark)
        return nfc(word);
    for (qsizetype i = word.size() - 1; i >= 0; --i) {
        if (isVowel(word[i])) {
            word.insert(i + 1, QChar(mark));
            break;
        }
    }
    return nfc(word);
}

char16_t telexTone(QChar key)
{
    switch (key.unicode()) {
    case u's':
        return 0x0301;
    case u'f':
        return 0x0300;
    case u'r':
        return 0x0309;
    case u'x':
        return 0x0303;
    case u'j':
        return 0x0323;
    default:
        return 0;
    }
}

} // namespace

QString fromTelex(QStringView typed)
{
    QString word = typed.toString().toLower();
    // A tone key is one of s f r x j after the first vowel (no Vietnamese syllable has them there).
    char16_t tone = 0;
    const qsizetype firstVowel = [&] {
        for (qsizetype i = 0; i < word.size(); ++i)
            if (isVowel(word[i]))
                return i;
        return qsizetype(-1);
    }();
    if (firstVowel < 0)
        return {};
    for (qsizetype i = word.size() - 1; i > firstVowel; --i) {
        if (telexTone(word[i])) {
            tone = telexTone(word[i]);
            word.remove(i, 1);
            break;
        }
    }
    word.replace(u"dd"_s, u"đ"_s);
    word.replace(u"uow"_s, u"ươ"_s);
    word.replace(u"aa"_s, u"â"_s);
    word.replace(u"aw"_s, u"ă"_s);
    word.replace(u"ee"_s, u"ê"_s);
    word.replace(u"oo"_s, u"ô"_s);
    word.replace(u"ow"_s, u"ơ"_s);
    word.replace(u"uw"_s, u"ư"_s);
    word.replace(u'w', u"ư"_s);
    const QString syllable = withTone(word, tone);
    return isVietnameseSyllable(syllable) ? syllable : QString();
}

QString fromVniTyping(QStringView typed)
{
    QString word;
    char16_t tone = 0;
    for (const QChar c : typed.toString().toLower()) {
        if (c < u'1' || c > u'9') {
            word += c;
            continue;
        }
        const auto modify = [&](const QString &from, const QString &to) {
            for (qsizetype i = word.size() - 1; i >= 0; --i) {
                if (const qsizetype k = from.indexOf(word[i]); k >= 0) {
                    word[i] = to[k];
                    return true;
                }
            }
            return false;
        };
        switch (c.unicode()) {
        case u'1':
            tone = 0x0301;
            break;
        case u'2':
            tone = 0x0300;
            break;
        case u'3':
            tone = 0x0309;
            break;
        case u'4':
            tone = 0x0303;
            break;
        case u'5':
            tone = 0x0323;
            break;
        case u'6':
            modify(u"aeo"_s, u"âêô"_s);
            break;
        case u'7':
            if (word.endsWith(u"uo"_s) || word.contains(u"uo"_s))
                word.replace(u"uo"_s, u"ươ"_s);
            else
                modify(u"ou"_s, u"ơư"_s);
            break;
        case u'8':
            modify(u"a"_s, u"ă"_s);
            break;
        case u'9':
            modify(u"d"_s, u"đ"_s);
            break;
        default:
            break;
        }
    }
    const QString syllable = withTone(word, tone);
    return isVietnameseSyllable(syllable) ? syllable : QString();
}

QString foldQuery(QStringView query)
{
    const bool ownLetters =
        std::any_of(query.begin(), query.end(), [](QChar c) { return c.unicode() >= 0x80; });
    if (ownLetters)
        return fold(query);
    QStringList words;
    for (QStringView word : QStringView(query).split(u' ', Qt::SkipEmptyParts)) {
        if (isVietnameseSyllable(word.toString().toLower()) ||
            !std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); })) {
            words << word.toString();
            continue;
        }
        const bool hasDigit = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
        const QString meant = hasDigit ? fromVniTyping(word) : fromTelex(word);
        words << (meant.isEmpty() ? word.toString() : meant);
    }
    return fold(words.join(u' '));
}

} // namespace hotich::text
