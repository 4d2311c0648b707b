#pragma once

#include <QWidget>

class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class InstrumentsTab;
class ResultsTab;
class RoundsTab;

/// Questionnaires and knowledge tests that measure the project's soft goals: the instruments
/// (with the ready-made drafts), their rounds with the answers typed in or imported and the
/// blank forms printed, and the results (entry vs exit per scale, per person, per course and
/// OSS). The indicators "participants whose <scale> improved" follow in the report.
class SurveysSection : public QWidget {
    Q_OBJECT

public:
    SurveysSection(AppContext& context, QWidget* parent = nullptr);

    InstrumentsTab* instruments() const { return m_instruments; }
    RoundsTab* rounds() const { return m_rounds; }
    ResultsTab* results() const { return m_results; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    InstrumentsTab* m_instruments;
    RoundsTab* m_rounds;
    ResultsTab* m_results;
};

} // namespace osiedle::ui
