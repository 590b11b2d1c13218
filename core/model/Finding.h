#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace hotich {

/// One problem found in a record: an error blocks the registration, a warning is shown and kept.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString code;  ///< stable, e.g. "marriage.age"
    QString field; ///< path in the record JSON, e.g. "wife.birthDate"
    QString vi;
    QString en;

    static Finding fromError(const Error &e) { return {Severity::Error, e.code, e.field, e.vi, e.en}; }
    Error toError() const { return {ErrorKind::InvalidInput, code, field, vi, en, {}}; }
    bool isError() const { return severity == Severity::Error; }
};

using Findings = QList<Finding>;

inline bool hasErrors(const Findings &findings)
{
    for (const Finding &f : findings) {
        if (f.isError())
            return true;
    }
    return false;
}

} // namespace hotich
