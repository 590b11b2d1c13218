#include "FormJournal.h"

#include "Journal.h"
#include "Statement.h"
#include "util/Hash.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

namespace {

QByteArray uuidBytes(const QUuid &id)
{
    return id.isNull() ? QByteArray() : id.toRfc4122();
}

constexpr auto kEntryColumns =
    "seq, at, actor, form, series, number, outcome, record_uuid, edition, printer, "
    "calibration, reason, hash";

} // namespace

QByteArray StockReceipt::contentHash() const
{
    return FieldHasher()
        .add(id)
        .add(form)
        .add(series)
        .add(first)
        .add(last)
        .add(qint64(digits))
        .add(receivedBy)
        .add(receivedAtMs)
        .result();
}

QString outcomeCode(SheetOutcome outcome)
{
    switch (outcome) {
    case SheetOutcome::Pending:
        return u"pending"_s;
    case SheetOutcome::Printed:
        return u"printed"_s;
    case SheetOutcome::Spoiled:
        return u"spoiled"_s;
    case SheetOutcome::Voided:
        return u"voided"_s;
    }
    return {};
}

std::optional<SheetOutcome> parseOutcomeCode(const QString &code)
{
    for (SheetOutcome o :
         {SheetOutcome::Pending, SheetOutcome::Printed, SheetOutcome::Spoiled, SheetOutcome::Voided}) {
        if (outcomeCode(o) == code)
            return o;
    }
    return std::nullopt;
}

QByteArray FormJournalEntry::chainHash(const QByteArray &previous) const
{
    return FieldHasher()
        .add(QByteArrayView(previous))
        .add(seq)
        .add(atMs)
        .add(actor)
        .add(form)
        .add(series)
        .add(number)
        .add(outcomeCode(outcome))
        .add(QByteArrayView(uuidBytes(record)))
        .add(edition)
        .add(printer)
        .add(calibration)
        .add(reason)
        .result();
}

Result<StockReceipt> FormJournal::addReceipt(StockReceipt receipt)
{
    QSqlQuery &insert =
        m_db.statement(u"INSERT INTO blank_form_stock (form, series, first_number, last_number, "
                       u"digits, received_by, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bindValue(0, receipt.form);
    insert.bindValue(1, receipt.series);
    insert.bindValue(2, receipt.first);
    insert.bindValue(3, receipt.last);
    insert.bindValue(4, receipt.digits);
    insert.bindValue(5, receipt.receivedBy);
    insert.bindValue(6, receipt.receivedAtMs);
    if (auto r = m_db.run(insert, u"ghi nhận phôi"_s); !r)
        return r.error();
    receipt.id = insert.lastInsertId().toLongLong();

    JournalEntry entry;
    entry.atMs = receipt.receivedAtMs;
    entry.actor = receipt.receivedBy;
    entry.action = u"forms.stock.receive"_s;
    entry.targetTable = u"blank_form_stock"_s;
    entry.targetId = receipt.id;
    entry.contentHash = receipt.contentHash();
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return receipt;
}

Result<QList<StockReceipt>> FormJournal::receipts()
{
    Reader q(m_db.statement(u"SELECT id, form, series, first_number, last_number, digits, received_by, "
                            u"received_at FROM blank_form_stock ORDER BY id"_s));
    if (auto r = m_db.run(*q, u"đọc kho phôi"_s); !r)
        return r.error();
    QList<StockReceipt> list;
    while (q->next()) {
        StockReceipt s;
        s.id = q->value(0).toLongLong();
        s.form = q->value(1).toString();
        s.series = q->value(2).toString();
        s.first = q->value(3).toLongLong();
        s.last = q->value(4).toLongLong();
        s.digits = q->value(5).toInt();
        s.receivedBy = q->value(6).toString();
        s.receivedAtMs = q->value(7).toLongLong();
        list << s;
    }
    return list;
}

Result<FormJournalEntry> FormJournal::append(FormJournalEntry entry)
{
    const auto link = m_head.next(u"đọc sổ theo dõi phôi"_s);
    if (!link)
        return link.error();
    entry.seq = link->seq;
    entry.hash = entry.chainHash(link->previous);
    Statement &insert =
        m_db.prepared("INSERT INTO form_journal (seq, at, actor, form, series, number, outcome, record_uuid, "
                      "edition, printer, "
                      "calibration, reason, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.seq).bind(2, entry.atMs).bind(3, entry.actor).bind(4, entry.form);
    insert.bind(5, entry.series).bind(6, entry.number).bind(7, outcomeCode(entry.outcome));
    if (entry.record.isNull())
        insert.bindNull(8);
    else
        insert.bindBlob(8, uuidBytes(entry.record));
    insert.bindOptional(9, entry.edition).bindOptional(10, entry.printer).bindOptional(11, entry.calibration);
    insert.bindOptional(12, entry.reason).bindBlob(13, entry.hash);
    if (auto r = insert.run(u"ghi sổ theo dõi phôi"_s); !r)
        return r.error();
    m_head.advance(entry.seq, entry.hash);
    return entry;
}

Result<QList<FormJournalEntry>> FormJournal::read(QSqlQuery &query)
{
    QList<FormJournalEntry> list;
    while (query.next()) {
        FormJournalEntry e;
        e.seq = query.value(0).toLongLong();
        e.atMs = query.value(1).toLongLong();
        e.actor = query.value(2).toString();
        e.form = query.value(3).toString();
        e.series = query.value(4).toString();
        e.number = query.value(5).toLongLong();
        const auto outcome = parseOutcomeCode(query.value(6).toString());
        // An unknown outcome cannot come from hotich (the column's CHECK): it breaks the chain.
        e.outcome = outcome.value_or(SheetOutcome::Pending);
        const QByteArray uuid = query.value(7).toByteArray();
        if (!uuid.isEmpty())
            e.record = QUuid::fromRfc4122(uuid);
        e.edition = query.value(8).toString();
        e.printer = query.value(9).toString();
        e.calibration = query.value(10).toString();
        e.reason = query.value(11).toString();
        e.hash = query.value(12).toByteArray();
        list << e;
    }
    return list;
}

Result<QList<FormJournalEntry>> FormJournal::entriesOf(const QString &series, qint64 number)
{
    Reader q(m_db.statement(u"SELECT "_s + QLatin1StringView(kEntryColumns) +
                            u" FROM form_journal WHERE series = ? AND number = ? ORDER BY seq"_s));
    q->bindValue(0, series);
    q->bindValue(1, number);
    if (auto r = m_db.run(*q, u"đọc sổ theo dõi phôi"_s); !r)
        return r.error();
    return read(*q);
}

Result<QList<FormJournalEntry>> FormJournal::entriesOfRecord(const QUuid &record)
{
    Reader q(m_db.statement(u"SELECT "_s + QLatin1StringView(kEntryColumns) +
                            u" FROM form_journal WHERE record_uuid = ? ORDER BY seq"_s));
    q->bindValue(0, record.toRfc4122());
    if (auto r = m_db.run(*q, u"đọc sổ theo dõi phôi"_s); !r)
        return r.error();
    return read(*q);
}

Result<QList<FormJournalEntry>> FormJournal::entries()
{
    Reader q(m_db.statement(u"SELECT "_s + QLatin1StringView(kEntryColumns) +
                            u" FROM form_journal ORDER BY seq"_s));
    if (auto r = m_db.run(*q, u"đọc sổ theo dõi phôi"_s); !r)
        return r.error();
    return read(*q);
}

} // namespace hotich
