#include "SheetLedger.h"

using namespace Qt::StringLiterals;

namespace hotich::printing {

namespace {

/// The outcome in English messages: its code in the journal (FormJournal).
QString outcomeNameEn(SheetOutcome outcome)
{
    return outcomeCode(outcome);
}

Error alreadyUsed(const SheetState &state)
{
    const QString serial = state.serialText();
    if (state.unused()) {
        return Error::make(ErrorKind::Conflict, u"serial.unused"_s, u"Phôi %1 chưa được dùng"_s.arg(serial),
                           u"The blank %1 has not been used"_s.arg(serial));
    }
    return Error::make(ErrorKind::Conflict, u"serial.used"_s,
                       u"Phôi %1 đã dùng (%2)"_s.arg(serial, SheetLedger::outcomeNameVi(state.outcome())),
                       u"The blank %1 is already used (%2)"_s.arg(serial, outcomeNameEn(state.outcome())));
}

Result<QString> requireReason(const QString &reason)
{
    const QString trimmed = reason.simplified();
    if (trimmed.isEmpty()) {
        return Error::invalid(u"serial.reason"_s, u"reason"_s, u"Cần ghi lý do (--reason LÝ_DO)"_s,
                              u"A reason is needed (--reason TEXT)"_s);
    }
    return trimmed;
}

} // namespace

QString SheetLedger::outcomeNameVi(SheetOutcome outcome)
{
    switch (outcome) {
    case SheetOutcome::Pending:
        return u"đang chờ xác nhận"_s;
    case SheetOutcome::Printed:
        return u"đã in"_s;
    case SheetOutcome::Spoiled:
        return u"hỏng"_s;
    case SheetOutcome::Voided:
        return u"đã hủy"_s;
    }
    return {};
}

Result<FormJournalEntry> SheetLedger::reserve(const FormTemplate &form, const Serial &serial,
                                              const SheetUse &use, const QString &actor)
{
    auto state = m_stock.state(serial, form.id);
    if (!state)
        return state.error();
    if (!state->unused())
        return alreadyUsed(*state);
    FormJournalEntry entry;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.actor = actor;
    entry.form = form.id;
    entry.series = serial.series;
    entry.number = serial.number;
    entry.outcome = SheetOutcome::Pending;
    entry.record = use.record;
    entry.edition = use.edition;
    entry.printer = use.printer;
    entry.calibration = use.calibration;
    return FormJournal(m_db).append(entry);
}

Result<FormJournalEntry> SheetLedger::follow(const FormJournalEntry &latest, SheetOutcome outcome,
                                             const QString &reason, const QString &actor)
{
    FormJournalEntry entry = latest;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.actor = actor;
    entry.outcome = outcome;
    entry.reason = reason;
    return FormJournal(m_db).append(entry);
}

Result<FormJournalEntry> SheetLedger::markPrinted(const FormJournalEntry &pending, const QString &actor)
{
    return confirm(Serial{pending.series, pending.number}, actor);
}

Result<SheetState> SheetLedger::stateIn(const Serial &serial, SheetOutcome expected, const QString &doingVi,
                                        const QString &doingEn)
{
    auto state = m_stock.state(serial);
    if (!state)
        return state.error();
    if (state->unused() || state->outcome() != expected) {
        const QString now = state->unused() ? u"chưa dùng"_s : outcomeNameVi(state->outcome());
        const QString nowEn = state->unused() ? u"unused"_s : outcomeNameEn(state->outcome());
        return Error::make(ErrorKind::Conflict, u"serial.state"_s,
                           u"Không thể %1 phôi %2: phôi %3, không phải %4"_s.arg(
                               doingVi, state->serialText(), now, outcomeNameVi(expected)),
                           u"Cannot %1 the blank %2: it is %3, not %4"_s.arg(doingEn, state->serialText(),
                                                                             nowEn, outcomeNameEn(expected)));
    }
    return state;
}

Result<FormJournalEntry> SheetLedger::confirm(const Serial &serial, const QString &actor)
{
    auto state = stateIn(serial, SheetOutcome::Pending, u"xác nhận"_s, u"confirm"_s);
    if (!state)
        return state.error();
    return follow(state->entries.constLast(), SheetOutcome::Printed, {}, actor);
}

Result<FormJournalEntry> SheetLedger::spoil(const Serial &serial, const QString &reason, const QString &actor)
{
    auto why = requireReason(reason);
    if (!why)
        return why.error();
    auto state = m_stock.state(serial);
    if (!state)
        return state.error();
    if (state->unused()) {
        FormJournalEntry blank;
        blank.form = state->receipt.form;
        blank.series = serial.series;
        blank.number = serial.number;
        return follow(blank, SheetOutcome::Spoiled, *why, actor);
    }
    if (state->outcome() != SheetOutcome::Pending)
        return alreadyUsed(*state);
    return follow(state->entries.constLast(), SheetOutcome::Spoiled, *why, actor);
}

Result<FormJournalEntry> SheetLedger::voidSheet(const Serial &serial, const QString &reason,
                                                const QString &actor)
{
    auto why = requireReason(reason);
    if (!why)
        return why.error();
    auto state = stateIn(serial, SheetOutcome::Printed, u"hủy"_s, u"void"_s);
    if (!state)
        return state.error();
    return follow(state->entries.constLast(), SheetOutcome::Voided, *why, actor);
}

Result<QStringList> printOnBlanks(Database &db, const Clock &clock, const FormTemplate &form,
                                  const BlankPrintRequest &request, const SendSheet &send,
                                  const SerialReserved &reserved)
{
    if (form.mode != FormMode::Preprinted) {
        return Error::invalid(u"serial.plainForm"_s, u"serial"_s,
                              u"Mẫu \"%1\" in trên giấy trắng, không dùng số phôi"_s.arg(form.id),
                              u"The form %1 is printed on plain paper and takes no serial"_s.arg(form.id));
    }
    // Every serial is checked before the first is taken: a refused request changes nothing.
    BlankFormStock stock(db, clock);
    if (request.firstSerial) {
        for (int i = 0; i < request.copies; ++i) {
            const Serial serial{request.firstSerial->series, request.firstSerial->number + i,
                                request.firstSerial->typedDigits};
            auto state = stock.state(serial, form.id);
            if (!state)
                return state.error();
            if (!state->unused())
                return alreadyUsed(*state);
        }
    } else if (auto free = stock.freeSerials(form, request.copies); !free) {
        return free.error();
    }

    QStringList printed;
    for (int i = 0; i < request.copies; ++i) {
        // 1. Reserve, committed before anything is sent.
        FormJournalEntry pending;
        QString serialText;
        {
            Transaction tx(db);
            if (auto r = tx.begin(); !r)
                return r.error();
            Serial serial;
            if (request.firstSerial) {
                serial = {request.firstSerial->series, request.firstSerial->number + i};
            } else {
                auto next = stock.freeSerials(form, 1);
                if (!next)
                    return next.error();
                serial = next->constFirst();
            }
            auto entry = SheetLedger(db, clock).reserve(form, serial, request.use, request.actor);
            if (!entry)
                return entry.error();
            if (auto r = tx.commit(); !r)
                return r.error();
            pending = *entry;
            auto state = stock.state(serial, form.id);
            serialText = state ? state->serialText() : serial.text(1);
        }
        if (reserved)
            reserved(serialText);
        // 2. Send. A failure here leaves the serial pending: the sheet may have been fed.
        auto pendingNote = [&](Error e) {
            e.details.push_back(Error::make(
                ErrorKind::Conflict, u"serial.pending"_s,
                u"Phôi %1 đang chờ xác nhận: kiểm tra tờ giấy rồi chạy forms confirm %1 hoặc forms spoil %1 "
                u"--reason LÝ_DO"_s.arg(serialText),
                u"The blank %1 is pending: check the sheet, then run forms confirm %1 or forms spoil %1 "
                u"--reason TEXT"_s.arg(serialText)));
            return e;
        };
        if (auto sent = send(serialText, i); !sent)
            return pendingNote(sent.error());
        // 3. Mark printed.
        Transaction tx(db);
        if (auto r = tx.begin(); !r)
            return pendingNote(r.error());
        if (auto r = SheetLedger(db, clock).markPrinted(pending, request.actor); !r)
            return pendingNote(r.error());
        if (auto r = tx.commit(); !r)
            return pendingNote(r.error());
        printed << serialText;
    }
    return printed;
}

} // namespace hotich::printing
