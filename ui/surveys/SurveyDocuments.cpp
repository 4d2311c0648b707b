#include "ui/surveys/SurveyDocuments.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "core/storage/SurveyRoundRepository.h"
#include "ui/common/DocumentPrinter.h"

namespace osiedle::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr const char* pageBreak = "<div style=\"page-break-before: always\"></div>";
const QString box = QStringLiteral("\u2610");

// The answer boxes of an item, as the respondent ticks them.
QString answerBoxes(const core::InstrumentItem& item)
{
    switch (item.kind) {
    case core::ItemKind::Likert: {
        QString cells;
        for (int v = 1; v <= 5; ++v) {
            cells += QStringLiteral("<td align=\"center\" width=\"20%\">%1<br/>%2</td>").arg(v).arg(box);
        }
        return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\"><tr>%1</tr></table>")
            .arg(cells);
    }
    case core::ItemKind::YesNo:
        return QStringLiteral("%1 %2&nbsp;&nbsp;&nbsp;&nbsp;%1 %3")
            .arg(box, esc(SurveyDocuments::tr("yes")), esc(SurveyDocuments::tr("no")));
    case core::ItemKind::Choice:
        return {};
    }
    return {};
}

QString itemRow(const core::InstrumentItem& item)
{
    QString text = esc(item.text);
    if (item.kind == core::ItemKind::Choice) {
        for (int i = 0; i < item.options.size(); ++i) {
            text += QStringLiteral("<br/>%1 %2) %3").arg(box, QChar(u'a' + i), esc(item.options[i]));
        }
    }
    const bool wide = item.kind == core::ItemKind::Choice;
    return QStringLiteral("<tr><td align=\"right\" width=\"5%\">%1.</td><td width=\"%2\">%3</td>%4</tr>")
        .arg(item.position)
        .arg(wide ? QStringLiteral("95%") : QStringLiteral("60%"), text,
             wide ? QString() : QStringLiteral("<td width=\"35%\">%1</td>").arg(answerBoxes(item)));
}

} // namespace

core::Result<QString> SurveyDocuments::blankFormsHtml(core::Database& db, qint64 roundId)
{
    try {
        core::SurveyRoundRepository rounds(db);
        const auto round = rounds.find(roundId);
        if (!round) {
            return core::Error{tr("There is no round with id %1.").arg(roundId)};
        }
        const auto instrument = core::InstrumentRepository(db).find(round->instrumentId);
        if (!instrument) {
            return core::Error{tr("The round's questionnaire no longer exists.")};
        }
        const QList<core::Respondent> people = rounds.respondents(roundId);
        if (people.isEmpty()) {
            return core::Error{tr("The round has no respondents.")};
        }
        const core::Project project = core::ProjectRepository(db).project().value_or(core::Project{});
        const QString group = rounds.groupName(round->courseId, round->socialCoopId);
        bool likert = false;
        for (const core::InstrumentItem& item : instrument->items) {
            likert = likert || item.kind == core::ItemKind::Likert;
        }
        const QString roundLine =
            tr("%1 round, %2, %3").arg(core::label(round->kind), core::shown::date(round->date), group);
        QString html;
        for (int n = 0; n < people.size(); ++n) {
            const core::Respondent& who = people[n];
            if (n > 0) {
                html += QLatin1String(pageBreak);
            }
            html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(instrument->name));
            html += QStringLiteral("<p align=\"center\">%1<br/>%2</p>")
                        .arg(esc(roundLine), esc(tr("Project: %1").arg(project.title)));
            html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" style=\"border: 1px solid #000\"><tr><td>");
            if (round->anonymous) {
                html += tr("Code: <b>%1</b> &nbsp; (do not write your name on this form)").arg(esc(who.code));
            } else {
                html += tr("Respondent: <b>%1</b>").arg(esc(who.firstName + QLatin1Char(' ') + who.lastName));
            }
            html +=
                QStringLiteral("</td><td align=\"right\">%1</td></tr></table>").arg(esc(tr("Date: .................")));
            if (!instrument->instructions.isEmpty()) {
                html += QStringLiteral("<p><i>%1</i></p>").arg(esc(instrument->instructions));
            }
            if (likert) {
                html += QStringLiteral("<p style=\"font-size: 8pt\">%1</p>")
                            .arg(esc(tr("1 – strongly disagree, 2 – rather disagree, 3 – hard to say, "
                                        "4 – rather agree, 5 – strongly agree")));
            }
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                                   "style=\"border-collapse: collapse\">");
            for (const core::InstrumentItem& item : instrument->items) {
                html += itemRow(item);
            }
            html += QStringLiteral("</table><p align=\"center\">%1</p>").arg(esc(tr("Thank you for your answers.")));
        }
        return html;
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
}

core::Result<std::unique_ptr<DocumentPrinter>> SurveyDocuments::blankForms(core::Database& db, qint64 roundId)
{
    const auto html = blankFormsHtml(db, roundId);
    if (!html) {
        return html.error();
    }
    QString name;
    try {
        if (const auto round = core::SurveyRoundRepository(db).find(roundId)) {
            if (const auto instrument = core::InstrumentRepository(db).find(round->instrumentId)) {
                name = instrument->name;
            }
        }
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
    // The project's own header (title, contract number, logo strip) like every printed document.
    auto printer = DocumentPrinter::forProject(db);
    printer->setHeaderRight(name);
    printer->setHtml(*html);
    return printer;
}

} // namespace osiedle::ui
