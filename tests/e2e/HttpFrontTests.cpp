// hotich-server's HTTP front probed with raw requests: what a broken, forged or foreign request
// gets back, and that it changes nothing.
#include "support/ServerProcess.h"
#include "support/TempDir.h"

#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "store/SyncState.h"
#include "support/PostgresServer.h"
#include "support/TestRegister.h"
#include "sync/client/HttpTransport.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/Messages.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace hotich;
using namespace hotich::test;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray type;
};

/// One request; the answer or status 0 when none came within 60 s.
Answer request(const QString &url, const QByteArray &method, const QByteArray &body = {},
               const QByteArray &authorization = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest r{QUrl(url)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-hotich-frame"));
    if (!authorization.isEmpty())
        r.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = manager.sendCustomRequest(r, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    delete reply;
    return a;
}

/// The error code an answer's frame carries (empty if it carries none).
QString errorCode(const Answer &a)
{
    auto message = sync::decodeMessage(a.body);
    if (!message)
        return {};
    const auto *e = std::get_if<sync::ErrorResponse>(&*message);
    return e ? e->code : QString();
}

QByteArray frame(const sync::Message &message)
{
    auto encoded = sync::encodeMessage(message);
    INFO((encoded ? QString() : encoded.error().en + u" "_s + encoded.error().field).toStdString());
    REQUIRE(encoded.ok());
    return *encoded;
}

/// A real register of office 00004 with three births, enrolled on a server: the push of its
/// three entries as a frame, and the Authorization header that goes with it.
struct RegisterPush
{
    QByteArray body;
    QByteArray authorization;
};

RegisterPush enrolledPush(TestRegister &office, const QString &serverDb, const QString &serverUrl)
{
    for (const QString &name : {u"An"_s, u"Bình"_s, u"Cúc"_s})
        office.mustAdd(with(example(u"birth"_s), u"subject.givenName"_s, name));
    auto held = Outbox(office.db()).read(1, 100);
    REQUIRE(held.ok());
    REQUIRE(held->size() == 3);
    auto identity = RegisterIdentity::read(office.db());
    REQUIRE(identity.ok());

    sync::EnrolRequest enrol;
    enrol.office = u"00004"_s;
    enrol.registerId = identity->uuid;
    enrol.code = enrolCode(serverDb, u"00004"_s);
    auto enrolled = sync::decodeMessage(request(serverUrl + u"/v1/enrol"_s, "POST", frame(enrol)).body);
    REQUIRE(enrolled.ok());
    const auto *credential = std::get_if<sync::EnrolResponse>(&*enrolled);
    REQUIRE(credential);

    sync::SyncRequest push;
    push.app = u"0.1.0"_s;
    push.schema = office.db().schemaVersion();
    push.office = u"00004"_s;
    push.registerId = identity->uuid;
    push.epoch = identity->epoch;
    for (const OutboxEntry &e : std::as_const(*held))
        push.push.entries.push_back(e.entry);
    push.push.head = held->constLast().hash;
    return {frame(push),
            "Hotich " + credential->credentialId.toLatin1() + '.' +
                credential->secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)};
}

sync::PushResult pushedOf(const Answer &a)
{
    auto m = sync::decodeMessage(a.body);
    REQUIRE(m.ok());
    const auto *r = std::get_if<sync::SyncResponse>(&*m);
    REQUIRE(r);
    return r->pushed;
}

QJsonObject countsOf(const QString &serverDb)
{
    return officeStats(serverDb, u"00004"_s);
}

} // namespace

namespace {

/// The office 00004 of `db` on the server, as `hotich-server stats` counts it.
QJsonObject officeStats(const QString &db)
{
    const ServerRun stats = runServer({u"--db"_s, db, u"stats"_s});
    REQUIRE(stats.exitCode == 0);
    return QJsonDocument::fromJson(stats.out)
        .object()
        .value(u"offices"_s)
        .toObject()
        .value(u"00004"_s)
        .toObject();
}

/// Enrols the register as the office 00004 with a code the server makes.
void enrolOffice(TestRegister &office, const ServerProcess &server, const QString &db)
{
    sync::HttpTransport link(QUrl(server.url()), {});
    sync::SyncClient enrolling(office.db(), office.clock(), link, office.officer);
    REQUIRE(enrolling.enrol(server.url(), enrolCode(db, u"00004"_s), {}).ok());
}

} // namespace

