#include "FormBinding.h"

#include "util/Uuid.h"

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

QString compose(const FieldSpec &field, const FormValues &values)
{
    if (!field.value.isEmpty())
        return values.value(field.value);
    QString out;
    qsizetype last = 0;
    for (auto it = FieldSpec::placeholder().globalMatch(field.text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(field.text).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(field.text).mid(last);
    return out.simplified();
}

void addDrawing(QList<BoundText> &out, const FormDrawing &drawing, const QString &name, bool blankFormOnly)
{
    for (qsizetype i = 0; i < drawing.texts.size(); ++i) {
        out.append({u"%1.texts[%2]"_s.arg(name).arg(i), drawing.texts[i].text, drawing.texts[i].box, false,
                    blankFormOnly});
    }
}

} // namespace

Result<void> FormBinding::checkKind(const FormTemplate &form, const PrintSubject &subject)
{
    const EventKind kind = subject.record.stored.kind;
    if (kind != form.kind) {
        return Error::make(
            ErrorKind::Conflict, u"print.wrongKind"_s,
            u"Mẫu \"%1\" dùng cho việc %2; hồ sơ %3 là việc %4"_s.arg(
                form.title, kindNameVi(form.kind), uuidText(subject.record.stored.id), kindNameVi(kind)),
            u"The form \"%1\" is for %2 records; record %3 is a %4 record"_s.arg(
                form.id, kindCode(form.kind), uuidText(subject.record.stored.id), kindCode(kind)));
    }
    if (form.relatedKind && (!subject.related || subject.related->stored.kind != *form.relatedKind)) {
        const QString what = subject.related ? kindCode(subject.related->stored.kind) : u"no"_s;
        const QString whatVi = subject.related ? kindNameVi(subject.related->stored.kind) : u"không có"_s;
        return Error::make(ErrorKind::Conflict, u"print.wrongRelatedKind"_s,
                           u"Mẫu \"%1\" dùng cho bản sao việc %2; hồ sơ được sao là việc %3"_s.arg(
                               form.title, kindNameVi(*form.relatedKind), whatVi),
                           u"The form \"%1\" copies %2 records; the record copied is %3 record"_s.arg(
                               form.id, kindCode(*form.relatedKind), what));
    }
    if (subject.record.status == RecordStatus::Voided) {
        return Error::make(
            ErrorKind::Conflict, u"print.voided"_s,
            u"Hồ sơ %1 đã bị thu hồi, hủy bỏ: không in giấy tờ"_s.arg(uuidText(subject.record.stored.id)),
            u"Record %1 is voided: no paper is printed for it"_s.arg(uuidText(subject.record.stored.id)));
    }
    return {};
}

Result<QList<BoundText>> FormBinding::bind(const FormTemplate &form, const PrintSubject &subject,
                                           const IssueContext &context)
{
    if (auto kind = checkKind(form, subject); !kind)
        return kind.error();
    return bindValues(form, recordValues(subject, context));
}

QList<BoundText> FormBinding::bindValues(const FormTemplate &form, const FormValues &values)
{
    QList<BoundText> out;
    for (const FieldSpec &f : form.fields)
        out.append({f.name, compose(f, values), f.box, true, false});
    addDrawing(out, form.printed, u"printed"_s, false);
    addDrawing(out, form.blankForm, u"blankForm"_s, true);
    return out;
}

} // namespace hotich::printing
