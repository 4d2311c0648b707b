#include "ui/products/DeliverablesTab.h"

#include "core/common/ShortNames.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/DeliverableService.h"
#include "core/storage/SocialCoopRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"
#include "ui/common/ColumnFit.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ListExport.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/products/ProductsWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace osiedle::ui {

using products::button;
using products::cell;
using products::number;

DeliverablesTab::DeliverablesTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_search(new QLineEdit(this)), m_table(new QTableWidget(this)),
      m_kind(new QComboBox(this)), m_title(new QLineEdit(this)), m_author(new QLineEdit(this)),
      m_planned(new QLineEdit(this)), m_done(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_copiesPlanned(new QSpinBox(this)), m_copiesPrinted(new QSpinBox(this)), m_socialCoop(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this)), m_general(new QLabel(this)), m_errors(std::make_unique<FormErrors>(m_general)),
      m_log(new QTableWidget(this)), m_distDate(new QLineEdit(this)), m_recipient(new QLineEdit(this)),
      m_distCopies(new QSpinBox(this)), m_files(new QListWidget(this))
{
    m_search->setObjectName(QStringLiteral("deliverableSearch"));
    m_search->setPlaceholderText(tr("Search title or author"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("deliverableTable"));
    m_table->setColumnCount(ColumnCount);
    // The number columns' titles a word a line: their figures are short, the title gets the room.
    QStringList titles{tr("Kind"),   tr("Title"),          tr("Planned"), tr("Done"),
                       tr("Status"), tr("Copies planned"), tr("Printed"), tr("Distributed")};
    for (int column = CopiesPlanned; column <= CopiesDistributed; ++column) {
        titles[column].replace(QLatin1Char(' '), QLatin1Char('\n'));
    }
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_kind->setObjectName(QStringLiteral("deliverableKind"));
    for (core::DeliverableKind kind : core::allValues<core::DeliverableKind>()) {
        m_kind->addItem(core::label(kind), static_cast<int>(kind));
    }
    m_status->setObjectName(QStringLiteral("deliverableStatus"));
    for (core::DeliverableStatus status : core::allValues<core::DeliverableStatus>()) {
        m_status->addItem(core::label(status), static_cast<int>(status));
    }
    m_title->setObjectName(QStringLiteral("deliverableTitle"));
    m_author->setObjectName(QStringLiteral("deliverableAuthor"));
    m_planned->setObjectName(QStringLiteral("deliverablePlanned"));
    m_done->setObjectName(QStringLiteral("deliverableDone"));
    m_planned->setPlaceholderText(tr("DD.MM.YYYY"));
    m_done->setPlaceholderText(tr("DD.MM.YYYY"));
    m_copiesPlanned->setObjectName(QStringLiteral("copiesPlanned"));
    m_copiesPrinted->setObjectName(QStringLiteral("copiesPrinted"));
    m_copiesPlanned->setRange(0, 1000000);
    m_copiesPrinted->setRange(0, 1000000);
    m_socialCoop->setObjectName(QStringLiteral("deliverableSocialCoop"));
    keepWidth(*m_socialCoop, 32); // a thousand OSS at scale 100
    m_notes->setObjectName(QStringLiteral("deliverableNotes"));
    m_notes->setMaximumHeight(70);
    m_general->setObjectName(QStringLiteral("deliverableGeneralError"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020"));
    m_general->setWordWrap(true);

    auto* formBox = new QGroupBox(tr("Deliverable"), this);
    auto* form = new QFormLayout;
    m_errors->addRow(form, tr("Kind"), m_kind, QStringLiteral("kind"));
    m_errors->addRow(form, tr("Title"), m_title, QStringLiteral("title"));
    m_errors->addRow(form, tr("Author or contractor"), m_author, QStringLiteral("author"));
    m_errors->addRow(form, tr("Planned on"), m_planned, QStringLiteral("plannedOn"));
    m_errors->addRow(form, tr("Done on"), m_done, QStringLiteral("doneOn"));
    m_errors->addRow(form, tr("Status"), m_status, QStringLiteral("status"));
    m_errors->addRow(form, tr("Copies planned"), m_copiesPlanned, QStringLiteral("copiesPlanned"));
    m_errors->addRow(form, tr("Copies printed"), m_copiesPrinted, QStringLiteral("copiesPrinted"));
    m_errors->addRow(form, tr("OSS (market research)"), m_socialCoop, QStringLiteral("socialCoopId"));
    m_errors->addRow(form, tr("Notes"), m_notes, QStringLiteral("notes"));
    auto* formButtons = new QHBoxLayout;
    auto* newButton = button(tr("New"), QStringLiteral("newDeliverable"), this);
    auto* saveButton = button(tr("Save"), QStringLiteral("saveDeliverable"), this);
    auto* removeButton = button(tr("Remove"), QStringLiteral("removeDeliverable"), this);
    formButtons->addWidget(newButton);
    formButtons->addWidget(saveButton);
    formButtons->addWidget(removeButton);
    formButtons->addStretch();
    auto* formColumn = new QVBoxLayout(formBox);
    formColumn->addLayout(form);
    formColumn->addWidget(m_general);
    formColumn->addLayout(formButtons);

    auto* logBox = new QGroupBox(tr("Distribution log"), this);
    m_log->setObjectName(QStringLiteral("distributionTable"));
    m_log->setColumnCount(3);
    m_log->setHorizontalHeaderLabels({tr("Date"), tr("Recipient"), tr("Copies")});
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_distDate->setObjectName(QStringLiteral("distributionDate"));
    m_distDate->setPlaceholderText(tr("DD.MM.YYYY"));
    m_distDate->setMaximumWidth(110);
    m_recipient->setObjectName(QStringLiteral("distributionRecipient"));
    m_recipient->setPlaceholderText(tr("Recipient"));
    m_distCopies->setObjectName(QStringLiteral("distributionCopies"));
    m_distCopies->setRange(1, 1000000);
    auto* addDist = button(tr("Add distribution"), QStringLiteral("addDistribution"), this);
    auto* removeDist = button(tr("Remove entry"), QStringLiteral("removeDistribution"), this);
    auto* distRow = new QHBoxLayout;
    distRow->addWidget(m_distDate);
    distRow->addWidget(m_recipient, 1);
    distRow->addWidget(m_distCopies);
    distRow->addWidget(addDist);
    distRow->addWidget(removeDist);
    ListExport::addButton(m_context, m_log, distRow, tr("distribution-log.xlsx"), QStringLiteral("exportDistribution"));
    auto* logColumn = new QVBoxLayout(logBox);
    logColumn->addWidget(m_log);
    logColumn->addLayout(distRow);

    auto* filesBox = new QGroupBox(tr("Evidence files"), this);
    m_files->setObjectName(QStringLiteral("evidenceList"));
    auto* attach = button(tr("Attach file…"), QStringLiteral("attachFile"), this);
    auto* detach = button(tr("Remove file"), QStringLiteral("removeFile"), this);
    auto* filesButtons = new QHBoxLayout;
    filesButtons->addWidget(attach);
    filesButtons->addWidget(detach);
    filesButtons->addStretch();
    auto* filesColumn = new QVBoxLayout(filesBox);
    filesColumn->addWidget(m_files);
    filesColumn->addLayout(filesButtons);

    auto* left = new QWidget(this);
    auto* leftColumn = new QVBoxLayout(left);
    leftColumn->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    ListExport::addButton(m_context, m_table, searchRow, tr("deliverables.xlsx"));
    leftColumn->addLayout(searchRow);
    leftColumn->addWidget(m_table, 2);
    leftColumn->addWidget(logBox, 1);
    auto* right = new QWidget(this);
    auto* rightColumn = new QVBoxLayout(right);
    rightColumn->setContentsMargins(0, 0, 0, 0);
    rightColumn->addWidget(formBox);
    rightColumn->addWidget(filesBox, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &DeliverablesTab::buildList);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_table->selectedItems();
        if (!selected.isEmpty()) {
            const qint64 id = m_table->item(selected.first()->row(), Kind)->data(Qt::UserRole).toLongLong();
            if (id != m_currentId) {
                select(id);
            }
        }
    });
    connect(newButton, &QPushButton::clicked, this, [this] { select(0); });
    connect(saveButton, &QPushButton::clicked, this, &DeliverablesTab::save);
    connect(removeButton, &QPushButton::clicked, this, &DeliverablesTab::removeDeliverable);
    connect(addDist, &QPushButton::clicked, this, &DeliverablesTab::addDistribution);
    connect(removeDist, &QPushButton::clicked, this, &DeliverablesTab::removeDistribution);
    connect(attach, &QPushButton::clicked, this, &DeliverablesTab::attachFile);
    connect(detach, &QPushButton::clicked, this, &DeliverablesTab::removeFile);
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Products) {
            refresh();
        }
    });
    refresh();
    select(m_rows.isEmpty() ? 0 : m_rows.first().deliverable.id);
}

