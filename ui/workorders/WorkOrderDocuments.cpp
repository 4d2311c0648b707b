#include "ui/workorders/WorkOrderDocuments.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/WorkHoursRepository.h"
#include "ui/common/DocumentPrinter.h"

#include <QLocale>

namespace osiedle::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString partyHtml(const core::SocialCoop& p)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(esc(p.name))};
    const QString street = QStringLiteral("%1 %2").arg(p.street, p.building).trimmed();
    if (!street.isEmpty()) {
        lines.append(esc(street));
    }
    const QString place = QStringLiteral("%1 %2").arg(p.postalCode, p.locality).trimmed();
    if (!place.isEmpty()) {
        lines.append(esc(place));
    }
    QStringList ids;
    if (!p.krs.isEmpty()) {
        ids.append(QStringLiteral("KRS %1").arg(p.krs));
    }
    if (!p.nip.isEmpty()) {
        ids.append(QStringLiteral("NIP %1").arg(p.nip));
    }
    if (!ids.isEmpty()) {
        lines.append(ids.join(QStringLiteral(", ")));
    }
    return lines.join(QStringLiteral("<br/>"));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
}

QString valueRows(const core::WorkOrder& o)
{
    return row(WorkOrderDocuments::tr("Net value"), o.net.format()) +
           row(WorkOrderDocuments::tr("VAT (%1 %)")
                   .arg(QLocale(QLocale::Polish).toString(static_cast<double>(o.vatRate) / 100.0)),
               o.vat().format()) +
           row(WorkOrderDocuments::tr("Gross value"), QStringLiteral("<b>%1</b>").arg(o.gross().format()));
}

QString signatures(const QString& left, const QString& right)
{
    return QStringLiteral("<br/><br/><br/><table width=\"100%\" cellpadding=\"4\"><tr>"
                          "<td width=\"45%\" align=\"center\">%3<br/>%1</td>"
                          "<td width=\"10%\"></td>"
                          "<td width=\"45%\" align=\"center\">%3<br/>%2</td>"
                          "</tr></table>")
        .arg(left, right, QString(70, QLatin1Char('.')));
}

} // namespace

WorkOrderDocuments::Parties WorkOrderDocuments::parties(core::Database& db, const core::WorkOrder& order,
                                                        std::optional<core::StaffMember> signatory)
{
    core::SocialCoopRepository coops(db);
    Parties p;
    p.housingCoop = coops.housingCoopParty(order.housingCoopId).value_or(core::SocialCoop{});
    p.socialCoop = coops.find(order.socialCoopId).value_or(core::SocialCoop{});
    p.minutes = core::WorkHoursRepository(db).totalForOrder(order.id);
    p.office = signatory ? signatory : core::ProjectRepository(db).defaultSignatory();
    return p;
}

QString WorkOrderDocuments::orderTitle(const core::WorkOrder& order)
{
    return tr("Work order %1").arg(order.number());
}

QString WorkOrderDocuments::protocolTitle(const core::WorkOrder& order)
{
    return tr("Acceptance protocol of work order %1").arg(order.number());
}

QString WorkOrderDocuments::orderHtml(const core::WorkOrder& o, const Parties& p)
{
    QString html = QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(orderTitle(o)));
    html +=
        QStringLiteral("<p align=\"right\">%1</p>").arg(esc(tr("Ordered on: %1").arg(core::shown::date(o.orderedOn))));
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"4\"><tr><td width=\"50%\">%1<br/>%2</td>"
                           "<td width=\"50%\">%3<br/>%4</td></tr></table>")
                .arg(esc(tr("Ordering party (SM):")), partyHtml(p.housingCoop), esc(tr("Contractor (OSS):")),
                     partyHtml(p.socialCoop));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(tr("Kind of work"), esc(core::WorkOrderLifecycle::kindTitle(o.kind)));
    html += row(tr("Place (estate / building)"), esc(o.estate));
    html += row(tr("Scope of work"), esc(o.description).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += row(tr("To be completed by"), core::shown::date(o.dueOn));
    html += valueRows(o);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The work will be accepted with an acceptance protocol signed by both parties; the "
                            "invoice is issued after the acceptance.")));
    html += signatures(esc(tr("for the ordering party (SM)")), esc(tr("for the contractor (OSS)")));
    return html;
}

