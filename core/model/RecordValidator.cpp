#include "RecordValidator.h"

#include "PartialDate.h"
#include "reference/CodeLists.h"
#include "reference/PersonalIdNumber.h"
#include "text/Fold.h"
#include "text/Names.h"
#include "text/Normalize.h"
#include "util/Uuid.h"

#include <QJsonArray>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

const QString kAsWritten = u"AsWritten"_s;

QString join(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path + u'.' + name;
}

class Canonicalizer
{
public:
    Canonicalizer(EventKind kind, bool historical, Findings &errors)
        : m_kind(kind), m_historical(historical), m_errors(errors)
    {}

    /// The canonical form of `in`. `changed` is set when it differs: an unchanged object is
    /// returned as it came (copying and rewriting Qt's JSON containers is most of the cost here).
    QJsonObject object(QJsonObject in, const ObjectSchema &schema, const QString &path, bool &changed)
    {
        if (schema.splitNames && splitFullName(in, path))
            changed = true;
        QJsonObject out = in;
        // One pass over the members, each kept by its field: no look-ups by name afterwards.
        const qsizetype count = schema.fields.size();
        QVarLengthArray<QJsonValue, 32> values(count, QJsonValue(QJsonValue::Undefined));
        QVarLengthArray<QJsonValue, 32> asWritten(count, QJsonValue(QJsonValue::Undefined));
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            const QString key = it.key();
            if (const FieldSpec *spec = schema.field(key)) {
                values[spec - schema.fields.data()] = it.value();
            } else if (const FieldSpec *dated = asWrittenField(schema, key)) {
                asWritten[dated - schema.fields.data()] = it.value();
            } else {
                error(u"field.unknown"_s, join(path, key),
                      u"Trường \"%1\" không có trong mẫu %2"_s.arg(join(path, key), kindNameVi(m_kind)),
                      u"Unknown field \"%1\" for a %2"_s.arg(join(path, key), kindNameEn(m_kind)));
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            const FieldSpec &spec = schema.fields[i];
            const QString fieldPath = join(path, spec.name);
            const bool dated = spec.type == FieldType::PartialDate || spec.type == FieldType::DateTime;
            // The text as written decides a date; the mapped date is derived again.
            const bool fromAsWritten = dated && !asWritten[i].isUndefined() && !asWritten[i].isNull();
            const QJsonValue &value = fromAsWritten ? asWritten[i] : values[i];
            // Read once: Qt decodes a JSON string again on every toString().
            const QString valueText = value.isString() ? value.toString() : QString();
            if (isAbsent(value, valueText)) {
                if (spec.required)
                    missing(spec, fieldPath);
                if (!values[i].isUndefined()) {
                    out.remove(spec.name);
                    changed = true;
                }
                if (!asWritten[i].isUndefined()) {
                    out.remove(QString(spec.name + kAsWritten));
                    changed = true;
                }
                continue;
            }
            const QString givenText = !fromAsWritten         ? valueText
                                      : values[i].isString() ? values[i].toString()
                                                             : QString();
            Member member{out, spec.name, values[i], givenText, asWritten[i], changed};
            convert(value, valueText, spec, fieldPath, member);
        }
        return out;
    }

private:
    /// One member of the object being made canonical, with its value as it came.
    struct Member
    {
        QJsonObject &out;
        const QString &name;
        const QJsonValue &given;
        const QString &givenText; ///< the given value's text, if it is text
        const QJsonValue &givenAsWritten;
        bool &changed;

        /// Writes the canonical value, unless it is the value given (writing is not cheap).
        void set(const QJsonValue &value)
        {
            if (given != value) {
                out.insert(name, value);
                changed = true;
            }
        }
        /// The same for text, compared as text (no JSON value is made for the comparison).
        void setText(const QString &text)
        {
            if (!given.isString() || givenText != text) {
                out.insert(name, text);
                changed = true;
            }
        }
        void setAsWritten(const QString &text)
        {
            if (givenAsWritten != QJsonValue(text)) {
                out.insert(QString(name + kAsWritten), text);
                changed = true;
            }
        }
        void setObject(const QJsonObject &object, bool objectChanged)
        {
            if (objectChanged || !given.isObject()) {
                out.insert(name, object);
                changed = true;
            }
        }
    };

    static bool isAbsent(const QJsonValue &v, const QString &string)
    {
        return v.isUndefined() || v.isNull() || (v.isString() && text::cleanText(string).isEmpty());
    }

