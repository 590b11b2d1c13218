#pragma once

#include "ChainHead.h"
#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace hotich {

/// A range of blank forms (phôi: the Ministry's pre-printed, serial-numbered forms) the office
/// received: serials `series`-`first` … `series`-`last`, numbers written with `digits` digits.
struct StockReceipt
{
    qint64 id = 0;
    QString form; ///< the template id the sheets are for ("birth-certificate")
    QString series;
    qint64 first = 0;
    qint64 last = 0;
    int digits = 1;
    QString receivedBy; ///< account login
    qint64 receivedAtMs = 0;

    qint64 count() const { return last - first + 1; }
    bool holds(const QString &s, qint64 number) const
    {
        return s == series && number >= first && number <= last;
    }
    /// What the audit journal vouches for.
    QByteArray contentHash() const;
};

/// What became of one sheet. A sheet's state is its latest journal entry.
enum class SheetOutcome
{
    Pending, ///< reserved and (maybe) sent to the printer; the officer confirms or spoils it
    Printed,
    Spoiled, ///< with a reason: jammed, misprinted, damaged in stock
    Voided,  ///< a printed sheet cancelled afterwards, with a reason
};

QString outcomeCode(SheetOutcome outcome);
std::optional<SheetOutcome> parseOutcomeCode(const QString &code);

/// One entry of the form journal: a change of one sheet's state.
struct FormJournalEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor; ///< account login
    QString form;
    QString series;
    qint64 number = 0;
    SheetOutcome outcome = SheetOutcome::Pending;
    QUuid record; ///< the record printed on it (null for a blank spoiled in stock)
    QString edition;
    QString printer;
    QString calibration;
    QString reason;
    QByteArray hash; ///< BLAKE2b-256 of the previous entry's hash and this entry's fields

    QByteArray chainHash(const QByteArray &previous) const;
};

/// The blank-form tables of the register: stock receipts (each journalled in the audit journal in
/// the same transaction) and the hash-chained form journal. Rows are only ever added. Like the
/// Journal, it follows its chain head in memory: use one FormJournal per transaction.
class FormJournal
{
public:
    explicit FormJournal(Database &db)
        : m_db(db), m_head(db, "SELECT seq, hash FROM form_journal ORDER BY seq DESC LIMIT 1")
    {}

    /// Stores a receipt (its id is assigned) and its audit-journal entry.
    Result<StockReceipt> addReceipt(StockReceipt receipt);
    Result<QList<StockReceipt>> receipts();

    /// Appends the entry (seq and hash are filled in) and returns it.
    Result<FormJournalEntry> append(FormJournalEntry entry);
    /// The entries of one serial, oldest first.
    Result<QList<FormJournalEntry>> entriesOf(const QString &series, qint64 number);
    /// Every entry, in order.
    Result<QList<FormJournalEntry>> entries();
    /// The entries of the sheets printed for one record, oldest first.
    Result<QList<FormJournalEntry>> entriesOfRecord(const QUuid &record);

private:
    Result<QList<FormJournalEntry>> read(QSqlQuery &query);

    Database &m_db;
    ChainHead m_head;
};

} // namespace hotich
