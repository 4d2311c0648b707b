#pragma once

#include <QString>

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

/// Fills a fresh project with small indicator data of known answers (used by the calculator's
/// and the report command's tests). Quarters Q1 = 2010-10-01..12-31, Q2 = 2011-01-01..03-31,
/// Q3 = 2011-04-01..06-30 are stored as reporting periods 1, 2, 3 (claim numbers on 1 and 2).
///
///   PARTICIPANTS_STARTED  period (O/K/M): Q1 2/1/1, Q2 3/2/1, Q3 1/0/1; target 100/50/50
///   OSS_REGISTERED        period: Q1 1, Q2 0, Q3 1; target 10
///   AGREEMENTS_SIGNED     period: Q1 0, Q2 0, Q3 1 (signed on 2011-06-30); target 10
///
/// One more woman ("Żak") started on 2011-02-01 without education and consent: not counted,
/// listed in the data quality of Q2 and later. One complete participant starts 2011-07-01 and
/// one has not started.
void fillIndicatorTestData(core::Database& db);

} // namespace osiedle::test
