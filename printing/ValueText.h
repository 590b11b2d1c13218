#pragma once

#include "text/NumberWords.h"

#include <QJsonValue>
#include <QString>

namespace hotich::printing {

/// How record values read on paper. Each returns an empty string for an absent value.
namespace value_text {

/// "02/11/2026", "05/1998" or "1998" from an ISO date of any precision.
QString dateDigits(const QJsonValue &iso);
/// "ngày hai tháng mười một năm hai nghìn không trăm hai mươi sáu"; "năm …" for a year alone.
QString dateWords(const QJsonValue &iso, const text::WordStyle &style);
/// "ngày 02 tháng 11 năm 2026".
QString dateLine(QDate date);
/// "Việt Nam" from "VN" (the code itself when unknown).
QString nationality(const QJsonValue &code);
/// "Nam" / "Nữ".
QString sex(const QJsonValue &code);
/// "Thẻ căn cước số 001200001111, do Bộ Công an cấp ngày 01/07/2024", or the text as written.
QString identityDocument(const QJsonValue &document);
/// "Ủy ban nhân dân Phường Ba Đình, Thành phố Hà Nội" for a commune code.
QString officeOfCode(const QString &communeCode, QDate on);

} // namespace value_text
} // namespace hotich::printing
