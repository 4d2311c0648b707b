#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

// How the program writes each kind of value for people: on screen, in printed documents and in
// the CLI's messages. One place decides, so a date, an hour count or a number reads the same in
// every list. Machine-readable output (JSON, CSV columns, file names) keeps ISO dates and plain
// numbers and does not use these.
//
// Numbers follow the default QLocale (Polish: "5 058", "2,75"; English: "5,058", "2.75"); the
// digits are grouped from 1 000 up in both languages (the Polish locale would leave four-digit
// numbers ungrouped, and a column of 5058 next to 50 000 is harder to read).
namespace osiedle::core::shown {

/// "05.03.2012"; empty for an invalid or missing date.
QString date(const QDate& d);
QString date(const std::optional<QDate>& d);

/// "05.03.2012 14:07"; empty for an invalid time.
QString dateTime(const QDateTime& t);

/// "05.03.2012 – 30.06.2012".
QString dateRange(const QDate& from, const QDate& to);

/// A whole number with the thousands grouped: "5 058", "-12 000" ("5,058" in English).
QString count(qint64 n);

/// Minutes as decimal hours, at most two decimals, no trailing zeros: "4", "2,5", "2,75",
/// "0,33", "6 596" (the same way the hours are typed in the forms).
QString hours(qint64 minutes);

/// Hours with their unit: "2,75 h".
QString hoursWithUnit(qint64 minutes);

/// A decimal number with a fixed number of decimals, grouped: "1 234,5".
QString decimal(double value, int decimals);

/// A percentage as in the indicator report: one decimal and a non-breaking space, "12,5 %";
/// "–" when there is none.
QString percent(std::optional<double> value);

/// part / whole as a percentage; "–" when whole is not positive.
QString percentOf(qint64 part, qint64 whole);

/// The titles of the total / women / men columns: "O", "K", "M" in Polish, "T", "W", "M" in
/// English.
QString totalColumn();
QString womenColumn();
QString menColumn();

} // namespace osiedle::core::shown
