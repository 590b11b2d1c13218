#pragma once

#include "Database.h"
#include "model/EventKind.h"

#include <QDate>
#include <QHash>

namespace hotich {

/// Where a new registration goes in the paper register: its number and book (quyển).
struct RegisterPosition
{
    int year = 0;
    int number = 0; ///< from 1 each year, no gaps
    int book = 0;   ///< volume within the year; a full book continues the numbering in the next
};

/// Register numbers per office, kind and year (Thông tư 04/2020/TT-BTP, Điều 29). The next number is
/// read inside the registration's own write transaction, so a crash before commit leaves no gap and
/// two registrations can never share a number (also enforced by a unique index). A register's state
/// is read once and then followed in memory: valid for the transactions of one connection while no
/// other writer changes the file (Registrar keeps it across transactions on that condition).
class RegisterNumbering
{
public:
    static constexpr int kDefaultBookCapacity = 500;

    explicit RegisterNumbering(Database &db) : m_db(db) {}

    /// The next position for a registration dated `date`. Refuses a date earlier than the
    /// register's last entry: the paper register is written in order.
    Result<RegisterPosition> next(const QString &office, EventKind kind, QDate date, qint64 nowMs);

    /// Takes a position another file of this office already gave (an entry caught up from the server):
    /// it must be the next number, in the current book or the one after it, which is then opened. Refuses
    /// a number already used or one that leaves a gap, as next() gives neither.
    Result<void> take(const QString &office, EventKind kind, QDate date, const RegisterPosition &position,
                      qint64 nowMs);

    /// Closes the current book of a register and returns its volume; the next registration opens a new one.
    Result<int> closeBook(const QString &office, EventKind kind, int year, qint64 nowMs);

private:
    struct RegisterState
    {
        int lastNumber = 0;
        QDate lastDate;
        int volume = 0; ///< 0: no book opened yet this year
        int firstNumber = 0;
        int capacity = 0;
        bool closed = false;
    };

    Result<RegisterState> load(const QString &office, EventKind kind, int year);
    /// The register's state, read once per (kind, year).
    Result<RegisterState *> stateOf(const QString &office, EventKind kind, int year);
    Result<void> checkOrder(const RegisterState &state, EventKind kind, QDate date);
    /// Opens volume state.volume + 1 at `firstNumber`.
    Result<void> openBook(RegisterState &state, const QString &office, EventKind kind, int year,
                          int firstNumber, qint64 nowMs);
    int bookCapacity(EventKind kind);

    Database &m_db;
    QHash<std::pair<int, int>, RegisterState> m_registers; ///< by (kind, year); one office per register file
};

} // namespace hotich
