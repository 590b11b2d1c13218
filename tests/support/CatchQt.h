#pragma once

// Lets Catch2 print Qt values in failure messages.
#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        std::string out = "{";
        for (qsizetype i = 0; i < list.size(); ++i)
            out += (i ? ", \"" : " \"") + list[i].toStdString() + '"';
        return out + " }";
    }
};

} // namespace Catch
