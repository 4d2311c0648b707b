#include "ui/products/ProductsDocuments.h"

#include "core/domain/Money.h"
#include "core/storage/CompetitionRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentHtml.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/UserPrompt.h"
#include "ui/products/CompetitionTab.h"

#include <QHash>

namespace osiedle::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString head(const QStringList& headers, const QString& extraCell = {})
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    for (const QString& h : headers) {
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    }
    return html + extraCell + QStringLiteral("</tr></thead><tbody>");
}

QString row(const QStringList& cells, const QString& attributes = {})
{
    QString html = QStringLiteral("<tr%1>").arg(attributes);
    for (const QString& c : cells) {
        html += QStringLiteral("<td>%1</td>").arg(esc(c));
    }
    return html + QStringLiteral("</tr>");
}

std::unique_ptr<DocumentPrinter> make(core::Database& db, const QString& name, const QString& html,
                                      DocumentPrinter::Orientation orientation)
{
    auto printer = DocumentPrinter::forProject(db, orientation);
    printer->setHeaderRight(name);
    printer->setHtml(DocumentHtml::style() + html);
    return printer;
}

} // namespace

std::unique_ptr<DocumentPrinter> ProductsDocuments::competitionResults(core::Database& db, qint64 competitionId)
{
    const QString name = tr("Competition results");
    QString html;
    try {
        core::CompetitionRepository repo(db);
        const auto competition = repo.find(competitionId);
        html += QStringLiteral("<h1>%1: %2</h1>").arg(esc(name), esc(competition ? competition->name : QString()));
        if (competition && competition->decidedOn.isValid()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Decided on %1").arg(FormErrors::dateText(competition->decidedOn))));
        }
        for (const core::CompetitionCategory& category : repo.categories(competitionId)) {
            html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                        .arg(esc(category.name), esc(tr("%n award(s)", nullptr, category.awards)));
            html += head({tr("Place"), tr("Nomination"), tr("Score"), tr("Remarks"), tr("Award")});
            QHash<qint64, QString> awards;
            for (const core::Nomination& n : repo.nominations(category.id)) {
                awards.insert(n.id, n.award);
            }
            for (const core::CompetitionRanking::Place& p : repo.ranking(category.id)) {
                const QString attributes = p.tieAtLastAward ? QStringLiteral(" style=\"background:#ffd599\"")
                                           : p.winner       ? QStringLiteral(" style=\"font-weight:bold\"")
                                                            : QString();
                html += row({QString::number(p.place), p.name, QString::number(p.score), CompetitionTab::remarks(p),
                             awards.value(p.nominationId)},
                            attributes);
            }
            html += QStringLiteral("</tbody></table>");
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Score: the sum over jurors and criteria of points × the "
                                "criterion's weight. Equal scores share a place.")));
    } catch (const core::StorageError& e) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QString::fromUtf8(e.what())));
    }
    return make(db, name, html, DocumentPrinter::Orientation::Portrait);
}

std::unique_ptr<DocumentPrinter> ProductsDocuments::juryScoringSheet(core::Database& db, qint64 competitionId)
{
    const QString name = tr("Jury scoring sheet");
    QString html;
    try {
        core::CompetitionRepository repo(db);
        const auto competition = repo.find(competitionId);
        const auto criteria = repo.criteria(competitionId);
        const auto categories = repo.categories(competitionId);
        bool first = true;
        for (const core::Juror& juror : repo.jurors(competitionId)) {
            for (const core::CompetitionCategory& category : categories) {
                html += QStringLiteral("<h1%1>%2</h1>")
                            .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always\""),
                                 esc(tr("%1: %2").arg(name, competition ? competition->name : QString())));
                first = false;
                html += QStringLiteral("<p>%1<br>%2</p>")
                            .arg(esc(tr("Juror: %1 (%2)").arg(juror.name, juror.institution)),
                                 esc(tr("Category: %1").arg(category.name)));
                QStringList headers{tr("Nomination")};
                for (const core::CompetitionCriterion& c : criteria) {
                    headers << tr("%1 (0–%2, weight %3)").arg(c.name).arg(c.maxPoints).arg(c.weight);
                }
                html += head(headers);
                for (const core::Nomination& n : repo.nominations(category.id)) {
                    QStringList cells{n.displayName};
                    for (int i = 0; i < criteria.size(); ++i) {
                        cells << QString();
                    }
                    html += row(cells, QStringLiteral(" height=\"28\""));
                }
                html += QStringLiteral("</tbody></table><p><br>%1</p>")
                            .arg(esc(tr("Date and juror's signature: ..............................................")));
            }
        }
    } catch (const core::StorageError& e) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QString::fromUtf8(e.what())));
    }
    return make(db, name, html, DocumentPrinter::Orientation::Landscape);
}

