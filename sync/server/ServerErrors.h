#pragma once

#include "util/Result.h"

#include <QString>

namespace hotich::server::errors {

// The refusals of the server with their protocol codes (docs/sync-protocol.md, "Error codes"), in
// Vietnamese for the office and English for the logs.

Error officeUnknown(const QString &office);
Error officeMismatch(const QString &claimed, const QString &credentialOffice);
Error authFailed();
Error pushGap(qint64 expected);
Error pushHeadMismatch(qint64 seq);
Error pushFork(qint64 seq);
Error registerClone(qint64 seq);
Error pushMalformed(const QString &vi, const QString &en);
Error pullCursor();

} // namespace hotich::server::errors
