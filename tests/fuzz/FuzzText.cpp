// libFuzzer target: the legacy decoders, encoding detection, text checks and the name parser must
// accept any input without crashing, and keep their promises on it.
#include "text/Fold.h"
#include "text/LegacyEncoding.h"
#include "text/Names.h"
#include "text/Normalize.h"
#include "text/SortKey.h"
#include "text/Syllable.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

using namespace hotich;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString tcvn = text::decodeTcvn3(bytes);
    const QString vni = text::decodeVni(bytes);
    const text::DecodedText detected = text::detectBytes(bytes);
    require(detected.confidence >= -1.0 && detected.confidence <= 1.0);
    require(text::nfc(tcvn) == tcvn && text::nfc(vni) == vni); // decoders output NFC

    // The same bytes as a string a spreadsheet would hand over, and as UTF-8 text.
    const QString latin1 = QString::fromLatin1(bytes);
    const QString utf8 = QString::fromUtf8(bytes);
    for (const QString &s : {latin1, utf8}) {
        const text::DecodedText d = text::detectText(s);
        if (!text::windows1252Bytes(s))
            require(d.text == text::nfc(s)); // Unicode is never changed
        const text::NameParts parts = text::splitFullName(s);
        require(!parts.full().contains(QLatin1String("  ")));
        (void)text::checkName(s, QStringLiteral("name"));
        (void)text::recoverTitleCase(s);
        (void)text::certificateForm(s);
        const QString folded = text::fold(s);
        require(text::fold(folded) == folded); // folding is idempotent
        (void)text::foldQuery(s);
        (void)text::vietnameseSortKey(s);
        (void)text::syllableShare(s);
        (void)text::encodeTcvn3(s);
        (void)text::encodeVni(s);
    }
    return 0;
}
