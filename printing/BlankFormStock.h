#pragma once

#include "FormTemplate.h"

#include "store/FormJournal.h"
#include "util/Clock.h"

#include <QHash>
#include <QSet>

namespace hotich::printing {

/// A blank form's serial as printed on it, `SERIES-NUMBER`, split at the last hyphen: "KS-000101"
/// is series "KS", number 101; "GKS-2020-000101" is series "GKS-2020".
struct Serial
{
    QString series;
    qint64 number = 0;
    int typedDigits = 1; ///< as typed, for messages; "KS-101" and "KS-000101" are the same sheet

    static Result<Serial> parse(const QString &text);
    /// The serial as written on the sheet, its number in `digits` digits.
    QString text(int digits) const;
    bool operator==(const Serial &other) const { return series == other.series && number == other.number; }
};

/// What the stock holds of one form and series.
struct StockLine
{
    QString form;
    QString series;
    qint64 received = 0;
    qint64 printed = 0; ///< used: a certificate is on the sheet
    qint64 voided = 0;  ///< used, then cancelled
    qint64 spoiled = 0;
    qint64 pending = 0; ///< waiting for the officer to confirm or spoil
    qint64 remaining = 0;

    qint64 used() const { return printed + voided; }
};

struct StockReport
{
    QList<StockLine> lines;
    /// Forms whose remaining sheets (all series) are fewer than the threshold, with that number.
    QList<QPair<QString, qint64>> low;
    qint64 lowThreshold = 0;
};

/// The state of one serial: unused (no entry yet) or the outcome of its latest journal entry.
struct SheetState
{
    Serial serial;
    StockReceipt receipt;
    QList<FormJournalEntry> entries;

    bool unused() const { return entries.isEmpty(); }
    SheetOutcome outcome() const { return entries.constLast().outcome; }
    QString serialText() const;
};

/// Phôi — the office's stock of blank forms: receipts of serial ranges per form and series, and
/// which serials are free. Works inside the caller's transaction.
class BlankFormStock
{
public:
    explicit BlankFormStock(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /// Records a received range. Refuses a plain form (no blanks), numbers that are not digits,
    /// from > to, and a range that overlaps one already received in the same series.
    Result<StockReceipt> receive(const FormTemplate &form, const QString &series, const QString &from,
                                 const QString &to, const QString &actor);
    /// Received, used, spoiled, pending and remaining per form and series.
    Result<StockReport> report(qint64 lowThreshold);

    /// The serial's receipt and journal entries; refuses a serial outside the stock of `formId`
    /// (any form when empty).
    Result<SheetState> state(const Serial &serial, const QString &formId = {});
    /// The sheets whose latest entry is still pending (sent, never confirmed: a crash, a jam), the
    /// oldest first: the officer confirms or spoils each.
    Result<QList<FormJournalEntry>> pendingSheets();
    /// The first `count` free serials of the form, oldest receipt first (fewer is an error: out
    /// of stock).
    Result<QList<Serial>> freeSerials(const FormTemplate &form, qint64 count);

private:
    /// The numbers of `series` that have any journal entry.
    Result<QSet<qint64>> usedNumbers(const QString &series);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace hotich::printing
