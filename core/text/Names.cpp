#include "Names.h"

#include "Fold.h"
#include "Normalize.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hotich::text {

namespace {

/// Two-word family names that are never read as family + middle name.
bool isCompoundFamilyName(const QString &first, const QString &second)
{
    static const QStringList compounds = {u"ton that"_s, u"ton nu"_s,  u"au duong"_s,
                                          u"tu ma"_s,    u"gia cat"_s, u"hoang phu"_s};
    return compounds.contains(fold(QString(first + u' ' + second)));
}

} // namespace

QString NameParts::full() const
{
    QStringList parts;
    for (const QString *p : {&family, &middle, &given}) {
        if (!p->isEmpty())
            parts << *p;
    }
    return parts.join(u' ');
}

NameParts splitFullName(QStringView fullName)
{
    const QStringList words = cleanText(fullName).split(u' ', Qt::SkipEmptyParts);
    NameParts parts;
    if (words.isEmpty())
        return parts;
    if (words.size() == 1) {
        parts.given = words.first();
        return parts;
    }
    qsizetype familyWords = 1;
    if (words.size() >= 3 && isCompoundFamilyName(words[0], words[1]))
        familyWords = 2;
    parts.family = words.mid(0, familyWords).join(u' ');
    parts.given = words.last();
    parts.middle = words.mid(familyWords, words.size() - familyWords - 1).join(u' ');
    return parts;
}

QString certificateForm(QStringView name)
{
    return cleanText(name).toUpper();
}

QString recoverTitleCase(QStringView name)
{
    const QString clean = cleanText(name);
    const bool allUpper = clean == clean.toUpper();
    const bool allLower = clean == clean.toLower();
    if (!allUpper && !allLower)
        return clean;
    QString out = clean.toLower();
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c == u' ' || c == u'-') {
            wordStart = i + 1;
            continue;
        }
        const bool startsWord = i == wordStart;
        const bool afterShortApostrophe =
            i >= 2 && (out[i - 1] == u'\'' || out[i - 1] == u'\u2019') && i - 1 - wordStart == 1;
        if (startsWord || afterShortApostrophe)
            out[i] = c.toUpper();
    }
    return out;
}

} // namespace hotich::text
