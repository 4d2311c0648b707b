#pragma once

#include "core/domain/Instrument.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QComboBox;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace osiedle::ui {

struct AppContext;
class ItemTableModel;

/// The form of one questionnaire or test: name, kind, instructions, its items (added, changed,
/// moved, deleted through ItemDialog) and, per scale it measures, the smallest rise of the score
/// that counts as an improvement. Nothing is stored until Save (InstrumentService, undoable);
/// an instrument in use says so, and a change that would break its answers is refused with the
/// reason.
class InstrumentEditor : public QWidget {
    Q_OBJECT

public:
    InstrumentEditor(AppContext& context, QWidget* parent = nullptr);

    /// Shows a stored instrument (or a new one, id 0) with the number of answers entered with it.
    void showInstrument(const core::Instrument& instrument, int answers);
    /// The instrument as the form says.
    core::Instrument instrument() const;
    bool isDirty() const { return m_dirty; }
    /// Saves through InstrumentService and pushes the undo command; false (message shown) when
    /// refused.
    bool save();
    /// Goes back to the instrument as shown.
    void cancel();
    /// Reloads the scale names (after the scales changed).
    void reloadScales();

    /// How dialogs are run: exec() by default; tests replace it to fill and accept them.
    void setDialogRunner(std::function<int(QDialog&)> runner) { m_runDialog = std::move(runner); }

    // The item buttons, callable directly.
    void addItem();
    void editItem();
    void removeItem();
    void moveItem(int by);

signals:
    void saved(qint64 instrumentId);

private:
    void setDirty(bool dirty);
    void showItems();
    void rebuildMinChanges();
    int currentItem() const;
    void error(const QString& message);

    AppContext& m_context;
    std::function<int(QDialog&)> m_runDialog;
    core::Instrument m_shown;
    core::Instrument m_working;
    int m_answers = 0;
    bool m_dirty = false;
    bool m_loading = false;
    QList<core::SurveyScale> m_scales;
    QHash<qint64, QString> m_scaleNames;
    QLabel* m_title;
    QLabel* m_inUse;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QPlainTextEdit* m_instructions;
    QTableView* m_items;
    ItemTableModel* m_itemModel;
    QFormLayout* m_minChanges;
    QHash<qint64, QSpinBox*> m_minChangeFields;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace osiedle::ui
