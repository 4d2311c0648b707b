#pragma once

#include "core/common/Result.h"
#include "core/domain/Instrument.h"
#include "core/domain/SurveyRound.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace osiedle::core {
class Database;
class ChangeNotifier;
} // namespace osiedle::core

namespace osiedle::ui {

/// The answers of one round as a grid: a row per respondent (by surname; in an anonymous round
/// headed by the code first), a column per item, then a column per scale with the form's score
/// on it (empty without a form, "—" while items the score needs are unanswered). Every change is
/// saved at once through SurveyAnswerService; scores follow live.
class AnswerGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        AnswerRole = Qt::UserRole + 1, ///< the stored answer (int), or an invalid QVariant
    };

    AnswerGridModel(core::Database& db, core::ChangeNotifier* changes, QObject* parent = nullptr);

    /// Loads a round (0: empty grid). Four queries; nothing else is read until the next load.
    void load(qint64 roundId);
    void reload() { load(m_roundId); }
    qint64 roundId() const { return m_roundId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    int respondentCount() const { return static_cast<int>(m_people.size()); }
    int itemCount() const { return static_cast<int>(m_instrument.items.size()); }
    bool isAnswerCell(const QModelIndex& index) const;
    const core::InstrumentItem& item(int column) const { return m_instrument.items.at(column); }
    const core::Respondent& respondent(int row) const { return m_people.at(row); }
    const core::Instrument& instrument() const { return m_instrument; }
    bool anonymous() const { return m_round.anonymous; }
    std::optional<int> answerAt(int row, int column) const;
    /// Forms with at least one answer.
    int formsReturned() const;
    /// The first row whose code or name contains `text` (folded), searching from `from`; -1.
    int findRow(const QString& text, int from = 0) const;

    /// Saves one answer (nullopt clears it) and updates the grid. The error says why it failed.
    core::Status setAnswer(qint64 participantId, qint64 itemId, std::optional<int> value);

    /// True while the model itself is saving (its own change notices need no reload).
    bool saving() const { return m_saving; }

private:
    int rowOf(qint64 participantId) const;
    int columnOf(qint64 itemId) const;
    QString answerText(const core::InstrumentItem& item, int value) const;

    core::Database& m_db;
    core::ChangeNotifier* m_changes;
    qint64 m_roundId = 0;
    core::SurveyRound m_round;
    core::Instrument m_instrument;
    QList<qint64> m_scales; ///< the scales measured, in column order
    QStringList m_scaleNames;
    std::vector<core::Respondent> m_people;
    std::vector<qint8> m_answers; ///< row-major, -1 = not answered
    bool m_saving = false;
};

} // namespace osiedle::ui