TEST_CASE("A push replayed over HTTP gets the same answer and holds nothing twice")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    TestRegister office; // a real register: real entries, real chain hashes
    const RegisterPush push = enrolledPush(office, db, server.url());

    const Answer first = request(server.url() + u"/v1/sync"_s, "POST", push.body, push.authorization);
    const Answer again = request(server.url() + u"/v1/sync"_s, "POST", push.body, push.authorization);
    REQUIRE(first.status == 200);
    REQUIRE(again.status == 200);
    CHECK(pushedOf(first).through == 3);
    CHECK(pushedOf(again) == pushedOf(first));
    const QJsonObject counts = countsOf(db);
    CHECK(counts.value(u"records"_s).toObject().value(u"birth"_s).toInt() == 3);
    CHECK(counts.value(u"entries"_s).toObject().value(u"register"_s).toInt() == 3);
    // The log tells the two apart: the first applied three entries, the replay none.
    const QString log = server.log();
    CHECK(log.count(u"\"entries\":3"_s) == 1);
}

TEST_CASE("The same push sent at once to two servers on one PostgreSQL database is held once")
{
    const QString db = PostgresServer::shared().createDatabase();
    ServerProcess one(db);
    ServerProcess two(db);
    TestRegister office;
    const RegisterPush push = enrolledPush(office, db, one.url());

    // Both requests in flight together: the two processes race for the office's lock.
    QNetworkAccessManager manager;
    QList<QNetworkReply *> replies;
    for (const QString &base : {one.url(), two.url()}) {
        QNetworkRequest r{QUrl(base + u"/v1/sync"_s)};
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-hotich-frame"));
        r.setRawHeader("Authorization", push.authorization);
        replies << manager.post(r, push.body);
    }
    QEventLoop loop;
    for (QNetworkReply *reply : std::as_const(replies)) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (std::all_of(replies.begin(), replies.end(), [](QNetworkReply *x) { return x->isFinished(); }))
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    QList<Answer> answers;
    for (QNetworkReply *reply : std::as_const(replies)) {
        answers << Answer{
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), {}};
        delete reply;
    }
    REQUIRE(answers[0].status == 200);
    REQUIRE(answers[1].status == 200);
    CHECK(pushedOf(answers[0]) == pushedOf(answers[1])); // both tell the office the same
    CHECK(pushedOf(answers[0]).through == 3);
    const QJsonObject counts = countsOf(db);
    CHECK(counts.value(u"records"_s).toObject().value(u"birth"_s).toInt() == 3);
    CHECK(counts.value(u"entries"_s).toObject().value(u"register"_s).toInt() == 3);
    // Exactly one of the two applied the entries.
    CHECK(one.log().count(u"\"entries\":3"_s) + two.log().count(u"\"entries\":3"_s) == 1);
}

