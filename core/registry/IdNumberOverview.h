#pragma once

#include "registry/PulledChanges.h"
#include "store/Database.h"

#include <QList>
#include <QUuid>

namespace hotich {

/// A personal ID number request the officer must act on: the centre suspects a duplicate, asks
/// for a verification, or refused it.
struct IdNumberProblem
{
    QUuid record;
    QString names; ///< the record's principal names, for lists
    int year = 0;
    int number = 0;
    IdNumberResult::State state = IdNumberResult::State::NeedsVerification;
    QString reasonVi;
    QString reasonEn;
};

/// Where the office's personal ID number requests stand, as the last pulls left them.
struct IdNumberOverview
{
    qint64 pending = 0;  ///< sent, no answer yet
    qint64 arrived = 0;  ///< assigned since the moment asked for
    qint64 problems = 0; ///< every request with a problem
    QList<IdNumberProblem> newestProblems;
};

/// Reads the overview: numbers assigned since `sinceMs` count as arrived; at most `problemLimit`
/// problems are listed, the newest first.
Result<IdNumberOverview> readIdNumberOverview(Database &db, qint64 sinceMs, int problemLimit);

} // namespace hotich
