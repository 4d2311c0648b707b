#include "ui/reports/IndicatorReportDocument.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/Money.h"
#include "core/indicators/DataProblems.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/reports/AttainmentChart.h"
#include "ui/reports/ReportCharts.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

namespace osiedle::ui {

namespace {

const QString figureName = QStringLiteral("attainment");
const QString statusFigure = QStringLiteral("status");
const QString arrearsFigure = QStringLiteral("arrears");
const QString ordersFigure = QStringLiteral("orders");

QString figure(const QString& name)
{
    return QStringLiteral("<p align=\"center\">[[figure:%1]]</p>").arg(name);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// The indices of the rows grouped by objective, the objectives in the order they first appear
// and the rows of each in the catalogue's order.
std::vector<qsizetype> objectiveOrder(const QList<core::IndicatorReport::Row>& rows)
{
    std::vector<qsizetype> order;
    QStringList objectives;
    for (const auto& row : rows) {
        if (!objectives.contains(row.objective)) {
            objectives << row.objective;
        }
    }
    for (const QString& objective : objectives) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].objective == objective) {
                order.push_back(i);
            }
        }
    }
    return order;
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #707070; border-style: solid;\">");
}

} // namespace

namespace {

const QString changedColour = QStringLiteral("#ffe082");

} // namespace

IndicatorReportDocument::IndicatorReportDocument(core::IndicatorReport report)
    : m_report(std::move(report)), m_differences(core::LockedReport::differences(m_report))
{}

QString IndicatorReportDocument::formatDifference(qint64 value, bool money)
{
    const QString magnitude = formatCell(value < 0 ? -value : value, money);
    return (value < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + magnitude;
}

QString IndicatorReportDocument::changedCell(bool flow, qsizetype row, int part, int cell) const
{
    for (const core::LockDifference& d : m_differences) {
        if (d.flow == flow && d.row == row && int(d.part) == part && d.cell == cell) {
            return QStringLiteral(" bgcolor=\"%1\"").arg(changedColour);
        }
    }
    return {};
}

QString IndicatorReportDocument::lockHtml() const
{
    if (!m_report.lock) {
        return {};
    }
    const QList<core::LockQualityChange> quality = core::LockedReport::qualityChanges(m_report);
    const bool changed = !m_differences.isEmpty() || !quality.isEmpty();
    const QString lockedOn = core::shown::dateTime(m_report.lock->lockedOn);
    QString html = QStringLiteral("<p>&nbsp;</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                  "style=\"border-collapse: collapse; border-color: #a07000; border-style: solid;\">"
                                  "<tr><td bgcolor=\"%1\">")
                       .arg(changed ? changedColour : QStringLiteral("#eeeeee"));
    html += QStringLiteral("<b>%1</b> ").arg(esc(tr("Locked period.")));
    html += esc(tr("This report was locked on %1; its values are those locked then.").arg(lockedOn));
    html += QLatin1Char(' ') +
            (m_differences.isEmpty()
                 ? esc(tr("The data gives the same values now."))
                 : esc(tr("The data now gives different values in %n cell(s): they are highlighted in the tables and "
                          "listed here.",
                          nullptr, int(m_differences.size()))));
    if (!quality.isEmpty()) {
        html += QLatin1Char(' ') +
                esc(tr("The mandatory data of %n participant(s) changed since, so they are counted differently now.",
                       nullptr, int(quality.size())));
    }
    html += QStringLiteral("</td></tr></table>");
    if (!changed) {
        return html;
    }
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Changes since the period was locked")));
    html += tableStart();
    html += QStringLiteral("<thead><tr><th width=\"12%\">%1</th><th>%2</th><th width=\"16%\">%3</th>"
                           "<th width=\"11%\">%4</th><th width=\"11%\">%5</th><th width=\"11%\">%6</th></tr></thead>")
                .arg(esc(tr("Table")), esc(tr("Line")), esc(tr("Column")), esc(tr("Locked")), esc(tr("Now")),
                     esc(tr("Difference")));
    const QString row = QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                                       "<td align=\"right\" bgcolor=\"%7\"><b>%5</b></td><td align=\"right\" "
                                       "bgcolor=\"%7\"><b>%6</b></td></tr>");
    for (const core::LockDifference& d : m_differences) {
        const auto delta = d.difference();
        html += row.arg(esc(d.flow ? tr("Participant flow") : tr("Indicators")),
                        esc(d.row < 0 ? tr("%1 (added after locking)").arg(d.name) : d.name), esc(d.columnName()),
                        esc(formatCell(d.locked, d.money)), esc(formatCell(d.now, d.money)),
                        esc(delta ? formatDifference(*delta, d.money) : QStringLiteral("–")), changedColour);
    }
    // A person's missing data is words: left-aligned.
    const QString textRow = QString(row).replace(QStringLiteral(" align=\"right\""), QString());
    for (const core::LockQualityChange& q : quality) {
        html += textRow.arg(esc(tr("Data quality")), esc(q.name), esc(tr("Missing data")),
                            esc(q.missingThen.isEmpty() ? tr("complete") : q.missingThen.join(QStringLiteral(", "))),
                            esc(q.missingNow.isEmpty() ? tr("complete") : q.missingNow.join(QStringLiteral(", "))),
                            esc(q.missingNow.isEmpty() ? tr("counted now") : tr("not counted now")), changedColour);
    }
    html += QStringLiteral("</table>");
    return html;
}

