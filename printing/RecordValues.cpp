#include "RecordValues.h"

#include "ValueText.h"
#include "model/PartialDate.h"
#include "text/Names.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QTime>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace vt = value_text;
namespace {

/// Writes the values of one record under a prefix ("" or "related.").
class ValueWriter
{
public:
    ValueWriter(FormValues &out, QString prefix, const text::WordStyle &words)
        : m_out(out), m_prefix(std::move(prefix)), m_words(words)
    {}

    void set(const QString &name, const QString &value) { m_out.insert(m_prefix + name, value); }

    /// The particulars of a person (subject, parent, spouse, declarant…), each named "<role>.<what>".
    void person(const QString &role, const QJsonObject &p)
    {
        QString full = p.value(u"fullName"_s).toString();
        if (full.isEmpty()) {
            full = text::NameParts{p.value(u"familyName"_s).toString(), p.value(u"middleName"_s).toString(),
                                   p.value(u"givenName"_s).toString()}
                       .full();
        }
        const QString r = role + u'.';
        set(r + u"name"_s, text::certificateForm(full));
        set(r + u"birthDate"_s, vt::dateDigits(p.value(u"birthDate"_s)));
        // Words the officer edited (the family's reading) win over the computed ones.
        const QString editedWords = p.value(u"birthDateWords"_s).toString();
        set(r + u"birthDateWords"_s,
            editedWords.isEmpty() ? vt::dateWords(p.value(u"birthDate"_s), m_words) : editedWords);
        set(r + u"sex"_s, vt::sex(p.value(u"sex"_s)));
        set(r + u"ethnicity"_s, p.value(u"ethnicity"_s).toString());
        set(r + u"nationality"_s, vt::nationality(p.value(u"nationality"_s)));
        set(r + u"religion"_s, p.value(u"religion"_s).toString());
        set(r + u"residence"_s, p.value(u"residence"_s).toString());
        set(r + u"birthPlace"_s, p.value(u"birthPlace"_s).toString());
        set(r + u"hometown"_s, p.value(u"hometown"_s).toString());
        set(r + u"idNumber"_s, p.value(u"idNumber"_s).toString());
        set(r + u"idDocument"_s, vt::identityDocument(p.value(u"idDocument"_s)));
        set(r + u"relationship"_s, p.value(u"relationship"_s).toString());
    }

    void date(const QString &name, const QJsonValue &iso)
    {
        set(name, vt::dateDigits(iso));
        set(name + u"Words"_s, vt::dateWords(iso, m_words));
    }

