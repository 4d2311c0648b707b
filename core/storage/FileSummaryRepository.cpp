#include "core/storage/FileSummaryRepository.h"

#include "core/storage/Database.h"

namespace osiedle::core {

QStringList FileSummaryRepository::countedTables()
{
    return {QStringLiteral("partner"),         QStringLiteral("institution"),
            QStringLiteral("housing_coop"),    QStringLiteral("participant"),
            QStringLiteral("social_coop"),     QStringLiteral("membership"),
            QStringLiteral("employment"),      QStringLiteral("cooperation_agreement"),
            QStringLiteral("course"),          QStringLiteral("session"),
            QStringLiteral("enrolment"),       QStringLiteral("attendance"),
            QStringLiteral("consultation"),    QStringLiteral("work_order"),
            QStringLiteral("work_hours"),      QStringLiteral("service_sale"),
            QStringLiteral("debt_account"),    QStringLiteral("debt_entry"),
            QStringLiteral("instalment_plan"), QStringLiteral("eviction_case"),
            QStringLiteral("deliverable"),     QStringLiteral("indicator"),
            QStringLiteral("reporting_period")};
}

FileSummary FileSummaryRepository::read(Database& db)
{
    FileSummary summary;
    summary.schemaVersion = db.userVersion();
    summary.integrityProblems = db.integrityProblems();

    Statement project = db.prepare("SELECT contract_number, title FROM project WHERE id = 1");
    if (project.step()) {
        summary.hasProject = true;
        summary.contractNumber = project.text(0);
        summary.title = project.text(1);
    }
    for (const QString& table : countedTables()) {
        // The names come from the fixed list above, never from input.
        summary.counts.append({table, db.scalar("SELECT count(*) FROM " + table.toLatin1())});
    }
    summary.participants = db.scalar("SELECT count(*) FROM participant");

    Statement incomplete = db.prepare(
        "SELECT p.id, p.last_name, p.first_name, m.missing, p.participation_start IS NOT NULL "
        "FROM participant_missing m JOIN participant p ON p.id = m.participant_id "
        "WHERE m.missing <> 0 ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, p.id");
    while (incomplete.step()) {
        summary.incomplete.append({incomplete.int64(0),
                                   (incomplete.text(1) + QLatin1Char(' ') + incomplete.text(2)).trimmed(),
                                   incomplete.integer(3), incomplete.boolean(4)});
    }
    return summary;
}

} // namespace osiedle::core