void IndicatorReportDocument::setSeries(core::ReportSeries series)
{
    m_series = std::move(series);
}

void IndicatorReportDocument::setLogoStrip(std::optional<core::LogoStrip> logo)
{
    m_logo = std::move(logo);
}

void IndicatorReportDocument::useProjectLogo(core::Database& db)
{
    try {
        m_logo = core::ProjectRepository(db).logo();
    } catch (const core::StorageError&) {
        m_logo.reset(); // printed with its text header only
    }
}

QString IndicatorReportDocument::formatCell(const std::optional<qint64>& value, bool money)
{
    if (!value) {
        return QStringLiteral("–");
    }
    return money ? core::Money::fromGrosze(*value).formatPlain() : core::shown::count(*value);
}

QString IndicatorReportDocument::formatPercent(const std::optional<double>& percent)
{
    return core::shown::percent(percent);
}

QString IndicatorReportDocument::beneficiaryText(const core::IndicatorReport::Project& project)
{
    QStringList parts{project.beneficiary};
    if (!project.beneficiaryAddress.isEmpty()) {
        parts << project.beneficiaryAddress;
    }
    if (!project.beneficiaryNip.isEmpty()) {
        parts << tr("NIP %1").arg(project.beneficiaryNip);
    }
    if (!project.beneficiaryRegon.isEmpty()) {
        parts << tr("REGON %1").arg(project.beneficiaryRegon);
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QString IndicatorReportDocument::headerHtml() const
{
    const auto& project = m_report.project;
    const auto& period = m_report.period;
    QString html = QStringLiteral("<h1 align=\"center\">%1</h1><p align=\"center\">%2</p>")
                       .arg(esc(tr("Indicator report")), esc(tr("Physical progress of the project")));
    QList<std::pair<QString, QString>> lines{
        {tr("Operational programme"), project.programme},
        {tr("Priority"), project.priority},
        {tr("Measure"), project.measure},
        {tr("Project contract number"), project.contractNumber},
        {tr("Project title"), project.title},
        {tr("Beneficiary"), beneficiaryText(project)},
    };
    if (!project.partners.isEmpty()) {
        lines.append({tr("Partners"), project.partners.join(QStringLiteral("; "))});
    }
    lines.append({tr("Reporting period"),
                  tr("from %1 to %2").arg(FormErrors::dateText(period.from), FormErrors::dateText(period.to))});
    if (!period.claimNumber.isEmpty()) {
        lines.append({tr("Payment claim number"), period.claimNumber});
    } else if (period.number) {
        lines.append({tr("Payment claim"), tr("no. %1").arg(*period.number)});
    }
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : lines) {
        html += QStringLiteral("<tr><td width=\"22%\"><b>%1:</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString IndicatorReportDocument::indicatorTableHtml() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Indicators")));
    html += tableStart();
    // Two header rows: the groups, then O/K/M under each group. <thead> repeats on every page.
    const QString o = esc(core::shown::totalColumn());
    const QString k = esc(core::shown::womenColumn());
    const QString m = esc(core::shown::menColumn());
    // The objective heads its indicators in a row across the table (a column spanning rows
    // would be cut at a page break and repeat for each interleaved run of the catalogue).
    html += QStringLiteral("<thead><tr>"
                           "<th rowspan=\"2\" width=\"32%\">%1</th>"
                           "<th rowspan=\"2\" width=\"9%\">%2</th><th colspan=\"3\">%3</th><th colspan=\"3\">%4</th>"
                           "<th colspan=\"3\">%5</th><th rowspan=\"2\" width=\"7%\">%6</th></tr><tr>")
                .arg(esc(tr("Indicator")), esc(tr("Unit")), esc(tr("Target value")), esc(tr("In the period")),
                     esc(tr("Cumulative")), esc(tr("% of target")));
    for (int group = 0; group < 3; ++group) {
        html += QStringLiteral("<th width=\"5.4%\">%1</th><th width=\"5.4%\">%2</th><th width=\"5.4%\">%3</th>")
                    .arg(o, k, m);
    }
    html += QStringLiteral("</tr></thead>");

    const auto& rows = m_report.rows;
    std::optional<QString> objective;
    for (const qsizetype i : objectiveOrder(rows)) {
        const auto& row = rows[i];
        if (row.objective != objective) {
            objective = row.objective;
            html += QStringLiteral("<tr><td colspan=\"12\" bgcolor=\"#eeeeee\"><b>%1:</b> %2</td></tr>")
                        .arg(esc(tr("Objective")), esc(*objective));
        }
        html += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td>").arg(esc(row.name), esc(row.unit));
        auto cells = [&](const std::optional<qint64>& total, const std::optional<qint64>& women,
                         const std::optional<qint64>& men, bool bold, int part) {
            const QString format = bold ? QStringLiteral("<td align=\"right\"%2><b>%1</b></td>")
                                        : QStringLiteral("<td align=\"right\"%2>%1</td>");
            // Amounts are never split by sex: the total takes the width of all three cells.
            if (row.money) {
                html += format.arg(esc(formatCell(total, true)),
                                   QStringLiteral(" colspan=\"3\"") + changedCell(false, i, part, 0));
                return;
            }
            int cell = 0;
            for (const auto* value : {&total, &women, &men}) {
                html += format.arg(esc(formatCell(*value, false)), changedCell(false, i, part, cell++));
            }
        };
        cells(row.target.total, row.target.women, row.target.men, false, core::LockDifference::Target);
        cells(row.period.total, row.period.women, row.period.men, false, core::LockDifference::Period);
        cells(row.cumulative.total, row.cumulative.women, row.cumulative.men, true, core::LockDifference::Cumulative);
        // The percentage follows from the cells; for a locked period it is marked when it differs now.
        const bool percentChanged =
            m_report.lock && i < m_report.lock->now.size() &&
            (m_report.lock->now[i] ? m_report.lock->now[i]->percentOfTarget : std::nullopt) != row.percentOfTarget;
        html += QStringLiteral("<td align=\"right\"%2><b>%1</b></td></tr>")
                    .arg(esc(formatPercent(row.percentOfTarget)),
                         percentChanged ? QStringLiteral(" bgcolor=\"%1\"").arg(changedColour) : QString());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("T – total, W – women, M – men. Cumulative values count from the project start to the "
                            "last day of the period; amounts in PLN.")));
    return html;
}

