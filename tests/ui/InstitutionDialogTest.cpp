#include "ui/housingcoops/InstitutionDialog.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/storage/Database.h"
#include "core/storage/InstitutionRepository.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"
#include "ui/housingcoops/HousingCoopListSection.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace osiedle;

TEST_CASE("Institutions dialog: add, edit, refuse to delete one in use, delete, undo", "[ui][housingcoops]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};
    core::InstitutionRepository repo(project.db());

    ui::HousingCoopListSection section(context);
    REQUIRE(section.findChild<QPushButton*>(QStringLiteral("institutions")));

    ui::InstitutionDialog dialog(context);
    auto* list = dialog.findChild<QTableWidget*>(QStringLiteral("institutionList"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
    auto* postal = dialog.findChild<QLineEdit*>(QStringLiteral("postalCode"));
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("kind"));
    auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveInstitution"));
    auto* remove = dialog.findChild<QPushButton*>(QStringLiteral("deleteInstitution"));
    REQUIRE(list);
    REQUIRE(name);
    REQUIRE(postal);
    REQUIRE(kind);
    REQUIRE(save);
    REQUIRE(remove);
    CHECK(list->rowCount() == 0);

    // A missing name is shown next to the field and nothing is stored.
    kind->setCurrentIndex(kind->findData(core::key(core::InstitutionKind::Pup)));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(repo.list().isEmpty());
    CHECK(!dialog.findChild<QLabel*>(QStringLiteral("nameError"))->text().isEmpty());

    name->setText(QStringLiteral("PUP Gniezno"));
    postal->setText(QStringLiteral("62-200"));
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(repo.list().size() == 1);
    const qint64 id = repo.list().first().id;
    CHECK(repo.list().first().kind == core::InstitutionKind::Pup);
    CHECK(list->rowCount() == 1);
    CHECK(dialog.currentId() == id);

    name->setText(QStringLiteral("Powiatowy Urząd Pracy w Gnieźnie"));
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(repo.find(id)->name == QStringLiteral("Powiatowy Urząd Pracy w Gnieźnie"));
    undo.undo();
    CHECK(repo.find(id)->name == QStringLiteral("PUP Gniezno"));
    undo.redo();

    // Used by an SM: refused with a message naming the use.
    core::HousingCoopService coops(project.db(), changes);
    core::HousingCoop coop = test::aHousingCoop();
    coop.institutionIds = {id};
    const qint64 coopId = coops.create(coop).value();
    prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(repo.find(id));
    REQUIRE(prompt.errors().size() == 1);
    CHECK(prompt.errors().first().contains(QStringLiteral("housing cooperative")));

    // Free again: deleted, and undo brings it back.
    REQUIRE(coops.remove(coopId));
    dialog.select(id);
    prompt.confirmAnswers.enqueue(true);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(!repo.find(id));
    CHECK(list->rowCount() == 0);
    CHECK(dialog.currentId() == 0);
    undo.undo();
    CHECK(repo.find(id));
}
