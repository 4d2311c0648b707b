#pragma once

namespace osiedle::core {
class Database;
}

namespace osiedle::test {

/// One dated row of every source of the project timeline: SM Wola with OSS Wola Pracy (two
/// founding steps, an agreement of 01.06.2011), two participants recruited 02.11.2010 and
/// 20.01.2011, the course "Zajęcia OSS Wola" (March 2011, its 4 planned hours held on 2 and 9
/// March), three deliverables (a brochure done late, a film not done, a guide done early), the
/// study trip "Trentino" (4–8 June 2012), a conference on 21.06.2013 with one guest and the
/// competition "Dobre praktyki" (15.01–26.04.2013).
void fillTimelineSources(core::Database& db);

} // namespace osiedle::test
