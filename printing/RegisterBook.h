#pragma once

#include "BundledFont.h"
#include "FittedForm.h"
#include "IssueContext.h"

#include "registry/RecordView.h"

namespace hotich::printing {

/// A register (sổ) of one kind and year as the paper book has it: every entry in register-number
/// order, voided ones too (a paper book never drops a line), laid out on the book's page template
/// so many entries a page, and the closing page with the book's totals for the signer.
class RegisterBook
{
public:
    /// The kinds with a book page template: birth, marriage, death.
    static const QList<EventKind> &kinds();
    /// The built-in book page template of a kind (resources/forms/books/KIND-book.json).
    static Result<FormTemplate> pageTemplate(EventKind kind);

    /// Reads the register; refuses a kind without a book and a year without an entry.
    static Result<RegisterBook> read(RecordStore &store, EventKind kind, int year);

    EventKind kind() const { return m_kind; }
    int year() const { return m_year; }
    const QList<RecordView> &entries() const { return m_entries; }
    /// Entry pages and the closing page.
    int pageCount(const FormTemplate &book) const;

    /// Every page fitted (shrink, wrap, or refuse naming the field and the entry), the closing
    /// page last. Refuses a template that is not a book of this kind.
    Result<QList<FittedForm>> pages(const FormTemplate &book, const IssueContext &context,
                                    const BundledFont &font) const;

private:
    RegisterBook(EventKind kind, int year, QList<RecordView> entries)
        : m_kind(kind), m_year(year), m_entries(std::move(entries))
    {}

    EventKind m_kind;
    int m_year;
    QList<RecordView> m_entries;
};

} // namespace hotich::printing
