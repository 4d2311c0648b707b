#pragma once

#include "core/domain/CompetitionRanking.h"
#include "core/domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace osiedle::core {

class Database;

struct Competition {
    qint64 id = 0;
    QString name;
    std::optional<int> year;
    QDate announcedOn;
    QDate decidedOn;
    QString notes;
};

struct CompetitionCategory {
    qint64 id = 0;
    qint64 competitionId = 0;
    CompetitionCategoryKind kind = CompetitionCategoryKind::SocialCoop;
    QString name;
    int awards = 1;
};

struct CompetitionCriterion {
    qint64 id = 0;
    qint64 competitionId = 0;
    QString name;
    int maxPoints = 10;
    int weight = 1;
};

struct Juror {
    qint64 id = 0;
    qint64 competitionId = 0;
    QString name;
    QString institution;
};

/// A nominee: an OSS, an SM, a participant or another person, with a justification.
struct Nomination {
    qint64 id = 0;
    qint64 categoryId = 0;
    std::optional<qint64> socialCoopId;
    std::optional<qint64> housingCoopId;
    std::optional<qint64> participantId;
    QString personName;
    QString justification;
    QString award;
    QString displayName; ///< read only: the name of whoever is nominated
};

struct JuryScore {
    qint64 nominationId = 0;
    qint64 jurorId = 0;
    qint64 criterionId = 0;
    int points = 0;
};

/// What a removal took away (an edition, a category, a criterion, a juror or a nomination with
/// everything that depended on it), kept for putting it back under the same ids. Inserts take
/// a row's id when it is set (0: a new id).
struct CompetitionSnapshot {
    std::optional<Competition> competition;
    QList<CompetitionCategory> categories;
    QList<CompetitionCriterion> criteria;
    QList<Juror> jurors;
    QList<Nomination> nominations;
    QList<JuryScore> scores;
};

/// All SQL about competitions: editions, categories, criteria, jurors, nominations and
/// scores. Throws StorageError.
class CompetitionRepository {
public:
    explicit CompetitionRepository(Database& db) : m_db(db) {}

    QList<Competition> competitions() const;
    std::optional<Competition> find(qint64 id) const;
    qint64 insert(const Competition& c);
    void update(const Competition& c);
    void remove(qint64 id);

    QList<CompetitionCategory> categories(qint64 competitionId) const;
    std::optional<CompetitionCategory> findCategory(qint64 id) const;
    qint64 insertCategory(const CompetitionCategory& c);
    void updateCategory(const CompetitionCategory& c);
    void removeCategory(qint64 id);

    QList<CompetitionCriterion> criteria(qint64 competitionId) const;
    std::optional<CompetitionCriterion> findCriterion(qint64 id) const;
    qint64 insertCriterion(const CompetitionCriterion& c);
    void updateCriterion(const CompetitionCriterion& c);
    void removeCriterion(qint64 id);

    QList<Juror> jurors(qint64 competitionId) const;
    std::optional<Juror> findJuror(qint64 id) const;
    qint64 insertJuror(const Juror& j);
    void updateJuror(const Juror& j);
    void removeJuror(qint64 id);

    QList<Nomination> nominations(qint64 categoryId) const;
    std::optional<Nomination> findNomination(qint64 id) const;
    qint64 insertNomination(const Nomination& n);
    void updateNomination(const Nomination& n);
    void removeNomination(qint64 id);

    /// Every score given in a category.
    QList<JuryScore> scores(qint64 categoryId) const;
    /// Every score given in a competition, all categories.
    QList<JuryScore> competitionScores(qint64 competitionId) const;
    /// Sets (or replaces) one juror's points for one nomination and criterion.
    void setScore(const JuryScore& s);
    void clearScore(qint64 nominationId, qint64 jurorId, qint64 criterionId);

    /// The ranking of a category from its scores (see CompetitionRanking).
    QList<CompetitionRanking::Place> ranking(qint64 categoryId) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
