#include "core/storage/CompetitionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/TrainingText.h"

#include <QHash>

namespace osiedle::core {

namespace {

Competition readCompetition(const Statement& st)
{
    Competition c;
    c.id = st.int64(0);
    c.name = st.text(1);
    if (!st.isNull(2)) {
        c.year = st.integer(2);
    }
    c.announcedOn = st.date(3);
    c.decidedOn = st.date(4);
    c.notes = st.text(5);
    return c;
}

CompetitionCategory readCategory(const Statement& st)
{
    return {st.int64(0), st.int64(1),
            parseKey<CompetitionCategoryKind>(st.text(2)).value_or(CompetitionCategoryKind::SocialCoop), st.text(3),
            st.integer(4)};
}

constexpr const char* nominationSelect =
    "SELECT n.id, n.category_id, n.social_coop_id, n.housing_coop_id, n.participant_id, n.person_name, "
    "n.justification, n.award, "
    "coalesce(o.name, h.name, p.first_name || ' ' || p.last_name, n.person_name) "
    "FROM nomination n LEFT JOIN social_coop o ON o.id = n.social_coop_id "
    "LEFT JOIN housing_coop h ON h.id = n.housing_coop_id LEFT JOIN participant p ON p.id = n.participant_id ";

Nomination readNomination(const Statement& st)
{
    Nomination n;
    n.id = st.int64(0);
    n.categoryId = st.int64(1);
    n.socialCoopId = st.optInt64(2);
    n.housingCoopId = st.optInt64(3);
    n.participantId = st.optInt64(4);
    n.personName = st.text(5);
    n.justification = st.text(6);
    n.award = st.text(7);
    n.displayName = st.text(8);
    return n;
}

/// An explicit id (when restoring what was removed) or NULL for a new row.
std::optional<qint64> idOrNull(qint64 id)
{
    return id != 0 ? std::optional<qint64>(id) : std::nullopt;
}

void execWithId(Database& db, const QByteArray& sql, qint64 id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    st.exec();
}

} // namespace

QList<Competition> CompetitionRepository::competitions() const
{
    Statement st = m_db.prepare(
        "SELECT id, name, year, announced_on, decided_on, notes FROM competition ORDER BY coalesce(year, 0), id");
    QList<Competition> out;
    while (st.step()) {
        out.append(readCompetition(st));
    }
    return out;
}

std::optional<Competition> CompetitionRepository::find(qint64 id) const
{
    Statement st = m_db.prepare("SELECT id, name, year, announced_on, decided_on, notes FROM competition WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readCompetition(st);
}

qint64 CompetitionRepository::insert(const Competition& c)
{
    Statement st = m_db.prepare(
        "INSERT INTO competition (name, year, announced_on, decided_on, notes, id) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, nonNullText(c.name)).bind(2, c.year).bind(3, c.announcedOn).bind(4, c.decidedOn);
    st.bind(5, nonNullText(c.notes)).bind(6, idOrNull(c.id));
    st.exec();
    return m_db.lastInsertId();
}

void CompetitionRepository::update(const Competition& c)
{
    Statement st = m_db.prepare(
        "UPDATE competition SET name = ?, year = ?, announced_on = ?, decided_on = ?, notes = ? WHERE id = ?");
    st.bind(1, nonNullText(c.name)).bind(2, c.year).bind(3, c.announcedOn).bind(4, c.decidedOn);
    st.bind(5, nonNullText(c.notes)).bind(6, c.id);
    st.exec();
}

void CompetitionRepository::remove(qint64 id)
{
    execWithId(m_db, "DELETE FROM competition WHERE id = ?", id);
}

QList<CompetitionCategory> CompetitionRepository::categories(qint64 competitionId) const
{
    Statement st = m_db.prepare(
        "SELECT id, competition_id, kind, name, awards FROM competition_category WHERE competition_id = ? ORDER BY id");
    st.bind(1, competitionId);
    QList<CompetitionCategory> out;
    while (st.step()) {
        out.append(readCategory(st));
    }
    return out;
}

std::optional<CompetitionCategory> CompetitionRepository::findCategory(qint64 id) const
{
    Statement st = m_db.prepare("SELECT id, competition_id, kind, name, awards FROM competition_category WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readCategory(st);
}

qint64 CompetitionRepository::insertCategory(const CompetitionCategory& c)
{
    Statement st = m_db.prepare(
        "INSERT INTO competition_category (competition_id, kind, name, awards, id) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, c.competitionId).bind(2, key(c.kind)).bind(3, nonNullText(c.name)).bind(4, c.awards);
    st.bind(5, idOrNull(c.id));
    st.exec();
    return m_db.lastInsertId();
}

void CompetitionRepository::updateCategory(const CompetitionCategory& c)
{
    Statement st = m_db.prepare("UPDATE competition_category SET kind = ?, name = ?, awards = ? WHERE id = ?");
    st.bind(1, key(c.kind)).bind(2, nonNullText(c.name)).bind(3, c.awards).bind(4, c.id);
    st.exec();
}

void CompetitionRepository::removeCategory(qint64 id)
{
    execWithId(m_db, "DELETE FROM competition_category WHERE id = ?", id);
}

QList<CompetitionCriterion> CompetitionRepository::criteria(qint64 competitionId) const
{
    Statement st = m_db.prepare("SELECT id, competition_id, name, max_points, weight FROM competition_criterion "
                                "WHERE competition_id = ? ORDER BY id");
    st.bind(1, competitionId);
    QList<CompetitionCriterion> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.text(2), st.integer(3), st.integer(4)});
    }
    return out;
}

qint64 CompetitionRepository::insertCriterion(const CompetitionCriterion& c)
{
    Statement st = m_db.prepare(
        "INSERT INTO competition_criterion (competition_id, name, max_points, weight, id) VALUES (?, ?, ?, ?, ?)");
    st.bind(1, c.competitionId).bind(2, nonNullText(c.name)).bind(3, c.maxPoints).bind(4, c.weight);
    st.bind(5, idOrNull(c.id));
    st.exec();
    return m_db.lastInsertId();
}

void CompetitionRepository::updateCriterion(const CompetitionCriterion& c)
{
    Statement st = m_db.prepare("UPDATE competition_criterion SET name = ?, max_points = ?, weight = ? WHERE id = ?");
    st.bind(1, nonNullText(c.name)).bind(2, c.maxPoints).bind(3, c.weight).bind(4, c.id);
    st.exec();
}

std::optional<CompetitionCriterion> CompetitionRepository::findCriterion(qint64 id) const
{
    Statement st =
        m_db.prepare("SELECT id, competition_id, name, max_points, weight FROM competition_criterion WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return CompetitionCriterion{st.int64(0), st.int64(1), st.text(2), st.integer(3), st.integer(4)};
}

void CompetitionRepository::removeCriterion(qint64 id)
{
    execWithId(m_db, "DELETE FROM competition_criterion WHERE id = ?", id);
}

QList<Juror> CompetitionRepository::jurors(qint64 competitionId) const
{
    Statement st =
        m_db.prepare("SELECT id, competition_id, name, institution FROM juror WHERE competition_id = ? ORDER BY id");
    st.bind(1, competitionId);
    QList<Juror> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.text(2), st.text(3)});
    }
    return out;
}

