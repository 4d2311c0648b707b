#pragma once

#include <QDate>
#include <QString>

namespace osiedle::cli {

/// A date as the console takes it: YYYY-MM-DD, or DD.MM.YYYY as the program shows dates.
/// Invalid when it is neither or the day does not exist.
QDate parseCliDate(const QString& text);

} // namespace osiedle::cli
