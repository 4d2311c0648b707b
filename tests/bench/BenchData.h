#pragma once

#include <QByteArray>

namespace osiedle::bench {

/// The participants of the import benchmarks: this many rows.
constexpr int participantRows = 10000;
/// A CSV of participantRows valid participants (distinct PESELs), as an office would import.
QByteArray participantsCsv();

} // namespace osiedle::bench