std::unique_ptr<DocumentPrinter> ProductsDocuments::eventList(core::Database& db, qint64 eventId)
{
    QString name = tr("Attendance list");
    QString html;
    try {
        core::EventRepository repo(db);
        const core::Event event = repo.find(eventId).value_or(core::Event{});
        const bool trip = event.kind == core::EventKind::StudyTrip;
        if (trip) {
            name = tr("List of travellers");
        }
        QString dates = FormErrors::dateText(event.startDate);
        if (event.endDate.isValid() && event.endDate != event.startDate) {
            dates += QStringLiteral(" – ") + FormErrors::dateText(event.endDate);
        }
        html += QStringLiteral("<h1>%1</h1><p><b>%2</b><br>%3</p>")
                    .arg(esc(name), esc(event.name), esc(tr("%1, %2").arg(dates, event.place)));
        const auto attendees = repo.attendees(eventId);
        const QList<QPair<QString, QList<core::AttendeeRole>>> groups =
            trip ? QList<QPair<QString, QList<core::AttendeeRole>>>{{tr("Travellers"),
                                                                     {core::AttendeeRole::Participant,
                                                                      core::AttendeeRole::Staff,
                                                                      core::AttendeeRole::Guest}}}
                 : QList<QPair<QString, QList<core::AttendeeRole>>>{
                       {tr("Project participants"), {core::AttendeeRole::Participant}},
                       {tr("Staff and guests"), {core::AttendeeRole::Staff, core::AttendeeRole::Guest}}};
        for (const auto& group : groups) {
            html += QStringLiteral("<h2>%1</h2>").arg(esc(group.first));
            html += head({tr("No."), tr("Name"), trip ? tr("Role") : tr("Institution")},
                         QStringLiteral("<th width=\"30%\">%1</th>").arg(esc(tr("Signature"))));
            int number = 0;
            for (const core::EventAttendee& a : attendees) {
                if (!group.second.contains(a.role)) {
                    continue;
                }
                const QString third = trip ? core::label(a.role) : a.institution;
                html += row({QString::number(++number), a.name, third, QString()}, QStringLiteral(" height=\"26\""));
            }
            html += QStringLiteral("</tbody></table>");
        }
        const core::EventCounts counts = repo.counts(eventId);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Attended: participants %1 (women %2, men %3), staff %4, guests %5.")
                                 .arg(counts.participants)
                                 .arg(counts.women)
                                 .arg(counts.men)
                                 .arg(counts.staff)
                                 .arg(counts.guests)));
    } catch (const core::StorageError& e) {
        html += QStringLiteral("<p>%1</p>").arg(esc(QString::fromUtf8(e.what())));
    }
    return make(db, name, html, DocumentPrinter::Orientation::Portrait);
}

void ProductsDocuments::output(AppContext& context, QWidget* parent, DocumentPrinter& printer, bool pdf,
                               const QString& suggestedName)
{
    if (!pdf) {
        printer.preview(parent);
        return;
    }
    const QString path = context.prompt.saveFileName(parent, tr("Save as PDF"), suggestedName, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const core::Status written = printer.writePdf(path);
    if (!written) {
        context.prompt.error(parent, tr("Save as PDF"), written.error().message);
    }
}

} // namespace osiedle::ui
