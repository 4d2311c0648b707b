#pragma once

#include <QWidget>
#include <functional>

class QDialog;
class QTableView;

namespace osiedle::ui {

struct AppContext;
class InstrumentEditor;
class InstrumentListModel;

/// The questionnaires and tests of the project: the list (new, from a ready-made draft, new
/// version, delete, the scales) and the chosen one's form. An instrument with unsaved changes
/// asks before another is shown.
class InstrumentsTab : public QWidget {
    Q_OBJECT

public:
    InstrumentsTab(AppContext& context, QWidget* parent = nullptr);

    InstrumentEditor* editor() const { return m_editor; }
    QTableView* list() const { return m_list; }
    /// Shows an instrument; false when it is not in the list.
    bool selectInstrument(qint64 id);
    qint64 currentInstrument() const;

    // The actions of the buttons, callable directly.
    void newInstrument(bool test);
    /// Copies the ready-made draft number `index` (InstrumentDrafts::all) into the file.
    bool newFromDraft(int index);
    void newVersion();
    void deleteInstrument();
    void editScales();

    void setDialogRunner(std::function<int(QDialog&)> runner);

private:
    void reload();
    void onChosen();
    bool mayLeave();
    void error(const QString& message);

    AppContext& m_context;
    std::function<int(QDialog&)> m_runDialog;
    InstrumentListModel* m_model;
    QTableView* m_list;
    InstrumentEditor* m_editor;
    qint64 m_shownId = 0;
    bool m_quiet = false; ///< the list's current row changes by program: no question, no reload
};

} // namespace osiedle::ui
