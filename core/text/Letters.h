#pragma once

#include <QtGlobal>

namespace hotich::text::detail {

/// The letter-forming marks of Vietnamese (ă â ê ô ơ ư đ).
enum class Shape : quint8
{
    None,
    Breve,
    Circumflex,
    Horn,
    Stroke
};

/// The six tones, in the order Vietnamese sorts them: ngang, huyền, hỏi, ngã, sắc, nặng.
enum class Tone : quint8
{
    Level,
    Grave,
    Hook,
    Tilde,
    Acute,
    Dot
};

/// What a UTF-16 code unit below U+2000 is made of, precomputed from Unicode's canonical
/// decompositions so that folding and sort keys cost one table look-up per character.
struct LetterInfo
{
    char16_t base = 0; ///< lower-case character with every mark removed (đ → d)
    Shape shape = Shape::None;
    Tone tone = Tone::Level;
    bool upper = false;
    bool combiningMark = false; ///< a lone combining mark (text in NFD): dropped by folding
};

constexpr char16_t kLetterTableSize = 0x2000;

/// Information for code units below kLetterTableSize.
const LetterInfo &letterInfo(char16_t c);

} // namespace hotich::text::detail
