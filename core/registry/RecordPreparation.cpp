#include "RecordPreparation.h"

#include "rules/RegistrationRules.h"
#include "store/RecordStore.h"

namespace hotich {

QList<PreparedRecord> prepareRecords(const QList<QJsonObject> &inputs, qsizetype from, qsizetype to,
                                     const RuleContext &context)
{
    QList<PreparedRecord> prepared;
    prepared.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        PreparedRecord p;
        p.canonical = canonicalizeRecord(inputs[i]);
        if (p.canonical.ok()) {
            const EventKind kind = *p.canonical.kind;
            p.facts = RecordFacts::of(kind, p.canonical.json);
            p.findings = checkRecordRules(kind, p.canonical.json, p.facts, context);
            p.payload = RecordStore::serialize(p.canonical.json);
            p.payloadUtf8 = p.payload.toUtf8();
            p.payloadHash = StoredRecord::payloadHashOfUtf8(p.payloadUtf8);
            p.index = IndexEntry::of(kind, p.canonical.json, p.facts);
        }
        prepared << std::move(p);
    }
    return prepared;
}

} // namespace hotich
