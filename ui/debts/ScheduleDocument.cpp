#include "ui/debts/ScheduleDocument.h"

#include "core/common/DisplayFormat.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/debts/DebtsFormat.h"

namespace osiedle::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ScheduleDocument::ScheduleDocument(core::PrintedIdentity identity, core::DebtAccountInfo account,
                                   core::InstalmentPlan plan, core::InstalmentSchedule schedule, const QDate& on)
    : m_identity(std::move(identity)), m_account(std::move(account)), m_plan(std::move(plan)),
      m_schedule(std::move(schedule)), m_on(on)
{}

QString ScheduleDocument::html() const
{
    QString h;
    h += QStringLiteral("<h2 style=\"text-align:center\">%1</h2>")
             .arg(esc(tr("Instalment agreement: repayment schedule")));
    h += QStringLiteral("<table cellpadding=\"3\">");
    const auto line = [&h](const QString& label, const QString& value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    line(tr("Tenant"), m_account.participantName);
    line(tr("Housing cooperative"), m_account.housingCoopName);
    line(tr("Account number"), m_account.account.accountNumber);
    if (!m_account.account.flat.isEmpty()) {
        line(tr("Flat"), m_account.account.flat);
    }
    line(tr("Title to the flat"), core::TenancyTitles::name(m_account.account.title));
    line(tr("Agreement signed on"), core::shown::date(m_plan.signedOn));
    line(tr("Amount covered by the agreement"), m_plan.total.format());
    line(tr("Number of instalments"), QString::number(m_plan.instalments.size()));
    line(tr("Status"), core::PlanStatuses::name(m_plan.status));
    line(tr("Payments counted as of"), core::shown::date(m_on));
    h += QStringLiteral("</table><p></p>");

    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><thead><tr>");
    for (const QString& title :
         {tr("No."), tr("Due date"), tr("Amount"), tr("Paid"), tr("Paid on"), tr("Remaining"), tr("Overdue")}) {
        h += QStringLiteral("<th>%1</th>").arg(esc(title));
    }
    h += QStringLiteral("</tr></thead>");
    core::Money paid;
    core::Money remaining;
    for (const core::InstalmentState& s : m_schedule.on(m_on)) {
        paid += s.paid;
        remaining += s.outstanding();
        const QString overdue = s.overdue ? debtDays(s.daysOverdue) : QString();
        h += QStringLiteral("<tr><td align=\"center\">%1</td><td align=\"center\">%2</td><td align=\"right\">%3</td>"
                            "<td align=\"right\">%4</td><td align=\"center\">%5</td><td align=\"right\">%6</td>"
                            "<td align=\"center\"%7>%8</td></tr>")
                 .arg(s.instalment.seq)
                 .arg(core::shown::date(s.instalment.dueOn), s.instalment.amount.format(), s.paid.format(),
                      core::shown::date(s.paidOn), s.outstanding().format(),
                      s.overdue ? QStringLiteral(" style=\"color:#b01c1c\"") : QString(), esc(overdue));
    }
    h += QStringLiteral("<tr><td></td><td><b>%1</b></td><td align=\"right\"><b>%2</b></td><td align=\"right\"><b>%3</b>"
                        "</td><td></td><td align=\"right\"><b>%4</b></td><td></td></tr></table>")
             .arg(esc(tr("Total")), m_schedule.total().format(), paid.format(), remaining.format());

    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Payments received after the agreement was signed are applied to the oldest unpaid instalment "
                         "first. The agreement is kept while no instalment is more than 30 days overdue.")));
    h += QStringLiteral(
             "<p></p><p></p><table width=\"100%\"><tr><td align=\"center\">......................................"
             "<br/>%1</td><td align=\"center\">......................................<br/>%2</td></tr></table>")
             .arg(esc(tr("tenant")), esc(tr("for the housing cooperative")));
    return h;
}

core::Status ScheduleDocument::writePdf(const QString& path) const
{
    DocumentPrinter printer(m_identity);
    printer.setHeaderRight(tr("Repayment schedule"));
    printer.setHtml(html());
    return printer.writePdf(path);
}

void ScheduleDocument::preview(QWidget* parent) const
{
    DocumentPrinter printer(m_identity);
    printer.setHeaderRight(tr("Repayment schedule"));
    printer.setHtml(html());
    printer.preview(parent);
}

} // namespace osiedle::ui
