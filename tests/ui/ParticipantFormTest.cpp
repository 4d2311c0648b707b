#include "ui/participants/ParticipantForm.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/HousingCoopService.h"
#include "core/services/ParticipantService.h"
#include "core/storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/RecruitmentBuilders.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace osiedle;

namespace {

struct Fixture {
    test::TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    test::ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};

    qint64 count() { return project.db().scalar("SELECT count(*) FROM participant"); }
};

template <typename W> W* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<W*>(QString::fromLatin1(name));
    REQUIRE(w != nullptr);
    return w;
}

void type(QWidget& form, const char* name, const QString& text)
{
    auto* edit = child<QLineEdit>(form, name);
    edit->clear();
    // QTest types only ASCII keys; other letters are typed as text input
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            edit->insert(QString(c));
        }
    }
}

void choose(QWidget& form, const char* name, const QString& text)
{
    auto* combo = child<QComboBox>(form, name);
    const int index = combo->findText(text, Qt::MatchStartsWith);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("Typing a PESEL fills sex and birth date, the card says what is missing, save and undo", "[ui][participants]")
{
    Fixture f;
    ui::ParticipantForm form(f.context);
    form.show();
    type(form, "firstName", QStringLiteral("Anna"));
    type(form, "lastName", QStringLiteral("Kowalska"));
    type(form, "pesel", QStringLiteral("02211307589"));
    CHECK(child<QComboBox>(form, "sex")->currentText() == QStringLiteral("Woman"));
    CHECK(child<QLineEdit>(form, "birthDate")->text() == QStringLiteral("13.01.2002"));
    CHECK(!child<QComboBox>(form, "sex")->isEnabled());
    CHECK(child<QLineEdit>(form, "birthDate")->isReadOnly());
    CHECK(form.completenessText() == QStringLiteral("Missing monitoring data: education, address: gmina (TERYT), "
                                                    "address: locality and postal code, labour-market status, "
                                                    "consent to data processing, contact (phone, mobile or "
                                                    "e-mail)"));

    // a wrong postal code is shown next to its field and nothing is saved
    type(form, "postalCode", QStringLiteral("05-20"));
    CHECK(!form.save());
    CHECK(child<QLabel>(form, "postal_codeError")->text().contains(QStringLiteral("05-20")));
    CHECK(f.count() == 0);

    type(form, "postalCode", QStringLiteral("05-200"));
    choose(form, "education", QStringLiteral("Upper secondary"));
    choose(form, "voivodeship", QStringLiteral("mazowieckie"));
    choose(form, "powiat", QStringLiteral("wołomiński"));
    choose(form, "gmina", QStringLiteral("Wołomin (miasto)"));
    CHECK(child<QLabel>(form, "area")->text() == QStringLiteral("Urban area"));
    type(form, "locality", QStringLiteral("Wołomin"));
    type(form, "mobile", QStringLiteral("600 100 200"));
    choose(form, "labourStatus", QStringLiteral("Long-term unemployed"));
    type(form, "consentOn", QStringLiteral("01.03.2011"));
    CHECK(form.completenessText() == QStringLiteral("Monitoring data complete."));
    REQUIRE(form.save());
    CHECK(f.count() == 1);
    const auto stored = core::ParticipantService(f.project.db(), f.changes).find(form.participantId());
    REQUIRE(stored);
    CHECK(stored->sex == core::Sex::Female);
    CHECK(stored->teryt == QStringLiteral("1434124"));
    CHECK(stored->consentOn == QDate(2011, 3, 1));

    f.undo.undo();
    CHECK(f.count() == 0);
    f.undo.redo();
    CHECK(f.count() == 1);
}

TEST_CASE("A person without PESEL has sex and birth date typed", "[ui][participants]")
{
    Fixture f;
    ui::ParticipantForm form(f.context);
    type(form, "firstName", QStringLiteral("Olena"));
    type(form, "lastName", QStringLiteral("Shevchenko"));
    child<QCheckBox>(form, "noPesel")->setChecked(true);
    CHECK(child<QComboBox>(form, "sex")->isEnabled());
    CHECK(!form.save());
    CHECK(child<QLabel>(form, "sexError")->text() == QStringLiteral("Sex is required for a person without PESEL."));
    choose(form, "sex", QStringLiteral("Woman"));
    type(form, "birthDate", QStringLiteral("31.12.1975"));
    REQUIRE(form.save());
    const auto stored = core::ParticipantService(f.project.db(), f.changes).find(form.participantId());
    CHECK(stored->noPesel);
    CHECK(stored->birthDate == QDate(1975, 12, 31));
}

TEST_CASE("Edit and delete are undone and redone, unsaved changes are asked about", "[ui][participants]")
{
    Fixture f;
    core::ParticipantService service(f.project.db(), f.changes);
    const qint64 id = service.create(test::aParticipant()).value();
    {
        ui::ParticipantForm form(f.context, id);
        type(form, "street", QStringLiteral("Długa"));
        CHECK(form.isDirty());
        f.prompt.saveAnswers.enqueue(ui::UserPrompt::SaveChoice::Cancel);
        form.reject();
        CHECK(form.isDirty()); // still open
        f.prompt.saveAnswers.enqueue(ui::UserPrompt::SaveChoice::Save);
        form.reject();
        CHECK(f.prompt.last().kind == test::ScriptedPrompt::Kind::AskToSave);
    }
    CHECK(service.find(id)->street == QStringLiteral("Długa"));
    f.undo.undo();
    CHECK(service.find(id)->street == QStringLiteral("Lipowa"));
    f.undo.redo();
    CHECK(service.find(id)->street == QStringLiteral("Długa"));

    CHECK(ui::ParticipantForm::removeParticipant(f.context, id).isEmpty());
    CHECK(f.count() == 0);
    f.undo.undo();
    CHECK(service.find(id)->street == QStringLiteral("Długa"));
    f.undo.redo();
    CHECK(f.count() == 0);
}

TEST_CASE("The card asks how the participation ended when an end date is typed", "[ui][participants]")
{
    Fixture f;
    ui::ParticipantForm form(f.context);
    form.show();
    type(form, "firstName", QStringLiteral("Jan"));
    type(form, "lastName", QStringLiteral("Kowalski"));
    type(form, "pesel", QStringLiteral("44051401359"));
    type(form, "participationEnd", QStringLiteral("30.06.2012"));
    CHECK(!form.save());
    CHECK(child<QLabel>(form, "completionError")->text().contains(QStringLiteral("how the participation ended")));
    CHECK(f.count() == 0);
    choose(form, "completion", QStringLiteral("Completed as planned"));
    REQUIRE(form.save());
    const auto stored = core::ParticipantService(f.project.db(), f.changes).find(form.participantId());
    CHECK(stored->completion == core::Completion::Completed);
    CHECK(stored->participationEnd == QDate(2012, 6, 30));
}
