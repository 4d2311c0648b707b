#pragma once

#include <QWidget>

class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class DeliverablesTab;
class CompetitionTab;
class EventsTab;

/// The project's products and events: the register of deliverables, the competition with its
/// jury and ranking, and the study trip and conference with their attendees. The competition
/// and the events are built when their tab is first opened (or asked for): at scale 100 building
/// all three held the window when the section opened.
class ProductsSection : public QWidget {
    Q_OBJECT

public:
    explicit ProductsSection(AppContext& context, QWidget* parent = nullptr);

    DeliverablesTab* deliverables() const { return m_deliverables; }
    CompetitionTab* competition();
    EventsTab* events();
    QTabWidget* tabs() const { return m_tabs; }

private:
    /// Builds the tab shown at `index` if it is not built yet.
    void buildTab(int index);

    AppContext& m_context;
    QTabWidget* m_tabs;
    DeliverablesTab* m_deliverables;
    QWidget* m_competitionPage;
    QWidget* m_eventsPage;
    CompetitionTab* m_competition = nullptr;
    EventsTab* m_events = nullptr;
};

} // namespace osiedle::ui