    const text::WordStyle &words() const { return m_words; }

private:
    FormValues &m_out;
    QString m_prefix;
    const text::WordStyle &m_words;
};

QJsonObject member(const QJsonObject &o, const QString &key)
{
    return o.value(key).toObject();
}

/// The persons a kind names, in the order its papers print them; the first is its principal.
QStringList personRoles(EventKind kind)
{
    switch (kind) {
    case EventKind::Birth:
        return {u"subject"_s, u"mother"_s, u"father"_s, u"declarant"_s};
    case EventKind::Death:
        return {u"subject"_s, u"declarant"_s};
    case EventKind::Marriage:
        return {u"wife"_s, u"husband"_s};
    case EventKind::ParentChildRecognition:
        return {u"parent"_s, u"child"_s, u"declarant"_s};
    case EventKind::Guardianship:
        return {u"guardian"_s, u"ward"_s};
    case EventKind::GuardianshipEnd:
        return {};
    case EventKind::GuardianshipChange:
        return {u"newGuardian"_s};
    case EventKind::Correction:
    case EventKind::EthnicityRedetermination:
    case EventKind::ExtractCopy:
        return {u"requester"_s};
    case EventKind::MaritalStatusCertificate:
        return {u"subject"_s, u"requester"_s};
    case EventKind::Recording:
        return {u"subject"_s, u"otherParty"_s};
    }
    return {};
}

/// The two persons an extract of any kind shows ("principal", "second"): the subject, the wife
/// then the husband, the parent then the child, the guardian then the ward.
std::pair<QString, QString> principalRoles(EventKind kind)
{
    const QStringList roles = personRoles(kind);
    const QString first = roles.value(0);
    const QString second =
        roles.size() > 1 && roles[1] != u"declarant" && roles[1] != u"requester" ? roles[1] : QString();
    return {first, second};
}

QString deathNoticeName(const QString &type)
{
    if (type == u"courtJudgment")
        return u"Bản án, quyết định của Tòa án"_s;
    if (type == u"policeConfirmation")
        return u"Văn bản xác nhận của cơ quan công an"_s;
    if (type == u"communeConfirmation")
        return u"Văn bản xác nhận của Ủy ban nhân dân cấp xã"_s;
    return type.isEmpty() ? QString() : u"Giấy báo tử"_s;
}

QString recordingTypeName(const QString &type)
{
    static const QHash<QString, QString> names = {
        {u"divorce"_s, u"ly hôn"_s},
        {u"annulment"_s, u"hủy việc kết hôn trái pháp luật"_s},
        {u"adoption"_s, u"nuôi con nuôi"_s},
        {u"adoptionEnd"_s, u"chấm dứt việc nuôi con nuôi"_s},
        {u"parentage"_s, u"xác định cha, mẹ, con"_s},
        {u"sexRedetermination"_s, u"xác định lại giới tính"_s},
        {u"missingDeclaration"_s, u"tuyên bố mất tích"_s},
        {u"deathDeclaration"_s, u"tuyên bố đã chết"_s},
        {u"nationality"_s, u"thay đổi quốc tịch"_s},
        {u"eventAbroad"_s, u"hộ tịch đã đăng ký ở nước ngoài"_s},
    };
    return names.value(type, type);
}

QString maritalStatusText(const QJsonObject &c)
{
    const QString status = c.value(u"status"_s).toString();
    const bool male = member(c, u"subject"_s).value(u"sex"_s).toString() == u"male";
    if (status == u"single")
        return u"Hiện tại chưa đăng ký kết hôn với ai."_s;
    if (status == u"divorced")
        return u"Đã đăng ký kết hôn, nhưng đã ly hôn và hiện tại chưa đăng ký kết hôn với ai."_s;
    if (status == u"widowed")
        return u"Có %1 nhưng %1 đã chết và hiện tại chưa đăng ký kết hôn với ai."_s.arg(male ? u"vợ"_s
                                                                                             : u"chồng"_s);
    if (status == u"married") {
        const QJsonObject spouse = member(c, u"spouse"_s);
        const QJsonObject certificate = member(spouse, u"marriageCertificate"_s);
        QString text = u"Hiện tại đang có %1 là %2"_s.arg(male ? u"vợ"_s : u"chồng"_s,
                                                          spouse.value(u"fullName"_s).toString());
        if (!certificate.isEmpty()) {
            text += u" (Giấy chứng nhận kết hôn số %1, do %2 cấp ngày %3)"_s.arg(
                certificate.value(u"number"_s).toString(), certificate.value(u"issuer"_s).toString(),
                vt::dateDigits(certificate.value(u"date"_s)));
        }
        return text + u'.';
    }
    return {};
}

/// Leaves of a correction's merge patch as "givenName: Ân", in the patch's order.
QString correctionChanges(const QJsonObject &patch, const QString &path = {})
{
    QStringList parts;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString key = path.isEmpty() ? it.key() : path + u'.' + it.key();
        if (it->isObject())
            parts << correctionChanges(it->toObject(), key);
        else {
            const QString value = it->isString() ? it->toString()
                                  : it->isNull() ? u"(bỏ)"_s
                                                 : it->toVariant().toString();
            parts << QString(key + u": "_s) + value;
        }
    }
    return parts.join(u"; "_s);
}

