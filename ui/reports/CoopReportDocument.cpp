#include "ui/reports/CoopReportDocument.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/FormErrors.h"

#include <QLocale>

namespace osiedle::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString money(core::Money value)
{
    return value.format();
}

QString percent(const std::optional<double>& value)
{
    return core::shown::percent(value);
}

QString hours(int minutes)
{
    return core::shown::hours(minutes);
}

QString tableStart()
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"border-collapse: collapse; border-color: #707070; border-style: solid;\">");
}

} // namespace

CoopReportDocument::CoopReportDocument(core::CoopReport report, core::PrintedIdentity identity)
    : m_report(std::move(report)), m_identity(std::move(identity))
{}

core::Result<CoopReportDocument> CoopReportDocument::load(core::Database& db, qint64 socialCoopId, QDate from,
                                                          const QDate& to)
{
    core::PrintedIdentity identity;
    try {
        core::ProjectRepository project(db);
        identity = project.printedIdentity();
        if (const auto settings = project.project(); settings && !from.isValid()) {
            from = settings->startDate;
        }
    } catch (const core::StorageError& e) {
        return core::Error{e.message(), e.code()};
    }
    if (!from.isValid()) {
        from = to.isValid() ? QDate(to.year(), 1, 1) : QDate();
    }
    auto report = core::CoopReportCalculator(db).compute(socialCoopId, from, to);
    if (!report) {
        return report.error();
    }
    return CoopReportDocument(std::move(report.value()), std::move(identity));
}

QString CoopReportDocument::summaryHtml() const
{
    const core::CoopReport& r = m_report;
    QString html =
        QStringLiteral("<h1 align=\"center\">%1</h1>").arg(esc(tr("Social cooperative report: %1").arg(r.name)));
    QList<std::pair<QString, QString>> header{
        {tr("Social cooperative"), r.name},
        {tr("KRS number"), r.krs.isEmpty() ? QStringLiteral("–") : r.krs},
        {tr("Housing cooperative"), r.housingCoopName.isEmpty() ? QStringLiteral("–") : r.housingCoopName},
        {tr("Period"), tr("from %1 to %2").arg(FormErrors::dateText(r.from), FormErrors::dateText(r.to))},
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [label, value] : header) {
        html += QStringLiteral("<tr><td width=\"22%\"><b>%1:</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Key figures")));
    const QList<std::pair<QString, QString>> figures{
        {tr("Members in the period"), QString::number(r.members.size())},
        {tr("of whom project participants"), QString::number(r.participants)},
        {tr("Participants in support / completed / dropped out at the end"),
         QStringLiteral("%1 / %2 / %3").arg(r.inSupport).arg(r.completed).arg(r.droppedOut)},
        {tr("Attendance of the members in the period"), percent(r.attendancePercent)},
        {tr("Employed by the cooperative on the last day"), QString::number(r.employedAtEnd)},
        {tr("Work orders ordered in the period"), tr("%1, net %2").arg(r.orders).arg(money(r.ordersNet))},
        {tr("of which paid"), tr("%1, net %2").arg(r.ordersPaid).arg(money(r.ordersPaidNet))},
        {tr("of which unpaid"), tr("%1, net %2").arg(r.orders - r.ordersPaid).arg(money(r.ordersUnpaidNet))},
        {tr("Hours worked on the orders"), hours(r.minutesWorked)},
        {tr("Service point"), r.servicePointOpenedOn
                                  ? tr("opened on %1").arg(FormErrors::dateText(*r.servicePointOpenedOn))
                                  : tr("not opened")},
        {tr("Service-point sales in the period"), tr("%1, total %2").arg(r.sales).arg(money(r.salesTotal))},
        {tr("Members' arrears at entry"), money(r.arrearsAtEntry)},
        {tr("Members' arrears on the last day"), money(r.arrearsAtEnd)},
        {tr("Change of the members' arrears"), money(r.arrearsChange())},
        {tr("Repaid from wages in the period"), money(r.repaidFromWages)},
    };
    html += tableStart();
    for (const auto& [label, value] : figures) {
        html += QStringLiteral("<tr><td width=\"60%\">%1</td><td align=\"right\" width=\"40%\">%2</td></tr>")
                    .arg(esc(label), esc(value));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CoopReportDocument::membersHtml() const
{
    QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>").arg(esc(tr("Members")));
    if (m_report.members.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("The cooperative had no members in the period.")));
    }
    html += tableStart();
    // Twelve columns across the landscape page: the headings in a smaller type so that their
    // longest words fit.
    const QList<std::pair<QString, int>> columns{
        {tr("No."), 3},
        {tr("Member"), 12},
        {tr("Role"), 10},
        {tr("Member since"), 8},
        {tr("Attendance"), 8},
        {tr("Courses completed"), 7},
        {tr("Participation"), 8},
        {tr("Employed"), 8},
        {tr("Hours worked"), 9},
        {tr("Arrears at entry"), 9},
        {tr("Arrears on the last day"), 9},
        {tr("Repaid from wages"), 9},
    };
    html += QStringLiteral("<thead><tr>");
    for (const auto& [title, width] : columns) {
        html += QStringLiteral("<th width=\"%1%\"><small>%2</small></th>").arg(width).arg(esc(title));
    }
    html += QStringLiteral("</tr></thead>");
    int number = 0;
    for (const core::CoopReportMember& m : m_report.members) {
        QString since = FormErrors::dateText(m.from);
        if (m.to) {
            since += QStringLiteral("<br/>") + esc(tr("until %1").arg(FormErrors::dateText(*m.to)));
        }
        html += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td align=\"center\">%4</td>")
                    .arg(++number)
                    .arg(esc(m.name), esc(m.roles.join(QStringLiteral(", "))), since);
        if (!m.participantId) {
            html += QStringLiteral("<td colspan=\"8\"><i>%1</i></td></tr>").arg(esc(tr("not a project participant")));
            continue;
        }
        const QString dash = QStringLiteral("–");
        html += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td><td>%3</td>"
                               "<td align=\"center\">%4</td><td align=\"right\">%5</td>")
                    .arg(esc(percent(m.attendancePercent)))
                    .arg(m.coursesCompleted)
                    .arg(esc(core::CoopReportCalculator::participationLabel(m.participation)),
                         esc(m.employedAtEnd ? tr("yes") : tr("no")), esc(hours(m.minutesWorked)));
        html += QStringLiteral("<td align=\"right\">%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(esc(m.hasDebtAccount ? money(m.arrearsAtEntry) : dash),
                         esc(m.hasDebtAccount ? money(m.arrearsAtEnd) : dash),
                         esc(m.hasDebtAccount ? money(m.repaidFromWages) : dash));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Attendance: minutes present ÷ minutes of the sessions marked in the period (an "
                            "excused absence is not attendance). Participation, employment and arrears as on the "
                            "period's last day.")));
    return html;
}

QString CoopReportDocument::html() const
{
    return summaryHtml() + membersHtml();
}

std::unique_ptr<DocumentPrinter> CoopReportDocument::createPrinter() const
{
    auto printer = std::make_unique<DocumentPrinter>(m_identity, DocumentPrinter::Orientation::Landscape);
    printer->setHeaderRight(tr("Social cooperative report: %1").arg(m_report.name));
    printer->setHtml(html());
    return printer;
}

core::Status CoopReportDocument::writePdf(const QString& path) const
{
    return createPrinter()->writePdf(path);
}

} // namespace osiedle::ui