QString IndicatorReportDocument::flowHtml() const
{
    if (m_report.flow.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(tr("Participant flow")));
    html += tableStart();
    const QString o = esc(core::shown::totalColumn());
    const QString k = esc(core::shown::womenColumn());
    const QString m = esc(core::shown::menColumn());
    html += QStringLiteral("<thead><tr><th rowspan=\"2\" width=\"22%\">%1</th><th colspan=\"3\">%2</th>"
                           "<th colspan=\"3\">%3</th><th colspan=\"3\">%4</th><th colspan=\"3\">%5</th>"
                           "<th colspan=\"3\">%6</th></tr><tr>")
                .arg(esc(tr("Participants")), esc(tr("Started in the period")), esc(tr("Continuing at its end")),
                     esc(tr("Ended in the period")), esc(tr("of whom as planned")), esc(tr("Dropped out")));
    for (int group = 0; group < 5; ++group) {
        // 22 % + 15 × 5 % leaves room for the cells' borders and padding within the page.
        html += QStringLiteral("<th width=\"5%\">%1</th><th width=\"5%\">%2</th><th width=\"5%\">%3</th>").arg(o, k, m);
    }
    html += QStringLiteral("</tr></thead>");
    QString group;
    qsizetype rowIndex = 0;
    for (const core::FlowRow& row : m_report.flow) {
        if (row.group != group && row.group != QLatin1String("total")) {
            static const QHash<QString, const char*> titles{
                {QStringLiteral("labour_status"), QT_TR_NOOP("By labour-market status at entry")},
                {QStringLiteral("age"), QT_TR_NOOP("By age at entry")},
                {QStringLiteral("education"), QT_TR_NOOP("By education level")},
                {QStringLiteral("area"), QT_TR_NOOP("By place of residence")},
            };
            html += QStringLiteral("<tr><td colspan=\"16\" bgcolor=\"#eeeeee\"><i>%1</i></td></tr>")
                        .arg(esc(tr(titles.value(row.group, ""))));
        }
        group = row.group;
        const bool total = row.group == QLatin1String("total");
        const QString format = total ? QStringLiteral("<td align=\"right\"%2><b>%1</b></td>")
                                     : QStringLiteral("<td align=\"right\"%2>%1</td>");
        html += QStringLiteral("<tr><td>%1%2</td>")
                    .arg(row.ofWhom ? QStringLiteral("&nbsp;&nbsp;&nbsp;") : QString(),
                         total ? QStringLiteral("<b>%1</b>").arg(esc(row.label)) : esc(row.label));
        int part = core::LockDifference::Started;
        for (const core::IndicatorValue* value :
             {&row.started, &row.continuing, &row.ended, &row.endedAsPlanned, &row.droppedOut}) {
            int index = 0;
            for (const std::optional<qint64> cell : {std::optional<qint64>(value->total), value->women, value->men}) {
                html += format.arg(esc(formatCell(cell, false)), changedCell(true, rowIndex, part, index++));
            }
            ++part;
        }
        ++rowIndex;
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Participants with complete mandatory data. Labour-market status, age and education at "
                            "entry to the project.")));
    return html;
}

