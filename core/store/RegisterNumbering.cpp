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

Result<RegisterNumbering::RegisterState *> RegisterNumbering::stateOf(const QString &office, EventKind kind,
                                                                      int year)
{
    const std::pair<int, int> key(int(kind), year);
    auto it = m_registers.find(key);
    if (it == m_registers.end()) {
        auto loaded = load(office, kind, year);
        if (!loaded)
            return loaded.error();
        it = m_registers.insert(key, loaded.value());
    }
    return &*it;
}

Result<void> RegisterNumbering::checkOrder(const RegisterState &state, EventKind kind, QDate date)
{
    if (!state.lastDate.isValid() || state.lastDate <= date)
        return {};
    const int year = date.year();
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

Result<void> RegisterNumbering::openBook(RegisterState &state, const QString &office, EventKind kind,
                                         int year, int firstNumber, qint64 nowMs)
{
    const int capacity = bookCapacity(kind);
    QSqlQuery &open =
        m_db.statement(u"INSERT INTO books (office, kind, year, volume, first_number, capacity, opened_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    open.bindValue(0, office);
    open.bindValue(1, kindCode(kind));
    open.bindValue(2, year);
    open.bindValue(3, state.volume + 1);
    open.bindValue(4, firstNumber);
    open.bindValue(5, capacity);
    open.bindValue(6, nowMs);
    if (auto r = m_db.run(open, u"mở quyển sổ mới"_s); !r)
        return r;
    state.volume += 1;
    state.firstNumber = firstNumber;
    state.capacity = capacity;
    state.closed = false;
    return {};
}

Result<RegisterPosition> RegisterNumbering::next(const QString &office, EventKind kind, QDate date,
                                                 qint64 nowMs)
{
    const int year = date.year();
    auto found = stateOf(office, kind, year);
    if (!found)
        return found.error();
    RegisterState &state = **found;
    if (auto r = checkOrder(state, kind, date); !r)
        return r.error();
    const int number = state.lastNumber + 1;
    if (state.volume == 0 || state.closed || number >= state.firstNumber + state.capacity) {
        if (auto r = openBook(state, office, kind, year, number, nowMs); !r)
            return r.error();
    }
    state.lastNumber = number;
    state.lastDate = date;
    return RegisterPosition{year, number, state.volume};
}

Result<void> RegisterNumbering::take(const QString &office, EventKind kind, QDate date,
                                     const RegisterPosition &position, qint64 nowMs)
{
    const int year = date.year();
    auto found = stateOf(office, kind, year);
    if (!found)
        return found.error();
    RegisterState &state = **found;
    const int next = state.lastNumber + 1;
    if (position.year != year || position.number != next) {
        const bool used = position.year == year && position.number >= 1 && position.number < next;
        return Error::make(
            ErrorKind::Conflict, used ? u"number.used"_s : u"number.gap"_s,
            used ? u"Số %1 sổ %2 năm %3 đã được dùng cho hồ sơ khác của sổ này"_s.arg(position.number)
                       .arg(kindNameVi(kind))
                       .arg(position.year)
                 : u"Số %1 sổ %2 năm %3 không phải số tiếp theo (%4) của sổ này"_s.arg(position.number)
                       .arg(kindNameVi(kind))
                       .arg(position.year)
                       .arg(next),
            used ? u"Number %1 of the %2 register of %3 is already used by another record of this register"_s
                       .arg(position.number)
                       .arg(kindNameEn(kind))
                       .arg(position.year)
                 : u"Number %1 of the %2 register of %3 is not this register's next one (%4)"_s
                       .arg(position.number)
                       .arg(kindNameEn(kind))
                       .arg(position.year)
                       .arg(next));
    }
    if (auto r = checkOrder(state, kind, date); !r)
        return r;
    // The book is the one the other file chose: its capacity may have been set otherwise.
    if (position.book == state.volume + 1) {
        if (auto r = openBook(state, office, kind, year, next, nowMs); !r)
            return r;
    } else if (position.book != state.volume || state.closed) {
        return Error::make(
            ErrorKind::Conflict, u"book.mismatch"_s,
            u"Số %1 sổ %2 năm %3 thuộc quyển %4, nhưng quyển đang mở của sổ này là %5%6"_s
                .arg(position.number)
                .arg(kindNameVi(kind))
                .arg(year)
                .arg(position.book)
                .arg(state.volume)
                .arg(state.closed ? u" (đã khóa)"_s : QString()),
            u"Number %1 of the %2 register of %3 is in book %4, but this register's open book is %5%6"_s
                .arg(position.number)
                .arg(kindNameEn(kind))
                .arg(year)
                .arg(position.book)
                .arg(state.volume)
                .arg(state.closed ? u" (closed)"_s : QString()));
    }
    state.lastNumber = next;
    state.lastDate = date;
    return {};
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
    // The book's state in memory is read again when next needed: it is closed now.
    m_registers.remove(std::pair<int, int>(int(kind), year));
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
