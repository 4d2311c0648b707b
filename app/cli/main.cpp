// osiedle-cli: the console program on the same core, for batch work, tests and benchmarks.

#include "app/cli/Commands.h"
#include "app/cli/ConsoleSetup.h"
#include "core/common/ProgramVersion.h"
#include "core/storage/Database.h"
#include "ui/common/ContextTranslator.h"
#include "ui/common/ShippedFonts.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <functional>
#include <map>

namespace osiedle::cli {

void printError(const QString& text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

void printOut(const QString& text)
{
    QTextStream out(stdout);
    out << text << Qt::endl;
}

} // namespace osiedle::cli

namespace {

QString usage()
{
    return QStringLiteral(
        "Usage: osiedle-cli COMMAND ...   (or --version)\n"
        "  new FILE --title T --start YYYY-MM-DD --end YYYY-MM-DD [--contract C] [--beneficiary B] [--no-periods]\n"
        "                                                      create a new, empty project\n"
        "  project FILE show [--format text|json]              the project's settings, partners, staff, periods\n"
        "  project FILE set KEY=VALUE... [--yes]               change settings (logo=IMAGE loads the logo strip)\n"
        "  project FILE add-partner|add-staff KEY=VALUE...     add a partner or a person of the office\n"
        "  project FILE add-day-off DATE REASON                a day the office holds no classes\n"
        "  project FILE periods [--months N] [--claims PATTERN] [--yes]   generate the reporting periods\n"
        "  demo FILE [--scale N] [--seed S]                    create a realistic demo project\n"
        "  check FILE                                          schema version, integrity, counts\n"
        "  report FILE --period ID|FROM..TO [--format pdf|html|csv|xlsx|json] -o OUT\n"
        "  import FILE participants|attendance|ledger INPUT [--dry-run]\n"
        "  import FILE answers --round ID INPUT [--dry-run]       answers of a questionnaire or test\n"
        "  export FILE participants --format csv|xlsx -o OUT [--period ID|FROM..TO]\n"
        "  export FILE indicators --format csv|xlsx -o OUT --period ID|FROM..TO\n"
        "  print FILE attendance-lists|certificates|course-summary --course ID -o OUT.pdf\n"
        "  print FILE coop-report --coop ID [--from YYYY-MM-DD] [--to YYYY-MM-DD] -o OUT.pdf\n"
        "  print FILE competition-results|jury-sheet --competition ID -o OUT.pdf\n"
        "  print FILE event-list --event ID -o OUT.pdf        study trip travellers, conference list\n"
        "  print FILE timeline [--to YYYY-MM-DD] -o OUT.pdf   the project timeline as on that day\n"
        "  print FILE work-order|protocol --order ID [--signed-by NAME] -o OUT.pdf\n"
        "  print FILE questionnaires --round ID -o OUT.pdf     blank forms of a round, one per respondent\n"
        "  lock FILE --period ID [--by NAME]                   lock a period whose claim was sent\n"
        "  unlock FILE --period ID --reason TEXT [--by NAME]   unlock it (the reason is recorded)\n"
        "  backup FILE [-o OUT] [--verify]                     a checked copy (into the backup folder without -o)\n"
        "  backup FILE --list                                  the copies in the project's backup folder\n"
        "  restore FILE --from COPY                            put a copy back (the project is kept as a copy first)\n"
        "  export/backup ... --encrypt [--password-file FILE]  an AES-256 ZIP (password from the file or standard "
        "input)\n"
        "  person-data FILE --participant ID -o OUT.pdf|OUT.json [--encrypt]   everything held about a person\n"
        "  erase FILE --participant ID                         erase a person at their request\n"
        "  anonymise FILE                                      after the archiving date: anonymise every person\n"
        "  history FILE [--record KIND:ID] [--person NAME] [--from DATE] [--to DATE] [--format csv|json] [-o OUT]\n"
        "                                                      who changed what, when (newest first)\n"
        "Any command that changes a file records the person working: --user NAME, else the system user.");
}

} // namespace

int main(int argc, char* argv[])
{
    osiedle::cli::prepareConsole();
    osiedle::cli::choosePlatform();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("osiedle-cli"));
    QApplication::setOrganizationName(QStringLiteral("Osiedle"));

    // Messages in the system language (Polish on a Polish system); OSIEDLE_LANG overrides.
    const QString language = qEnvironmentVariable("OSIEDLE_LANG", QLocale::system().name().left(2));
    // Polish documents write Polish numbers and dates ("80,0 %", not "80.0 %") whatever the
    // system's locale, as the window does (AppTranslator).
    if (language == QLatin1String("pl")) {
        QLocale::setDefault(QLocale(QLocale::Polish, QLocale::Poland));
    }
    osiedle::ui::ContextTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/osiedle_%1.qm").arg(language))) {
        QApplication::installTranslator(&translator);
    }

    using namespace osiedle::cli;
    const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("report"), runReport},
        {QStringLiteral("import"), runImport},
        {QStringLiteral("export"), runExport},
        {QStringLiteral("backup"), runBackup},
        {QStringLiteral("print"), runPrint},
        {QStringLiteral("lock"), runLock},
        {QStringLiteral("unlock"), runUnlock},
        {QStringLiteral("new"), runNew},
        {QStringLiteral("project"), runProject},
        {QStringLiteral("restore"), runRestore},
        {QStringLiteral("person-data"), runPersonData},
        {QStringLiteral("erase"), runErase},
        {QStringLiteral("anonymise"), runAnonymise},
        {QStringLiteral("history"), runHistory},
    };
    QStringList args = QApplication::arguments().mid(1);
    // --user NAME (or --user=NAME), anywhere: the person the change history records.
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& word = args.at(i);
        if (word == QLatin1String("--user") || word.startsWith(QLatin1String("--user="))) {
            const bool joined = word.startsWith(QLatin1String("--user="));
            if (!joined && i + 1 >= args.size()) {
                printError(QStringLiteral("--user needs a NAME."));
                return UsageError;
            }
            const QString name = joined ? word.mid(7) : args.at(i + 1);
            if (name.trimmed().isEmpty()) {
                printError(QStringLiteral("--user needs a NAME."));
                return UsageError;
            }
            osiedle::core::Database::setDefaultWorkingPerson(name);
            args.remove(i, joined ? 1 : 2);
            break;
        }
    }
    if (!args.isEmpty() && (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v"))) {
        printOut(QStringLiteral("osiedle-cli %1").arg(osiedle::core::ProgramVersion::text()));
        return Success;
    }
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printOut(usage());
        return args.isEmpty() ? UsageError : Success;
    }
    const auto command = commands.find(args.first());
    if (command == commands.end()) {
        printError(QStringLiteral("Unknown command: %1").arg(args.first()));
        printError(usage());
        return UsageError;
    }
    // Documents are laid out with the shipped font, so that pages break alike everywhere. Only
    // the commands that draw documents pay for starting the font database.
    if (args.first() == QLatin1String("report") || args.first() == QLatin1String("print") ||
        args.first() == QLatin1String("person-data")) {
        osiedle::ui::ShippedFonts::install();
    }
    return command->second(args.mid(1));
}
