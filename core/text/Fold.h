#pragma once

#include <QString>

namespace hotich::text {

/// The search form of a text: marks removed, đ→d, lower case, one space between words.
/// "Nguyễn  Văn An", "NGUYỄN VĂN AN" and the NFD spelling all give "nguyen van an";
/// "Hoà"/"Hòa" and "Thuý"/"Thúy" give the same result.
QString fold(QStringView text);

} // namespace hotich::text
