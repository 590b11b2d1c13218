#include "AccountIntegrity.h"

#include "Accounts.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

VouchedTable accountsVouchedTable()
{
    auto readRows = [](Database &db, const VouchedTable::RowSink &sink) -> Result<void> {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT "_s + QLatin1StringView(Account::kColumns) + u" FROM accounts"_s))
            return db.errorFrom(q.lastError(), u"đọc tài khoản"_s);
        while (q.next()) {
            const Account a = Account::fromRow(q);
            QByteArray hash = a.contentHash();
            if (q.value(3).toString() != roleCode(a.role))
                hash.clear();
            sink(a.id, hash);
        }
        return {};
    };
    return {u"accounts"_s, u"Tài khoản"_s, u"Account"_s, readRows};
}

} // namespace hotich
