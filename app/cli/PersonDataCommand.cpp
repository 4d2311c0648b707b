// osiedle-cli person-data FILE --participant ID -o OUT.pdf|OUT.json [--encrypt [--password-file FILE]]
// osiedle-cli erase FILE --participant ID
// osiedle-cli anonymise FILE
//
// The person's rights: the report of everything the file holds about a person, erasure on
// request (a person who never started support, or anyone once the archiving date has passed),
// and the anonymisation of every person after that date.

#include "app/cli/CliArguments.h"
#include "app/cli/CliPassword.h"
#include "app/cli/Commands.h"
#include "core/common/OutputFile.h"
#include "core/io/EncryptedArchive.h"
#include "core/io/PersonDataReport.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/PersonalDataService.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRecordsRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/participants/PersonDataDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <memory>

namespace osiedle::cli {

namespace {

class PersonDataCommand {
    Q_DECLARE_TR_FUNCTIONS(PersonDataCommand)

public:
    static int report(const QStringList& args);
    static int erase(const QStringList& args);
    static int anonymise(const QStringList& args);
};

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The project opened for a change of its persons (no backup copy first, unlike other changes:
// it would keep what is to be erased); null after printing why it cannot be.
std::unique_ptr<core::Database> openForChange(const QString& path)
{
    auto opened = core::Database::open(path, core::Database::Mode::OpenExisting);
    if (!opened) {
        printError(opened.error().message);
        return nullptr;
    }
    return std::move(opened.value());
}

std::optional<qint64> participantOf(const CliArguments& line)
{
    bool ok = false;
    const qint64 id = line.value(QStringLiteral("--participant")).toLongLong(&ok);
    if (!ok || id <= 0) {
        return std::nullopt;
    }
    return id;
}

int PersonDataCommand::report(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli person-data FILE --participant ID -o OUT.pdf|OUT.json "
                             "[--encrypt [--password-file FILE]]");
    const CliArguments line(args, {QStringLiteral("--participant"), QStringLiteral("-o"), CliPassword::fileOption()},
                            {CliPassword::encryptFlag()});
    QString problem = line.error();
    if (problem.isEmpty() && line.positional().size() != 1) {
        problem = tr("Give exactly one project FILE.");
    } else if (problem.isEmpty() && !participantOf(line)) {
        problem = tr("Give the person with --participant ID (a record number), not \"%1\".")
                      .arg(line.value(QStringLiteral("--participant")));
    } else if (problem.isEmpty() && line.value(QStringLiteral("-o")).isEmpty()) {
        problem = tr("Give the output file with -o OUT.pdf or -o OUT.json.");
    } else if (problem.isEmpty()) {
        problem = CliPassword::usageProblem(line);
    }
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usage);
        return UsageError;
    }
    const QString path = line.positional().first();
    const QString output = line.value(QStringLiteral("-o"));
    const bool encrypt = line.has(CliPassword::encryptFlag());
    const auto options = core::OutputOptions::madeFrom(path);
    if (const core::Status target = core::OutputFile::check(output, options); !target) {
        printError(target.error().message);
        return UserError;
    }
    const auto password = encrypt ? CliPassword::readOrPrint(line) : std::optional<QString>(QString());
    if (!password) {
        return UserError;
    }
    auto opened = core::Database::open(path, core::Database::Mode::ReadOnly);
    if (!opened) {
        printError(opened.error().message);
        return UserError;
    }
    core::Database& db = *opened.value();
    const qint64 id = *participantOf(line);
    std::optional<core::PersonRecords> records;
    try {
        records = core::PersonRecordsRepository(db).read(id);
    } catch (const core::StorageError& e) {
        printError(e.message());
        return UserError;
    }
    if (!records) {
        printError(tr("%1 holds no person with the record number %2.").arg(shown(path)).arg(id));
        return UserError;
    }
    const QByteArray json = core::PersonDataReport::toJson(*records, ui::PersonDataDocument::contextOf(db));
    auto printer = ui::PersonDataDocument::make(db, id);
    if (!printer) {
        printError(printer.error().message);
        return UserError;
    }
    QString plain = output;
    if (encrypt && plain.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        plain.chop(4);
    }
    const bool asJson = plain.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const auto produce = [&](const QString& target) -> core::Status {
        return asJson ? core::OutputFile::write(target, json, options) : (*printer)->writePdf(target);
    };
    const core::Status written =
        encrypt
            ? core::EncryptedArchive::writeProduced(
                  output,
                  core::EncryptedArchive::innerName(output, asJson ? QStringLiteral("json") : QStringLiteral("pdf")),
                  *password, produce, options)
            : produce(output);
    if (!written) {
        printError(written.error().message);
        return UserError;
    }
    printOut(tr("The data held about %1 (%n record(s)) is written to %2.", nullptr, records->recordCount())
                 .arg(records->name, shown(output)));
    return Success;
}

int PersonDataCommand::erase(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli erase FILE --participant ID");
    const CliArguments line(args, {QStringLiteral("--participant")});
    QString problem = line.error();
    if (problem.isEmpty() && line.positional().size() != 1) {
        problem = tr("Give exactly one project FILE.");
    } else if (problem.isEmpty() && !participantOf(line)) {
        problem = tr("Give the person with --participant ID (a record number), not \"%1\".")
                      .arg(line.value(QStringLiteral("--participant")));
    }
    if (!problem.isEmpty()) {
        printError(problem);
        printError(usage);
        return UsageError;
    }
    const auto db = openForChange(line.positional().first());
    if (!db) {
        return UserError;
    }
    core::ChangeNotifier changes;
    core::PersonalDataService service(*db, changes);
    const qint64 id = *participantOf(line);
    const auto contents = service.erasureContents(id);
    if (!contents) {
        printError(contents.error().message);
        return UserError;
    }
    if (core::Status erased = service.erase(id); !erased) {
        printError(erased.error().message);
        return UserError;
    }
    printOut(tr("Erased: %1.").arg(contents->join(QStringLiteral("; "))));
    printOut(tr("The backup copies made earlier still hold the person's data until they are deleted."));
    return Success;
}

int PersonDataCommand::anonymise(const QStringList& args)
{
    const QString usage = tr("Usage: osiedle-cli anonymise FILE");
    const CliArguments line(args, {});
    if (!line.error().isEmpty() || line.positional().size() != 1) {
        printError(line.error().isEmpty() ? tr("Give exactly one project FILE.") : line.error());
        printError(usage);
        return UsageError;
    }
    const auto db = openForChange(line.positional().first());
    if (!db) {
        return UserError;
    }
    core::ChangeNotifier changes;
    core::PersonalDataService service(*db, changes);
    const auto done = service.anonymise();
    if (!done) {
        printError(done.error().message);
        return UserError;
    }
    printOut(
        tr("%n person(s) anonymised in %1. Delete the older backup copies: they still hold the data.", nullptr, *done)
            .arg(shown(line.positional().first())));
    return Success;
}

} // namespace

int runPersonData(const QStringList& args)
{
    return PersonDataCommand::report(args);
}

int runErase(const QStringList& args)
{
    return PersonDataCommand::erase(args);
}

int runAnonymise(const QStringList& args)
{
    return PersonDataCommand::anonymise(args);
}

} // namespace osiedle::cli
