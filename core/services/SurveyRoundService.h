#pragma once

#include "core/common/FieldError.h"
#include "core/common/Result.h"
#include "core/domain/SurveyRound.h"
#include "core/storage/SurveyRoundRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace osiedle::core {

class Database;
class ChangeNotifier;

/// A round with its respondents and answers as they were (for undo of a deletion).
struct RoundRecord {
    SurveyRound round;
    QList<Respondent> respondents;
    QList<SurveyAnswer> answers;
};

/// Gives instruments in rounds. A new round is given to the group (a course's participants
/// enrolled and not withdrawn before its date, or an OSS's members on its date); each
/// respondent gets a code for anonymous forms, the same one they had in the entry round the
/// round is compared with. Validates, writes in one transaction, announces Topic::Surveys.
/// Never throws.
class SurveyRoundService {
    Q_DECLARE_TR_FUNCTIONS(SurveyRoundService)

public:
    explicit SurveyRoundService(Database& db, ChangeNotifier* changes = nullptr) : m_db(db), m_changes(changes) {}

    /// What a round needs by itself. Field keys: instrument, date, group, entry_round.
    static FieldErrors validate(const SurveyRound& round);
    /// A code not among `taken` (four letters and digits that cannot be mistaken for each other).
    static QString newCode(const QSet<QString>& taken);
    /// The code a number stands for (its lowest digits in the codes' alphabet).
    static QString codeFrom(quint64 number);

    Result<qint64> create(const SurveyRound& round, FieldErrors* errors = nullptr);
    /// Changes kind, date, anonymity, the entry round compared with and the note; the
    /// instrument and the group stay.
    Status update(const SurveyRound& round, FieldErrors* errors = nullptr);
    /// Deletes a round with its answers; refused while exit rounds are compared with it.
    Result<RoundRecord> remove(qint64 id);
    /// Undo of remove().
    Status restore(const RoundRecord& record);
    /// Adds those of the group on the round's date who are not respondents yet; returns them.
    Result<QList<qint64>> addNewcomers(qint64 roundId);
    /// Takes a respondent off a round that holds no answers of theirs (undo of addNewcomers).
    Status removeRespondents(qint64 roundId, const QList<qint64>& participantIds);

private:
    /// Problems that need the stored data (instrument, group, entry round); empty when none.
    FieldErrors checkAgainstData(const SurveyRound& round, const std::optional<SurveyRound>& stored);
    void addRespondents(const SurveyRound& round, const QList<Respondent>& people);

    Database& m_db;
    ChangeNotifier* m_changes;
};

} // namespace osiedle::core
