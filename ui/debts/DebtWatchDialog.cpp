#include "ui/debts/DebtWatchDialog.h"

#include "ui/common/ListExport.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

DebtWatchDialog::DebtWatchDialog(const QString& title, const QString& explanation, const QStringList& headers,
                                 const QList<QStringList>& rows, QList<qint64> accountIds, QWidget* parent)
    : QDialog(parent), m_accounts(std::move(accountIds))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("debtWatchDialog"));
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    m_table = new QTableWidget(static_cast<int>(rows.size()), static_cast<int>(headers.size()), this);
    m_table->setObjectName(QStringLiteral("watchTable"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows[row].size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(rows[row][column]));
        }
    }
    m_table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("Open tenant"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openTenant"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_table, 1);
    m_bottom = new QHBoxLayout;
    m_bottom->addWidget(buttons, 1);
    layout->addLayout(m_bottom);
    resize(900, 450);
    connect(open, &QPushButton::clicked, this, &DebtWatchDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &DebtWatchDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DebtWatchDialog::openSelected);
}

void DebtWatchDialog::addExport(AppContext& context, const QString& suggestedName)
{
    QPushButton* exportButton = ListExport::addButton(context, m_table, m_bottom, suggestedName);
    m_bottom->removeWidget(exportButton);
    m_bottom->insertWidget(0, exportButton);
}

int DebtWatchDialog::rowCount() const
{
    return m_table->rowCount();
}

void DebtWatchDialog::openSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size()) {
        return;
    }
    m_chosen = m_accounts[row];
    accept();
}

} // namespace osiedle::ui
