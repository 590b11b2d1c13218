#include "RegisterBook.h"

#include "BookValues.h"
#include "TemplateLoader.h"

#include "store/RecordStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hotich::printing {
namespace {

QString bookName(EventKind kind)
{
    return u"sổ đăng ký %1"_s.arg(kindNameVi(kind));
}

Error onEntry(Error e, const RecordView &entry)
{
    const QString number = u"%1/%2"_s.arg(entry.stored.number).arg(entry.stored.year);
    e.vi = u"Số %1: %2"_s.arg(number, e.vi);
    e.en = u"Entry %1: %2"_s.arg(number, e.en);
    return e;
}

/// The fields and lines of entry slot `slot`: entry 0's, moved down slot × pitch.
QList<FieldSpec> fieldsAt(const QList<FieldSpec> &fields, int slot, double pitchMm)
{
    QList<FieldSpec> out = fields;
    for (FieldSpec &f : out)
        f.box.boxMm.translate(0, slot * pitchMm);
    return out;
}

QList<StaticLine> linesAt(const QList<StaticLine> &lines, int slot, double pitchMm)
{
    QList<StaticLine> out = lines;
    for (StaticLine &l : out) {
        l.fromMm.ry() += slot * pitchMm;
        l.toMm.ry() += slot * pitchMm;
    }
    return out;
}

} // namespace

const QList<EventKind> &RegisterBook::kinds()
{
    static const QList<EventKind> list = {EventKind::Birth, EventKind::Marriage, EventKind::Death};
    return list;
}

Result<FormTemplate> RegisterBook::pageTemplate(EventKind kind)
{
    return TemplateLoader::fromFile(u":/hotich/forms/books/%1-book.json"_s.arg(kindCode(kind)));
}

Result<RegisterBook> RegisterBook::read(RecordStore &store, EventKind kind, int year)
{
    if (!kinds().contains(kind)) {
        QStringList codes;
        for (EventKind k : kinds())
            codes << kindCode(k);
        return Error::invalid(u"book.noBook"_s, u"kind"_s,
                              u"Việc %1 không có trang sổ để in; các sổ in được: %2"_s.arg(
                                  kindNameVi(kind), codes.join(u", "_s)),
                              u"%1 has no register book page to print; the books are: %2"_s.arg(
                                  kindCode(kind), codes.join(u", "_s)));
    }
    QList<RecordView> entries;
    auto walked = store.forEachRecordId(kind, [&](const QUuid &id) -> Result<void> {
        auto stored = store.find(id);
        if (!stored)
            return stored.error();
        if (!stored->has_value() || (*stored)->year != year)
            return {};
        auto view = loadRecordView(store, id);
        if (!view)
            return view.error();
        entries << std::move(view.value());
        return {};
    });
    if (!walked)
        return walked.error();
    if (entries.isEmpty()) {
        return Error::make(ErrorKind::NotFound, u"book.empty"_s,
                           u"Năm %1 %2 không có mục nào"_s.arg(year).arg(bookName(kind)),
                           u"The %1 register of %2 has no entry"_s.arg(kindCode(kind)).arg(year));
    }
    // The paper book is written in number order; records caught up from the server may have come
    // in another.
    std::sort(entries.begin(), entries.end(),
              [](const RecordView &a, const RecordView &b) { return a.stored.number < b.stored.number; });
    return RegisterBook(kind, year, std::move(entries));
}

int RegisterBook::pageCount(const FormTemplate &book) const
{
    const int perPage = book.book ? book.book->entriesPerPage : 1;
    return int((m_entries.size() + perPage - 1) / perPage) + 1;
}

Result<QList<FittedForm>> RegisterBook::pages(const FormTemplate &book, const IssueContext &context,
                                              const BundledFont &font) const
{
    if (!book.book || book.kind != m_kind) {
        return Error::invalid(
            u"book.template"_s, u"form"_s,
            u"Mẫu \"%1\" không phải trang %2"_s.arg(book.title, bookName(m_kind)),
            u"The form %1 is not a page of the %2 register"_s.arg(book.id, kindCode(m_kind)));
    }
    const BookLayout &layout = *book.book;
    BookFacts facts;
    facts.year = m_year;
    facts.pageCount = pageCount(book);
    facts.entries = int(m_entries.size());
    facts.firstNumber = m_entries.constFirst().stored.number;
    facts.lastNumber = m_entries.constLast().stored.number;
    QList<int> volumes;
    for (const RecordView &e : m_entries) {
        facts.voided += e.status == RecordStatus::Voided ? 1 : 0;
        if (!volumes.contains(e.stored.book))
            volumes << e.stored.book;
    }
    QStringList volumeTexts;
    for (int v : volumes)
        volumeTexts << u"%1"_s.arg(v, 2, 10, QChar(u'0'));
    facts.volumes = volumeTexts.join(u", "_s);

    QList<FittedForm> out;
    for (int page = 0; page + 1 < facts.pageCount; ++page) {
        facts.pageNumber = page + 1;
        // The page's own fields and drawing, with every slot's lines: an empty slot stays ruled.
        FormTemplate sheet = book;
        const QList<BoundText> bound = FormBinding::bindValues(book, bookPageValues(facts, context));
        for (int slot = 0; slot < layout.entriesPerPage; ++slot)
            sheet.printed.lines += linesAt(layout.entryLines, slot, layout.entryPitchMm);
        auto fitted = FittedForm::fit(sheet, bound, font);
        if (!fitted)
            return fitted.error();
        for (int slot = 0; slot < layout.entriesPerPage; ++slot) {
            const qsizetype index = qsizetype(page) * layout.entriesPerPage + slot;
            if (index >= m_entries.size())
                break;
            // Fitted apart so that a refusal names the entry as well as the field; only its texts
            // join the page.
            FormTemplate entryForm;
            entryForm.fields = fieldsAt(layout.entryFields, slot, layout.entryPitchMm);
            const FormValues values = bookEntryValues(m_entries[index], context);
            auto entry = FittedForm::fit(entryForm, FormBinding::bindValues(entryForm, values), font);
            if (!entry)
                return onEntry(entry.error(), m_entries[index]);
            fitted->texts += entry->texts;
        }
        out << std::move(fitted.value());
    }
    facts.pageNumber = facts.pageCount;
    FormTemplate closing = book;
    closing.fields = layout.closingFields;
    closing.printed = layout.closingPrinted;
    auto fitted =
        FittedForm::fit(closing, FormBinding::bindValues(closing, bookPageValues(facts, context)), font);
    if (!fitted)
        return fitted.error();
    out << std::move(fitted.value());
    return out;
}

} // namespace hotich::printing
