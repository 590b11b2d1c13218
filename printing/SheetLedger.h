#pragma once

#include "BlankFormStock.h"

#include <functional>

namespace hotich::printing {

/// What a sheet is used for: the record, the form's edition, where it went and how calibrated.
struct SheetUse
{
    QUuid record;
    QString edition;
    QString printer; ///< a CUPS queue, or "pdf:" and the file
    QString calibration;
};

/// The form journal's rules for one sheet: a serial is reserved once (pending), then printed
/// (marked after the sheet was sent, or confirmed by the officer), spoiled (with a reason) or, once
/// printed, voided. Every change is a new entry; nothing frees a serial. Works inside the caller's
/// transaction; each refusal changes nothing.
class SheetLedger
{
public:
    SheetLedger(Database &db, const Clock &clock) : m_db(db), m_clock(clock), m_stock(db, clock) {}

    /// Takes an unused serial of the form's stock for `use`.
    Result<FormJournalEntry> reserve(const FormTemplate &form, const Serial &serial, const SheetUse &use,
                                     const QString &actor);
    /// The sheet reserved as `pending` came out of the printer.
    Result<FormJournalEntry> markPrinted(const FormJournalEntry &pending, const QString &actor);
    /// The officer saw a pending sheet printed.
    Result<FormJournalEntry> confirm(const Serial &serial, const QString &actor);
    /// An unused or pending sheet is spoiled (jammed, misprinted, damaged).
    Result<FormJournalEntry> spoil(const Serial &serial, const QString &reason, const QString &actor);
    /// A printed sheet is cancelled.
    Result<FormJournalEntry> voidSheet(const Serial &serial, const QString &reason, const QString &actor);

    static QString outcomeNameVi(SheetOutcome outcome);

private:
    Result<FormJournalEntry> follow(const FormJournalEntry &latest, SheetOutcome outcome,
                                    const QString &reason, const QString &actor);
    Result<SheetState> stateIn(const Serial &serial, SheetOutcome expected, const QString &doingVi,
                               const QString &doingEn);

    Database &m_db;
    const Clock &m_clock;
    BlankFormStock m_stock;
};

/// One print request on a preprinted form.
struct BlankPrintRequest
{
    std::optional<Serial> firstSerial; ///< the first sheet's serial; else the next free ones
    int copies = 1;                    ///< sheets, each with its own serial
    SheetUse use;
    QString actor;
};

/// Sends one sheet (to the printer, to a PDF); its serial is already committed as pending.
using SendSheet = std::function<Result<void>(const QString &serialText, int index)>;
/// Told each serial as soon as it is reserved.
using SerialReserved = std::function<void(const QString &serialText)>;

/// Prints `copies` sheets onto blank forms. Each serial is reserved in its own committed
/// transaction before the sheet is sent and marked printed in another after: a crash between the
/// two leaves it pending for the officer, never free again. The serials are checked before the
/// first is reserved, so a refused request changes nothing. Returns the serials printed.
Result<QStringList> printOnBlanks(Database &db, const Clock &clock, const FormTemplate &form,
                                  const BlankPrintRequest &request, const SendSheet &send,
                                  const SerialReserved &reserved = {});

} // namespace hotich::printing
