#include "ui/products/EventsTab.h"

#include "core/domain/Money.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/EventService.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/UserPrompt.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/products/ProductsWidgets.h"
#include "ui/products/RecordPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

using products::button;
using products::RecordPanel;

namespace {

// The service calls the undo commands of attendees and visits repeat.
auto saveAttendeeCall(core::Database& db, core::ChangeNotifier& changes)
{
    return [&db, &changes](const core::EventAttendee& a) { return core::EventService(db, &changes).saveAttendee(a); };
}
auto removeAttendeeCall(core::Database& db, core::ChangeNotifier& changes)
{
    return [&db, &changes](qint64 id) { return core::EventService(db, &changes).removeAttendee(id); };
}
auto saveVisitCall(core::Database& db, core::ChangeNotifier& changes)
{
    return [&db, &changes](const core::EventVisit& v) { return core::EventService(db, &changes).saveVisit(v); };
}
auto removeVisitCall(core::Database& db, core::ChangeNotifier& changes)
{
    return [&db, &changes](qint64 id) { return core::EventService(db, &changes).removeVisit(id); };
}

QString period(const QDate& from, const QDate& to)
{
    if (!to.isValid() || to == from) {
        return FormErrors::dateText(from);
    }
    return QStringLiteral("%1 – %2").arg(FormErrors::dateText(from), FormErrors::dateText(to));
}

template <typename T> std::optional<T> byId(const QList<T>& list, qint64 id)
{
    for (const T& item : list) {
        if (item.id == id) {
            return item;
        }
    }
    return std::nullopt;
}

QLineEdit* line(const QString& name, QWidget* parent, const QString& placeholder = {})
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

} // namespace

