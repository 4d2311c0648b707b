// osiedle-cli project FILE show [--format text|json]
// osiedle-cli project FILE set KEY=VALUE… [--yes]
// osiedle-cli project FILE add-partner|add-staff KEY=VALUE…
// osiedle-cli project FILE add-day-off DATE REASON
// osiedle-cli project FILE periods [--months N] [--claims PATTERN] [--yes]
//
// An office's project settings from the console, so that its set-up can be scripted. Every
// value is checked before anything is written; a refusal names the key and writes nothing.

#include "app/cli/ProjectCommand.h"

#include "app/cli/CliArguments.h"
#include "app/cli/Commands.h"
#include "app/cli/ProjectKeys.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/Database.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/LogoStripImage.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace osiedle::cli {

namespace {

class ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)

public:
    static int run(const QStringList& args);
    static QString usage();
    static void printDetails(const core::DatesChange& change);
};

QString ProjectCommand::usage()
{
    return tr(
        "Usage: osiedle-cli project FILE show [--format text|json]\n"
        "       osiedle-cli project FILE set KEY=VALUE… [--yes]   (logo=IMAGE.png|jpg|svg, logo= removes it)\n"
        "       osiedle-cli project FILE add-partner name=… role=leader|partner [krs=… nip=… regon=… "
        "address=… contact=… responsibility=…]\n"
        "       osiedle-cli project FILE add-staff name=… role=coordinator|finance|trainer|adviser|assistant|other "
        "[position=…]\n"
        "       osiedle-cli project FILE add-day-off DATE REASON\n"
        "       osiedle-cli project FILE periods [--months N] [--claims PATTERN] [--yes]");
}

int ProjectCommand::run(const QStringList& args)
{
    if (args.size() < 2) {
        printError(args.isEmpty() ? tr("Give the project FILE and what to do.")
                                  : tr("Give what to do with %1.").arg(args.first()));
        printError(usage());
        return UsageError;
    }
    using Subcommand = int (*)(core::Database&, const QStringList&);
    const std::pair<const char*, Subcommand> subcommands[] = {
        {"show", ProjectSubcommands::show},
        {"set", ProjectSubcommands::set},
        {"add-partner", ProjectSubcommands::addPartner},
        {"add-staff", ProjectSubcommands::addStaff},
        {"add-day-off", ProjectSubcommands::addDayOff},
        {"periods", ProjectSubcommands::periods},
    };
    Subcommand chosen = nullptr;
    for (const auto& [name, function] : subcommands) {
        if (args.at(1) == QLatin1String(name)) {
            chosen = function;
        }
    }
    if (chosen == nullptr) {
        printError(tr("Unknown: %1 (show, set, add-partner, add-staff, add-day-off or periods).").arg(args.at(1)));
        printError(usage());
        return UsageError;
    }
    auto opened = core::Database::open(args.first(), core::Database::Mode::OpenExisting);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    try {
        return chosen(*opened.value(), args.mid(2));
    } catch (const core::StorageError& e) {
        printError(e.message());
        return UserError;
    }
}

void ProjectCommand::printDetails(const core::DatesChange& change)
{
    for (const QString& line : change.describe()) {
        printError(line);
    }
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

bool ProjectSubcommands::splitAssignments(const QStringList& words, QList<std::pair<QString, QString>>& out)
{
    for (const QString& word : words) {
        const auto eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printError(ProjectCommand::tr("\"%1\" is not KEY=VALUE.").arg(word));
            printError(ProjectCommand::usage());
            return false;
        }
        out.append({word.left(eq).trimmed(), word.mid(eq + 1)});
    }
    return true;
}

