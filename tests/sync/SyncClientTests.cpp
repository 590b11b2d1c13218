#include <catch2/catch.hpp>

#include "store/SyncState.h"
#include "support/TestRegister.h"
#include "sync/client/Backoff.h"
#include "sync/client/HttpTransport.h"
#include "sync/client/SyncClient.h"
#include "sync/client/SyncEngine.h"
#include "sync/protocol/Messages.h"

#include <QTcpServer>

using namespace hotich;
using namespace hotich::test;
using namespace Qt::StringLiterals;

TEST_CASE(
    "retries back off from 1 s, doubling to 5 minutes, each within ±20 %, and start again after a success")
{
    sync::Backoff backoff(42);
    qint64 base = sync::Backoff::kFirstMs;
    for (int i = 0; i < 14; ++i) {
        const int delay = backoff.nextDelayMs();
        INFO("failure " << i + 1 << ": " << delay << " ms");
        CHECK(delay >= base * 8 / 10);
        CHECK(delay <= base * 12 / 10);
        base = std::min<qint64>(base * 2, sync::Backoff::kLongestMs);
    }
    backoff.reset();
    CHECK(backoff.nextDelayMs() <= sync::Backoff::kFirstMs * 12 / 10);
    // Two offices that failed together do not call back together.
    sync::Backoff a(1), b(2);
    CHECK(a.nextDelayMs() != b.nextDelayMs());
}

TEST_CASE("the register goes only to https://, or http:// on this machine")
{
    CHECK(sync::HttpTransport::checkUrl(QUrl(u"https://hotich.example.gov.vn"_s)));
    CHECK(sync::HttpTransport::checkUrl(QUrl(u"http://127.0.0.1:8443"_s)));
    CHECK(sync::HttpTransport::checkUrl(QUrl(u"http://localhost:8443"_s)));
    auto plain = sync::HttpTransport::checkUrl(QUrl(u"http://10.1.2.3:8443"_s));
    REQUIRE_FALSE(plain);
    CHECK(plain.error().code == u"server.plain"_s);
    auto wrong = sync::HttpTransport::checkUrl(QUrl(u"ftp://hotich"_s));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == u"server.url"_s);
}

TEST_CASE("a register that is not enrolled does not sync, and says how to enrol")
{
    TestRegister reg;
    sync::HttpTransport transport(QUrl(u"http://127.0.0.1:1"_s), {});
    sync::SyncClient client(reg.db(), reg.clock(), transport, reg.officer);
    auto r = client.run();
    REQUIRE_FALSE(r);
    CHECK(r.error().code == u"sync.notEnrolled"_s);
    CHECK(r.error().vi.contains(u"hotich-admin enrol"_s));
    auto state = SyncState::read(reg.db());
    REQUIRE(state);
    CHECK(state->lastErrorCode == u"sync.notEnrolled"_s);
    CHECK(state->lastSuccessAtMs == 0);
}

TEST_CASE("a server that cannot be reached is a transient error kept in the sync state, and nothing is "
          "acknowledged")
{
    TestRegister reg;
    reg.mustAdd(with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue()));
    // A port that was just free: nothing listens on it.
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    const QUrl server(u"http://127.0.0.1:%1"_s.arg(port));
    REQUIRE(SyncState::saveEnrolment(reg.db(), server.toString(), u"cred"_s, QByteArray(32, 'k'), {}));
    sync::HttpTransport transport(server, {}, 5'000);
    sync::SyncClient client(reg.db(), reg.clock(), transport, reg.officer);
    auto r = client.run();
    REQUIRE_FALSE(r);
    CHECK(r.error().code.startsWith(u"network."_s));
    CHECK(sync::isTransient(r.error()));
    auto state = SyncState::read(reg.db());
    REQUIRE(state);
    CHECK(state->lastErrorCode == r.error().code);
    CHECK(state->lastAttemptAtMs == reg.clock().now().toMSecsSinceEpoch());
    CHECK(state->pushedThrough == 0);
}

TEST_CASE("an enrolment code typed as it was read out becomes one of the protocol's alphabet")
{
    CHECK(hotich::sync::normalizeEnrolCode(u"abcd-efgh jkmn"_s) == u"ABCDEFGHJKMN"_s);
    // Crockford's base 32 has no O, I or L: they are the digits they look like.
    CHECK(hotich::sync::normalizeEnrolCode(u"O1IL-0000-oooo"_s) == u"011100000000"_s);
    hotich::sync::EnrolRequest request;
    request.office = u"00004"_s;
    request.registerId = QUuid::createUuid();
    request.code = hotich::sync::normalizeEnrolCode(u"7f47-2fsh-7de3"_s);
    CHECK(hotich::sync::encodeMessage(request).ok());
    request.code = hotich::sync::normalizeEnrolCode(u"7F47-2FSH-7DEU"_s); // U is not in the alphabet
    CHECK_FALSE(hotich::sync::encodeMessage(request).ok());
}
