#pragma once

#include "app/cli/Arguments.h"
#include "app/cli/Console.h"
#include "auth/Accounts.h"
#include "store/Database.h"

#include <QStringList>
#include <QUuid>

#include <functional>

#include <memory>

namespace hotich::admin {

using namespace hotich::cli;

/// hotich-admin: every register operation for IT staff and scripts, on the same core the GUI uses.
/// `hotich-admin --db PATH [--user LOGIN] COMMAND …`: JSON on stdout, messages on stderr; exit 0 on
/// success, 2 when the input is rejected (nothing written), 1 on other failures.
class AdminTool
{
public:
    int run(const QStringList &arguments);

private:
    using Handler = int (AdminTool::*)();
    struct Command
    {
        QStringList words; ///< e.g. {"user", "add"}
        Handler handler;
        QString synopsisEn; ///< arguments and options as the usage shows them: "FILE|- [--batch N]"
        QString synopsisVi;

        /// The options the command accepts: the global ones and those its synopsis names.
        QSet<QString> options() const;
    };
    static const QList<Command> &commands();

public:
    /// The usage, generated from the command table (the README shows the English one).
    static QString usageText(bool english);

private:
    // Register setup and administration (AdminCommands.cpp)
    int init();
    int userAdd();
    int userUnlock();
    int userPassword();
    int userList();
    int verify();
    int reindex();
    int backup();
    int restore();
    // Registrations (RegisterCommands.cpp)
    int registerRecords();
    int show();
    int history();
    int correct();
    int voidRecord();
    int assignId();
    int search();
    int exportRecords();
    int bookClose();
    // Text and reference data (TextCommands.cpp)
    int textNfc();
    int textFold();
    int textWords();
    int textDateWords();
    int textDecode();
    int textCheckId();
    int placesFind();
    // Sync with the ministry server (SyncCommands.cpp)
    int enrol();
    int sync();
    int syncStatus();
    int syncFindings();
    int syncAllowFork();
    int recover();
    // Files and their workflow (WorkflowCommands.cpp)
    int fileReceive();
    int fileStep();
    int fileShow();
    int fileList();
    // Printing (PrintCommands.cpp) and blank forms (FormsCommands.cpp)
    int print();
    int printTestPage();
    int printBatch();
    int bookPrint();
    int calibrationSet();
    int formsStockReceive();
    int formsStockReport();
    int formsConfirm();
    int formsSpoil();
    int formsVoid();
    enum class SheetChange
    {
        Confirm,
        Spoil,
        Void
    };
    int formsSheet(SheetChange change);

    int usage(int exitCode);
    /// Opens --db (which must exist); on failure reports and returns the exit code.
    std::optional<int> openRegister();
    /// Opens the register and authenticates --user; `role` if the command needs one.
    std::optional<int> signIn(std::optional<Role> role);
    /// The positional argument i of the command, or reports it missing.
    std::optional<QString> requirePositional(qsizetype i, const QString &nameVi, const QString &nameEn);
    /// The positional argument i as a record id, or reports it missing or malformed.
    std::optional<QUuid> recordIdArgument(qsizetype i, const QString &nameVi, const QString &nameEn);
    std::optional<int> rejectUnknownOptions(const Command &command);
    /// Runs `work` in one write transaction, then prints what it returns; reports any failure.
    int writeTransaction(const std::function<Result<QJsonObject>()> &work);
    /// Reads the number given with --option into `value` (left as it is when the option is absent);
    /// a value that is not a whole number in [minimum, maximum] is reported and gives false.
    bool numberOption(const QString &option, int &value, int minimum, int maximum = 1'000'000);
    /// The same for a decimal number ("1.5", "-0.25").
    bool decimalOption(const QString &option, double &value);

    Arguments m_args;
    qsizetype m_firstArgument = 0; ///< index of the first positional after the command words
    std::unique_ptr<Database> m_db;
    Account m_actor;
};

} // namespace hotich::admin
