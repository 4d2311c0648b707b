#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The "Reporting periods" tab of the project settings: the periods (payment claims) there are,
/// and their generation from the project's dates: quarters, or periods of a chosen length, with
/// claim numbers from a pattern. Periods that exist and would change are named before, and a
/// locked period is never moved. The generation is one undoable change; a single period is
/// still edited in the Reports section.
class PeriodsTab : public QWidget {
    Q_OBJECT

public:
    explicit PeriodsTab(AppContext& context, QWidget* parent = nullptr);

    /// Generates the periods as the controls say (asking first when existing ones would
    /// change); false when refused or not confirmed.
    bool generate();
    void reload();

private:
    AppContext& m_context;
    QTableWidget* m_table;
    QSpinBox* m_months;
    QLineEdit* m_pattern;
    QLabel* m_message;
};

} // namespace osiedle::ui
