#include "sync/server/ServerSchema.h"

using namespace Qt::StringLiterals;

namespace hotich::server {

namespace {

/// The columns of an outbox entry as the server keeps it (entries and the quarantine both).
const QString kEntryColumns = uR"(
    seq BIGINT NOT NULL,
    operation TEXT NOT NULL,
    record_uuid {blob},
    amendment_uuid {blob},
    by_record_uuid {blob},
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    book INTEGER NOT NULL,
    registration_date TEXT NOT NULL,
    amendment_type TEXT NOT NULL,
    payload {blob} NOT NULL,
    created_at BIGINT NOT NULL,
    actor_login TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    content_hash {blob} NOT NULL,
    hash {blob} NOT NULL,
    register_uuid {blob} NOT NULL,
    epoch_uuid {blob} NOT NULL,
    received_at BIGINT NOT NULL)"_s;

QStringList version1()
{
    return {
        // One row per office: the head of its chain, locked by every push of the office.
        uR"(CREATE TABLE offices (
            code TEXT PRIMARY KEY,
            province_code TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            head_seq BIGINT NOT NULL DEFAULT 0,
            head_hash {blob}
        ))"_s,
        // One-time enrolment codes, as Argon2id hashes. A new code of an office replaces the last.
        uR"(CREATE TABLE enrol_codes (
            id {id},
            office TEXT NOT NULL REFERENCES offices (code),
            code_hash TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL,
            failed_tries INTEGER NOT NULL DEFAULT 0,
            replaced_at BIGINT,
            used_at BIGINT,
            used_by_register {blob}
        ))"_s,
        u"CREATE INDEX enrol_codes_office ON enrol_codes (office, id)"_s,
        // Credentials issued at enrolment; the secret as BLAKE2b only.
        uR"(CREATE TABLE credentials (
            id TEXT PRIMARY KEY,
            office TEXT NOT NULL REFERENCES offices (code),
            register_uuid {blob} NOT NULL,
            secret_hash {blob} NOT NULL,
            created_at BIGINT NOT NULL,
            revoked_at BIGINT
        ))"_s,
        // The registers and epochs seen per office, and the last sequence each epoch vouched for.
        uR"(CREATE TABLE register_epochs (
            office TEXT NOT NULL REFERENCES offices (code),
            register_uuid {blob} NOT NULL,
            epoch_uuid {blob} NOT NULL,
            known_through BIGINT NOT NULL,
            first_seen_at BIGINT NOT NULL,
            last_seen_at BIGINT NOT NULL,
            PRIMARY KEY (office, register_uuid, epoch_uuid)
        ))"_s,
        // Every entry of every office's chain, in order: the history the server replays.
        u"CREATE TABLE entries (office TEXT NOT NULL REFERENCES offices (code), "_s + kEntryColumns +
            u", PRIMARY KEY (office, seq))"_s,
        u"CREATE INDEX entries_amendment ON entries (amendment_uuid)"_s,
        // Entries held but not applied to the records: a rule that the entry breaks for good.
        uR"(CREATE TABLE rejections (
            office TEXT NOT NULL,
            seq BIGINT NOT NULL,
            code TEXT NOT NULL,
            vi TEXT NOT NULL,
            en TEXT NOT NULL,
            PRIMARY KEY (office, seq),
            FOREIGN KEY (office, seq) REFERENCES entries (office, seq)
        ))"_s,
        // The current state of each record, from its registration and its amendments.
        uR"(CREATE TABLE records (
            uuid {blob} PRIMARY KEY,
            office TEXT NOT NULL REFERENCES offices (code),
            seq BIGINT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER,
            number INTEGER,
            book INTEGER,
            registration_date TEXT NOT NULL,
            content TEXT NOT NULL,
            status TEXT NOT NULL,
            dup_key TEXT,
            updated_at BIGINT NOT NULL
        ))"_s,
        u"CREATE UNIQUE INDEX records_number ON records (office, kind, year, number) WHERE number IS NOT NULL"_s,
        u"CREATE INDEX records_dup_key ON records (dup_key)"_s,
        // Persons of records the cross-office rules look up: spouses and the deceased.
        uR"(CREATE TABLE persons (
            record {blob} NOT NULL REFERENCES records (uuid),
            role TEXT NOT NULL,
            id_number TEXT,
            name_key TEXT
        ))"_s,
        u"CREATE INDEX persons_id_number ON persons (id_number)"_s,
        u"CREATE INDEX persons_name_key ON persons (name_key)"_s,
        u"CREATE INDEX persons_record ON persons (record)"_s,
        // Forks and clones, for the province; the pushed side of a fork is kept in the quarantine.
        uR"(CREATE TABLE alerts (
            id {id},
            office TEXT NOT NULL REFERENCES offices (code),
            province_code TEXT NOT NULL,
            kind TEXT NOT NULL,
            seq BIGINT NOT NULL,
            register_uuid {blob} NOT NULL,
            epoch_uuid {blob} NOT NULL,
            vi TEXT NOT NULL,
            en TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            resolved_at BIGINT
        ))"_s,
        u"CREATE UNIQUE INDEX alerts_once ON alerts (office, kind, seq, register_uuid, epoch_uuid)"_s,
        u"CREATE TABLE quarantine (alert BIGINT NOT NULL REFERENCES alerts (id), "_s + kEntryColumns +
            u", PRIMARY KEY (alert, seq))"_s,
        // What each office pulls. office NULL: every office (reference data).
        uR"(CREATE TABLE changes (
            id {id},
            xid {xid},
            office TEXT,
            kind TEXT NOT NULL,
            record {blob},
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL
        ))"_s,
        u"CREATE INDEX changes_feed ON changes (office, xid, id)"_s,
        // Personal ID numbers asked of the population registry for new births.
        // id: the order of the requests (the first of twins keeps its number).
        uR"(CREATE TABLE id_requests (
            id {id},
            record {blob} NOT NULL UNIQUE REFERENCES records (uuid),
            office TEXT NOT NULL REFERENCES offices (code),
            state TEXT NOT NULL,
            id_number TEXT,
            twin_key TEXT,
            sex TEXT,
            birth_date TEXT,
            requested_at BIGINT NOT NULL,
            due_at BIGINT,
            updated_at BIGINT NOT NULL,
            code TEXT,
            vi TEXT,
            en TEXT
        ))"_s,
        u"CREATE INDEX id_requests_state ON id_requests (state, office)"_s,
        u"CREATE INDEX id_requests_twin ON id_requests (twin_key)"_s,
        // The numbers the built-in registry issued: unique across the server.
        uR"(CREATE TABLE issued_id_numbers (
            number TEXT PRIMARY KEY,
            record {blob} NOT NULL,
            issued_at BIGINT NOT NULL
        ))"_s,
    };
}

