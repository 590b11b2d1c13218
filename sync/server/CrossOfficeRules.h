#pragma once

#include "sync/server/Changes.h"
#include "sync/server/RecordLedger.h"
#include "sync/server/ServerDatabase.h"

#include <QHash>
#include <QList>
#include <QString>

namespace hotich::server {

/// A finding for one office.
struct OfficeFinding
{
    QString office;
    CrossOfficeFinding finding;
};

/// The checks only the centre can make, because they need every office's records: the same birth
/// registered at two offices, a party to a marriage already married (at any office, the marriage
/// not dissolved or voided and both spouses alive). Each is a warning for every office concerned:
/// the registrations stand, numbers included; the offices look into it.
class CrossOfficeRules
{
public:
    explicit CrossOfficeRules(ServerDatabase &db) : m_db(db) {}

    /// The findings a new registration raises (the record is already in the ledger). The ledger
    /// is read as it stood when the record was registered: the records its own office registered
    /// after it (later in the same push, held already) are not seen.
    Result<QList<OfficeFinding>> check(const ServerRecord &record);
    /// Reads at once the active births of the other offices that share a duplicate key with these
    /// births of `office` (a push's): check() then needs no statement for them.
    Result<void> lookUpDuplicates(const QString &office, const QList<QString> &keys);

private:
    Result<QList<OfficeFinding>> duplicateBirths(const ServerRecord &birth);
    Result<QList<OfficeFinding>> marriedParties(const ServerRecord &marriage);
    /// Active records with a person of one of the roles matching the party: by ID number when
    /// both give one, else by folded name and date of birth; as the ledger stood at `asOf`.
    Result<QList<ServerRecord>> recordsWith(const PartyKey &party, const QStringList &roles,
                                            const ServerRecord &asOf);
    Result<bool> spouseDied(const ServerRecord &marriage, const ServerRecord &asOf);

    ServerDatabase &m_db;
    QString m_lookedUpFor;                            ///< the office lookUpDuplicates read for
    QHash<QString, QList<ServerRecord>> m_duplicates; ///< by key: the births it found
};

/// "Phường Ba Đình (00004)": how a message names an office.
QString officeName(const QString &office);

} // namespace hotich::server
