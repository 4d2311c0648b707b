#include "core/io/EncryptedArchive.h"
#include "core/storage/Database.h"
#include "support/FileBytes.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/SevenZip.h"
#include "support/TestContext.h"
#include "ui/common/PasswordDialog.h"
#include "ui/participants/ParticipantExportDialog.h"
#include "ui/participants/PersonRightsActions.h"
#include "ui/socialcoops/SocialCoopListSection.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace osiedle;

namespace {

qint64 addPerson(core::Database& db, const QString& pesel)
{
    core::Statement st = db.prepare("INSERT INTO participant (first_name, last_name, pesel, sex, birth_date, "
                                    "recruitment_status, consent_on) VALUES ('Anna', 'Rezerwowa', ?1, 'F', "
                                    "'1985-01-01', 'reserve', '2011-03-01')");
    st.bind(1, pesel);
    st.exec();
    return db.lastInsertId();
}

} // namespace

TEST_CASE("A list is exported encrypted by default, with its password shown once", "[ui][privacy][archive]")
{
    test::TestContext t;
    t.db().exec("INSERT INTO social_coop (id, name, locality) VALUES (1, 'OSS Razem', 'Łódź')");
    ui::SocialCoopListSection section(t.context);
    section.show();
    const QString path = t.project.dir() + QStringLiteral("/oss.zip");
    t.prompt.saveFileAnswers.enqueue(path);
    QTest::mouseClick(section.findChild<QPushButton*>(QStringLiteral("exportList")), Qt::LeftButton);
    REQUIRE(t.prompt.errors().isEmpty());
    // The archive is the first choice offered, and the name suggested.
    const auto asked = t.prompt.texts(test::ScriptedPrompt::Kind::SaveFile);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first().endsWith(QStringLiteral(".zip")));
    REQUIRE(t.prompt.saveFilters.size() == 1);
    CHECK(t.prompt.saveFilters.first().startsWith(QStringLiteral("Encrypted ZIP archive, AES-256 (*.zip);;")));
    REQUIRE(t.prompt.passwords.size() == 1);
    const QString password = t.prompt.passwords.first();
    CHECK(core::EncryptedArchive::passwordProblem(password).isEmpty());
    CHECK(t.prompt.informations().join(QLatin1Char('\n')).contains(QStringLiteral("another channel")));
    CHECK_FALSE(t.prompt.informations().join(QLatin1Char('\n')).contains(password));

    const QString out = t.project.dir() + QStringLiteral("/out");
    REQUIRE(test::sevenZipExtract(path, out, password).exitCode == 0);
    CHECK(test::filesIn(out) == QStringList{QStringLiteral("oss.xlsx")});
    CHECK(test::readFile(out + QStringLiteral("/oss.xlsx")).startsWith("PK"));
    CHECK(test::sevenZipExtract(path, out + QStringLiteral("2"), password.toLower() + QStringLiteral("x")).exitCode !=
          0);
}

TEST_CASE("The monitoring export sealed holds the same file as the plain one", "[ui][privacy][archive]")
{
    test::TestContext t;
    addPerson(t.db(), QStringLiteral("85010112345"));
    ui::ParticipantExportDialog dialog(t.context);
    const QString plain = t.project.dir() + QStringLiteral("/uczestnicy.csv");
    REQUIRE(dialog.exportTo(plain) == 1);
    const QString sealed = t.project.dir() + QStringLiteral("/uczestnicy.zip");
    REQUIRE(dialog.exportTo(sealed, QStringLiteral("csv")) == 1);
    REQUIRE(t.prompt.passwords.size() == 1);
    CHECK_FALSE(test::readFile(sealed).contains("85010112345"));
    const QString out = t.project.dir() + QStringLiteral("/out");
    REQUIRE(test::sevenZipExtract(sealed, out, t.prompt.passwords.first()).exitCode == 0);
    CHECK(test::readFile(out + QStringLiteral("/uczestnicy.csv")) == test::readFile(plain));
}

TEST_CASE("The password dialog shows the password and copies it", "[ui][privacy][archive]")
{
    ui::PasswordDialog dialog(QStringLiteral("Hasło"), QStringLiteral("Przekaż innym kanałem."),
                              QStringLiteral("abcde-FGHJK-23456-mnpqr"));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    REQUIRE(field != nullptr);
    CHECK(field->text() == QStringLiteral("abcde-FGHJK-23456-mnpqr"));
    CHECK(field->isReadOnly());
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyPassword")), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("abcde-FGHJK-23456-mnpqr"));
}

TEST_CASE("Erasure on request asks, erases a person never supported and clears the undo history",
          "[ui][privacy][erasure]")
{
    test::TestContext t;
    const qint64 id = addPerson(t.db(), QStringLiteral("85010112345"));
    t.db().exec(
        "INSERT INTO consultation (date, adviser, participant_id, area, topic) VALUES ('2009-01-01', 'Doradca', " +
        QByteArray::number(id) + ", 'legal', 'długi')");
    SECTION("the user says no")
    {
        t.prompt.confirmAnswers.enqueue(false);
        ui::PersonRightsActions::eraseOnRequest(t.context, nullptr, id);
        CHECK(t.db().scalar("SELECT count(*) FROM participant") == 1);
    }
    SECTION("the user confirms")
    {
        t.prompt.confirmAnswers.enqueue(true);
        ui::PersonRightsActions::eraseOnRequest(t.context, nullptr, id);
        const auto asked = t.prompt.texts(test::ScriptedPrompt::Kind::Confirm);
        REQUIRE(asked.size() == 1);
        CHECK(asked.first().contains(QStringLiteral("1 consultation")));
        CHECK(asked.first().contains(QStringLiteral("cannot be undone")));
        CHECK(t.db().scalar("SELECT count(*) FROM participant") == 0);
        CHECK(t.db().scalar("SELECT count(*) FROM consultation") == 0);
        CHECK(t.undo.count() == 0);
    }
}

TEST_CASE("Anonymisation from the window is refused before the archiving date, naming it", "[ui][privacy][anonymise]")
{
    test::TestContext t;
    addPerson(t.db(), QStringLiteral("85010112345"));
    t.db().exec("INSERT INTO project (id, title, start_date, end_date, keep_documents_until) "
                "VALUES (1, 'Projekt', '2010-10-01', '2013-06-30', '2099-12-31')");
    ui::PersonRightsActions::anonymise(t.context, nullptr);
    REQUIRE(t.prompt.errors().size() == 1);
    CHECK(t.prompt.errors().first().contains(QStringLiteral("31.12.2099")));
    CHECK(t.db().scalar("SELECT count(*) FROM participant WHERE pesel = '85010112345'") == 1);
}
