#pragma once

#include <QString>

namespace hotich::text {

/// The search form of a text: marks removed, đ→d, lower case, one space between words.
/// "Nguyễn  Văn An", "NGUYỄN VĂN AN" and the NFD spelling all give "nguyen van an";
/// "Hoà"/"Hòa" and "Thuý"/"Thúy" give the same result.
QString fold(QStringView text);

} // namespace hotich::text

namespace hotich::text {

/// Folds a search query like fold(); when the query holds no Vietnamese letters of its own, words
/// that are Telex or VNI typing leftovers ("nguyeenx", "nguye6n4", "thanhf") are read as the letters
/// they meant — only when that gives a Vietnamese syllable and the word as typed is not one.
QString foldQuery(QStringView query);

/// The syllable a Telex-typed ASCII word means ("nguyeenx" → "nguyễn"), or an empty string.
QString fromTelex(QStringView word);
/// The syllable a VNI-typed word means ("nguye6n4" → "nguyễn"), or an empty string.
QString fromVniTyping(QStringView word);

} // namespace hotich::text
