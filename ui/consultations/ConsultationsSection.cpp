#include "ui/consultations/ConsultationsSection.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ConsultationService.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"
#include "ui/common/ColumnFit.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EmptyListHint.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/consultations/ConsultationListModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

const QDate noDate(2000, 1, 1); // the minimum of the period fields, shown as "—" (open)

QDateEdit* periodEdit(const QString& name)
{
    auto* edit = new DateEdit;
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(noDate);
    return edit;
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

QTableView* listView(const QString& name, QAbstractItemModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

QTableWidget* totalsTable(const QString& name, const QString& firstColumn)
{
    auto* table = new QTableWidget(0, 3);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(
        {firstColumn, ConsultationsSection::tr("Consultations"), ConsultationsSection::tr("Hours")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

void fillTotalsTable(QTableWidget* table, const QList<QPair<QString, core::ConsultationTotal>>& rows)
{
    table->setRowCount(0);
    int count = 0;
    int minutes = 0;
    for (const auto& [name, total] : rows) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(name));
        auto* n = new QTableWidgetItem(QString::number(total.count));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 1, n);
        auto* h = new QTableWidgetItem(core::shown::hours(total.minutes));
        h->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 2, h);
        count += total.count;
        minutes += total.minutes;
    }
    const int row = table->rowCount();
    table->insertRow(row);
    QFont bold = table->font();
    bold.setBold(true);
    const QStringList cells = {ConsultationsSection::tr("Total"), QString::number(count), core::shown::hours(minutes)};
    for (int column = 0; column < 3; ++column) {
        auto* item = new QTableWidgetItem(cells[column]);
        item->setFont(bold);
        if (column > 0) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        table->setItem(row, column, item);
    }
}

} // namespace

ConsultationsSection::ConsultationsSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_runDialog([](QDialog& d) { return d.exec(); }), m_coop(new QComboBox),
      m_area(new QComboBox), m_adviser(new QComboBox), m_from(periodEdit(QStringLiteral("filterFrom"))),
      m_to(periodEdit(QStringLiteral("filterTo"))), m_tabs(new QTabWidget), m_log(new ConsultationListModel(this)),
      m_logSummary(new QLabel), m_followUps(new ConsultationListModel(this)),
      m_dueUntil(new DateEdit(referenceDay(context.db)))
{
    setObjectName(QStringLiteral("consultationsSection"));
    m_tabs->setObjectName(QStringLiteral("consultationTabs"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_tabs);
    m_tabs->addTab(buildLog(), tr("&Log"));
    m_tabs->addTab(buildTotals(), tr("&Totals"));
    m_tabs->addTab(buildFollowUps(), tr("&Follow-ups"));
    m_afterChange = new RefreshWhenShown(this, [this] { refresh(); });
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Consultations || topic == core::Topic::SocialCoops ||
            topic == core::Topic::Participants) {
            m_afterChange->request();
        }
    });
    reloadChoices();
    refresh();
}

QWidget* ConsultationsSection::buildFilters()
{
    auto* panel = new QWidget;
    auto* row = new QHBoxLayout(panel);
    row->setContentsMargins(0, 0, 0, 0);
    m_coop->setObjectName(QStringLiteral("filterSocialCoop"));
    m_area->setObjectName(QStringLiteral("filterArea"));
    m_adviser->setObjectName(QStringLiteral("filterAdviser"));
    row->addWidget(new QLabel(tr("OSS:")));
    row->addWidget(m_coop, 2);
    row->addWidget(new QLabel(tr("Area:")));
    row->addWidget(m_area, 1);
    row->addWidget(new QLabel(tr("Adviser:")));
    row->addWidget(m_adviser, 1);
    row->addWidget(new QLabel(tr("From:")));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("To:")));
    row->addWidget(m_to);
    for (QComboBox* box : {m_coop, m_area, m_adviser}) {
        // Long OSS names must not widen the window past the screen: the field shortens them,
        // its list shows them whole.
        keepWidth(*box, box == m_coop ? 24 : 14);
        connect(box, &QComboBox::currentIndexChanged, this, &ConsultationsSection::refresh);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &ConsultationsSection::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ConsultationsSection::refresh);
    return panel;
}

QWidget* ConsultationsSection::buildLog()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    m_logView = listView(QStringLiteral("consultationList"), m_log);
    m_logSummary->setObjectName(QStringLiteral("consultationSummary"));
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New consultation…"));
    add->setObjectName(QStringLiteral("newConsultation"));
    auto* edit = new QPushButton(tr("Edit…"));
    edit->setObjectName(QStringLiteral("editConsultation"));
    auto* remove = new QPushButton(tr("Delete"));
    remove->setObjectName(QStringLiteral("deleteConsultation"));
    EmptyListHint::attach(m_logView,
                          tr("The consultations given at the consultation point will be listed here: legal, "
                             "accounting, administrative and funding advice to a cooperative or a person."),
                          {{add, tr("New consultation…")}},
                          EmptyListHint::whenNone(m_context.db, &core::SetupCounts::consultations));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_logSummary);
    ListExport::addButton(m_context, m_logView, buttons, tr("consultations.xlsx"));
    layout->addWidget(m_logView);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &ConsultationsSection::addConsultation);
    connect(edit, &QPushButton::clicked, this, &ConsultationsSection::editConsultation);
    connect(remove, &QPushButton::clicked, this, &ConsultationsSection::deleteConsultation);
    connect(m_logView, &QTableView::doubleClicked, this, &ConsultationsSection::editConsultation);
    return tab;
}

