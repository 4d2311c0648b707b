// Every dialog and card of the program, opened on the demo project, fits an office laptop's
// screen (1366×768 less a taskbar) in English and in Polish: the size it opens at, its size hint
// and its least size, and its forms do not scroll sideways at that size.

#include "core/domain/Money.h"
#include "core/storage/ConsultationRepository.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/SessionRepository.h"
#include "core/storage/SurveyRoundRepository.h"
#include "support/DemoFiles.h"
#include "support/ScreenLimits.h"
#include "support/ScriptedPrompt.h"
#include "ui/backup/BackupsDialog.h"
#include "ui/common/AppContext.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/debts/DebtWatchDialog.h"
#include "ui/debts/DebtsSection.h"
#include "ui/debts/LedgerImportDialog.h"
#include "ui/debts/OpenAccountDialog.h"
#include "ui/debts/SignPlanDialog.h"
#include "ui/debts/WageDeductionDialog.h"
#include "ui/housingcoops/HousingCoopForm.h"
#include "ui/housingcoops/InstitutionDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"
#include "ui/participants/ParticipantExportDialog.h"
#include "ui/participants/ParticipantForm.h"
#include "ui/participants/ParticipantImportWizard.h"
#include "ui/participants/RecruitmentPipelineView.h"
#include "ui/participants/RecruitmentSettingsDialog.h"
#include "ui/reports/IndicatorTargetsDialog.h"
#include "ui/reports/ReportingPeriodDialog.h"
#include "ui/settings/NewProjectDialog.h"
#include "ui/settings/ProjectSettingsDialog.h"
#include "ui/socialcoops/AgreementTab.h"
#include "ui/socialcoops/CoopDetailsDialog.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/socialcoops/FoundingPathTab.h"
#include "ui/socialcoops/HealthPanel.h"
#include "ui/socialcoops/MembersTab.h"
#include "ui/socialcoops/ServicePointTab.h"
#include "ui/socialcoops/SocialCoopCard.h"
#include "ui/socialcoops/SocialCoopListSection.h"
#include "ui/surveys/AnswerImportDialog.h"
#include "ui/surveys/ItemDialog.h"
#include "ui/surveys/RoundDialog.h"
#include "ui/surveys/ScalesDialog.h"
#include "ui/training/EnrolDialog.h"
#include "ui/training/ScheduleDialog.h"
#include "ui/training/SessionDialog.h"
#include "ui/workorders/WorkOrdersSection.h"

#include <QApplication>
#include <QDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace osiedle;

namespace {

/// Shows the window as a user opens it and checks that it fits: the size it opens at (its own
/// size when it sets one, else its size hint), its least size, and no form scrolled sideways.
void checkFits(QWidget& window, const QString& what)
{
    INFO(what.toStdString());
    const bool sized = window.testAttribute(Qt::WA_Resized);
    window.show();
    QApplication::processEvents();
    const QSize opening = sized ? window.size() : window.sizeHint();
    const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO("opens at " << opening.width() << "×" << opening.height() << ", at least " << least.width() << "×"
                     << least.height());
    CHECK(opening.width() <= test::usableWidth);
    CHECK(opening.height() <= test::usableHeight);
    CHECK(least.width() <= test::usableWidth);
    CHECK(least.height() <= test::usableHeight);

    window.resize(opening.boundedTo(test::usableSize()).expandedTo(least));
    QApplication::processEvents();
    for (const QScrollArea* area : window.findChildren<QScrollArea*>()) {
        if (area->isVisibleTo(&window)) {
            INFO("scroll area " << area->objectName().toStdString());
            CHECK(area->horizontalScrollBar()->maximum() == 0);
        }
    }
}

/// The dialog that `open` opened without waiting (QDialog::open or show) among `owner`'s
/// children, checked and closed.
void checkOpened(QWidget& owner, const QString& what, const std::function<void()>& open)
{
    const QList<QDialog*> before = owner.findChildren<QDialog*>();
    open();
    QApplication::processEvents();
    QDialog* opened = nullptr;
    for (QDialog* dialog : owner.findChildren<QDialog*>()) {
        if (dialog->isVisible() && !before.contains(dialog)) {
            opened = dialog;
        }
    }
    INFO(what.toStdString());
    REQUIRE(opened != nullptr);
    checkFits(*opened, what);
    opened->done(QDialog::Rejected);
    delete opened;
}

} // namespace

