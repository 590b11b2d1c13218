#include "Arguments.h"

using namespace Qt::StringLiterals;

namespace hotich::cli {

std::optional<Arguments> Arguments::parse(const QStringList &args, const QSet<QString> &flags, QString *error)
{
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg.startsWith(u"--"_s) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString value;
            if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
            } else if (!flags.contains(name)) {
                if (i + 1 >= args.size()) {
                    *error = u"--%1 cần một giá trị / --%1 needs a value"_s.arg(name);
                    return std::nullopt;
                }
                value = args[++i];
            }
            a.m_options.insert(name, value);
        } else {
            a.m_positional << arg;
        }
    }
    return a;
}

QStringList Arguments::unknownOptions(const QSet<QString> &known) const
{
    QStringList unknown;
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!known.contains(it.key()))
            unknown << u"--"_s + it.key();
    }
    unknown.sort();
    return unknown;
}

} // namespace hotich::cli
