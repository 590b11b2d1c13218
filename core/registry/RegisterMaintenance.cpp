#include "RegisterMaintenance.h"

#include "RegisterCheck.h"
#include "RegisterSetup.h"
#include "store/Backup.h"
#include "store/Journal.h"
#include "store/Outbox.h"
#include "store/RegisterIdentity.h"
#include "store/RegisterIndex.h"
#include "store/RegisterNumbering.h"

using namespace Qt::StringLiterals;

namespace hotich {

Result<void> RegisterMaintenance::journal(const Account &actor, const QString &action, const QString &detail)
{
    JournalEntry entry;
    entry.atMs = m_clock.now().toMSecsSinceEpoch();
    entry.actor = actor.login;
    entry.action = action;
    entry.detail = detail;
    if (auto r = Journal(m_db).append(entry); !r)
        return r.error();
    return {};
}

Result<qint64> RegisterMaintenance::reindex(const Account &actor)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto rows = RegisterIndex(m_db).rebuildSearchIndex();
    if (!rows)
        return rows.error();
    if (auto r = journal(actor, u"search.reindex"_s, QString::number(rows.value())); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return rows;
}

Result<qint64> RegisterMaintenance::backup(const QString &destination, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    auto size = backup::create(m_db, destination);
    if (!size)
        return size.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = journal(actor, u"register.backup"_s, destination); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return size;
}

Result<QString> RegisterMaintenance::restore(const QString &source, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    auto safety = restoreRegister(m_db, source, m_clock.now().toMSecsSinceEpoch());
    if (!safety)
        return safety.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    // The file now holds the backup's history; from here on it is a new epoch of it, which must
    // catch up with the server before it writes (docs/sync-protocol.md).
    auto identity = RegisterIdentity::beginEpoch(m_db, u"restore"_s, m_clock.now().toMSecsSinceEpoch());
    if (!identity)
        return identity.error();
    if (auto r = journal(actor, u"register.restore"_s, source); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return safety;
}

Result<int> RegisterMaintenance::closeBook(EventKind kind, int year, const Account &actor)
{
    if (auto r = requireRole(actor, Role::Officer); !r)
        return r.error();
    auto office = readOffice(m_db);
    if (!office)
        return office.error();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r.error();
    auto identity = RegisterIdentity::read(m_db);
    if (!identity)
        return identity.error();
    if (!identity->writable())
        return catchUpFirst();
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    auto closed = RegisterNumbering(m_db).closeBook(office->code, kind, year, nowMs);
    if (!closed)
        return closed.error();
    if (auto r = journal(actor, u"book.close"_s, u"%1/%2/%3"_s.arg(kindCode(kind)).arg(year).arg(closed.value()));
        !r)
        return r.error();
    SyncEntry entry;
    entry.office = office->code;
    entry.operation = SyncEntry::Operation::BookClose;
    entry.createdAtMs = nowMs;
    entry.actorLogin = actor.login;
    entry.actorName = actor.fullName;
    entry.kind = kind;
    entry.year = year;
    entry.book = closed.value();
    if (auto r = Outbox(m_db).append(entry, entry.contentHash()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return closed;
}

} // namespace hotich
