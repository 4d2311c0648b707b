#include "ui/socialcoops/CoopDocuments.h"

#include "core/services/SocialCoopOverview.h"
#include "core/storage/CooperationAgreementRepository.h"
#include "core/storage/Database.h"
#include "core/storage/FoundingStepRepository.h"
#include "core/storage/MembershipRepository.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/WorkOrderRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempProject.h"
#include "ui/common/AppTranslator.h"
#include "ui/workorders/WorkOrderDocuments.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>

using namespace osiedle;

namespace {

/// The text of a PDF in reading order, the font's ligatures turned back into letters (NFKC), each page
/// followed by a form feed; empty when pdftotext is not installed.
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        return {};
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(20000));
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("The list of founders and the founding checklist print every founder once and every step", "[coops-ui]")
{
    test::TempProject project;
    auto& db = project.db();
    db.exec(
        "INSERT INTO project (id, title, start_date, end_date) VALUES (1, 'Partnerstwo', '2010-01-01', '2013-06-30')");
    db.exec("INSERT INTO housing_coop (id, name) VALUES (1, 'SM Przyszłość')");
    db.exec("INSERT INTO social_coop (id, name, housing_coop_id, krs) VALUES (1, 'OSS Razem', 1, '0000413516')");
    db.exec("INSERT INTO participant (id, first_name, last_name) VALUES (1, 'Anna', 'Nowak'), (2, 'Jan', 'Kowalski')");
    // Nowak founded it and chairs the board: one line on the list of founders
    db.exec("INSERT INTO membership (social_coop_id, participant_id, person_name, legal_person, eligible_group, role, "
            "from_date) VALUES (1, 1, '', 0, 1, 'founder', '2011-03-01'), (1, 1, '', 0, 1, 'board_president', "
            "'2011-04-02'), (1, 2, '', 0, 1, 'founder', '2011-03-01'), (1, NULL, 'Gmina Pruszków', 1, 0, 'founder', "
            "'2011-04-02'), (1, NULL, 'Ewa Lis', 0, 0, 'member', '2011-09-01')");
    db.exec("INSERT INTO founding_step (social_coop_id, step, done_on, amount, source, months) VALUES "
            "(1, 'founding_group', '2011-03-01', NULL, '', NULL), (1, 'business_idea', '2011-03-10', NULL, '', NULL), "
            "(1, 'statute_drafted', '2011-03-20', NULL, '', NULL), (1, 'founding_meeting', '2011-04-02', NULL, '', "
            "NULL), (1, 'grant_applied', '2011-04-20', NULL, '', NULL)");

    const auto coop = core::SocialCoopRepository(db).find(1).value();
    const QString founders = project.dir() + QStringLiteral("/founders.pdf");
    REQUIRE(ui::CoopDocuments::writePdf(
                db, QStringLiteral("Founders"),
                ui::CoopDocuments::foundersHtml(coop, core::MembershipRepository(db).forCoop(1)), founders)
                .ok());
    const QString checklist = project.dir() + QStringLiteral("/checklist.pdf");
    const core::FoundingPath path(core::FoundingStepRepository(db).forCoop(1));
    REQUIRE(ui::CoopDocuments::writePdf(db, QStringLiteral("Checklist"),
                                        ui::CoopDocuments::checklistHtml(coop, path, core::SocialCoopStatus::Founding,
                                                                         core::FoundingRules::Rules2009),
                                        checklist)
                .ok());
    const QString list = pdfText(founders);
    const QString steps = pdfText(checklist);
    if (list.isEmpty()) {
        WARN("pdftotext not installed: the PDFs' text is not checked");
        return;
    }
    CHECK(list.count(QStringLiteral("Nowak Anna")) == 1);
    CHECK(list.contains(QStringLiteral("Kowalski Jan")));
    CHECK(list.contains(QStringLiteral("Gmina Pruszków (legal person)")));
    CHECK_FALSE(list.contains(QStringLiteral("Ewa Lis")));
    CHECK(list.contains(QStringLiteral("Founders listed: 3")));
    CHECK(list.contains(QStringLiteral("KRS 0000413516")));
    CHECK(list.contains(QStringLiteral("Page 1 of 1")));
    CHECK(steps.contains(QStringLiteral("Founding rules: 2009 (founding group of at least 5 natural persons)")));
    for (core::FoundingStep kind : core::FoundingPath::allSteps()) {
        INFO(core::FoundingPath::key(kind).toStdString());
        CHECK(steps.simplified().contains(core::FoundingPath::title(kind)));
    }
    CHECK(steps.contains(QStringLiteral("02.04.2011")));
    CHECK(steps.count(QStringLiteral("☑")) == 5);
    CHECK(steps.contains(QStringLiteral("Page 1 of 1")));
}

