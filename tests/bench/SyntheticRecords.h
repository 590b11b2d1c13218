#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace hotich::bench {

/// Realistic synthetic registrations: Vietnamese names drawn with their real frequencies (Nguyễn
/// about 38%), births with both parents, deaths and marriages; dates advance so every register
/// stays in date order. Deterministic for a seed.
class SyntheticRecords
{
public:
    SyntheticRecords(quint32 seed, QDate firstDay, QDate lastDay, qint64 total);

    /// The next `count` records.
    QList<QJsonObject> next(qsizetype count);
    /// Full names handed out so far (a sample for search queries).
    const QStringList &sampleNames() const { return m_sample; }

private:
    QJsonObject birth(QDate registration);
    QJsonObject death(QDate registration);
    QJsonObject marriage(QDate registration);
    QJsonObject person(bool male, QDate born, bool fullDate, bool withId);
    QString familyName();
    QString middleName(bool male);
    QString givenName(bool male);
    QString idNumber(bool male, int year);
    QDate dateAt(qint64 index) const;

    QRandomGenerator m_random;
    QDate m_first;
    qint64 m_days;
    qint64 m_total;
    qint64 m_index = 0;
    qint64 m_idSequence = 0;
    QStringList m_sample;
};

} // namespace hotich::bench
