#include "Letters.h"

#include <QChar>
#include <QString>

#include <array>

namespace hotich::text::detail {

namespace {

void applyMark(LetterInfo &info, char16_t mark)
{
    switch (mark) {
    case 0x0300:
        info.tone = Tone::Grave;
        break;
    case 0x0309:
        info.tone = Tone::Hook;
        break;
    case 0x0303:
        info.tone = Tone::Tilde;
        break;
    case 0x0301:
        info.tone = Tone::Acute;
        break;
    case 0x0323:
        info.tone = Tone::Dot;
        break;
    case 0x0306:
        info.shape = Shape::Breve;
        break;
    case 0x0302:
        info.shape = Shape::Circumflex;
        break;
    case 0x031B:
        info.shape = Shape::Horn;
        break;
    default:
        break; // other marks (e.g. a diaeresis in a foreign name) fold away without a weight
    }
}

LetterInfo describe(char16_t code)
{
    LetterInfo info;
    const QChar c(code);
    if (c.isMark()) {
        info.combiningMark = true;
        applyMark(info, code);
        return info;
    }
    info.upper = c.isUpper();
    if (code == 0x0110 || code == 0x0111) { // Đ đ: Unicode gives no decomposition
        info.base = u'd';
        info.shape = Shape::Stroke;
        return info;
    }
    char16_t current = code;
    for (;;) {
        const QChar ch(current);
        if (ch.decompositionTag() != QChar::Canonical)
            break;
        const QString parts = ch.decomposition();
        if (parts.isEmpty() || parts.at(0).unicode() >= kLetterTableSize)
            break;
        for (qsizetype i = 1; i < parts.size(); ++i)
            applyMark(info, parts.at(i).unicode());
        current = parts.at(0).unicode();
    }
    info.base = QChar(current).toLower().unicode();
    return info;
}

std::array<LetterInfo, kLetterTableSize> buildTable()
{
    std::array<LetterInfo, kLetterTableSize> table{};
    for (char16_t c = 0; c < kLetterTableSize; ++c)
        table[c] = describe(c);
    return table;
}

} // namespace

const LetterInfo &letterInfo(char16_t c)
{
    static const std::array<LetterInfo, kLetterTableSize> table = buildTable();
    Q_ASSERT(c < kLetterTableSize);
    return table[c];
}

} // namespace hotich::text::detail