    /// The date field whose text as written the key holds ("birthDateAsWritten"), if any.
    static const FieldSpec *asWrittenField(const ObjectSchema &schema, const QString &key)
    {
        if (!key.endsWith(kAsWritten))
            return nullptr;
        const FieldSpec *spec = schema.field(QStringView(key).chopped(kAsWritten.size()));
        return spec && (spec->type == FieldType::PartialDate || spec->type == FieldType::DateTime) ? spec
                                                                                                   : nullptr;
    }

    /// Replaces fullName by its parts; true when `in` changed.
    bool splitFullName(QJsonObject &in, const QString &path)
    {
        if (!in.contains(u"fullName"_s))
            return false;
        if (in.contains(u"familyName"_s) || in.contains(u"givenName"_s) || in.contains(u"middleName"_s)) {
            error(u"name.both"_s, join(path, u"fullName"_s),
                  u"Ghi họ tên đầy đủ (fullName) hoặc từng phần họ, chữ đệm, tên, không ghi cả hai"_s,
                  u"Give either fullName or familyName/middleName/givenName, not both"_s);
            in.remove(u"fullName"_s);
            return true;
        }
        const QJsonValue full = in.take(u"fullName"_s);
        if (!full.isString())
            return true;
        const text::NameParts parts = text::splitFullName(full.toString());
        if (!parts.family.isEmpty())
            in.insert(u"familyName"_s, parts.family);
        if (!parts.middle.isEmpty())
            in.insert(u"middleName"_s, parts.middle);
        if (!parts.given.isEmpty())
            in.insert(u"givenName"_s, parts.given);
        return true;
    }