qint64 CompetitionRepository::insertJuror(const Juror& j)
{
    Statement st = m_db.prepare("INSERT INTO juror (competition_id, name, institution, id) VALUES (?, ?, ?, ?)");
    st.bind(1, j.competitionId).bind(2, nonNullText(j.name)).bind(3, nonNullText(j.institution));
    st.bind(4, idOrNull(j.id));
    st.exec();
    return m_db.lastInsertId();
}

void CompetitionRepository::updateJuror(const Juror& j)
{
    Statement st = m_db.prepare("UPDATE juror SET name = ?, institution = ? WHERE id = ?");
    st.bind(1, nonNullText(j.name)).bind(2, nonNullText(j.institution)).bind(3, j.id);
    st.exec();
}

std::optional<Juror> CompetitionRepository::findJuror(qint64 id) const
{
    Statement st = m_db.prepare("SELECT id, competition_id, name, institution FROM juror WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return Juror{st.int64(0), st.int64(1), st.text(2), st.text(3)};
}

void CompetitionRepository::removeJuror(qint64 id)
{
    execWithId(m_db, "DELETE FROM juror WHERE id = ?", id);
}

QList<Nomination> CompetitionRepository::nominations(qint64 categoryId) const
{
    Statement st = m_db.prepare(QByteArray(nominationSelect) + "WHERE n.category_id = ? ORDER BY n.id");
    st.bind(1, categoryId);
    QList<Nomination> out;
    while (st.step()) {
        out.append(readNomination(st));
    }
    return out;
}

std::optional<Nomination> CompetitionRepository::findNomination(qint64 id) const
{
    Statement st = m_db.prepare(QByteArray(nominationSelect) + "WHERE n.id = ?");
    st.bind(1, id);
    if (!st.step()) {
        return std::nullopt;
    }
    return readNomination(st);
}

qint64 CompetitionRepository::insertNomination(const Nomination& n)
{
    Statement st = m_db.prepare(
        "INSERT INTO nomination (category_id, social_coop_id, housing_coop_id, participant_id, person_name, "
        "justification, award, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, n.categoryId).bind(2, n.socialCoopId).bind(3, n.housingCoopId).bind(4, n.participantId);
    st.bind(5, nonNullText(n.personName)).bind(6, nonNullText(n.justification)).bind(7, nonNullText(n.award));
    st.bind(8, idOrNull(n.id));
    st.exec();
    return m_db.lastInsertId();
}

void CompetitionRepository::updateNomination(const Nomination& n)
{
    Statement st = m_db.prepare(
        "UPDATE nomination SET social_coop_id = ?, housing_coop_id = ?, participant_id = ?, person_name = ?, "
        "justification = ?, award = ? WHERE id = ?");
    st.bind(1, n.socialCoopId).bind(2, n.housingCoopId).bind(3, n.participantId).bind(4, nonNullText(n.personName));
    st.bind(5, nonNullText(n.justification)).bind(6, nonNullText(n.award)).bind(7, n.id);
    st.exec();
}

void CompetitionRepository::removeNomination(qint64 id)
{
    execWithId(m_db, "DELETE FROM nomination WHERE id = ?", id);
}

QList<JuryScore> CompetitionRepository::scores(qint64 categoryId) const
{
    Statement st = m_db.prepare("SELECT s.nomination_id, s.juror_id, s.criterion_id, s.points FROM jury_score s "
                                "JOIN nomination n ON n.id = s.nomination_id WHERE n.category_id = ?");
    st.bind(1, categoryId);
    QList<JuryScore> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.int64(2), st.integer(3)});
    }
    return out;
}

