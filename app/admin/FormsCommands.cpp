// hotich-admin forms: the blank-form stock (phôi) and the state of each serial. The rules are the
// printing library's (BlankFormStock, SheetLedger); this file parses and prints.
#include "AdminCommands.h"

#include "app/cli/Console.h"
#include "printing/SheetLedger.h"
#include "printing/TemplateLoader.h"
#include "util/Clock.h"
#include "util/Uuid.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using namespace hotich::printing;

namespace hotich::admin {

namespace {

/// Below this many sheets left of a form, the report warns (--low N changes it).
constexpr int kDefaultLowStock = 20;

QJsonObject entryJson(const FormJournalEntry &e, const QString &serialText)
{
    QJsonObject out{{u"serial"_s, serialText},
                    {u"form"_s, e.form},
                    {u"outcome"_s, outcomeCode(e.outcome)},
                    {u"seq"_s, e.seq}};
    if (!e.record.isNull())
        out.insert(u"record"_s, uuidText(e.record));
    if (!e.reason.isEmpty())
        out.insert(u"reason"_s, e.reason);
    return out;
}

} // namespace

int AdminTool::formsStockReceive()
{
    const QString formName = m_args.value(u"form"_s);
    const QString series = m_args.value(u"series"_s);
    const QString from = m_args.value(u"from"_s);
    const QString to = m_args.value(u"to"_s);
    if (formName.isEmpty() || series.isEmpty() || from.isEmpty() || to.isEmpty()) {
        Console::message(u"Cần --form MẪU --series SÊ_RI --from SỐ --to SỐ"_s,
                         u"--form FORM --series S --from N --to M are required"_s);
        return kExitRejected;
    }
    auto form = TemplateLoader::fromIdOrFile(formName);
    if (!form)
        return Console::reportError(form.error());
    if (auto failed = signIn(Role::Officer))
        return *failed;
    return writeTransaction([&]() -> Result<QJsonObject> {
        auto receipt = BlankFormStock(*m_db, Clock::system()).receive(*form, series, from, to, m_actor.login);
        if (!receipt)
            return receipt.error();
        return QJsonObject{{u"form"_s, receipt->form},
                           {u"series"_s, receipt->series},
                           {u"from"_s, Serial{receipt->series, receipt->first}.text(receipt->digits)},
                           {u"to"_s, Serial{receipt->series, receipt->last}.text(receipt->digits)},
                           {u"received"_s, receipt->count()}};
    });
}

int AdminTool::formsStockReport()
{
    int low = kDefaultLowStock;
    if (!numberOption(u"low"_s, low, 0))
        return kExitRejected;
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto report = BlankFormStock(*m_db, Clock::system()).report(low);
    if (!report)
        return Console::reportError(report.error());
    QJsonArray lines;
    for (const StockLine &l : std::as_const(report->lines)) {
        lines.append(QJsonObject{{u"form"_s, l.form},
                                 {u"series"_s, l.series},
                                 {u"received"_s, l.received},
                                 {u"used"_s, l.used()},
                                 {u"printed"_s, l.printed},
                                 {u"voided"_s, l.voided},
                                 {u"spoiled"_s, l.spoiled},
                                 {u"pending"_s, l.pending},
                                 {u"remaining"_s, l.remaining}});
    }
    QJsonArray lowForms;
    for (const auto &[form, remaining] : std::as_const(report->low)) {
        lowForms.append(QJsonObject{{u"form"_s, form}, {u"remaining"_s, remaining}});
        Console::message(
            u"Cảnh báo: mẫu %1 chỉ còn %2 tờ phôi (ngưỡng %3)"_s.arg(form).arg(remaining).arg(low),
            u"Warning: only %2 blank forms of %1 are left (threshold %3)"_s.arg(form).arg(remaining).arg(
                low));
    }
    for (const StockLine &l : std::as_const(report->lines)) {
        if (l.pending > 0) {
            Console::message(u"Mẫu %1 sê-ri %2: %3 tờ phôi đang chờ xác nhận (forms confirm / forms spoil)"_s
                                 .arg(l.form, l.series)
                                 .arg(l.pending),
                             u"Form %1 series %2: %3 blank forms are pending (forms confirm / forms spoil)"_s
                                 .arg(l.form, l.series)
                                 .arg(l.pending));
        }
    }
    Console::printJson({{u"stock"_s, lines}, {u"low"_s, lowForms}, {u"lowThreshold"_s, low}});
    return kExitOk;
}

int AdminTool::formsSheet(SheetChange change)
{
    const auto text = requirePositional(0, u"số phôi (SÊ_RI-SỐ)"_s, u"the serial (SERIES-NUMBER)"_s);
    if (!text)
        return kExitRejected;
    auto serial = Serial::parse(*text);
    if (!serial)
        return Console::reportError(serial.error());
    const QString reason = m_args.value(u"reason"_s);
    if (change != SheetChange::Confirm && reason.simplified().isEmpty()) {
        Console::message(u"Cần --reason LÝ_DO"_s, u"--reason TEXT is required"_s);
        return kExitRejected;
    }
    if (auto failed = signIn(Role::Officer))
        return *failed;
    return writeTransaction([&]() -> Result<QJsonObject> {
        SheetLedger ledger(*m_db, Clock::system());
        auto entry = change == SheetChange::Confirm ? ledger.confirm(*serial, m_actor.login)
                     : change == SheetChange::Spoil ? ledger.spoil(*serial, reason, m_actor.login)
                                                    : ledger.voidSheet(*serial, reason, m_actor.login);
        if (!entry)
            return entry.error();
        auto state = BlankFormStock(*m_db, Clock::system()).state(*serial);
        return entryJson(*entry, state ? state->serialText() : *text);
    });
}

int AdminTool::formsConfirm()
{
    return formsSheet(SheetChange::Confirm);
}

int AdminTool::formsSpoil()
{
    return formsSheet(SheetChange::Spoil);
}

int AdminTool::formsVoid()
{
    return formsSheet(SheetChange::Void);
}

} // namespace hotich::admin
