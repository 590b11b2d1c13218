// What a push costs on the wire (docs/sync-protocol.md, "Frame encoding": at most 120 bytes per
// registration on average). The entries are realistic births (tests/bench/SyntheticEntries.h).
#include "SampleMessages.h"
#include "SyntheticEntries.h"

#include "support/CatchQt.h"
#include "sync/protocol/Frame.h"

#include <QElapsedTimer>

using namespace hotich;
using namespace hotich::sync;
using namespace Qt::StringLiterals;

namespace {

std::vector<SyncEntry> births(qsizetype count)
{
    const auto entries = bench::syntheticBirthEntries(count, 20261126);
    INFO((entries ? QString() : entries.error().en).toStdString());
    REQUIRE(entries);
    REQUIRE(qsizetype(entries->size()) == count);
    return *entries;
}

std::string figure(const bench::PushWireSize &size)
{
    return QString(u"%1 entries: %2 B JSON, %3 B CBOR, %4 B frame, %5 B per entry"_s.arg(size.entries)
                       .arg(size.payloadBytes)
                       .arg(size.cborBytes)
                       .arg(size.frameBytes)
                       .arg(size.perEntry(), 0, 'f', 1))
        .toStdString();
}

} // namespace

TEST_CASE("A push of 2,000 births costs at most 120 bytes per registration on the wire")
{
    const std::vector<SyncEntry> entries = births(2000);
    QElapsedTimer timer;
    timer.start();
    const auto size = bench::measurePush(entries);
    const qint64 encodeMs = timer.elapsed();
    REQUIRE(size);
    WARN(figure(*size) << " (encoded in " << encodeMs << " ms)");
    CHECK(size->perEntry() <= 120.0);
}

TEST_CASE("Smaller pushes: the cost per registration of 1, 10, 100 and 500 births")
{
    const std::vector<SyncEntry> entries = births(500);
    for (qsizetype n : {1, 10, 100, 500}) {
        const auto size = bench::measurePush({entries.begin(), entries.begin() + n});
        REQUIRE(size);
        WARN(figure(*size));
        CHECK(size->frameBytes < 2000 + n * 1000);
    }
}

TEST_CASE("zstd levels on the 2,000-birth push")
{
    const std::vector<SyncEntry> entries = births(2000);
    for (int level : {3, 9, 15, 19, 22}) {
        QElapsedTimer timer;
        timer.start();
        const auto size = bench::measurePush(entries, level);
        REQUIRE(size);
        WARN("level " << level << ": " << figure(*size) << ", " << timer.elapsed() << " ms");
    }
}

TEST_CASE("A no-op sync is at most 2 KB each way")
{
    const auto request = bench::measurePush({});
    REQUIRE(request);
    CHECK(request->frameBytes <= 2048);
    SyncResponse response;
    response.pushed.through = 2000;
    response.pull.cursor = QByteArray(16, '\x02');
    response.serverTimeMs = 1'765'000'000'000;
    const auto frame = encodeMessage(response);
    REQUIRE(frame);
    CHECK(frame->size() <= 2048);
    WARN("no-op sync: request " << request->frameBytes << " B, response " << frame->size() << " B");
}
