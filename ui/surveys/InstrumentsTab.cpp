#include "ui/surveys/InstrumentsTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/InstrumentDrafts.h"
#include "core/services/InstrumentService.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ListExport.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"
#include "ui/surveys/InstrumentEditor.h"
#include "ui/surveys/InstrumentListModel.h"
#include "ui/surveys/ScalesDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QPushButton* button(const QString& text, const QString& name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

// Undo steps that remove or bring back a whole instrument.
UndoableEdit::Step removeStep(core::Database* db, core::ChangeNotifier* changes, qint64 id)
{
    return serviceStep([db, changes, id] {
        const auto removed = core::InstrumentService(*db, changes).remove(id);
        return removed ? core::Status() : core::Status(removed.error());
    });
}

UndoableEdit::Step createStep(core::Database* db, core::ChangeNotifier* changes, const core::Instrument& instrument)
{
    return serviceStep([db, changes, instrument] {
        const auto created = core::InstrumentService(*db, changes).create(instrument);
        return created ? core::Status() : core::Status(created.error());
    });
}

} // namespace

InstrumentsTab::InstrumentsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_runDialog([](QDialog& d) { return d.exec(); }),
      m_model(new InstrumentListModel(this)), m_list(new QTableView), m_editor(new InstrumentEditor(context))
{
    setObjectName(QStringLiteral("instrumentsTab"));
    m_list->setObjectName(QStringLiteral("instrumentList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);

    auto* add = button(tr("New"), QStringLiteral("newInstrument"));
    auto* menu = new QMenu(add);
    menu->addAction(tr("Questionnaire"), this, [this] { newInstrument(false); });
    menu->addAction(tr("Knowledge test"), this, [this] { newInstrument(true); });
    menu->addSeparator();
    try {
        const QList<core::Instrument> drafts =
            core::InstrumentDrafts::all(core::InstrumentRepository(context.db).scales());
        for (int i = 0; i < drafts.size(); ++i) {
            menu->addAction(tr("From the draft “%1”").arg(drafts[i].name), this, [this, i] { newFromDraft(i); });
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    add->setMenu(menu);
    auto* version = button(tr("New version"), QStringLiteral("newVersion"));
    version->setToolTip(tr("A copy to change freely; the answers stay with this one"));
    auto* remove = button(tr("Delete"), QStringLiteral("deleteInstrument"));
    auto* scales = button(tr("Scales…"), QStringLiteral("editScales"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, version, remove, scales}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    ListExport::addButton(context, m_list, buttons, tr("questionnaires.xlsx"), QStringLiteral("exportInstruments"));

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(version, &QPushButton::clicked, this, &InstrumentsTab::newVersion);
    connect(remove, &QPushButton::clicked, this, &InstrumentsTab::deleteInstrument);
    connect(scales, &QPushButton::clicked, this, &InstrumentsTab::editScales);
    connect(m_editor, &InstrumentEditor::saved, this, [this](qint64 id) {
        m_shownId = id;
        reload();
        selectInstrument(id);
    });
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Surveys) {
            reload();
            if (!m_editor->isDirty()) {
                onChosen(); // an undo may have changed the instrument shown
            }
        }
    });
    reload();
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_quiet) {
            return;
        }
        const qint64 wanted = currentInstrument();
        if (wanted != m_shownId && !mayLeave()) {
            const QScopedValueRollback<bool> quiet(m_quiet, true);
            const int back = m_model->rowOf(m_shownId);
            m_list->setCurrentIndex(back >= 0 ? m_model->index(back, 0) : QModelIndex());
            return;
        }
        onChosen();
    });
    onChosen();
}

void InstrumentsTab::setDialogRunner(std::function<int(QDialog&)> runner)
{
    m_runDialog = runner;
    m_editor->setDialogRunner(std::move(runner));
}

void InstrumentsTab::error(const QString& message)
{
    m_context.prompt.error(this, tr("Questionnaires and tests"), message);
}

