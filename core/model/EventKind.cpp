#include "EventKind.h"

#include "AmendedKind.h"

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

struct KindInfo
{
    EventKind kind;
    QString code;
    QString vi;
    QString en;
};

const QList<KindInfo> &kindTable()
{
    static const QList<KindInfo> table = {
        {EventKind::Birth, u"birth"_s, u"đăng ký khai sinh"_s, u"birth registration"_s},
        {EventKind::Death, u"death"_s, u"đăng ký khai tử"_s, u"death registration"_s},
        {EventKind::Marriage, u"marriage"_s, u"đăng ký kết hôn"_s, u"marriage registration"_s},
        {EventKind::ParentChildRecognition, u"parentChildRecognition"_s, u"đăng ký nhận cha, mẹ, con"_s,
         u"parent–child recognition"_s},
        {EventKind::Guardianship, u"guardianship"_s, u"đăng ký giám hộ"_s, u"guardianship"_s},
        {EventKind::GuardianshipEnd, u"guardianshipEnd"_s, u"đăng ký chấm dứt giám hộ"_s,
         u"end of guardianship"_s},
        {EventKind::GuardianshipChange, u"guardianshipChange"_s, u"đăng ký thay đổi giám hộ"_s,
         u"change of guardian"_s},
        {EventKind::Correction, u"correction"_s, u"đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch"_s,
         u"change, correction or supplement"_s},
        {EventKind::EthnicityRedetermination, u"ethnicityRedetermination"_s, u"xác định lại dân tộc"_s,
         u"ethnicity re-determination"_s},
        {EventKind::MaritalStatusCertificate, u"maritalStatusCertificate"_s,
         u"xác nhận tình trạng hôn nhân"_s, u"marital-status certificate"_s},
        {EventKind::Recording, u"recording"_s, u"ghi vào Sổ hộ tịch"_s, u"recording in the register"_s},
        {EventKind::ExtractCopy, u"extractCopy"_s, u"cấp bản sao trích lục"_s, u"extract copy"_s},
    };
    return table;
}

const KindInfo &info(EventKind kind)
{
    return kindTable()[int(kind)];
}

} // namespace

const QList<EventKind> &allEventKinds()
{
    static const QList<EventKind> kinds = [] {
        QList<EventKind> list;
        for (const auto &k : kindTable())
            list << k.kind;
        return list;
    }();
    return kinds;
}

QString kindCode(EventKind kind)
{
    return info(kind).code;
}

std::optional<EventKind> parseKindCode(QStringView code)
{
    for (const auto &k : kindTable()) {
        if (k.code == code)
            return k.kind;
    }
    return std::nullopt;
}

QString kindNameVi(EventKind kind)
{
    return info(kind).vi;
}

QString kindNameEn(EventKind kind)
{
    return info(kind).en;
}

bool allowsReRegistration(EventKind kind)
{
    return kind == EventKind::Birth || kind == EventKind::Marriage || kind == EventKind::Death;
}

std::optional<EventKind> amendedKind(EventKind kind)
{
    switch (kind) {
    case EventKind::GuardianshipEnd:
    case EventKind::GuardianshipChange:
        return EventKind::Guardianship;
    case EventKind::EthnicityRedetermination:
        return EventKind::Birth;
    default:
        return std::nullopt;
    }
}

bool amendsAnotherRecord(EventKind kind)
{
    switch (kind) {
    case EventKind::GuardianshipEnd:
    case EventKind::GuardianshipChange:
    case EventKind::Correction:
    case EventKind::EthnicityRedetermination:
        return true;
    default:
        return false;
    }
}

} // namespace hotich
