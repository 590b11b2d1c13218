// libFuzzer target: legacy-text detection over whole files, as hotich-admin text decode --from auto
// runs it (each line detected on its own). Nothing may crash, and the decoding keeps its promises:
//  - the output is valid Unicode (it becomes UTF-8 without loss) in NFC;
//  - decoding the same bytes twice gives the same text and the same per-encoding line counts;
//  - the lines stay the lines: one output line per input line, each as detectBytes decodes it,
//    and the counts add up to the non-empty lines;
//  - text that already is Unicode is not changed: an NFC UTF-8 line comes back as it is when it
//    is ASCII or all Vietnamese syllables (no legacy reading can score better), and otherwise only
//    for a legacy reading that scores strictly better.
#include "Property.h"
#include "text/LegacyEncoding.h"
#include "text/Normalize.h"
#include "text/Syllable.h"

#include <QStringDecoder>

using namespace hotich;
using namespace hotich::fuzz;
using namespace Qt::StringLiterals;

namespace {

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

void checkLine(const QByteArray &line, QStringView decodedLine)
{
    const text::DecodedText d = text::detectBytes(line);
    if (d.text != decodedLine)
        fail("a file decodes line by line as detectBytes decodes each line", hex(line));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString unicode = utf8(line);
    if (utf8.hasError() || text::nfc(unicode) != unicode)
        return;
    if (d.encoding == text::TextEncoding::Ascii || d.encoding == text::TextEncoding::Unicode) {
        if (d.text != unicode)
            fail("NFC UTF-8 read as Unicode comes back unchanged", hex(line));
        return;
    }
    // Scores are syllable shares, 0 … 1: an all-Vietnamese line cannot be beaten.
    const double unicodeScore = text::syllableShare(unicode);
    if (unicodeScore == 1.0 || text::syllableShare(d.text) <= unicodeScore) {
        fail("NFC UTF-8 is replaced only by a legacy reading that scores strictly better",
             hex(line) + u"\n"_s + unicode + u" -> "_s + d.text + u" ("_s + text::encodingName(d.encoding) +
                 u")"_s);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const text::DecodedLines decoded = text::detectLines(bytes);

    require(decoded.text.isValidUtf16(), "the output is valid Unicode (no lone surrogate)");
    require(QString::fromUtf8(decoded.text.toUtf8()) == decoded.text, "the output survives UTF-8");
    require(text::nfc(decoded.text) == decoded.text, "the output is NFC");

    const text::DecodedLines again = text::detectLines(bytes);
    require(again.text == decoded.text && again.linesByEncoding == decoded.linesByEncoding,
            "decoding is deterministic");

    const QList<QByteArray> lines = bytes.split('\n');
    const QList<QStringView> decodedLines = QStringView(decoded.text).split(u'\n');
    require(decodedLines.size() == lines.size(), "every input line is one output line");
    int nonEmpty = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        nonEmpty += lines[i].isEmpty() ? 0 : 1;
        checkLine(lines[i], decodedLines[i]);
    }
    int counted = 0;
    for (int n : decoded.linesByEncoding)
        counted += n;
    require(counted == nonEmpty, "every non-empty line is counted under its encoding");
    return 0;
}
