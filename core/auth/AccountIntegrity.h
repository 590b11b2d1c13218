#pragma once

#include "store/IntegrityCheck.h"

namespace hotich {

/// The accounts table for the register's integrity check: each account's content hash as the
/// journal vouches for it (an invented role never matches).
VouchedTable accountsVouchedTable();

} // namespace hotich
