#pragma once

#include <QString>

namespace hotich::text {

/// A Vietnamese personal name: Họ (family), chữ đệm (middle: none, one or several words), Tên (given).
struct NameParts
{
    QString family;
    QString middle;
    QString given;

    /// "Nguyễn Thị Ánh Tuyết": the parts joined in Vietnamese order, empty parts skipped.
    QString full() const;
};

/// Splits a full name: the family name is the first word (or a known two-word family name such
/// as "Tôn Thất" or "Âu Dương"), the given name the last word, the middle name what lies between.
/// A one-word name is a given name only.
NameParts splitFullName(QStringView fullName);

/// The form printed on certificates: capitals keeping every diacritic ("NGUYỄN THỊ ÁNH TUYẾT").
QString certificateForm(QStringView name);

/// Restores "Nguyễn Văn An" from a name that arrived all in capitals or all in lower case (legacy
/// files); a name already in mixed case is returned unchanged. Letters after an apostrophe that
/// follows a single letter are capitalised too ("h'hen niê" → "H'Hen Niê").
QString recoverTitleCase(QStringView name);

} // namespace hotich::text
