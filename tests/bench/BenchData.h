#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::bench {

/// The participants of the import benchmarks: this many rows.
constexpr int participantRows = 10000;
/// A CSV of participantRows valid participants (distinct PESELs), as an office would import.
QByteArray participantsCsv();
/// participantsCsv() written as participants.csv in `folder`; its path.
QString writeParticipantsCsv(const QString& folder);
/// A new, empty project file at `path` (an earlier one is removed first).
std::unique_ptr<core::Database> freshProject(const QString& path);
/// Milliseconds to import the participants CSV at `csvPath` into `db` as the program does (every
/// row checked, then written in one transaction); stops the benchmark unless all rows are written.
double timedParticipantImport(core::Database& db, const QString& csvPath);

} // namespace osiedle::bench
