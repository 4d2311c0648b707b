#include "ui/products/EventsTab.h"

#include "core/domain/Money.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ListExport.h"
#include "ui/products/ProductsDocuments.h"
#include "ui/products/ProductsWidgets.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace osiedle::ui {

using products::boxed;
using products::button;
using products::cell;
using products::table;

namespace {

QString period(const QDate& from, const QDate& to)
{
    if (!to.isValid() || to == from) {
        return FormErrors::dateText(from);
    }
    return QStringLiteral("%1 – %2").arg(FormErrors::dateText(from), FormErrors::dateText(to));
}

} // namespace

EventsTab::EventsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_eventTable(table(QStringLiteral("eventTable"), {tr("Kind"), tr("Event"), tr("Dates"), tr("Place")}, this)),
      m_attendees(table(QStringLiteral("attendeeTable"),
                        {tr("Role"), tr("Name"), tr("Institution"), tr("Cost per person"), tr("Attended")}, this)),
      m_counts(new QLabel(this)),
      m_visits(table(QStringLiteral("visitTable"), {tr("Date"), tr("Partner visited"), tr("Notes")}, this))
{
    m_counts->setObjectName(QStringLiteral("eventCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* attendeeBox = boxed(tr("Attendees"), m_attendees, this);
    attendeeBox->layout()->addWidget(m_counts);
    auto* preview = button(tr("Print preview"), QStringLiteral("eventPreview"), this);
    auto* pdf = button(tr("Save as PDF"), QStringLiteral("eventPdf"), this);
    preview->setToolTip(tr("The list of travellers of a study trip, or the attendance list of a conference"));
    pdf->setToolTip(preview->toolTip());
    auto* printRow = new QHBoxLayout;
    printRow->addWidget(new QLabel(tr("List of travellers / attendance list:"), this));
    printRow->addWidget(preview);
    printRow->addWidget(pdf);
    printRow->addStretch();
    ListExport::addButton(m_context, m_eventTable, printRow, tr("events.xlsx"));

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(attendeeBox);
    right->addWidget(boxed(tr("Visits of partners (Trentino)"), m_visits, this));
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(boxed(tr("Events"), m_eventTable, this));
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(printRow);

    connect(m_eventTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_eventTable->selectedItems();
        const qint64 id =
            selected.isEmpty() ? 0 : m_eventTable->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
        if (id != m_eventId) {
            m_eventId = id;
            fillEvent();
        }
    });
    connect(preview, &QPushButton::clicked, this, [this] { print(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { print(true); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Products || topic == core::Topic::Participants) {
            refresh();
        }
    });
    refresh();
    if (m_eventId == 0 && !m_events.isEmpty()) {
        selectRow(0);
    }
}

void EventsTab::refresh()
{
    try {
        m_events = core::EventRepository(m_context.db).events();
    } catch (const core::StorageError& e) {
        m_events.clear();
        m_counts->setText(e.what());
    }
    m_eventTable->blockSignals(true);
    m_eventTable->setRowCount(int(m_events.size()));
    for (int row = 0; row < m_events.size(); ++row) {
        const core::Event& e = m_events[row];
        auto* kind = cell(core::label(e.kind));
        kind->setData(Qt::UserRole, e.id);
        m_eventTable->setItem(row, 0, kind);
        m_eventTable->setItem(row, 1, cell(e.name));
        m_eventTable->setItem(row, 2, cell(period(e.startDate, e.endDate)));
        m_eventTable->setItem(row, 3, cell(e.place));
        if (e.id == m_eventId) {
            m_eventTable->selectRow(row);
        }
    }
    m_eventTable->resizeColumnsToContents();
    m_eventTable->blockSignals(false);
    fillEvent();
}

void EventsTab::selectRow(int row)
{
    m_eventTable->selectRow(row);
}

QString EventsTab::countsText() const
{
    return m_counts->text();
}

void EventsTab::fillEvent()
{
    QList<core::EventAttendee> attendees;
    QList<core::EventVisit> visits;
    core::EventCounts counts;
    try {
        core::EventRepository repo(m_context.db);
        if (m_eventId != 0) {
            attendees = repo.attendees(m_eventId);
            visits = repo.visits(m_eventId);
            counts = repo.counts(m_eventId);
        }
    } catch (const core::StorageError& e) {
        m_counts->setText(e.what());
        return;
    }
    m_attendees->setRowCount(int(attendees.size()));
    for (int row = 0; row < attendees.size(); ++row) {
        const core::EventAttendee& a = attendees[row];
        m_attendees->setItem(row, 0, cell(core::label(a.role)));
        m_attendees->setItem(row, 1, cell(a.name));
        m_attendees->setItem(row, 2, cell(a.institution));
        m_attendees->setItem(row, 3,
                             cell(core::Money::fromGrosze(a.costGrosze).format(), Qt::AlignRight | Qt::AlignVCenter));
        m_attendees->setItem(row, 4, cell(a.attended ? tr("yes") : tr("no")));
        if (!a.attended) {
            for (int column = 0; column < m_attendees->columnCount(); ++column) {
                m_attendees->item(row, column)->setForeground(Qt::gray);
            }
        }
    }
    m_attendees->resizeColumnsToContents();
    m_counts->setText(
        m_eventId == 0
            ? QString()
            : tr("Attended: participants %1 (women %2, men %3), staff %4, guests %5; total %6; total cost %7")
                  .arg(counts.participants)
                  .arg(counts.women)
                  .arg(counts.men)
                  .arg(counts.staff)
                  .arg(counts.guests)
                  .arg(counts.participants + counts.staff + counts.guests)
                  .arg(core::Money::fromGrosze(counts.costGrosze).format()));
    m_visits->setRowCount(int(visits.size()));
    for (int row = 0; row < visits.size(); ++row) {
        m_visits->setItem(row, 0, cell(FormErrors::dateText(visits[row].date)));
        m_visits->setItem(row, 1, cell(visits[row].partner));
        m_visits->setItem(row, 2, cell(visits[row].notes));
    }
    m_visits->resizeColumnsToContents();
}

void EventsTab::print(bool pdf)
{
    if (m_eventId == 0) {
        return;
    }
    auto printer = ProductsDocuments::eventList(m_context.db, m_eventId);
    ProductsDocuments::output(m_context, this, *printer, pdf, tr("event-list.pdf"));
}

} // namespace osiedle::ui
