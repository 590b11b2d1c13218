#include "TextBench.h"

#include "Stats.h"

#include "reference/AdministrativeUnits.h"
#include "text/Fold.h"
#include "text/LegacyEncoding.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <iconv.h>

#include <string>

using namespace Qt::StringLiterals;

namespace hotich::bench {

namespace {

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// The textbook way: decompose, drop the marks, lower case, đ by hand.
QString naiveFold(const QString &name)
{
    QString s = name.normalized(QString::NormalizationForm_D);
    s.removeIf([](QChar c) { return c.isMark(); });
    s.replace(u'đ', u'd').replace(u'Đ', u'D');
    return s.toLower().simplified();
}

void benchFold(const QStringList &names)
{
    QElapsedTimer t;
    qsizetype sink = 0;
    t.start();
    for (const QString &n : names)
        sink += text::fold(n).size();
    const double ours = double(names.size()) / seconds(t);
    t.start();
    for (const QString &n : names)
        sink += naiveFold(n).size();
    const double naive = double(names.size()) / seconds(t);
    report("fold", ours / 1e6, "Mnames/s", naive / 1e6);
    if (sink == 42)
        std::puts("");
}

void benchDecode(const QStringList &names)
{
    QString sample;
    for (const QString &n : names.mid(0, 2000))
        sample += n.toLower() + u", số 12 phố Kim Mã, phường Ba Đình\n"_s;
    const QByteArray unit = text::encodeTcvn3(sample);
    QByteArray tcvn;
    while (tcvn.size() < 32 * 1024 * 1024)
        tcvn += unit;
    const double megabytes = double(tcvn.size()) / (1024.0 * 1024.0);

    QElapsedTimer t;
    t.start();
    const QString ours = text::decodeTcvn3(tcvn);
    const double oursRate = megabytes / seconds(t);

    iconv_t cd = iconv_open("UTF-16LE", "TCVN5712-1");
    QByteArray out(tcvn.size() * 4, Qt::Uninitialized);
    char *in = tcvn.data();
    size_t inLeft = size_t(tcvn.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    t.start();
    iconv(cd, &in, &inLeft, &dst, &outLeft);
    const double iconvRate = megabytes / seconds(t);
    iconv_close(cd);
    report("decode_tcvn3", oursRate, "MB/s", iconvRate);

    const QByteArray vni =
        text::encodeVni(sample).repeated(int(tcvn.size() / std::max<qsizetype>(1, unit.size())));
    t.start();
    const QString vniText = text::decodeVni(vni);
    reportPlain("decode_vni", double(vni.size()) / (1024.0 * 1024.0) / seconds(t), "MB/s");
    if (ours.isEmpty() || vniText.isEmpty())
        std::puts("");
}

void benchPlaces(int samples)
{
    const auto &units = reference::AdministrativeUnits::instance();
    QList<std::pair<const reference::UnitList *, QString>> queries;
    QRandomGenerator random(5);
    for (int i = 0; i < samples; ++i) {
        const auto &list = *units.lists()[random.bounded(int(units.lists().size()))];
        const auto &unit = list.units()[random.bounded(int(list.units().size()))];
        const int form = random.bounded(3);
        queries.append({&list, form == 0 ? unit.name : form == 1 ? text::fold(unit.name) : unit.fullName});
    }
    QList<double> ours;
    qsizetype found = 0;
    int empty = 0; // every query names a unit of its list: finding nothing is a fault
    for (const auto &[list, query] : queries) {
        QElapsedTimer t;
        t.start();
        const qsizetype matches = list->findByName(query).size();
        ours << double(t.nsecsElapsed()) / 1e6;
        found += matches;
        if (matches == 0 && ++empty <= 5)
            std::fprintf(stderr, "hotich-bench: place look-up found nothing: %s\n", qPrintable(query));
    }
    if (empty)
        problem(std::to_string(empty) + " of " + std::to_string(queries.size()) +
                " place look-ups found nothing");
    // Reference: one hash look-up of an already folded key, the least a look-up can cost.
    QHash<QString, int> plain;
    for (const auto &u : units.current().units())
        plain.insert(text::fold(u.name), 1);
    QList<double> bare;
    for (const auto &[list, query] : queries) {
        QElapsedTimer t;
        t.start();
        found += plain.value(query);
        bare << double(t.nsecsElapsed()) / 1e6;
    }
    report("place_lookup_p95", quantile(ours, 0.95), "ms", quantile(bare, 0.95));
    if (found < 0)
        std::puts("");
}

} // namespace

void benchText(const QStringList &names, int samples)
{
    benchFold(names);
    benchDecode(names);
    benchPlaces(std::max(samples, 1000));
}

} // namespace hotich::bench
