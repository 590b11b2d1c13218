#pragma once

#include <QString>

namespace hotich::text {

/// Whether a word is a well-formed Vietnamese syllable: an initial consonant (b, ch, gh, ngh, qu,
/// …, or none), a rhyme from the language's rhyme inventory (a, oanh, uyêt, ương, …) and at most one
/// tone, with the rule that rhymes ending in -c, -ch, -p, -t take only the sắc or nặng tone.
/// Case does not matter; the word must hold letters only.
bool isVietnameseSyllable(QStringView word);

/// The share of words in a text (runs of letters) that are Vietnamese syllables, 0 … 1; 0 when the
/// text holds no word. Used to judge which decoding of a legacy string is the right one.
double syllableShare(QStringView text);

} // namespace hotich::text