QString IndicatorReportDocument::narrativeHtml() const
{
    const auto& period = m_report.period;
    if (period.problems.trimmed().isEmpty() && period.plans.trimmed().isEmpty()) {
        return {};
    }
    auto paragraph = [](const QString& text) {
        return esc(text.trimmed().isEmpty() ? QStringLiteral("–") : text.trimmed())
            .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    };
    return QStringLiteral("<h2>%1</h2><p>%2</p><h2>%3</h2><p>%4</p>")
        .arg(esc(tr("Problems met in the period")), paragraph(period.problems),
             esc(tr("Plans until the next payment claim")), paragraph(period.plans));
}

QString IndicatorReportDocument::dataQualityHtml() const
{
    // On a page of its own, so that its heading never stays behind at the foot of a page.
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(tr("Data quality")));
    if (m_report.dataQuality.isEmpty()) {
        return html +
               QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("Every participant who started support by the end of the period has complete data."))) +
               dataProblemsHtml();
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("These participants started support by the end of the period but are not counted in "
                            "the indicators until their mandatory data is complete:")));
    html += tableStart();
    html += QStringLiteral("<thead><tr><th width=\"5%\">%1</th><th width=\"25%\">%2</th><th width=\"8%\">%3</th>"
                           "<th width=\"12%\">%4</th><th>%5</th></tr></thead>")
                .arg(esc(tr("No.")), esc(tr("Participant")), esc(tr("ID")), esc(tr("Start of participation")),
                     esc(tr("Missing data")));
    int number = 0;
    for (const auto& item : m_report.dataQuality) {
        QString name = QStringLiteral("%1 %2").arg(item.lastName, item.firstName).trimmed();
        if (name.isEmpty()) {
            name = tr("(no name)");
        }
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"center\">%4</td><td>%5</td></tr>")
                    .arg(++number)
                    .arg(esc(name))
                    .arg(item.participantId)
                    .arg(FormErrors::dateText(item.participationStart), esc(item.missing.join(QStringLiteral(", "))));
    }
    html += QStringLiteral("</table>");
    return html + dataProblemsHtml();
}

QString IndicatorReportDocument::dataProblemsHtml() const
{
    if (m_report.dataProblems.isEmpty()) {
        return QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Nothing is dated before the project start, and every start and end of participation "
                        "agrees with the rules.")));
    }
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(esc(tr("Records that no indicator counts, and participant records to correct:")));
    html += tableStart();
    html += QStringLiteral("<thead><tr><th width=\"5%\">%1</th><th width=\"20%\">%2</th><th width=\"23%\">%3</th>"
                           "<th width=\"10%\">%4</th><th>%5</th></tr></thead>")
                .arg(esc(tr("No.")), esc(tr("Record")), esc(tr("Who or what")), esc(tr("Date")), esc(tr("Problem")));
    int number = 0;
    for (const auto& item : m_report.dataProblems) {
        html +=
            QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td align=\"center\">%4</td>"
                           "<td>%5</td></tr>")
                .arg(++number)
                .arg(esc(core::DataProblems::recordName(item.record)), esc(item.name), FormErrors::dateText(item.date),
                     esc(core::DataProblems::describe(item, m_report.project.start, false)));
    }
    return html + QStringLiteral("</table>");
}

