#include "ServerFixture.h"

#include "sync/protocol/Messages.h"
#include "sync/server/Enrolment.h"

#include <QRegularExpression>

using namespace hotich;
using namespace hotich::server;
using namespace hotich::test;
using namespace Qt::StringLiterals;

namespace {

const QUuid kRegister = QUuid::fromString(u"0192f0c4-1111-7000-8000-000000000001"_s);

/// The code with one character changed (to another of the alphabet).
QString wrong(const QString &code)
{
    QString w = code;
    w[0] = w[0] == u'A' ? u'B' : u'A';
    return w;
}

} // namespace

TEST_CASE("An enrolment code is 12 unambiguous characters, stored as Argon2id, and works once")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    ServerStore &s = server.store();
    // Crockford's base 32 (no I, L, O, U), what the register's enrol request is checked against:
    // a code the server makes is one the register can send. Each new code replaces the one before.
    const QRegularExpression crockford(u"^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$"_s);
    for (int i = 0; i < 20; ++i) {
        sync::EnrolRequest request;
        request.office = u"00004"_s;
        request.registerId = kRegister;
        request.code = must(s.createEnrolCode(u"00004"_s, server.now)).code;
        CHECK(crockford.match(request.code).hasMatch());
        CHECK(sync::encodeMessage(request).ok());
    }
    const EnrolCode code = must(s.createEnrolCode(u"00004"_s, server.now));
    CHECK(code.code.size() == 12);
    CHECK(crockford.match(code.code).hasMatch());
    CHECK(code.expiresAt == server.now.addSecs(72 * 3600));
    // Only the hash is kept.
    auto stored = must(s.database().run(u"SELECT code_hash FROM enrol_codes"_s, {}, u"đọc"_s));
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString().startsWith(u"$argon2id$"_s));
    CHECK_FALSE(stored.value(0).toString().contains(code.code));

    // Typed in lower case with a dash, as read over the phone.
    const QString typed = (code.code.left(6) + u'-' + code.code.mid(6)).toLower();
    const Credential credential = must(s.enrol(u"00004"_s, kRegister, typed, server.now.addSecs(60)));
    CHECK(credential.office == u"00004"_s);
    CHECK(credential.registerUuid == kRegister);
    CHECK(credential.secret.size() == 32);
    CHECK(credential.id.size() == 22);
    // The secret is kept as BLAKE2b only.
    auto secretRow = must(s.database().run(u"SELECT secret_hash FROM credentials"_s, {}, u"đọc"_s));
    REQUIRE(secretRow.next());
    CHECK(secretRow.value(0).toByteArray() != credential.secret);
    CHECK(secretRow.value(0).toByteArray().size() == 32);

    const AuthenticatedRegister who = must(s.authenticate(credential.id, credential.secret));
    CHECK(who.office == u"00004"_s);
    CHECK(who.registerUuid == kRegister);
    QByteArray otherSecret = credential.secret;
    otherSecret[0] = char(otherSecret[0] ^ 1);
    for (auto refused :
         {s.authenticate(credential.id, otherSecret), s.authenticate(u"nobody"_s, credential.secret)}) {
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == u"auth.failed"_s);
    }

    // Once only.
    auto again = s.enrol(u"00004"_s, kRegister, code.code, server.now.addSecs(120));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == u"enrol.codeUsed"_s);
    CHECK(again.error().vi.contains(u"đã được dùng"_s));
    CHECK(server.count(u"SELECT count(*) FROM credentials"_s) == 1);
}

TEST_CASE("An enrolment code expires after 72 hours")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    ServerStore &s = server.store();
    const EnrolCode late = must(s.createEnrolCode(u"00004"_s, server.now));
    auto expired = s.enrol(u"00004"_s, kRegister, late.code, server.now.addSecs(72 * 3600));
    REQUIRE_FALSE(expired);
    CHECK(expired.error().code == u"enrol.codeExpired"_s);
    CHECK(expired.error().en.contains(u"72 hours"_s));

    // A new code replaces it and works within its 72 hours.
    const QDateTime later = server.now.addDays(4);
    const EnrolCode fresh = must(s.createEnrolCode(u"00004"_s, later));
    CHECK(must(s.enrol(u"00004"_s, kRegister, fresh.code, later.addSecs(71 * 3600))).office == u"00004"_s);
}

TEST_CASE("Five wrong tries kill an enrolment code, even for the right code after them")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    ServerStore &s = server.store();
    const EnrolCode code = must(s.createEnrolCode(u"00004"_s, server.now));
    for (int left = 4; left >= 1; --left) {
        auto refused = s.enrol(u"00004"_s, kRegister, wrong(code.code), server.now);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == u"enrol.codeWrong"_s);
        CHECK(refused.error().en.contains(u"%1 tries left"_s.arg(left)));
        CHECK(refused.error().vi.contains(u"còn %1 lần"_s.arg(left)));
    }
    auto fifth = s.enrol(u"00004"_s, kRegister, u"short"_s, server.now);
    REQUIRE_FALSE(fifth);
    CHECK(fifth.error().code == u"enrol.codeLocked"_s);
    auto right = s.enrol(u"00004"_s, kRegister, code.code, server.now);
    REQUIRE_FALSE(right);
    CHECK(right.error().code == u"enrol.codeLocked"_s);
    CHECK(server.count(u"SELECT count(*) FROM credentials"_s) == 0);
    // The tries were counted in the database, not in this connection.
    auto other = server.connect();
    auto still = other->enrol(u"00004"_s, kRegister, code.code, server.now);
    REQUIRE_FALSE(still);
    CHECK(still.error().code == u"enrol.codeLocked"_s);
}

TEST_CASE("An enrolment code enrols its own office only")
{
    FOR_EACH_BACKEND(backend);
    ServerFixture server(backend);
    ServerStore &s = server.store();
    const EnrolCode code = must(s.createEnrolCode(u"00004"_s, server.now));
    auto noCode = s.enrol(u"00008"_s, kRegister, code.code, server.now);
    REQUIRE_FALSE(noCode);
    CHECK(noCode.error().code == u"enrol.noCode"_s);

    const EnrolCode other = must(s.createEnrolCode(u"00008"_s, server.now));
    auto wrongOffice = s.enrol(u"00008"_s, kRegister, code.code, server.now);
    REQUIRE_FALSE(wrongOffice);
    CHECK(wrongOffice.error().code == u"enrol.codeWrong"_s);

    CHECK(must(s.enrol(u"00004"_s, kRegister, code.code, server.now)).office == u"00004"_s);
    CHECK(must(s.enrol(u"00008"_s, kRegister, other.code, server.now)).office == u"00008"_s);

    auto notACommune = s.createEnrolCode(u"99999"_s, server.now);
    REQUIRE_FALSE(notACommune);
    CHECK(notACommune.error().code == u"office.code"_s);
}