// Every printed document of the OSS and its orders, from a demo file, for looking at them:
// OSIEDLE_DEMO=file.osiedle OSIEDLE_PDFS=dir [OSIEDLE_LANG=pl] osiedle_ui_tests "[.coop-pdfs]"
TEST_CASE("The documents of an OSS and of its orders as PDF files", "[.coop-pdfs]")
{
    ui::AppTranslator translator;
    if (qEnvironmentVariableIsSet("OSIEDLE_LANG")) {
        REQUIRE(translator.install(qEnvironmentVariable("OSIEDLE_LANG")));
    }
    const QString demo = qEnvironmentVariable("OSIEDLE_DEMO");
    const QDir out(qEnvironmentVariable("OSIEDLE_PDFS"));
    REQUIRE(!demo.isEmpty());
    auto opened = core::Database::open(demo);
    REQUIRE(opened.ok());
    core::Database& db = **opened;
    const core::SocialCoopRepository coops(db);
    const QDate end = core::ProjectRepository(db).referenceDay();
    std::optional<core::SocialCoopSummary> oss;
    for (const auto& s : core::SocialCoopOverview(db).all(end)) {
        if (s.stage == core::SocialCoopStatus::ServicePointOpen) {
            oss = s;
            break;
        }
    }
    REQUIRE(oss);
    const auto coop = coops.find(oss->id).value();
    const core::FoundingPath path(core::FoundingStepRepository(db).forCoop(coop.id));
    REQUIRE(ui::CoopDocuments::writePdf(db, QCoreApplication::translate("FoundingPathTab", "Founding checklist"),
                                        ui::CoopDocuments::checklistHtml(coop, path, oss->stage, coops.foundingRules()),
                                        out.filePath(QStringLiteral("checklist.pdf")))
                .ok());
    REQUIRE(ui::CoopDocuments::writePdf(
                db, QCoreApplication::translate("FoundingPathTab", "List of founders"),
                ui::CoopDocuments::foundersHtml(coop, core::MembershipRepository(db).forCoop(coop.id)),
                out.filePath(QStringLiteral("founders.pdf")))
                .ok());
    const auto agreements = core::CooperationAgreementRepository(db).forCoop(coop.id);
    REQUIRE(!agreements.isEmpty());
    REQUIRE(ui::CoopDocuments::writePdf(db, QCoreApplication::translate("AgreementTab", "Cooperation agreement"),
                                        ui::CoopDocuments::agreementHtml(coop, agreements.first()),
                                        out.filePath(QStringLiteral("agreement.pdf")))
                .ok());
    const qint64 orderId =
        db.scalar(QByteArray("SELECT id FROM work_order WHERE social_coop_id = ") + QByteArray::number(coop.id) +
                  " AND status = 'paid' AND EXISTS (SELECT 1 FROM work_hours h WHERE h.work_order_id = work_order.id) "
                  "ORDER BY length(description) DESC, id LIMIT 1");
    const auto order = core::WorkOrderRepository(db).find(orderId);
    REQUIRE(order);
    REQUIRE(ui::WorkOrderDocuments::writeOrderPdf(db, *order, out.filePath(QStringLiteral("order.pdf"))).ok());
    REQUIRE(ui::WorkOrderDocuments::writeProtocolPdf(db, *order, out.filePath(QStringLiteral("protocol.pdf"))).ok());
}
