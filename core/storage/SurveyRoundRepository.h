#pragma once

#include "core/domain/SurveyRound.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <optional>

namespace osiedle::core {

class Database;

/// A round as the list shows it.
struct SurveyRoundSummary {
    SurveyRound round;
    QString instrumentName;
    QString groupName; ///< the course's or the OSS's name
    QDate entryDate;   ///< exit and follow-up rounds: the date of the entry round compared with
    int respondents = 0;
    int formsReturned = 0; ///< respondents with at least one answer
};

struct SurveyRoundFilter {
    std::optional<qint64> courseId;
    std::optional<qint64> socialCoopId;
    std::optional<qint64> instrumentId;
    QString search; ///< matched (folded) against the instrument's and the group's names
};

/// One answer: who, to which item, what.
struct SurveyAnswer {
    qint64 participantId = 0;
    qint64 itemId = 0;
    int value = 0;

    friend bool operator==(const SurveyAnswer&, const SurveyAnswer&) = default;
};

/// All SQL about rounds, their respondents and answers. Throws StorageError.
class SurveyRoundRepository {
public:
    explicit SurveyRoundRepository(Database& db) : m_db(db) {}

    QList<SurveyRoundSummary> list(const SurveyRoundFilter& filter = {}) const;
    std::optional<SurveyRound> find(qint64 id) const;
    /// The entry rounds of an instrument, for an exit round to be compared with.
    QList<SurveyRoundSummary> entryRounds(qint64 instrumentId) const;
    /// Exit and follow-up rounds compared with the entry round.
    QList<qint64> roundsComparedWith(qint64 entryRoundId) const;
    qint64 insert(const SurveyRound& round);
    void update(const SurveyRound& round);
    void remove(qint64 id);

    /// The respondents of a round by surname (their codes, names, PESEL, sex).
    QList<Respondent> respondents(qint64 roundId) const;
    void addRespondent(qint64 roundId, qint64 participantId, const QString& code);
    void removeRespondent(qint64 roundId, qint64 participantId);
    /// Who a round for the group on `date` is given to: a course's participants enrolled and
    /// not withdrawn before the date, or an OSS's participant members on the date; by surname.
    QList<Respondent> groupOn(std::optional<qint64> courseId, std::optional<qint64> socialCoopId,
                              const QDate& date) const;
    /// The name of the course or OSS; empty when there is no such record.
    QString groupName(std::optional<qint64> courseId, std::optional<qint64> socialCoopId) const;
    /// participant → code in a round.
    QHash<qint64, QString> codes(qint64 roundId) const;

    QList<SurveyAnswer> answers(qint64 roundId) const;
    QList<SurveyAnswer> answersOf(qint64 roundId, qint64 participantId) const;
    std::optional<int> answer(qint64 roundId, qint64 participantId, qint64 itemId) const;
    void setAnswer(qint64 roundId, const SurveyAnswer& answer);
    void clearAnswer(qint64 roundId, qint64 participantId, qint64 itemId);
    void clearForm(qint64 roundId, qint64 participantId);
    int answerCount(qint64 roundId) const;

private:
    Database& m_db;
};

} // namespace osiedle::core