DeliverablesTab::~DeliverablesTab() = default;

void DeliverablesTab::refresh()
{
    m_socialCoop->blockSignals(true);
    const QVariant coop = m_socialCoop->currentData();
    QList<ChoiceItem> coops{{tr("(none)"), QVariant()}};
    try {
        for (const core::SocialCoop& c : core::SocialCoopRepository(m_context.db).all()) {
            coops.append({c.name, c.id});
        }
    } catch (const core::StorageError& e) {
        m_general->setText(e.what());
    }
    replaceChoices(*m_socialCoop, coops, 24, 700);
    m_socialCoop->setCurrentIndex(std::max(0, m_socialCoop->findData(coop)));
    m_socialCoop->blockSignals(false);
    buildList();
    refreshLog();
}

void DeliverablesTab::buildList()
{
    try {
        m_rows = core::DeliverableRepository(m_context.db).list(m_search->text());
    } catch (const core::StorageError& e) {
        m_rows.clear();
        m_general->setText(e.what());
    }
    m_table->blockSignals(true);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_rows.size()));
    // Titles shortened where they differ least (twelve market studies begin alike), whole in the
    // tooltip.
    QStringList titles;
    for (const core::DeliverableRow& r : m_rows) {
        titles << r.deliverable.title;
    }
    const QStringList shownTitles = core::shortenedNames(titles);
    int selectedRow = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const core::DeliverableRow& r = m_rows[row];
        const core::Deliverable& d = r.deliverable;
        auto* kind = cell(core::label(d.kind));
        kind->setData(Qt::UserRole, d.id);
        m_table->setItem(row, Kind, kind);
        auto* title = cell(shownTitles.at(row));
        title->setToolTip(d.title);
        title->setData(ListExport::WholeTextRole, d.title);
        m_table->setItem(row, Title, title);
        m_table->setItem(row, Planned, cell(FormErrors::dateText(d.plannedOn)));
        m_table->setItem(row, Done, cell(FormErrors::dateText(d.doneOn)));
        m_table->setItem(row, Status, cell(core::label(d.status)));
        m_table->setItem(row, CopiesPlanned, number(d.copiesPlanned));
        m_table->setItem(row, CopiesPrinted, number(d.copiesPrinted));
        m_table->setItem(row, CopiesDistributed, number(r.copiesDistributed));
        if (d.id == m_currentId) {
            selectedRow = row;
        }
    }
    m_table->setSortingEnabled(true);
    // The title is what a row is read by: it gets the room it needs (up to a third of the screen)
    // and the figures beside it keep theirs; the table scrolls sideways when they do not all fit.
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Interactive);
    ColumnFit::toContents(*m_table);
    m_table->setColumnWidth(Title, std::min(m_table->columnWidth(Title), 320));
    for (int row = 0; selectedRow >= 0 && row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Kind)->data(Qt::UserRole).toLongLong() == m_currentId) {
            m_table->selectRow(row);
        }
    }
    m_table->blockSignals(false);
}

