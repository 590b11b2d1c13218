#pragma once

#include <QByteArray>
#include <QString>

namespace hotich::text {

/// A byte string whose plain byte order (memcmp, SQLite BLOB order) is the Vietnamese order of
/// the texts: letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y first, then
/// tones ngang, huyền, hỏi, ngã, sắc, nặng, then lower before upper case — the same order as
/// ICU's "vi" collation (QCollator with vi_VN), which the tests check. Stored beside a record so
/// that sorting a result list needs no collation callback.
QByteArray vietnameseSortKey(QStringView text);

} // namespace hotich::text
