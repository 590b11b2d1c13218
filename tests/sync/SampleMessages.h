#pragma once
// One filled-in instance of every message, with every optional member set, for round trips.

#include "sync/protocol/Messages.h"

#include <QByteArray>

namespace hotich::sync::test {

SyncEntry registerEntry(qint64 seq, const QString &office = QStringLiteral("00004"));
SyncEntry amendEntry(qint64 seq, const QString &office = QStringLiteral("00004"));
SyncEntry bookCloseEntry(qint64 seq, const QString &office = QStringLiteral("00004"));

SyncRequest sampleSyncRequest();
SyncResponse sampleSyncResponse();
EnrolRequest sampleEnrolRequest();
EnrolResponse sampleEnrolResponse();
ErrorResponse sampleErrorResponse();
/// Each of the above.
std::vector<Message> sampleMessages();

/// A UUID of 16 bytes that differ from message to message.
QUuid uuid(int n);

} // namespace hotich::sync::test
