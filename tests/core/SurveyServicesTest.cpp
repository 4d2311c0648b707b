#include "core/services/InstrumentDrafts.h"
#include "core/services/InstrumentService.h"
#include "core/services/SurveyAnswerService.h"
#include "core/services/SurveyRoundService.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/SurveyRoundRepository.h"
#include "support/QtStringMakers.h"
#include "support/SurveyTestData.h"
#include "support/TempProject.h"

using namespace osiedle;

namespace {

struct Fixture {
    test::TempProject project;
    test::SurveyTestData data;
    Fixture() { data = test::fillSurveyTestData(project.db()); }
    core::Database& db() { return project.db(); }
    core::Instrument attitude() { return *core::InstrumentRepository(db()).find(data.attitude); }
};

core::SurveyRound courseRound(qint64 instrument, core::RoundKind kind, const QDate& date,
                              std::optional<qint64> entry = std::nullopt)
{
    core::SurveyRound r;
    r.instrumentId = instrument;
    r.kind = kind;
    r.date = date;
    r.courseId = 1;
    r.entryRoundId = entry;
    return r;
}

} // namespace

TEST_CASE("The ready-made drafts for the three goals load, in Polish, and can be stored", "[surveys]")
{
    test::TempProject project;
    core::InstrumentRepository repo(project.db());
    const QList<core::Instrument> drafts = core::InstrumentDrafts::all(repo.scales());
    REQUIRE(drafts.size() == 3);
    QStringList keys;
    for (const core::Instrument& d : drafts) {
        INFO(d.name.toStdString());
        CHECK(d.items.size() >= 6);
        CHECK(core::InstrumentService::validate(d).isEmpty());
        const auto scale = repo.scale(d.items.first().scaleId);
        REQUIRE(scale.has_value());
        keys << scale->key;
        const auto id = core::InstrumentService(project.db()).create(d);
        REQUIRE(id.ok());
        CHECK(repo.find(*id)->items.size() == d.items.size());
    }
    CHECK(keys == QStringList{"attitude", "knowledge", "relations"});
    CHECK(drafts[0].name == QStringLiteral("Ankieta postaw przedsiębiorczych"));
    CHECK(drafts[1].kind == core::InstrumentKind::Test);
    CHECK(drafts[1].items.first().correct.has_value());
    CHECK(drafts[0].minChange(drafts[0].items.first().scaleId) == 3);
}

TEST_CASE("An instrument is checked before it is stored", "[surveys]")
{
    core::Instrument n;
    n.items.append({0, 1, QStringLiteral(""), core::ItemKind::Likert, 1, false, {}, std::nullopt});
    core::InstrumentItem question{0,
                                  2,
                                  QStringLiteral("Co to jest KRS?"),
                                  core::ItemKind::Choice,
                                  2,
                                  false,
                                  {QStringLiteral("Rejestr"), QStringLiteral("Urząd")},
                                  std::nullopt};
    n.items.append(question);
    n.scales.append({1, 5}); // one 1–5 item allows a rise of 4 at most
    QStringList messages;
    for (const core::FieldError& e : core::InstrumentService::validate(n)) {
        messages << e.message;
    }
    CHECK(messages == QStringList{QStringLiteral("The instrument needs a name."), QStringLiteral("Item 1 has no text."),
                                  QStringLiteral("Item 2 (“Co to jest KRS?”): mark the right answer."),
                                  QStringLiteral("The minimal change must be from 1 to 4 points: the scale's items "
                                                 "allow no more.")});
}

TEST_CASE("An instrument in use keeps its items; its wording may change; a new version may change all", "[surveys]")
{
    Fixture f;
    const auto rounds = test::addAttitudeRounds(f.db(), f.data);
    Q_UNUSED(rounds);
    core::InstrumentService service(f.db());

    core::Instrument wording = f.attitude();
    wording.items[0].text = QStringLiteral("Lubię brać sprawy w swoje ręce.");
    wording.instructions = QStringLiteral("Zaznacz jedną odpowiedź.");
    wording.scales = {{wording.items[0].scaleId, 3}};
    REQUIRE(service.update(wording).ok());
    CHECK(f.attitude().items[0].text == QStringLiteral("Lubię brać sprawy w swoje ręce."));
    CHECK(f.attitude().minChange(wording.items[0].scaleId) == 3);

    core::Instrument removed = f.attitude();
    removed.items.removeLast();
    const auto refused = service.update(removed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("Item 4 (“Pytanie 4”) cannot be removed.")));
    CHECK(refused.error().message.contains(QStringLiteral("Make a new version of it")));

    core::Instrument turned = f.attitude();
    turned.items[2].reversed = true;
    CHECK(service.update(turned).error().message.startsWith(
        QStringLiteral("Item 3 (“Pytanie 3”) cannot be turned round")));
    core::Instrument added = f.attitude();
    added.items.append({0, 5, QStringLiteral("Nowe"), core::ItemKind::Likert, added.items[0].scaleId, false, {}, {}});
    CHECK(service.update(added).error().message.startsWith(QStringLiteral("No item can be added.")));
    CHECK(f.attitude().items.size() == 4); // nothing of it was written

    const auto copy = service.newVersion(f.data.attitude);
    REQUIRE(copy.ok());
    core::Instrument second = *core::InstrumentRepository(f.db()).find(*copy);
    CHECK(second.name == QStringLiteral("Postawy (version 2)"));
    CHECK(second.version == 2);
    CHECK(second.previousId == f.data.attitude);
    REQUIRE(second.items.size() == 4);
    CHECK(second.items[0].id != f.attitude().items[0].id);
    second.items.removeLast(); // not in use: anything goes
    CHECK(service.update(second).ok());
    const auto third = service.newVersion(*copy);
    REQUIRE(third.ok());
    CHECK(core::InstrumentRepository(f.db()).find(*third)->name == QStringLiteral("Postawy (version 3)"));

    const auto deleted = service.remove(f.data.attitude);
    REQUIRE_FALSE(deleted.ok());
    CHECK(deleted.error().message ==
          QStringLiteral("“Postawy” has been given in 5 round(s); delete the rounds first."));
}

