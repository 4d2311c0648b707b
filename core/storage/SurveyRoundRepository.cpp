#include "core/storage/SurveyRoundRepository.h"

#include "core/common/TextFold.h"
#include "core/storage/ColumnValues.h"
#include "core/storage/Database.h"

namespace osiedle::core {

namespace {

constexpr const char* roundColumns =
    "r.id, r.instrument_id, r.kind, r.date, r.course_id, r.social_coop_id, r.anonymous, r.entry_round_id, r.note";

SurveyRound readRound(const Statement& st)
{
    SurveyRound r;
    r.id = st.int64(0);
    r.instrumentId = st.int64(1);
    r.kind = parseKey<RoundKind>(st.text(2)).value_or(RoundKind::Entry);
    r.date = st.date(3);
    r.courseId = st.optInt64(4);
    r.socialCoopId = st.optInt64(5);
    r.anonymous = st.boolean(6);
    r.entryRoundId = st.optInt64(7);
    r.note = st.text(8);
    return r;
}

// The list's columns after the round's: instrument, group, entry date, respondents, forms.
constexpr const char* summaryColumns = R"sql(,
       n.name, coalesce(c.name, o.name, ''), e.date,
       (SELECT count(*) FROM survey_respondent x WHERE x.round_id = r.id),
       (SELECT count(DISTINCT a.participant_id) FROM survey_answer a WHERE a.round_id = r.id)
  FROM survey_round r
  JOIN instrument n ON n.id = r.instrument_id
  LEFT JOIN course c ON c.id = r.course_id
  LEFT JOIN social_coop o ON o.id = r.social_coop_id
  LEFT JOIN survey_round e ON e.id = r.entry_round_id
)sql";

SurveyRoundSummary readSummary(const Statement& st)
{
    SurveyRoundSummary s;
    s.round = readRound(st);
    s.instrumentName = st.text(9);
    s.groupName = st.text(10);
    s.entryDate = st.date(11);
    s.respondents = st.integer(12);
    s.formsReturned = st.integer(13);
    return s;
}

Respondent readRespondent(const Statement& st)
{
    Respondent r;
    r.participantId = st.int64(0);
    r.code = st.text(1);
    r.firstName = st.text(2);
    r.lastName = st.text(3);
    r.pesel = st.text(4);
    r.sex = sexFromKey(st.text(5));
    return r;
}

} // namespace

QList<SurveyRoundSummary> SurveyRoundRepository::list(const SurveyRoundFilter& filter) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + roundColumns + summaryColumns + R"sql(
 WHERE (?1 IS NULL OR r.course_id = ?1) AND (?2 IS NULL OR r.social_coop_id = ?2)
   AND (?3 IS NULL OR r.instrument_id = ?3)
   AND (?4 = '' OR instr(fold(n.name || ' ' || coalesce(c.name, o.name, '')), ?4) > 0)
 ORDER BY r.date DESC, n.name COLLATE pl, r.id DESC)sql");
    st.bind(1, filter.courseId)
        .bind(2, filter.socialCoopId)
        .bind(3, filter.instrumentId)
        .bind(4, notNull(foldForSearch(filter.search.trimmed())));
    QList<SurveyRoundSummary> list;
    while (st.step()) {
        list.append(readSummary(st));
    }
    return list;
}

std::optional<SurveyRound> SurveyRoundRepository::find(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + roundColumns + " FROM survey_round r WHERE r.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readRound(st);
}

QList<SurveyRoundSummary> SurveyRoundRepository::entryRounds(qint64 instrumentId) const
{
    Statement st = m_db.prepare(QByteArray("SELECT ") + roundColumns + summaryColumns +
                                " WHERE r.instrument_id = ? AND r.kind = 'entry' ORDER BY r.date DESC, r.id DESC");
    st.bind(1, instrumentId);
    QList<SurveyRoundSummary> list;
    while (st.step()) {
        list.append(readSummary(st));
    }
    return list;
}

