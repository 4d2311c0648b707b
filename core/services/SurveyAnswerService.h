#pragma once

#include "core/common/Result.h"
#include "core/storage/SurveyRoundRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// Records the answers of a round's respondents, typed from paper forms or imported. Every
/// answer is checked against its item (SurveyScoring::accepts) and the respondent against the
/// round; each call is one transaction and announces Topic::Surveys. Never throws.
class SurveyAnswerService {
    Q_DECLARE_TR_FUNCTIONS(SurveyAnswerService)

public:
    explicit SurveyAnswerService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// Sets (nullopt clears) one answer.
    Status setAnswer(qint64 roundId, qint64 participantId, qint64 itemId, std::optional<int> value);
    /// Replaces the whole form of each respondent given (an empty list: the form was not
    /// returned) in one transaction; returns the forms as they were, for undo.
    Result<QHash<qint64, QList<SurveyAnswer>>> setForms(qint64 roundId,
                                                        const QHash<qint64, QList<SurveyAnswer>>& forms);

private:
    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
