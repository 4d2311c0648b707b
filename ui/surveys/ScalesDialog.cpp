#include "ui/surveys/ScalesDialog.h"

#include "core/services/SurveyScaleService.h"
#include "core/storage/InstrumentRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

ScalesDialog::ScalesDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_table(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("scalesDialog"));
    setWindowTitle(tr("Scales"));
    auto* intro = new QLabel(tr("What the questionnaires and tests measure. Each item counts towards one scale; a "
                                "scale reported as an indicator gives the report the line “participants who "
                                "improved” on it."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("scaleList"));
    m_table->setHorizontalHeaderLabels({tr("Scale"), tr("Indicator"), tr("Items")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(QStringLiteral("addScale"));
    auto* rename = new QPushButton(tr("Rename…"), this);
    rename->setObjectName(QStringLiteral("renameScale"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeScale"));
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(rename);
    row->addWidget(remove);
    row->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(640, 380);
    connect(add, &QPushButton::clicked, this, &ScalesDialog::addScale);
    connect(rename, &QPushButton::clicked, this, &ScalesDialog::renameScale);
    connect(remove, &QPushButton::clicked, this, &ScalesDialog::removeScale);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScalesDialog::reject);
    reload();
}

void ScalesDialog::reload()
{
    try {
        core::InstrumentRepository repo(m_context.db);
        const QList<core::SurveyScale> scales = repo.scales();
        m_table->setRowCount(int(scales.size()));
        for (int i = 0; i < scales.size(); ++i) {
            auto* name = new QTableWidgetItem(scales[i].name);
            name->setData(Qt::UserRole, scales[i].id);
            m_table->setItem(i, 0, name);
            m_table->setItem(
                i, 1, new QTableWidgetItem(scales[i].indicatorCode.isEmpty() ? tr("no") : scales[i].indicatorCode));
            m_table->setItem(i, 2, new QTableWidgetItem(QString::number(repo.itemsOnScale(scales[i].id))));
        }
        m_table->resizeColumnToContents(1);
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
    }
}

qint64 ScalesDialog::currentScale() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void ScalesDialog::addScale()
{
    const QString name = m_context.prompt.askText(this, tr("New scale"), tr("Name of the scale:"));
    if (name.trimmed().isEmpty()) {
        return;
    }
    const bool reported = m_context.prompt.confirm(
        this, tr("New scale"),
        tr("Report “%1” as an indicator (participants who improved on it)?").arg(name.trimmed()));
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const auto id = core::SurveyScaleService(*db, changes).add(name, reported);
    if (!id) {
        m_context.prompt.error(this, tr("New scale"), id.error().message);
        return;
    }
    auto record = std::make_shared<core::ScaleRecord>();
    m_context.undo.push(new UndoableEdit(
        tr("New scale “%1”").arg(name.trimmed()), serviceStep([db, changes, record, id = *id] {
            const auto removed = core::SurveyScaleService(*db, changes).remove(id);
            if (!removed) {
                return core::Status(removed.error());
            }
            *record = *removed;
            return core::Status();
        }),
        serviceStep([db, changes, record] { return core::SurveyScaleService(*db, changes).restore(*record); })));
    reload();
}

void ScalesDialog::renameScale()
{
    const qint64 id = currentScale();
    if (id == 0) {
        return;
    }
    const QString before = m_table->item(m_table->currentRow(), 0)->text();
    const QString name = m_context.prompt.askText(this, tr("Rename scale"), tr("Name of the scale:"), before);
    if (name.trimmed().isEmpty() || name.trimmed() == before) {
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    if (const auto done = core::SurveyScaleService(*db, changes).rename(id, name); !done) {
        m_context.prompt.error(this, tr("Rename scale"), done.error().message);
        return;
    }
    m_context.undo.push(new UndoableEdit(
        tr("Rename scale “%1”").arg(before),
        serviceStep([db, changes, id, before] { return core::SurveyScaleService(*db, changes).rename(id, before); }),
        serviceStep([db, changes, id, name] { return core::SurveyScaleService(*db, changes).rename(id, name); })));
    reload();
}

void ScalesDialog::removeScale()
{
    const qint64 id = currentScale();
    if (id == 0) {
        return;
    }
    core::Database* db = &m_context.db;
    core::ChangeNotifier* changes = &m_context.changes;
    const auto removed = core::SurveyScaleService(*db, changes).remove(id);
    if (!removed) {
        m_context.prompt.error(this, tr("Remove scale"), removed.error().message);
        return;
    }
    const core::ScaleRecord record = *removed;
    m_context.undo.push(new UndoableEdit(
        tr("Remove scale “%1”").arg(record.scale.name),
        serviceStep([db, changes, record] { return core::SurveyScaleService(*db, changes).restore(record); }),
        serviceStep([db, changes, id] {
            const auto again = core::SurveyScaleService(*db, changes).remove(id);
            return again ? core::Status() : core::Status(again.error());
        })));
    reload();
}

} // namespace osiedle::ui
