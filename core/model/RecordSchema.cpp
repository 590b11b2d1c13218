#include "RecordSchema.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace hotich {

const FieldSpec *ObjectSchema::field(QStringView name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

namespace {

using T = FieldType;

FieldSpec f(QString name, FieldType type, QString vi, QString en)
{
    return {std::move(name), type, false, std::move(vi), std::move(en), nullptr, {}};
}

FieldSpec object(QString name, const ObjectSchema &schema, QString vi, QString en)
{
    FieldSpec spec = f(std::move(name), T::Object, std::move(vi), std::move(en));
    spec.object = &schema;
    return spec;
}

FieldSpec choice(QString name, QStringList choices, QString vi, QString en)
{
    FieldSpec spec = f(std::move(name), T::Choice, std::move(vi), std::move(en));
    spec.choices = std::move(choices);
    return spec;
}

/// Marks the named fields required.
ObjectSchema requiring(ObjectSchema schema, const QStringList &required)
{
    for (FieldSpec &spec : schema.fields)
        spec.required = required.contains(spec.name);
    return schema;
}

} // namespace

const ObjectSchema &identityDocumentSchema()
{
    static const ObjectSchema s{{
        f(u"type"_s, T::Text, u"Loại giấy tờ"_s, u"Document type"_s),
        f(u"number"_s, T::Text, u"Số giấy tờ"_s, u"Document number"_s),
        f(u"issuer"_s, T::Text, u"Nơi cấp"_s, u"Issued by"_s),
        f(u"date"_s, T::Date, u"Ngày cấp"_s, u"Date of issue"_s),
    }};
    return s;
}

namespace {

/// A person given by family, middle and given name (the subject of a registration).
ObjectSchema personWith(const QStringList &required)
{
    ObjectSchema s{{
        f(u"familyName"_s, T::Name, u"Họ"_s, u"Family name"_s),
        f(u"middleName"_s, T::Name, u"Chữ đệm"_s, u"Middle name"_s),
        f(u"givenName"_s, T::Name, u"Tên"_s, u"Given name"_s),
        f(u"sex"_s, T::Sex, u"Giới tính"_s, u"Sex"_s),
        f(u"birthDate"_s, T::PartialDate, u"Ngày, tháng, năm sinh"_s, u"Date of birth"_s),
        // The date of birth in words as the family wants it read, when the officer changed the
        // computed words: the certificate prints it instead of them.
        f(u"birthDateWords"_s, T::Text, u"Ngày, tháng, năm sinh viết bằng chữ"_s,
          u"Date of birth in words"_s),
        f(u"birthPlace"_s, T::Text, u"Nơi sinh"_s, u"Place of birth"_s),
        f(u"hometown"_s, T::Text, u"Quê quán"_s, u"Hometown"_s),
        f(u"ethnicity"_s, T::Ethnicity, u"Dân tộc"_s, u"Ethnicity"_s),
        f(u"nationality"_s, T::Nationality, u"Quốc tịch"_s, u"Nationality"_s),
        f(u"religion"_s, T::Religion, u"Tôn giáo"_s, u"Religion"_s),
        f(u"residence"_s, T::Text, u"Nơi cư trú"_s, u"Residence"_s),
        f(u"idNumber"_s, T::IdNumber, u"Số định danh cá nhân"_s, u"Personal ID number"_s),
        f(u"idDocument"_s, T::IdDocument, u"Giấy tờ tùy thân"_s, u"Identity document"_s),
    }};
    s.splitNames = true;
    return requiring(std::move(s), QStringList{u"familyName"_s, u"givenName"_s} + required);
}

/// A person given by one full name (a parent, a spouse named on a certificate).
ObjectSchema partyWith(const QStringList &required)
{
    ObjectSchema s{{
        f(u"fullName"_s, T::Name, u"Họ, chữ đệm, tên"_s, u"Full name"_s),
        f(u"sex"_s, T::Sex, u"Giới tính"_s, u"Sex"_s),
        f(u"birthDate"_s, T::PartialDate, u"Năm sinh"_s, u"Year or date of birth"_s),
        f(u"ethnicity"_s, T::Ethnicity, u"Dân tộc"_s, u"Ethnicity"_s),
        f(u"nationality"_s, T::Nationality, u"Quốc tịch"_s, u"Nationality"_s),
        f(u"residence"_s, T::Text, u"Nơi cư trú"_s, u"Residence"_s),
        f(u"idNumber"_s, T::IdNumber, u"Số định danh cá nhân"_s, u"Personal ID number"_s),
        f(u"idDocument"_s, T::IdDocument, u"Giấy tờ tùy thân"_s, u"Identity document"_s),
    }};
    return requiring(std::move(s), QStringList{u"fullName"_s} + required);
}

const ObjectSchema &declarant()
{
    static const ObjectSchema s = [] {
        ObjectSchema d{{
            f(u"fullName"_s, T::Name, u"Họ, chữ đệm, tên người đi khai"_s, u"Declarant's full name"_s),
            f(u"relationship"_s, T::Text, u"Quan hệ với người được đăng ký"_s, u"Relationship"_s),
            f(u"idDocument"_s, T::IdDocument, u"Giấy tờ tùy thân"_s, u"Identity document"_s),
            f(u"residence"_s, T::Text, u"Nơi cư trú"_s, u"Residence"_s),
            f(u"idNumber"_s, T::IdNumber, u"Số định danh cá nhân"_s, u"Personal ID number"_s),
        }};
        return requiring(std::move(d), {u"fullName"_s});
    }();
    return s;
}

const ObjectSchema &historical()
{
    static const ObjectSchema s = requiring(
        ObjectSchema{{
            f(u"book"_s, T::Text, u"Tên sổ gốc"_s, u"Original register"_s),
            f(u"volume"_s, T::Text, u"Quyển số"_s, u"Volume"_s),
            f(u"page"_s, T::Count, u"Trang số"_s, u"Page"_s),
            f(u"entry"_s, T::Count, u"Số đăng ký trong sổ gốc"_s, u"Entry number in the original register"_s),
            f(u"year"_s, T::Count, u"Năm đăng ký trong sổ gốc"_s, u"Year of the original register"_s),
            f(u"office"_s, T::Text, u"Nơi đăng ký gốc"_s, u"Original registering office"_s),
        }},
        {u"entry"_s, u"year"_s});
    return s;
}

const ObjectSchema &signer()
{
    static const ObjectSchema s = requiring(ObjectSchema{{
                                                f(u"fullName"_s, T::Name, u"Người ký"_s, u"Signer"_s),
                                                f(u"title"_s, T::Text, u"Chức vụ"_s, u"Title"_s),
                                            }},
                                            {u"fullName"_s, u"title"_s});
    return s;
}

const ObjectSchema &decision()
{
    static const ObjectSchema s =
        requiring(ObjectSchema{{
                      f(u"number"_s, T::Text, u"Số quyết định, bản án"_s, u"Decision number"_s),
                      f(u"issuer"_s, T::Text, u"Cơ quan ra quyết định"_s, u"Issued by"_s),
                      f(u"date"_s, T::Date, u"Ngày ra quyết định"_s, u"Date of decision"_s),
                  }},
                  {u"issuer"_s, u"date"_s});
    return s;
}

QList<FieldSpec> commonFields(EventKind kind)
{
    QList<FieldSpec> fields = {
        f(u"kind"_s, T::Text, u"Loại việc hộ tịch"_s, u"Kind of event"_s),
        f(u"registrationDate"_s, T::Date, u"Ngày đăng ký"_s, u"Date of registration"_s),
        f(u"note"_s, T::Text, u"Ghi chú"_s, u"Note"_s),
        object(u"signer"_s, signer(), u"Người ký"_s, u"Signer"_s),
        object(u"historical"_s, historical(), u"Sổ hộ tịch gốc (số hóa)"_s,
               u"Original paper register (digitised)"_s),
    };
    fields[0].required = true;
    fields[1].required = true;
    if (allowsReRegistration(kind))
        fields << f(u"reRegistration"_s, T::Bool, u"Đăng ký lại"_s, u"Re-registration"_s);
    return fields;
}

ObjectSchema build(EventKind kind, QList<FieldSpec> specific, const QStringList &required)
{
    ObjectSchema s{commonFields(kind) + specific};
    for (FieldSpec &spec : s.fields) {
        if (required.contains(spec.name))
            spec.required = true;
    }
    return s;
}

FieldSpec amends(const QString &vi, const QString &en)
{
    return f(u"amends"_s, T::RecordRef, vi, en);
}

ObjectSchema makeSchema(EventKind kind)
{
    static const ObjectSchema birthSubject =
        personWith({u"sex"_s, u"birthDate"_s, u"birthPlace"_s, u"nationality"_s});
    static const ObjectSchema parent = partyWith({});
    static const ObjectSchema deathSubject = personWith({u"sex"_s});
    static const ObjectSchema spouse = personWith({u"birthDate"_s, u"nationality"_s, u"residence"_s});
    static const ObjectSchema datedPerson = personWith({u"birthDate"_s});
    static const ObjectSchema adult = personWith({u"birthDate"_s, u"residence"_s});
    static const ObjectSchema named = personWith({});
    static const ObjectSchema certificateSubject = personWith({u"sex"_s, u"birthDate"_s, u"residence"_s});
    static const ObjectSchema deathFacts = requiring(
        ObjectSchema{{f(u"dateTime"_s, T::DateTime, u"Thời điểm chết"_s, u"Date and time of death"_s),
                      // The words the family wants read for the date, when not the date's own.
                      f(u"dateWords"_s, T::Text, u"Ngày chết viết bằng chữ"_s, u"Date of death in words"_s),
                      f(u"place"_s, T::Text, u"Nơi chết"_s, u"Place of death"_s),
                      f(u"cause"_s, T::Text, u"Nguyên nhân chết"_s, u"Cause of death"_s)}},
        {u"dateTime"_s, u"place"_s});
    static const ObjectSchema deathNotice = requiring(
        ObjectSchema{
            {choice(u"type"_s,
                    {u"deathNotice"_s, u"courtJudgment"_s, u"policeConfirmation"_s, u"communeConfirmation"_s},
                    u"Loại giấy tờ"_s, u"Kind of document"_s),
             f(u"number"_s, T::Text, u"Số giấy báo tử"_s, u"Number"_s),
             f(u"issuer"_s, T::Text, u"Nơi cấp giấy báo tử"_s, u"Issued by"_s),
             f(u"date"_s, T::Date, u"Ngày cấp giấy báo tử"_s, u"Date of issue"_s)}},
        {u"issuer"_s});
    static const ObjectSchema residencePeriod =
        ObjectSchema{{f(u"from"_s, T::PartialDate, u"Cư trú từ ngày"_s, u"Resident from"_s),
                      f(u"to"_s, T::PartialDate, u"Cư trú đến ngày"_s, u"Resident until"_s),
                      f(u"place"_s, T::Text, u"Nơi cư trú trong thời gian này"_s,
                        u"Place of residence in that period"_s)}};
    static const ObjectSchema marriageCertificate = ObjectSchema{
        {f(u"number"_s, T::Text, u"Số Giấy chứng nhận kết hôn"_s, u"Marriage certificate number"_s),
         f(u"issuer"_s, T::Text, u"Nơi cấp"_s, u"Issued by"_s),
         f(u"date"_s, T::Date, u"Ngày cấp"_s, u"Date of issue"_s)}};
    static const ObjectSchema currentSpouse =
        requiring(ObjectSchema{{f(u"fullName"_s, T::Name, u"Họ tên vợ/chồng"_s, u"Spouse's full name"_s),
                                object(u"marriageCertificate"_s, marriageCertificate,
                                       u"Giấy chứng nhận kết hôn"_s, u"Marriage certificate"_s)}},
                  {u"fullName"_s});

    switch (kind) {
    case EventKind::Birth:
        return build(kind,
                     {object(u"subject"_s, birthSubject, u"Người được khai sinh"_s, u"Child"_s),
                      object(u"mother"_s, parent, u"Mẹ"_s, u"Mother"_s),
                      object(u"father"_s, parent, u"Cha"_s, u"Father"_s),
                      object(u"declarant"_s, declarant(), u"Người đi khai sinh"_s, u"Declarant"_s),
                      choice(u"circumstance"_s, {u"abandoned"_s, u"parentsUnknown"_s}, u"Hoàn cảnh"_s,
                             u"Circumstance"_s)},
                     {u"subject"_s, u"declarant"_s});
    case EventKind::Death:
        return build(kind,
                     {object(u"subject"_s, deathSubject, u"Người đã chết"_s, u"Deceased"_s),
                      object(u"death"_s, deathFacts, u"Việc chết"_s, u"Death"_s),
                      object(u"deathNotice"_s, deathNotice, u"Giấy báo tử"_s, u"Death notice"_s),
                      object(u"declarant"_s, declarant(), u"Người đi khai tử"_s, u"Declarant"_s)},
                     {u"subject"_s, u"death"_s, u"deathNotice"_s, u"declarant"_s});
    case EventKind::Marriage:
        return build(kind,
                     {object(u"husband"_s, spouse, u"Chồng"_s, u"Husband"_s),
                      object(u"wife"_s, spouse, u"Vợ"_s, u"Wife"_s)},
                     {u"husband"_s, u"wife"_s});
    case EventKind::ParentChildRecognition:
        return build(
            kind,
            {choice(u"parentRole"_s, {u"father"_s, u"mother"_s}, u"Nhận cha hay mẹ"_s, u"Father or mother"_s),
             object(u"parent"_s, datedPerson, u"Cha/mẹ"_s, u"Parent"_s),
             object(u"child"_s, datedPerson, u"Con"_s, u"Child"_s),
             choice(u"requestedBy"_s, {u"parent"_s, u"child"_s}, u"Người yêu cầu"_s, u"Requested by"_s),
             object(u"declarant"_s, declarant(), u"Người đi đăng ký"_s, u"Declarant"_s)},
            {u"parentRole"_s, u"parent"_s, u"child"_s});
    case EventKind::Guardianship:
        return build(kind,
                     {object(u"guardian"_s, adult, u"Người giám hộ"_s, u"Guardian"_s),
                      object(u"ward"_s, datedPerson, u"Người được giám hộ"_s, u"Ward"_s),
                      choice(u"basis"_s, {u"statutory"_s, u"appointed"_s}, u"Hình thức giám hộ"_s,
                             u"Basis of guardianship"_s)},
                     {u"guardian"_s, u"ward"_s, u"basis"_s});
    case EventKind::GuardianshipEnd:
        return build(kind,
                     {amends(u"Việc giám hộ được chấm dứt"_s, u"Guardianship ended"_s),
                      f(u"reason"_s, T::Text, u"Lý do chấm dứt"_s, u"Reason"_s),
                      f(u"endDate"_s, T::Date, u"Ngày chấm dứt"_s, u"End date"_s)},
                     {u"amends"_s, u"reason"_s});
    case EventKind::GuardianshipChange:
        return build(kind,
                     {amends(u"Việc giám hộ được thay đổi"_s, u"Guardianship changed"_s),
                      object(u"newGuardian"_s, adult, u"Người giám hộ mới"_s, u"New guardian"_s),
                      f(u"reason"_s, T::Text, u"Lý do thay đổi"_s, u"Reason"_s)},
                     {u"amends"_s, u"newGuardian"_s, u"reason"_s});
    case EventKind::Correction:
        return build(kind,
                     {amends(u"Việc hộ tịch được sửa"_s, u"Record amended"_s),
                      choice(u"type"_s, {u"change"_s, u"correction"_s, u"supplement"_s},
                             u"Thay đổi, cải chính hay bổ sung"_s, u"Change, correction or supplement"_s),
                      f(u"changes"_s, T::Patch, u"Nội dung sửa"_s, u"Changes"_s),
                      f(u"reason"_s, T::Text, u"Lý do"_s, u"Reason"_s),
                      f(u"supportingDocument"_s, T::Text, u"Giấy tờ làm căn cứ"_s, u"Supporting document"_s),
                      object(u"requester"_s, declarant(), u"Người yêu cầu"_s, u"Requester"_s)},
                     {u"amends"_s, u"type"_s, u"changes"_s, u"reason"_s});
    case EventKind::EthnicityRedetermination:
        return build(kind,
                     {amends(u"Việc khai sinh được xác định lại dân tộc"_s, u"Birth registration amended"_s),
                      f(u"ethnicity"_s, T::Ethnicity, u"Dân tộc xác định lại"_s, u"Ethnicity"_s),
                      f(u"reason"_s, T::Text, u"Lý do"_s, u"Reason"_s),
                      object(u"requester"_s, declarant(), u"Người yêu cầu"_s, u"Requester"_s)},
                     {u"amends"_s, u"ethnicity"_s});
    case EventKind::MaritalStatusCertificate:
        return build(
            kind,
            {object(u"subject"_s, certificateSubject, u"Người được xác nhận"_s, u"Person"_s),
             object(u"residencePeriod"_s, residencePeriod, u"Thời gian cư trú"_s, u"Period of residence"_s),
             choice(u"status"_s, {u"single"_s, u"married"_s, u"divorced"_s, u"widowed"_s},
                    u"Tình trạng hôn nhân"_s, u"Marital status"_s),
             object(u"spouse"_s, currentSpouse, u"Vợ/chồng hiện tại"_s, u"Current spouse"_s),
             f(u"purpose"_s, T::Text, u"Mục đích sử dụng"_s, u"Purpose"_s),
             f(u"forMarriage"_s, T::Bool, u"Dùng để kết hôn"_s, u"For marriage"_s),
             object(u"requester"_s, declarant(), u"Người yêu cầu"_s, u"Requester"_s)},
            {u"subject"_s, u"status"_s, u"purpose"_s});
    case EventKind::Recording:
        return build(
            kind,
            {choice(u"recordingType"_s,
                    {u"divorce"_s, u"annulment"_s, u"adoption"_s, u"adoptionEnd"_s, u"parentage"_s,
                     u"sexRedetermination"_s, u"missingDeclaration"_s, u"deathDeclaration"_s,
                     u"nationality"_s, u"eventAbroad"_s},
                    u"Loại việc ghi vào Sổ"_s, u"Kind of recording"_s),
             object(u"subject"_s, named, u"Người được ghi"_s, u"Person"_s),
             object(u"otherParty"_s, named, u"Bên kia"_s, u"Other party"_s),
             object(u"decision"_s, decision(), u"Quyết định, bản án, giấy tờ"_s, u"Decision or document"_s),
             f(u"content"_s, T::Text, u"Nội dung"_s, u"Content"_s),
             f(u"relatedRecord"_s, T::RecordRef, u"Việc hộ tịch liên quan"_s, u"Related record"_s)},
            {u"recordingType"_s, u"subject"_s, u"decision"_s});
    case EventKind::ExtractCopy:
        return build(kind,
                     {f(u"source"_s, T::RecordRef, u"Việc hộ tịch được sao"_s, u"Record copied"_s),
                      object(u"requester"_s, declarant(), u"Người yêu cầu"_s, u"Requester"_s),
                      f(u"copies"_s, T::Count, u"Số bản sao"_s, u"Number of copies"_s),
                      f(u"purpose"_s, T::Text, u"Mục đích"_s, u"Purpose"_s)},
                     {u"source"_s, u"requester"_s, u"copies"_s});
    }
    Q_UNREACHABLE();
}

} // namespace

const ObjectSchema &recordSchema(EventKind kind)
{
    static const QHash<int, ObjectSchema> schemas = [] {
        QHash<int, ObjectSchema> all;
        for (EventKind k : allEventKinds())
            all.insert(int(k), makeSchema(k));
        return all;
    }();
    return schemas.find(int(kind)).value();
}

const FieldSpec *fieldAt(EventKind kind, QStringView path)
{
    const ObjectSchema *schema = &recordSchema(kind);
    const FieldSpec *spec = nullptr;
    for (QStringView part : path.split(u'.')) {
        if (!schema)
            return nullptr;
        spec = schema->field(part);
        if (!spec)
            return nullptr;
        schema = spec->object;
    }
    return spec;
}

QString fieldLabelVi(EventKind kind, QStringView path)
{
    const FieldSpec *spec = fieldAt(kind, path);
    return spec ? spec->labelVi : path.toString();
}

QString fieldLabelEn(EventKind kind, QStringView path)
{
    const FieldSpec *spec = fieldAt(kind, path);
    return spec ? spec->labelEn : path.toString();
}

} // namespace hotich
