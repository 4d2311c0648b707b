#include "core/io/DemoText.h"
#include "core/io/DemoWriter.h"
#include "core/services/InstrumentDrafts.h"
#include "core/services/InstrumentService.h"
#include "core/services/SurveyRoundService.h"
#include "core/storage/Database.h"
#include "core/storage/InstrumentRepository.h"

#include <QSet>
#include <algorithm>
#include <cmath>

// The soft goals in the demo: the three ready-made drafts, each given at entry and at exit. The
// attitude questionnaire opens and closes module I of the integration classes, the knowledge
// test module II; the relations questionnaire goes to the members of each working OSS, soon
// after its work begins and about a year later. Most people improve, some do not, a few forms
// are missing or left unfinished. All of it draws from its own random numbers.

namespace osiedle::core {

using namespace demo;

namespace {

constexpr int relationsInstrument = 2;

} // namespace

void DemoWriter::writeInstruments()
{
    InstrumentRepository repo(m_db);
    for (const Instrument& draft : InstrumentDrafts::all(repo.scales())) {
        const qint64 id = repo.insert(InstrumentService::normalised(draft));
        m_instruments.push_back(*repo.find(id));
    }
}

void DemoWriter::surveyLastCourse(int instrument)
{
    if (instrument < static_cast<int>(m_instruments.size())) {
        m_lastCourse.instrument = instrument;
        m_surveyGroups.push_back(m_lastCourse);
    }
}

void DemoWriter::writeSurveys(int unit)
{
    for (const SurveyGroup& group : m_surveyGroups) {
        std::vector<int> atEntry;
        std::vector<int> atExit;
        for (const auto& [person, withdrawn] : group.people) {
            if (!withdrawn.isValid() || withdrawn >= group.first) {
                atEntry.push_back(person);
            }
            if (!withdrawn.isValid() || withdrawn >= group.last) {
                atExit.push_back(person);
            }
        }
        writeSurveyRounds(group.instrument, group.courseId, std::nullopt, group.first, group.last, atEntry, atExit);
    }
    m_surveyGroups.clear();
    if (relationsInstrument >= static_cast<int>(m_instruments.size())) {
        return;
    }
    // The members of an OSS on a day, as the round would find them.
    Statement& members = m_db.cached(
        "SELECT DISTINCT participant_id FROM membership WHERE social_coop_id = ?1 AND participant_id IS NOT NULL "
        "AND from_date <= ?2 AND (to_date IS NULL OR to_date >= ?2) ORDER BY participant_id");
    QHash<qint64, int> personOf;
    for (int k = 0; k < coopsPerUnit; ++k) {
        const SocialCoop& oss = m_socialCoops[unit * coopsPerUnit + k];
        if (!oss.agreementOn.isValid()) {
            continue;
        }
        if (personOf.isEmpty()) {
            for (int i = 0; i < static_cast<int>(m_people.size()); ++i) {
                personOf.insert(m_people[i].id, i);
            }
        }
        const QDate entry = DemoCalendar::onOrAfter(oss.agreementOn.addDays(m_surveyRandom.between(7, 20)));
        const QDate exit =
            DemoCalendar::onOrBefore(std::min(entry.addDays(m_surveyRandom.between(300, 420)), QDate(2013, 6, 14)));
        auto membersOn = [&](const QDate& day) {
            std::vector<int> people;
            members.bind(1, oss.id).bind(2, day);
            while (members.step()) {
                people.push_back(personOf.value(members.int64(0)));
            }
            members.reset();
            return people;
        };
        const std::vector<int> atEntry = membersOn(entry);
        if (atEntry.empty()) {
            continue;
        }
        writeSurveyRounds(relationsInstrument, std::nullopt, oss.id, entry, exit, atEntry,
                          entry.daysTo(exit) >= 90 ? membersOn(exit) : std::vector<int>());
    }
}

void DemoWriter::writeSurveyRounds(int instrument, std::optional<qint64> courseId, std::optional<qint64> socialCoopId,
                                   const QDate& entry, const QDate& exit, const std::vector<int>& atEntry,
                                   const std::vector<int>& atExit)
{
    const Instrument& n = m_instruments[instrument];
    Statement& round = m_db.cached("INSERT INTO survey_round (instrument_id, kind, date, course_id, social_coop_id, "
                                   "anonymous, entry_round_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, '')");
    Statement& respondent =
        m_db.cached("INSERT INTO survey_respondent (round_id, participant_id, code) VALUES (?, ?, ?)");
    // The relations questionnaire is anonymous: its forms carry codes, not names.
    const bool anonymous = socialCoopId.has_value();
    round.bind(1, n.id)
        .bind(2, "entry")
        .bind(3, entry)
        .bind(4, courseId)
        .bind(5, socialCoopId)
        .bind(6, anonymous)
        .bind(7, std::nullopt);
    round.exec();
    const qint64 entryId = m_db.lastInsertId();

    QHash<int, QString> codes;
    QSet<QString> taken;
    QHash<int, double> level; // where the person stands on the scale at entry, about -1.2 .. 0.4
    for (int person : atEntry) {
        QString code;
        do {
            code = SurveyRoundService::codeFrom(m_surveyRandom.next());
        } while (taken.contains(code));
        taken.insert(code);
        codes.insert(person, code);
        respondent.bind(1, entryId).bind(2, m_people[person].id).bind(3, code);
        respondent.exec();
        level.insert(person, -1.2 + 1.6 * m_surveyRandom.unit());
        if (m_surveyRandom.chance(0.94)) {
            writeForm(entryId, m_people[person], n, level.value(person));
        }
    }
    if (atExit.empty()) {
        return;
    }
    round.bind(1, n.id)
        .bind(2, "exit")
        .bind(3, exit)
        .bind(4, courseId)
        .bind(5, socialCoopId)
        .bind(6, anonymous)
        .bind(7, entryId);
    round.exec();
    const qint64 exitId = m_db.lastInsertId();
    for (int person : atExit) {
        QString code = codes.value(person);
        while (code.isEmpty() || (!codes.contains(person) && taken.contains(code))) {
            code = SurveyRoundService::codeFrom(m_surveyRandom.next());
        }
        taken.insert(code);
        respondent.bind(1, exitId).bind(2, m_people[person].id).bind(3, code);
        respondent.exec();
        // Most gain clearly; about one in five stays where they were or slips back.
        const double gain =
            m_surveyRandom.chance(0.78) ? 0.5 + 0.8 * m_surveyRandom.unit() : -0.3 + 0.6 * m_surveyRandom.unit();
        const double before = level.contains(person) ? level.value(person) : -1.2 + 1.6 * m_surveyRandom.unit();
        if (m_people[person].activeOn(exit) && m_surveyRandom.chance(0.9)) {
            writeForm(exitId, m_people[person], n, before + gain);
        }
    }
}

void DemoWriter::writeForm(qint64 roundId, const Person& p, const Instrument& instrument, double level)
{
    Statement& answer =
        m_db.cached("INSERT INTO survey_answer (round_id, participant_id, item_id, value) VALUES (?, ?, ?, ?)");
    auto write = [&](const InstrumentItem& item, int value) {
        answer.bind(1, roundId).bind(2, p.id).bind(3, item.id).bind(4, value);
        answer.exec();
    };
    for (const InstrumentItem& item : instrument.items) {
        switch (item.kind) {
        case ItemKind::Likert: {
            if (m_surveyRandom.chance(0.015)) {
                break; // an opinion left out: the form does not score on its scale
            }
            const int agree =
                std::clamp(static_cast<int>(std::lround(3.0 + level + 1.6 * m_surveyRandom.unit() - 0.8)), 1, 5);
            write(item, item.reversed ? 6 - agree : agree);
            break;
        }
        case ItemKind::YesNo: {
            const bool positive = m_surveyRandom.chance(std::clamp(0.5 + 0.3 * level, 0.05, 0.95));
            write(item, positive != item.reversed ? 1 : 0);
            break;
        }
        case ItemKind::Choice: {
            if (m_surveyRandom.chance(0.04)) {
                break; // not known: left blank, counts as wrong
            }
            const int options = static_cast<int>(item.options.size());
            if (m_surveyRandom.chance(std::clamp(0.55 + 0.35 * level, 0.1, 0.95))) {
                write(item, item.correct.value_or(1));
            } else {
                const int wrong = m_surveyRandom.between(1, options - 1);
                write(item, wrong >= item.correct.value_or(1) ? wrong + 1 : wrong);
            }
            break;
        }
        }
    }
}

} // namespace osiedle::core
