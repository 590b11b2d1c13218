#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>
#include <vector>

namespace hotich {

/// What went wrong, in the terms the caller reacts to (hotich-admin maps it to its exit code).
enum class ErrorKind
{
    InvalidInput,     ///< the input breaks a format or a legal rule; nothing was written
    NotFound,         ///< the referenced record, account or file does not exist
    PermissionDenied, ///< wrong password, locked account or missing role
    Conflict,         ///< the current state forbids the change (e.g. the record is voided)
    Corrupt,          ///< a file or the journal is damaged
    Storage,          ///< the database or the disk failed
};

/// One error, with a stable code, the field it concerns and a message in Vietnamese and English.
struct Error
{
    ErrorKind kind = ErrorKind::InvalidInput;
    QString code;
    QString field;
    QString vi;
    QString en;
    /// The individual problems, when one failure gathers several (e.g. a rejected record).
    std::vector<Error> details;

    static Error invalid(QString code, QString field, QString vi, QString en)
    {
        return {ErrorKind::InvalidInput, std::move(code), std::move(field), std::move(vi), std::move(en), {}};
    }
    static Error make(ErrorKind kind, QString code, QString vi, QString en)
    {
        return {kind, std::move(code), {}, std::move(vi), std::move(en), {}};
    }

    /// Returns this error with a field path prefix, e.g. "subject" + "birthDate".
    Error under(const QString &prefix) const
    {
        Error e = *this;
        e.field = field.isEmpty() ? prefix : prefix + QLatin1Char('.') + field;
        return e;
    }
};

/// A value or an Error. Core reports failures this way; exceptions never cross module boundaries.
template <class T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace hotich
