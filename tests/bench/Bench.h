#pragma once

// A small benchmark harness. Every figure is measured next to its floor: the same work done the
// simplest way (tests/bench/floor/*.sql through the sqlite3 C API, or a bare Qt process for the
// whole-program figures), in the same run and alternately with the program, so that both see the
// same load of a shared machine. The verdict rests on the ratio to the floor; the absolute time
// (and QUALITY.md's target for it) is printed beside it, since on a busy 2-core machine absolute
// times swing 2–4× between runs while the ratio holds.
// Run by hand: `build/bench/tests/osiedle_bench [FILTER]` (see README "Benchmarks").

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace osiedle::bench {

struct Registration {
    Registration(const char* name, std::function<void()> run);
};

/// Milliseconds of each of `runs` calls of `work` (after one warm-up call).
std::vector<double> sample(int runs, const std::function<void()>& work);

/// The program's and the floor's measurements of one figure.
struct Samples {
    std::vector<double> program;
    std::vector<double> floor;
};
/// Milliseconds of `runs` calls of each, program and floor alternately, after a warm-up call of
/// each.
Samples sampleBoth(int runs, const std::function<void()>& program, const std::function<void()>& floor);
/// The same with the values the calls return (a size, a time measured inside a process).
Samples measureBoth(int runs, const std::function<double()>& program, const std::function<double()>& floor);

double median(std::vector<double> values);

/// How a figure is judged.
struct Verdict {
    /// The program may take at most this many times its floor.
    double maxRatio = 1.5;
    /// QUALITY.md's absolute target for the figure, printed beside the ratio.
    std::optional<double> target;
    QString unit = QStringLiteral("ms");
    /// For the one figure felt in absolute time whatever the floor (the longest block of the
    /// window's event loop): the verdict rests on the target, the ratio is shown beside it.
    bool onTarget = false;
};

/// Prints one figure on two lines:
///   NAME: program P ms, floor F ms, ratio R (at most M): met|MISSED | P ms, target T ms: met|MISSED
///       floor: DESCRIPTION
/// (medians; for Verdict::onTarget the two verdicts change places.)
void figure(const QString& name, const Samples& samples, const QString& floorDescription, const Verdict& verdict);

/// A demo project of the given scale made by this run with `osiedle-cli demo` (the CLI's
/// default seed), shared by the benchmarks of the run and removed when it ends: never a file of
/// an earlier build.
QString demoFile(int scale);
/// A fresh copy of it that a benchmark may change.
QString demoCopy(int scale);
/// A path in this run's temporary folder.
QString tempPath(const QString& name);

/// The osiedle-cli binary next to this benchmark's build.
QString cliPath();
/// The osiedle (GUI) binary next to this benchmark's build.
QString guiPath();
/// This benchmark's own binary (it also runs the floors of the whole-process figures).
QString benchPath();

} // namespace osiedle::bench

#define OSIEDLE_BENCH_CONCAT2(a, b) a##b
#define OSIEDLE_BENCH_CONCAT(a, b) OSIEDLE_BENCH_CONCAT2(a, b)
#define OSIEDLE_BENCHMARK(name)                                                                                        \
    static void OSIEDLE_BENCH_CONCAT(benchBody_, __LINE__)();                                                          \
    static const ::osiedle::bench::Registration OSIEDLE_BENCH_CONCAT(benchReg_, __LINE__)(                             \
        name, &OSIEDLE_BENCH_CONCAT(benchBody_, __LINE__));                                                            \
    static void OSIEDLE_BENCH_CONCAT(benchBody_, __LINE__)()
