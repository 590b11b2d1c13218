#pragma once

#include "registry/RegisterSetup.h"
#include "text/NumberWords.h"

#include <QDate>
#include <QString>

namespace hotich::printing {

/// Người ký — who signs the paper, as printed under the signature.
struct Signer
{
    QString title; ///< "CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" is two fields in a template
    QString name;
};

/// What a printed paper says beyond the record: the issuing office, the date of issue, the signer
/// and the office's regional number words.
struct IssueContext
{
    QString officeName;   ///< "Phường Ba Đình"
    QString officePlace;  ///< "Ba Đình": the place in "Ba Đình, ngày … tháng … năm …"
    QString provinceName; ///< "Thành phố Hà Nội"
    Signer signer;        ///< used when the record names no signer of its own
    QDate issueDate;
    text::WordStyle words;

    /// The office's names from the administrative-unit list in force on the issue date.
    static IssueContext forOffice(const OfficeInfo &office, QDate issueDate, Signer signer = {});
};

} // namespace hotich::printing