void DeliverablesTab::select(qint64 id)
{
    m_currentId = id;
    core::Deliverable d;
    if (id != 0) {
        try {
            d = core::DeliverableRepository(m_context.db).find(id).value_or(core::Deliverable{});
        } catch (const core::StorageError& e) {
            m_general->setText(e.what());
        }
        m_currentId = d.id;
    } else {
        m_table->clearSelection();
    }
    fillForm(d);
    refreshLog();
}

void DeliverablesTab::fillForm(const core::Deliverable& d)
{
    m_errors->clear();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(d.kind))));
    m_title->setText(d.title);
    m_author->setText(d.author);
    m_planned->setText(FormErrors::dateText(d.plannedOn));
    m_done->setText(FormErrors::dateText(d.doneOn));
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(d.status))));
    m_copiesPlanned->setValue(d.copiesPlanned);
    m_copiesPrinted->setValue(d.copiesPrinted);
    m_socialCoop->setCurrentIndex(d.socialCoopId ? std::max(0, m_socialCoop->findData(*d.socialCoopId)) : 0);
    m_notes->setPlainText(d.notes);
}

core::Deliverable DeliverablesTab::readForm(core::FieldErrors& errors) const
{
    core::Deliverable d;
    d.id = m_currentId;
    d.kind = static_cast<core::DeliverableKind>(m_kind->currentData().toInt());
    d.title = m_title->text().trimmed();
    d.author = m_author->text().trimmed();
    d.plannedOn = FormErrors::readDate(m_planned, QStringLiteral("plannedOn"), errors);
    d.doneOn = FormErrors::readDate(m_done, QStringLiteral("doneOn"), errors);
    d.status = static_cast<core::DeliverableStatus>(m_status->currentData().toInt());
    d.copiesPlanned = m_copiesPlanned->value();
    d.copiesPrinted = m_copiesPrinted->value();
    if (m_socialCoop->currentData().isValid()) {
        d.socialCoopId = m_socialCoop->currentData().toLongLong();
    }
    d.notes = m_notes->toPlainText().trimmed();
    return d;
}

