#pragma once

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

/// One OSS ("OSS Zacisze", id 1) with known figures for 2011-01-01..2011-06-30, and a second
/// OSS (id 2) whose data must not leak into the first one's report:
///   members: Kowalska Anna (founder, board president; completed, employed, 100 % attendance,
///            1 course completed, 720 min worked, arrears 3 000,00 → 2 700,00, 200,00 from wages),
///            Nowak Jan (in support, 50 %, employment ended 2011-04-30, 300 min, 1 000,00 → 1 000,00),
///            Stowarzyszenie Osiedle (not a participant),
///            Zielińska Ewa (member until 2011-03-15, dropped out, 0 %, no debt account)
///   attendance over the members 60 %; employed at the end 1
///   orders 2 (net 1 500,00; paid 1: 1 000,00; unpaid 500,00), 1 020 min worked
///   sales 2 (170,00); service point opened 2011-03-01
void fillCoopReportTestData(core::Database& db);

} // namespace osiedle::test
