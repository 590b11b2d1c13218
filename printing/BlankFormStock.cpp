#include "BlankFormStock.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich::printing {

namespace {

/// Serial numbers as the Ministry prints them: digits only; 12 digits is far beyond any stock.
constexpr qsizetype kMaxDigits = 12;

bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxDigits)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool validSeries(const QString &series)
{
    static const QRegularExpression pattern(u"^[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]*$"_s);
    return series.size() <= 40 && pattern.match(series).hasMatch();
}

Error badNumber(const QString &option, const QString &text)
{
    return Error::invalid(
        u"stock.number"_s, option,
        u"%1 phải là số phôi gồm 1 đến %2 chữ số (đang là \"%3\")"_s.arg(option).arg(kMaxDigits).arg(text),
        u"%1 must be a serial number of 1 to %2 digits (got \"%3\")"_s.arg(option).arg(kMaxDigits).arg(text));
}

} // namespace

Result<Serial> Serial::parse(const QString &text)
{
    const qsizetype hyphen = text.lastIndexOf(u'-');
    const QString series = hyphen > 0 ? text.left(hyphen) : QString();
    const QString number = hyphen > 0 ? text.mid(hyphen + 1) : QString();
    if (!validSeries(series) || !isDigits(number)) {
        return Error::invalid(
            u"serial.format"_s, u"serial"_s,
            u"Số phôi \"%1\" không hợp lệ: viết SÊ-RI-SỐ, ví dụ KS-000101"_s.arg(text),
            u"The serial \"%1\" is not valid: write SERIES-NUMBER, e.g. KS-000101"_s.arg(text));
    }
    return Serial{series, number.toLongLong(), int(number.size())};
}

QString Serial::text(int digits) const
{
    return series + u'-' + u"%1"_s.arg(number, digits, 10, QChar(u'0'));
}

QString SheetState::serialText() const
{
    return serial.text(receipt.digits);
}

Result<StockReceipt> BlankFormStock::receive(const FormTemplate &form, const QString &series,
                                             const QString &from, const QString &to, const QString &actor)
{
    if (form.mode != FormMode::Preprinted) {
        return Error::invalid(u"stock.plainForm"_s, u"form"_s,
                              u"Mẫu \"%1\" in trên giấy trắng, không dùng phôi"_s.arg(form.id),
                              u"The form %1 is printed on plain paper and has no blank forms"_s.arg(form.id));
    }
    if (!validSeries(series)) {
        return Error::invalid(
            u"stock.series"_s, u"series"_s,
            u"Sê-ri \"%1\" không hợp lệ: chữ và số, có thể có - . / _ (tối đa 40 ký tự)"_s.arg(series),
            u"The series \"%1\" is not valid: letters and digits, with - . / _ allowed (at most 40)"_s.arg(
                series));
    }
    if (!isDigits(from))
        return badNumber(u"--from"_s, from);
    if (!isDigits(to))
        return badNumber(u"--to"_s, to);
    StockReceipt receipt;
    receipt.form = form.id;
    receipt.series = series;
    receipt.first = from.toLongLong();
    receipt.last = to.toLongLong();
    receipt.digits = int(std::max(from.size(), to.size()));
    receipt.receivedBy = actor;
    receipt.receivedAtMs = m_clock.now().toMSecsSinceEpoch();
    if (receipt.first > receipt.last) {
        return Error::invalid(u"stock.range"_s, u"from"_s, u"--from (%1) lớn hơn --to (%2)"_s.arg(from, to),
                              u"--from (%1) is greater than --to (%2)"_s.arg(from, to));
    }
    auto receipts = FormJournal(m_db).receipts();
    if (!receipts)
        return receipts.error();
    for (const StockReceipt &r : std::as_const(*receipts)) {
        if (r.series == series && receipt.first <= r.last && r.first <= receipt.last) {
            const QString existing =
                Serial{r.series, r.first}.text(r.digits) + u" … "_s + Serial{r.series, r.last}.text(r.digits);
            return Error::make(ErrorKind::Conflict, u"stock.overlap"_s,
                               u"Dải số %1 … %2 trùng với lô phôi đã nhận %3 (mẫu %4)"_s.arg(
                                   Serial{series, receipt.first}.text(receipt.digits),
                                   Serial{series, receipt.last}.text(receipt.digits), existing, r.form),
                               u"The range %1 … %2 overlaps the stock already received %3 (form %4)"_s.arg(
                                   Serial{series, receipt.first}.text(receipt.digits),
                                   Serial{series, receipt.last}.text(receipt.digits), existing, r.form));
        }
    }
    return FormJournal(m_db).addReceipt(receipt);
}

Result<QList<FormJournalEntry>> BlankFormStock::pendingSheets()
{
    auto entries = FormJournal(m_db).entries();
    if (!entries)
        return entries.error();
    // The latest entry of each serial, in journal order: an office's journal is a few thousand.
    QHash<QPair<QString, qint64>, qsizetype> latest;
    for (qsizetype i = 0; i < entries->size(); ++i)
        latest.insert({entries->at(i).series, entries->at(i).number}, i);
    QList<FormJournalEntry> pending;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const FormJournalEntry &e = entries->at(i);
        if (e.outcome == SheetOutcome::Pending && latest.value({e.series, e.number}) == i)
            pending << e;
    }
    return pending;
}

