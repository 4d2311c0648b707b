#pragma once

#include <QWidget>

class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class DeliverablesTab;
class CompetitionTab;
class EventsTab;

/// The project's products and events: the register of deliverables, the competition with its
/// jury and ranking, and the study trip and conference with their attendees.
class ProductsSection : public QWidget {
    Q_OBJECT

public:
    explicit ProductsSection(AppContext& context, QWidget* parent = nullptr);

    DeliverablesTab* deliverables() const { return m_deliverables; }
    CompetitionTab* competition() const { return m_competition; }
    EventsTab* events() const { return m_events; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    DeliverablesTab* m_deliverables;
    CompetitionTab* m_competition;
    EventsTab* m_events;
};

} // namespace osiedle::ui