QList<qint64> SurveyRoundRepository::roundsComparedWith(qint64 entryRoundId) const
{
    Statement st = m_db.prepare("SELECT id FROM survey_round WHERE entry_round_id = ? ORDER BY date, id");
    st.bind(1, entryRoundId);
    QList<qint64> ids;
    while (st.step()) {
        ids.append(st.int64(0));
    }
    return ids;
}

qint64 SurveyRoundRepository::insert(const SurveyRound& round)
{
    Statement st = m_db.prepare("INSERT INTO survey_round (id, instrument_id, kind, date, course_id, social_coop_id, "
                                "anonymous, entry_round_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, round.id > 0 ? std::optional<qint64>(round.id) : std::nullopt)
        .bind(2, round.instrumentId)
        .bind(3, key(round.kind))
        .bind(4, round.date)
        .bind(5, round.courseId)
        .bind(6, round.socialCoopId)
        .bind(7, round.anonymous)
        .bind(8, round.entryRoundId)
        .bind(9, notNull(round.note));
    st.exec();
    return m_db.lastInsertId();
}

void SurveyRoundRepository::update(const SurveyRound& round)
{
    Statement st = m_db.prepare("UPDATE survey_round SET kind = ?, date = ?, anonymous = ?, entry_round_id = ?, "
                                "note = ? WHERE id = ?");
    st.bind(1, key(round.kind))
        .bind(2, round.date)
        .bind(3, round.anonymous)
        .bind(4, round.entryRoundId)
        .bind(5, notNull(round.note))
        .bind(6, round.id);
    st.exec();
}

void SurveyRoundRepository::remove(qint64 id)
{
    Statement answers = m_db.prepare("DELETE FROM survey_answer WHERE round_id = ?");
    answers.bind(1, id);
    answers.exec();
    Statement st = m_db.prepare("DELETE FROM survey_round WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QList<Respondent> SurveyRoundRepository::respondents(qint64 roundId) const
{
    Statement st = m_db.prepare(
        "SELECT x.participant_id, x.code, p.first_name, p.last_name, coalesce(p.pesel, ''), coalesce(p.sex, '') "
        "FROM survey_respondent x JOIN participant p ON p.id = x.participant_id WHERE x.round_id = ? "
        "ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, p.id");
    st.bind(1, roundId);
    QList<Respondent> list;
    while (st.step()) {
        list.append(readRespondent(st));
    }
    return list;
}

void SurveyRoundRepository::addRespondent(qint64 roundId, qint64 participantId, const QString& code)
{
    Statement& st = m_db.cached("INSERT INTO survey_respondent (round_id, participant_id, code) VALUES (?, ?, ?)");
    st.bind(1, roundId).bind(2, participantId).bind(3, code);
    st.exec();
    st.reset();
}

void SurveyRoundRepository::removeRespondent(qint64 roundId, qint64 participantId)
{
    Statement st = m_db.prepare("DELETE FROM survey_respondent WHERE round_id = ? AND participant_id = ?");
    st.bind(1, roundId).bind(2, participantId);
    st.exec();
}

QList<Respondent> SurveyRoundRepository::groupOn(std::optional<qint64> courseId, std::optional<qint64> socialCoopId,
                                                 const QDate& date) const
{
    Statement st = m_db.prepare(R"sql(
SELECT p.id, '', p.first_name, p.last_name, coalesce(p.pesel, ''), coalesce(p.sex, '') FROM participant p
 WHERE p.id IN (SELECT e.participant_id FROM enrolment e WHERE e.course_id = ?1
                   AND (e.withdrawn_on IS NULL OR e.withdrawn_on >= ?3))
    OR p.id IN (SELECT m.participant_id FROM membership m WHERE m.social_coop_id = ?2
                   AND m.participant_id IS NOT NULL AND m.from_date <= ?3 AND (m.to_date IS NULL OR m.to_date >= ?3))
 ORDER BY p.last_name COLLATE pl, p.first_name COLLATE pl, p.id)sql");
    st.bind(1, courseId).bind(2, socialCoopId).bind(3, date);
    QList<Respondent> list;
    while (st.step()) {
        list.append(readRespondent(st));
    }
    return list;
}

QString SurveyRoundRepository::groupName(std::optional<qint64> courseId, std::optional<qint64> socialCoopId) const
{
    Statement st =
        m_db.prepare("SELECT name FROM course WHERE id = ?1 UNION ALL SELECT name FROM social_coop WHERE id = ?2");
    st.bind(1, courseId).bind(2, socialCoopId);
    return st.step() ? st.text(0) : QString();
}

QHash<qint64, QString> SurveyRoundRepository::codes(qint64 roundId) const
{
    Statement st = m_db.prepare("SELECT participant_id, code FROM survey_respondent WHERE round_id = ?");
    st.bind(1, roundId);
    QHash<qint64, QString> codes;
    while (st.step()) {
        codes.insert(st.int64(0), st.text(1));
    }
    return codes;
}

QList<SurveyAnswer> SurveyRoundRepository::answers(qint64 roundId) const
{
    Statement st = m_db.prepare("SELECT participant_id, item_id, value FROM survey_answer WHERE round_id = ?");
    st.bind(1, roundId);
    QList<SurveyAnswer> list;
    while (st.step()) {
        list.append({st.int64(0), st.int64(1), st.integer(2)});
    }
    return list;
}

QList<SurveyAnswer> SurveyRoundRepository::answersOf(qint64 roundId, qint64 participantId) const
{
    Statement st = m_db.prepare(
        "SELECT participant_id, item_id, value FROM survey_answer WHERE round_id = ? AND participant_id = ?");
    st.bind(1, roundId).bind(2, participantId);
    QList<SurveyAnswer> list;
    while (st.step()) {
        list.append({st.int64(0), st.int64(1), st.integer(2)});
    }
    return list;
}

std::optional<int> SurveyRoundRepository::answer(qint64 roundId, qint64 participantId, qint64 itemId) const
{
    Statement& st =
        m_db.cached("SELECT value FROM survey_answer WHERE round_id = ? AND participant_id = ? AND item_id = ?");
    st.bind(1, roundId).bind(2, participantId).bind(3, itemId);
    std::optional<int> value;
    if (st.step()) {
        value = st.integer(0);
    }
    st.reset();
    return value;
}

void SurveyRoundRepository::setAnswer(qint64 roundId, const SurveyAnswer& answer)
{
    Statement& st = m_db.cached("INSERT INTO survey_answer (round_id, participant_id, item_id, value) "
                                "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = excluded.value");
    st.bind(1, roundId).bind(2, answer.participantId).bind(3, answer.itemId).bind(4, answer.value);
    st.exec();
    st.reset();
}

void SurveyRoundRepository::clearAnswer(qint64 roundId, qint64 participantId, qint64 itemId)
{
    Statement& st = m_db.cached("DELETE FROM survey_answer WHERE round_id = ? AND participant_id = ? AND item_id = ?");
    st.bind(1, roundId).bind(2, participantId).bind(3, itemId);
    st.exec();
    st.reset();
}

void SurveyRoundRepository::clearForm(qint64 roundId, qint64 participantId)
{
    Statement st = m_db.prepare("DELETE FROM survey_answer WHERE round_id = ? AND participant_id = ?");
    st.bind(1, roundId).bind(2, participantId);
    st.exec();
}

int SurveyRoundRepository::answerCount(qint64 roundId) const
{
    Statement st = m_db.prepare("SELECT count(*) FROM survey_answer WHERE round_id = ?");
    st.bind(1, roundId);
    return st.step() ? st.integer(0) : 0;
}

} // namespace osiedle::core