EventsTab::EventsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_eventPanel(new RecordPanel(QStringLiteral("event"), {tr("Kind"), tr("Event"), tr("Dates"), tr("Place")}, this)),
      m_kind(new QComboBox(this)), m_name(line(QStringLiteral("eventName"), this)),
      m_start(line(QStringLiteral("eventStart"), this, tr("DD.MM.YYYY"))),
      m_end(line(QStringLiteral("eventEnd"), this, tr("DD.MM.YYYY"))),
      m_place(line(QStringLiteral("eventPlace"), this)), m_programme(new QPlainTextEdit(this)),
      m_notes(line(QStringLiteral("eventNotes"), this)),
      m_attendeePanel(
          new RecordPanel(QStringLiteral("attendee"),
                          {tr("Role"), tr("Name"), tr("Institution"), tr("Cost per person"), tr("Attended")}, this)),
      m_role(new QComboBox(this)), m_participant(new QComboBox(this)),
      m_attendeeName(line(QStringLiteral("attendeeName"), this)),
      m_institution(line(QStringLiteral("attendeeInstitution"), this)),
      m_cost(line(QStringLiteral("attendeeCost"), this, tr("0,00"))), m_attended(new QCheckBox(tr("attended"), this)),
      m_counts(new QLabel(this)),
      m_visitPanel(new RecordPanel(QStringLiteral("visit"), {tr("Date"), tr("Partner visited"), tr("Notes")}, this)),
      m_visitDate(line(QStringLiteral("visitDate"), this, tr("DD.MM.YYYY"))),
      m_partner(line(QStringLiteral("visitPartner"), this)), m_visitNotes(line(QStringLiteral("visitNotes"), this))
{
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (core::EventKind kind : core::allValues<core::EventKind>()) {
        m_kind->addItem(core::label(kind), static_cast<int>(kind));
    }
    m_programme->setObjectName(QStringLiteral("eventProgramme"));
    m_programme->setMaximumHeight(70);
    m_eventPanel->addField(tr("Kind"), m_kind, QStringLiteral("kind"));
    m_eventPanel->addField(tr("Name"), m_name, QStringLiteral("name"));
    m_eventPanel->addField(tr("First day"), m_start, QStringLiteral("startDate"));
    m_eventPanel->addField(tr("Last day"), m_end, QStringLiteral("endDate"));
    m_eventPanel->addField(tr("Place"), m_place, QStringLiteral("place"));
    m_eventPanel->addField(tr("Programme"), m_programme, QStringLiteral("programme"));
    m_eventPanel->addField(tr("Notes"), m_notes, QStringLiteral("notes"));

    m_role->setObjectName(QStringLiteral("attendeeRole"));
    for (core::AttendeeRole role : core::allValues<core::AttendeeRole>()) {
        m_role->addItem(core::label(role), static_cast<int>(role));
    }
    m_participant->setObjectName(QStringLiteral("attendeeParticipant"));
    m_participant->setEditable(true);
    m_participant->setInsertPolicy(QComboBox::NoInsert);
    m_participant->completer()->setFilterMode(Qt::MatchContains);
    m_participant->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_participant->setMinimumContentsLength(25);
    m_attended->setObjectName(QStringLiteral("attendeeAttended"));
    m_attendeePanel->addField(tr("Role"), m_role, QStringLiteral("role"));
    m_attendeePanel->addField(tr("Project participant"), m_participant, QStringLiteral("participantId"));
    m_attendeePanel->addField(tr("Name (staff, guest)"), m_attendeeName, QStringLiteral("name"));
    m_attendeePanel->addField(tr("Institution"), m_institution, QStringLiteral("institution"));
    m_attendeePanel->addField(tr("Cost per person"), m_cost, QStringLiteral("cost"));
    m_attendeePanel->addExport(m_context, tr("event-attendees.xlsx"));
    m_attendeePanel->addField(QString(), m_attended, QStringLiteral("attended"));
    m_counts->setObjectName(QStringLiteral("eventCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attendeePanel->layout()->addWidget(m_counts);

    m_visitPanel->addField(tr("Date"), m_visitDate, QStringLiteral("date"));
    m_visitPanel->addField(tr("Partner visited"), m_partner, QStringLiteral("partner"));
    m_visitPanel->addField(tr("Notes"), m_visitNotes, QStringLiteral("notes"));
    m_visitPanel->addExport(m_context, tr("partner-visits.xlsx"));

    auto* preview = button(tr("Print preview"), QStringLiteral("eventPreview"), this);
    auto* pdf = button(tr("Save as PDF"), QStringLiteral("eventPdf"), this);
    preview->setToolTip(tr("The list of travellers of a study trip, or the attendance list of a conference"));
    pdf->setToolTip(preview->toolTip());
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(new QLabel(tr("List of travellers / attendance list:"), this));
    printRow->addWidget(preview);
    printRow->addWidget(pdf);
    printRow->addStretch();

    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(products::boxed(tr("Events"), m_eventPanel, this));
    left->addWidget(products::boxed(tr("Visits of partners (Trentino)"), m_visitPanel, this));
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    // The events and the visits, each with its form, are taller together than a laptop's
    // screen leaves for a tab: the column scrolls instead of pushing the window off the screen.
    auto* leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("eventsColumn"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() + leftScroll->verticalScrollBar()->sizeHint().width());
    auto* splitter = new QSplitter(this);
    splitter->addWidget(leftScroll);
    splitter->addWidget(products::boxed(tr("Attendees"), m_attendeePanel, this));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(printRow);

    connect(m_eventPanel, &RecordPanel::shown, this, &EventsTab::showEventDetails);
    connect(m_attendeePanel, &RecordPanel::shown, this, &EventsTab::showAttendee);
    connect(m_visitPanel, &RecordPanel::shown, this, &EventsTab::showVisit);
    connect(m_eventPanel, &RecordPanel::saveClicked, this, &EventsTab::saveEvent);
    connect(m_attendeePanel, &RecordPanel::saveClicked, this, &EventsTab::saveAttendee);
    connect(m_visitPanel, &RecordPanel::saveClicked, this, &EventsTab::saveVisit);
    connect(m_eventPanel, &RecordPanel::removeClicked, this, &EventsTab::removeEvent);
    connect(m_attendeePanel, &RecordPanel::removeClicked, this, &EventsTab::removeAttendee);
    connect(m_visitPanel, &RecordPanel::removeClicked, this, &EventsTab::removeVisit);
    connect(m_role, &QComboBox::currentIndexChanged, this, &EventsTab::roleChanged);
    connect(preview, &QPushButton::clicked, this, [this] { print(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { print(true); });
    // The participants' list of the attendee form is long at scale 100: read again when seen.
    m_afterChange = new RefreshWhenShown(this, [this] {
        fillParticipants();
        refresh();
    });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Products) {
            refresh();
        } else if (topic == core::Topic::Participants) {
            m_afterChange->request();
        }
    });
    fillParticipants();
    refresh();
    if (eventId() == 0 && !m_events.isEmpty()) {
        selectRow(0);
    }
}

qint64 EventsTab::eventId() const
{
    return m_eventPanel->currentId();
}

void EventsTab::fillParticipants()
{
    // Off the window's thread: at scale 100 the 10 000 qualified participants, sorted by name,
    // took over 100 ms to read. The attendee shown keeps its participant when the list comes.
    using Choices = QList<ChoiceItem>;
    m_context.reads().read<Choices>(
        this, QStringLiteral("event-participants"),
        [](core::Database& db) {
            Choices choices{{QString(), QVariant()}};
            for (const core::ParticipantListRow& p :
                 core::ParticipantRepository(db).listByStatus(core::RecruitmentStatus::Qualified)) {
                choices.append({QStringLiteral("%1 %2").arg(p.lastName, p.firstName), p.id});
            }
            return choices;
        },
        [this](const Choices& choices) {
            const QVariant chosen = m_participant->currentData();
            const QSignalBlocker block(m_participant);
            replaceChoices(*m_participant, choices, 24, 900);
            const QVariant wanted = chosen.isValid()          ? chosen
                                    : m_shownParticipant != 0 ? QVariant(m_shownParticipant)
                                                              : QVariant();
            m_participant->setCurrentIndex(wanted.isValid() ? std::max(0, m_participant->findData(wanted)) : 0);
        },
        [this](const QString& error) { m_counts->setText(error); });
}

void EventsTab::refresh()
{
    try {
        m_events = core::EventRepository(m_context.db).events();
    } catch (const core::StorageError& e) {
        m_events.clear();
        m_counts->setText(e.what());
    }
    QList<qint64> ids;
    QList<QStringList> rows;
    for (const core::Event& e : m_events) {
        ids << e.id;
        rows << QStringList{core::label(e.kind), e.name, period(e.startDate, e.endDate), e.place};
    }
    m_eventPanel->setRows(ids, rows);
    m_eventPanel->show(m_eventPanel->currentId());
}

void EventsTab::selectRow(int row)
{
    m_eventPanel->table()->selectRow(row);
}

QString EventsTab::countsText() const
{
    return m_counts->text();
}

void EventsTab::showEventDetails(qint64 id)
{
    const core::Event e = byId(m_events, id).value_or(core::Event{});
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(e.kind))));
    m_name->setText(e.name);
    m_start->setText(FormErrors::dateText(e.startDate));
    m_end->setText(FormErrors::dateText(e.endDate));
    m_place->setText(e.place);
    m_programme->setPlainText(e.programme);
    m_notes->setText(e.notes);
    fillEvent();
}

