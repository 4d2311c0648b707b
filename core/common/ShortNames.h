#pragma once

#include <QString>
#include <QStringList>

// Names shortened where they differ least. Every housing cooperative is "Spółdzielnia
// Mieszkaniowa …" and every integration class "Zajęcia integracyjno-motywacyjne – moduł …", so
// cutting a long name at its end (or in its middle) leaves rows that read the same. These keep the
// part that tells them apart; the full name goes into the tooltip.
namespace osiedle::core {

/// The name with the legal form it starts with written as its usual abbreviation:
/// "Spółdzielnia Mieszkaniowa „Zodiak” w Ciechanowie" → "SM „Zodiak” w Ciechanowie",
/// "Osiedlowa Spółdzielnia Socjalna „Pod Lipami”" → "OSS „Pod Lipami”", also OPS, MOPS, GOPS,
/// MOPR, PUP, SS (at the start in any letter case); also a form inside the name, written as in a
/// proper name ("Badanie rynku: Spółdzielnia Mieszkaniowa „Nasz Dom”" → "Badanie rynku: SM „Nasz
/// Dom”"). Other names are returned as they are.
QString abbreviatedName(const QString& name);

/// The names of one list, each shortened so that the list still tells them apart: the legal form
/// abbreviated (abbreviatedName), then, where a long name (over `longName` characters) shares its
/// first words with another name of the list, the middle of the shared part left out:
/// "Zajęcia integracyjno-motywacyjne – moduł I, grupa 2" next to "… – moduł II, grupa 1" reads
/// "Zajęcia … moduł I, grupa 2". The last shared word stays (the context of what differs) and as
/// many first words as fit in `longName` characters, at least one (the kind of the thing). Same
/// order and size as `names`.
QStringList shortenedNames(const QStringList& names, int longName = 30);

} // namespace osiedle::core
