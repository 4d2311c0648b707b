#include "ui/participants/PersonRightsActions.h"

#include "core/common/OutputFile.h"
#include "core/io/EncryptedArchive.h"
#include "core/io/PersonDataReport.h"
#include "core/services/PersonalDataService.h"
#include "core/storage/Database.h"
#include "core/storage/PersonRecordsRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/ProtectedExport.h"
#include "ui/common/UserPrompt.h"
#include "ui/participants/PersonDataDocument.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QUndoStack>

namespace osiedle::ui {

namespace {

// The PDF's bytes, made in memory (for the archive: the plain document never touches the disk).
core::Result<QByteArray> pdfBytes(DocumentPrinter& printer, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Osiedle"));
        writer.setResolution(600);
        if (!printer.render(writer)) {
            return core::Error{PersonRightsActions::tr("The document cannot be drawn.")};
        }
    }
    return bytes;
}

} // namespace

void PersonRightsActions::savePersonData(AppContext& context, QWidget* parent, qint64 participantId)
{
    const QString title = tr("Person's data");
    std::optional<core::PersonRecords> records;
    try {
        records = core::PersonRecordsRepository(context.db).read(participantId);
    } catch (const core::StorageError& e) {
        context.prompt.error(parent, title, e.message());
        return;
    }
    if (!records) {
        context.prompt.error(parent, title, tr("The person no longer exists."));
        return;
    }
    const QString base = tr("personal-data-%1").arg(participantId);
    const QString path = context.prompt.saveFileName(parent, tr("Save the person's data"),
                                                     ProtectedExport::suggestedName(base + QStringLiteral(".pdf")),
                                                     ProtectedExport::filter(tr("PDF (*.pdf);;JSON (*.json)")));
    if (path.isEmpty()) {
        return;
    }
    const core::PersonDataReport::Context about = PersonDataDocument::contextOf(context.db);
    const QByteArray json = core::PersonDataReport::toJson(*records, about);
    auto printer = PersonDataDocument::make(context.db, participantId);
    if (!printer) {
        context.prompt.error(parent, title, printer.error().message);
        return;
    }
    core::Status written;
    if (ProtectedExport::isArchive(path)) {
        // The document and its machine-readable twin together, sealed.
        const auto pdf = pdfBytes(**printer, tr("Personal data held about %1").arg(records->name));
        if (!pdf) {
            context.prompt.error(parent, title, pdf.error().message);
            return;
        }
        const QString inner = QFileInfo(path).completeBaseName();
        written = ProtectedExport::writeMembers(
            context.prompt, parent, path,
            {{inner + QStringLiteral(".pdf"), *pdf}, {inner + QStringLiteral(".json"), json}},
            core::OutputOptions::madeFrom(context.db.path()));
    } else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        written = core::OutputFile::write(path, json, core::OutputOptions::madeFrom(context.db.path()));
    } else {
        written = (*printer)->writePdf(path);
    }
    if (!written) {
        context.prompt.error(parent, title, written.error().message);
        return;
    }
    context.prompt.information(
        parent, title,
        tr("The data held about %1 (%n record(s)) is saved in %2.", nullptr, records->recordCount())
            .arg(records->name, QDir::toNativeSeparators(path)));
}

void PersonRightsActions::eraseOnRequest(AppContext& context, QWidget* parent, qint64 participantId)
{
    const QString title = tr("Erase the person's data");
    core::PersonalDataService service(context.db, context.changes);
    if (core::Status allowed = service.canErase(participantId); !allowed) {
        context.prompt.error(parent, title, allowed.error().message);
        return;
    }
    const auto contents = service.erasureContents(participantId);
    if (!contents) {
        context.prompt.error(parent, title, contents.error().message);
        return;
    }
    const QString list = QStringLiteral("• ") + contents->join(QStringLiteral("\n• "));
    if (!context.prompt.confirm(parent, title,
                                tr("Erase at the person's request? This removes for good:\n%1\n\nThis cannot be "
                                   "undone. Backup copies made earlier still hold the data until they are "
                                   "deleted.")
                                    .arg(list))) {
        return;
    }
    if (core::Status erased = service.erase(participantId); !erased) {
        context.prompt.error(parent, title, erased.error().message);
        return;
    }
    context.undo.clear();
    context.prompt.information(parent, title, tr("The person's data is erased."));
}

void PersonRightsActions::anonymise(AppContext& context, QWidget* parent)
{
    const QString title = tr("Anonymise");
    core::PersonalDataService service(context.db, context.changes);
    if (core::Status allowed = service.canAnonymise(); !allowed) {
        context.prompt.error(parent, title, allowed.error().message);
        return;
    }
    if (!context.prompt.confirm(
            parent, title,
            tr("Anonymise every person in this project? Names, PESEL numbers, addresses, contacts and notes are "
               "replaced for good; sex, age, area, education, labour status and every event stay, so the "
               "indicators and the locked reports do not change.\n\nThis cannot be undone. Save a backup copy first "
               "if you may still need the data, and delete the older backup copies afterwards: they still hold "
               "it."))) {
        return;
    }
    const auto done = service.anonymise();
    if (!done) {
        context.prompt.error(parent, title, done.error().message);
        return;
    }
    context.undo.clear();
    context.prompt.information(parent, title, tr("%n person(s) anonymised.", nullptr, *done));
}

} // namespace osiedle::ui
