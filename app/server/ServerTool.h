#pragma once

#include "app/cli/Arguments.h"

#include <QStringList>

namespace hotich::server {

/// hotich-server, the reference ministry server: `hotich-server [--db URL] [--listen ADDR:PORT]
/// [--tls-cert FILE --tls-key FILE]` serves the protocol until it is stopped (SIGTERM or SIGINT);
/// the subcommands `enrol-code`, `stats` and `quarantine` work on the same database and print JSON.
/// Exit codes as hotich-admin's: 0 done, 2 input refused, 1 other failures.
class ServerTool
{
public:
    int run(const QStringList &arguments);

    static QString usageText(bool english);

private:
    int serve();
    int enrolCode();
    int stats();
    int quarantine();

    /// --db, or the embedded default: an SQLite file in the machine's data folder.
    QString databaseUrl() const;

    cli::Arguments m_args;
};

} // namespace hotich::server