void EventsTab::fillEvent()
{
    m_attendees.clear();
    m_visits.clear();
    core::EventCounts counts;
    try {
        core::EventRepository repo(m_context.db);
        if (eventId() != 0) {
            m_attendees = repo.attendees(eventId());
            m_visits = repo.visits(eventId());
            counts = repo.counts(eventId());
        }
    } catch (const core::StorageError& e) {
        m_counts->setText(e.what());
        return;
    }
    QList<qint64> ids;
    QList<QStringList> rows;
    for (const core::EventAttendee& a : m_attendees) {
        ids << a.id;
        rows << QStringList{core::label(a.role), a.name, a.institution, core::Money::fromGrosze(a.costGrosze).format(),
                            a.attended ? tr("yes") : tr("no")};
    }
    m_attendeePanel->setRows(ids, rows);
    QTableWidget* table = m_attendeePanel->table();
    for (int row = 0; row < m_attendees.size(); ++row) {
        table->item(row, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!m_attendees[row].attended) {
            for (int column = 0; column < table->columnCount(); ++column) {
                table->item(row, column)->setForeground(Qt::gray);
            }
        }
    }
    m_attendeePanel->setEditable(eventId() != 0);
    m_attendeePanel->show(m_attendeePanel->currentId());
    m_counts->setText(
        eventId() == 0
            ? QString()
            : tr("Attended: participants %1 (women %2, men %3), staff %4, guests %5; total %6; total cost %7")
                  .arg(counts.participants)
                  .arg(counts.women)
                  .arg(counts.men)
                  .arg(counts.staff)
                  .arg(counts.guests)
                  .arg(counts.participants + counts.staff + counts.guests)
                  .arg(core::Money::fromGrosze(counts.costGrosze).format()));
    ids.clear();
    rows.clear();
    for (const core::EventVisit& v : m_visits) {
        ids << v.id;
        rows << QStringList{FormErrors::dateText(v.date), v.partner, v.notes};
    }
    m_visitPanel->setRows(ids, rows);
    // Partners are visited on a study trip, not at a conference.
    const std::optional<core::Event> event = byId(m_events, eventId());
    m_visitPanel->setEditable(event && (event->kind != core::EventKind::Conference || !m_visits.isEmpty()));
    m_visitPanel->show(m_visitPanel->currentId());
}

