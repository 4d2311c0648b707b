#pragma once

#include "core/common/Result.h"
#include "core/indicators/ReportingPeriod.h"

namespace osiedle::core {
class Database;
}

namespace osiedle::cli {

/// The period a command line names: a stored reporting period by its id (else its number), or
/// FROM..TO (YYYY-MM-DD..YYYY-MM-DD; a range that is exactly a stored period is that period).
/// With `storedOnly` a range is refused. Never throws.
core::Result<core::ReportingPeriod> resolvePeriod(core::Database& db, const QString& text, bool storedOnly = false);

} // namespace osiedle::cli
