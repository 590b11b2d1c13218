// Seeds for hotich-fuzz-frame, made at run time so they follow the encoding: for each message of
// tests/sync/SampleMessages, its CBOR map and its frame, one file each, into the directory named.
//   hotich-fuzz-frame-seeds DIR
#include "SampleMessages.h"

#include "sync/protocol/Frame.h"

#include <QCborValue>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace hotich::sync;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: hotich-fuzz-frame-seeds DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    int n = 0;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "hotich-fuzz-frame-seeds: cannot write %s\n", qPrintable(file.fileName()));
            std::exit(1);
        }
        ++n;
    };
    for (const Message &message : test::sampleMessages()) {
        const auto map = toCbor(message);
        const auto frame = encodeMessage(message);
        if (!map || !frame) {
            std::fprintf(stderr, "hotich-fuzz-frame-seeds: %s\n",
                         qPrintable((map ? frame.error() : map.error()).en));
            return 1;
        }
        const QString name = u"message-%1"_s.arg(message.index());
        write(name + u".cbor"_s, QCborValue(*map).toCbor());
        write(name + u".frame"_s, *frame);
    }
    std::printf("hotich-fuzz-frame-seeds: %d seeds in %s\n", n, qPrintable(dir.path()));
    return 0;
}
