#pragma once

#include "core/io/CsvHeaderMatcher.h"

#include <QList>
#include <QString>

namespace osiedle::core {

/// The columns of the participant file: what the monitoring export writes and the import reads.
/// Each has a stable key (the English column name the import accepts) and the Polish title
/// that the funder's participant form uses. The titles are part of the file format, the same
/// in every language of the program, so they are not translated.
struct ParticipantColumn {
    const char* key;
    const char* title; ///< Polish title, UTF-8
    bool imported;     ///< false for what the import derives or ignores (age, area, names of TERYT units)
};

/// Every column in the export's order. "disability", "minority" and "migrant" are written only
/// when the project collects them (OptionalMonitoringData).
const QList<ParticipantColumn>& participantColumns();

/// The Polish title of a column key ("first_name" → "Imię"); the key itself when unknown.
QString participantColumnTitle(const QString& key);

/// A header matcher for participant files: the English keys, the Polish titles and a few
/// common variants ("Telefon", "E-mail"). Ignored columns such as "Lp." match nothing.
CsvHeaderMatcher participantHeaderMatcher();

} // namespace osiedle::core
