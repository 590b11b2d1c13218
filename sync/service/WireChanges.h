#pragma once

#include "sync/protocol/Messages.h"
#include "sync/server/Changes.h"

namespace hotich::server {

/// The server's pull page as the protocol carries it (sync/protocol/Messages.h). The server keeps
/// its changes in its own shape, with what it needs for itself (a request's due date, the member a
/// finding concerns); the wire carries what the office applies.
sync::PullPage toWire(const PullPage &page);
sync::Change toWire(const Change &change);

} // namespace hotich::server