void EventsTab::showAttendee(qint64 id)
{
    core::EventAttendee a = byId(m_attendees, id).value_or(core::EventAttendee{});
    if (id == 0) {
        // A new attendee is most often like the one entered just before (guests come one after
        // another); the first is most often a project participant.
        a.role = m_lastRole;
        if (!m_attendees.isEmpty()) {
            a.costGrosze = m_attendees.last().costGrosze;
        }
    }
    m_role->setCurrentIndex(std::max(0, m_role->findData(static_cast<int>(a.role))));
    m_shownParticipant = a.participantId.value_or(0);
    m_participant->setCurrentIndex(a.participantId ? std::max(0, m_participant->findData(*a.participantId)) : 0);
    m_attendeeName->setText(a.participantId ? QString() : a.name);
    m_institution->setText(a.institution);
    m_cost->setText(core::Money::fromGrosze(a.costGrosze).formatPlain());
    m_attended->setChecked(a.attended);
    roleChanged();
}

void EventsTab::roleChanged()
{
    const bool participant =
        static_cast<core::AttendeeRole>(m_role->currentData().toInt()) == core::AttendeeRole::Participant;
    m_participant->setEnabled(participant);
    m_attendeeName->setEnabled(!participant);
}

void EventsTab::showVisit(qint64 id)
{
    const core::EventVisit v = byId(m_visits, id).value_or(core::EventVisit{});
    m_visitDate->setText(FormErrors::dateText(v.date));
    m_partner->setText(v.partner);
    m_visitNotes->setText(v.notes);
}

