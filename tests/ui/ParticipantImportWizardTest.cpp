#include "ui/participants/ParticipantImportWizard.h"

#include "core/domain/Pesel.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;

TEST_CASE("The import wizard: file, column mapping with preview, problems, import only valid rows", "[ui][import]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};

    const QString path = project.dir() + QStringLiteral("/kandydaci.csv");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Lp.;Imię i nazwisko?;Nazwisko;Numer PESEL;Kod\n"
            "1;Jan;Kowalski;44051401359;05-200\n"
            "2;Anna;Nowak;44051401358;05-200\n");
    f.close();

    ui::ParticipantImportWizard wizard(context);
    wizard.show();
    prompt.openFileAnswers.enqueue(path);
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("chooseFile")), Qt::LeftButton);

    auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("preview"));
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->item(1, 2)->text() == QStringLiteral("Nowak"));
    // "Nazwisko" and "Kod" are recognised; the user maps the other two columns
    CHECK(wizard.mapping().value(QStringLiteral("last_name")) == 2);
    CHECK(wizard.mapping().value(QStringLiteral("postal_code")) == 4);
    auto* first = wizard.findChild<QComboBox*>(QStringLiteral("map_1"));
    first->setCurrentIndex(first->findData(QStringLiteral("first_name")));
    auto* pesel = wizard.findChild<QComboBox*>(QStringLiteral("map_3"));
    pesel->setCurrentIndex(pesel->findData(QStringLiteral("pesel")));

    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("check")), Qt::LeftButton);
    auto* problems = wizard.findChild<QTableWidget*>(QStringLiteral("problems"));
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("Numer PESEL"));
    CHECK(problems->item(0, 3)->text() == QStringLiteral("PESEL 44051401358: wrong check digit"));
    CHECK(!wizard.findChild<QPushButton*>(QStringLiteral("importAll"))->isEnabled());
    auto* importValid = wizard.findChild<QPushButton*>(QStringLiteral("importValid"));
    REQUIRE(importValid->isEnabled());
    QTest::mouseClick(importValid, Qt::LeftButton);
    CHECK(project.db().scalar("SELECT count(*) FROM participant") == 1);
    CHECK(prompt.informations() == QStringList{QStringLiteral("1 participant(s) imported.")});
}

TEST_CASE("The import wizard shows progress for a long file and reads a corrected file again", "[ui][import]")
{
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};

    const int rows = 600;
    auto writeFile = [&project](const QString& badPesel) {
        const QString path = project.dir() + QStringLiteral("/long.csv");
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("Imię;Nazwisko;Identyfikator\n");
        for (int i = 0; i < rows; ++i) {
            const QString pesel = i == 17 && !badPesel.isEmpty()
                                      ? badPesel
                                      : core::Pesel::fromParts(QDate(1970, 1, 1).addDays(i / 10),
                                                               i % 2 ? core::Sex::Male : core::Sex::Female, i % 10)
                                            .digits();
            f.write(QStringLiteral("Osoba;Numer%1;%2\n").arg(i).arg(pesel).toUtf8());
        }
        return path;
    };
    const QString path = writeFile(QStringLiteral("44051401358"));

    ui::ParticipantImportWizard wizard(context);
    wizard.show();
    REQUIRE(wizard.openFile(path));
    CHECK(wizard.progressMaximum() == 0);
    // "Identyfikator" is not a known title: the user maps it to the PESEL
    auto* pesel = wizard.findChild<QComboBox*>(QStringLiteral("map_2"));
    pesel->setCurrentIndex(pesel->findData(QStringLiteral("pesel")));
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("check")), Qt::LeftButton);
    CHECK(wizard.progressMaximum() == rows);
    auto* problems = wizard.findChild<QTableWidget*>(QStringLiteral("problems"));
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("19"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("Identyfikator"));

    // the file is corrected and read again: the mapping made by hand stays
    writeFile(QString());
    QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("reread")), Qt::LeftButton);
    CHECK(problems->rowCount() == 0);
    CHECK(wizard.mapping().value(QStringLiteral("pesel")) == 2);
    auto* importAll = wizard.findChild<QPushButton*>(QStringLiteral("importAll"));
    REQUIRE(importAll->isEnabled());
    QTest::mouseClick(importAll, Qt::LeftButton);
    CHECK(project.db().scalar("SELECT count(*) FROM participant") == rows);
    CHECK(prompt.informations().last() == QStringLiteral("600 participant(s) imported."));
}
