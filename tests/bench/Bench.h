#pragma once

// A small benchmark harness: each benchmark registers itself with OSIEDLE_BENCHMARK and prints
// one line per figure — the median of several runs and, where there is one, the ratio to a
// baseline measured in the same run (e.g. the bare SQLite query on the same file).
// Run by hand: `build/bench/tests/osiedle_bench [FILTER]` (see README).

#include <QString>
#include <functional>
#include <vector>

namespace osiedle::bench {

struct Registration {
    Registration(const char* name, std::function<void()> run);
};

/// Milliseconds of each of `runs` calls of `work` (after one warm-up call).
std::vector<double> sample(int runs, const std::function<void()>& work);
double median(std::vector<double> values);

/// Prints "name: median X ms (N runs)" and, with a baseline, "… = R× baseline (Y ms)".
void report(const QString& name, const std::vector<double>& samples);
void report(const QString& name, const std::vector<double>& samples, const QString& baselineName,
            const std::vector<double>& baseline);

/// A demo project of the given scale, made once with `osiedle-cli demo` and kept in the
/// temporary folder for later runs. Returns its path (a fresh copy you may modify when `fresh`).
QString demoFile(int scale, bool fresh = false);
/// The osiedle-cli binary next to this benchmark's build.
QString cliPath();
/// The osiedle (GUI) binary next to this benchmark's build.
QString guiPath();

} // namespace osiedle::bench

#define OSIEDLE_BENCH_CONCAT2(a, b) a##b
#define OSIEDLE_BENCH_CONCAT(a, b) OSIEDLE_BENCH_CONCAT2(a, b)
#define OSIEDLE_BENCHMARK(name)                                                                                        \
    static void OSIEDLE_BENCH_CONCAT(benchBody_, __LINE__)();                                                          \
    static const ::osiedle::bench::Registration OSIEDLE_BENCH_CONCAT(benchReg_, __LINE__)(                             \
        name, &OSIEDLE_BENCH_CONCAT(benchBody_, __LINE__));                                                            \
    static void OSIEDLE_BENCH_CONCAT(benchBody_, __LINE__)()
