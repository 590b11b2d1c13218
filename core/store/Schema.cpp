#include "Schema.h"

#include "SchemaUpgrades.h"

using namespace Qt::StringLiterals;

namespace hotich::schema {

QStringList appendOnly(const QString &table)
{
    return {
        u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%1 are append-only'); END"_s
            .arg(table),
        u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%1 are append-only'); END"_s
            .arg(table),
    };
}

namespace {

QStringList version1()
{
    QStringList s = {
        // The office this register belongs to (one row).
        uR"(CREATE TABLE office (
            code TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            province_code TEXT NOT NULL,
            created_at INTEGER NOT NULL
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('officer', 'signer', 'admin')),
            id_number TEXT,
            birth_date TEXT,
            password_hash TEXT NOT NULL,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL
        ))"_s,
        // Registrations, append-only. year/number/book are NULL for digitised historical records,
        // which keep their original book reference in the payload.
        uR"(CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE,
            office TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER,
            number INTEGER,
            book INTEGER,
            registration_date TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES accounts(id),
            CHECK ((year IS NULL) = (number IS NULL))
        ))"_s,
        uR"(CREATE UNIQUE INDEX records_register_number ON records (office, kind, year, number)
            WHERE number IS NOT NULL)"_s,
        // Later facts about a record: corrections, ID numbers, voids, dissolutions. Append-only; the
        // current view of a record is its payload with every patch applied in order.
        uR"(CREATE TABLE amendments (
            id INTEGER PRIMARY KEY,
            record INTEGER NOT NULL REFERENCES records(id),
            type TEXT NOT NULL,
            by_record INTEGER REFERENCES records(id),
            patch TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES accounts(id)
        ))"_s,
        uR"(CREATE INDEX amendments_record ON amendments (record))"_s,
        // Register books (quyển): a new volume opens when the last one is full or closed; the
        // numbering runs on across volumes within the year.
        uR"(CREATE TABLE books (
            office TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER NOT NULL,
            volume INTEGER NOT NULL,
            first_number INTEGER NOT NULL,
            capacity INTEGER NOT NULL,
            opened_at INTEGER NOT NULL,
            closed_at INTEGER,
            PRIMARY KEY (office, kind, year, volume)
        ) WITHOUT ROWID)"_s,
        // Derived from records + amendments (rebuildable): what search and the rules read.
        uR"(CREATE TABLE record_index (
            record INTEGER PRIMARY KEY REFERENCES records(id),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'voided', 'dissolved')),
            names TEXT NOT NULL,
            display TEXT NOT NULL,
            sort_key BLOB NOT NULL,
            dup_key TEXT
        ))"_s,
        uR"(CREATE INDEX record_index_dup ON record_index (dup_key) WHERE dup_key IS NOT NULL)"_s,
        // Written by RegisterIndex, not by triggers: a trigger makes every insert a statement
        // savepoint, and FTS5 (3.40) flushes a new index segment at each savepoint release.
        // Names are matched, never ranked: no positions (detail = none), no sizes (columnsize = 0).
        uR"(CREATE VIRTUAL TABLE record_fts USING fts5 (
            names, content = 'record_index', content_rowid = 'record',
            tokenize = 'unicode61 remove_diacritics 0', detail = none, columnsize = 0
        ))"_s,
        // Derived: persons by key (ID number; folded name + date of birth) in marriages and deaths.
        uR"(CREATE TABLE person_events (
            person_key TEXT NOT NULL,
            record INTEGER NOT NULL REFERENCES records(id),
            role TEXT NOT NULL,
            PRIMARY KEY (person_key, record, role)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE INDEX person_events_record ON person_events (record))"_s,
        // Audit journal: every write, hash-chained (hash = BLAKE2b-256 of the previous hash and this entry).
        uR"(CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            target_table TEXT,
            target_id INTEGER,
            content_hash BLOB,
            detail TEXT,
            hash BLOB NOT NULL
        ))"_s,
        // Sync outbox: one row per registration or amendment, written in the same transaction,
        // gapless sequence, hash-chained like the journal. The sync engine consumes it.
        uR"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            operation TEXT NOT NULL,
            record INTEGER NOT NULL REFERENCES records(id),
            amendment INTEGER REFERENCES amendments(id),
            content_hash BLOB NOT NULL,
            hash BLOB NOT NULL,
            created_at INTEGER NOT NULL
        ))"_s,
    };
    for (const QString &table : {u"records"_s, u"amendments"_s, u"journal"_s, u"outbox"_s})
        s << appendOnly(table);
    return s;
}

