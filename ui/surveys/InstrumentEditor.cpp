#include "ui/surveys/InstrumentEditor.h"

#include "core/domain/SurveyScoring.h"
#include "core/services/InstrumentService.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"
#include "ui/surveys/ItemDialog.h"
#include "ui/surveys/ItemTableModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
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

} // namespace

InstrumentEditor::InstrumentEditor(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_runDialog([](QDialog& d) { return d.exec(); }), m_title(new QLabel),
      m_inUse(new QLabel), m_name(new QLineEdit), m_kind(new QComboBox), m_instructions(new QPlainTextEdit),
      m_items(new QTableView), m_itemModel(new ItemTableModel(this)), m_minChanges(new QFormLayout),
      m_error(new QLabel), m_save(button(tr("Save"), QStringLiteral("saveInstrument"))),
      m_cancel(button(tr("Cancel changes"), QStringLiteral("cancelInstrument")))
{
    setObjectName(QStringLiteral("instrumentEditor"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("instrumentTitle"));
    m_title->setWordWrap(true);
    m_inUse->setObjectName(QStringLiteral("instrumentInUse"));
    m_inUse->setWordWrap(true);
    m_inUse->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 4px"));
    m_name->setObjectName(QStringLiteral("instrumentName"));
    m_kind->setObjectName(QStringLiteral("instrumentKind"));
    for (const core::InstrumentKind kind : core::allValues<core::InstrumentKind>()) {
        m_kind->addItem(core::label(kind), core::key(kind));
    }
    m_instructions->setObjectName(QStringLiteral("instrumentInstructions"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setMaximumHeight(60);
    m_items->setObjectName(QStringLiteral("itemList"));
    m_items->setModel(m_itemModel);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->verticalHeader()->hide();
    m_items->setWordWrap(false);
    m_items->horizontalHeader()->setSectionResizeMode(ItemTableModel::Text, QHeaderView::Stretch);
    m_error->setObjectName(QStringLiteral("instrumentError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Instructions:"), m_instructions);

    auto* itemButtons = new QHBoxLayout;
    auto* add = button(tr("Add item…"), QStringLiteral("addItem"));
    auto* edit = button(tr("Change item…"), QStringLiteral("editItem"));
    auto* remove = button(tr("Delete item"), QStringLiteral("removeItem"));
    auto* up = button(tr("Up"), QStringLiteral("moveItemUp"));
    auto* down = button(tr("Down"), QStringLiteral("moveItemDown"));
    for (QPushButton* b : {add, edit, remove, up, down}) {
        itemButtons->addWidget(b);
    }
    itemButtons->addStretch();

    auto* minChangeTitle = new QLabel(tr("Improved when the score on the scale rises by at least:"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_cancel);
    saveRow->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_inUse);
    layout->addLayout(form);
    layout->addWidget(m_items, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(minChangeTitle);
    layout->addLayout(m_minChanges);
    layout->addWidget(m_error);
    layout->addLayout(saveRow);

    connect(m_name, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_instructions, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(add, &QPushButton::clicked, this, &InstrumentEditor::addItem);
    connect(edit, &QPushButton::clicked, this, &InstrumentEditor::editItem);
    connect(m_items, &QTableView::doubleClicked, this, &InstrumentEditor::editItem);
    connect(remove, &QPushButton::clicked, this, &InstrumentEditor::removeItem);
    connect(up, &QPushButton::clicked, this, [this] { moveItem(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveItem(1); });
    connect(m_save, &QPushButton::clicked, this, &InstrumentEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &InstrumentEditor::cancel);
    reloadScales();
    showInstrument({}, 0);
}

void InstrumentEditor::reloadScales()
{
    try {
        m_scales = core::InstrumentRepository(m_context.db).scales();
    } catch (const core::StorageError& e) {
        error(e.message());
    }
    m_scaleNames.clear();
    for (const core::SurveyScale& s : m_scales) {
        m_scaleNames.insert(s.id, s.name);
    }
    showItems();
}

void InstrumentEditor::showInstrument(const core::Instrument& instrument, int answers)
{
    m_loading = true;
    m_shown = instrument;
    m_working = instrument;
    m_answers = answers;
    m_title->setText(instrument.id == 0 ? tr("New questionnaire or test") : instrument.name);
    m_inUse->setText(tr("In use: %n answer(s) have been entered with it. Its wording, order, instructions and the "
                        "minimal changes can be edited; to change its items, make a new version.",
                        nullptr, answers));
    m_inUse->setVisible(answers > 0);
    m_name->setText(instrument.name);
    m_kind->setCurrentIndex(m_kind->findData(core::key(instrument.kind)));
    m_instructions->setPlainText(instrument.instructions);
    m_error->hide();
    showItems();
    m_loading = false;
    setDirty(false);
}

core::Instrument InstrumentEditor::instrument() const
{
    core::Instrument n = m_working;
    n.name = m_name->text();
    n.kind = core::parseKey<core::InstrumentKind>(m_kind->currentData().toString())
                 .value_or(core::InstrumentKind::Questionnaire);
    n.instructions = m_instructions->toPlainText();
    n.scales.clear();
    for (auto it = m_minChangeFields.constBegin(); it != m_minChangeFields.constEnd(); ++it) {
        n.scales.append({it.key(), it.value()->value()});
    }
    return n;
}

void InstrumentEditor::setDirty(bool dirty)
{
    if (m_loading) {
        return;
    }
    m_dirty = dirty;
    m_save->setEnabled(dirty || m_shown.id == 0);
    m_cancel->setEnabled(dirty);
}

void InstrumentEditor::showItems()
{
    for (int i = 0; i < m_working.items.size(); ++i) {
        m_working.items[i].position = i + 1;
    }
    m_itemModel->setItems(m_working.items, m_scaleNames);
    m_items->resizeColumnToContents(ItemTableModel::Number);
    m_items->resizeColumnToContents(ItemTableModel::Kind);
    m_items->resizeColumnToContents(ItemTableModel::Scale);
    m_items->resizeColumnToContents(ItemTableModel::Scoring);
    rebuildMinChanges();
}

void InstrumentEditor::rebuildMinChanges()
{
    QHash<qint64, int> kept;
    for (auto it = m_minChangeFields.constBegin(); it != m_minChangeFields.constEnd(); ++it) {
        kept.insert(it.key(), it.value()->value());
    }
    while (m_minChanges->rowCount() > 0) {
        m_minChanges->removeRow(0);
    }
    m_minChangeFields.clear();
    for (const qint64 scaleId : m_working.scaleIds()) {
        int range = 0;
        for (const core::InstrumentItem& item : m_working.items) {
            if (item.scaleId == scaleId) {
                range += core::SurveyScoring::maxPoints(item) - core::SurveyScoring::minPoints(item);
            }
        }
        auto* spin = new QSpinBox;
        spin->setObjectName(QStringLiteral("minChange%1").arg(scaleId));
        spin->setRange(1, std::max(1, range));
        spin->setSuffix(tr(" points"));
        spin->setValue(kept.value(scaleId, m_working.minChange(scaleId)));
        connect(spin, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
        m_minChangeFields.insert(scaleId, spin);
        m_minChanges->addRow(tr("%1 (scores differ by up to %2):").arg(m_scaleNames.value(scaleId)).arg(range), spin);
    }
}

int InstrumentEditor::currentItem() const
{
    const QModelIndex current = m_items->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InstrumentEditor::error(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void InstrumentEditor::addItem()
{
    core::InstrumentItem item;
    item.position = int(m_working.items.size()) + 1;
    if (!m_working.items.isEmpty()) {
        // A new item is usually answered like the one before it, on the same scale.
        item.kind = m_working.items.last().kind;
        item.scaleId = m_working.items.last().scaleId;
    } else if (!m_scales.isEmpty()) {
        item.scaleId = m_scales.first().id;
        item.kind = m_kind->currentData().toString() == core::key(core::InstrumentKind::Test) ? core::ItemKind::Choice
                                                                                              : core::ItemKind::Likert;
    }
    ItemDialog dialog(item, m_scales, this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    m_working.items.append(dialog.item());
    showItems();
    m_items->setCurrentIndex(m_itemModel->index(int(m_working.items.size()) - 1, 0));
    setDirty(true);
}

void InstrumentEditor::editItem()
{
    const int row = currentItem();
    if (row < 0) {
        return;
    }
    ItemDialog dialog(m_working.items[row], m_scales, this);
    dialog.setPrompt(&m_context.prompt);
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    m_working.items[row] = dialog.item();
    showItems();
    m_items->setCurrentIndex(m_itemModel->index(row, 0));
    setDirty(true);
}

void InstrumentEditor::removeItem()
{
    const int row = currentItem();
    if (row < 0) {
        return;
    }
    m_working.items.removeAt(row);
    showItems();
    if (!m_working.items.isEmpty()) {
        m_items->setCurrentIndex(m_itemModel->index(std::min(row, int(m_working.items.size()) - 1), 0));
    }
    setDirty(true);
}

void InstrumentEditor::moveItem(int by)
{
    const int row = currentItem();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_working.items.size()) {
        return;
    }
    m_working.items.swapItemsAt(row, to);
    showItems();
    m_items->setCurrentIndex(m_itemModel->index(to, 0));
    setDirty(true);
}

void InstrumentEditor::cancel()
{
    showInstrument(m_shown, m_answers);
}

bool InstrumentEditor::save()
{
    const core::Instrument before = m_shown;
    core::Instrument after = instrument();
    core::InstrumentService service(m_context.db, &m_context.changes);
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    UserPrompt* prompt = &m_context.prompt;
    auto onFailure = [prompt](const QString& message) {
        prompt->error(nullptr, tr("Questionnaires and tests"), message);
    };
    if (after.id == 0) {
        const auto id = service.create(after);
        if (!id) {
            error(id.error().message);
            return false;
        }
        const auto stored = core::InstrumentRepository(m_context.db).find(*id);
        if (!stored) {
            return false;
        }
        const core::Instrument created = *stored;
        m_context.undo.push(
            new UndoableEdit(tr("New questionnaire “%1”").arg(created.name), serviceStep([db, changes, id = *id] {
                                 const auto removed = core::InstrumentService(*db, changes).remove(id);
                                 return removed ? core::Status() : core::Status(removed.error());
                             }),
                             serviceStep([db, changes, created] {
                                 const auto done = core::InstrumentService(*db, changes).create(created);
                                 return done ? core::Status() : core::Status(done.error());
                             }),
                             onFailure));
        showInstrument(created, 0);
        emit saved(created.id);
        return true;
    }
    if (const auto done = service.update(after); !done) {
        error(done.error().message);
        return false;
    }
    const auto stored = core::InstrumentRepository(m_context.db).find(after.id);
    const core::Instrument now = stored ? *stored : after;
    m_context.undo.push(new UndoableEdit(
        tr("Change questionnaire “%1”").arg(now.name),
        serviceStep([db, changes, before] { return core::InstrumentService(*db, changes).update(before); }),
        serviceStep([db, changes, now] { return core::InstrumentService(*db, changes).update(now); }), onFailure));
    showInstrument(now, m_answers);
    emit saved(now.id);
    return true;
}

} // namespace osiedle::ui
