#pragma once

#include "core/storage/EventRepository.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The study trip and the conference: the events, who attended (project participants, staff
/// and guests counted separately, with the total cost) and the partners visited.
class EventsTab : public QWidget {
    Q_OBJECT

public:
    explicit EventsTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    /// Selects the event in this row of the events table.
    void selectRow(int row);
    qint64 eventId() const { return m_eventId; }
    /// The counts line shown under the attendees.
    QString countsText() const;

private:
    void fillEvent();
    void print(bool pdf);

    AppContext& m_context;
    QList<core::Event> m_events;
    qint64 m_eventId = 0;
    QTableWidget* m_eventTable;
    QTableWidget* m_attendees;
    QLabel* m_counts;
    QTableWidget* m_visits;
};

} // namespace osiedle::ui
