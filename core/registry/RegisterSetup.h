#pragma once

#include "auth/Accounts.h"
#include "store/Database.h"
#include "text/NumberWords.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace hotich {

/// The office (UBND xã/phường/đặc khu) a register belongs to.
struct OfficeInfo
{
    QString code;         ///< 5-digit commune code
    QString name;         ///< "Phường Ba Đình"
    QString provinceCode; ///< "01"
    QString fullPath;     ///< "Phường Ba Đình, Thành phố Hà Nội"
    /// The number words the office prefers ("linh" or "lẻ", "nghìn" or "ngàn" …) for dates in
    /// words on screen and on paper; the common ones until the office chooses (saveWordStyle).
    text::WordStyle words;

    QJsonObject toJson() const;
};

struct OfficeSetup
{
    QString communeCode;
    QString name;         ///< optional; the unit's full name by default
    NewAccount admin;     ///< the first administrator
    int bookCapacity = 0; ///< entries per register book; 0 keeps the default
    /// A register rebuilt from the ministry server (`hotich-admin recover`): its epoch says so, and
    /// it writes nothing of its own until the office's entries are back (the catch-up mark).
    bool recovering = false;
};

/// Creates a new register file for a commune of the current administrative list, with its first
/// administrator. On failure nothing is left behind.
Result<OfficeInfo> initializeRegister(const QString &path, const OfficeSetup &setup, const Clock &clock);

Result<OfficeInfo> readOffice(Database &db);

/// Keeps one of the office's settings (settings `key`) as the administrator `actor` chose it, with
/// a journal entry ("settings.<key>", the new value) in the same transaction: who changed how the
/// office writes its papers or keeps its backups stays on record. Refused to anyone else.
Result<void> saveOfficeSetting(Database &db, const Clock &clock, const Account &actor, const QString &key,
                               const QJsonObject &value);

/// Keeps the office's number-word variants in the register (settings "numberWords"; an
/// administrator's, journalled): readOffice gives them back. A day prefix other than "mồng",
/// "mùng" or none is refused.
Result<void> saveWordStyle(Database &db, const Clock &clock, const text::WordStyle &words,
                           const Account &actor);

} // namespace hotich