TEST_CASE("Broken, forged and foreign requests get a clear code from the HTTP front and change nothing")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    const QString base = server.url();

    const Answer health = request(base + u"/v1/health"_s, "GET");
    CHECK(health.status == 200);
    CHECK(QJsonDocument::fromJson(health.body).object().value(u"status"_s).toString() == u"ok"_s);
    CHECK(request(base + u"/v1/nothing"_s, "GET").status == 404);
    CHECK(request(base + u"/v1/sync"_s, "GET").status == 404);

    // Enrolment: a wrong code is refused and counted; the right one gives a credential.
    const QString code = enrolCode(db, u"00004"_s);
    sync::EnrolRequest enrol;
    enrol.office = u"00004"_s;
    enrol.registerId = QUuid::createUuid();
    enrol.code = code.at(0) == u'0' ? u"1"_s + code.mid(1) : u"0"_s + code.mid(1);
    const Answer wrong = request(base + u"/v1/enrol"_s, "POST", frame(enrol));
    CHECK(wrong.status == 403);
    CHECK(errorCode(wrong) == u"enrol.codeWrong"_s);
    enrol.code = code;
    const Answer enrolled = request(base + u"/v1/enrol"_s, "POST", frame(enrol));
    REQUIRE(enrolled.status == 200);
    auto credentialMessage = sync::decodeMessage(enrolled.body);
    REQUIRE(credentialMessage.ok());
    const auto *credential = std::get_if<sync::EnrolResponse>(&*credentialMessage);
    REQUIRE(credential);
    const QByteArray authorization =
        "Hotich " + credential->credentialId.toLatin1() + '.' +
        credential->secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);

    sync::SyncRequest sync;
    sync.app = u"0.1.0"_s;
    sync.schema = 7;
    sync.office = u"00004"_s;
    sync.registerId = enrol.registerId;
    sync.epoch = QUuid::createUuid();
    const QByteArray good = frame(sync);
    const QString url = base + u"/v1/sync"_s;

    SECTION("no credential, or a forged one")
    {
        CHECK(errorCode(request(url, "POST", good)) == u"auth.failed"_s);
        CHECK(request(url, "POST", good).status == 401);
        CHECK(errorCode(request(url, "POST", good, "Bearer abc")) == u"auth.failed"_s);
        QByteArray forged = authorization;
        forged[forged.size() - 2] = forged.at(forged.size() - 2) == 'A' ? 'B' : 'A';
        CHECK(errorCode(request(url, "POST", good, forged)) == u"auth.failed"_s);
    }
    SECTION("a frame that is not one: garbage, truncated, empty, another message")
    {
        CHECK(errorCode(request(url, "POST", "not a frame at all", authorization)) == u"frame.malformed"_s);
        const Answer truncated = request(url, "POST", good.left(good.size() / 2), authorization);
        CHECK(truncated.status == 400);
        CHECK(errorCode(truncated) == u"frame.malformed"_s);
        CHECK(errorCode(request(url, "POST", {}, authorization)) == u"frame.malformed"_s);
        CHECK(errorCode(request(url, "POST", frame(enrol), authorization)) == u"frame.malformed"_s);
    }
    SECTION("a frame claiming another office is refused and logged with the credential")
    {
        sync::SyncRequest foreign = sync;
        foreign.office = u"00008"_s;
        const Answer refused = request(url, "POST", frame(foreign), authorization);
        CHECK(refused.status == 403);
        CHECK(errorCode(refused) == u"office.mismatch"_s);
        const QString log = server.log();
        CHECK(log.contains(u"\"outcome\":\"office.mismatch\""_s));
        CHECK(log.contains(credential->credentialId));
    }
    SECTION("another register with this office's credential is refused")
    {
        sync::SyncRequest other = sync;
        other.registerId = QUuid::createUuid();
        CHECK(errorCode(request(url, "POST", frame(other), authorization)) == u"auth.failed"_s);
    }
    SECTION("a body over the frame limit is refused before it is read as a frame")
    {
        const Answer big = request(url, "POST", QByteArray(5 * 1024 * 1024, 'x'), authorization);
        CHECK(big.status == 413);
        CHECK(errorCode(big) == u"frame.tooLarge"_s);
    }
    SECTION("a well-formed empty sync is answered")
    {
        const Answer ok = request(url, "POST", good, authorization);
        CHECK(ok.status == 200);
        CHECK(ok.type == "application/x-hotich-frame");
        auto message = sync::decodeMessage(ok.body);
        REQUIRE(message.ok());
        const auto *response = std::get_if<sync::SyncResponse>(&*message);
        REQUIRE(response);
        CHECK(response->pushed.through == 0);
        CHECK(response->serverTimeMs > 0);
    }

    // Whatever was refused, the office's chain on the server is untouched.
    const QJsonObject office = officeStats(db);
    CHECK(office.value(u"head"_s).toInt() == 0);
    CHECK(office.value(u"credentials"_s).toInt() == 1);
}