    /// Converts `value` into the member; `string` is its text when it is a JSON string (read once).
    void convert(const QJsonValue &value, const QString &string, const FieldSpec &spec, const QString &path,
                 Member &member)
    {
        switch (spec.type) {
        case FieldType::Text:
        case FieldType::Name: {
            if (!expectString(value, spec, path))
                return;
            const QString clean = text::cleanText(string);
            const auto check =
                spec.type == FieldType::Name ? text::checkName(clean, path) : text::checkText(clean, path);
            if (!check)
                return add(check.error());
            member.setText(clean);
            return;
        }
        case FieldType::Date: {
            if (!expectString(value, spec, path))
                return;
            const auto date = parseFullDate(string, path);
            if (!date)
                return add(date.error());
            member.setText(isoDate(*date));
            return;
        }
        case FieldType::PartialDate: {
            if (!expectString(value, spec, path))
                return;
            const auto date = PartialDate::parse(string, path, m_historical);
            if (!date)
                return add(date.error());
            member.setText(date->toIso());
            if (!date->asWritten().isEmpty())
                member.setAsWritten(date->asWritten());
            return;
        }
        case FieldType::DateTime:
            return dateTime(value, string, spec, path, member);
        case FieldType::Sex: {
            const QString folded = value.isString() ? text::fold(string) : QString();
            if (folded == u"male"_s || folded == u"nam"_s)
                member.setText(u"male"_s);
            else if (folded == u"female"_s || folded == u"nu"_s)
                member.setText(u"female"_s);
            else
                error(u"sex.invalid"_s, path, u"Giới tính (%1) phải là \"male\" hoặc \"female\""_s.arg(path),
                      u"Sex (%1) must be \"male\" or \"female\""_s.arg(path));
            return;
        }
        case FieldType::IdNumber: {
            if (!expectString(value, spec, path))
                return;
            QString number = string;
            number.remove(u' ');
            const auto parsed = reference::parsePersonalId(number, path);
            if (!parsed)
                return add(parsed.error());
            member.setText(number);
            return;
        }
        case FieldType::IdDocument:
            if (value.isObject()) {
                bool changed = false;
                const QJsonObject document =
                    object(value.toObject(), identityDocumentSchema(), path, changed);
                member.setObject(document, changed);
                return;
            }
            return convert(value, string,
                           {spec.name, FieldType::Text, false, spec.labelVi, spec.labelEn, nullptr, {}}, path,
                           member);
        case FieldType::Ethnicity:
            return codeList(value, string, spec, path, member, reference::EthnicGroups::instance(),
                            u"54 dân tộc"_s, u"the 54 ethnic groups"_s);
        case FieldType::Religion:
            return codeList(value, string, spec, path, member, reference::Religions::instance(),
                            u"tôn giáo"_s, u"religions"_s);
        case FieldType::Nationality:
            return codeList(value, string, spec, path, member, reference::Countries::instance(),
                            u"quốc gia"_s, u"countries"_s);
        case FieldType::Bool:
            if (!value.isBool())
                return error(u"field.type"_s, path,
                             u"%1 (%2) phải là true hoặc false"_s.arg(spec.labelVi, path),
                             u"%1 (%2) must be true or false"_s.arg(spec.labelEn, path));
            member.set(value);
            return;
        case FieldType::Count: {
            const double d = value.toDouble(-1);
            if (!value.isDouble() || d < 1 || d > 1e6 || d != double(qint64(d)))
                return error(u"field.type"_s, path,
                             u"%1 (%2) phải là số nguyên dương"_s.arg(spec.labelVi, path),
                             u"%1 (%2) must be a positive whole number"_s.arg(spec.labelEn, path));
            member.set(qint64(d));
            return;
        }
        case FieldType::Choice:
            if (!value.isString() || !spec.choices.contains(string))
                return error(
                    u"field.choice"_s, path,
                    u"%1 (%2) phải là một trong: %3"_s.arg(spec.labelVi, path, spec.choices.join(u", "_s)),
                    u"%1 (%2) must be one of: %3"_s.arg(spec.labelEn, path, spec.choices.join(u", "_s)));
            member.set(value);
            return;
        case FieldType::RecordRef: {
            const QUuid id = value.isString() ? parseUuid(string) : QUuid();
            if (id.isNull())
                return error(u"field.recordRef"_s, path,
                             u"%1 (%2) phải là mã hồ sơ (UUID)"_s.arg(spec.labelVi, path),
                             u"%1 (%2) must be a record id (UUID)"_s.arg(spec.labelEn, path));
            member.setText(uuidText(id));
            return;
        }
        case FieldType::Object: {
            if (!value.isObject())
                return error(u"field.type"_s, path,
                             u"%1 (%2) phải là một đối tượng JSON"_s.arg(spec.labelVi, path),
                             u"%1 (%2) must be a JSON object"_s.arg(spec.labelEn, path));
            bool changed = false;
            const QJsonObject inner = object(value.toObject(), *spec.object, path, changed);
            member.setObject(inner, changed);
            return;
        }
        case FieldType::Patch:
            if (!value.isObject() || value.toObject().isEmpty())
                return error(u"field.type"_s, path,
                             u"%1 (%2) phải là một đối tượng JSON không rỗng"_s.arg(spec.labelVi, path),
                             u"%1 (%2) must be a non-empty JSON object"_s.arg(spec.labelEn, path));
            // The patched record is checked when the patch is applied, but the patch is stored as it
            // is given, in UTF-8: a broken character would be stored as something else.
            if (!validUtf16(value))
                return error(
                    u"text.surrogate"_s, path,
                    u"%1 (%2) có ký tự hỏng (nửa cặp UTF-16)"_s.arg(spec.labelVi, path),
                    u"%1 (%2) holds a broken character (unpaired surrogate)"_s.arg(spec.labelEn, path));
            member.set(normalizeStrings(value).toObject());
            return;
        }
    }

    void dateTime(const QJsonValue &value, const QString &string, const FieldSpec &spec, const QString &path,
                  Member &member)
    {
        if (!expectString(value, spec, path))
            return;
        const QString textValue = string.trimmed();
        const qsizetype t = textValue.indexOf(u'T');
        const auto date = PartialDate::parse(t < 0 ? textValue : textValue.left(t), path, m_historical);
        if (!date)
            return add(date.error());
        QString canonical = date->toIso();
        if (t >= 0) {
            const QTime time = QTime::fromString(textValue.mid(t + 1), u"HH:mm"_s);
            if (!time.isValid() || !date->isFull())
                return error(
                    u"time.invalid"_s, path,
                    u"Giờ phút \"%1\" không hợp lệ: cần dạng 2026-11-01T14:30 (giờ 00–23, phút 00–59)"_s.arg(
                        textValue),
                    u"Time \"%1\" is not valid: use 2026-11-01T14:30 (hours 00–23, minutes 00–59)"_s.arg(
                        textValue));
            canonical += u'T' + time.toString(u"HH:mm"_s);
        }
        member.setText(canonical);
        if (!date->asWritten().isEmpty())
            member.setAsWritten(t < 0 ? date->asWritten() : date->asWritten() + textValue.mid(t));
    }

