#pragma once

// Lets Catch2 print Qt values in failure messages.
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
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

template <>
struct StringMaker<QJsonObject>
{
    static std::string convert(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
    }
};

template <>
struct StringMaker<QJsonValue>
{
    static std::string convert(const QJsonValue &value)
    {
        // A document holds an object or an array only: wrap the value in an array and unwrap it.
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2).toStdString();
    }
};

} // namespace Catch
