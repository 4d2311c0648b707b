// The questionnaires of the demo project: entry and exit rounds for each of the three goals with
// plausible answers, and the report's indicators agreeing with the results counted another way.

#include "core/indicators/IndicatorCalculator.h"
#include "core/indicators/ProjectParticipants.h"
#include "core/services/SurveyResults.h"
#include "core/storage/Database.h"
#include "core/storage/SurveyRoundRepository.h"
#include "support/DemoFiles.h"
#include "support/IndicatorStringMakers.h"
#include "support/QtStringMakers.h"

#include <QSet>
#include <QTemporaryDir>

using namespace osiedle;

TEST_CASE(
    "The demo gives each goal's questionnaire at entry and exit; most improve, some do not, some forms are missing",
    "[demo][surveys]")
{
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();

    QHash<QString, int> paired;
    QHash<QString, int> improved;
    QHash<QString, int> exitRounds;
    int respondents = 0;
    int forms = 0;
    int notCompared = 0;
    for (const core::SurveyRoundSummary& s : core::SurveyRoundRepository(db).list()) {
        respondents += s.respondents;
        forms += s.formsReturned;
        if (s.round.kind != core::RoundKind::Exit) {
            continue;
        }
        const auto results = core::SurveyResults::forRound(db, s.round.id);
        REQUIRE(results.ok());
        notCompared += int(results->notCounted.size());
        for (const core::ScaleSummary& summary : results->summaries) {
            ++exitRounds[summary.scale.key];
            paired[summary.scale.key] += summary.paired.total;
            improved[summary.scale.key] += summary.improved.total;
        }
    }
    for (const char* key : {"attitude", "knowledge", "relations"}) {
        const QString scale = QString::fromLatin1(key);
        INFO(key << ": " << improved[scale] << " of " << paired[scale] << " improved in " << exitRounds[scale]
                 << " exit rounds");
        CHECK(exitRounds[scale] >= 6);
        CHECK(paired[scale] >= 40);
        CHECK(improved[scale] > paired[scale] / 2);        // most improve
        CHECK(improved[scale] < paired[scale] * 95 / 100); // some do not
    }
    CHECK(forms < respondents); // some forms are missing
    CHECK(forms > respondents * 8 / 10);
    CHECK(notCompared > 0);
}

TEST_CASE("On the demo the indicators of the scales count exactly the participants the results show improved",
          "[demo][surveys][indicators]")
{
    // Two ways to the same number: the indicator's SQL, and the results of every exit round
    // (SurveyScoring in C++) filtered by the counting rules by hand.
    QTemporaryDir dir;
    auto opened = core::Database::open(test::demoCopy(1, dir.path()));
    REQUIRE(opened.ok());
    core::Database& db = *opened.value();
    const core::ProjectParticipants people(db);
    const QDate end(2013, 6, 30);

    QHash<QString, QHash<qint64, QDate>> firstImproved; // scale key → participant → day counted
    for (const core::SurveyRoundSummary& s : core::SurveyRoundRepository(db).list()) {
        if (s.round.kind != core::RoundKind::Exit || s.round.date < people.countsFrom() || s.round.date > end) {
            continue;
        }
        const auto results = core::SurveyResults::forRound(db, s.round.id);
        REQUIRE(results.ok());
        for (const core::PersonResult& p : results->people) {
            const core::ProjectParticipant* participant = people.find(p.who.participantId);
            if (participant == nullptr || !participant->counted()) {
                continue;
            }
            for (int i = 0; i < p.scores.size(); ++i) {
                if (p.scores[i].improved) {
                    QHash<qint64, QDate>& days = firstImproved[results->scales[i].key];
                    const QDate day = participant->countsOn(s.round.date);
                    if (!days.contains(participant->id) || day < days[participant->id]) {
                        days.insert(participant->id, day);
                    }
                }
            }
        }
    }
    core::IndicatorCalculator calculator(db);
    for (const auto& [key, code] :
         {std::pair{"attitude", "IMPROVED_ATTITUDE"}, std::pair{"knowledge", "IMPROVED_KNOWLEDGE"},
          std::pair{"relations", "IMPROVED_RELATIONS"}}) {
        INFO(code);
        for (const QDate& day : {QDate(2011, 6, 30), QDate(2012, 6, 30), end}) {
            INFO(day.toString(Qt::ISODate).toStdString());
            qint64 women = 0;
            qint64 men = 0;
            const QHash<qint64, QDate>& days = firstImproved[QString::fromLatin1(key)];
            for (auto it = days.constBegin(); it != days.constEnd(); ++it) {
                if (it.value() <= day) {
                    (people.find(it.key())->woman() ? women : men) += 1;
                }
            }
            const auto value = calculator.cumulativeAt(QString::fromLatin1(code), day);
            REQUIRE(value.has_value());
            CHECK(*value == core::IndicatorValue::bySex(women, men));
        }
        CHECK(calculator.cumulativeAt(QString::fromLatin1(code), end)->total > 10);
    }
}
