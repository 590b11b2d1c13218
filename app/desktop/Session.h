#pragma once

#include "auth/Accounts.h"
#include "store/Database.h"
#include "util/Clock.h"

#include <QString>

namespace hotich::desktop {

/// The register the program opened and the officer who logged in to it. The screens read and
/// write through the core on this connection (the GUI thread's); searches open their own.
struct Session
{
    Database &db;
    const Clock &clock;
    Account account;
};

} // namespace hotich::desktop
