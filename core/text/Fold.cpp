#include "Fold.h"

#include "Letters.h"

namespace hotich::text {

QString fold(QStringView text)
{
    QString out;
    out.resize(text.size());
    QChar *dst = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == 0xA0 ||
            (u >= 0x2000 && c.isSpace())) {
            pendingSpace = n > 0;
            continue;
        }
        char16_t folded = u;
        if (u < detail::kLetterTableSize) {
            const auto &info = detail::letterInfo(u);
            if (info.combiningMark)
                continue;
            folded = info.base;
        } else if (!c.isSurrogate()) {
            folded = c.toLower().unicode();
        }
        if (pendingSpace) {
            dst[n++] = u' ';
            pendingSpace = false;
        }
        dst[n++] = QChar(folded);
    }
    out.truncate(n);
    return out;
}

} // namespace hotich::text
