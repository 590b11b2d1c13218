#include "Normalize.h"

using namespace Qt::StringLiterals;

namespace hotich::text {

namespace {

/// True when the text is NFC for certain without running the normaliser: every character is
/// below U+0300 (no combining marks) or a precomposed letter of Latin Extended Additional
/// (U+1E00–U+1EFF, where Vietnamese letters such as "ễ" live), whose NFC quick check is Yes.
bool surelyNfc(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x300 && (u < 0x1E00 || u > 0x1EFF))
            return false;
    }
    return true;
}

/// True when the text has no leading, trailing, doubled or non-space white space.
bool surelyTrimmed(QStringView text)
{
    if (text.isEmpty())
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u' ' ? text[i + 1] == u' ' : c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QString nfc(QStringView text)
{
    if (surelyNfc(text))
        return text.toString();
    return text.toString().normalized(QString::NormalizationForm_C);
}

QString cleanText(const QString &text)
{
    if (surelyNfc(text) && surelyTrimmed(text))
        return text; // shares the data: the common case costs no allocation
    return cleanText(QStringView(text));
}

QString cleanText(QStringView text)
{
    const QString normal = nfc(text);
    QString out;
    out.reserve(normal.size());
    bool pendingSpace = false;
    for (QChar c : normal) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

namespace {
QString codePointText(char32_t cp)
{
    return u"U+%1"_s.arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

Result<void> checkText(QStringView text, const QString &field)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            return Error::invalid(
                u"text.surrogate"_s, field,
                u"Văn bản có ký tự hỏng (nửa cặp UTF-16) ở vị trí %1"_s.arg(i + 1),
                u"Text holds a broken character (unpaired surrogate) at position %1"_s.arg(i + 1));
        }
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format) {
            return Error::invalid(
                u"text.control"_s, field,
                u"Văn bản có ký tự điều khiển %1 ở vị trí %2"_s.arg(codePointText(c.unicode())).arg(i + 1),
                u"Text holds the control character %1 at position %2"_s.arg(codePointText(c.unicode()))
                    .arg(i + 1));
        }
    }
    return {};
}

Result<void> checkName(QStringView text, const QString &field)
{
    if (auto r = checkText(text, field); !r)
        return r;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isLetter() || c.isMark() || c == u' ' || c == u'\'' || c == u'-' || c == u'.' || c == u'\u2019')
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size()) {
            const char32_t cp = QChar::surrogateToUcs4(c, text[i + 1]);
            ++i;
            if (QChar::isLetter(cp))
                continue;
        }
        return Error::invalid(
            u"name.character"_s, field,
            u"Họ tên không được chứa ký tự \"%1\" (vị trí %2)"_s.arg(c).arg(i + 1),
            u"A name may not contain the character \"%1\" (position %2)"_s.arg(c).arg(i + 1));
    }
    return {};
}

} // namespace hotich::text