/// Search rows reach the FTS5 index in batches (RegisterIndex::kSearchBatch): the rows after
/// `indexed_through` are searched directly. One row, changed only when a batch is indexed.
QStringList version2()
{
    return {
        uR"(CREATE TABLE record_fts_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            indexed_through INTEGER NOT NULL
        ))"_s,
        u"INSERT INTO record_fts_state (id, indexed_through) SELECT 1, coalesce(max(record), 0) FROM record_index"_s,
    };
}

/// Duplicate keys of births put the date of birth first ("date|child|mother", was
/// "child|date|mother"): keys of new births then land together at the end of the index.
QStringList version3()
{
    return {
        uR"(UPDATE record_index SET dup_key =
                substr(dup_key, instr(dup_key, '|') + 1, instr(substr(dup_key, instr(dup_key, '|') + 1), '|') - 1)
                || '|' || substr(dup_key, 1, instr(dup_key, '|') - 1) || '|'
                || substr(substr(dup_key, instr(dup_key, '|') + 1), instr(substr(dup_key, instr(dup_key, '|') + 1), '|') + 1)
            WHERE dup_key IS NOT NULL)"_s,
    };
}

/// Records without the index over their UUIDs: a record's UUID carries its row id (makeRecordUuid),
/// so it is found by primary key. The UUIDs of records made before are kept in
/// legacy_record_uuids. One B-tree fewer to write per registration.
QStringList version4()
{
    QStringList s = {
        uR"(CREATE TABLE records_new (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL,
            office TEXT NOT NULL,
            kind TEXT NOT NULL,
            year INTEGER,
            number INTEGER,
            book INTEGER,
            registration_date TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES accounts(id),
            CHECK ((year IS NULL) = (number IS NULL))
        ))"_s,
        u"INSERT INTO records_new SELECT id, uuid, office, kind, year, number, book, registration_date, "
        u"payload, created_at, created_by FROM records ORDER BY id"_s,
        uR"(CREATE TABLE legacy_record_uuids (
            uuid BLOB PRIMARY KEY NOT NULL,
            record INTEGER NOT NULL UNIQUE REFERENCES records(id)
        ) WITHOUT ROWID)"_s,
        u"INSERT INTO legacy_record_uuids (uuid, record) SELECT uuid, id FROM records"_s,
        u"DROP TABLE records"_s,
        u"ALTER TABLE records_new RENAME TO records"_s,
        uR"(CREATE UNIQUE INDEX records_register_number ON records (office, kind, year, number)
            WHERE number IS NOT NULL)"_s,
    };
    s << appendOnly(u"records"_s) << appendOnly(u"legacy_record_uuids"_s);
    return s;
}

/// Search rows check their status with comparisons: a CHECK with an IN list of three values makes
/// SQLite build a temporary B-tree on every insert. SQLite cannot change a CHECK in place, so
/// record_index is rebuilt with the same rows (and row ids, which the FTS5 index refers to).
QStringList version5()
{
    return {
        uR"(CREATE TABLE record_index_new (
            record INTEGER PRIMARY KEY REFERENCES records(id),
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status = 'active' OR status = 'voided' OR status = 'dissolved'),
            names TEXT NOT NULL,
            display TEXT NOT NULL,
            sort_key BLOB NOT NULL,
            dup_key TEXT
        ))"_s,
        u"INSERT INTO record_index_new (record, status, names, display, sort_key, dup_key) "
        u"SELECT record, status, names, display, sort_key, dup_key FROM record_index ORDER BY record"_s,
        u"DROP TABLE record_index"_s,
        u"ALTER TABLE record_index_new RENAME TO record_index"_s,
        uR"(CREATE INDEX record_index_dup ON record_index (dup_key) WHERE dup_key IS NOT NULL)"_s,
    };
}