int ProjectSubcommands::show(core::Database& db, const QStringList& args)
{
    const CliArguments line(args, {QStringLiteral("--format")});
    const QString format =
        line.has(QStringLiteral("--format")) ? line.value(QStringLiteral("--format")) : QStringLiteral("text");
    if (!line.error().isEmpty() || !line.positional().isEmpty() ||
        (format != QLatin1String("text") && format != QLatin1String("json"))) {
        printError(!line.error().isEmpty() ? line.error()
                   : line.positional().isEmpty()
                       ? ProjectCommand::tr("--format is text or json, not \"%1\".").arg(format)
                       : ProjectCommand::tr("show takes no %1.").arg(line.positional().first()));
        printError(ProjectCommand::usage());
        return UsageError;
    }
    core::ProjectRepository repo(db);
    const auto project = repo.project();
    if (!project) {
        printError(ProjectCommand::tr("This file has no project details yet."));
        return UserError;
    }
    const QList<core::StaffMember> staff = repo.staff();
    const QList<core::Partner> partners = repo.partners();
    const auto logo = repo.logo();
    const QList<core::DayOff> days = repo.daysOff();
    const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(db).all();

    if (format == QLatin1String("json")) {
        QJsonObject settings;
        for (const QString& key : ProjectKeys::keys()) {
            settings.insert(key, ProjectKeys::json(*project, key, staff));
        }
        QJsonArray partnerList;
        for (const core::Partner& p : partners) {
            partnerList.append(QJsonObject{{QStringLiteral("id"), p.id},
                                           {QStringLiteral("name"), p.name},
                                           {QStringLiteral("role"), core::key(p.role)},
                                           {QStringLiteral("krs"), p.krs},
                                           {QStringLiteral("nip"), p.nip},
                                           {QStringLiteral("regon"), p.regon},
                                           {QStringLiteral("address"), p.address},
                                           {QStringLiteral("contact"), p.contact},
                                           {QStringLiteral("responsibility"), p.responsibility}});
        }
        QJsonArray staffList;
        for (const core::StaffMember& m : staff) {
            staffList.append(QJsonObject{{QStringLiteral("id"), m.id},
                                         {QStringLiteral("name"), m.name},
                                         {QStringLiteral("role"), core::key(m.role)},
                                         {QStringLiteral("position"), m.position}});
        }
        QJsonArray dayList;
        for (const core::DayOff& d : days) {
            dayList.append(
                QJsonObject{{QStringLiteral("date"), dateText(d.date)}, {QStringLiteral("reason"), d.reason}});
        }
        QJsonArray periodList;
        for (const core::ReportingPeriod& p : periods) {
            periodList.append(QJsonObject{{QStringLiteral("number"), p.number.value_or(0)},
                                          {QStringLiteral("from"), dateText(p.from)},
                                          {QStringLiteral("to"), dateText(p.to)},
                                          {QStringLiteral("claim_number"), p.claimNumber},
                                          {QStringLiteral("locked"), p.locked}});
        }
        const QJsonValue logoValue =
            logo ? QJsonValue(QJsonObject{{QStringLiteral("format"), core::LogoStrip::formatKey(logo->format)},
                                          {QStringLiteral("bytes"), qint64(logo->data.size())}})
                 : QJsonValue(QJsonValue::Null);
        const QJsonObject root{{QStringLiteral("project"), settings},     {QStringLiteral("logo"), logoValue},
                               {QStringLiteral("partners"), partnerList}, {QStringLiteral("staff"), staffList},
                               {QStringLiteral("days_off"), dayList},     {QStringLiteral("periods"), periodList}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }

    for (const QString& key : ProjectKeys::keys()) {
        QString value = ProjectKeys::text(*project, key, staff);
        if (key == QLatin1String("signatory") && value.isEmpty()) {
            if (const auto signatory = repo.defaultSignatory()) {
                value = ProjectCommand::tr("(not chosen: %1 signs)").arg(signatory->name);
            }
        }
        printOut(QStringLiteral("%1 = %2").arg(key, value));
    }
    printOut(QStringLiteral("logo = %1")
                 .arg(logo ? ProjectCommand::tr("%1, %2 bytes")
                                 .arg(core::LogoStrip::formatKey(logo->format).toUpper(),
                                      QLocale().toString(qint64(logo->data.size())))
                           : ProjectCommand::tr("(none)")));
    printOut(ProjectCommand::tr("Partners: %1").arg(partners.size()));
    for (const core::Partner& p : partners) {
        QStringList facts{core::label(p.role)};
        for (const auto& [name, value] :
             {std::pair{QStringLiteral("KRS"), p.krs}, std::pair{QStringLiteral("NIP"), p.nip},
              std::pair{QStringLiteral("REGON"), p.regon}}) {
            if (!value.isEmpty()) {
                facts << name + QLatin1Char(' ') + value;
            }
        }
        if (!p.responsibility.isEmpty()) {
            facts << p.responsibility;
        }
        printOut(QStringLiteral("  %1. %2 (%3)").arg(p.id).arg(p.name, facts.join(QStringLiteral("; "))));
    }
    printOut(ProjectCommand::tr("Office staff: %1").arg(staff.size()));
    for (const core::StaffMember& m : staff) {
        printOut(QStringLiteral("  %1. %2").arg(m.id).arg(m.signatureLine()));
    }
    printOut(ProjectCommand::tr("Days off: %1").arg(days.size()));
    for (const core::DayOff& d : days) {
        printOut(QStringLiteral("  %1 %2").arg(dateText(d.date), d.reason));
    }
    printOut(ProjectCommand::tr("Reporting periods: %1").arg(periods.size()));
    for (const core::ReportingPeriod& p : periods) {
        printOut(
            QStringLiteral("  %1. %2 – %3 %4%5")
                .arg(p.number.value_or(0))
                .arg(dateText(p.from), dateText(p.to), p.claimNumber,
                     p.locked ? QStringLiteral(" [") + ProjectCommand::tr("locked") + QLatin1Char(']') : QString()));
    }
    return Success;
}

int ProjectSubcommands::set(core::Database& db, const QStringList& args)
{
    const CliArguments line(args, {}, {QStringLiteral("--yes")});
    QList<std::pair<QString, QString>> assignments;
    if (!line.error().isEmpty() || line.positional().isEmpty()) {
        printError(line.error().isEmpty() ? ProjectCommand::tr("Give at least one KEY=VALUE to set.") : line.error());
        printError(ProjectCommand::usage());
        return UsageError;
    }
    if (!splitAssignments(line.positional(), assignments)) {
        return UsageError;
    }
    core::ProjectSettingsService service(db);
    core::ProjectRepository repo(db);
    auto project = service.project();
    if (!project) {
        printError(project.error().message);
        return UserError;
    }
    const core::Project before = *project;
    const QList<core::StaffMember> staff = repo.staff();
    std::optional<std::optional<core::LogoStrip>> logo;
    QStringList problems;
    QStringList refusedKeys;
    for (const auto& [key, value] : assignments) {
        if (key == QLatin1String("logo")) {
            if (value.trimmed().isEmpty()) {
                logo = std::optional<core::LogoStrip>();
                continue;
            }
            auto loaded = ui::LogoStripImage::load(value);
            if (!loaded) {
                problems << QStringLiteral("logo: %1").arg(loaded.error().message);
                continue;
            }
            logo = *loaded;
            continue;
        }
        if (!ProjectKeys::keys().contains(key)) {
            printError(ProjectCommand::tr("Unknown setting: %1 (known: %2, logo)")
                           .arg(key, ProjectKeys::keys().join(QStringLiteral(", "))));
            return UsageError;
        }
        if (const core::Status set = ProjectKeys::set(*project, key, value, staff); !set) {
            problems << set.error().message;
            refusedKeys << key;
        }
    }
    // Every problem at once: the values typed wrong, then what the others break (a key already
    // named is not named twice).
    for (const core::FieldError& e : service.validate(*project)) {
        if (!refusedKeys.contains(e.field)) {
            problems << QStringLiteral("%1: %2").arg(e.field, e.message);
        }
    }
    if (!problems.isEmpty()) {
        for (const QString& problem : problems) {
            printError(problem);
        }
        printError(ProjectCommand::tr("Nothing was changed."));
        return UserError;
    }
    if (project->startDate != before.startDate || project->endDate != before.endDate) {
        const auto change = service.previewDates(project->startDate, project->endDate);
        if (!change) {
            printError(QStringLiteral("start_date/end_date: %1").arg(change.error().message));
            printError(ProjectCommand::tr("Nothing was changed."));
            return UserError;
        }
        if (change->needsConfirmation() && !line.has(QStringLiteral("--yes"))) {
            ProjectCommand::printDetails(*change);
            printError(ProjectCommand::tr("Nothing was changed; repeat with --yes to change the dates all the same."));
            return UserError;
        }
    }
    std::optional<core::ProjectChange> saved;
    if (*project != before) {
        auto done = service.update(*project);
        if (!done) {
            printError(done.error().message);
            return UserError;
        }
        saved = std::move(done.value());
    }
    if (logo) {
        if (const auto stored = service.setLogo(*logo); !stored) {
            // Both are written or neither: the settings go back as they were.
            if (saved) {
                (void)service.restore(saved->before, saved->periodsBefore);
            }
            printError(stored.error().message);
            printError(ProjectCommand::tr("Nothing was changed."));
            return UserError;
        }
    }
    printOut(ProjectCommand::tr("Saved: %1.").arg([&] {
        QStringList keys;
        for (const auto& assignment : assignments) {
            keys << assignment.first;
        }
        return keys.join(QStringLiteral(", "));
    }()));
    return Success;
}

int runProject(const QStringList& args)
{
    return ProjectCommand::run(args);
}

} // namespace osiedle::cli
