#include "BundledFont.h"

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

const char *const kStyleFiles[4] = {"Regular", "Bold", "Italic", "BoldItalic"};

int styleIndex(bool bold, bool italic)
{
    return (bold ? 1 : 0) + (italic ? 2 : 0);
}

Error fontError(const QString &vi, const QString &en)
{
    return Error::make(ErrorKind::Corrupt, u"print.font"_s, vi, en);
}

/// The registration result, kept for the process: QFontDatabase keeps application fonts until exit.
struct Registration
{
    bool done = false;
    std::optional<Error> error;
    QByteArray heads[4]; ///< each file's "head" table: identifies the exact file
};

Registration &registration()
{
    static Registration r;
    if (r.done)
        return r;
    r.done = true;
    for (int i = 0; i < 4; ++i) {
        const QString path =
            u":/hotich/fonts/LiberationSerif-"_s + QLatin1StringView(kStyleFiles[i]) + u".ttf"_s;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            r.error = fontError(u"Thiếu phông chữ đóng gói %1"_s.arg(path),
                                u"The bundled font %1 is missing"_s.arg(path));
            return r;
        }
        r.heads[i] = QRawFont(file.readAll(), 12).fontTable("head");
        const int id = QFontDatabase::addApplicationFont(path);
        if (id < 0 || !QFontDatabase::applicationFontFamilies(id).contains(BundledFont::family())) {
            r.error = fontError(u"Không nạp được phông chữ %1"_s.arg(path),
                                u"Could not load the font %1"_s.arg(path));
            return r;
        }
    }
    return r;
}

} // namespace

QString BundledFont::family()
{
    return u"Liberation Serif"_s;
}

Result<BundledFont> BundledFont::load()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fontError(u"In ấn cần một QGuiApplication (QT_QPA_PLATFORM=offscreen khi không có màn hình)"_s,
                         u"Printing needs a QGuiApplication (QT_QPA_PLATFORM=offscreen without a display)"_s);
    }
    const Registration &r = registration();
    if (r.error)
        return *r.error;
    BundledFont out;
    for (int i = 0; i < 4; ++i) {
        QFont font(family());
        font.setBold(i & 1);
        font.setItalic(i & 2);
        // No merging: a missing glyph must stay missing (and be refused), not come from another font.
        font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferMatch));
        font.setHintingPreference(QFont::PreferNoHinting);
        font.setPixelSize(100);
        QRawFont raw = QRawFont::fromFont(font);
        // A system font of the same family (the old 1.07, without Vietnamese letters) may win the
        // match; the head table tells the bundled file from any other.
        if (!raw.isValid() || raw.fontTable("head") != r.heads[i]) {
            return fontError(
                u"Phông chữ \"%1\" (%2) không phải phông đóng gói: một phông cùng tên trong hệ thống che mất nó"_s
                    .arg(family(), QLatin1StringView(kStyleFiles[i])),
                u"The font \"%1\" (%2) is not the bundled one: a system font of the same name hides it"_s.arg(
                    family(), QLatin1StringView(kStyleFiles[i])));
        }
        out.m_styles[i] = raw;
    }
    return out;
}

QRawFont BundledFont::at(double sizePt, bool bold, bool italic) const
{
    QRawFont raw = m_styles[styleIndex(bold, italic)];
    raw.setPixelSize(sizePt);
    return raw;
}

std::optional<char32_t> BundledFont::firstMissing(const QRawFont &font, const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (!font.supportsCharacter(c))
            return c;
    }
    return std::nullopt;
}

} // namespace hotich::printing
