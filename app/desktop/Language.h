#pragma once

#include "util/Result.h"

#include <QString>

namespace hotich::desktop {

/// The interface language: Vietnamese by default, English on request. The catalogues are compiled
/// from translations/hotich_*.ts into the program (:/hotich/i18n).
class Language
{
public:
    /// Installs the catalogue for "vi" or "en"; false (and Vietnamese stays) for another code or
    /// a missing catalogue. Replaces the catalogue installed before.
    static bool install(const QString &code);
    static QString current();
    static bool english() { return current() == QLatin1String("en"); }

    /// The core's message for an error, in the interface language.
    static QString message(const Error &error);
};

} // namespace hotich::desktop
