#pragma once

#include "store/RecordStore.h"
#include "store/RegisterIndex.h"

#include <QJsonObject>
#include <QList>

namespace hotich {

/// A registration as it stands now: the stored record with every amendment applied in order.
struct RecordView
{
    StoredRecord stored;
    QList<StoredAmendment> amendments;
    QJsonObject current; ///< payload with all patches applied (status members included)
    RecordStatus status = RecordStatus::Active;

    /// The current content in the format `register` accepts (no status members).
    QJsonObject content() const;
    /// content() plus id, year, number, book and recordStatus: what show and export print.
    QJsonObject toJson() const;

    static RecordView derive(StoredRecord stored, QList<StoredAmendment> amendments);
};

/// Members of a current view that record its status rather than its content.
const QStringList &statusMembers();

/// Loads a record and its amendments; NotFound with a clear message when the id is unknown.
Result<RecordView> loadRecordView(RecordStore &store, const QUuid &id);

} // namespace hotich