bool EventsTab::saveEvent()
{
    core::FieldErrors errors;
    core::Event e;
    e.id = eventId();
    e.kind = static_cast<core::EventKind>(m_kind->currentData().toInt());
    e.name = m_name->text().trimmed();
    e.startDate = FormErrors::readDate(m_start, QStringLiteral("startDate"), errors);
    e.endDate = FormErrors::readDate(m_end, QStringLiteral("endDate"), errors);
    e.place = m_place->text().trimmed();
    e.programme = m_programme->toPlainText().trimmed();
    e.notes = m_notes->text().trimmed();
    if (!errors.isEmpty()) {
        m_eventPanel->errors().show(errors);
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const std::optional<core::Event> before = byId(m_events, e.id);
    const core::Result<qint64> saved = core::EventService(db, &changes).save(e);
    if (!saved) {
        m_eventPanel->errors().show({{QString(), saved.error().message}});
        return false;
    }
    e.id = *saved;
    if (before) {
        pushUndo(
            m_context, this, tr("Edit event %1").arg(e.name), tr("Undo"),
            [&db, &changes, old = *before] { return core::EventService(db, &changes).save(old); },
            [&db, &changes, e] { return core::EventService(db, &changes).save(e); });
    } else {
        pushUndo(
            m_context, this, tr("Add event %1").arg(e.name), tr("Undo"),
            [&db, &changes, id = e.id] { return core::EventService(db, &changes).remove(id); },
            [&db, &changes, e] {
                return core::EventService(db, &changes).restore({e, {}, {}});
            });
    }
    m_eventPanel->show(e.id);
    refresh();
    return true;
}

bool EventsTab::removeEvent()
{
    const std::optional<core::Event> e = byId(m_events, eventId());
    if (!e || !m_context.prompt.confirm(this, tr("Remove event"),
                                        tr("Remove \"%1\" with its attendees and visits?").arg(e->name))) {
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const auto removed = core::EventService(db, &changes).remove(e->id);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove event"), removed.error().message);
        return false;
    }
    pushUndo(
        m_context, this, tr("Remove event %1").arg(e->name), tr("Undo"),
        [&db, &changes, snapshot = *removed] { return core::EventService(db, &changes).restore(snapshot); },
        [&db, &changes, id = e->id] { return core::EventService(db, &changes).remove(id); });
    m_eventPanel->show(0);
    refresh();
    return true;
}

bool EventsTab::saveAttendee()
{
    core::FieldErrors errors;
    core::EventAttendee a;
    a.id = m_attendeePanel->currentId();
    a.eventId = eventId();
    a.role = static_cast<core::AttendeeRole>(m_role->currentData().toInt());
    m_lastRole = a.role;
    if (a.role == core::AttendeeRole::Participant) {
        const int index = m_participant->findText(m_participant->currentText(), Qt::MatchFixedString);
        if (index > 0) {
            a.participantId = m_participant->itemData(index).toLongLong();
        } else {
            errors.append({QStringLiteral("participantId"),
                           m_participant->currentText().trimmed().isEmpty()
                               ? tr("Choose the project participant from the list.")
                               : tr("\"%1\" is not a participant of the project; staff and guests are entered "
                                    "with another role.")
                                     .arg(m_participant->currentText())});
        }
    } else {
        a.name = m_attendeeName->text().trimmed();
    }
    a.institution = m_institution->text().trimmed();
    const QString costText = m_cost->text().trimmed();
    if (!costText.isEmpty()) {
        const core::Result<core::Money> cost = core::Money::parse(costText);
        if (cost) {
            a.costGrosze = cost->grosze();
        } else {
            errors.append({QStringLiteral("cost"), cost.error().message});
        }
    }
    a.attended = m_attended->isChecked();
    if (!errors.isEmpty()) {
        m_attendeePanel->errors().show(errors);
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const std::optional<core::EventAttendee> before = byId(m_attendees, a.id);
    const core::Result<qint64> saved = core::EventService(db, &changes).saveAttendee(a);
    if (!saved) {
        m_attendeePanel->errors().show({{QString(), saved.error().message}});
        return false;
    }
    a.id = *saved;
    const QString who = a.participantId ? m_participant->currentText() : a.name;
    pushSaved(m_context, this, before, a, tr("Edit attendee %1").arg(who), tr("Add attendee %1").arg(who),
              saveAttendeeCall(db, changes), removeAttendeeCall(db, changes));
    // ready for the next one
    m_attendeePanel->show(0);
    fillEvent();
    return true;
}

bool EventsTab::removeAttendee()
{
    const std::optional<core::EventAttendee> a = byId(m_attendees, m_attendeePanel->currentId());
    if (!a) {
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const auto removed = core::EventService(db, &changes).removeAttendee(a->id);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove attendee"), removed.error().message);
        return false;
    }
    pushRemoved(m_context, this, *removed, tr("Remove attendee %1").arg(a->name), saveAttendeeCall(db, changes),
                removeAttendeeCall(db, changes));
    m_attendeePanel->show(0);
    fillEvent();
    return true;
}

bool EventsTab::saveVisit()
{
    core::FieldErrors errors;
    core::EventVisit v;
    v.id = m_visitPanel->currentId();
    v.eventId = eventId();
    v.date = FormErrors::readDate(m_visitDate, QStringLiteral("date"), errors);
    v.partner = m_partner->text().trimmed();
    v.notes = m_visitNotes->text().trimmed();
    if (!errors.isEmpty()) {
        m_visitPanel->errors().show(errors);
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const std::optional<core::EventVisit> before = byId(m_visits, v.id);
    const core::Result<qint64> saved = core::EventService(db, &changes).saveVisit(v);
    if (!saved) {
        m_visitPanel->errors().show({{QString(), saved.error().message}});
        return false;
    }
    v.id = *saved;
    pushSaved(m_context, this, before, v, tr("Edit visit to %1").arg(v.partner), tr("Add visit to %1").arg(v.partner),
              saveVisitCall(db, changes), removeVisitCall(db, changes));
    m_visitPanel->show(0);
    fillEvent();
    return true;
}

bool EventsTab::removeVisit()
{
    const std::optional<core::EventVisit> v = byId(m_visits, m_visitPanel->currentId());
    if (!v) {
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const auto removed = core::EventService(db, &changes).removeVisit(v->id);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove visit"), removed.error().message);
        return false;
    }
    pushRemoved(m_context, this, *removed, tr("Remove visit to %1").arg(v->partner), saveVisitCall(db, changes),
                removeVisitCall(db, changes));
    m_visitPanel->show(0);
    fillEvent();
    return true;
}

void EventsTab::print(bool pdf)
{
    if (eventId() == 0) {
        return;
    }
    auto printer = ProductsDocuments::eventList(m_context.db, eventId());
    ProductsDocuments::output(m_context, this, *printer, pdf, tr("event-list.pdf"));
}

} // namespace osiedle::ui