/// What sync needs of the register (docs/sync-protocol.md): its identity and history epoch, UUIDs
/// for amendments, a portable outbox (UUIDs, the officer's login and name, hashes the server can
/// recompute) and the engine's own mutable state. upgradeTo6 fills them for an existing register.
QStringList version6()
{
    QStringList s = {
        uR"(CREATE TABLE register (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uuid BLOB NOT NULL,
            epoch BLOB NOT NULL,
            epoch_origin TEXT NOT NULL
                CHECK (epoch_origin = 'init' OR epoch_origin = 'restore' OR epoch_origin = 'recover'),
            epoch_started_at INTEGER NOT NULL,
            catch_up INTEGER NOT NULL DEFAULT 0,
            allow_fork INTEGER NOT NULL DEFAULT 0
        ))"_s,
        u"ALTER TABLE amendments ADD COLUMN uuid BLOB"_s,
        uR"(CREATE TABLE outbox_new (
            seq INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            operation TEXT NOT NULL
                CHECK (operation = 'register' OR operation = 'amend' OR operation = 'book.close'),
            record_uuid BLOB,
            amendment_uuid BLOB,
            book_kind TEXT,
            book_year INTEGER,
            book_volume INTEGER,
            actor_login TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            content_hash BLOB NOT NULL,
            hash BLOB NOT NULL,
            created_at INTEGER NOT NULL
        ))"_s,
        // The engine's state: changed by every sync, so kept apart from the append-only facts.
        uR"(CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            server_url TEXT,
            credential_id TEXT,
            credential_secret BLOB,
            ca_certificate BLOB,
            pushed_through INTEGER NOT NULL DEFAULT 0,
            pull_cursor BLOB,
            last_attempt_at INTEGER,
            last_success_at INTEGER,
            last_error_code TEXT,
            last_error_vi TEXT,
            last_error_en TEXT
        ))"_s,
        u"INSERT INTO sync_state (id) VALUES (1)"_s,
    };
    return s;
}

/// What the centre sends an office, kept with the register (docs/sync-protocol.md, "Pull"): the
/// state of each ID-number request, cross-office findings and push rejections, and reference data
/// updates by version. Sync state, not legal facts: an assigned number also becomes an amendment.
QStringList version7()
{
    return {
        uR"(CREATE TABLE id_number_results (
            record BLOB PRIMARY KEY NOT NULL,
            state TEXT NOT NULL CHECK (state = 'pending' OR state = 'assigned' OR
                state = 'suspectedDuplicate' OR state = 'needsVerification' OR state = 'rejected'),
            id_number TEXT,
            reason_vi TEXT,
            reason_en TEXT,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE sync_findings (
            id INTEGER PRIMARY KEY,
            record BLOB,
            seq INTEGER,
            code TEXT NOT NULL,
            message_vi TEXT NOT NULL,
            message_en TEXT NOT NULL,
            related_office TEXT,
            related_record BLOB,
            received_at INTEGER NOT NULL
        ))"_s,
        u"CREATE INDEX sync_findings_record ON sync_findings (record) WHERE record IS NOT NULL"_s,
        uR"(CREATE TABLE reference_updates (
            dataset TEXT NOT NULL,
            version INTEGER NOT NULL,
            data BLOB NOT NULL,
            received_at INTEGER NOT NULL,
            PRIMARY KEY (dataset, version)
        ) WITHOUT ROWID)"_s,
    };
}

