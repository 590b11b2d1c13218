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

Result<qint64> RegisterMaintenance::backup(const QString &destination, const Account &actor,
                                           const backup::Progress &progress)
{
    if (auto r = requireRole(actor, Role::Admin); !r)
        return r.error();
    auto size = backup::create(m_db, destination, progress);
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
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    // The copy becomes a new epoch of the register, which must catch up with the server before it
    // writes (docs/sync-protocol.md), and its journal says who restored it: both before it replaces
    // the register, so no crash can leave an unmarked restore.
    auto mark = [&](Database &copy) -> Result<void> {
        Transaction tx(copy);
        if (auto r = tx.begin(); !r)
            return r;
        if (auto identity = RegisterIdentity::beginEpoch(copy, u"restore"_s, nowMs); !identity)
            return identity.error();
        if (auto r = RegisterMaintenance(copy, m_clock).journal(actor, u"register.restore"_s, source); !r)
            return r;
        return tx.commit();
    };
    return restoreRegister(m_db, source, nowMs, mark);
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
    if (auto r =
            journal(actor, u"book.close"_s, u"%1/%2/%3"_s.arg(kindCode(kind)).arg(year).arg(closed.value()));
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
