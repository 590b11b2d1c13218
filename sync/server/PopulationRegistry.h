#pragma once

#include "reference/Sex.h"
#include "sync/server/Changes.h"
#include "sync/server/ServerDatabase.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace hotich::server {

/// A new birth for which the office needs a personal ID number (số định danh cá nhân).
struct IdNumberRequest
{
    QUuid record;
    QString office;
    QString provinceCode; ///< the office's province: the number's first digits
    std::optional<Sex> sex;
    QDate birthDate;          ///< invalid when the record gives no full date
    QString twinKey;          ///< the mother and the date of birth: the same for twins
    qint64 requestedAtMs = 0; ///< when the server first asked
    bool firstAsk = false;    ///< asked for the first time: nothing was issued for it before
};

/// The national population database as the server sees it: it issues personal ID numbers for new
/// births. An adapter to the real service implements this; the server asks again, at each pull of
/// the office, while the answer is Pending.
class PopulationRegistry
{
public:
    virtual ~PopulationRegistry() = default;
    /// The registry's answer now. `db` is the server's database, in the transaction that records
    /// the answer; an adapter to an outside service may ignore it.
    virtual Result<IdNumberResult> ask(ServerDatabase &db, const IdNumberRequest &request,
                                       const QDateTime &now) = 0;
    /// The first answers to a push's requests, in their order, each as if the requests before it
    /// had been recorded already (the caller records them all afterwards). One ask each, unless
    /// the registry can do better.
    virtual Result<QList<IdNumberResult>> askAll(ServerDatabase &db, const QList<IdNumberRequest> &requests,
                                                 const QDateTime &now);
};

/// The registry built into the reference server, for offices without a connection to the real one
/// and for tests: it issues structurally valid numbers, unique across the server's database: the
/// province code (3 digits), the century and sex (1 digit), the year of birth (2 digits), 6 random
/// digits. It can be told to answer late, to refuse, and whether to hold back twins.
class BuiltInPopulationRegistry : public PopulationRegistry
{
public:
    struct Options
    {
        int delayDays = 0;     ///< answer only this many days after the request (Pending until then)
        bool fail = false;     ///< refuse every request (the registry is out of service)
        bool flagTwins = true; ///< a second birth of the same mother on the same day: suspectedDuplicate
    };

    BuiltInPopulationRegistry() = default;
    explicit BuiltInPopulationRegistry(Options options) : m_options(options) {}

    Result<IdNumberResult> ask(ServerDatabase &db, const IdNumberRequest &request,
                               const QDateTime &now) override;
    /// In few statements: the twins looked up at once (those of the batch among them, in memory),
    /// the numbers issued in one insert (a number drawn twice is drawn again, one by one).
    Result<QList<IdNumberResult>> askAll(ServerDatabase &db, const QList<IdNumberRequest> &requests,
                                         const QDateTime &now) override;

    /// The first six digits of a number for the birth: province, century and sex, year.
    static QString numberPrefix(const QString &provinceCode, Sex sex, int birthYear);

private:
    /// The answer that needs no look-up (late, refused, incomplete), if there is one.
    std::optional<IdNumberResult> answerWithoutLookUp(const IdNumberRequest &request,
                                                      const QDateTime &now) const;
    static IdNumberResult twinOf(const IdNumberRequest &request, const QUuid &other);
    /// A number drawn for the request, not yet known to be free.
    static QString draw(const IdNumberRequest &request);
    Result<IdNumberResult> issue(ServerDatabase &db, const IdNumberRequest &request, const QDateTime &now);

    Options m_options;
};

} // namespace hotich::server
