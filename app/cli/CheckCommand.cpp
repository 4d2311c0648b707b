#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"
#include "core/domain/ParticipantCompleteness.h"
#include "core/indicators/DataProblems.h"
#include "core/storage/Database.h"
#include "core/storage/FileSummaryRepository.h"
#include "core/storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>

namespace osiedle::cli {

namespace {

class CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QStringList& args);

private:
    static QString tableLabel(const QString& table);
    static void print(const core::Database& db, const core::FileSummary& summary);
    static void printProblems(const QList<core::IndicatorReport::DataProblem>& problems, const QDate& projectStart);
};

constexpr int kListedIncomplete = 20;

QString CheckCommand::tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("partner"), QT_TR_NOOP("Partners")},
        {QStringLiteral("institution"), QT_TR_NOOP("Institutions (OPS, PUP)")},
        {QStringLiteral("housing_coop"), QT_TR_NOOP("Housing cooperatives")},
        {QStringLiteral("participant"), QT_TR_NOOP("Participants")},
        {QStringLiteral("social_coop"), QT_TR_NOOP("Social cooperatives")},
        {QStringLiteral("membership"), QT_TR_NOOP("Memberships")},
        {QStringLiteral("employment"), QT_TR_NOOP("Employments")},
        {QStringLiteral("cooperation_agreement"), QT_TR_NOOP("Cooperation agreements")},
        {QStringLiteral("course"), QT_TR_NOOP("Courses")},
        {QStringLiteral("session"), QT_TR_NOOP("Sessions")},
        {QStringLiteral("enrolment"), QT_TR_NOOP("Enrolments")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance marks")},
        {QStringLiteral("consultation"), QT_TR_NOOP("Consultations")},
        {QStringLiteral("work_order"), QT_TR_NOOP("Work orders")},
        {QStringLiteral("work_hours"), QT_TR_NOOP("Hours worked entries")},
        {QStringLiteral("service_sale"), QT_TR_NOOP("Service sales")},
        {QStringLiteral("debt_account"), QT_TR_NOOP("Debt accounts")},
        {QStringLiteral("debt_entry"), QT_TR_NOOP("Debt ledger entries")},
        {QStringLiteral("instalment_plan"), QT_TR_NOOP("Instalment plans")},
        {QStringLiteral("eviction_case"), QT_TR_NOOP("Eviction cases")},
        {QStringLiteral("deliverable"), QT_TR_NOOP("Deliverables")},
        {QStringLiteral("indicator"), QT_TR_NOOP("Indicators")},
        {QStringLiteral("reporting_period"), QT_TR_NOOP("Reporting periods")},
    };
    const char* label = labels.value(table, nullptr);
    return label != nullptr ? tr(label) : table;
}

