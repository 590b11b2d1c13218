#include "ServerTool.h"

#include "app/cli/Console.h"
#include "sync/server/ServerStore.h"
#include "sync/service/HttpFront.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hotich::server {

using cli::Console;

namespace {

const QSet<QString> kOptions = {u"db"_s, u"lang"_s, u"listen"_s, u"tls-cert"_s, u"tls-key"_s, u"office"_s};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QJsonArray entriesJson(const QList<HeldEntry> &entries)
{
    QJsonArray out;
    for (const HeldEntry &h : entries) {
        const SyncEntry &e = h.entry;
        QJsonObject o{
            {u"seq"_s, e.seq},
            {u"operation"_s, operationCode(e.operation)},
            {u"record"_s, e.recordId.toString(QUuid::WithoutBraces)},
            {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(e.createdAtMs, Qt::UTC).toString(Qt::ISODate)},
            {u"actor"_s, e.actorLogin},
            {u"hash"_s, hex(h.hash)},
            {u"register"_s, h.registerUuid.toString(QUuid::WithoutBraces)},
            {u"epoch"_s, h.epoch.toString(QUuid::WithoutBraces)}};
        if (e.operation == SyncEntry::Operation::Register && e.number > 0)
            o.insert(u"number"_s, u"%1/%2"_s.arg(e.number).arg(e.year));
        if (e.operation == SyncEntry::Operation::Amend)
            o.insert(u"amendment"_s, e.amendmentType);
        out.append(o);
    }
    return out;
}

} // namespace

QString ServerTool::usageText(bool english)
{
    if (english) {
        return u"Usage: hotich-server [--db postgresql://…|sqlite:PATH] [--lang en] [COMMAND]\n"
               u"  (no command)   serve: [--listen ADDR:PORT] [--tls-cert FILE --tls-key FILE]\n"
               u"                 without a certificate: plain HTTP, on loopback only\n"
               u"  enrol-code --office CODE   a one-time enrolment code for an office\n"
               u"  stats                      counts per office and kind (JSON)\n"
               u"  quarantine                 forked histories, both sides (JSON)\n"
               u"The default database is an SQLite file in the machine's data folder.\n"_s;
    }
    return u"Cách dùng: hotich-server [--db postgresql://…|sqlite:TỆP] [--lang en] [LỆNH]\n"
           u"  (không lệnh)   chạy máy chủ: [--listen ĐỊA-CHỈ:CỔNG] [--tls-cert TỆP --tls-key TỆP]\n"
           u"                 không có chứng chỉ: HTTP thường, chỉ trên máy này (loopback)\n"
           u"  enrol-code --office MÃ     mã đăng ký dùng một lần cho một đơn vị\n"
           u"  stats                      số liệu theo đơn vị và loại sự kiện (JSON)\n"
           u"  quarantine                 các lịch sử rẽ nhánh, cả hai phía (JSON)\n"
           u"Cơ sở dữ liệu mặc định là tệp SQLite trong thư mục dữ liệu của máy.\n"_s;
}

int ServerTool::run(const QStringList &arguments)
{
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        const qsizetype lang = arguments.indexOf(u"--lang"_s);
        Console::setEnglish(lang >= 0 && arguments.value(lang + 1) == u"en"_s);
        Console::message(usageText(false).chopped(1), usageText(true).chopped(1));
        return cli::kExitOk;
    }
    if (arguments.contains(u"--version"_s)) {
        Console::printLine(u"hotich-server "_s + QCoreApplication::applicationVersion());
        return cli::kExitOk;
    }
    QString error;
    auto parsed = cli::Arguments::parse(arguments, {}, &error);
    if (!parsed) {
        Console::message(error, error);
        return cli::kExitRejected;
    }
    m_args = *parsed;
    Console::setEnglish(m_args.value(u"lang"_s) == u"en"_s);
    if (const QStringList unknown = m_args.unknownOptions(kOptions); !unknown.isEmpty()) {
        Console::message(u"Tùy chọn không hợp lệ: %1"_s.arg(unknown.join(u", "_s)),
                         u"Unknown option: %1"_s.arg(unknown.join(u", "_s)));
        return cli::kExitRejected;
    }
    const QString command = m_args.positional(0);
    if (m_args.positional().size() > 1) {
        Console::message(u"Thừa đối số: %1"_s.arg(m_args.positional().join(u' ')),
                         u"Unexpected arguments: %1"_s.arg(m_args.positional().join(u' ')));
        return cli::kExitRejected;
    }
    if (command.isEmpty() || command == u"serve"_s)
        return serve();
    if (command == u"enrol-code"_s)
        return enrolCode();
    if (command == u"stats"_s)
        return stats();
    if (command == u"quarantine"_s)
        return quarantine();
    Console::message(u"Lệnh không hợp lệ: %1"_s.arg(command), u"Unknown command: %1"_s.arg(command));
    Console::message(usageText(false).chopped(1), usageText(true).chopped(1));
    return cli::kExitRejected;
}

