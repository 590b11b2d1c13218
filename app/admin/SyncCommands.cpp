// hotich-admin commands on sync with the ministry server: enrol, sync, sync --status,
// sync --allow-fork (docs/sync-protocol.md).
#include "AdminCommands.h"

#include "RecordInput.h"
#include "app/cli/Console.h"
#include "registry/RegisterCheck.h"
#include "registry/RegisterSetup.h"
#include "registry/SyncReport.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "store/SyncState.h"
#include "sync/client/HttpTransport.h"
#include "sync/client/SyncClient.h"
#include "sync/protocol/Messages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hotich::admin {

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
              : QJsonValue();
}

/// The CA certificate of --ca (PEM), or none: the register then trusts the system's CAs.
Result<QByteArray> caCertificate(const Arguments &args)
{
    if (!args.has(u"ca"_s))
        return QByteArray();
    return readInput(args.value(u"ca"_s));
}

} // namespace

int AdminTool::enrol()
{
    const QUrl server(m_args.value(u"server"_s));
    const QString code = m_args.value(u"code"_s);
    if (server.isEmpty() || code.isEmpty()) {
        Console::message(u"enrol cần --server URL và --code MÃ"_s,
                         u"enrol needs --server URL and --code CODE"_s);
        return kExitRejected;
    }
    if (auto r = sync::HttpTransport::checkUrl(server); !r)
        return Console::reportError(r.error());
    const auto ca = caCertificate(m_args);
    if (!ca)
        return Console::reportError(ca.error());
    if (auto failed = signIn(Role::Admin))
        return *failed;
    sync::HttpTransport transport(server, *ca);
    sync::SyncClient client(*m_db, Clock::system(), transport, m_actor);
    if (auto r = client.enrol(server.toString(), code, *ca); !r)
        return Console::reportError(r.error());
    Console::printJson({{u"enrolled"_s, true}, {u"server"_s, server.toString()}});
    return kExitOk;
}

int AdminTool::sync()
{
    if (m_args.has(u"status"_s))
        return syncStatus();
    if (m_args.has(u"findings"_s))
        return syncFindings();
    if (m_args.has(u"allow-fork"_s))
        return syncAllowFork();
    int batch = 500;
    if (!numberOption(u"batch"_s, batch, 1, int(sync::kMaxPushEntries)))
        return kExitRejected;
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto state = SyncState::read(*m_db);
    if (!state)
        return Console::reportError(state.error());
    const QUrl server(m_args.value(u"server"_s, state->serverUrl));
    if (auto r = sync::HttpTransport::checkUrl(server); !r)
        return Console::reportError(r.error());
    sync::HttpTransport transport(server, state->caCertificate);
    sync::SyncClient client(*m_db, Clock::system(), transport, m_actor);
    client.setBatchSize(batch);
    client.setProgress([](const sync::SyncSummary &s) {
        Console::message(u"đồng bộ: đã gửi %1, đã nhận %2"_s.arg(s.pushed).arg(s.pulled),
                         u"sync: %1 sent, %2 received"_s.arg(s.pushed).arg(s.pulled));
        return true;
    });
    auto summary = client.run();
    if (!summary)
        return Console::reportError(summary.error());
    Console::printJson(summary->toJson());
    return kExitOk;
}

int AdminTool::syncStatus()
{
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto state = SyncState::read(*m_db);
    if (!state)
        return Console::reportError(state.error());
    auto identity = RegisterIdentity::read(*m_db);
    if (!identity)
        return Console::reportError(identity.error());
    Outbox outbox(*m_db);
    auto last = outbox.lastSeq();
    if (!last)
        return Console::reportError(last.error());
    QJsonObject error;
    if (!state->lastErrorCode.isEmpty())
        error = {{u"code"_s, state->lastErrorCode},
                 {u"message"_s, state->lastErrorVi},
                 {u"messageEn"_s, state->lastErrorEn}};
    Console::printJson({{u"enrolled"_s, state->enrolled()},
                        {u"server"_s, state->serverUrl},
                        {u"register"_s, identity->uuid.toString(QUuid::WithoutBraces)},
                        {u"epoch"_s, identity->epoch.toString(QUuid::WithoutBraces)},
                        {u"catchUp"_s, identity->catchUp},
                        {u"allowFork"_s, identity->allowFork},
                        {u"outbox"_s, *last},
                        {u"pushedThrough"_s, state->pushedThrough},
                        {u"waiting"_s, *last - state->pushedThrough},
                        {u"lastAttempt"_s, timeOrNull(state->lastAttemptAtMs)},
                        {u"lastSuccess"_s, timeOrNull(state->lastSuccessAtMs)},
                        {u"lastError"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)}});
    return kExitOk;
}