void CheckCommand::print(const core::Database& db, const core::FileSummary& summary)
{
    printOut(tr("File: %1").arg(QDir::toNativeSeparators(db.path())));
    printOut(core::StorageLocation::allowsWal(db.location())
                 ? tr("Stored on: %1 (changes go through a write-ahead log)")
                       .arg(core::StorageLocation::describe(db.location()))
                 : tr("Stored on: %1 (changes go through a rollback journal, as is safe there)")
                       .arg(core::StorageLocation::describe(db.location())));
    printOut(tr("Schema version: %1 (this program writes %2)")
                 .arg(summary.schemaVersion)
                 .arg(core::Database::currentSchemaVersion()));
    printOut(summary.integrityProblems.isEmpty()
                 ? tr("Integrity: ok")
                 : tr("Integrity: problems found (%1)").arg(summary.integrityProblems.size()));
    for (const QString& problem : summary.integrityProblems) {
        printOut(QStringLiteral("  ") + problem);
    }
    if (summary.hasProject) {
        printOut(tr("Project: %1 %2").arg(summary.contractNumber, summary.title).simplified());
    } else {
        printOut(tr("Project: none (the file holds no project data yet)"));
    }
    printOut(tr("Contents:"));
    int width = 0;
    for (const auto& count : summary.counts) {
        width = std::max(width, static_cast<int>(tableLabel(count.table).size()));
    }
    for (const auto& count : summary.counts) {
        printOut(QStringLiteral("  %1 %2").arg(tableLabel(count.table), -width).arg(count.rows, 9));
    }
    const auto incomplete = static_cast<int>(summary.incomplete.size());
    if (incomplete == 0) {
        printOut(tr("Data quality: the mandatory data of every participant is complete."));
    } else {
        printOut(tr("Data quality: %1 of %2 participants have incomplete mandatory data (they do not count in "
                    "indicators until it is completed):")
                     .arg(incomplete)
                     .arg(summary.participants));
        for (int i = 0; i < std::min(incomplete, kListedIncomplete); ++i) {
            const auto& p = summary.incomplete[i];
            printOut(tr("  %1 (id %2): missing %3")
                         .arg(p.name.isEmpty() ? tr("(no name)") : p.name)
                         .arg(p.id)
                         .arg(core::ParticipantCompleteness::describe(p.missing)));
        }
        if (incomplete > kListedIncomplete) {
            printOut(tr("  … and %1 more").arg(incomplete - kListedIncomplete));
        }
    }
}

// What no indicator counts and the participant records against the counting rules (the same
// list as the data quality of every report).
void CheckCommand::printProblems(const QList<core::IndicatorReport::DataProblem>& problems, const QDate& projectStart)
{
    const auto count = static_cast<int>(problems.size());
    if (count == 0) {
        printOut(tr("Nothing is dated before the project start, and every start and end of participation agrees "
                    "with the counting rules."));
        return;
    }
    printOut(tr("Records not counted or to correct: %1 (the report's data quality lists them all):").arg(count));
    for (int i = 0; i < std::min(count, kListedIncomplete); ++i) {
        const auto& problem = problems[i];
        printOut(QStringLiteral("  %1, %2: %3")
                     .arg(core::DataProblems::recordName(problem.record), problem.name,
                          core::DataProblems::describe(problem, projectStart)));
    }
    if (count > kListedIncomplete) {
        printOut(tr("  … and %1 more").arg(count - kListedIncomplete));
    }
}

int CheckCommand::run(const QStringList& args)
{
    const CliArguments line(args, {});
    if (!line.error().isEmpty() || line.positional().size() != 1) {
        printError(line.error().isEmpty() ? tr("Give exactly one FILE to check.") : line.error());
        printError(tr("Usage: osiedle-cli check FILE"));
        return UsageError;
    }
    const QString path = line.positional().first();
    // Checking only reads: not a byte changes, and a read-only medium is fine.
    auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    core::FileSummary summary;
    QList<core::IndicatorReport::DataProblem> problems;
    QDate projectStart;
    try {
        summary = core::FileSummaryRepository::read(*opened.value());
        problems = core::DataProblems::read(*opened.value());
        projectStart = core::DataProblems::projectStart(*opened.value());
    } catch (const core::StorageError& e) {
        const int primary = e.code() & 0xff;
        if (primary == 11 || primary == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
            printError(tr("%1 is damaged: %2. %3")
                           .arg(QDir::toNativeSeparators(path), e.message(),
                                core::Database::restoreAdvice(opened.value()->path())));
        } else {
            printError(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), e.message()));
        }
        return UserError;
    }
    print(*opened.value(), summary);
    printProblems(problems, projectStart);
    if (!summary.integrityProblems.isEmpty()) {
        printError(tr("%1 is damaged: the integrity check found problems (%2). %3")
                       .arg(QDir::toNativeSeparators(path))
                       .arg(summary.integrityProblems.size())
                       .arg(core::Database::restoreAdvice(opened.value()->path())));
        return UserError;
    }
    return Success;
}

} // namespace

int runCheck(const QStringList& args)
{
    return CheckCommand::run(args);
}

} // namespace osiedle::cli
