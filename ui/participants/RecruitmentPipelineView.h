#pragma once

#include "core/domain/Enums.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ParticipantService.h"
#include "core/services/RecruitmentService.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The recruitment pipeline: the participants in one status (the reserve list ordered by
/// score), and the moves of the selected ones — assess eligibility, score, qualify, put on the
/// reserve list, reject, resign — plus "qualify the next from the reserve". Each decision
/// carries the date in the window's date field (today unless changed). A refused move is
/// explained; every move can be undone. The score weights are edited from here too.
class RecruitmentPipelineView : public QDialog {
    Q_OBJECT

public:
    explicit RecruitmentPipelineView(AppContext& context, QWidget* parent = nullptr);

    void showStatus(core::RecruitmentStatus status);
    /// The ids shown, in order.
    QList<qint64> shownIds() const;
    /// Selects the rows of these ids.
    void select(const QList<qint64>& ids);

    enum class Move { Assess, Score, Qualify, Reserve, Reject, Resign };
    /// Applies a move to the selected participants; the messages of refused ones are shown.
    void apply(Move move);
    void qualifyNext();
    /// The date the decisions are given.
    QDate decisionDate() const;
    void setDecisionDate(const QDate& date);
    /// Opens the recruitment settings (score weights, optional monitoring data).
    void editSettings();

private:
    void reload();
    QList<qint64> selectedIds() const;
    void pushUndo(const QString& text, const QList<core::Participant>& before);

    AppContext& m_context;
    core::ParticipantService m_participants;
    core::RecruitmentService m_recruitment;
    QComboBox* m_status = nullptr;
    QLabel* m_count = nullptr;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace osiedle::ui