QString IndicatorReportDocument::signatureHtml() const
{
    const auto& period = m_report.period;
    // What the period names, else the project's place and its default signatory.
    QString placeDate = period.place.isEmpty() ? m_report.project.place : period.place;
    if (period.preparedOn.isValid()) {
        placeDate += (placeDate.isEmpty() ? QString() : QStringLiteral(", ")) + FormErrors::dateText(period.preparedOn);
    }
    const bool named = !period.preparedBy.isEmpty() || !period.preparedRole.isEmpty();
    QString preparedBy = named ? period.preparedBy : m_report.project.signatoryName;
    const QString role = named ? period.preparedRole : m_report.project.signatoryRole;
    if (!role.isEmpty()) {
        preparedBy += (preparedBy.isEmpty() ? QString() : QStringLiteral(", ")) + role;
    }
    const QString blank = QStringLiteral("&nbsp;");
    return QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr>"
                          "<td width=\"50%\" align=\"center\">%1<br/>......................................<br/>"
                          "<small>%2</small></td>"
                          "<td width=\"50%\" align=\"center\">%3<br/>......................................<br/>"
                          "<small>%4</small></td></tr></table>")
        .arg(placeDate.isEmpty() ? blank : esc(placeDate), esc(tr("place and date")),
             preparedBy.isEmpty() ? blank : esc(preparedBy), esc(tr("prepared by (name, role, signature)")));
}

QString IndicatorReportDocument::seriesHtml() const
{
    if (m_series.isEmpty()) {
        return {};
    }
    return QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
               .arg(esc(tr("Participants, arrears and work orders month by month"))) +
           figure(statusFigure) + figure(arrearsFigure) + figure(ordersFigure);
}

QString IndicatorReportDocument::html() const
{
    QString html = headerHtml() + lockHtml() + indicatorTableHtml();
    if (AttainmentChart::barCount(m_report) > 0) {
        html += figure(figureName);
    }
    return html + seriesHtml() + flowHtml() + narrativeHtml() + dataQualityHtml() + signatureHtml();
}

QString IndicatorReportDocument::standaloneHtml() const
{
    QString body = html();
    for (const QString& name : {figureName, statusFigure, arrearsFigure, ordersFigure}) {
        body.remove(figure(name));
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>%2"
                          "<p align=\"center\"><small>%3</small></p></body></html>\n")
        .arg(esc(m_report.project.title), body, esc(DocumentPrinter::coFinancingLine()));
}

std::unique_ptr<DocumentPrinter> IndicatorReportDocument::createPrinter() const
{
    auto printer = std::make_unique<DocumentPrinter>(
        core::PrintedIdentity{m_report.project.title, m_report.project.contractNumber, m_logo},
        DocumentPrinter::Orientation::Landscape);
    printer->setHeaderRight(
        tr("Indicator report %1 – %2")
            .arg(FormErrors::dateText(m_report.period.from), FormErrors::dateText(m_report.period.to)));
    printer->setHtml(html());
    const int bars = AttainmentChart::barCount(m_report);
    if (bars > 0) {
        const double height = std::clamp(25.0 + 8.0 * bars, 45.0, 150.0);
        printer->addChart(figureName, AttainmentChart::create(m_report), QSizeF(255.0, height));
    }
    if (!m_series.isEmpty()) {
        printer->addChart(statusFigure, ReportCharts::participantsByStatus(m_series), QSizeF(255.0, 78.0));
        printer->addChart(arrearsFigure, ReportCharts::arrears(m_series), QSizeF(255.0, 70.0));
        printer->addChart(ordersFigure, ReportCharts::ordersByCoop(m_series), QSizeF(255.0, 100.0));
    }
    return printer;
}

core::Status IndicatorReportDocument::writePdf(const QString& path, const DocumentPrinter::PageProgress& progress) const
{
    return createPrinter()->writePdf(path, progress);
}

} // namespace osiedle::ui