TEST_CASE("A backlog is pushed batch after batch without pulling, and the pull comes after the last batch")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    TestRegister office;
    for (int i = 0; i < 5; ++i)
        office.mustAdd(with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue()));
    enrolOffice(office, server, db);

    sync::HttpTransport link(QUrl(server.url()), {});
    sync::SyncClient client(office.db(), office.clock(), link, office.officer);
    client.setBatchSize(2);
    auto summary = client.run();
    INFO((summary ? QString() : summary.error().en).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->pushed >= 5);
    CHECK(summary->pulled == 5); // the ID-number answer for each birth

    // The server's log, one line per sync: the batches of 2, 2 and 1, and what each pulled.
    QList<QPair<int, int>> rounds;
    for (const QString &line : server.log().split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(u"path"_s).toString() == u"/v1/sync"_s)
            rounds << qMakePair(o.value(u"entries"_s).toInt(), o.value(u"changes"_s).toInt());
    }
    for (const auto &[entries, changes] : std::as_const(rounds))
        UNSCOPED_INFO("sync: " << entries << " entries pushed, " << changes << " changes pulled");
    REQUIRE(rounds.size() >= 3);
    CHECK(rounds[0] == qMakePair(2, 0));
    CHECK(rounds[1] == qMakePair(2, 0));
    CHECK(rounds[2] == qMakePair(1, 5));
}

namespace {

/// The real link, with a say in one answer: the second push is answered as a server that lost the
/// office's batches would (push.gap, expecting 1), after the server really took it in.
class LosingLink : public sync::SyncTransport
{
public:
    explicit LosingLink(const QString &url) : m_link(QUrl(url), {}) {}

    Result<QByteArray> post(const QString &path, const QByteArray &frame,
                            const QString &authorization) override
    {
        return start(path, frame, authorization)->wait();
    }

    std::unique_ptr<sync::PendingAnswer> start(const QString &path, const QByteArray &frame,
                                               const QString &authorization) override
    {
        if (auto message = sync::decodeMessage(frame)) {
            if (const auto *r = std::get_if<sync::SyncRequest>(&*message))
                pushedFrom << r->push.from;
        }
        auto pending = m_link.start(path, frame, authorization);
        if (pushedFrom.size() != 2)
            return pending;
        struct Lost : sync::PendingAnswer
        {
            std::unique_ptr<sync::PendingAnswer> real;
            Result<QByteArray> wait() override
            {
                if (auto answer = real->wait(); !answer)
                    return answer.error();
                sync::ErrorResponse gap;
                gap.code = u"push.gap"_s;
                gap.vi = u"thiếu mục"_s;
                gap.en = u"entries missing"_s;
                gap.expected = 1;
                return *sync::encodeMessage(gap);
            }
        };
        auto lost = std::make_unique<Lost>();
        lost->real = std::move(pending);
        return lost;
    }

    QList<qint64> pushedFrom;

private:
    sync::HttpTransport m_link;
};

} // namespace

TEST_CASE("A batch made ahead while the last was in flight is made again when the answer moves the "
          "register elsewhere")
{
    TempDir dir;
    const QString db = u"sqlite:"_s + dir.path(u"server.sqlite"_s);
    ServerProcess server(db);
    TestRegister office;
    for (int i = 0; i < 7; ++i)
        office.mustAdd(with(example(u"birth"_s), u"subject.idNumber"_s, QJsonValue()));
    enrolOffice(office, server, db);

    LosingLink link(server.url());
    sync::SyncClient client(office.db(), office.clock(), link, office.officer);
    client.setBatchSize(2);
    auto summary = client.run();
    INFO((summary ? QString() : summary.error().en).toStdString());
    REQUIRE(summary.ok());
    // 1 and 3 go; the gap sends the register back to 1 (the batch from 5, made while 3 was in
    // flight, is dropped); the server answers that it holds 1 to 4, and 5 and 7 follow. Every
    // entry is held once: the server's head is the outbox's last.
    REQUIRE(link.pushedFrom.size() >= 5);
    CHECK(link.pushedFrom.mid(0, 5) == QList<qint64>{1, 3, 1, 5, 7});
    auto last = Outbox(office.db()).lastSeq();
    REQUIRE(last);
    auto state = SyncState::read(office.db());
    REQUIRE(state);
    CHECK(state->pushedThrough == *last);
    const QJsonObject held = officeStats(db);
    CHECK(held.value(u"head"_s).toInt() == *last);
}
