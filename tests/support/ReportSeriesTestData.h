#pragma once

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

/// Fills a fresh project (start 2010-10-01) with a few participants, debt accounts and work
/// orders whose monthly series are known (tests of ReportSeries and of the report's charts).
/// Month ends Oct 2010 … Feb 2011:
///
///   status (candidates/qualified/in support/completed/dropped out)
///       Oct 3/0/1/0/0, Nov 1/2/1/0/0, Dec 1/1/1/0/1, Jan 1/1/1/0/1, Feb 1/1/0/1/1
///   arrears (grosze) Oct 0, Nov 100000, Dec 80000, Jan 125000, Feb 125000
///   orders accepted (net grosze): "OSS Alfa" Nov 15000; "OSS Beta" Dec 20000;
///       "OSS Gamma" Feb 1000 (a cancelled one, an unaccepted one and one of March left out)
void fillReportSeriesTestData(core::Database& db);

} // namespace osiedle::test
