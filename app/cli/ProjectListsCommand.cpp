// The lists of `osiedle-cli project`: partners, office staff, days off and the reporting
// periods generated from the project's dates (ProjectCommand.cpp has show and set).

#include "app/cli/CliArguments.h"
#include "app/cli/CliDate.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectCommand.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace osiedle::cli {

namespace {

class ProjectLists {
    Q_DECLARE_TR_FUNCTIONS(ProjectLists)

public:
    /// Prints the field errors as "key: message" (and that nothing was written).
    static int refused(const core::FieldErrors& errors, const core::Error& error);
};

int ProjectLists::refused(const core::FieldErrors& errors, const core::Error& error)
{
    if (errors.isEmpty()) {
        printError(error.message);
    }
    for (const core::FieldError& e : errors) {
        printError(QStringLiteral("%1: %2").arg(e.field, e.message));
    }
    printError(tr("Nothing was changed."));
    return UserError;
}

template <typename T> using Setter = std::function<bool(T&, const QString&)>;

/// A key that sets a text field as typed.
template <typename T> Setter<T> textSetter(QString T::*member)
{
    return [member](T& target, const QString& value) {
        target.*member = value;
        return true;
    };
}

/// A key that sets an enum field from its stored key (false for an unknown one).
template <typename T, typename E> Setter<T> roleSetter(E T::*member)
{
    return [member](T& target, const QString& value) {
        const auto parsed = core::parseKey<E>(value.trimmed());
        if (parsed) {
            target.*member = *parsed;
        }
        return parsed.has_value();
    };
}

/// Fills `target` from KEY=VALUE words with the given keys; an unknown key is a usage error.
template <typename T>
bool assign(const QStringList& words, const QList<std::pair<QString, Setter<T>>>& keys, T& target,
            QStringList& problems)
{
    QList<std::pair<QString, QString>> assignments;
    if (!ProjectSubcommands::splitAssignments(words, assignments)) {
        return false;
    }
    for (const auto& [key, value] : assignments) {
        bool known = false;
        for (const auto& [name, setter] : keys) {
            if (name == key) {
                known = true;
                if (!setter(target, value)) {
                    problems << key;
                }
            }
        }
        if (!known) {
            QStringList names;
            for (const auto& entry : keys) {
                names << entry.first;
            }
            printError(ProjectLists::tr("Unknown key: %1 (known: %2)").arg(key, names.join(QStringLiteral(", "))));
            return false;
        }
    }
    return true;
}

} // namespace

int ProjectSubcommands::addPartner(core::Database& db, const QStringList& args)
{
    using P = core::Partner;
    P partner;
    const QList<std::pair<QString, Setter<P>>> keys = {
        {QStringLiteral("name"), textSetter(&P::name)},
        {QStringLiteral("role"), roleSetter(&P::role)},
        {QStringLiteral("krs"), textSetter(&P::krs)},
        {QStringLiteral("nip"), textSetter(&P::nip)},
        {QStringLiteral("regon"), textSetter(&P::regon)},
        {QStringLiteral("address"), textSetter(&P::address)},
        {QStringLiteral("contact"), textSetter(&P::contact)},
        {QStringLiteral("responsibility"), textSetter(&P::responsibility)},
    };
    QStringList problems;
    if (args.isEmpty() || !assign(args, keys, partner, problems)) {
        printError(ProjectLists::tr("Usage: osiedle-cli project FILE add-partner name=… role=leader|partner …"));
        return UsageError;
    }
    if (!problems.isEmpty()) {
        printError(ProjectLists::tr("role: the role is leader or partner."));
        printError(ProjectLists::tr("Nothing was changed."));
        return UserError;
    }
    core::FieldErrors errors;
    const auto added = core::ProjectSettingsService(db).savePartner(partner, &errors);
    if (!added) {
        return ProjectLists::refused(errors, added.error());
    }
    printOut(ProjectLists::tr("Partner %1 added: %2 (%3).")
                 .arg(added->now.id)
                 .arg(added->now.name, core::label(added->now.role)));
    return Success;
}

