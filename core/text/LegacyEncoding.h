#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace hotich::text {

/// The encodings Vietnamese text is met in: Unicode, plain ASCII, and the legacy font encodings
/// TCVN3 (ABC, ".Vn" fonts: one byte per letter) and VNI-Windows (base letter + mark byte).
enum class TextEncoding
{
    Ascii,
    Unicode,
    Tcvn3,
    Vni
};

QString encodingName(TextEncoding encoding); ///< "ascii", "unicode", "tcvn3", "vni"
std::optional<TextEncoding> parseEncodingName(QStringView name);

/// TCVN3 bytes to NFC text. Letter bytes decode as glibc's TCVN5712-1 does; ASCII passes through.
/// TCVN3 has no toned capitals (".VnTimeH" fonts draw the lowercase codes as capitals), so such
/// text decodes to lower case: recover the case afterwards (e.g. recoverTitleCase for names).
QString decodeTcvn3(QByteArrayView bytes);
/// VNI-Windows bytes to NFC text.
QString decodeVni(QByteArrayView bytes);

/// Unicode to TCVN3 / VNI bytes (letters the encoding cannot hold become '?').
QByteArray encodeTcvn3(QStringView text);
QByteArray encodeVni(QStringView text);

/// The bytes behind text that a Windows program (Excel, Word) handed over as Windows-1252 /
/// Latin-1 characters, or nothing when the text holds a character outside that code page (then it
/// is real Unicode).
std::optional<QByteArray> windows1252Bytes(QStringView text);

/// The detected encoding of one string (a cell, a line), the confidence (0 … 1: the share of the
/// decoded words that are Vietnamese syllables, less that of the runner-up) and the decoded text.
struct DecodedText
{
    TextEncoding encoding = TextEncoding::Unicode;
    double confidence = 0;
    QString text;
};

/// Detects and decodes text that may hold legacy bytes as Windows-1252 characters. Text that is
/// already Unicode (any character outside Windows-1252, or no better-scoring decoding) is returned
/// as it is, in NFC: detection never corrupts Unicode.
DecodedText detectText(QStringView text);

/// The same for raw bytes: UTF-8 (when valid) competes with TCVN3 and VNI.
DecodedText detectBytes(QByteArrayView bytes);

/// A whole file decoded line by line (`hotich-admin text decode --from auto`).
struct DecodedLines
{
    QString text;                       ///< the lines decoded, joined by '\n' as they were
    QMap<QString, int> linesByEncoding; ///< non-empty lines per encodingName()
};

/// Detects and decodes each line of `bytes` on its own, since files mix encodings (a TCVN3 list
/// pasted into a Unicode document). A '\r' before a line break stays with its line.
DecodedLines detectLines(const QByteArray &bytes);

} // namespace hotich::text
