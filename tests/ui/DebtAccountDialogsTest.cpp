#include "core/storage/LedgerRepository.h"
#include "support/QtStringMakers.h"
#include "support/ScriptedPrompt.h"
#include "support/TableDump.h"
#include "support/TempProject.h"
#include "tests/core/DebtTestData.h"
#include "tests/ui/DebtsUiSupport.h"
#include "ui/common/AppContext.h"
#include "ui/debts/DebtsSection.h"
#include "ui/debts/LedgerImportDialog.h"
#include "ui/debts/OpenAccountDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace osiedle;
using test::child;
using test::d;
using test::shot;
using test::zl;

namespace {

struct DebtUi {
    test::TempProject project;
    test::DebtWorld world{project.db()};
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), world.changes(), undo, prompt};

    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = QDir(project.dir()).filePath(QString::fromLatin1(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
};

} // namespace

TEST_CASE("A debt account is opened from the debts section with the facts of recruitment, and undone", "[debts][ui]")
{
    DebtUi f;
    auto& db = f.project.db();
    f.world.tenant("Nowak", d("2012-01-10"), zl(500)); // has an account (K/1): not offered
    db.exec("INSERT INTO housing_coop (id, name) VALUES (2, 'SM Zgoda')");
    db.exec("INSERT INTO participant (id, first_name, last_name, housing_coop_id, recruited_on, arrears_at_entry) "
            "VALUES (7, 'Ewa', 'Wójcik', 2, '2012-03-05', 425000)");
    db.exec("INSERT INTO participant (id, first_name, last_name, recruited_on) VALUES (8, 'Jan', 'Adamski', "
            "'2012-04-01')");

    ui::DebtsSection section(f.context);
    section.resize(1280, 760);
    section.show();
    section.setAsOf(d("2012-06-30"));
    bool checked = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::OpenAccountDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        checked = true;
        CHECK(dialog->participantCount() == 2); // Adamski and Wójcik, not Nowak
        dialog->setParticipant(7);
        CHECK(child<QComboBox>(*dialog, "housingCoop")->currentText() == QStringLiteral("SM Zgoda"));
        CHECK(child<QDateEdit>(*dialog, "openedOn")->date() == d("2012-03-05"));
        CHECK(child<QLineEdit>(*dialog, "arrearsAtEntry")->text() == zl(4250).formatPlain());
        child<QLineEdit>(*dialog, "accountNumber")->setText(QStringLiteral("Z/0042"));
        child<QLineEdit>(*dialog, "flat")->setText(QStringLiteral("Lipowa 7/12"));
        auto* title = child<QComboBox>(*dialog, "title");
        title->setCurrentIndex(title->findData(static_cast<int>(core::TenancyTitle::Ownership)));
        shot(*dialog, "09-open-account");
        child<QPushButton>(*dialog, "openAccount")->click();
    });
    child<QPushButton>(section, "openDebtAccount")->click();
    REQUIRE(checked);
    REQUIRE(db.scalar("SELECT count(*) FROM debt_account WHERE participant_id = 7") == 1);
    const qint64 account = db.scalar("SELECT id FROM debt_account WHERE participant_id = 7");
    CHECK(db.scalar("SELECT count(*) FROM debt_account WHERE id = " + QByteArray::number(account) +
                    " AND housing_coop_id = 2 AND account_number = 'Z/0042' AND flat = 'Lipowa 7/12'"
                    " AND title = 'ownership' AND opened_on = '2012-03-05'") == 1);
    CHECK(core::LedgerRepository(db).atEntry(account) == zl(4250));
    // the new account's page is open
    CHECK(child<QStackedWidget>(section, "debtPages")->currentWidget() == child<QWidget>(section, "tenantPage"));
    CHECK(child<QLabel>(section, "figureAtEntry")->text() == zl(4250).format());
    CHECK(child<QLabel>(section, "tenantHeader")->text().contains(QStringLiteral("Z/0042")));

    f.undo.undo();
    CHECK(db.scalar("SELECT count(*) FROM debt_account WHERE participant_id = 7") == 0);
    CHECK(db.scalar("SELECT count(*) FROM debt_entry") == 1); // Nowak's opening entry only
    f.undo.redo();
    CHECK(db.scalar("SELECT count(*) FROM debt_account WHERE participant_id = 7 AND account_number = 'Z/0042'") == 1);
    CHECK(db.scalar("SELECT sum(amount) FROM debt_entry") == 50000 + 425000);
}