void InstrumentsTab::reload()
{
    const qint64 keep = currentInstrument() != 0 ? currentInstrument() : m_shownId;
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    try {
        m_model->setInstruments(core::InstrumentRepository(m_context.db).list());
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    m_list->resizeColumnsToContents();
    m_list->setColumnWidth(InstrumentListModel::Name, std::min(m_list->columnWidth(InstrumentListModel::Name), 300));
    if (const int row = m_model->rowOf(keep); row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
    m_editor->reloadScales();
}

qint64 InstrumentsTab::currentInstrument() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->instrumentAt(current.row()).id : 0;
}

bool InstrumentsTab::selectInstrument(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    if (m_shownId != id || !m_editor->isDirty()) {
        onChosen();
    }
    return true;
}

bool InstrumentsTab::mayLeave()
{
    if (!m_editor->isDirty()) {
        return true;
    }
    return FormErrors::mayClose(m_context.prompt, this, tr("Save the changes of the questionnaire?"),
                                [this] { return m_editor->save(); });
}

void InstrumentsTab::onChosen()
{
    const qint64 id = currentInstrument();
    if (id == 0) {
        if (m_shownId != 0 || !m_editor->isDirty()) {
            m_shownId = 0;
            m_editor->showInstrument({}, 0);
        }
        return;
    }
    try {
        core::InstrumentRepository repo(m_context.db);
        if (const auto instrument = repo.find(id)) {
            m_shownId = id;
            m_editor->showInstrument(*instrument, repo.answerCount(id));
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
}

void InstrumentsTab::newInstrument(bool test)
{
    if (!mayLeave()) {
        return;
    }
    const QScopedValueRollback<bool> quiet(m_quiet, true);
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    core::Instrument instrument;
    instrument.kind = test ? core::InstrumentKind::Test : core::InstrumentKind::Questionnaire;
    m_shownId = 0;
    m_editor->showInstrument(instrument, 0);
    if (auto* name = m_editor->findChild<QWidget*>(QStringLiteral("instrumentName"))) {
        name->setFocus();
    }
}

bool InstrumentsTab::newFromDraft(int index)
{
    if (!mayLeave()) {
        return false;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    try {
        core::InstrumentRepository repo(*db);
        const QList<core::Instrument> drafts = core::InstrumentDrafts::all(repo.scales());
        if (index < 0 || index >= drafts.size()) {
            return false;
        }
        core::Instrument draft = drafts[index];
        const QString base = draft.name;
        for (int n = 2; repo.findByName(draft.name); ++n) {
            draft.name = QStringLiteral("%1 %2").arg(base).arg(n);
        }
        const auto id = core::InstrumentService(*db, changes).create(draft);
        if (!id) {
            error(id.error().message);
            return false;
        }
        const auto created = repo.find(*id);
        if (!created) {
            return false;
        }
        m_context.undo.push(new UndoableEdit(tr("New questionnaire “%1”").arg(created->name),
                                             removeStep(db, changes, *id), createStep(db, changes, *created),
                                             [this](const QString& m) { error(m); }));
        reload();
        selectInstrument(*id);
        return true;
    } catch (const core::StorageError& e) {
        error(e.message());
        return false;
    }
}

void InstrumentsTab::newVersion()
{
    const qint64 id = currentInstrument();
    if (id == 0 || !mayLeave()) {
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const auto created = core::InstrumentService(*db, changes).newVersion(id);
    if (!created) {
        error(created.error().message);
        return;
    }
    try {
        if (const auto copy = core::InstrumentRepository(*db).find(*created)) {
            m_context.undo.push(new UndoableEdit(tr("New version “%1”").arg(copy->name),
                                                 removeStep(db, changes, *created), createStep(db, changes, *copy),
                                                 [this](const QString& m) { error(m); }));
        }
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    reload();
    selectInstrument(*created);
}

void InstrumentsTab::deleteInstrument()
{
    const qint64 id = currentInstrument();
    if (id == 0) {
        return;
    }
    const QString name = m_model->instrumentAt(m_list->currentIndex().row()).name;
    if (!m_context.prompt.confirm(this, tr("Delete"), tr("Delete “%1” with its items?").arg(name))) {
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const auto removed = core::InstrumentService(*db, changes).remove(id);
    if (!removed) {
        error(removed.error().message);
        return;
    }
    m_context.undo.push(new UndoableEdit(tr("Delete “%1”").arg(name), createStep(db, changes, *removed),
                                         removeStep(db, changes, id), [this](const QString& m) { error(m); }));
    m_shownId = 0;
    reload();
    onChosen();
}

void InstrumentsTab::editScales()
{
    ScalesDialog dialog(m_context, this);
    m_runDialog(dialog);
    m_editor->reloadScales();
    reload();
}

} // namespace osiedle::ui