QString ServerTool::databaseUrl() const
{
    if (m_args.has(u"db"_s))
        return m_args.value(u"db"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return u"sqlite:"_s + QDir(folder).filePath(u"server.sqlite"_s);
}

int ServerTool::serve()
{
    ListenOptions options;
    if (m_args.has(u"listen"_s) && !parseListenAddress(m_args.value(u"listen"_s), options)) {
        Console::message(
            u"--listen cần ĐỊA-CHỈ:CỔNG, ví dụ 127.0.0.1:8080: %1"_s.arg(m_args.value(u"listen"_s)),
            u"--listen needs ADDR:PORT, e.g. 127.0.0.1:8080: %1"_s.arg(m_args.value(u"listen"_s)));
        return cli::kExitRejected;
    }
    options.certificateFile = m_args.value(u"tls-cert"_s);
    options.keyFile = m_args.value(u"tls-key"_s);
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty()) {
        Console::message(u"--tls-cert và --tls-key phải đi cùng nhau"_s,
                         u"--tls-cert and --tls-key go together"_s);
        return cli::kExitRejected;
    }
    auto store = ServerStore::open(databaseUrl());
    if (!store)
        return Console::reportError(store.error());
    HttpFront front(**store);
    auto port = front.listen(options);
    if (!port)
        return Console::reportError(port.error());
    // What a script waits for before it sends the first request (the port, when 0 was asked).
    Console::printJson({{u"listening"_s, u"%1:%2"_s.arg(options.address).arg(*port)},
                        {u"port"_s, int(*port)},
                        {u"tls"_s, options.tls()}});
    // Stopping needs no handler: every answer is committed before it is sent, and nothing is kept
    // in memory between requests, so SIGTERM at any moment loses nothing.
    return QCoreApplication::exec();
}

int ServerTool::enrolCode()
{
    const QString office = m_args.value(u"office"_s);
    if (office.isEmpty()) {
        Console::message(u"enrol-code cần --office MÃ (mã đơn vị hành chính cấp xã, 5 chữ số)"_s,
                         u"enrol-code needs --office CODE (the commune's 5-digit code)"_s);
        return cli::kExitRejected;
    }
    auto store = ServerStore::open(databaseUrl());
    if (!store)
        return Console::reportError(store.error());
    auto code = (*store)->createEnrolCode(office, QDateTime::currentDateTimeUtc());
    if (!code)
        return Console::reportError(code.error());
    Console::printJson({{u"office"_s, code->office},
                        {u"code"_s, code->code},
                        {u"expiresAt"_s, code->expiresAt.toUTC().toString(Qt::ISODate)}});
    return cli::kExitOk;
}

int ServerTool::stats()
{
    auto store = ServerStore::open(databaseUrl());
    if (!store)
        return Console::reportError(store.error());
    auto counts = (*store)->stats();
    if (!counts)
        return Console::reportError(counts.error());
    Console::printJson(*counts);
    return cli::kExitOk;
}

int ServerTool::quarantine()
{
    auto store = ServerStore::open(databaseUrl());
    if (!store)
        return Console::reportError(store.error());
    auto cases = (*store)->quarantine();
    if (!cases)
        return Console::reportError(cases.error());
    QJsonArray out;
    for (const ForkCase &c : std::as_const(*cases)) {
        out.append(QJsonObject{
            {u"alert"_s, c.alertId},
            {u"office"_s, c.office},
            {u"province"_s, c.provinceCode},
            {u"kind"_s, c.kind},
            {u"seq"_s, c.seq},
            {u"register"_s, c.registerUuid.toString(QUuid::WithoutBraces)},
            {u"epoch"_s, c.epoch.toString(QUuid::WithoutBraces)},
            {u"vi"_s, c.vi},
            {u"en"_s, c.en},
            {u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(c.createdAtMs, Qt::UTC).toString(Qt::ISODate)},
            {u"server"_s, entriesJson(c.held)},
            {u"quarantined"_s, entriesJson(c.pushed)}});
    }
    Console::printJson({{u"cases"_s, out}});
    return cli::kExitOk;
}

} // namespace hotich::server
