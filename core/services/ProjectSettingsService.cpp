#include "core/services/ProjectSettingsService.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/CertificateNumber.h"
#include "core/domain/KrsNumber.h"
#include "core/domain/Nip.h"
#include "core/domain/Regon.h"
#include "core/services/IdentifierFields.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/SettingRepository.h"

#include <QSet>

namespace osiedle::core {

namespace {

// Project dates outside these years are typing mistakes ("0213"), not projects.
const QDate earliestDate(1990, 1, 1);
const QDate latestDate(2100, 12, 31);

// A number larger than any period's, so that renumbering never meets the UNIQUE of `number`.
constexpr int renumberingOffset = 1000000;

Partner normalised(Partner partner)
{
    normaliseId<KrsNumber>(partner.krs);
    normaliseId<Nip>(partner.nip);
    normaliseId<Regon>(partner.regon);
    return partner;
}

/// Hands the problems to the caller's form; true when there are any.
bool refused(const FieldErrors& problems, FieldErrors* errors)
{
    if (errors) {
        *errors = problems;
    }
    return !problems.isEmpty();
}

} // namespace

QStringList DatesChange::describe() const
{
    QStringList lines;
    if (!outside.isEmpty()) {
        lines << tr("Outside the new dates (%1 – %2) there would be:").arg(shown::date(from), shown::date(to));
        for (const OutsideRecords& records : outside) {
            lines << tr("  %1: %2, e.g. %3")
                         .arg(records.kind)
                         .arg(records.count)
                         .arg(records.examples.join(QStringLiteral("; ")));
        }
        lines << tr("They stay in the file, but no indicator counts what is dated outside the project.");
    }
    if (!periods.changesNothing()) {
        lines << tr("The reporting periods are fitted to the new dates:");
        lines << periods.describeChanges();
    }
    return lines;
}

Result<Project> ProjectSettingsService::project()
{
    try {
        if (auto p = ProjectRepository(m_db).project()) {
            return *p;
        }
        return Error{tr("This file has no project details yet.")};
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

FieldErrors ProjectSettingsService::validateFields(const Project& p)
{
    FieldErrors errors;
    if (p.title.trimmed().isEmpty()) {
        errors.append({QStringLiteral("title"), tr("The project needs a title.")});
    }
    const auto checkDate = [&](const QDate& date, const char* field, const QString& missing) {
        if (!date.isValid()) {
            errors.append({QString::fromLatin1(field), missing});
        } else if (date < earliestDate || date > latestDate) {
            errors.append({QString::fromLatin1(field), tr("%1 is not a date of a project (the years %2–%3).")
                                                           .arg(shown::date(date))
                                                           .arg(earliestDate.year())
                                                           .arg(latestDate.year())});
        }
    };
    checkDate(p.startDate, "start_date", tr("The project needs a start date."));
    checkDate(p.endDate, "end_date", tr("The project needs an end date."));
    if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate) {
        errors.append(
            {QStringLiteral("end_date"),
             tr("The end date %1 is before the start date %2.").arg(shown::date(p.endDate), shown::date(p.startDate))});
    }
    // Documents are kept at least until the project ends (the contract says how long after).
    if (p.keepDocumentsUntil.isValid()) {
        if (p.keepDocumentsUntil > latestDate) {
            errors.append({QStringLiteral("keep_documents_until"),
                           tr("%1 is beyond the dates the program keeps (up to %2).")
                               .arg(shown::date(p.keepDocumentsUntil), shown::date(latestDate))});
        } else if (p.endDate.isValid() && p.keepDocumentsUntil < p.endDate) {
            errors.append({QStringLiteral("keep_documents_until"),
                           tr("The documents are kept at least until the project ends (%1), not only until %2.")
                               .arg(shown::date(p.endDate), shown::date(p.keepDocumentsUntil))});
        }
    }
    checkId<Nip>(errors, "beneficiary_nip", p.beneficiaryNip);
    checkId<Regon>(errors, "beneficiary_regon", p.beneficiaryRegon);
    return errors;
}

FieldErrors ProjectSettingsService::validate(const Project& p)
{
    FieldErrors errors = validateFields(p);
    if (p.signatoryId) {
        try {
            if (!ProjectRepository(m_db).staffMember(*p.signatoryId)) {
                errors.append({QStringLiteral("signatory"),
                               tr("The signatory must be one of the office staff (there is none with id %1).")
                                   .arg(*p.signatoryId)});
            }
        } catch (const StorageError& e) {
            errors.append({QStringLiteral("signatory"), e.message()});
        }
    }
    return errors;
}

Result<DatesChange> ProjectSettingsService::previewDates(const QDate& from, const QDate& to)
{
    try {
        const auto project = ProjectRepository(m_db).project();
        if (!project) {
            return Error{tr("This file has no project details yet.")};
        }
        DatesChange change;
        change.from = from;
        change.to = to;
        auto plan =
            PeriodPlan::fit(ReportingPeriodRepository(m_db).all(), project->startDate, project->endDate, from, to);
        if (!plan) {
            return plan.error();
        }
        change.periods = std::move(plan.value());
        change.outside = DatedRecordsRepository(m_db).outside(from, to);
        return change;
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<ProjectChange> ProjectSettingsService::update(Project project, FieldErrors* errors)
{
    const FieldErrors problems = validate(project);
    if (refused(problems, errors)) {
        return joinedError(problems);
    }
    normaliseId<Nip>(project.beneficiaryNip);
    normaliseId<Regon>(project.beneficiaryRegon);
    for (QString* text : {&project.title, &project.contractNumber, &project.programme, &project.priority,
                          &project.measure, &project.region, &project.beneficiary, &project.beneficiaryAddress,
                          &project.beneficiaryNip, &project.beneficiaryRegon, &project.place}) {
        *text = text->trimmed();
    }
    bool periodsChanged = false;
    auto done = write(Topic::Project, [&]() -> Result<ProjectChange> {
        ProjectRepository repo(m_db);
        const auto before = repo.project();
        if (!before) {
            return Error{tr("This file has no project details yet.")};
        }
        ProjectChange change{*before, project, std::nullopt, std::nullopt};
        if (before->startDate != project.startDate || before->endDate != project.endDate) {
            auto plan = PeriodPlan::fit(ReportingPeriodRepository(m_db).all(), before->startDate, before->endDate,
                                        project.startDate, project.endDate);
            if (!plan) {
                return plan.error();
            }
            if (!plan->changesNothing()) {
                change.periodsBefore = openPeriods();
                applyPlan(*plan);
                change.periodsAfter = openPeriods();
                periodsChanged = true;
            }
        }
        repo.update(project);
        return change;
    });
    if (done && periodsChanged && m_changes) {
        m_changes->notify(Topic::Periods);
    }
    return done;
}

Status ProjectSettingsService::restore(const Project& project, const std::optional<OpenPeriods>& periods)
{
    auto done = write(Topic::Project, [&]() -> Status {
        if (!ProjectRepository(m_db).update(project)) {
            return Error{tr("This file has no project details yet.")};
        }
        return periods ? putOpenPeriods(*periods) : Status();
    });
    if (done && periods && m_changes) {
        m_changes->notify(Topic::Periods);
    }
    return done;
}

Result<PeriodPlan> ProjectSettingsService::previewPeriods(int months, const QString& claimPattern)
{
    try {
        const auto p = ProjectRepository(m_db).project();
        if (!p) {
            return Error{tr("This file has no project details yet.")};
        }
        return PeriodPlan::generate(ReportingPeriodRepository(m_db).all(), p->startDate, p->endDate, months,
                                    claimPattern.trimmed());
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<PeriodsChange> ProjectSettingsService::generatePeriods(int months, const QString& claimPattern)
{
    return write(Topic::Periods, [&]() -> Result<PeriodsChange> {
        auto plan = previewPeriods(months, claimPattern);
        if (!plan) {
            return plan.error();
        }
        PeriodsChange change{*plan, openPeriods(), {}};
        applyPlan(*plan);
        change.after = openPeriods();
        return change;
    });
}

Status ProjectSettingsService::restorePeriods(const OpenPeriods& periods)
{
    return write(Topic::Periods, [&]() -> Status { return putOpenPeriods(periods); });
}

OpenPeriods ProjectSettingsService::openPeriods()
{
    OpenPeriods open;
    IndicatorRepository indicators(m_db);
    for (const ReportingPeriod& period : ReportingPeriodRepository(m_db).all()) {
        if (!period.locked) {
            open.periods << period;
            open.values << indicators.manualValuesOfPeriod(*period.id);
        }
    }
    return open;
}

Status ProjectSettingsService::putOpenPeriods(const OpenPeriods& open)
{
    ReportingPeriodRepository repo(m_db);
    QList<ReportingPeriod> locked;
    for (const ReportingPeriod& period : repo.all()) {
        if (period.locked) {
            locked << period;
        } else {
            repo.remove(*period.id);
        }
    }
    for (const ReportingPeriod& period : open.periods) {
        for (const ReportingPeriod& l : locked) {
            if (l.id == period.id || l.number == period.number || (l.from <= period.to && period.from <= l.to)) {
                return Error{tr("Period %1 has been locked since, so the periods cannot be put back as they were.")
                                 .arg(PeriodPlan::describe(l))};
            }
        }
        repo.insert(period);
    }
    IndicatorRepository indicators(m_db);
    for (const ManualValue& value : open.values) {
        indicators.setManualValue(value);
    }
    return {};
}

void ProjectSettingsService::applyPlan(const PeriodPlan& plan)
{
    ReportingPeriodRepository repo(m_db);
    for (const ReportingPeriod& period : plan.removed) {
        repo.remove(*period.id);
    }
    for (const auto& [before, after] : plan.changed) {
        ReportingPeriod moving = after;
        moving.number = *after.number + renumberingOffset;
        repo.update(moving);
    }
    for (const auto& [before, after] : plan.changed) {
        repo.update(after);
    }
    for (const ReportingPeriod& period : plan.added) {
        repo.insert(period);
    }
}

FieldErrors ProjectSettingsService::validate(const Partner& partner)
{
    FieldErrors errors;
    if (partner.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("The partner needs a name.")});
    }
    checkId<KrsNumber>(errors, "krs", partner.krs);
    checkId<Nip>(errors, "nip", partner.nip);
    checkId<Regon>(errors, "regon", partner.regon);
    return errors;
}

template <typename T>
Result<Saved<T>> ProjectSettingsService::save(const T& record, const FieldErrors& problems, FieldErrors* errors,
                                              const QString& gone, std::optional<T> (ProjectRepository::*find)(qint64),
                                              qint64 (ProjectRepository::*put)(const T&))
{
    if (refused(problems, errors)) {
        return joinedError(problems);
    }
    return write(Topic::Project, [&]() -> Result<Saved<T>> {
        ProjectRepository repo(m_db);
        std::optional<T> before;
        if (record.id > 0) {
            before = (repo.*find)(record.id);
            if (!before) {
                return Error{gone};
            }
        }
        const qint64 id = (repo.*put)(record);
        return Saved<T>{*(repo.*find)(id), before};
    });
}

Result<Saved<Partner>> ProjectSettingsService::savePartner(Partner partner, FieldErrors* errors)
{
    return save(normalised(partner), validate(partner), errors, tr("The partner is no longer in the project."),
                &ProjectRepository::partner, &ProjectRepository::savePartner);
}

Result<Partner> ProjectSettingsService::removePartner(qint64 id)
{
    return write(Topic::Project, [&]() -> Result<Partner> {
        ProjectRepository repo(m_db);
        const auto before = repo.partner(id);
        if (!before) {
            return Error{tr("The partner is no longer in the project.")};
        }
        repo.removePartner(id);
        return *before;
    });
}

Status ProjectSettingsService::restorePartner(const Partner& partner)
{
    return write(Topic::Project, [&]() -> Status {
        ProjectRepository(m_db).savePartner(partner);
        return {};
    });
}

FieldErrors ProjectSettingsService::validate(const StaffMember& member)
{
    FieldErrors errors;
    if (member.name.trimmed().isEmpty()) {
        errors.append({QStringLiteral("name"), tr("Give the person's name.")});
    }
    return errors;
}

Result<Saved<StaffMember>> ProjectSettingsService::saveStaffMember(StaffMember member, FieldErrors* errors)
{
    return save(member, validate(member), errors, tr("This person is no longer among the office staff."),
                &ProjectRepository::staffMember, &ProjectRepository::saveStaffMember);
}

Result<RemovedStaffMember> ProjectSettingsService::removeStaffMember(qint64 id)
{
    return write(Topic::Project, [&]() -> Result<RemovedStaffMember> {
        ProjectRepository repo(m_db);
        const auto before = repo.staffMember(id);
        if (!before) {
            return Error{tr("This person is no longer among the office staff.")};
        }
        const auto project = repo.project();
        const bool signatory = project && project->signatoryId == id;
        repo.removeStaffMember(id); // the project's signatory_id is set to NULL by its foreign key
        return RemovedStaffMember{*before, signatory};
    });
}

Status ProjectSettingsService::restoreStaffMember(const RemovedStaffMember& removed)
{
    return write(Topic::Project, [&]() -> Status {
        ProjectRepository repo(m_db);
        repo.saveStaffMember(removed.member);
        if (removed.wasSignatory) {
            if (auto project = repo.project()) {
                project->signatoryId = removed.member.id;
                repo.update(*project);
            }
        }
        return {};
    });
}

std::optional<StaffMember> ProjectSettingsService::defaultSignatory()
{
    try {
        return ProjectRepository(m_db).defaultSignatory();
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

Result<std::optional<DayOff>> ProjectSettingsService::putDayOff(const DayOff& day, FieldErrors* errors)
{
    FieldErrors problems;
    if (!day.date.isValid()) {
        problems.append({QStringLiteral("date"), tr("Give the date of the day off.")});
    }
    if (day.reason.trimmed().isEmpty()) {
        problems.append({QStringLiteral("reason"), tr("Give the reason for the day off (it is shown when a "
                                                      "schedule skips the day).")});
    }
    if (refused(problems, errors)) {
        return joinedError(problems);
    }
    return write(Topic::Project, [&]() -> Result<std::optional<DayOff>> {
        ProjectRepository repo(m_db);
        std::optional<DayOff> before;
        for (const DayOff& listed : repo.daysOff()) {
            if (listed.date == day.date) {
                before = listed;
            }
        }
        repo.putDayOff(day);
        return before;
    });
}

Result<DayOff> ProjectSettingsService::removeDayOff(const QDate& date)
{
    return write(Topic::Project, [&]() -> Result<DayOff> {
        ProjectRepository repo(m_db);
        for (const DayOff& listed : repo.daysOff()) {
            if (listed.date == date) {
                repo.removeDayOff(date);
                return listed;
            }
        }
        return Error{tr("%1 is not among the office's days off.").arg(shown::date(date))};
    });
}

Status ProjectSettingsService::restoreDayOff(const QDate& date, const std::optional<DayOff>& day)
{
    return write(Topic::Project, [&]() -> Status {
        ProjectRepository repo(m_db);
        if (day) {
            repo.putDayOff(*day);
        } else {
            repo.removeDayOff(date);
        }
        return {};
    });
}

Result<std::optional<LogoStrip>> ProjectSettingsService::setLogo(const std::optional<LogoStrip>& logo)
{
    return write(Topic::Project, [&]() -> Result<std::optional<LogoStrip>> {
        ProjectRepository repo(m_db);
        if (!repo.project()) {
            return Error{tr("This file has no project details yet.")};
        }
        std::optional<LogoStrip> before = repo.logo();
        repo.setLogo(logo);
        return before;
    });
}

Result<QString> ProjectSettingsService::certificatePattern()
{
    try {
        return SettingRepository(m_db)
            .value(QString::fromLatin1(CertificateNumber::settingKey))
            .value_or(CertificateNumber::defaultPattern());
    } catch (const StorageError& e) {
        return Error{e.message(), e.code()};
    }
}

Result<QString> ProjectSettingsService::setCertificatePattern(const QString& pattern)
{
    if (const Status ok = CertificateNumber::check(pattern); !ok) {
        return ok.error();
    }
    return write(Topic::Project, [&]() -> Result<QString> {
        SettingRepository settings(m_db);
        const QString key = QString::fromLatin1(CertificateNumber::settingKey);
        const QString before = settings.value(key).value_or(CertificateNumber::defaultPattern());
        settings.setValue(key, pattern.trimmed());
        return before;
    });
}

} // namespace osiedle::core
