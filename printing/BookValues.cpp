#include "BookValues.h"

#include "ValueText.h"

#include "model/PartialDate.h"
#include "text/NumberWords.h"

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace vt = value_text;
namespace {

// The deadlines of Luật Hộ tịch (Điều 15, Điều 33), as the registration rules apply them.
constexpr int kBirthDeadlineDays = 60;
constexpr int kDeathDeadlineDays = 15;
const QString kTick = u"x"_s;

/// The tick columns of each book (DOMAIN.md, "Form layouts as printed").
QStringList tickNames(EventKind kind)
{
    switch (kind) {
    case EventKind::Birth:
        return {u"tick.onTime"_s, u"tick.late"_s, u"tick.reRegistration"_s, u"tick.parentsUnknown"_s,
                u"tick.abandoned"_s};
    case EventKind::Marriage:
        return {u"tick.firstMarriage"_s, u"tick.reRegistration"_s};
    case EventKind::Death:
        return {u"tick.onTime"_s, u"tick.late"_s, u"tick.reRegistration"_s, u"tick.under1"_s,
                u"tick.under5"_s};
    default:
        return {};
    }
}

QDate fullDate(const QJsonValue &iso)
{
    return QDate::fromString(iso.toString().left(10), Qt::ISODate);
}

/// On time or late: only for a first registration whose event date is known to the day.
void deadlineTicks(FormValues &out, QDate event, QDate registered, int deadlineDays)
{
    if (!event.isValid() || !registered.isValid())
        return;
    out.insert(event.daysTo(registered) > deadlineDays ? u"tick.late"_s : u"tick.onTime"_s, kTick);
}

void writeTicks(FormValues &out, const RecordView &entry)
{
    const QJsonObject c = entry.current;
    for (const QString &name : tickNames(entry.stored.kind))
        out.insert(name, QString());
    const bool again = c.value(u"reRegistration"_s).toBool();
    if (again)
        out.insert(u"tick.reRegistration"_s, kTick);
    const QDate registered = fullDate(c.value(u"registrationDate"_s));
    const QJsonObject subject = c.value(u"subject"_s).toObject();
    switch (entry.stored.kind) {
    case EventKind::Birth: {
        if (!again)
            deadlineTicks(out, fullDate(subject.value(u"birthDate"_s)), registered, kBirthDeadlineDays);
        const QString circumstance = c.value(u"circumstance"_s).toString();
        if (circumstance == u"abandoned")
            out.insert(u"tick.abandoned"_s, kTick);
        else if (circumstance == u"parentsUnknown")
            out.insert(u"tick.parentsUnknown"_s, kTick);
        break;
    }
    case EventKind::Death: {
        const QDate died = fullDate(c.value(u"death"_s).toObject().value(u"dateTime"_s));
        if (!again)
            deadlineTicks(out, died, registered, kDeathDeadlineDays);
        auto birth = PartialDate::parse(subject.value(u"birthDate"_s).toString(), u"birthDate"_s);
        if (died.isValid() && birth && birth->isFull()) {
            const int age = fullYearsOn(*birth, died);
            if (age < 1)
                out.insert(u"tick.under1"_s, kTick);
            else if (age < 5)
                out.insert(u"tick.under5"_s, kTick);
        }
        break;
    }
    default:
        // A first marriage is not in the record format: its column is left for the officer's pen.
        break;
    }
}

QString entryNote(const RecordView &entry)
{
    if (entry.status != RecordStatus::Voided)
        return {};
    const QJsonObject voided = entry.current.value(u"voided"_s).toObject();
    QString note = u"ĐÃ THU HỒI, HỦY BỎ"_s;
    const QString number = voided.value(u"number"_s).toString();
    if (!number.isEmpty())
        note += u" theo quyết định số %1"_s.arg(number);
    const QString date = vt::dateDigits(voided.value(u"date"_s));
    if (!date.isEmpty())
        note += u" ngày %1"_s.arg(date);
    return note;
}

} // namespace

FormValues bookPageValues(const BookFacts &facts, const IssueContext &context)
{
    FormValues out = issueValues(context);
    out.insert(u"book.year"_s, facts.year ? QString::number(facts.year) : QString());
    out.insert(u"book.volumes"_s, facts.volumes);
    out.insert(u"page.number"_s, QString::number(facts.pageNumber));
    out.insert(u"page.count"_s, QString::number(facts.pageCount));
    out.insert(u"closing.totalPages"_s, QString::number(facts.pageCount));
    out.insert(u"closing.totalPagesWords"_s, text::numberInWords(facts.pageCount, context.words));
    out.insert(u"closing.totalEvents"_s, QString::number(facts.entries));
    out.insert(u"closing.totalEventsWords"_s, text::numberInWords(facts.entries, context.words));
    out.insert(u"closing.firstNumber"_s, QString::number(facts.firstNumber));
    out.insert(u"closing.lastNumber"_s, QString::number(facts.lastNumber));
    out.insert(u"closing.voided"_s, QString::number(facts.voided));
    out.insert(u"closing.voidedNote"_s,
               facts.voided ? u", trong đó %1 mục đã thu hồi, hủy bỏ"_s.arg(facts.voided) : QString());
    // A register is closed on the last day of its year (Thông tư 04/2020/TT-BTP).
    const QDate closed(facts.year, 12, 31);
    out.insert(u"closing.placeDate"_s, context.officePlace + u", "_s + vt::dateLine(closed));
    return out;
}

FormValues bookEntryValues(const RecordView &entry, const IssueContext &context)
{
    FormValues out = recordValues({entry, std::nullopt}, context);
    writeTicks(out, entry);
    out.insert(u"entry.note"_s, entryNote(entry));
    return out;
}

bool isKnownBookValue(EventKind kind, BookPart part, const QString &name)
{
    switch (part) {
    case BookPart::Entry:
        return name == u"entry.note" || tickNames(kind).contains(name) ||
               isKnownValueName(kind, std::nullopt, name);
    case BookPart::Page:
        if (name.startsWith(u"closing."))
            return false;
        [[fallthrough]];
    case BookPart::Closing:
        return bookPageValues({}, {}).contains(name);
    }
    return false;
}

} // namespace hotich::printing
