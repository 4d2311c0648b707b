// The dashboard's "needs attention" lines are links: a click (or Enter) opens their records.

#include "core/storage/Database.h"
#include "support/DemoFiles.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TestContext.h"
#include "ui/common/AppSettings.h"
#include "ui/dashboard/DashboardSection.h"
#include "ui/debts/DebtWatchDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/ProjectSession.h"
#include "ui/participants/ParticipantListModel.h"
#include "ui/participants/ParticipantListSection.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace osiedle;

namespace {

QListWidget* attentionList(ui::MainWindow& window)
{
    REQUIRE(window.showSection(QStringLiteral("dashboard")));
    test::settle(window.session()->context()); // the dashboard reads off the window's thread
    QApplication::processEvents();
    auto* list =
        window.sectionWidget(QStringLiteral("dashboard"))->findChild<QListWidget*>(QStringLiteral("attentionList"));
    REQUIRE(list != nullptr);
    REQUIRE(list->count() >= 4);
    return list;
}

void click(QListWidget* list, int row)
{
    QListWidgetItem* item = list->item(row);
    CHECK(item->font().underline());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QApplication::processEvents();
}

} // namespace

TEST_CASE("The dashboard's attention lines open the records they count", "[dashboard][links]")
{
    QTemporaryDir dir;
    const QString demo = test::demoCopy(1, dir.path());
    ui::AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    test::ScriptedPrompt prompt;
    ui::MainWindow window(settings, prompt);
    window.resize(1350, 696);
    window.show();
    REQUIRE(window.openFile(demo));
    core::Database& db = window.session()->db();

    SECTION("incomplete records: the participants whose data is incomplete")
    {
        QListWidget* list = attentionList(window);
        const qint64 incomplete = db.scalar("SELECT count(*) FROM participant_missing WHERE missing <> 0");
        REQUIRE(incomplete > 0);
        CHECK(list->item(0)->text().endsWith(QStringLiteral(": %1").arg(incomplete)));
        click(list, 0);
        CHECK(window.currentSectionId() == QStringLiteral("participants"));
        auto* section = qobject_cast<ui::ParticipantListSection*>(window.sectionWidget(QStringLiteral("participants")));
        REQUIRE(section != nullptr);
        CHECK(section->findChild<QCheckBox*>(QStringLiteral("filterIncomplete"))->isChecked());
        CHECK(section->model()->matchingCount() == incomplete);
    }
    SECTION("overdue work orders: the orders list set to the overdue ones")
    {
        QListWidget* list = attentionList(window);
        click(list, 2);
        CHECK(window.currentSectionId() == QStringLiteral("work-orders"));
        auto* kind =
            window.sectionWidget(QStringLiteral("work-orders"))->findChild<QComboBox*>(QStringLiteral("orderListKind"));
        REQUIRE(kind != nullptr);
        CHECK(kind->currentText() == QStringLiteral("Overdue"));
    }
    SECTION("follow-ups due, from the keyboard: the consultations' follow-ups")
    {
        QListWidget* list = attentionList(window);
        list->setFocus();
        list->setCurrentRow(3);
        QTest::keyClick(list->viewport(), Qt::Key_Return);
        QApplication::processEvents();
        CHECK(window.currentSectionId() == QStringLiteral("consultations"));
        auto* tabs = window.sectionWidget(QStringLiteral("consultations"))
                         ->findChild<QTabWidget*>(QStringLiteral("consultationTabs"));
        REQUIRE(tabs != nullptr);
        CHECK(tabs->currentWidget()->findChild<QWidget*>(QStringLiteral("followUpList")) != nullptr);
    }
    SECTION("plans with an overdue instalment: the list of plans at risk")
    {
        QListWidget* list = attentionList(window);
        QString shown;
        QTimer::singleShot(100, [&shown] {
            if (auto* dialog = qobject_cast<ui::DebtWatchDialog*>(QApplication::activeModalWidget())) {
                shown = dialog->windowTitle();
                dialog->reject();
            }
        });
        click(list, 1);
        QTest::qWait(300);
        CHECK(window.currentSectionId() == QStringLiteral("debts"));
        CHECK(shown == QStringLiteral("Plans at risk"));
    }
}
