#pragma once

#include "core/domain/Enums.h"

#include <QTableView>

#include <optional>

class QAction;

namespace osiedle::ui {

struct AppContext;
class AttendanceGridModel;

/// The attendance grid of one course (participants × sessions), made for fast entry from the
/// keyboard: arrows move; P/U/N or 1/2/3 mark present / excused / absent and move down;
/// Space toggles present ↔ absent; Delete clears; Ctrl+Shift+A marks the current session's
/// column all present. Every mark is saved at once and pushed on the undo stack.
class AttendanceGrid : public QTableView {
    Q_OBJECT

public:
    AttendanceGrid(AppContext& context, QWidget* parent = nullptr);

    void setCourse(qint64 courseId);
    AttendanceGridModel* gridModel() const { return m_model; }
    /// "All present" for the session of the current column.
    QAction* allPresentAction() const { return m_allPresent; }

    /// Sets the mark of the current cell (nullopt clears it), saving and recording undo.
    /// False (with the message shown) when it could not be saved.
    bool markCurrent(std::optional<core::AttendanceStatus> mark);
    /// Marks everyone present on the current column's session.
    bool markCurrentColumnAllPresent();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showError(const QString& message);
    void moveDown();

    AppContext& m_context;
    AttendanceGridModel* m_model;
    QAction* m_allPresent;
};

} // namespace osiedle::ui