QWidget* ConsultationsSection::buildTotals()
{
    auto* tab = new QWidget;
    auto* layout = new QHBoxLayout(tab);
    m_byArea = totalsTable(QStringLiteral("totalsByArea"), tr("Area"));
    m_byCoop = totalsTable(QStringLiteral("totalsBySocialCoop"), tr("OSS"));
    layout->addWidget(m_byArea, 2);
    layout->addWidget(m_byCoop, 3);
    return tab;
}

QWidget* ConsultationsSection::buildFollowUps()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    m_dueUntil->setObjectName(QStringLiteral("dueUntil"));
    m_dueUntil->setCalendarPopup(true);
    m_dueUntil->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    row->addWidget(new QLabel(tr("Due by:")));
    row->addWidget(m_dueUntil);
    row->addStretch();
    auto* done = new QPushButton(tr("Mark as done"));
    done->setObjectName(QStringLiteral("followUpDone"));
    row->addWidget(done);
    m_followUpView = listView(QStringLiteral("followUpList"), m_followUps);
    ListExport::addButton(m_context, m_followUpView, row, tr("follow-ups.xlsx"), QStringLiteral("exportFollowUps"));
    layout->addLayout(row);
    layout->addWidget(m_followUpView);
    connect(m_dueUntil, &QDateEdit::dateChanged, this, &ConsultationsSection::refresh);
    connect(done, &QPushButton::clicked, this, &ConsultationsSection::markFollowUpDone);
    return tab;
}

