#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"
#include "core/io/DemoGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace osiedle::cli {

namespace {

class DemoCommand {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(const QStringList& args);
};

int DemoCommand::run(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli demo FILE [--scale N] [--seed S]");
    const CliArguments line(args, {QStringLiteral("--scale"), QStringLiteral("--seed")});
    if (!line.error().isEmpty() || line.positional().size() != 1) {
        printError(line.error().isEmpty() ? tr("Give exactly one FILE to create.") : line.error());
        printError(usage);
        return UsageError;
    }
    core::DemoOptions options;
    if (line.has(QStringLiteral("--scale"))) {
        bool ok = false;
        options.scale = line.value(QStringLiteral("--scale")).toInt(&ok);
        if (!ok || options.scale < 1 || options.scale > core::DemoGenerator::maxScale) {
            printError(tr("--scale must be a whole number from 1 to %1, not \"%2\".")
                           .arg(core::DemoGenerator::maxScale)
                           .arg(line.value(QStringLiteral("--scale"))));
            printError(usage);
            return UsageError;
        }
    }
    if (line.has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = line.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok) {
            printError(tr("--seed must be a whole number of 0 or more, not \"%1\".")
                           .arg(line.value(QStringLiteral("--seed"))));
            printError(usage);
            return UsageError;
        }
    }
    const QString path = line.positional().first();
    if (QFileInfo::exists(path)) {
        printError(
            tr("%1 already exists; the demo is written only to a new file.").arg(QDir::toNativeSeparators(path)));
        return UserError;
    }

    QElapsedTimer timer;
    timer.start();
    const auto written = core::DemoGenerator::createFile(path, options);
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    const core::DemoSummary& s = written.value();
    printOut(tr("Demo project written to %1 (scale %2, seed %3) in %4 s:")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(options.scale)
                 .arg(options.seed)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    printOut(tr("  %1 housing cooperatives, %2 social cooperatives, %3 participants")
                 .arg(s.housingCoops)
                 .arg(s.socialCoops)
                 .arg(s.participants));
    printOut(tr("  %1 courses, %2 sessions, %3 attendance marks, %4 consultations")
                 .arg(s.courses)
                 .arg(s.sessions)
                 .arg(s.attendanceMarks)
                 .arg(s.consultations));
    printOut(tr("  %1 work orders, %2 debt ledger entries").arg(s.workOrders).arg(s.ledgerEntries));
    return Success;
}

} // namespace

int runDemo(const QStringList& args)
{
    return DemoCommand::run(args);
}

} // namespace osiedle::cli
