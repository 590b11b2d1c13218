#pragma once

#include <QString>

#include <optional>

namespace hotich {

/// Giới tính.
enum class Sex
{
    Male,
    Female
};

/// "male" / "female" in record JSON.
inline QString sexCode(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

inline std::optional<Sex> parseSexCode(QStringView code)
{
    if (code == u"male")
        return Sex::Male;
    if (code == u"female")
        return Sex::Female;
    return std::nullopt;
}

/// "nam" / "nữ", as printed.
inline QString sexNameVi(Sex sex)
{
    return sex == Sex::Male ? QStringLiteral("nam") : QStringLiteral("nữ");
}

} // namespace hotich