    template <class List>
    void codeList(const QJsonValue &value, const QString &string, const FieldSpec &spec, const QString &path,
                  Member &member, const List &list, const QString &listVi, const QString &listEn)
    {
        if (!expectString(value, spec, path))
            return;
        const auto *entry = list.match(string);
        if (!entry)
            return error(u"code.unknown"_s, path,
                         u"%1 \"%2\" không có trong danh mục %3"_s.arg(spec.labelVi, string, listVi),
                         u"%1 \"%2\" is not in the list of %3"_s.arg(spec.labelEn, string, listEn));
        if constexpr (std::is_same_v<List, reference::Countries>)
            member.setText(entry->alpha2);
        else
            member.setText(entry->name);
    }

    bool expectString(const QJsonValue &value, const FieldSpec &spec, const QString &path)
    {
        if (value.isString())
            return true;
        error(u"field.type"_s, path, u"%1 (%2) phải là chuỗi ký tự"_s.arg(spec.labelVi, path),
              u"%1 (%2) must be text"_s.arg(spec.labelEn, path));
        return false;
    }

    /// Whether every string and member name in `value` is whole UTF-16 (no unpaired surrogate).
    static bool validUtf16(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString().isValidUtf16();
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it.key().isValidUtf16() || !validUtf16(it.value()))
                    return false;
            }
        }
        if (value.isArray()) {
            const QJsonArray a = value.toArray();
            return std::all_of(a.begin(), a.end(), [](const QJsonValue &v) { return validUtf16(v); });
        }
        return true;
    }

    static QJsonValue normalizeStrings(const QJsonValue &value)
    {
        if (value.isString())
            return text::cleanText(value.toString());
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                it.value() = normalizeStrings(it.value());
            return o;
        }
        if (value.isArray()) {
            QJsonArray a = value.toArray();
            for (auto it = a.begin(); it != a.end(); ++it)
                *it = normalizeStrings(*it);
            return a;
        }
        return value;
    }

    void missing(const FieldSpec &spec, const QString &path)
    {
        error(u"field.missing"_s, path, u"Thiếu %1 (%2)"_s.arg(spec.labelVi, path),
              u"Missing %1 (%2)"_s.arg(spec.labelEn, path));
    }

    void error(const QString &code, const QString &path, const QString &vi, const QString &en)
    {
        m_errors.append({Finding::Severity::Error, code, path, vi, en});
    }

    void add(const Error &e) { m_errors.append(Finding::fromError(e)); }

    EventKind m_kind;
    bool m_historical;
    Findings &m_errors;
};

} // namespace

CanonicalRecord canonicalizeRecord(const QJsonObject &input)
{
    CanonicalRecord result;
    const QJsonValue kindValue = input.value(u"kind"_s);
    result.kind = kindValue.isString() ? parseKindCode(kindValue.toString()) : std::nullopt;
    if (!result.kind) {
        QStringList codes;
        for (EventKind k : allEventKinds())
            codes << kindCode(k);
        result.errors.append({Finding::Severity::Error, u"kind.unknown"_s, u"kind"_s,
                              u"Loại việc hộ tịch (kind) phải là một trong: %1"_s.arg(codes.join(u", "_s)),
                              u"The kind must be one of: %1"_s.arg(codes.join(u", "_s))});
        return result;
    }
    const bool historical = input.value(u"historical"_s).isObject();
    Canonicalizer canonicalizer(*result.kind, historical, result.errors);
    bool changed = false;
    result.json = canonicalizer.object(input, recordSchema(*result.kind), QString(), changed);
    return result;
}

QJsonObject applyMergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject out = target;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            out.remove(it.key());
        else if (it.value().isObject())
            out.insert(it.key(), applyMergePatch(out.value(it.key()).toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject createMergePatch(const QJsonObject &from, const QJsonObject &to)
{
    QJsonObject patch;
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = to.begin(); it != to.end(); ++it) {
        const QJsonValue old = from.value(it.key());
        if (old == it.value())
            continue;
        if (old.isObject() && it.value().isObject())
            patch.insert(it.key(), createMergePatch(old.toObject(), it.value().toObject()));
        else
            patch.insert(it.key(), it.value());
    }
    return patch;
}

} // namespace hotich