bool DeliverablesTab::save()
{
    core::FieldErrors errors;
    core::Deliverable d = readForm(errors);
    int distributed = 0;
    std::optional<core::Deliverable> before;
    try {
        core::DeliverableRepository repo(m_context.db);
        if (d.id != 0) {
            distributed = repo.copiesDistributed(d.id);
            before = repo.find(d.id);
        }
    } catch (const core::StorageError& e) {
        errors.append({QString(), QString::fromUtf8(e.what())});
    }
    errors.append(core::DeliverableService::validate(d, distributed));
    if (!errors.isEmpty()) {
        m_errors->show(errors);
        return false;
    }
    core::DeliverableService service(m_context.db, &m_context.changes);
    const core::Result<qint64> saved = service.save(d);
    if (!saved) {
        m_errors->show({{QString(), saved.error().message}});
        return false;
    }
    m_errors->clear();
    const qint64 id = saved.value();
    m_currentId = id;
    auto onFailure = [this](const QString& message) { m_context.prompt.error(this, tr("Undo"), message); };
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    if (before) {
        const core::Deliverable old = *before;
        d.id = id;
        m_context.undo.push(new UndoableEdit(
            tr("Edit deliverable %1").arg(d.title),
            [&db, &changes, old](QString* error) {
                const auto r = core::DeliverableService(db, &changes).save(old);
                if (!r)
                    *error = r.error().message;
                return r.ok();
            },
            [&db, &changes, d](QString* error) {
                const auto r = core::DeliverableService(db, &changes).save(d);
                if (!r)
                    *error = r.error().message;
                return r.ok();
            },
            onFailure));
    } else {
        auto currentId = std::make_shared<qint64>(id);
        m_context.undo.push(new UndoableEdit(
            tr("Add deliverable %1").arg(d.title),
            [&db, &changes, currentId](QString* error) {
                const auto r = core::DeliverableService(db, &changes).remove(*currentId);
                if (!r)
                    *error = r.error().message;
                return r.ok();
            },
            [&db, &changes, d, currentId](QString* error) {
                const auto r = core::DeliverableService(db, &changes).save(d);
                if (!r) {
                    *error = r.error().message;
                    return false;
                }
                *currentId = r.value();
                return true;
            },
            onFailure));
    }
    select(id);
    buildList();
    return true;
}

void DeliverablesTab::removeDeliverable()
{
    if (m_currentId == 0) {
        return;
    }
    if (!m_context.prompt.confirm(
            this, tr("Remove deliverable"),
            tr("Remove \"%1\" with its distribution log and evidence files?").arg(m_title->text()))) {
        return;
    }
    const core::Status removed = core::DeliverableService(m_context.db, &m_context.changes).remove(m_currentId);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove deliverable"), removed.error().message);
        return;
    }
    select(0);
}

void DeliverablesTab::refreshLog()
{
    QList<core::Distribution> log;
    QList<core::EvidenceFile> files;
    if (m_currentId != 0) {
        try {
            core::DeliverableRepository repo(m_context.db);
            log = repo.distributions(m_currentId);
            files = repo.files(m_currentId);
        } catch (const core::StorageError& e) {
            m_general->setText(e.what());
        }
    }
    m_log->setRowCount(int(log.size()));
    for (int row = 0; row < log.size(); ++row) {
        auto* date = cell(FormErrors::dateText(log[row].date));
        date->setData(Qt::UserRole, log[row].id);
        m_log->setItem(row, 0, date);
        m_log->setItem(row, 1, cell(log[row].recipient));
        m_log->setItem(row, 2, number(log[row].copies));
    }
    m_files->clear();
    for (const core::EvidenceFile& f : files) {
        auto* item = new QListWidgetItem(f.note.isEmpty() ? f.path : QStringLiteral("%1 — %2").arg(f.path, f.note));
        item->setData(Qt::UserRole, f.id);
        m_files->addItem(item);
    }
}

