#pragma once

#include "auth/Accounts.h"
#include "model/EventKind.h"
#include "registry/PulledChanges.h"
#include "registry/Workflow.h"
#include "store/FormJournal.h"
#include "store/RegisterIndex.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace hotich::desktop {

/// The words the screens show for the core's codes (kinds, roles, statuses, record members,
/// history events), all through tr() so that the catalogues hold them.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString kind(EventKind kind);
    static QString role(Role role);
    static QString status(RecordStatus status);
    /// Where a file stands in the workflow ("entered in the register", "signed", …).
    static QString fileState(FileState state);
    /// A member of a record ("subject", "familyName", …); the member's own name when unknown.
    static QString member(const QString &name);
    /// A plain value of a record member as the office writes it: sexes in words, dates as
    /// dd/MM/yyyy (a partial date keeps what it has: 11/2026, 1998; a time follows its date:
    /// 20/11/2026 14:30), choices in words; anything else as it is.
    static QString value(const QString &member, const QString &text);
    /// A choice of the core's schema in words ("basis", "appointed"); empty when not one.
    static QString choiceValue(const QString &member, const QString &code);
    /// Members in the order of the paper forms (the person first, then the parents, the
    /// declarant, the registration): sorts a record's members for display; unknown ones last.
    static QStringList inFormOrder(QStringList members);
    /// A history event ("registered", "correction", "idNumber", …); the code itself when unknown.
    static QString event(const QString &type);
    /// What became of a blank form's sheet ("printed", "spoiled", …).
    static QString sheetOutcome(SheetOutcome outcome);
    /// Where a personal ID number request stands ("assigned", "suspected duplicate", …).
    static QString idNumberState(IdNumberResult::State state);
    /// A register number as the paper register writes it: "12/2026"; "—" for none.
    static QString registerNumber(int number, int year);
    /// A date as the office writes it: 20/11/2026.
    static QString date(QDate date);
};

} // namespace hotich::desktop
