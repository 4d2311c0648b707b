#pragma once

#include "core/common/Result.h"
#include "core/indicators/ReportingPeriod.h"

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The code of a resolvePeriod() error that is a wrong call (the text is not a period at all).
constexpr int periodSyntaxError = -2001;

/// The period a command line names: a stored reporting period by its id (else its number), or
/// FROM..TO (exactly YYYY-MM-DD..YYYY-MM-DD, days that exist; a range that is exactly a stored
/// period is that period). With `storedOnly` a range is refused. Never throws.
core::Result<core::ReportingPeriod> resolvePeriod(core::Database& db, const QString& text, bool storedOnly = false);

/// The exit status for a resolvePeriod() error: 2 for a wrong call, 1 for a period the file
/// does not have (or a file that cannot be read).
int exitCodeFor(const core::Error& error);

} // namespace osiedle::cli