bool DeliverablesTab::addDistribution()
{
    const QString title = tr("Add distribution");
    if (m_currentId == 0) {
        m_context.prompt.error(this, title, tr("Save the deliverable first."));
        return false;
    }
    core::FieldErrors errors;
    core::Distribution d;
    d.deliverableId = m_currentId;
    d.date = FormErrors::readDate(m_distDate, QStringLiteral("date"), errors);
    d.recipient = m_recipient->text().trimmed();
    d.copies = m_distCopies->value();
    if (!errors.isEmpty()) {
        m_context.prompt.error(this, title, errors.first().message);
        return false;
    }
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    const core::Result<qint64> added = core::DeliverableService(db, &changes).distribute(d);
    if (!added) {
        m_context.prompt.error(this, tr("Distribution refused"), added.error().message);
        return false;
    }
    auto currentId = std::make_shared<qint64>(added.value());
    m_context.undo.push(new UndoableEdit(
        tr("Distribute %n copies to %1", nullptr, d.copies).arg(d.recipient),
        [&db, &changes, currentId](QString* error) {
            const auto r = core::DeliverableService(db, &changes).removeDistribution(*currentId);
            if (!r)
                *error = r.error().message;
            return r.ok();
        },
        [&db, &changes, d, currentId](QString* error) {
            const auto r = core::DeliverableService(db, &changes).distribute(d);
            if (!r) {
                *error = r.error().message;
                return false;
            }
            *currentId = r.value();
            return true;
        },
        [this](const QString& message) { m_context.prompt.error(this, tr("Undo"), message); }));
    m_recipient->clear();
    refresh();
    return true;
}

void DeliverablesTab::removeDistribution()
{
    const auto selected = m_log->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    const qint64 id = m_log->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    auto& db = m_context.db;
    auto& changes = m_context.changes;
    std::optional<core::Distribution> entry;
    try {
        entry = core::DeliverableRepository(db).findDistribution(id);
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, tr("Remove entry"), e.what());
        return;
    }
    if (!entry) {
        return;
    }
    const core::Status removed = core::DeliverableService(db, &changes).removeDistribution(id);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove entry"), removed.error().message);
        return;
    }
    auto currentId = std::make_shared<qint64>(id);
    const core::Distribution d = *entry;
    m_context.undo.push(new UndoableEdit(
        tr("Remove distribution to %1").arg(d.recipient),
        [&db, &changes, d, currentId](QString* error) {
            core::Distribution again = d;
            again.id = 0;
            const auto r = core::DeliverableService(db, &changes).distribute(again);
            if (!r) {
                *error = r.error().message;
                return false;
            }
            *currentId = r.value();
            return true;
        },
        [&db, &changes, currentId](QString* error) {
            const auto r = core::DeliverableService(db, &changes).removeDistribution(*currentId);
            if (!r)
                *error = r.error().message;
            return r.ok();
        },
        [this](const QString& message) { m_context.prompt.error(this, tr("Undo"), message); }));
    refresh();
}

void DeliverablesTab::attachFile()
{
    if (m_currentId == 0) {
        return;
    }
    const QString path = m_context.prompt.openFileName(this, tr("Attach an evidence file"), tr("All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    core::EvidenceFile f;
    f.deliverableId = m_currentId;
    f.path = path;
    const auto added = core::DeliverableService(m_context.db, &m_context.changes).attachFile(f);
    if (!added) {
        m_context.prompt.error(this, tr("Attach an evidence file"), added.error().message);
    }
    refreshLog();
}

void DeliverablesTab::removeFile()
{
    QListWidgetItem* item = m_files->currentItem();
    if (!item) {
        return;
    }
    const auto removed =
        core::DeliverableService(m_context.db, &m_context.changes).removeFile(item->data(Qt::UserRole).toLongLong());
    if (!removed) {
        m_context.prompt.error(this, tr("Remove file"), removed.error().message);
    }
    refreshLog();
}

} // namespace osiedle::ui
