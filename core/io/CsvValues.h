#pragma once

#include "core/common/Result.h"
#include "core/domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace osiedle::core {

/// Parsers for the values of imported tables (CSV and XLSX), with errors that say what was
/// expected. Leading and trailing spaces are ignored.
class CsvValues {
    Q_DECLARE_TR_FUNCTIONS(CsvValues)

public:
    /// "2012-03-05" or "05.03.2012" (also "5.3.2012"); the date must exist.
    /// Error: "expected a date YYYY-MM-DD or DD.MM.YYYY" / "no such date".
    static Result<QDate> date(const QString& text);
    /// An amount as Money::parse reads it ("1 234,56", "1234.56", "1 234,56 zł").
    static Result<Money> amount(const QString& text);
    /// "tak/nie", "yes/no", "1/0", "t/n", "x"/"" (case- and diacritics-insensitive).
    static Result<bool> yesNo(const QString& text);
};

} // namespace osiedle::core
