#pragma once

#include "util/Result.h"

#include <QString>

namespace hotich::text {

/// Unicode NFC, the form every stored text is in.
QString nfc(QStringView text);

/// A field value as stored: NFC, trimmed, inner runs of white space collapsed to one space.
QString cleanText(QStringView text);
QString cleanText(const QString &text);

/// Rejects control and format characters and unpaired surrogates, naming the position.
Result<void> checkText(QStringView text, const QString &field);

/// checkText plus the characters a person's name may hold: letters, marks, space, apostrophe,
/// hyphen and full stop (as in "H'Hen Niê" or "Nguyễn Thị Ánh-Tuyết").
Result<void> checkName(QStringView text, const QString &field);

} // namespace hotich::text
