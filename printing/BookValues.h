#pragma once

#include "RecordValues.h"

#include <QDate>

namespace hotich::printing {

/// The parts of a register-book template (docs/form-templates.md, "Register books"), each printing
/// its own values.
enum class BookPart
{
    Page,    ///< around the entries: the office, the book's year and volumes, the page's number
    Entry,   ///< one registration: its record's values, the book's tick columns, the note
    Closing, ///< the closing page: the page's values and the book's totals
};

/// What a book's pages print beyond its entries.
struct BookFacts
{
    int year = 0;
    QString volumes; ///< "01", or "01, 02" when the year filled a book
    int pageNumber = 0;
    int pageCount = 0; ///< every page, the closing page included
    int entries = 0;
    int voided = 0;
    int firstNumber = 0;
    int lastNumber = 0;
};

/// The values of a page (and of the closing page: "closing.…").
FormValues bookPageValues(const BookFacts &facts, const IssueContext &context);
/// The values of one entry: its record's, its tick columns ("tick.…": "x" or empty) and
/// "entry.note" (a voided entry is marked, never left out).
FormValues bookEntryValues(const RecordView &entry, const IssueContext &context);
/// Whether a part of a book of `kind` provides the value.
bool isKnownBookValue(EventKind kind, BookPart part, const QString &name);

} // namespace hotich::printing
