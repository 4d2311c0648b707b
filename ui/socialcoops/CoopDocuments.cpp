#include "ui/socialcoops/CoopDocuments.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "ui/common/DocumentPrinter.h"

namespace osiedle::ui {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString heading(const QString& title, const core::SocialCoop& coop)
{
    QString html =
        QStringLiteral("<h2 align=\"center\">%1</h2><p align=\"center\"><b>%2</b>").arg(esc(title), esc(coop.name));
    QStringList ids;
    if (!coop.krs.isEmpty()) {
        ids.append(QStringLiteral("KRS %1").arg(coop.krs));
    }
    if (!coop.nip.isEmpty()) {
        ids.append(QStringLiteral("NIP %1").arg(coop.nip));
    }
    if (!coop.regon.isEmpty()) {
        ids.append(QStringLiteral("REGON %1").arg(coop.regon));
    }
    if (!ids.isEmpty()) {
        html += QStringLiteral("<br/>") + ids.join(QStringLiteral(", "));
    }
    return html + QStringLiteral("</p>");
}

constexpr const char* tableStart = "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">";

} // namespace

QString CoopDocuments::checklistHtml(const core::SocialCoop& coop, const core::FoundingPath& path,
                                     core::SocialCoopStatus stage, core::FoundingRules rules)
{
    QString html = heading(tr("Founding checklist"), coop);
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(esc(tr("Stage: %1").arg(core::FoundingPath::stageTitle(stage))),
                     esc(tr("Founding rules: %1 (founding group of at least %2 natural persons)")
                             .arg(core::FoundingPath::rulesKey(rules))
                             .arg(core::FoundingPath::minimumFounders(rules))));
    html += QString::fromLatin1(tableStart);
    html += QStringLiteral("<thead><tr><th width=\"5%\">%1</th><th width=\"34%\">%2</th><th width=\"14%\">%3</th>"
                           "<th width=\"13%\">%4</th><th>%5</th></tr></thead>")
                .arg(esc(tr("No.")), esc(tr("Step")), esc(tr("Done")), esc(tr("Date")), esc(tr("Details and notes")));
    int n = 0;
    for (core::FoundingStep kind : core::FoundingPath::allSteps()) {
        const auto step = path.step(kind);
        QStringList details;
        if (step) {
            if (step->amount) {
                details.append(step->amount->format());
            }
            if (!step->source.isEmpty()) {
                details.append(esc(step->source));
            }
            if (step->months) {
                details.append(tr("%1 months").arg(*step->months));
            }
            if (!step->notes.isEmpty()) {
                details.append(esc(step->notes));
            }
        }
        html += QStringLiteral(
                    "<tr><td align=\"right\">%1</td><td>%2</td><td align=\"center\">%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(++n)
                    .arg(esc(core::FoundingPath::title(kind)), step ? QStringLiteral("☑") : QStringLiteral("☐"),
                         step ? core::shown::date(step->doneOn) : QString(), details.join(QStringLiteral("; ")));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString CoopDocuments::foundersHtml(const core::SocialCoop& coop, const QList<core::Membership>& members)
{
    QString html = heading(tr("List of founders"), coop);
    html += QString::fromLatin1(tableStart);
    html += QStringLiteral("<thead><tr><th width=\"5%\">%1</th><th width=\"35%\">%2</th><th width=\"15%\">%3</th>"
                           "<th width=\"15%\">%4</th><th>%5</th></tr></thead>")
                .arg(esc(tr("No.")), esc(tr("Full name")), esc(tr("Founder since")), esc(tr("Eligible group")),
                     esc(tr("Signature")));
    int n = 0;
    for (const auto& m : members) {
        if (m.role != core::MembershipRole::Founder) {
            continue;
        }
        html +=
            QStringLiteral("<tr><td align=\"right\">%1</td><td>%2%3</td><td>%4</td><td>%5</td><td><br/><br/></td></tr>")
                .arg(++n)
                .arg(esc(m.displayName), m.legalPerson ? esc(tr(" (legal person)")) : QString(),
                     core::shown::date(m.from), m.eligibleGroup ? esc(tr("yes")) : esc(tr("no")));
    }
    html += QStringLiteral("</table><p>%1</p>").arg(esc(tr("Founders listed: %1").arg(n)));
    return html;
}

QString CoopDocuments::agreementHtml(const core::SocialCoop& coop, const core::CooperationAgreement& a)
{
    QString html = heading(tr("Cooperation agreement – summary"), coop);
    QStringList scope;
    for (core::WorkOrderKind kind : a.scope) {
        scope.append(core::WorkOrderLifecycle::kindTitle(kind));
    }
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td width=\"35%\"><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    html += QString::fromLatin1(tableStart);
    html += row(tr("Agreement number"), esc(a.number));
    html += row(tr("Housing cooperative (SM)"), esc(a.housingCoopName));
    html += row(tr("Social cooperative (OSS)"), esc(coop.name));
    html += row(tr("Signed on"), core::shown::date(a.signedOn));
    html += row(tr("Valid"), tr("from %1 to %2")
                                 .arg(core::shown::date(a.validFrom),
                                      a.validTo ? core::shown::date(a.validTo) : tr("indefinitely")));
    html += row(tr("Scope (kinds of work)"), esc(scope.join(QStringLiteral(", "))));
    html += row(tr("Work inaugurated on"), core::shown::date(a.inauguratedOn));
    html += row(tr("Notes"), esc(a.notes).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    html += QStringLiteral("</table>");
    return html;
}

std::unique_ptr<DocumentPrinter> CoopDocuments::printer(core::Database& db, const QString& documentTitle,
                                                        const QString& html)
{
    auto printer = DocumentPrinter::forProject(db);
    printer->setHeaderRight(documentTitle);
    printer->setHtml(html);
    return printer;
}

void CoopDocuments::preview(core::Database& db, const QString& documentTitle, const QString& html, QWidget* parent)
{
    printer(db, documentTitle, html)->preview(parent);
}

core::Status CoopDocuments::writePdf(core::Database& db, const QString& documentTitle, const QString& html,
                                     const QString& path)
{
    return printer(db, documentTitle, html)->writePdf(path);
}

} // namespace osiedle::ui