/// Blank forms (phôi, docs/form-templates.md "Blank forms"): the serial-numbered stock the office
/// received, each receipt vouched for by the audit journal, and the form journal: one entry per
/// change of a sheet's state (pending, printed, spoiled, voided), append-only and hash-chained like
/// the audit journal. A sheet's state is its latest entry; a serial is used once it has any entry.
QStringList version8()
{
    QStringList s = {
        uR"(CREATE TABLE blank_form_stock (
            id INTEGER PRIMARY KEY,
            form TEXT NOT NULL,
            series TEXT NOT NULL,
            first_number INTEGER NOT NULL CHECK (first_number >= 0),
            last_number INTEGER NOT NULL CHECK (last_number >= first_number),
            digits INTEGER NOT NULL CHECK (digits >= 1),
            received_by TEXT NOT NULL,
            received_at INTEGER NOT NULL
        ))"_s,
        u"CREATE INDEX blank_form_stock_series ON blank_form_stock (series, first_number)"_s,
        uR"(CREATE TABLE form_journal (
            seq INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            actor TEXT NOT NULL,
            form TEXT NOT NULL,
            series TEXT NOT NULL,
            number INTEGER NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome = 'pending' OR outcome = 'printed' OR
                outcome = 'spoiled' OR outcome = 'voided'),
            record_uuid BLOB,
            edition TEXT,
            printer TEXT,
            calibration TEXT,
            reason TEXT,
            hash BLOB NOT NULL,
            CHECK (outcome = 'printed' OR outcome = 'pending' OR reason IS NOT NULL)
        ))"_s,
        u"CREATE INDEX form_journal_serial ON form_journal (series, number)"_s,
        // A serial is reserved once: a second reservation, even from a process that raced past
        // the check, fails here.
        u"CREATE UNIQUE INDEX form_journal_one_reservation ON form_journal (series, number) "
        u"WHERE outcome = 'pending'"_s,
    };
    s << appendOnly(u"blank_form_stock"_s) << appendOnly(u"form_journal"_s);
    return s;
}

/// Files and their workflow (received → entered → printed → signed → issued), each step a row
/// appended to file_steps (registry/Workflow); and search rows that name every person of a record
/// (upgradeTo9). Version 8 is the print journal.
QStringList version9()
{
    QStringList s = {
        uR"(CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            uuid BLOB NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            received_on TEXT NOT NULL,
            due_on TEXT NOT NULL,
            applicant TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES accounts(id)
        ))"_s,
        uR"(CREATE TABLE file_steps (
            id INTEGER PRIMARY KEY,
            file INTEGER NOT NULL REFERENCES files(id),
            state TEXT NOT NULL CHECK (state = 'received' OR state = 'entered' OR state = 'printed' OR
                state = 'signed' OR state = 'issued'),
            record INTEGER REFERENCES records(id),
            at INTEGER NOT NULL,
            by INTEGER NOT NULL REFERENCES accounts(id),
            CHECK ((state = 'entered') = (record IS NOT NULL)),
            UNIQUE (file, state)
        ))"_s,
        u"CREATE INDEX file_steps_record ON file_steps (record) WHERE record IS NOT NULL"_s,
        u"CREATE INDEX files_due ON files (due_on)"_s,
    };
    s << appendOnly(u"files"_s) << appendOnly(u"file_steps"_s);
    return s;
}

/// Search in name order: a common name ("Nguyễn", "Thị") matches most rows, and sorting them all
/// for the first page took 300 ms at 1,000,000 records; walking this index stops at the page.
QStringList version10()
{
    return {u"CREATE INDEX record_index_sort ON record_index (sort_key)"_s};
}

/// Search by person: the FTS5 index holds a row per person a search row names (RegisterIndex,
/// person_fts), so that "every word in one person" is the index's answer; record_fts held a row
/// per record, and "nguyen van an" matched most records through the father, each then checked by
/// names_match(). Contentless: the search rows keep the text (upgradeTo11 fills it from them).
QStringList version11()
{
    return {
        u"DROP TABLE record_fts"_s,
        uR"(CREATE VIRTUAL TABLE person_fts USING fts5 (
            names, content = '', tokenize = 'unicode61 remove_diacritics 0', detail = none, columnsize = 0
        ))"_s,
    };
}

/// A record's printed sheets, for its history: the form journal read by record, not scanned.
QStringList version12()
{
    return {
        u"CREATE INDEX form_journal_record ON form_journal (record_uuid) WHERE record_uuid IS NOT NULL"_s};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4(), true},
        {5, version5()},
        {6, version6(), true, &upgradeTo6},
        {7, version7()},
        {8, version8()},
        {9, version9(), false, &upgradeTo9},
        {10, version10()},
        {11, version11(), false, &upgradeTo11},
        {12, version12()},
    };
    return all;
}

} // namespace hotich::schema
