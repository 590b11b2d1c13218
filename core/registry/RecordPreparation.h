#pragma once

#include "model/RecordValidator.h"
#include "rules/RuleContext.h"
#include "store/RegisterIndex.h"

#include <QList>

namespace hotich {

/// One input record made ready for writing, off the writing thread: checked against the schema and
/// the rules that need no register, serialised, and its search row computed.
struct PreparedRecord
{
    CanonicalRecord canonical;
    Findings findings;
    RecordFacts facts;
    QString payload;
    QByteArray payloadUtf8;
    QByteArray payloadHash;
    IndexEntry index;
};

/// Prepares inputs[from, to).
QList<PreparedRecord> prepareRecords(const QList<QJsonObject> &inputs, qsizetype from, qsizetype to,
                                     const RuleContext &context);

} // namespace hotich
