#include "core/common/ShortNames.h"

#include "support/QtStringMakers.h"

using osiedle::core::abbreviatedName;
using osiedle::core::shortenedNames;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("A legal form at the start of a name becomes its abbreviation", "[shortnames]")
{
    CHECK(abbreviatedName(u("Spółdzielnia Mieszkaniowa „Zodiak” w Ciechanowie")) == u("SM „Zodiak” w Ciechanowie"));
    CHECK(abbreviatedName(u("spółdzielnia mieszkaniowa Lokatorsko-Własnościowa")) == u("SM Lokatorsko-Własnościowa"));
    CHECK(abbreviatedName(u("Osiedlowa Spółdzielnia Socjalna „Pod Lipami” w Płońsku")) ==
          u("OSS „Pod Lipami” w Płońsku"));
    CHECK(abbreviatedName(u("Spółdzielnia Socjalna „Razem”")) == u("SS „Razem”"));
    CHECK(abbreviatedName(u("Miejski Ośrodek Pomocy Społecznej w Ciechanowie")) == u("MOPS w Ciechanowie"));
    CHECK(abbreviatedName(u("Ośrodek Pomocy Społecznej w Glinojecku")) == u("OPS w Glinojecku"));
    CHECK(abbreviatedName(u("Powiatowy Urząd Pracy w Mławie")) == u("PUP w Mławie"));
    // Inside a name only as written in a proper name; only whole words.
    CHECK(abbreviatedName(u("Badanie rynku: Spółdzielnia Mieszkaniowa „Nasz Dom” w Radomiu")) ==
          u("Badanie rynku: SM „Nasz Dom” w Radomiu"));
    CHECK(abbreviatedName(u("Nowa Spółdzielnia Mieszkaniowa")) == u("Nowa SM"));
    CHECK(abbreviatedName(u("Umowa: spółdzielnia mieszkaniowa i OSS")) == u("Umowa: spółdzielnia mieszkaniowa i OSS"));
    CHECK(abbreviatedName(u("Spółdzielnia Mieszkaniowa1")) == u("Spółdzielnia Mieszkaniowa1"));
    CHECK(abbreviatedName(u("Poradnik: jak założyć osiedlową spółdzielnię socjalną")) ==
          u("Poradnik: jak założyć osiedlową spółdzielnię socjalną"));
    CHECK(abbreviatedName(u("Kurs zawodowy: pielęgnacja terenów zielonych")) ==
          u("Kurs zawodowy: pielęgnacja terenów zielonych"));
}

TEST_CASE("Names of one list keep what tells them apart", "[shortnames]")
{
    const QStringList names{
        u("Zajęcia integracyjno-motywacyjne – moduł I, grupa 1"),                              // 0
        u("Zajęcia integracyjno-motywacyjne – moduł I, grupa 2"),                              // 1
        u("Zajęcia integracyjno-motywacyjne – moduł II, grupa 1"),                             // 2
        u("Kurs zawodowy: pielęgnacja terenów zielonych"),                                     // 3: alone in its group
        u("Kurs obsługi komputera i Internetu, grupa 1"),                                      // 4
        u("Kurs obsługi komputera i Internetu, grupa 2"),                                      // 5
        u("Spółdzielnia Mieszkaniowa „Zodiak” w Ciechanowie"),                                 // 6
        u("Spółdzielnia Mieszkaniowa „Jutrzenka” w Mławie"),                                   // 7
        u("Krótka nazwa, grupa 1"),                                                            // 8: short, stays
        u("Krótka nazwa, grupa 2"),                                                            // 9
        u("Badanie rynku usług na osiedlach: Spółdzielnia Mieszkaniowa „Nasz Dom” w Radomiu"), // 10
        u("Badanie rynku usług na osiedlach: Spółdzielnia Mieszkaniowa „Zodiak” w Ciechanowie"), // 11
    };
    const QStringList shortened = shortenedNames(names);
    REQUIRE(shortened.size() == names.size());
    // The group shares "Zajęcia integracyjno-motywacyjne – moduł" (4 words). Kept: "moduł" and
    // what follows; from the front "Zajęcia" (26 characters), "integracyjno-motywacyjne" would
    // make 51 > 30. Left out: "integracyjno-motywacyjne –".
    CHECK(shortened.at(0) == u("Zajęcia … moduł I, grupa 1"));
    CHECK(shortened.at(1) == u("Zajęcia … moduł I, grupa 2"));
    CHECK(shortened.at(2) == u("Zajęcia … moduł II, grupa 1"));
    CHECK(shortened.at(3) == names.at(3));
    // Shared: "Kurs obsługi komputera i Internetu, grupa" (6 words); tail "grupa 1"; front
    // "Kurs obsługi" (22 characters with " … grupa 1"), "komputera" would make 32.
    CHECK(shortened.at(4) == u("Kurs obsługi … grupa 1"));
    CHECK(shortened.at(5) == u("Kurs obsługi … grupa 2"));
    // The legal form abbreviated; their groups ("SM „Zodiak”", "SM „Jutrzenka”") have one name.
    CHECK(shortened.at(6) == u("SM „Zodiak” w Ciechanowie"));
    CHECK(shortened.at(7) == u("SM „Jutrzenka” w Mławie"));
    CHECK(shortened.at(8) == names.at(8));
    CHECK(shortened.at(9) == names.at(9));
    // The form inside abbreviated first; the group then shares "Badanie rynku usług na osiedlach:
    // SM" (6 words); the tail "SM „Nasz Dom” w Radomiu" (23 characters) with "Badanie" in front.
    CHECK(shortened.at(10) == u("Badanie … SM „Nasz Dom” w Radomiu"));
    CHECK(shortened.at(11) == u("Badanie … SM „Zodiak” w Ciechanowie"));
}

TEST_CASE("A name alone, an empty list and identical names", "[shortnames]")
{
    CHECK(shortenedNames({}).isEmpty());
    const QString lone = u("Zajęcia integracyjno-motywacyjne – moduł I, grupa 1");
    CHECK(shortenedNames({lone}) == QStringList{lone});
    // Two identical long names share all 7 words: the tail is the last shared word but one and
    // the last ("grupa 1"), the front "Zajęcia" ("Zajęcia integracyjno-motywacyjne" makes 42 > 30).
    const QStringList twins = shortenedNames({lone, lone});
    CHECK(twins.at(0) == u("Zajęcia … grupa 1"));
    CHECK(twins.at(0) == twins.at(1));
}
