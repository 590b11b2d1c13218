#include "RegisterCheck.h"

#include "Workflow.h"
#include "auth/AccountIntegrity.h"
#include "store/Backup.h"

namespace hotich {

namespace {

QList<VouchedTable> tablesAboveTheStore()
{
    return {accountsVouchedTable(), fileStepsVouchedTable()};
}

} // namespace

Result<IntegrityReport> verifyRegister(Database &db)
{
    return IntegrityCheck(db, tablesAboveTheStore()).run();
}

Result<QString> restoreRegister(Database &db, const QString &source, qint64 nowMs,
                                const std::function<Result<void>(Database &copy)> &markCopy)
{
    return backup::restore(
        db, source, nowMs, tablesAboveTheStore(),
        markCopy ? markCopy : [](Database &) { return Result<void>(); });
}

} // namespace hotich
