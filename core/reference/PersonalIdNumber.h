#pragma once

#include "Sex.h"
#include "util/Result.h"

#include <optional>

namespace hotich::reference {

/// What the digits of a personal ID number (số định danh cá nhân) say.
struct PersonalIdFacts
{
    QString provinceCode; ///< digits 1–3 without the leading zero: "01" for 001 Hà Nội
    Sex sex = Sex::Male;  ///< digit 4, with the century
    int centuryStart = 1900;
    int birthYear = 0; ///< century + digits 5–6
};

/// Parses a 12-digit personal ID number: digits only, digits 1–3 a known province code (of the
/// current or the pre-2025 list), digit 4 the century and sex. The error says which part is wrong.
Result<PersonalIdFacts> parsePersonalId(QStringView number, const QString &field = {});

/// parsePersonalId, then checks digit 4 against the sex and the century of the birth year, and
/// digits 5–6 against the year, when those are known.
Result<PersonalIdFacts> checkPersonalId(QStringView number, std::optional<Sex> sex,
                                        std::optional<int> birthYear, const QString &field = {});

} // namespace hotich::reference
