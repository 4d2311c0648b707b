#include "ui/socialcoops/ServicePointTab.h"

#include "core/common/DisplayFormat.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/common/ListExport.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/socialcoops/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

ServicePointTab::ServicePointTab(AppContext& context, qint64 socialCoopId, const QDate& day, QWidget* parent)
    : QWidget(parent), m_context(context), m_coopId(socialCoopId), m_day(day), m_service(context.db, context.changes),
      m_open(new QCheckBox(tr("The service point is open"), this)), m_opened(new DateEdit(day, this)),
      m_address(new QLineEdit(this)), m_services(new QPlainTextEdit(this)), m_sales(new QTableWidget(0, 4, this)),
      m_totals(new QLabel(this))
{
    m_open->setObjectName(QStringLiteral("pointOpen"));
    m_opened->setObjectName(QStringLiteral("pointOpened"));
    m_opened->setCalendarPopup(true);
    m_opened->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_services->setObjectName(QStringLiteral("pointServices"));
    m_services->setMaximumHeight(70);
    m_services->setPlaceholderText(tr("the services offered, one per line"));
    m_sales->setObjectName(QStringLiteral("salesTable"));
    m_sales->setHorizontalHeaderLabels({tr("Date"), tr("Client"), tr("Service"), tr("Amount")});
    m_sales->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_sales->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sales->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sales->verticalHeader()->hide();
    m_totals->setObjectName(QStringLiteral("salesTotals"));
    auto* save = new QPushButton(tr("Save service point"), this);
    save->setObjectName(QStringLiteral("savePoint"));
    auto* add = new QPushButton(tr("Add sale…"), this);
    add->setObjectName(QStringLiteral("addSale"));
    auto* remove = new QPushButton(tr("Remove sale"), this);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    form->addRow(QString(), m_open);
    form->addRow(tr("Opened on"), m_opened);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Services"), m_services);
    form->addRow(QString(), save);
    layout->addLayout(form);
    layout->addWidget(m_sales, 1);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    layout->addLayout(buttons);
    ListExport::addButton(m_context, m_sales, buttons, tr("service-point-sales.xlsx"), QStringLiteral("exportSales"));
    connect(m_open, &QCheckBox::toggled, m_opened, &QWidget::setEnabled);
    connect(save, &QPushButton::clicked, this, &ServicePointTab::savePoint);
    enterSubmits({m_open, m_opened, m_address}, save);
    connect(add, &QPushButton::clicked, this, &ServicePointTab::addSale);
    connect(remove, &QPushButton::clicked, this, [this] { removeSale(m_sales->currentRow()); });
    reload();
}

void ServicePointTab::showError(const QString& message)
{
    m_context.prompt.error(this, tr("Service point"), message);
}

void ServicePointTab::reload()
{
    core::ServicePointRepository points(m_context.db);
    const auto point = points.find(m_coopId);
    m_open->setChecked(point.has_value());
    m_opened->setEnabled(point.has_value());
    if (point) {
        m_opened->setDate(point->openedOn);
        m_address->setText(point->address);
        m_services->setPlainText(point->services);
    }
    m_rows = points.sales(m_coopId, QDate(2000, 1, 1), QDate(2100, 1, 1));
    m_sales->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto& s = m_rows[i];
        m_sales->setItem(i, 0, new QTableWidgetItem(core::shown::date(s.date)));
        m_sales->setItem(i, 1, new QTableWidgetItem(core::label(s.client)));
        m_sales->setItem(i, 2, new QTableWidgetItem(s.service));
        auto* amount = new QTableWidgetItem(s.amount.format());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sales->setItem(i, 3, amount);
    }
    const QDate monthStart(m_day.year(), m_day.month(), 1);
    m_totals->setText(tr("This month %1, this year %2")
                          .arg(points.salesTotal(m_coopId, monthStart, monthStart.addMonths(1).addDays(-1)).format(),
                               points.salesTotal(m_coopId, QDate(m_day.year(), 1, 1), m_day).format()));
}

void ServicePointTab::savePoint()
{
    const auto before = core::ServicePointRepository(m_context.db).find(m_coopId);
    std::optional<core::ServicePoint> after;
    if (m_open->isChecked()) {
        after = core::ServicePoint{0, m_coopId, m_opened->date(), m_address->text().trimmed(),
                                   m_services->toPlainText().trimmed()};
    }
    auto* service = &m_service;
    const qint64 coopId = m_coopId;
    const auto apply = [service, coopId](const std::optional<core::ServicePoint>& point) {
        return point ? service->saveServicePoint(*point) : service->removeServicePoint(coopId);
    };
    if (const auto saved = apply(after); !saved) {
        showError(saved.error().message);
        return;
    }
    m_context.undo.push(new UndoableEdit(
        tr("Service point"), [apply, before](QString* error) { return undoSucceeded(apply(before), error); },
        [apply, after](QString* error) { return undoSucceeded(apply(after), error); },
        [this](const QString& message) { showError(message); }));
}

void ServicePointTab::addSale()
{
    auto* dialog = new FormDialog(tr("New sale"), this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setObjectName(QStringLiteral("saleDialog"));
    auto* date = new DateEdit(m_day, dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto* client = new QComboBox(dialog);
    for (auto kind : core::allValues<core::ClientKind>()) {
        client->addItem(core::label(kind), int(kind));
    }
    auto* serviceName = new QLineEdit(dialog);
    serviceName->setObjectName(QStringLiteral("saleService"));
    auto* amount = new QLineEdit(dialog);
    amount->setObjectName(QStringLiteral("saleAmount"));
    dialog->form()->addRow(tr("Date"), date);
    dialog->form()->addRow(tr("Client"), client);
    dialog->form()->addRow(tr("Service"), serviceName);
    dialog->form()->addRow(tr("Amount (zł)"), amount);
    dialog->setSubmit([=, this]() -> QString {
        const auto money = core::Money::parse(amount->text());
        if (!money) {
            return money.error().message;
        }
        core::ServiceSale sale{0,
                               m_coopId,
                               date->date(),
                               static_cast<core::ClientKind>(client->currentData().toInt()),
                               serviceName->text().trimmed(),
                               *money};
        const auto id = m_service.addSale(sale);
        if (!id) {
            return id.error().message;
        }
        sale.id = *id;
        auto* service = &m_service;
        m_context.undo.push(new UndoableEdit(
            tr("New sale"),
            [service, sale](QString* error) { return undoSucceeded(service->removeSale(sale.id), error); },
            [service, sale](QString* error) { return undoSucceeded(service->addSale(sale), error); },
            [this](const QString& message) { showError(message); }));
        return {};
    });
    dialog->open();
}

void ServicePointTab::removeSale(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    const auto gone = m_rows[row];
    if (const auto removed = m_service.removeSale(gone.id); !removed) {
        showError(removed.error().message);
        return;
    }
    auto* service = &m_service;
    m_context.undo.push(new UndoableEdit(
        tr("Remove sale"), [service, gone](QString* error) { return undoSucceeded(service->addSale(gone), error); },
        [service, gone](QString* error) { return undoSucceeded(service->removeSale(gone.id), error); },
        [this](const QString& message) { showError(message); }));
}

} // namespace osiedle::ui