QString WorkOrderDocuments::protocolHtml(const core::WorkOrder& o, const Parties& p)
{
    QString html = QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(protocolTitle(o)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Drawn up on %1 between the ordering party %2 and the contractor %3.")
                             .arg(core::shown::date(o.acceptedOn ? o.acceptedOn : o.completedOn), p.housingCoop.name,
                                  p.socialCoop.name)));
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    html += row(tr("Order"), QStringLiteral("%1 (%2)").arg(esc(o.number()), core::shown::date(o.orderedOn)));
    html += row(tr("Kind of work"), esc(core::WorkOrderLifecycle::kindTitle(o.kind)));
    html += row(tr("Place (estate / building)"), esc(o.estate));
    html += row(tr("Scope of work"), esc(o.description).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += row(tr("Work completed on"), core::shown::date(o.completedOn));
    html +=
        row(tr("Hours worked"), p.minutes > 0 ? tr("%1 h").arg(core::shown::hours(p.minutes)) : QStringLiteral("—"));
    html += valueRows(o);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The ordering party states that the work has been done in the agreed scope and on "
                            "time, and accepts it without reservations / with the following reservations:")));
    // three lines to write the reservations on, across the page
    for (int line = 0; line < 3; ++line) {
        html += QStringLiteral("<p>%1</p>").arg(QString(150, QLatin1Char('.')));
    }
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("The acceptance is the basis for issuing the invoice.")));
    html += signatures(esc(tr("Accepted for the SM: %1").arg(p.housingCoop.name)) + QStringLiteral("<br/>") +
                           esc(tr("(name, signature, stamp)")),
                       esc(tr("Handed over for the OSS: %1").arg(p.socialCoop.name)) + QStringLiteral("<br/>") +
                           esc(tr("(name, signature, stamp)")));
    if (p.office) {
        // The project office confirms the acceptance it follows for its indicators.
        html += QStringLiteral("<br/><br/><table width=\"100%\" cellpadding=\"4\"><tr><td width=\"55%\"></td>"
                               "<td width=\"45%\" align=\"center\">%1<br/>%2<br/>%3<br/><small>%4</small></td>"
                               "</tr></table>")
                    .arg(QString(70, QLatin1Char('.')), esc(tr("Confirmed for the project office:")),
                         esc(p.office->name), esc(p.office->printedRole()));
    }
    return html;
}

std::unique_ptr<DocumentPrinter> WorkOrderDocuments::printer(core::Database& db, const core::WorkOrder& order,
                                                             Document which, std::optional<core::StaffMember> signatory)
{
    auto printer = DocumentPrinter::forProject(db);
    const Parties p = parties(db, order, std::move(signatory));
    if (which == Document::Order) {
        printer->setHeaderRight(orderTitle(order));
        printer->setHtml(orderHtml(order, p));
    } else {
        printer->setHeaderRight(protocolTitle(order));
        printer->setHtml(protocolHtml(order, p));
    }
    return printer;
}

core::Status WorkOrderDocuments::writeOrderPdf(core::Database& db, const core::WorkOrder& order, const QString& path)
{
    return printer(db, order, Document::Order)->writePdf(path);
}

core::Status WorkOrderDocuments::writeProtocolPdf(core::Database& db, const core::WorkOrder& order, const QString& path,
                                                  std::optional<core::StaffMember> signatory)
{
    return printer(db, order, Document::Protocol, std::move(signatory))->writePdf(path);
}

} // namespace osiedle::ui
