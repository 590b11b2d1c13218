#pragma once

#include "util/Result.h"

#include <QRawFont>
#include <QString>

#include <optional>

namespace hotich::printing {

/// The one font every form is printed in: Liberation Serif 2.x, bundled as a Qt resource under
/// :/hotich/fonts (it covers every Vietnamese letter; the 1.07 of Debian's fonts-liberation does not).
class BundledFont
{
public:
    /// Registers the four styles with QFontDatabase (once per process) and checks that the family
    /// resolves to the bundled files, not to a system font of the same name. Needs a QGuiApplication.
    static Result<BundledFont> load();

    static QString family();

    /// The font at `sizePt` (pixel size = points: layouts are made in points), unhinted so that
    /// preview, PDF and paper get the same advances.
    QRawFont at(double sizePt, bool bold, bool italic) const;

    /// Every character of `text` has a glyph in the style; otherwise the first one that has not.
    static std::optional<char32_t> firstMissing(const QRawFont &font, const QString &text);

private:
    QRawFont m_styles[4]; ///< regular, bold, italic, bold italic
};

} // namespace hotich::printing