TEST_CASE("Opening a debt account refuses a number in use and bad arrears, and the dialog stays open", "[debts][ui]")
{
    DebtUi f;
    f.world.tenant("Nowak", d("2012-01-10"), zl(500)); // K/1 at SM 1
    f.project.db().exec("INSERT INTO participant (id, first_name, last_name, housing_coop_id, recruited_on) "
                        "VALUES (7, 'Ewa', 'Wójcik', 1, '2012-03-05')");
    const QByteArray before = test::tableDump(f.project.db());
    ui::OpenAccountDialog dialog(f.context);
    dialog.setParticipant(7);
    child<QLineEdit>(dialog, "arrearsAtEntry")->setText(QStringLiteral("dużo"));
    dialog.accept();
    CHECK(child<QLabel>(dialog, "error")->text() == QStringLiteral("Arrears at entry: \"dużo\" is not an amount"));
    child<QLineEdit>(dialog, "arrearsAtEntry")->setText(QStringLiteral("1 200,00"));
    child<QLineEdit>(dialog, "accountNumber")->setText(QStringLiteral("K/1"));
    dialog.accept();
    CHECK(child<QLabel>(dialog, "error")->text() ==
          QStringLiteral("Account number K/1 is already used at this housing cooperative."));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.accountId() == 0);
    CHECK(f.undo.count() == 0);
    CHECK(test::tableDump(f.project.db()) == before);
}

TEST_CASE("The ledger import dialog lists the problems, imports a right file in one undoable step",
          "[debts][ui][import]")
{
    DebtUi f;
    const qint64 account = f.world.tenant("Kowalska", d("2012-01-10"), zl(3000)); // K/1
    const QByteArray before = test::tableDump(f.project.db());
    ui::LedgerImportDialog dialog(f.context);
    dialog.resize(900, 500);
    dialog.show();

    f.prompt.openFileAnswers.enqueue(f.file("bad.csv", "Nr konta;Data;Rodzaj;Kwota;Uwagi\n"
                                                       "K/1;2012-02-01;naliczenie;400,00;\n"
                                                       "K/9;2012-02-01;naliczenie;400,00;\n"
                                                       "K/1;2012-02-10;wpłata;-100;\n"));
    child<QPushButton>(dialog, "chooseFile")->click();
    auto* problems = child<QTableWidget>(dialog, "problems");
    REQUIRE(problems->rowCount() == 2);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("3"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("Nr konta"));
    CHECK(problems->item(0, 2)->text() == QStringLiteral("K/9"));
    CHECK(problems->item(0, 3)->text() == QStringLiteral("no debt account has this number"));
    CHECK(problems->item(1, 0)->text() == QStringLiteral("4"));
    CHECK(problems->item(1, 1)->text() == QStringLiteral("Kwota"));
    CHECK(child<QLabel>(dialog, "importResult")->text() ==
          QStringLiteral("bad.csv: 2 problem(s); nothing will be imported. Correct the file and choose it again."));
    CHECK_FALSE(child<QPushButton>(dialog, "importLedger")->isEnabled());
    shot(dialog, "10-ledger-import-problems");
    CHECK(test::tableDump(f.project.db()) == before);

    // a long right file: 3 rows a day for a thousand days
    QByteArray csv = "account;date;kind;amount;note\n";
    for (int day = 0; day < 1000; ++day) {
        const QByteArray date = QDate(2012, 2, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        csv += "K/1;" + date + ";charge;10,00;\nK/1;" + date + ";payment;7,50;\nK/1;" + date + ";interest;0,01;\n";
    }
    f.prompt.openFileAnswers.enqueue(f.file("good.csv", csv));
    child<QPushButton>(dialog, "chooseFile")->click();
    CHECK(problems->rowCount() == 0);
    CHECK(child<QLabel>(dialog, "importResult")->text() ==
          QStringLiteral("good.csv: 3000 row(s) for 1 account(s), no problems. Ready to import."));
    REQUIRE(child<QPushButton>(dialog, "importLedger")->isEnabled());
    CHECK(test::tableDump(f.project.db()) == before); // checking wrote nothing
    child<QPushButton>(dialog, "importLedger")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.prompt.errors().isEmpty());
    CHECK(f.prompt.informations() ==
          QStringList{QStringLiteral("3000 ledger entry(-ies) imported for 1 account(s) from good.csv.")});
    core::LedgerRepository ledger(f.project.db());
    const core::Money expected = zl(3000) + core::Money::fromGrosze(1000 * (1000 - 750 + 1));
    CHECK(ledger.balanceOn(account, d("2020-01-01")) == expected);

    REQUIRE(f.undo.count() == 1);
    f.undo.undo();
    CHECK(test::tableDump(f.project.db()) == before);
    f.undo.redo();
    CHECK(ledger.balanceOn(account, d("2020-01-01")) == expected);
}