void ConsultationsSection::reloadChoices()
{
    const QSignalBlocker b1(m_coop);
    const QSignalBlocker b2(m_area);
    const QSignalBlocker b3(m_adviser);
    const QVariant coop = m_coop->currentData();
    const QString adviser = m_adviser->currentText();
    const QVariant area = m_area->currentData();
    QList<ChoiceItem> coops{{tr("All"), QVariant()}};
    QList<ChoiceItem> areas{{tr("All"), QVariant()}};
    QList<ChoiceItem> advisers{{tr("All"), QString()}};
    try {
        for (const core::NamedId& c : core::CourseRepository(m_context.db).socialCoops()) {
            coops.append({c.name, c.id});
        }
        for (const QString& name : core::ConsultationRepository(m_context.db).advisers()) {
            advisers.append({name, name});
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    for (const core::ConsultationArea a : core::allValues<core::ConsultationArea>()) {
        areas.append({core::label(a), static_cast<int>(a)});
    }
    replaceChoices(*m_coop, coops, 24, 700);
    replaceChoices(*m_area, areas, 24, 700);
    replaceChoices(*m_adviser, advisers, 24, 700);
    m_coop->setCurrentIndex(std::max(0, m_coop->findData(coop)));
    m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
    m_adviser->setCurrentIndex(std::max(0, m_adviser->findText(adviser)));
}

core::ConsultationFilter ConsultationsSection::filter() const
{
    core::ConsultationFilter f;
    if (m_coop->currentData().isValid()) {
        f.socialCoopId = m_coop->currentData().toLongLong();
    }
    if (m_area->currentData().isValid()) {
        f.area = static_cast<core::ConsultationArea>(m_area->currentData().toInt());
    }
    f.adviser = m_adviser->currentData().toString();
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    return f;
}

void ConsultationsSection::setPeriod(const QDate& from, const QDate& to)
{
    m_from->setDate(from.isValid() ? from : noDate);
    m_to->setDate(to.isValid() ? to : noDate);
}

void ConsultationsSection::showRecords(const QString& what)
{
    if (what == QLatin1String("follow-ups")) {
        m_tabs->setCurrentWidget(m_followUpView->parentWidget());
    }
}

// What the reading thread reads for the section: the log, the follow-ups and the totals.
struct ConsultationsSection::Read {
    QList<core::ConsultationRow> log;
    QList<core::ConsultationRow> followUps;
    QList<core::ConsultationTotal> byArea;
    QList<core::ConsultationTotal> byCoop;
    QDate today; ///< the project's reference day: a follow-up before it is overdue
};

void ConsultationsSection::refresh()
{
    // Off the window's thread (at scale 100 the log took a third of a second); the lists shown
    // stay until the new ones come, and a newer refresh (another filter chosen) drops this one.
    const core::ConsultationFilter f = filter();
    const QDate until = m_dueUntil->date();
    m_context.reads().read<Read>(
        this, QStringLiteral("consultations"),
        [f, until](core::Database& db) {
            core::ConsultationRepository consultations(db);
            Read read;
            read.log = consultations.list(f);
            read.followUps = consultations.openFollowUps(until);
            read.byArea = consultations.totalsByArea(f.from, f.to);
            read.byCoop = consultations.totalsBySocialCoop(f.from, f.to);
            read.today = core::ProjectRepository(db).referenceDay();
            return read;
        },
        [this](Read read) { showRead(std::move(read)); }, [this](const QString& message) { error(message); });
}

void ConsultationsSection::showRead(Read read)
{
    int minutes = 0;
    for (const core::ConsultationRow& row : std::as_const(read.log)) {
        minutes += row.consultation.minutes;
    }
    m_log->setRows(std::move(read.log), read.today);
    ColumnFit::toContents(*m_logView);
    m_logSummary->setText(tr("%1 consultations, %2 h").arg(m_log->rowCount()).arg(core::shown::hours(minutes)));
    m_followUps->setRows(std::move(read.followUps), read.today);
    ColumnFit::toContents(*m_followUpView);

    QList<QPair<QString, core::ConsultationTotal>> byArea;
    for (const core::ConsultationTotal& t : std::as_const(read.byArea)) {
        const auto area = core::parseKey<core::ConsultationArea>(t.key);
        byArea.append({area ? core::label(*area) : t.key, t});
    }
    fillTotalsTable(m_byArea, byArea);
    QList<QPair<QString, core::ConsultationTotal>> byCoop;
    for (const core::ConsultationTotal& t : std::as_const(read.byCoop)) {
        byCoop.append({t.name.isEmpty() ? tr("(participants without an OSS)") : t.name, t});
    }
    fillTotalsTable(m_byCoop, byCoop);
}

void ConsultationsSection::error(const QString& message)
{
    m_context.prompt.error(this, tr("Consultation point"), message);
}

bool ConsultationsSection::save(const core::Consultation& consultation, const core::Consultation* before)
{
    core::ConsultationService service(m_context.db, &m_context.changes);
    const auto id = service.save(consultation);
    if (!id) {
        error(id.error().message);
        return false;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    auto current = std::make_shared<core::Consultation>(consultation);
    current->id = *id;
    if (before) {
        const core::Consultation old = *before;
        auto step = [db, changes](core::Consultation value) {
            return [db, changes, value](QString* message) {
                const auto done = core::ConsultationService(*db, changes).save(value);
                if (!done) {
                    *message = done.error().message;
                }
                return done.ok();
            };
        };
        m_context.undo.push(new UndoableEdit(tr("Edit consultation"), step(old), step(*current),
                                             [this](const QString& m) { error(m); }));
    } else {
        m_context.undo.push(new UndoableEdit(
            tr("New consultation"),
            [db, changes, current](QString* message) {
                const auto done = core::ConsultationService(*db, changes).remove(current->id);
                if (!done) {
                    *message = done.error().message;
                }
                return done.ok();
            },
            [db, changes, current](QString* message) {
                core::Consultation again = *current;
                again.id = 0;
                const auto done = core::ConsultationService(*db, changes).save(again);
                if (!done) {
                    *message = done.error().message;
                    return false;
                }
                current->id = *done;
                return true;
            },
            [this](const QString& m) { error(m); }));
    }
    reloadChoices();
    return true;
}

void ConsultationsSection::addConsultation()
{
    core::Consultation c;
    c.date = referenceDay(m_context.db);
    const core::ConsultationFilter f = filter();
    c.socialCoopId = f.socialCoopId;
    c.adviser = f.adviser;
    if (f.area) {
        c.area = *f.area;
    }
    ConsultationDialog dialog(m_context.db, c, this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) == QDialog::Accepted) {
        save(dialog.consultation(), nullptr);
    }
}

void ConsultationsSection::editConsultation()
{
    const QModelIndex current = m_logView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::Consultation before = m_log->rowAt(current.row()).consultation;
    ConsultationDialog dialog(m_context.db, before, this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) == QDialog::Accepted) {
        save(dialog.consultation(), &before);
    }
}

void ConsultationsSection::deleteConsultation()
{
    const QModelIndex current = m_logView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const core::ConsultationRow row = m_log->rowAt(current.row());
    if (!m_context.prompt.confirm(this, tr("Delete consultation"),
                                  tr("Delete the consultation of %1 (%2)?")
                                      .arg(core::shown::date(row.consultation.date), row.consultation.topic))) {
        return;
    }
    if (const auto done = core::ConsultationService(m_context.db, &m_context.changes).remove(row.consultation.id);
        !done) {
        error(done.error().message);
    }
}

void ConsultationsSection::markFollowUpDone()
{
    const QModelIndex current = m_followUpView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const qint64 id = m_followUps->rowAt(current.row()).consultation.id;
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    auto step = [db, changes, id](bool done) {
        return [db, changes, id, done](QString* message) {
            const auto result = core::ConsultationService(*db, changes).setFollowUpDone(id, done);
            if (!result) {
                *message = result.error().message;
            }
            return result.ok();
        };
    };
    QString message;
    if (!step(true)(&message)) {
        error(message);
        return;
    }
    m_context.undo.push(
        new UndoableEdit(tr("Follow-up done"), step(false), step(true), [this](const QString& m) { error(m); }));
}

} // namespace osiedle::ui