int ProjectSubcommands::addStaff(core::Database& db, const QStringList& args)
{
    using S = core::StaffMember;
    S member;
    const QList<std::pair<QString, Setter<S>>> keys = {
        {QStringLiteral("name"), textSetter(&S::name)},
        {QStringLiteral("role"), roleSetter(&S::role)},
        {QStringLiteral("position"), textSetter(&S::position)},
    };
    QStringList problems;
    if (args.isEmpty() || !assign(args, keys, member, problems)) {
        printError(ProjectLists::tr("Usage: osiedle-cli project FILE add-staff name=… role=… [position=…]"));
        return UsageError;
    }
    if (!problems.isEmpty()) {
        printError(ProjectLists::tr("role: the role is one of %1.")
                       .arg(core::allKeys<core::StaffRole>().join(QStringLiteral(", "))));
        printError(ProjectLists::tr("Nothing was changed."));
        return UserError;
    }
    core::FieldErrors errors;
    const auto added = core::ProjectSettingsService(db).saveStaffMember(member, &errors);
    if (!added) {
        return ProjectLists::refused(errors, added.error());
    }
    printOut(ProjectLists::tr("Office staff %1 added: %2.").arg(added->now.id).arg(added->now.signatureLine()));
    return Success;
}

int ProjectSubcommands::addDayOff(core::Database& db, const QStringList& args)
{
    if (args.size() != 2) {
        printError(ProjectLists::tr("Usage: osiedle-cli project FILE add-day-off DATE REASON"));
        return UsageError;
    }
    const QDate date = parseCliDate(args[0]);
    if (!date.isValid()) {
        printError(
            ProjectLists::tr("date: \"%1\" is not a date (YYYY-MM-DD or DD.MM.YYYY, a day that exists).").arg(args[0]));
        printError(ProjectLists::tr("Nothing was changed."));
        return UserError;
    }
    core::FieldErrors errors;
    const auto put = core::ProjectSettingsService(db).putDayOff({date, args[1]}, &errors);
    if (!put) {
        return ProjectLists::refused(errors, put.error());
    }
    printOut(ProjectLists::tr("Day off %1: %2.").arg(date.toString(Qt::ISODate), args[1].trimmed()));
    return Success;
}

int ProjectSubcommands::periods(core::Database& db, const QStringList& args)
{
    const CliArguments line(args, {QStringLiteral("--months"), QStringLiteral("--claims")}, {QStringLiteral("--yes")});
    int months = 3;
    bool ok = true;
    if (line.has(QStringLiteral("--months"))) {
        months = line.value(QStringLiteral("--months")).toInt(&ok);
    }
    if (!line.error().isEmpty() || !line.positional().isEmpty() || !ok) {
        printError(!line.error().isEmpty() ? line.error()
                   : !ok                   ? ProjectLists::tr("--months must be a whole number, not \"%1\".")
                               .arg(line.value(QStringLiteral("--months")))
                         : ProjectLists::tr("periods takes no %1.").arg(line.positional().first()));
        printError(ProjectLists::tr("Usage: osiedle-cli project FILE periods [--months N] [--claims PATTERN] [--yes]"));
        return UsageError;
    }
    core::ProjectSettingsService service(db);
    const QString pattern = line.value(QStringLiteral("--claims"));
    const auto plan = service.previewPeriods(months, pattern);
    if (!plan) {
        printError(plan.error().message);
        printError(ProjectLists::tr("Nothing was changed."));
        return UserError;
    }
    // Periods that existed are replaced only when the user says so.
    if ((!plan->removed.isEmpty() || !plan->changed.isEmpty()) && !line.has(QStringLiteral("--yes"))) {
        printError(ProjectLists::tr("The periods there are now would change:"));
        for (const QString& change : plan->describeChanges()) {
            printError(change);
        }
        printError(ProjectLists::tr("Nothing was changed; repeat with --yes to replace the periods."));
        return UserError;
    }
    const auto done = service.generatePeriods(months, pattern);
    if (!done) {
        printError(done.error().message);
        return UserError;
    }
    printOut(ProjectLists::tr("%n reporting period(s):", nullptr, int(done->plan.periods.size())));
    for (const core::ReportingPeriod& p : done->plan.periods) {
        printOut(QStringLiteral("  %1 %2").arg(core::PeriodPlan::describe(p), p.claimNumber));
    }
    return Success;
}

} // namespace osiedle::cli
