// Enter posts a one-line entry form from any of its fields; Esc closes a dialog, asking first
// when something typed would be lost.

#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"
#include "tests/ui/DebtsUiSupport.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/debts/DebtsSection.h"
#include "ui/socialcoops/FormDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace osiedle;
using test::child;
using test::d;
using test::zl;

TEST_CASE("Enter in any field of a one-line entry form presses its button", "[forms][keys]")
{
    QWidget form;
    auto* amount = new QLineEdit(&form);
    auto* kind = new QComboBox(&form);
    kind->addItems({QStringLiteral("charge"), QStringLiteral("payment")});
    auto* hours = new QDoubleSpinBox(&form);
    auto* date = new ui::DateEdit(QDate(2012, 3, 1), &form);
    auto* notes = new QPlainTextEdit(&form);
    auto* post = new QPushButton(QStringLiteral("Post"), &form);
    auto* layout = new QVBoxLayout(&form);
    for (QWidget* w : std::initializer_list<QWidget*>{amount, kind, hours, date, notes, post}) {
        layout->addWidget(w);
    }
    int posted = 0;
    QObject::connect(post, &QPushButton::clicked, [&posted] { ++posted; });
    ui::enterSubmits({amount, kind, hours, date}, post);
    form.show();

    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(posted == 1);
    QTest::keyClick(kind, Qt::Key_Return);
    CHECK(posted == 2);
    QTest::keyClick(hours, Qt::Key_Enter, Qt::KeypadModifier); // the number pad's Enter too
    CHECK(posted == 3);
    QTest::keyClick(date, Qt::Key_Return);
    CHECK(posted == 4);
    // other keys type as usual; Shift+Enter and a text of several lines are not a post
    QTest::keyClicks(amount, QStringLiteral("12"));
    CHECK(amount->text() == QStringLiteral("12"));
    QTest::keyClick(amount, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(notes, Qt::Key_Return);
    CHECK(posted == 4);
    CHECK(notes->toPlainText() == QStringLiteral("\n"));
    // a disabled button is not pressed
    post->setEnabled(false);
    QTest::keyClick(amount, Qt::Key_Return);
    CHECK(posted == 4);
}

TEST_CASE("Enter in the ledger's entry form posts the entry, from the note as from the amount", "[forms][keys][debts]")
{
    test::TempProject project;
    test::DebtWorld world(project.db());
    const qint64 account = world.tenant("Kowalska", d("2012-01-10"), zl(3000));
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), world.changes(), undo, prompt};
    ui::DebtsSection section(context);
    section.resize(1280, 700);
    section.show();
    section.openAccount(account);
    const QByteArray entries = "SELECT count(*) FROM debt_entry WHERE account_id = " + QByteArray::number(account);
    REQUIRE(project.db().scalar(entries) == 1); // the arrears at entry

    auto* kind = child<QComboBox>(section, "entryKind");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::DebtEntryKind::Payment)));
    child<QDateEdit>(section, "entryDate")->setDate(d("2012-02-03"));
    auto* amount = child<QLineEdit>(section, "entryAmount");
    auto* note = child<QLineEdit>(section, "entryNote");
    amount->setText(QStringLiteral("150,00"));
    note->setText(QStringLiteral("wpłata w kasie"));
    QTest::keyClick(note, Qt::Key_Return);
    CHECK(child<QLabel>(section, "entryError")->text().isEmpty());
    CHECK(project.db().scalar(entries) == 2);
    CHECK(project.db().scalar(entries + " AND kind = 'payment' AND amount = -15000 AND date = '2012-02-03'") == 1);

    // a wrong amount: Enter shows why and posts nothing
    amount->setText(QStringLiteral("sto"));
    QTest::keyClick(child<QDateEdit>(section, "entryDate"), Qt::Key_Return);
    CHECK_FALSE(child<QLabel>(section, "entryError")->text().isEmpty());
    CHECK(project.db().scalar(entries) == 2);
}

TEST_CASE("Esc closes a form at once when nothing was typed, and asks before discarding what was", "[forms][keys]")
{
    test::ScriptedPrompt prompt;
    ui::FormDialog dialog(QStringLiteral("New sale"));
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    auto* client = new QLineEdit(&dialog);
    auto* kind = new QComboBox(&dialog);
    kind->addItems({QStringLiteral("A"), QStringLiteral("B")});
    dialog.form()->addRow(QStringLiteral("Client"), client);
    dialog.form()->addRow(QStringLiteral("Kind"), kind);
    dialog.setPrompt(&prompt);
    bool saved = false;
    dialog.setSubmit([&saved] {
        saved = true;
        return QString();
    });

    SECTION("nothing typed: Esc closes without a question")
    {
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(dialog.isVisible());
        CHECK(prompt.shown.isEmpty());
        CHECK(dialog.result() == QDialog::Rejected);
    }
    SECTION("a typed field: Esc asks; No keeps the form and its text, Yes closes it")
    {
        dialog.show();
        QTest::keyClicks(client, QStringLiteral("Jan"));
        QTest::keyClick(client, Qt::Key_Escape);
        REQUIRE(prompt.shown.size() == 1);
        CHECK(prompt.shown[0].kind == test::ScriptedPrompt::Kind::Confirm);
        CHECK(prompt.shown[0].title == QStringLiteral("Discard changes?"));
        CHECK(dialog.isVisible());
        CHECK(client->text() == QStringLiteral("Jan"));

        prompt.confirmAnswers.enqueue(true);
        QTest::keyClick(client, Qt::Key_Escape);
        CHECK(prompt.shown.size() == 2);
        CHECK_FALSE(dialog.isVisible());
        CHECK_FALSE(saved);
    }
    SECTION("a chosen item counts as a change too, and the window's × asks as Esc does")
    {
        dialog.show();
        kind->setCurrentIndex(1);
        dialog.close();
        CHECK(prompt.shown.size() == 1);
        CHECK(dialog.isVisible());
    }
    SECTION("saving never asks")
    {
        dialog.show();
        QTest::keyClicks(client, QStringLiteral("Jan"));
        dialog.submit();
        CHECK(saved);
        CHECK(prompt.shown.isEmpty());
        CHECK_FALSE(dialog.isVisible());
    }
}
