#pragma once

#include "auth/Accounts.h"
#include "store/Database.h"

#include <QStringList>

namespace hotich::bench {

/// The desktop application on the register the register section filled (`path`, open as `db`):
/// start-up to a usable main window, a search keystroke answered through the screens' search
/// runner, and a record with 20 amendments opened, each beside the core's bare work in the same run.
void benchDesktop(const QString &path, Database &db, const Account &officer, const QStringList &names,
                  int samples);

} // namespace hotich::bench