Result<StockReport> BlankFormStock::report(qint64 lowThreshold)
{
    FormJournal journal(m_db);
    auto receipts = journal.receipts();
    if (!receipts)
        return receipts.error();
    auto entries = journal.entries();
    if (!entries)
        return entries.error();
    // The latest outcome of each serial.
    QHash<QPair<QString, qint64>, SheetOutcome> latest;
    for (const FormJournalEntry &e : std::as_const(*entries))
        latest.insert({e.series, e.number}, e.outcome);

    QMap<QPair<QString, QString>, StockLine> lines;
    for (const StockReceipt &r : std::as_const(*receipts)) {
        StockLine &line = lines[{r.form, r.series}];
        line.form = r.form;
        line.series = r.series;
        line.received += r.count();
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        for (const StockReceipt &r : std::as_const(*receipts)) {
            if (!r.holds(it.key().first, it.key().second))
                continue;
            StockLine &line = lines[{r.form, r.series}];
            switch (it.value()) {
            case SheetOutcome::Pending:
                ++line.pending;
                break;
            case SheetOutcome::Printed:
                ++line.printed;
                break;
            case SheetOutcome::Spoiled:
                ++line.spoiled;
                break;
            case SheetOutcome::Voided:
                ++line.voided;
                break;
            }
            break;
        }
    }
    StockReport report;
    report.lowThreshold = lowThreshold;
    QMap<QString, qint64> remainingByForm;
    for (StockLine &line : lines) {
        line.remaining = line.received - line.used() - line.spoiled - line.pending;
        remainingByForm[line.form] += line.remaining;
        report.lines << line;
    }
    for (auto it = remainingByForm.cbegin(); it != remainingByForm.cend(); ++it) {
        if (it.value() < lowThreshold)
            report.low << qMakePair(it.key(), it.value());
    }
    return report;
}

Result<QSet<qint64>> BlankFormStock::usedNumbers(const QString &series)
{
    Reader q(m_db.statement(u"SELECT DISTINCT number FROM form_journal WHERE series = ?"_s));
    q->bindValue(0, series);
    if (auto r = m_db.run(*q, u"đọc sổ theo dõi phôi"_s); !r)
        return r.error();
    QSet<qint64> used;
    while (q->next())
        used.insert(q->value(0).toLongLong());
    return used;
}

Result<SheetState> BlankFormStock::state(const Serial &serial, const QString &formId)
{
    auto receipts = FormJournal(m_db).receipts();
    if (!receipts)
        return receipts.error();
    for (const StockReceipt &r : std::as_const(*receipts)) {
        if (!r.holds(serial.series, serial.number))
            continue;
        const QString text = serial.text(r.digits);
        if (!formId.isEmpty() && r.form != formId) {
            return Error::invalid(u"serial.otherForm"_s, u"serial"_s,
                                  u"Phôi %1 thuộc mẫu %2, không phải mẫu %3"_s.arg(text, r.form, formId),
                                  u"The blank %1 is for the form %2, not %3"_s.arg(text, r.form, formId));
        }
        auto entries = FormJournal(m_db).entriesOf(serial.series, serial.number);
        if (!entries)
            return entries.error();
        return SheetState{serial, r, entries.value()};
    }
    const QString text = serial.text(serial.typedDigits);
    return Error::make(
        ErrorKind::NotFound, u"serial.outsideStock"_s,
        u"Số phôi %1 không thuộc lô phôi nào đã nhận (forms stock receive)"_s.arg(text),
        u"The serial %1 is not in any blank-form stock received (forms stock receive)"_s.arg(text));
}

Result<QList<Serial>> BlankFormStock::freeSerials(const FormTemplate &form, qint64 count)
{
    auto receipts = FormJournal(m_db).receipts();
    if (!receipts)
        return receipts.error();
    QList<Serial> free;
    bool any = false;
    for (const StockReceipt &r : std::as_const(*receipts)) {
        if (r.form != form.id)
            continue;
        any = true;
        auto used = usedNumbers(r.series);
        if (!used)
            return used.error();
        for (qint64 n = r.first; n <= r.last && free.size() < count; ++n) {
            if (!used->contains(n))
                free << Serial{r.series, n, r.digits};
        }
        if (free.size() == count)
            return free;
    }
    if (!any) {
        return Error::make(ErrorKind::Conflict, u"stock.none"_s,
                           u"Chưa nhận phôi nào của mẫu %1 (forms stock receive)"_s.arg(form.id),
                           u"No blank forms of %1 have been received (forms stock receive)"_s.arg(form.id));
    }
    return Error::make(
        ErrorKind::Conflict, u"stock.exhausted"_s,
        u"Không đủ phôi mẫu %1: cần %2 tờ, còn %3 tờ"_s.arg(form.id).arg(count).arg(free.size()),
        u"Not enough blank forms of %1: %2 needed, %3 left"_s.arg(form.id).arg(count).arg(free.size()));
}

} // namespace hotich::printing