QList<JuryScore> CompetitionRepository::competitionScores(qint64 competitionId) const
{
    Statement st =
        m_db.prepare("SELECT s.nomination_id, s.juror_id, s.criterion_id, s.points FROM jury_score s "
                     "JOIN nomination n ON n.id = s.nomination_id JOIN competition_category c ON c.id = n.category_id "
                     "WHERE c.competition_id = ?");
    st.bind(1, competitionId);
    QList<JuryScore> out;
    while (st.step()) {
        out.append({st.int64(0), st.int64(1), st.int64(2), st.integer(3)});
    }
    return out;
}

void CompetitionRepository::setScore(const JuryScore& s)
{
    Statement st =
        m_db.prepare("INSERT INTO jury_score (nomination_id, juror_id, criterion_id, points) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (nomination_id, juror_id, criterion_id) DO UPDATE SET points = excluded.points");
    st.bind(1, s.nominationId).bind(2, s.jurorId).bind(3, s.criterionId).bind(4, s.points);
    st.exec();
}

void CompetitionRepository::clearScore(qint64 nominationId, qint64 jurorId, qint64 criterionId)
{
    Statement st = m_db.prepare("DELETE FROM jury_score WHERE nomination_id = ? AND juror_id = ? AND criterion_id = ?");
    st.bind(1, nominationId).bind(2, jurorId).bind(3, criterionId);
    st.exec();
}

QList<CompetitionRanking::Place> CompetitionRepository::ranking(qint64 categoryId) const
{
    const std::optional<CompetitionCategory> category = findCategory(categoryId);
    if (!category) {
        return {};
    }
    QList<CompetitionRanking::Criterion> criteriaList;
    for (const CompetitionCriterion& c : criteria(category->competitionId)) {
        criteriaList.append({c.id, c.weight});
    }
    QHash<qint64, QList<CompetitionRanking::Score>> byNomination;
    for (const JuryScore& s : scores(categoryId)) {
        byNomination[s.nominationId].append({s.jurorId, s.criterionId, s.points});
    }
    QList<CompetitionRanking::Nomination> input;
    for (const Nomination& n : nominations(categoryId)) {
        input.append({n.id, n.displayName, byNomination.value(n.id)});
    }
    return CompetitionRanking::rank(input, criteriaList, int(jurors(category->competitionId).size()), category->awards);
}

} // namespace osiedle::core
