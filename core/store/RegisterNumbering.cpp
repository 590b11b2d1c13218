#include "RegisterNumbering.h"

#include "Statement.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hotich {

int RegisterNumbering::bookCapacity(EventKind kind)
{
    for (const QString &key : {QString(u"book.capacity."_s + kindCode(kind)), u"book.capacity"_s}) {
        Reader q(m_db.statement(u"SELECT value FROM settings WHERE key = ?"_s));
        q->bindValue(0, key);
        if (q->exec() && q->next()) {
            const int capacity = q->value(0).toInt();
            if (capacity > 0)
                return capacity;
        }
    }
    return kDefaultBookCapacity;
}

Result<RegisterNumbering::RegisterState> RegisterNumbering::load(const QString &office, EventKind kind,
                                                                 int year)
{
    // Raw statements: this runs in every registration's transaction.
    RegisterState state;
    Statement &last = m_db.prepared(
        "SELECT number, registration_date FROM records WHERE office = ? AND kind = ? AND year = ? "
        "AND number IS NOT NULL ORDER BY number DESC LIMIT 1");
    auto row = last.bind(1, office).bind(2, kindCode(kind)).bind(3, qint64(year)).step(u"đọc số đăng ký"_s);
    if (!row)
        return row.error();
    if (*row) {
        state.lastNumber = int(last.int64(0));
        state.lastDate = QDate::fromString(last.text(1), Qt::ISODate);
        last.reset();
    }
    Statement &book =
        m_db.prepared("SELECT volume, first_number, capacity, closed_at FROM books "
                      "WHERE office = ? AND kind = ? AND year = ? ORDER BY volume DESC LIMIT 1");
    row = book.bind(1, office).bind(2, kindCode(kind)).bind(3, qint64(year)).step(u"đọc quyển sổ"_s);
    if (!row)
        return row.error();
    if (*row) {
        state.volume = int(book.int64(0));
        state.firstNumber = int(book.int64(1));
        state.capacity = int(book.int64(2));
        state.closed = !book.isNull(3);
        book.reset();
    }
    return state;
}

Result<RegisterPosition> RegisterNumbering::next(const QString &office, EventKind kind, QDate date,
                                                 qint64 nowMs)
{
    const int year = date.year();
    const std::pair<int, int> key(int(kind), year);
    auto it = m_registers.find(key);
    if (it == m_registers.end()) {
        auto loaded = load(office, kind, year);
        if (!loaded)
            return loaded.error();
        it = m_registers.insert(key, loaded.value());
    }
    RegisterState &state = *it;
    if (state.lastDate.isValid() && state.lastDate > date) {
        return Error::invalid(
            u"registration.outOfOrder"_s, u"registrationDate"_s,
            u"Ngày đăng ký %1 sớm hơn ngày của số %2 (%3) trong sổ %4 năm %5: sổ hộ tịch ghi theo thứ tự ngày"_s
                .arg(date.toString(u"dd/MM/yyyy"_s))
                .arg(state.lastNumber)
                .arg(state.lastDate.toString(u"dd/MM/yyyy"_s), kindNameVi(kind))
                .arg(year),
            u"The registration date %1 is earlier than that of entry %2 (%3) in the %4 register of %5: "
            u"the register is written in date order"_s.arg(date.toString(Qt::ISODate))
                .arg(state.lastNumber)
                .arg(state.lastDate.toString(Qt::ISODate), kindNameEn(kind))
                .arg(year));
    }
    const int number = state.lastNumber + 1;
    if (state.volume == 0 || state.closed || number >= state.firstNumber + state.capacity) {
        const int capacity = bookCapacity(kind);
        QSqlQuery &open = m_db.statement(
            u"INSERT INTO books (office, kind, year, volume, first_number, capacity, opened_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        open.bindValue(0, office);
        open.bindValue(1, kindCode(kind));
        open.bindValue(2, year);
        open.bindValue(3, state.volume + 1);
        open.bindValue(4, number);
        open.bindValue(5, capacity);
        open.bindValue(6, nowMs);
        if (auto r = m_db.run(open, u"mở quyển sổ mới"_s); !r)
            return r.error();
        state.volume += 1;
        state.firstNumber = number;
        state.capacity = capacity;
        state.closed = false;
    }
    state.lastNumber = number;
    state.lastDate = date;
    return RegisterPosition{year, number, state.volume};
}

Result<int> RegisterNumbering::closeBook(const QString &office, EventKind kind, int year, qint64 nowMs)
{
    QSqlQuery &close = m_db.statement(
        u"UPDATE books SET closed_at = ? WHERE office = ? AND kind = ? AND year = ? AND closed_at IS NULL "
        u"AND volume = (SELECT max(volume) FROM books WHERE office = ? AND kind = ? AND year = ?)"_s);
    close.bindValue(0, nowMs);
    for (int i = 0; i < 2; ++i) {
        close.bindValue(1 + 3 * i, office);
        close.bindValue(2 + 3 * i, kindCode(kind));
        close.bindValue(3 + 3 * i, year);
    }
    if (auto r = m_db.run(close, u"khóa quyển sổ"_s); !r)
        return r.error();
    if (close.numRowsAffected() == 0) {
        return Error::make(ErrorKind::Conflict, u"book.noneOpen"_s,
                           u"Sổ %1 năm %2 không có quyển nào đang mở"_s.arg(kindNameVi(kind)).arg(year),
                           u"The %1 register of %2 has no open book"_s.arg(kindNameEn(kind)).arg(year));
    }
    Reader volume(
        m_db.statement(u"SELECT max(volume) FROM books WHERE office = ? AND kind = ? AND year = ?"_s));
    volume->bindValue(0, office);
    volume->bindValue(1, kindCode(kind));
    volume->bindValue(2, year);
    if (auto r = m_db.run(*volume, u"đọc quyển sổ"_s); !r)
        return r.error();
    return volume->next() ? volume->value(0).toInt() : 0;
}

} // namespace hotich
