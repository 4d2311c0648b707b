#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <memory>

namespace osiedle::core {
class Database;
}

namespace osiedle::bench {

/// The participants of the import benchmarks: this many rows.
constexpr int participantRows = 10000;
/// BenchData::participantsCsv(participantRows) written as participants.csv in `folder`; its path.
QString writeParticipantsCsv(const QString& folder);
/// A new, empty project file at `path` (an earlier one and its side files are removed first).
std::unique_ptr<core::Database> freshProject(const QString& path);

/// The data the benchmark adds to the demo for its figures, shared with the tests that check its
/// floors (so that they check the floors on what the benchmark measures).
namespace BenchData {

/// A CSV of `rows` participants for the import (';'-separated, UTF-8, a header of field keys):
/// valid and distinct PESELs (born 1940 onwards, one a day: everyone is of age when recruited in
/// 2011), a TERYT gmina code, amounts with a decimal comma, dates as DD.MM.YYYY.
QByteArray participantsCsv(int rows);

/// Adds a 160-hour course with 40 sessions and the first 30 participants enrolled (made
/// qualified), two thirds of the sessions marked through the services. Returns its id.
qint64 addBigCourse(core::Database& db);

} // namespace BenchData

} // namespace osiedle::bench
