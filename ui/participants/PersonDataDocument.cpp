#include "ui/participants/PersonDataDocument.h"

#include "core/history/ChangeAction.h"
#include "core/history/ChangeHistoryText.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/DocumentHtml.h"
#include "ui/common/DocumentPrinter.h"

namespace osiedle::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("—");
}

} // namespace

core::PersonDataReport::Context PersonDataDocument::contextOf(core::Database& db)
{
    core::PersonDataReport::Context context;
    context.madeOn = QDate::currentDate();
    if (const auto project = core::ProjectRepository(db).project()) {
        context.controller = project->beneficiary;
        context.projectTitle = project->title;
        context.contractNumber = project->contractNumber;
        context.keepDocumentsUntil = project->keepDocumentsUntil;
    }
    return context;
}

QString PersonDataDocument::html(const core::PersonRecords& records, const core::PersonDataReport::Context& context)
{
    QString html = DocumentHtml::style();
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Personal data held about %1").arg(records.name)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Everything the project file holds about the person on %1 (record number %2).")
                             .arg(dateText(context.madeOn))
                             .arg(records.participantId)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Controller of the data: %1. Purpose: carrying out and monitoring the project \"%2\" "
                            "(contract %3). The documents are kept until %4.")
                             .arg(context.controller.isEmpty() ? QStringLiteral("—") : context.controller,
                                  context.projectTitle,
                                  context.contractNumber.isEmpty() ? QStringLiteral("—") : context.contractNumber,
                                  context.keepDocumentsUntil.isValid() ? dateText(context.keepDocumentsUntil)
                                                                       : tr("the end of the archiving obligation"))));
    for (const core::PersonRecordSection& section : records.sections) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(section.title));
        if (section.rows.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
            continue;
        }
        if (section.key == QLatin1String("card")) {
            // The person's own record: one field a line.
            html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><tbody>");
            const QVariantList& row = section.rows.first();
            for (int c = 0; c < section.columns.size(); ++c) {
                const core::PersonRecordColumn& column = section.columns.at(c);
                html += QStringLiteral("<tr><th align=\"left\" width=\"35%\">%1</th><td>%2</td></tr>")
                            .arg(esc(column.title), esc(core::PersonDataReport::shown(column, row.value(c))));
            }
            html += QStringLiteral("</tbody></table>");
            continue;
        }
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
        for (const core::PersonRecordColumn& column : section.columns) {
            html += QStringLiteral("<th>%1</th>").arg(esc(column.title));
        }
        html += QStringLiteral("</tr></thead><tbody>");
        for (const QVariantList& row : section.rows) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < section.columns.size(); ++c) {
                html += QStringLiteral("<td>%1</td>")
                            .arg(esc(core::PersonDataReport::shown(section.columns.at(c), row.value(c))));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</tbody></table>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Change history of the records")));
    if (records.history.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No change to these records is recorded.")));
    } else {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>"
                               "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
                    .arg(esc(tr("When")), esc(tr("Who")), esc(tr("Action")), esc(tr("Record")), esc(tr("Change")));
        for (const core::ChangeEntry& entry : records.history) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(core::ChangeHistoryText::time(entry.at)), esc(entry.person),
                             esc(core::ChangeActions::labelOfKey(entry.action)),
                             esc(core::ChangeHistoryText::record(entry)), esc(core::ChangeHistoryText::summary(entry)));
        }
        html += QStringLiteral("</tbody></table>");
    }
    return html;
}

core::Result<std::unique_ptr<DocumentPrinter>> PersonDataDocument::make(core::Database& db, qint64 participantId)
{
    try {
        const auto records = core::PersonRecordsRepository(db).read(participantId);
        if (!records) {
            return core::Error{tr("The person no longer exists.")};
        }
        auto printer = DocumentPrinter::forProject(db);
        printer->setHeaderRight(tr("Personal data"));
        printer->setHtml(html(*records, contextOf(db)));
        return printer;
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
}

} // namespace osiedle::ui
