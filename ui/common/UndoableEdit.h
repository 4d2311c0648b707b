#pragma once

#include <QUndoCommand>

#include <functional>

namespace osiedle::ui {

/// The one generic undo command: an edit that has already been done through a core service,
/// with the calls that undo and redo it. Push it after the first "do" succeeded (so the first
/// redo() that QUndoStack calls on push is skipped). When an undo or redo fails (the data
/// changed meanwhile), `onFailure` gets the message and the command becomes obsolete.
class UndoableEdit : public QUndoCommand {
public:
    using Step = std::function<bool(QString* error)>;

    UndoableEdit(const QString& text, Step undo, Step redo, std::function<void(const QString&)> onFailure = {});

    void undo() override;
    void redo() override;

private:
    Step m_undo;
    Step m_redo;
    std::function<void(const QString&)> m_onFailure;
    bool m_firstRedo = true;
};

} // namespace osiedle::ui
