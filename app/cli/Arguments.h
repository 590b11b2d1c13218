#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace hotich::cli {

/// The command line after the program name: global options (--db, --user, --lang) anywhere,
/// then the command words, positional arguments and the command's own --options.
class Arguments
{
public:
    /// `flags` are options without a value (e.g. --json).
    static std::optional<Arguments> parse(const QStringList &args, const QSet<QString> &flags,
                                          QString *error);

    const QStringList &positional() const { return m_positional; }
    QString positional(qsizetype i) const { return m_positional.value(i); }
    bool has(const QString &option) const { return m_options.contains(option); }
    QString value(const QString &option, const QString &fallback = {}) const
    {
        return m_options.value(option, fallback);
    }
    /// Options that were given but are not in `known` (for a clear "unknown option" message).
    QStringList unknownOptions(const QSet<QString> &known) const;

private:
    QStringList m_positional;
    QHash<QString, QString> m_options;
};

} // namespace hotich::cli
