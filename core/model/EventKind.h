#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace hotich {

/// Việc hộ tịch — the kinds of civil-status event a commune registers (Luật Hộ tịch 2014, Điều 3).
/// Re-registration (đăng ký lại) is a flag on the kind it repeats, not a kind of its own.
enum class EventKind
{
    Birth,                    ///< khai sinh
    Death,                    ///< khai tử
    Marriage,                 ///< kết hôn
    ParentChildRecognition,   ///< nhận cha, mẹ, con
    Guardianship,             ///< giám hộ
    GuardianshipEnd,          ///< chấm dứt giám hộ
    GuardianshipChange,       ///< thay đổi giám hộ
    Correction,               ///< thay đổi, cải chính, bổ sung thông tin hộ tịch
    EthnicityRedetermination, ///< xác định lại dân tộc
    MaritalStatusCertificate, ///< xác nhận tình trạng hôn nhân
    Recording,                ///< ghi vào Sổ hộ tịch (court decisions, events abroad)
    ExtractCopy,              ///< cấp bản sao trích lục
};

const QList<EventKind> &allEventKinds();

/// The code used in record JSON and the database: "birth", "parentChildRecognition", …
QString kindCode(EventKind kind);
std::optional<EventKind> parseKindCode(QStringView code);

/// "đăng ký khai sinh", …
QString kindNameVi(EventKind kind);
QString kindNameEn(EventKind kind);

/// Kinds that may be re-registered (đăng ký lại): birth, marriage, death.
bool allowsReRegistration(EventKind kind);

/// Kinds whose registration amends an earlier one (they carry "amends": the record's id).
bool amendsAnotherRecord(EventKind kind);

} // namespace hotich
