#pragma once
// Reading the maps of a message: each read checks type, range and size, and the first problem is
// kept (with the member's path, "push.entries[3].record") while later reads return empty values, so
// that a decoder reads straight through and looks at the outcome once.

#include "util/Result.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDate>
#include <QString>
#include <QUuid>

#include <initializer_list>
#include <optional>

namespace hotich::sync {

class Problems
{
public:
    bool ok() const { return !m_first.has_value(); }
    const Error &error() const { return *m_first; }
    /// Keeps the first problem only: the others often follow from it.
    void add(const QString &field, const QString &vi, const QString &en);

private:
    std::optional<Error> m_first;
};

class MapReader
{
public:
    /// `value` must be a map whose keys are integers among `known`; `what` names it in the message
    /// about a member it may not hold ("book.close").
    MapReader(Problems &problems, const QCborValue &value, QString path, std::initializer_list<qint64> known,
              const QString &what = {});

    bool ok() const { return m_problems.ok(); }
    Problems &problems() { return m_problems; }
    QString path(const QString &name) const;
    void problem(const QString &name, const QString &vi, const QString &en);

    bool has(qint64 key) const { return m_map.contains(key); }
    /// The member as it is (undefined when absent); the named form reports it missing.
    QCborValue raw(qint64 key) const { return m_map.value(key); }
    QCborValue raw(qint64 key, const QString &name);

    /// Absent optional members read as 0, empty, false or null.
    qint64 integer(qint64 key, const QString &name, qint64 min, qint64 max, bool required);
    bool boolean(qint64 key, const QString &name, bool required);
    QString text(qint64 key, const QString &name, qsizetype maxLength, bool required);
    QByteArray bytes(qint64 key, const QString &name, qsizetype minSize, qsizetype maxSize, bool required);
    /// 16 bytes, not the nil UUID.
    QUuid uuid(qint64 key, const QString &name, bool required);
    /// Days since 1970-01-01.
    QDate day(qint64 key, const QString &name, bool required);
    QCborArray array(qint64 key, const QString &name, qsizetype maxItems, bool required);

private:
    /// The member if present and of the type, else nothing (and a problem when it should be there).
    std::optional<QCborValue> member(qint64 key, const QString &name, QCborValue::Type type, bool required);

    Problems &m_problems;
    QString m_path;
    QCborMap m_map;
};

/// An array of text members: the actors table's [login, name] pairs, the payloads column.
class ArrayReader
{
public:
    ArrayReader(Problems &problems, const QCborValue &value, QString path, qsizetype minSize,
                qsizetype maxSize);
    /// The item at `index`, named `name` (or by its index, "payloads[3]", without a name).
    QString text(qsizetype index, const QString &name, qsizetype maxLength, bool required);

private:
    Problems &m_problems;
    QString m_path;
    QCborArray m_array;
};

} // namespace hotich::sync
