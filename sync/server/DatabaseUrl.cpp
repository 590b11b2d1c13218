#include "sync/server/DatabaseUrl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

Error badUrl(const QString &url, const QString &vi, const QString &en)
{
    return Error::invalid(u"server.databaseUrl"_s, u"database"_s,
                          u"Địa chỉ cơ sở dữ liệu \"%1\" không hợp lệ: %2. Dùng sqlite:ĐƯỜNG_DẪN hoặc "
                          u"postgresql://người_dùng@máy:cổng/tên_csdl"_s.arg(url, vi),
                          u"The database address \"%1\" is not valid: %2. Use sqlite:PATH or "
                          u"postgresql://user@host:port/database"_s.arg(url, en));
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &url)
{
    DatabaseUrl out;
    if (url.startsWith(u"sqlite:"_s)) {
        out.dialect = Dialect::Sqlite;
        out.path = url.mid(7);
        if (out.path.startsWith(u"//"_s)) // sqlite:///abs/path, as some tools write it
            out.path = out.path.mid(2);
        if (out.path.isEmpty())
            return badUrl(url, u"thiếu đường dẫn tệp"_s, u"the file path is missing"_s);
        return out;
    }
    QString rest;
    for (const QString &scheme : {u"postgresql://"_s, u"postgres://"_s}) {
        if (url.startsWith(scheme))
            rest = url.mid(scheme.size());
    }
    if (rest.isNull())
        return badUrl(url, u"không rõ loại cơ sở dữ liệu"_s, u"the kind of database is not known"_s);
    out.dialect = Dialect::Postgres;

    // libpq's URI: [user[:password]@][host][:port][/database][?param=value&…]. Parsed by hand:
    // QUrl refuses an empty host, which is how a Unix socket directory is given (?host=/dir).
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        out.database = QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8());
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        out.user = QUrl::fromPercentEncoding(userInfo.left(colon).toUtf8());
        if (colon >= 0)
            out.password = QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
    }
    if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0 && !authority.endsWith(u']')) {
        const auto port = parsePort(authority.mid(colon + 1));
        if (!port)
            return badUrl(url, u"cổng không hợp lệ"_s, u"the port is not valid"_s);
        out.port = *port;
        authority.truncate(colon);
    }
    out.host = QUrl::fromPercentEncoding(authority.toUtf8());
    const QUrlQuery params(query);
    for (const auto &[key, value] : params.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s) {
            out.host = value;
        } else if (key == u"port"_s) {
            const auto port = parsePort(value);
            if (!port)
                return badUrl(url, u"cổng không hợp lệ"_s, u"the port is not valid"_s);
            out.port = *port;
        } else if (key == u"user"_s) {
            out.user = value;
        } else if (key == u"password"_s) {
            out.password = value;
        } else if (key == u"dbname"_s) {
            out.database = value;
        } else {
            return badUrl(url, u"không hiểu tham số \"%1\""_s.arg(key),
                          u"unknown parameter \"%1\""_s.arg(key));
        }
    }
    if (out.database.isEmpty())
        return badUrl(url, u"thiếu tên cơ sở dữ liệu"_s, u"the database name is missing"_s);
    return out;
}

QString DatabaseUrl::display() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite:"_s + path;
    QString text = u"postgresql://"_s;
    if (!user.isEmpty())
        text += user + u'@';
    if (!host.startsWith(u'/'))
        text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + database;
    if (host.startsWith(u'/'))
        text += u"?host="_s + host;
    return text;
}

} // namespace hotich::server
