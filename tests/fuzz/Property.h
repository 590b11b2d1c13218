#pragma once
// What a fuzz target does when a promise is broken: say which one, with the values involved, and
// abort, so libFuzzer keeps the input (a bare abort leaves the reader to guess the property).

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace hotich::fuzz {

[[noreturn]] inline void fail(const char *property, const QString &detail = {})
{
    std::fprintf(stderr, "\nproperty violated: %s\n", property);
    if (!detail.isEmpty())
        std::fprintf(stderr, "%s\n", detail.toUtf8().constData());
    std::abort();
}

inline void require(bool condition, const char *property)
{
    if (!condition)
        fail(property);
}

} // namespace hotich::fuzz