/// The values every record has, and those of its kind.
void writeRecord(ValueWriter &w, const RecordView &view, bool withKindValues)
{
    const StoredRecord &s = view.stored;
    const QJsonObject c = view.current;
    w.set(u"kindName"_s, kindNameVi(s.kind));
    w.set(u"number"_s, s.number ? QString::number(s.number) : QString());
    w.set(u"book"_s, s.book ? u"%1"_s.arg(s.book, 2, 10, QChar(u'0')) : QString());
    w.set(u"year"_s, s.year ? QString::number(s.year) : QString());
    w.set(u"id"_s, s.id.isNull() ? QString() : uuidText(s.id));
    w.date(u"registrationDate"_s, c.value(u"registrationDate"_s));
    const QJsonObject historical = member(c, u"historical"_s);
    QString place = historical.value(u"office"_s).toString();
    if (place.isEmpty())
        place = vt::officeOfCode(s.office, s.registrationDate);
    w.set(u"registrationPlace"_s, place);
    w.set(u"reRegistration"_s, c.value(u"reRegistration"_s).toBool() ? u"Đăng ký lại"_s : QString());
    w.set(u"note"_s, c.value(u"note"_s).toString());

    const auto [principal, second] = principalRoles(s.kind);
    w.person(u"principal"_s, member(c, principal));
    w.person(u"second"_s, member(c, second));
    if (!withKindValues)
        return;

    for (const QString &role : personRoles(s.kind))
        w.person(role, member(c, role));
    w.set(u"reason"_s, c.value(u"reason"_s).toString());
    switch (s.kind) {
    case EventKind::Death: {
        const QJsonObject death = member(c, u"death"_s);
        const QString when = death.value(u"dateTime"_s).toString();
        const QTime time = when.size() > 10 ? QTime::fromString(when.mid(11), u"HH:mm"_s) : QTime();
        w.set(u"death.time"_s, time.isValid() ? u"%1 giờ %2 phút"_s.arg(time.hour(), 2, 10, QChar(u'0'))
                                                    .arg(time.minute(), 2, 10, QChar(u'0'))
                                              : QString());
        w.set(u"death.timeWords"_s, time.isValid() ? text::timeInWords(time, w.words()) : QString());
        w.date(u"death.date"_s, QJsonValue(when.left(10)));
        // Words the officer edited (the family's reading) win over the computed ones.
        if (const QString edited = death.value(u"dateWords"_s).toString(); !edited.isEmpty())
            w.set(u"death.dateWords"_s, edited);
        w.set(u"death.place"_s, death.value(u"place"_s).toString());
        w.set(u"death.cause"_s, death.value(u"cause"_s).toString());
        const QJsonObject notice = member(c, u"deathNotice"_s);
        w.set(u"deathNotice.kind"_s, deathNoticeName(notice.value(u"type"_s).toString()));
        w.set(u"deathNotice.number"_s, notice.value(u"number"_s).toString());
        w.set(u"deathNotice.issuer"_s, notice.value(u"issuer"_s).toString());
        w.date(u"deathNotice.date"_s, notice.value(u"date"_s));
        break;
    }
    case EventKind::ParentChildRecognition: {
        // "nhận con" when the parent asks; "nhận cha" / "nhận mẹ" when the child does.
        const bool byChild = c.value(u"requestedBy"_s).toString() == u"child";
        const bool father = c.value(u"parentRole"_s).toString() == u"father";
        w.set(u"recognition.what"_s, !byChild ? u"con"_s : father ? u"cha"_s : u"mẹ"_s);
        break;
    }
    case EventKind::Guardianship:
        w.set(u"guardianship.basis"_s,
              c.value(u"basis"_s).toString() == u"statutory" ? u"giám hộ đương nhiên"_s : u"giám hộ cử"_s);
        break;
    case EventKind::GuardianshipEnd:
        w.date(u"endDate"_s, c.value(u"endDate"_s));
        break;
    case EventKind::Correction: {
        static const QHash<QString, QString> types = {
            {u"change"_s, u"thay đổi"_s}, {u"correction"_s, u"cải chính"_s}, {u"supplement"_s, u"bổ sung"_s}};
        w.set(u"correction.type"_s, types.value(c.value(u"type"_s).toString()));
        w.set(u"correction.changes"_s, correctionChanges(member(c, u"changes"_s)));
        break;
    }
    case EventKind::EthnicityRedetermination:
        w.set(u"ethnicity"_s, c.value(u"ethnicity"_s).toString());
        break;
    case EventKind::MaritalStatusCertificate: {
        const QJsonObject period = member(c, u"residencePeriod"_s);
        w.date(u"residencePeriod.from"_s, period.value(u"from"_s));
        w.date(u"residencePeriod.to"_s, period.value(u"to"_s));
        w.set(u"residencePeriod.place"_s, period.value(u"place"_s).toString());
        w.set(u"maritalStatus"_s, maritalStatusText(c));
        w.set(u"purpose"_s, c.value(u"purpose"_s).toString());
        break;
    }
    case EventKind::Recording: {
        w.set(u"recordingType"_s, recordingTypeName(c.value(u"recordingType"_s).toString()));
        const QJsonObject decision = member(c, u"decision"_s);
        w.set(u"decision.number"_s, decision.value(u"number"_s).toString());
        w.set(u"decision.issuer"_s, decision.value(u"issuer"_s).toString());
        w.date(u"decision.date"_s, decision.value(u"date"_s));
        w.set(u"content"_s, c.value(u"content"_s).toString());
        break;
    }
    case EventKind::ExtractCopy:
        w.set(u"copies"_s,
              c.contains(u"copies"_s) ? QString::number(c.value(u"copies"_s).toInt()) : QString());
        w.set(u"purpose"_s, c.value(u"purpose"_s).toString());
        break;
    default:
        break;
    }
}