TEST_CASE("A round goes to the course's participants; its exit round keeps their codes", "[surveys]")
{
    Fixture f;
    core::SurveyRoundService service(f.db());
    core::SurveyRoundRepository rounds(f.db());
    f.db().exec("UPDATE enrolment SET withdrawn_on = '2011-01-31', withdrawal_reason = 'praca' "
                "WHERE participant_id = 4");
    const auto entry = service.create(courseRound(f.data.attitude, core::RoundKind::Entry, QDate(2011, 1, 10)));
    REQUIRE(entry.ok());
    CHECK(rounds.respondents(*entry).size() == 9);
    const auto exit = service.create(courseRound(f.data.attitude, core::RoundKind::Exit, QDate(2011, 3, 1), *entry));
    REQUIRE(exit.ok());
    const auto entryCodes = rounds.codes(*entry);
    const auto exitCodes = rounds.codes(*exit);
    CHECK(exitCodes.size() == 8); // 4 withdrew before the exit round
    CHECK_FALSE(exitCodes.contains(4));
    for (auto it = exitCodes.constBegin(); it != exitCodes.constEnd(); ++it) {
        CHECK(it.value() == entryCodes.value(it.key()));
        CHECK(it.value().size() == 4);
    }

    core::FieldErrors errors;
    CHECK_FALSE(service.create(courseRound(f.data.attitude, core::RoundKind::Exit, QDate(2011, 3, 1)), &errors).ok());
    CHECK(errors.first().message ==
          QStringLiteral("An exit or follow-up round is compared with an entry round: choose it."));
    const auto early = service.create(courseRound(f.data.attitude, core::RoundKind::Exit, QDate(2011, 1, 9), *entry));
    CHECK(early.error().message ==
          QStringLiteral("The round cannot come before the entry round it is compared with (10.01.2011)."));
    const auto other = service.create(courseRound(f.data.test, core::RoundKind::Exit, QDate(2011, 3, 1), *entry));
    CHECK(other.error().message.startsWith(QStringLiteral("The entry round was given with another questionnaire")));
    const auto nobody = service.create(courseRound(f.data.attitude, core::RoundKind::Entry, QDate(2010, 1, 1)));
    CHECK(nobody.ok()); // enrolment dates do not limit the round; only withdrawals do

    const auto refused = service.remove(*entry);
    CHECK(refused.error().message ==
          QStringLiteral("1 exit or follow-up round(s) are compared with this entry round; delete them first."));
    test::answerForm(f.db(), *exit, 1, f.data.attitudeItems, {4, 2, 1, 0});
    const auto removed = service.remove(*exit);
    REQUIRE(removed.ok());
    CHECK(removed->answers.size() == 4);
    CHECK_FALSE(rounds.find(*exit).has_value());
    REQUIRE(service.restore(*removed).ok());
    CHECK(rounds.answers(*exit).size() == 4);
    CHECK(rounds.codes(*exit) == exitCodes);
}

TEST_CASE("Answers are checked against their item and the round's respondents", "[surveys]")
{
    Fixture f;
    const qint64 round = test::addSurveyRound(f.db(), f.data.attitude, "entry", "2011-01-10", {1, 2});
    core::SurveyAnswerService service(f.db());
    const qint64 likert = f.data.attitudeItems[0];
    CHECK(service.setAnswer(round, 1, likert, 4).ok());
    CHECK(service.setAnswer(round, 1, likert, 6).error().message == QStringLiteral("Item 1 takes 1–5, not 6."));
    CHECK(service.setAnswer(round, 3, likert, 4).error().message ==
          QStringLiteral("The person is not a respondent of this round."));
    CHECK(service.setAnswer(round, 1, f.data.testItems[0], 1).error().message ==
          QStringLiteral("The item is not part of the round's questionnaire."));
    CHECK(service.setAnswer(round, 1, f.data.attitudeItems[2], 2).error().message ==
          QStringLiteral("Item 3 takes 1 (yes) or 0 (no), not 2."));
    CHECK(core::SurveyRoundRepository(f.db()).answer(round, 1, likert) == 4);
    CHECK(service.setAnswer(round, 1, likert, std::nullopt).ok());
    CHECK_FALSE(core::SurveyRoundRepository(f.db()).answer(round, 1, likert).has_value());

    const auto previous = service.setForms(round, {{2, {{2, likert, 3}, {2, f.data.attitudeItems[1], 5}}}});
    REQUIRE(previous.ok());
    CHECK(previous->value(2).isEmpty());
    const auto again = service.setForms(round, {{2, {}}});
    REQUIRE(again.ok());
    CHECK(again->value(2).size() == 2);
    CHECK(core::SurveyRoundRepository(f.db()).answersOf(round, 2).isEmpty());
}
