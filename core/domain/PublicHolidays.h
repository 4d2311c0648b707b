#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace osiedle::core {

/// A day on which no classes are held, with the reason shown to the user.
struct DayOff {
    QDate date;
    QString reason;

    friend bool operator==(const DayOff&, const DayOff&) = default;
};

/// The Polish statutory public holidays of any year (with the changes of 2011: Epiphany, and
/// 2025: Christmas Eve), plus extra days off that the office declares (the `day_off` table).
/// A value; not thread-safe (it caches the holidays of each year it is asked about).
class PublicHolidays {
    Q_DECLARE_TR_FUNCTIONS(PublicHolidays)

public:
    /// Only the statutory holidays.
    PublicHolidays() = default;
    /// The statutory holidays plus the office's own days off (a statutory holiday on the same
    /// date keeps its own name).
    explicit PublicHolidays(const QList<DayOff>& officeDaysOff);

    /// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
    static QDate easterSunday(int year);
    /// The statutory holidays of a year, in date order, with their names.
    static QList<DayOff> statutory(int year);

    /// Why a date is a day off (the holiday's name or the office's reason), or nullopt on a
    /// working day. Sundays that are not holidays are not reported.
    std::optional<QString> reasonFor(const QDate& date) const;
    bool isDayOff(const QDate& date) const { return reasonFor(date).has_value(); }

private:
    QHash<QDate, QString> m_office;
    mutable QHash<int, QHash<QDate, QString>> m_years; // statutory holidays cached per year
};

} // namespace osiedle::core