/// The values of the paper itself: the issuing office, the date of issue and the signer.
void writeIssue(ValueWriter &w, const RecordView &view, const IssueContext &context)
{
    w.set(u"office.province"_s, text::certificateForm(context.provinceName));
    w.set(u"office.name"_s, text::certificateForm(context.officeName));
    w.set(u"issue.placeDate"_s, context.officePlace + u", "_s + vt::dateLine(context.issueDate));
    w.date(u"issue.date"_s, QJsonValue(isoDate(context.issueDate)));
    const QJsonObject signer = member(view.current, u"signer"_s);
    const QString name = signer.value(u"fullName"_s).toString();
    w.set(u"signer.name"_s, name.isEmpty() ? context.signer.name : name);
    const QString title = signer.value(u"title"_s).toString();
    w.set(u"signer.title"_s, text::certificateForm(title.isEmpty() ? context.signer.title : title));
}

std::optional<QUuid> relatedId(const RecordView &view)
{
    for (const QString &key : {u"source"_s, u"amends"_s, u"relatedRecord"_s}) {
        const QString id = view.current.value(key).toString();
        if (!id.isEmpty())
            return QUuid::fromString(id);
    }
    return std::nullopt;
}

RecordView emptyViewOf(EventKind kind)
{
    RecordView v;
    v.stored.kind = kind;
    return v;
}

} // namespace

Result<PrintSubject> loadPrintSubject(RecordStore &store, const QUuid &id)
{
    auto view = loadRecordView(store, id);
    if (!view)
        return view.error();
    PrintSubject subject{std::move(view.value()), std::nullopt};
    if (const auto related = relatedId(subject.record)) {
        auto relatedView = loadRecordView(store, *related);
        if (!relatedView)
            return relatedView.error();
        subject.related = std::move(relatedView.value());
    }
    return subject;
}

FormValues recordValues(const PrintSubject &subject, const IssueContext &context)
{
    FormValues values;
    ValueWriter own(values, {}, context.words);
    writeRecord(own, subject.record, true);
    writeIssue(own, subject.record, context);
    if (subject.related) {
        ValueWriter related(values, u"related."_s, context.words);
        writeRecord(related, *subject.related, true);
    }
    return values;
}

FormValues issueValues(const IssueContext &context)
{
    FormValues values;
    ValueWriter w(values, {}, context.words);
    writeIssue(w, emptyViewOf(EventKind::Birth), context);
    return values;
}

bool isKnownValueName(EventKind kind, std::optional<EventKind> relatedKind, const QString &name)
{
    // The names a kind provides are those an empty record of it gets.
    FormValues values;
    const IssueContext context;
    ValueWriter own(values, {}, context.words);
    writeRecord(own, emptyViewOf(kind), true);
    writeIssue(own, emptyViewOf(kind), context);
    if (name.startsWith(u"related.")) {
        if (!amendsAnotherRecord(kind) && kind != EventKind::ExtractCopy && kind != EventKind::Recording)
            return false;
        ValueWriter related(values, u"related."_s, context.words);
        // Without a known related kind only the values every record has may be used.
        writeRecord(related, emptyViewOf(relatedKind.value_or(EventKind::ExtractCopy)),
                    relatedKind.has_value());
    }
    return values.contains(name);
}

} // namespace hotich::printing
