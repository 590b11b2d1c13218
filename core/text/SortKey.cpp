#include "SortKey.h"

#include "Letters.h"
#include "Normalize.h"

#include <array>
#include <iterator>

namespace hotich::text {

namespace {

using detail::Shape;

// Weights are >= 0x02: 0x01 separates the levels and 0x00 never appears.
constexpr char kLevelSeparator = 0x01;
constexpr quint8 kSpaceWeight = 0x02;
constexpr quint8 kPunctuationWeight = 0x03;
constexpr quint8 kDigitBase = 0x10;
constexpr quint8 kLetterBase = 0x20;
constexpr quint8 kOtherMarker = 0xF0;

struct AlphabetSlot
{
    char16_t base;
    Shape shape;
};

// The Vietnamese alphabet, with the foreign letters f j w z in their Latin places.
constexpr AlphabetSlot kAlphabet[] = {
    {u'a', Shape::None},       {u'a', Shape::Breve}, {u'a', Shape::Circumflex}, {u'b', Shape::None},
    {u'c', Shape::None},       {u'd', Shape::None},  {u'd', Shape::Stroke},     {u'e', Shape::None},
    {u'e', Shape::Circumflex}, {u'f', Shape::None},  {u'g', Shape::None},       {u'h', Shape::None},
    {u'i', Shape::None},       {u'j', Shape::None},  {u'k', Shape::None},       {u'l', Shape::None},
    {u'm', Shape::None},       {u'n', Shape::None},  {u'o', Shape::None},       {u'o', Shape::Circumflex},
    {u'o', Shape::Horn},       {u'p', Shape::None},  {u'q', Shape::None},       {u'r', Shape::None},
    {u's', Shape::None},       {u't', Shape::None},  {u'u', Shape::None},       {u'u', Shape::Horn},
    {u'v', Shape::None},       {u'w', Shape::None},  {u'x', Shape::None},       {u'y', Shape::None},
    {u'z', Shape::None},
};

/// Rank in kAlphabet of an ASCII base letter with its shape; -1 for anything else. A shape the
/// alphabet does not know (e.g. the breve of "ŭ") sorts as the plain letter.
int letterRank(char16_t base, Shape shape)
{
    static const auto ranks = [] {
        std::array<std::array<qint8, 5>, 128> table{};
        for (auto &row : table)
            row.fill(-1);
        for (qint8 rank = 0; rank < qint8(std::size(kAlphabet)); ++rank)
            table[kAlphabet[rank].base][int(kAlphabet[rank].shape)] = rank;
        for (auto &row : table) {
            for (auto &cell : row)
                cell = cell >= 0 ? cell : row[0];
        }
        return table;
    }();
    return base < 128 ? ranks[base][int(shape)] : -1;
}

void appendOther(QByteArray &key, char16_t u)
{
    key += char(kOtherMarker);
    key += char(0x40 + ((u >> 10) & 0x3F));
    key += char(0x40 + ((u >> 5) & 0x1F));
    key += char(0x40 + (u & 0x1F));
}

} // namespace

QByteArray vietnameseSortKey(QStringView text)
{
    const QString normal = nfc(text);
    QByteArray primary;
    QByteArray secondary;
    QByteArray tertiary;
    primary.reserve(normal.size() * 2);
    secondary.reserve(normal.size());
    tertiary.reserve(normal.size());
    for (const QChar c : normal) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            primary += char(kSpaceWeight);
        } else if (u < detail::kLetterTableSize) {
            const auto &info = detail::letterInfo(u);
            if (info.combiningMark)
                continue; // a mark NFC could not compose onto its letter adds no weight
            const int rank = letterRank(info.base, info.shape);
            if (rank >= 0)
                primary += char(kLetterBase + rank);
            else if (info.base >= u'0' && info.base <= u'9')
                primary += char(kDigitBase + (info.base - u'0'));
            else if (QChar(info.base).isLetter())
                appendOther(primary, info.base);
            else
                primary += char(kPunctuationWeight);
            secondary += char(0x02 + int(info.tone));
            tertiary += char(info.upper ? 0x03 : 0x02);
            continue;
        } else {
            appendOther(primary, c.toLower().unicode());
        }
        secondary += char(0x02);
        tertiary += char(c.isUpper() ? 0x03 : 0x02);
    }
    return primary + kLevelSeparator + secondary + kLevelSeparator + tertiary;
}

} // namespace hotich::text