/// Version 2: the number issued for a record is looked up by record at every birth (a number asked
/// again gets the same one); without an index each look-up read the whole table (40 % of a push
/// of 20,000 births, and growing with the server: docs/benchmarks.md).
QStringList version2()
{
    return {u"CREATE INDEX issued_id_numbers_record ON issued_id_numbers (record)"_s};
}

} // namespace

const QList<ServerMigration> &serverMigrations()
{
    static const QList<ServerMigration> list = {{1, version1()}, {2, version2()}};
    return list;
}

QString dialectSql(const QString &statement, Dialect dialect)
{
    QString sql = statement;
    if (dialect == Dialect::Postgres) {
        sql.replace(u"{id}"_s, u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s);
        sql.replace(u"{blob}"_s, u"BYTEA"_s);
        // xid8 as a number: comparable with a bound parameter, and 64 bits never wrap.
        sql.replace(u"{xid}"_s, u"BIGINT NOT NULL DEFAULT (pg_current_xact_id()::text::bigint)"_s);
    } else {
        sql.replace(u"{id}"_s, u"INTEGER PRIMARY KEY"_s);
        sql.replace(u"{blob}"_s, u"BLOB"_s);
        sql.replace(u"{xid}"_s, u"BIGINT NOT NULL DEFAULT 0"_s);
    }
    return sql;
}

} // namespace hotich::server
