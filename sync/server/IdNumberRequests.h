#pragma once

#include "model/Person.h"

#include "sync/server/ChangeFeed.h"
#include "sync/server/PopulationRegistry.h"
#include "sync/server/ServerDatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace hotich::server {

/// The personal ID numbers asked for new births (table `id_requests`): each answer of the
/// population registry is kept with its state and becomes a pull change for the office; a Pending
/// request is asked again when the office pulls after its due time.
class IdNumberRequests
{
public:
    /// Requests resolved per call of resolveDue (the rest wait for the next pull).
    static constexpr int kResolveBatch = 500;

    IdNumberRequests(ServerDatabase &db, PopulationRegistry &registry) : m_db(db), m_registry(registry) {}

    /// Whether a registration asks for a number: a new birth whose child has none yet.
    static bool wants(const QJsonObject &birth, const PersonView &child);

    /// A new birth of a push that asks for a number.
    struct Birth
    {
        QUuid record;
        PersonView child;
        PersonView mother;
    };
    /// Asks for a number for each of a push's new births (in the push's transaction), in their
    /// order and in few statements, and records the first answers; their changes for the office
    /// are added to `feed`, which the push writes at its end.
    Result<void> requestAll(const QList<Birth> &births, const QString &office, const QString &provinceCode,
                            const QDateTime &now, QList<OfficeChange> &feed);
    /// Asks again about the office's Pending requests that are due, each answer in the
    /// transaction that records it and its change. Returns how many changed state.
    Result<int> resolveDue(const QString &office, const QDateTime &now);

private:
    /// Writes a later answer to its request, and publishes it.
    Result<void> record(const IdNumberResult &answer, const QString &office, const QDateTime &now);
    /// The answer as a change for the office's next pull.
    Result<void> publish(const IdNumberResult &answer, const QString &office, const QDateTime &now);

    ServerDatabase &m_db;
    PopulationRegistry &m_registry;
};

} // namespace hotich::server
