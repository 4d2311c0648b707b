#include "core/services/ProjectService.h"

#include "core/domain/PeriodPlan.h"
#include "core/indicators/IndicatorCatalogue.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"
#include "core/storage/Transaction.h"

#include <QFile>

namespace osiedle::core {

namespace {

// Text columns are NOT NULL: an empty field is stored as '' (a null QString would bind NULL).
QString text(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("") : trimmed;
}

// Schema defaults stay in force when a field is left empty.
QString orDefault(const QString& value, const char* fallback)
{
    return value.trimmed().isEmpty() ? QString::fromUtf8(fallback) : value.trimmed();
}

void removeProjectFile(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

FieldErrors ProjectService::validate(const ProjectDetails& details)
{
    Project project;
    project.title = details.title;
    project.contractNumber = details.contractNumber;
    project.beneficiary = details.beneficiary;
    project.startDate = details.startDate;
    project.endDate = details.endDate;
    return ProjectSettingsService::validateFields(project);
}

Result<std::unique_ptr<Database>> ProjectService::createFile(const QString& path, const ProjectDetails& details)
{
    if (const FieldErrors errors = validate(details); !errors.isEmpty()) {
        return Error{errors.first().message};
    }
    auto opened = Database::open(path, Database::Mode::CreateNew);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<Database> db = std::move(opened.value());
    try {
        Transaction transaction(*db);
        writeStartingState(*db, details);
        transaction.commit();
    } catch (const StorageError& e) {
        const QString created = db->path();
        db.reset();
        removeProjectFile(created);
        return Error{tr("The new project could not be written: %1").arg(e.message()), e.code()};
    }
    return db;
}

void ProjectService::writeStartingState(Database& db, const ProjectDetails& details)
{
    Statement project = db.prepare(
        "INSERT INTO project (id, contract_number, title, programme, priority, measure, region, beneficiary, "
        "beneficiary_address, start_date, end_date, place) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    project.bind(1, text(details.contractNumber))
        .bind(2, text(details.title))
        .bind(3, orDefault(details.programme, "Program Operacyjny Kapitał Ludzki 2007–2013"))
        .bind(4, orDefault(details.priority, "VII. Promocja integracji społecznej"))
        .bind(5, orDefault(details.measure, "7.2.2 Wsparcie ekonomii społecznej"))
        .bind(6, orDefault(details.region, "mazowieckie"))
        .bind(7, text(details.beneficiary))
        .bind(8, text(details.beneficiaryAddress))
        .bind(9, details.startDate)
        .bind(10, details.endDate)
        .bind(11, text(details.place));
    project.exec();

    IndicatorCatalogue::seed(db);

    if (details.quarterlyPeriods) {
        Statement period = db.prepare("INSERT INTO reporting_period (number, from_date, to_date) VALUES (?, ?, ?)");
        int number = 0;
        for (const auto& [from, to] : quarters(details.startDate, details.endDate)) {
            period.bind(1, ++number).bind(2, from).bind(3, to);
            period.exec();
        }
    }
}

QList<std::pair<QDate, QDate>> ProjectService::quarters(const QDate& from, const QDate& to)
{
    return PeriodPlan::spans(from, to, 3);
}

} // namespace osiedle::core