int AdminTool::recover()
{
    const QString path = m_args.value(u"db"_s);
    const QUrl server(m_args.value(u"server"_s));
    const QString code = m_args.value(u"code"_s);
    const QString office = m_args.value(u"office"_s);
    const QString admin = m_args.value(u"admin"_s);
    if (path.isEmpty() || server.isEmpty() || code.isEmpty() || office.isEmpty() || admin.isEmpty()) {
        Console::message(u"recover cần --db, --server, --code, --office và --admin"_s,
                         u"recover needs --db, --server, --code, --office and --admin"_s);
        return kExitRejected;
    }
    if (auto r = sync::HttpTransport::checkUrl(server); !r)
        return Console::reportError(r.error());
    const auto ca = caCertificate(m_args);
    if (!ca)
        return Console::reportError(ca.error());
    const auto password = Console::newPasswordFromStdin(admin);
    if (!password)
        return kExitRejected;
    OfficeSetup setup;
    setup.communeCode = office;
    setup.admin = {admin, m_args.value(u"admin-name"_s, u"Quản trị viên"_s), Role::Admin, {}, {}, *password};
    setup.recovering = true;
    // A new file only (init refuses an existing one): a register that still exists is restored
    // from its backup or synced, never overwritten by a recovery.
    auto created = initializeRegister(path, setup, Clock::system());
    if (!created)
        return Console::reportError(created.error());
    if (auto failed = openRegister())
        return *failed;
    auto account = Accounts(*m_db, Clock::system()).authenticate(admin, *password);
    if (!account)
        return Console::reportError(account.error());
    m_actor = *account;
    sync::HttpTransport transport(server, *ca);
    sync::SyncClient client(*m_db, Clock::system(), transport, m_actor);
    if (auto r = client.enrol(server.toString(), code, *ca); !r) {
        Console::message(
            u"Sổ mới %1 đã tạo nhưng chưa đăng ký được với máy chủ: xoá tệp rồi chạy lại recover, "
            u"hoặc chạy enrol rồi sync trên tệp đó"_s.arg(path),
            u"The new register %1 is made but not enrolled: delete it and run recover again, or "
            u"run enrol, then sync, on it"_s.arg(path));
        return Console::reportError(r.error());
    }
    client.setProgress([](const sync::SyncSummary &s) {
        Console::message(u"khôi phục: đã nhận lại %1 mục"_s.arg(s.caughtUp),
                         u"recover: %1 entries back"_s.arg(s.caughtUp));
        return true;
    });
    auto summary = client.run();
    if (!summary) {
        Console::message(u"Sổ đã tạo nhưng chưa dựng lại xong; chạy lại hotich-admin sync để tiếp tục"_s,
                         u"The register is created but not rebuilt yet; run hotich-admin sync to go on"_s);
        return Console::reportError(summary.error());
    }
    auto report = verifyRegister(*m_db);
    if (!report)
        return Console::reportError(report.error());
    QJsonObject out = summary->toJson();
    out.insert(u"recovered"_s, report->ok());
    out.insert(u"office"_s, created->toJson());
    out.insert(u"db"_s, path);
    Console::printJson(out);
    return report->ok() ? kExitOk : kExitFailure;
}

int AdminTool::syncFindings()
{
    if (auto failed = signIn(std::nullopt))
        return *failed;
    auto report = readSyncReport(*m_db);
    if (!report)
        return Console::reportError(report.error());
    const auto uuidOrNull = [](const QUuid &id) {
        return id.isNull() ? QJsonValue() : QJsonValue(id.toString(QUuid::WithoutBraces));
    };
    QJsonArray findings;
    for (const SyncFinding &f : std::as_const(report->findings)) {
        QJsonObject o{{u"record"_s, uuidOrNull(f.record)},
                      {u"code"_s, f.code},
                      {u"message"_s, f.vi},
                      {u"messageEn"_s, f.en}};
        if (f.seq > 0)
            o.insert(u"seq"_s, f.seq);
        if (!f.relatedOffice.isEmpty())
            o.insert(u"relatedOffice"_s, f.relatedOffice);
        if (!f.relatedRecord.isNull())
            o.insert(u"relatedRecord"_s, uuidOrNull(f.relatedRecord));
        findings.append(o);
    }
    QJsonArray idNumbers;
    for (const IdNumberResult &r : std::as_const(report->idNumbers)) {
        QJsonObject o{{u"record"_s, uuidOrNull(r.record)}, {u"state"_s, idNumberStateCode(r.state)}};
        if (!r.idNumber.isEmpty())
            o.insert(u"idNumber"_s, r.idNumber);
        if (!r.reasonVi.isEmpty()) {
            o.insert(u"reason"_s, r.reasonVi);
            o.insert(u"reasonEn"_s, r.reasonEn);
        }
        idNumbers.append(o);
    }
    Console::printJson({{u"findings"_s, findings}, {u"idNumbers"_s, idNumbers}});
    return kExitOk;
}

int AdminTool::syncAllowFork()
{
    if (auto failed = signIn(Role::Admin))
        return *failed;
    Console::message(
        u"CẢNH BÁO: sổ sẽ ghi tiếp khi chưa lấy lại các hồ sơ đã gửi sau ngày sao lưu; lịch sử của sổ "
        u"sẽ rẽ nhánh, máy chủ sẽ giữ lại các mục trùng số để tỉnh xử lý."_s,
        u"WARNING: the register will write again before it has the records sent after the backup; its "
        u"history forks, and the server will hold the colliding entries for the province to resolve."_s);
    return writeTransaction([&]() -> Result<QJsonObject> {
        if (auto r = RegisterIdentity::setCatchUp(*m_db, true, true); !r)
            return r.error();
        JournalEntry entry;
        entry.atMs = Clock::system().now().toMSecsSinceEpoch();
        entry.actor = m_actor.login;
        entry.action = u"sync.allowFork"_s;
        if (auto r = Journal(*m_db).append(entry); !r)
            return r.error();
        return QJsonObject{{u"allowFork"_s, true}};
    });
}

} // namespace hotich::admin
