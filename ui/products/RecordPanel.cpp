#include "ui/products/RecordPanel.h"

#include "ui/common/ColumnFit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/common/ListExport.h"
#include "ui/products/ProductsWidgets.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace osiedle::ui::products {

RecordPanel::RecordPanel(const QString& name, const QStringList& headers, QWidget* parent)
    : QWidget(parent), m_table(products::table(name + QStringLiteral("Table"), headers, this)), m_form(new QFormLayout),
      m_general(new QLabel(this)), m_errors(std::make_unique<FormErrors>(m_general))
{
    m_name = name;
    m_general->setObjectName(name + QStringLiteral("Message"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020"));
    m_general->setWordWrap(true);
    auto* newButton = button(tr("New"), name + QStringLiteral("New"), this);
    auto* saveButton = button(tr("Save"), name + QStringLiteral("Save"), this);
    auto* removeButton = button(tr("Remove"), name + QStringLiteral("Remove"), this);
    m_buttons = {newButton, saveButton, removeButton};
    auto* buttons = new QHBoxLayout;
    m_buttonRow = buttons;
    buttons->addWidget(newButton);
    buttons->addWidget(saveButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_form);
    layout->addWidget(m_general);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto selected = m_table->selectedItems();
        if (selected.isEmpty()) {
            return;
        }
        const qint64 id = m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong();
        if (id != m_currentId) {
            show(id);
        }
    });
    connect(newButton, &QPushButton::clicked, this, [this] { show(0); });
    connect(saveButton, &QPushButton::clicked, this, &RecordPanel::saveClicked);
    connect(removeButton, &QPushButton::clicked, this, &RecordPanel::removeClicked);
}

RecordPanel::~RecordPanel() = default;

void RecordPanel::addExport(AppContext& context, const QString& suggestedName)
{
    ListExport::addButton(context, m_table, m_buttonRow, suggestedName, m_name + QStringLiteral("Export"));
}

void RecordPanel::addField(const QString& label, QWidget* field, const QString& key)
{
    m_errors->addRow(m_form, label, field, key);
    // a one-line field posts the form with Enter; a text of several lines takes Enter itself
    if (qobject_cast<QPlainTextEdit*>(field) == nullptr && qobject_cast<QTextEdit*>(field) == nullptr) {
        enterSubmits({field}, m_buttons.value(1));
    }
}

void RecordPanel::setRows(const QList<qint64>& ids, const QList<QStringList>& cells)
{
    m_table->blockSignals(true);
    m_table->clearSelection();
    m_table->setRowCount(int(ids.size()));
    bool found = false;
    for (int row = 0; row < ids.size(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            auto* item = cell(cells[row].value(column));
            item->setToolTip(item->text());
            if (column == 0) {
                item->setData(Qt::UserRole, ids[row]);
            }
            m_table->setItem(row, column, item);
        }
        if (ids[row] == m_currentId) {
            m_table->selectRow(row);
            found = true;
        }
    }
    ColumnFit::toContents(*m_table);
    // A long name must not hide the other columns: each is at most about 30 characters wide
    // (the cell's tooltip has the whole text).
    const int widest = m_table->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    }
    m_table->blockSignals(false);
    if (!found) {
        m_currentId = 0;
    }
}

void RecordPanel::show(qint64 id)
{
    m_currentId = id;
    m_table->blockSignals(true);
    m_table->clearSelection();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (id != 0 && m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
        }
    }
    m_table->blockSignals(false);
    m_errors->clear();
    emit shown(id);
}

void RecordPanel::setEditable(bool editable)
{
    for (QPushButton* b : m_buttons) {
        b->setEnabled(editable);
    }
}

} // namespace osiedle::ui::products
