#pragma once

#include <QDate>

namespace osiedle::core {

/// The one "today" of a project, which documents and default dates use: today's date while the
/// project runs, and its last day once it has ended (a project that ended in 2013 prints "as
/// of 30.06.2013", not the day the file is opened). A document may still be dated otherwise by
/// its user; this is only the default.
struct ReferenceDay {
    /// `projectEnd` may be invalid (a file without a project row): then it is `today`.
    static QDate of(const QDate& projectEnd, const QDate& today = QDate::currentDate())
    {
        return projectEnd.isValid() && projectEnd < today ? projectEnd : today;
    }
    /// True when the project has ended before `today` (the reference day is then its end).
    static bool projectOver(const QDate& projectEnd, const QDate& today = QDate::currentDate())
    {
        return projectEnd.isValid() && projectEnd < today;
    }
};

} // namespace osiedle::core
