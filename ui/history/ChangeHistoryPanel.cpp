#include "ui/history/ChangeHistoryPanel.h"

#include "core/services/ChangeNotifier.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListExport.h"
#include "ui/history/ChangeHistoryModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QTableView* historyTable(QWidget* parent, ChangeHistoryModel* model)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Narrow enough that the change itself, the last column, gets most of a card's width.
    table->setColumnWidth(ChangeHistoryModel::Time, 125);
    table->setColumnWidth(ChangeHistoryModel::Person, 115);
    table->setColumnWidth(ChangeHistoryModel::Action, 115);
    table->setColumnWidth(ChangeHistoryModel::Record, 125);
    return table;
}

} // namespace

ChangeHistoryPanel::ChangeHistoryPanel(AppContext& context, const QString& recordKind, qint64 recordId, QWidget* parent)
    : QWidget(parent), m_context(context), m_kind(recordKind), m_id(recordId),
      m_model(new ChangeHistoryModel(context.db, this)), m_table(historyTable(this, m_model))
{
    setObjectName(QStringLiteral("historyPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        ListExport::pageWithButton(context, m_table, tr("change-history.xlsx"), QStringLiteral("exportHistory")));
    // Any change may touch what the record owns: read again when shown, at once when visible.
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this] {
        m_stale = true;
        if (isVisible()) {
            reload();
        }
    });
}

void ChangeHistoryPanel::setRecord(qint64 recordId)
{
    m_id = recordId;
    m_stale = true;
    if (isVisible()) {
        reload();
    }
}

void ChangeHistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        reload();
    }
}

void ChangeHistoryPanel::reload()
{
    m_stale = false;
    core::ChangeFilter filter;
    filter.recordKind = m_kind;
    filter.recordId = m_id;
    if (m_id == 0) {
        filter.recordId = -1; // nothing saved yet: no history
    }
    m_model->setFilter(filter);
    m_table->resizeRowsToContents();
}

} // namespace osiedle::ui
