#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/PeriodPlan.h"
#include "core/history/ChangeScope.h"
#include "core/services/ServiceWrite.h"
#include "core/storage/DatedRecordsRepository.h"
#include "core/storage/IndicatorRepository.h"
#include "core/storage/ProjectRepository.h"

#include <QCoreApplication>
#include <optional>

namespace osiedle::core {

/// The open (unlocked) reporting periods of a file with their manual indicator values: what a
/// change of the periods replaces, kept so that it can be undone.
struct OpenPeriods {
    QList<ReportingPeriod> periods;
    QList<ManualValue> values;
};

/// What a change of the project's dates would do, told before it is made: the activities that
/// would fall outside the new dates (they stay in the file, but outside the project no
/// indicator counts them) and how the reporting periods are fitted to the new dates.
struct DatesChange {
    Q_DECLARE_TR_FUNCTIONS(DatesChange)

public:
    QDate from;
    QDate to;
    QList<OutsideRecords> outside;
    PeriodPlan periods;

    /// True when the user should confirm: something falls outside, or periods are removed or
    /// changed (periods only added for days the project gains need no question).
    bool needsConfirmation() const
    {
        return !outside.isEmpty() || !periods.removed.isEmpty() || !periods.changed.isEmpty();
    }
    /// The whole story in lines of text, for a confirmation question or the console.
    QStringList describe() const;
};

/// A project-row change that has been made, with the file's state before and after (for undo
/// and redo): the settings, and the open periods when the change fitted them anew.
struct ProjectChange {
    Project before;
    Project after;
    std::optional<OpenPeriods> periodsBefore;
    std::optional<OpenPeriods> periodsAfter;
};

/// A regeneration of the reporting periods that has been made (undo: put `before` back).
struct PeriodsChange {
    PeriodPlan plan;
    OpenPeriods before;
    OpenPeriods after;
};

/// A record written: as it is now, and as it was before (none: it was added).
template <typename T> struct Saved {
    T now;
    std::optional<T> before;
};

/// A member of the office staff who was removed, and whether they were the default signatory.
struct RemovedStaffMember {
    StaffMember member;
    bool wasSignatory = false;
};

/// The settings an office gives its own project: the project row (details, dates, rules, the
/// default signatory), the partnership, the office staff, the office's days off, the logo strip
/// and the reporting periods generated from the dates. Validates first (field errors keyed as
/// the CLI's keys: title, contract_number, beneficiary_nip, start_date, …), then writes in one
/// transaction and notifies Topic::Project (Topic::Periods when periods change). Every write
/// returns what undo needs. Never throws.
class ProjectSettingsService {
    Q_DECLARE_TR_FUNCTIONS(ProjectSettingsService)

public:
    explicit ProjectSettingsService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// The project's settings; an error for a file without a project row.
    Result<Project> project();
    /// Field problems of the settings (empty when they can be saved): title and dates needed,
    /// NIP/REGON valid when given, the signatory one of the staff.
    FieldErrors validate(const Project& project);
    /// The same without the file (everything but the signatory), e.g. for a new project.
    static FieldErrors validateFields(const Project& project);
    /// What moving the project to [from, to] would do. Refused (with the period named) when a
    /// locked reporting period would move.
    Result<DatesChange> previewDates(const QDate& from, const QDate& to);
    /// Saves the settings (NIP and REGON as their digits). When the dates change, the periods are
    /// fitted as previewDates tells; a locked period that would move refuses the whole change.
    Result<ProjectChange> update(Project project, FieldErrors* errors = nullptr);
    /// Undo and redo of update(): writes `project` back, and the open periods when given
    /// (refused when one of them has been locked since).
    Status restore(const Project& project, const std::optional<OpenPeriods>& periods);

    /// The periods that generatePeriods() would leave (for the question before it).
    Result<PeriodPlan> previewPeriods(int months, const QString& claimPattern);
    /// Regenerates the reporting periods over the project's dates (PeriodPlan::generate).
    Result<PeriodsChange> generatePeriods(int months, const QString& claimPattern);
    /// Undo/redo of a regeneration: the open periods become `periods` again.
    Status restorePeriods(const OpenPeriods& periods);

    /// Field keys: name, krs, nip, regon.
    static FieldErrors validate(const Partner& partner);
    /// Adds the partner (id 0) or changes the one with its id (refused when it is gone).
    Result<Saved<Partner>> savePartner(Partner partner, FieldErrors* errors = nullptr);
    Result<Partner> removePartner(qint64 id);
    /// Undo of a removal (inserted again with its id) or of an edit.
    Status restorePartner(const Partner& partner);

    /// Field keys: name.
    static FieldErrors validate(const StaffMember& member);
    /// Adds the person (id 0) or changes the one with its id (refused when they are gone).
    Result<Saved<StaffMember>> saveStaffMember(StaffMember member, FieldErrors* errors = nullptr);
    Result<RemovedStaffMember> removeStaffMember(qint64 id);
    Status restoreStaffMember(const RemovedStaffMember& removed);
    Status restoreStaffMember(const StaffMember& member) { return restoreStaffMember(RemovedStaffMember{member}); }
    /// Who signs unless another is chosen (ProjectRepository::defaultSignatory); nullopt without
    /// staff or when the file cannot be read.
    std::optional<StaffMember> defaultSignatory();

    /// Adds a day off (or gives a listed day a new reason); returns the day as it was before.
    /// Field keys: date, reason.
    Result<std::optional<DayOff>> putDayOff(const DayOff& day, FieldErrors* errors = nullptr);
    /// Removes a day off; returns it.
    Result<DayOff> removeDayOff(const QDate& date);
    /// Undo: the day as it was (nullopt: the date is no day off).
    Status restoreDayOff(const QDate& date, const std::optional<DayOff>& day);
    /// The office's scheme of certificate numbers (CertificateNumber), the default when unset.
    Result<QString> certificatePattern();
    /// Sets the scheme (checked by CertificateNumber::check); returns the one before.
    Result<QString> setCertificatePattern(const QString& pattern);

    /// Stores the logo strip (nullopt removes it); returns the one before.
    Result<std::optional<LogoStrip>> setLogo(const std::optional<LogoStrip>& logo);

private:
    template <typename F> auto write(Topic topic, F&& work)
    {
        const ChangeScope scope(ChangeAction::Settings);
        return serviceWriteChecked(m_db, m_changes, topic, std::forward<F>(work));
    }
    /// Validated, then written in one transaction by `put`; `find` reads the record before and
    /// after. An id that is no longer there is refused with `gone`.
    template <typename T>
    Result<Saved<T>> save(const T& record, const FieldErrors& problems, FieldErrors* errors, const QString& gone,
                          std::optional<T> (ProjectRepository::*find)(qint64),
                          qint64 (ProjectRepository::*put)(const T&));
    OpenPeriods openPeriods();
    /// Replaces the open periods with `periods` (inside the caller's transaction).
    Status putOpenPeriods(const OpenPeriods& periods);
    /// Writes the plan's periods (inside the caller's transaction).
    void applyPlan(const PeriodPlan& plan);

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