TEST_CASE("Every dialog and card fits a 1366×768 screen, in English and in Polish", "[fit][dialogs]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("pl"));
    INFO(language.toStdString());
    ui::AppTranslator translator;
    REQUIRE(translator.install(language));
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path());
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::ScriptedPrompt prompt;
    ui::MainWindow window(settings, prompt);
    window.show();
    REQUIRE(window.openFile(demo));
    ui::AppContext& context = window.session()->context();
    core::Database& db = context.db;
    const auto first = [&db](const char* sql) {
        const qint64 id = db.scalar(sql);
        INFO(sql);
        REQUIRE(id > 0);
        return id;
    };
    const qint64 participant = first("SELECT min(id) FROM participant");
    const qint64 housingCoop = first("SELECT min(id) FROM housing_coop");
    const qint64 socialCoop = first("SELECT min(id) FROM social_coop");
    const qint64 course = first("SELECT min(id) FROM course");
    const qint64 session = first("SELECT min(id) FROM session");
    const qint64 consultation = first("SELECT min(id) FROM consultation");
    const qint64 account = first("SELECT min(id) FROM debt_account");
    const qint64 round = first("SELECT min(id) FROM survey_round");
    const qint64 instrument = first("SELECT min(id) FROM instrument");
    const qint64 order = first("SELECT min(id) FROM work_order WHERE status IN ('ordered', 'in_progress', 'completed', "
                               "'accepted', 'invoiced')");
    const QDate day(2011, 6, 15);

    SECTION("participants")
    {
        ui::ParticipantForm existing(context, participant);
        checkFits(existing, QStringLiteral("participant card"));
        ui::ParticipantForm fresh(context);
        checkFits(fresh, QStringLiteral("new participant"));
        ui::ParticipantImportWizard wizard(context);
        checkFits(wizard, QStringLiteral("participant import"));
        ui::ParticipantExportDialog exportDialog(context);
        checkFits(exportDialog, QStringLiteral("participant export"));
        ui::RecruitmentPipelineView pipeline(context);
        checkFits(pipeline, QStringLiteral("recruitment pipeline"));
        ui::RecruitmentSettingsDialog recruitment(context);
        checkFits(recruitment, QStringLiteral("recruitment settings"));
    }
    SECTION("housing cooperatives")
    {
        ui::HousingCoopForm existing(context, housingCoop);
        checkFits(existing, QStringLiteral("SM form"));
        ui::HousingCoopForm fresh(context);
        checkFits(fresh, QStringLiteral("new SM"));
        ui::InstitutionDialog institutions(context);
        checkFits(institutions, QStringLiteral("institutions"));
    }
    SECTION("social cooperatives")
    {
        ui::SocialCoopCard card(context, socialCoop, day);
        checkFits(card, QStringLiteral("OSS card"));
        for (int tab = 0; tab < card.tabs()->count(); ++tab) {
            card.tabs()->setCurrentIndex(tab);
            checkFits(card, QStringLiteral("OSS card, tab %1").arg(card.tabs()->tabText(tab)));
        }
        ui::HealthPanel panel(context, day);
        checkFits(panel, QStringLiteral("health panel"));
        checkOpened(card, QStringLiteral("OSS data"), [&] { ui::CoopDetailsDialog::open(context, socialCoop, &card); });
        checkOpened(card, QStringLiteral("new member"), [&] { card.membersTab()->editMember(-1); });
        checkOpened(card, QStringLiteral("new employment"), [&] { card.membersTab()->editEmployment(-1); });
        checkOpened(card, QStringLiteral("new agreement"), [&] { card.agreementTab()->editAgreement(-1); });
        checkOpened(card, QStringLiteral("new sale"), [&] { card.servicePointTab()->addSale(); });
        checkOpened(card, QStringLiteral("founding step"), [&] { card.foundingTab()->editStep(0); });
    }
    SECTION("training")
    {
        ui::ScheduleDialog schedule(db, course);
        checkFits(schedule, QStringLiteral("schedule"));
        ui::EnrolDialog enrol(db, course);
        checkFits(enrol, QStringLiteral("enrolment"));
        const auto stored = core::SessionRepository(db).find(session);
        REQUIRE(stored);
        ui::SessionDialog sessionDialog(*stored);
        checkFits(sessionDialog, QStringLiteral("session"));
    }
    SECTION("questionnaires")
    {
        const auto stored = core::SurveyRoundRepository(db).find(round);
        REQUIRE(stored);
        ui::RoundDialog roundDialog(db, *stored, [](const core::SurveyRound&) { return core::Status{}; });
        checkFits(roundDialog, QStringLiteral("survey round"));
        core::InstrumentRepository instruments(db);
        const auto tool = instruments.find(instrument);
        REQUIRE(tool);
        REQUIRE_FALSE(tool->items.isEmpty());
        ui::ItemDialog item(tool->items.first(), instruments.scales());
        checkFits(item, QStringLiteral("questionnaire item"));
        ui::ScalesDialog scales(context);
        checkFits(scales, QStringLiteral("scales"));
        ui::AnswerImportDialog answers(context, round);
        checkFits(answers, QStringLiteral("answer import"));
    }
    SECTION("consultations")
    {
        const auto stored = core::ConsultationRepository(db).find(consultation);
        REQUIRE(stored);
        ui::ConsultationDialog dialog(db, *stored);
        checkFits(dialog, QStringLiteral("consultation"));
    }
    SECTION("work orders")
    {
        ui::WorkOrdersSection section(context);
        section.show();
        checkOpened(section, QStringLiteral("new work order"), [&] { section.newOrder(); });
        checkOpened(section, QStringLiteral("recurring orders"), [&] { section.newRecurringOrder(); });
        REQUIRE(section.selectOrder(order));
        checkOpened(section, QStringLiteral("work order"), [&] { section.editSelected(); });
        checkOpened(section, QStringLiteral("status change"), [&] { section.advanceSelected(); });
    }
    SECTION("debts")
    {
        ui::DebtsSection section(context);
        std::unique_ptr<ui::DebtWatchDialog> plans(section.createPlansAtRiskDialog());
        checkFits(*plans, QStringLiteral("plans at risk"));
        std::unique_ptr<ui::DebtWatchDialog> warnings(section.createEarlyWarningDialog());
        checkFits(*warnings, QStringLiteral("early warnings"));
        ui::OpenAccountDialog open(context);
        checkFits(open, QStringLiteral("new debt account"));
        ui::LedgerImportDialog ledger(context);
        checkFits(ledger, QStringLiteral("ledger import"));
        ui::WageDeductionDialog wages(context, QDate(2011, 6, 1));
        checkFits(wages, QStringLiteral("wage deductions"));
        ui::SignPlanDialog plan(account, core::Money::fromZloty(2400), day);
        checkFits(plan, QStringLiteral("instalment agreement"));
    }
    SECTION("reports and settings")
    {
        ui::ReportingPeriodDialog period(context);
        checkFits(period, QStringLiteral("reporting period"));
        ui::IndicatorTargetsDialog targets(context);
        checkFits(targets, QStringLiteral("indicator targets"));
        ui::ProjectSettingsDialog projectSettings(context);
        checkFits(projectSettings, QStringLiteral("project settings"));
        ui::NewProjectDialog newProject(QStringLiteral("Projekt"), day);
        checkFits(newProject, QStringLiteral("new project"));
        ui::BackupsDialog backups(window.session()->path(), dir.path(), &db, prompt);
        checkFits(backups, QStringLiteral("backups"));
    }
}
