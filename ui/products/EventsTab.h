#pragma once

#include "core/storage/EventRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace osiedle::ui {

class RefreshWhenShown;

struct AppContext;
namespace products {
class RecordPanel;
}

/// The study trip and the conference: the events with their data (dates, place, programme),
/// who attended (project participants picked from the list, staff, external guests with their
/// institution; counted separately, with the cost per person and in total) and the partners
/// visited. Each list has its form (New, Save, Remove), written through EventService and
/// undoable.
class EventsTab : public QWidget {
    Q_OBJECT

public:
    explicit EventsTab(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    /// Selects the event in this row of the events table.
    void selectRow(int row);
    qint64 eventId() const;
    /// The counts line shown under the attendees.
    QString countsText() const;

    // The forms; false (with the message shown) when refused.
    bool saveEvent();
    bool removeEvent();
    bool saveAttendee();
    bool removeAttendee();
    bool saveVisit();
    bool removeVisit();

private:
    /// Reloads after a change to the data, put off while the view is out of sight.
    RefreshWhenShown* m_afterChange = nullptr;
    void fillEvent();
    /// Reads the qualified participants for the attendee form off the window's thread.
    void fillParticipants();
    void showEventDetails(qint64 id);
    void showAttendee(qint64 id);
    void showVisit(qint64 id);
    void roleChanged();
    void print(bool pdf);

    AppContext& m_context;
    QList<core::Event> m_events;
    QList<core::EventAttendee> m_attendees;
    QList<core::EventVisit> m_visits;
    products::RecordPanel* m_eventPanel;
    QComboBox* m_kind;
    QLineEdit* m_name;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLineEdit* m_place;
    QPlainTextEdit* m_programme;
    QLineEdit* m_notes;
    products::RecordPanel* m_attendeePanel;
    QComboBox* m_role;
    core::AttendeeRole m_lastRole = core::AttendeeRole::Participant;
    QComboBox* m_participant;
    qint64 m_shownParticipant = 0; ///< the participant of the attendee shown, chosen when the list comes
    QLineEdit* m_attendeeName;
    QLineEdit* m_institution;
    QLineEdit* m_cost;
    QCheckBox* m_attended;
    QLabel* m_counts;
    products::RecordPanel* m_visitPanel;
    QLineEdit* m_visitDate;
    QLineEdit* m_partner;
    QLineEdit* m_visitNotes;
};

} // namespace osiedle::ui
