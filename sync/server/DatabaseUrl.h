#pragma once

#include "util/Result.h"

#include <QString>

namespace hotich::server {

/// The two databases the ministry server runs on: PostgreSQL for the ministry (several server
/// processes share it) and SQLite, embedded, for a server on one machine (a province's test bed,
/// the demos and the tests).
enum class Dialect
{
    Sqlite,
    Postgres
};

/// Where the server's database is, from the one string an operator types:
/// `sqlite:PATH` or `postgresql://user[:password]@host[:port]/database[?host=/socket/dir&port=N]`
/// (libpq's URI form; a host that starts with '/' is the directory of PostgreSQL's Unix socket).
struct DatabaseUrl
{
    Dialect dialect = Dialect::Sqlite;
    QString path; ///< SQLite: the file
    QString user;
    QString password;
    QString host;
    int port = -1;
    QString database;

    static Result<DatabaseUrl> parse(const QString &url);
    /// The URL without its password, for messages and logs.
    QString display() const;
};

} // namespace hotich::server
