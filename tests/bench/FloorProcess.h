#pragma once

#include <QStringList>

namespace osiedle::bench {

/// The floors of the whole-process figures, run as processes of the benchmark program itself
/// (so that they pay for starting a Qt program like the program does):
///   --floor-window FILE [--idle MS]   a bare Qt window with the participants list's first page
///                                     (participants-by-surname.sql); prints "probe: shown N ms".
///                                     With --idle it then lets its event loop idle MS ms under
///                                     an EventLoopProbe, prints "probe: idle longest X ms" and
///                                     keeps running until it is ended (its peak memory is read).
///   --floor-json FILE FROM TO OUT     the report's values as JSON (report-indicators.sql)
///   --floor-pdf FILE FROM TO OUT      the report printed as PDF the simplest way: the tables of
///                                     report-indicators.sql as plain HTML and the four charts of
///                                     report-series.sql drawn with QPainter, laid out and printed
///                                     by QTextDocument
/// Returns the exit status.
int runFloorProcess(const QStringList& args);

} // namespace osiedle::bench
