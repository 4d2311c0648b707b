#include "ui/workorders/WorkOrdersSection.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "core/services/ChangeNotifier.h"
#include "core/storage/BackgroundReader.h"
#include "core/storage/WorkHoursRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/DocumentPrinter.h"
#include "ui/common/EmptyListHint.h"
#include "ui/common/ListExport.h"
#include "ui/common/MissingData.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/RefreshWhenShown.h"
#include "ui/common/SignatoryChoice.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/history/ChangeHistoryPanel.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/workorders/HoursPanel.h"
#include "ui/workorders/RecurringOrderDialog.h"
#include "ui/workorders/StatusChangeDialog.h"
#include "ui/workorders/WorkOrderDialog.h"
#include "ui/workorders/WorkOrderDocuments.h"
#include "ui/workorders/WorkOrderListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

using S = core::WorkOrderStatus;

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

WorkOrdersSection::WorkOrdersSection(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_service(context.db, context.changes), m_coops(context.db),
      m_model(new WorkOrderListModel(context.db, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_list(new QComboBox(this)), m_coopFilter(new QComboBox(this)), m_smFilter(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_hours(new HoursPanel(context, this)), m_edit(button(tr("Edit…"), "editOrder", this)),
      m_next(button(tr("Next step"), "nextStep", this)), m_cancel(button(tr("Cancel order"), "cancelOrder", this)),
      m_remove(button(tr("Remove"), "removeOrder", this)), m_printOrder(button(tr("Print order…"), "printOrder", this)),
      m_printProtocol(button(tr("Acceptance protocol…"), "printProtocol", this)),
      m_protocolPdf(button(tr("Protocol to PDF…"), "protocolPdf", this))
{
    setObjectName(QStringLiteral("workOrdersSection"));
    m_list->setObjectName(QStringLiteral("orderListKind"));
    m_coopFilter->setObjectName(QStringLiteral("orderFilterCoop"));
    m_smFilter->setObjectName(QStringLiteral("orderFilterSm"));
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_count->setObjectName(QStringLiteral("orderCount"));
    m_table->setObjectName(QStringLiteral("orderTable"));

    m_list->addItem(tr("All orders"), int(core::WorkOrderList::All));
    m_list->addItem(tr("Open"), int(core::WorkOrderList::Open));
    m_list->addItem(tr("Overdue"), int(core::WorkOrderList::Overdue));
    m_list->addItem(tr("Awaiting payment"), int(core::WorkOrderList::AwaitingPayment));
    m_search->setPlaceholderText(tr("Search: number, description, estate, invoice…"));
    m_search->setClearButtonEnabled(true);
    fillFilterCombos();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(WorkOrderListModel::Description, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // The SM and OSS names are shortened to their distinguishing part (SM „Zodiak” w Ciechanowie),
    // which comes first: cut at the end, if at all.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    for (auto [column, width] : {std::pair{WorkOrderListModel::Number, 70},
                                 {WorkOrderListModel::HousingCoop, 215},
                                 {WorkOrderListModel::SocialCoop, 215},
                                 {WorkOrderListModel::Estate, 130},
                                 {WorkOrderListModel::Kind, 90},
                                 {WorkOrderListModel::Ordered, 85},
                                 {WorkOrderListModel::Due, 85},
                                 {WorkOrderListModel::Status, 120},
                                 {WorkOrderListModel::Net, 90},
                                 {WorkOrderListModel::Gross, 90},
                                 {WorkOrderListModel::Hours, 60}}) {
        m_table->setColumnWidth(column, width);
    }
    for (QComboBox* combo : {m_coopFilter, m_smFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    m_search->setMinimumWidth(240);

    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout();
    filters->addWidget(m_list);
    filters->addWidget(new QLabel(tr("OSS:"), this));
    filters->addWidget(m_coopFilter);
    filters->addWidget(new QLabel(tr("SM:"), this));
    filters->addWidget(m_smFilter);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    layout->addLayout(filters);
    auto* actions = new QHBoxLayout();
    auto* newOrderButton = button(tr("New order…"), "newOrder", this);
    auto* recurringButton = button(tr("Recurring order…"), "recurringOrder", this);
    EmptyListHint::attach(m_table,
                          tr("The work that the housing cooperatives order from the social cooperatives will be "
                             "listed here: cleaning, renovation, greenery, with their value, hours and acceptance."),
                          {{newOrderButton, tr("New order…")}, {recurringButton, tr("Recurring order…")}},
                          EmptyListHint::whenNone(context.db, &core::SetupCounts::workOrders));
    for (QPushButton* b : {newOrderButton, recurringButton, m_edit, m_next, m_cancel, m_remove}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    for (QPushButton* b : {m_printOrder, m_printProtocol, m_protocolPdf}) {
        actions->addWidget(b);
    }
    // the next-step button is as wide as its longest label from the start, so that the window
    // does not widen while an order is taken through its steps
    int widest = m_next->fontMetrics().horizontalAdvance(tr("Next step"));
    for (S status : core::WorkOrderLifecycle::allStatuses()) {
        widest = std::max(widest, m_next->fontMetrics().horizontalAdvance(
                                      tr("Mark as %1").arg(core::WorkOrderLifecycle::title(status))));
    }
    m_next->setMinimumWidth(widest + 24);
    // beside the search, as in the other lists: the actions row is full at 1366 pixels
    ListExport::addButton(context, m_table, filters, tr("work-orders.xlsx"));
    layout->addLayout(actions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto* orderTabs = new QTabWidget(splitter); // the selected order's hours and its change history
    orderTabs->setObjectName(QStringLiteral("orderTabs"));
    orderTabs->addTab(m_hours, tr("Hours worked"));
    auto* history = new ChangeHistoryPanel(m_context, QStringLiteral("work_order"), 0, orderTabs);
    orderTabs->addTab(history, tr("History"));
    splitter->addWidget(orderTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(newOrderButton, &QPushButton::clicked, this, &WorkOrdersSection::newOrder);
    connect(recurringButton, &QPushButton::clicked, this, &WorkOrdersSection::newRecurringOrder);
    connect(m_edit, &QPushButton::clicked, this, &WorkOrdersSection::editSelected);
    connect(m_next, &QPushButton::clicked, this, &WorkOrdersSection::advanceSelected);
    connect(m_cancel, &QPushButton::clicked, this, &WorkOrdersSection::cancelSelected);
    connect(m_remove, &QPushButton::clicked, this, &WorkOrdersSection::removeSelected);
    connect(m_printOrder, &QPushButton::clicked, this, &WorkOrdersSection::printOrder);
    connect(m_printProtocol, &QPushButton::clicked, this, &WorkOrdersSection::printProtocol);
    connect(m_protocolPdf, &QPushButton::clicked, this, &WorkOrdersSection::protocolToPdf);
    connect(m_table, &QTableView::doubleClicked, this, &WorkOrdersSection::editSelected);
    connect(m_list, &QComboBox::currentIndexChanged, this, &WorkOrdersSection::applyFilter);
    connect(m_coopFilter, &QComboBox::currentIndexChanged, this, &WorkOrdersSection::applyFilter);
    connect(m_smFilter, &QComboBox::currentIndexChanged, this, &WorkOrdersSection::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &WorkOrdersSection::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, history] {
        m_hours->setOrder(selectedOrder());
        history->setRecord(selectedOrder() ? selectedOrder()->id : 0);
        updateActions();
    });
    connect(m_hours, &HoursPanel::hoursEntered, this, &WorkOrdersSection::saveHours);
    m_afterChange = new RefreshWhenShown(this, [this] { reload(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::WorkOrders) {
            m_afterChange->request();
        } else if (topic == core::Topic::SocialCoops || topic == core::Topic::HousingCoops) {
            fillFilterCombos();
        }
    });
    applyFilter();
}

void WorkOrdersSection::fillFilterCombos()
{
    m_housingCoops = m_coops.housingCoops();
    m_socialCoops = m_coops.all();
    const QVariant coop = m_coopFilter->currentData();
    const QVariant sm = m_smFilter->currentData();
    const QSignalBlocker b1(m_coopFilter);
    const QSignalBlocker b2(m_smFilter);
    m_coopFilter->clear();
    m_coopFilter->addItem(tr("all"), qint64(0));
    for (const auto& c : m_socialCoops) {
        m_coopFilter->addItem(c.name, c.id);
    }
    m_smFilter->clear();
    m_smFilter->addItem(tr("all"), qint64(0));
    for (const auto& h : m_housingCoops) {
        m_smFilter->addItem(h.name, h.id);
    }
    m_coopFilter->setCurrentIndex(std::max(0, m_coopFilter->findData(coop)));
    m_smFilter->setCurrentIndex(std::max(0, m_smFilter->findData(sm)));
}

void WorkOrdersSection::applyFilter()
{
    core::WorkOrderFilter filter;
    filter.list = static_cast<core::WorkOrderList>(m_list->currentData().toInt());
    if (const qint64 coop = m_coopFilter->currentData().toLongLong()) {
        filter.socialCoopId = coop;
    }
    if (const qint64 sm = m_smFilter->currentData().toLongLong()) {
        filter.housingCoopId = sm;
    }
    filter.search = m_search->text();
    filter.today = referenceDay(m_context.db);
    load(filter);
}

void WorkOrdersSection::reload()
{
    load(m_model->filter());
}

void WorkOrdersSection::load(const core::WorkOrderFilter& filter)
{
    // Off the window's thread: at scale 100 (120 000 orders) the sorted first page and the count
    // took over 100 ms. A newer filter or change drops this read.
    if (!m_loading) {
        const auto current = selectedOrder();
        m_selectWhenRead = current ? current->id : 0;
    }
    m_loading = true;
    m_context.reads().read<WorkOrderListModel::Page>(
        this, QStringLiteral("work-orders"),
        [filter](core::Database& db) { return WorkOrderListModel::read(db, filter); },
        [this, filter](WorkOrderListModel::Page page) {
            m_loading = false;
            m_model->show(filter, std::move(page));
            m_count->setText(tr("%1 orders").arg(m_model->totalCount()));
            if (m_selectWhenRead != 0) {
                selectOrder(m_selectWhenRead);
            }
            m_selectWhenRead = 0;
            m_hours->setOrder(selectedOrder());
            updateActions();
        },
        [this](const QString& message) {
            m_loading = false;
            m_count->setText(tr("The work orders cannot be read: %1").arg(message));
        });
}

void WorkOrdersSection::showSocialCoop(qint64 socialCoopId)
{
    m_coopFilter->setCurrentIndex(std::max(0, m_coopFilter->findData(socialCoopId)));
}

bool WorkOrdersSection::selectOrder(qint64 id)
{
    if (m_loading) {
        m_selectWhenRead = id;
    }
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

std::optional<core::WorkOrder> WorkOrdersSection::selectedOrder() const
{
    const QModelIndex index = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (const core::WorkOrderRow* row = index.isValid() ? m_model->rowAt(index.row()) : nullptr) {
        return row->order;
    }
    return std::nullopt;
}

void WorkOrdersSection::updateActions()
{
    const auto order = selectedOrder();
    const auto next = order ? core::WorkOrderLifecycle::next(order->status) : std::nullopt;
    m_next->setEnabled(next.has_value());
    m_next->setText(next ? tr("Mark as %1").arg(core::WorkOrderLifecycle::title(*next)) : tr("Next step"));
    m_cancel->setEnabled(order && core::WorkOrderLifecycle::isOpen(order->status));
    m_remove->setEnabled(order && (order->status == S::Draft || order->status == S::Cancelled));
    for (QPushButton* b : {m_edit, m_printOrder}) {
        b->setEnabled(order.has_value());
    }
    const bool done = order && (order->status == S::Completed || order->status == S::Accepted ||
                                order->status == S::Invoiced || order->status == S::Paid);
    m_printProtocol->setEnabled(done);
    m_protocolPdf->setEnabled(done);
}

void WorkOrdersSection::showError(const QString& message)
{
    m_context.prompt.error(this, tr("Work orders"), message);
}

QDate WorkOrdersSection::suggestedDate(const core::WorkOrder& order) const
{
    // the day after the last recorded step is a better guess than today for an old project
    QDate latest;
    for (const auto& d : {order.orderedOn, order.completedOn, order.acceptedOn, order.invoicedOn}) {
        if (d && (!latest.isValid() || *d > latest)) {
            latest = *d;
        }
    }
    if (!latest.isValid()) {
        return referenceDay(m_context.db);
    }
    // never a day still to come (work logged after the project's end is still dated as logged)
    const QDate today = QDate::currentDate();
    // the work is done at the earliest on the last day hours were logged for it
    QDate suggestion = latest.addDays(1);
    for (const auto& h : core::WorkHoursRepository(m_context.db).forOrder(order.id)) {
        suggestion = std::max(suggestion, h.date);
    }
    return std::min(suggestion, today);
}

void WorkOrdersSection::pushRestore(const QString& text, const core::WorkOrder& before, const core::WorkOrder& after)
{
    auto* service = &m_service;
    m_context.undo.push(new UndoableEdit(
        text, [service, before](QString* error) { return undoSucceeded(service->restore(before), error); },
        [service, after](QString* error) { return undoSucceeded(service->restore(after), error); },
        [this](const QString& message) { showError(message); }));
}

bool WorkOrdersSection::partiesExist()
{
    // An order is given by a housing cooperative to a social cooperative: both must exist.
    if (m_housingCoops.isEmpty()) {
        MissingData::offer(m_context, this, tr("New order"),
                           tr("A work order is given by a housing cooperative, and the project has none yet."),
                           QStringLiteral("housing-coops"), tr("Housing cooperatives"));
        return false;
    }
    if (m_socialCoops.isEmpty()) {
        MissingData::offer(m_context, this, tr("New order"),
                           tr("A work order is carried out by a social cooperative, and the project has none yet."),
                           QStringLiteral("social-coops"), tr("Social cooperatives"));
        return false;
    }
    return true;
}

void WorkOrdersSection::showRecords(const QString& what)
{
    if (what == QLatin1String("overdue")) {
        m_search->clear();
        m_coopFilter->setCurrentIndex(0);
        m_smFilter->setCurrentIndex(0);
        m_list->setCurrentIndex(std::max(0, m_list->findData(int(core::WorkOrderList::Overdue))));
    }
}

void WorkOrdersSection::newOrder()
{
    if (!partiesExist()) {
        return;
    }
    core::WorkOrder order;
    order.status = S::Ordered;
    // today, or the project's last day when the project is over
    const QDate day = referenceDay(m_context.db);
    order.orderedOn = day;
    order.dueOn = day.addDays(7);
    if (const qint64 coop = m_coopFilter->currentData().toLongLong()) {
        order.socialCoopId = coop;
        for (const auto& c : m_socialCoops) {
            if (c.id == coop && c.housingCoopId) {
                order.housingCoopId = *c.housingCoopId;
            }
        }
    }
    auto* dialog = new WorkOrderDialog(
        m_housingCoops, m_socialCoops, order,
        [this](const core::WorkOrder& typed) {
            if (const auto errors = core::WorkOrderService::validate(typed); !errors.isEmpty()) {
                return errors;
            }
            const auto created = m_service.create(typed, referenceDay(m_context.db));
            if (!created) {
                return core::FieldErrors{{QStringLiteral("net"), created.error().message}};
            }
            auto* service = &m_service;
            const core::WorkOrder saved = *created;
            m_context.undo.push(new UndoableEdit(
                tr("New order %1").arg(saved.number()),
                [service, saved](QString* error) { return undoSucceeded(service->discard(saved.id), error); },
                [service, saved](QString* error) { return undoSucceeded(service->restore(saved), error); },
                [this](const QString& message) { showError(message); }));
            selectOrder(saved.id);
            return core::FieldErrors{};
        },
        this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkOrdersSection::newRecurringOrder()
{
    if (!partiesExist()) {
        return;
    }
    core::WorkOrder pattern;
    pattern.kind = core::WorkOrderKind::Cleaning;
    if (const auto current = selectedOrder()) {
        pattern = *current;
    }
    auto* dialog = new RecurringOrderDialog(
        m_housingCoops, m_socialCoops, pattern, referenceDay(m_context.db),
        [this](const RecurringOrderDialog::Request& r) -> QString {
            const auto created = m_service.createSeries(r.pattern, r.first, r.last, r.recurrence, r.dueAfterDays);
            if (!created) {
                return created.error().message;
            }
            if (created->isEmpty()) {
                return tr("No dates fall between the first and the last date");
            }
            auto* service = &m_service;
            const QList<core::WorkOrder> orders = *created;
            m_context.undo.push(new UndoableEdit(
                tr("Recurring order %1–%2").arg(orders.first().number(), orders.last().number()),
                [service, orders](QString* error) {
                    return undoSucceeded(service->removeSeries(orders.first().series), error);
                },
                [service, orders](QString* error) {
                    for (const auto& o : orders) {
                        if (const auto restored = service->restore(o); !restored) {
                            if (error) {
                                *error = restored.error().message;
                            }
                            return false;
                        }
                    }
                    return true;
                },
                [this](const QString& message) { showError(message); }));
            m_context.prompt.information(this, tr("Recurring order"),
                                         tr("%1 orders created: %2 to %3")
                                             .arg(orders.size())
                                             .arg(orders.first().number(), orders.last().number()));
            return {};
        },
        this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void WorkOrdersSection::editSelected()
{
    const auto order = selectedOrder();
    if (!order) {
        return;
    }
    const core::WorkOrder before = *order;
    auto* dialog = new WorkOrderDialog(
        m_housingCoops, m_socialCoops, before,
        [this, before](const core::WorkOrder& typed) {
            if (const auto errors = core::WorkOrderService::validate(typed); !errors.isEmpty()) {
                return errors;
            }
            if (const auto saved = m_service.update(typed); !saved) {
                return core::FieldErrors{{QStringLiteral("net"), saved.error().message}};
            }
            const auto after = core::WorkOrderRepository(m_context.db).find(before.id);
            if (after) {
                pushRestore(tr("Edit order %1").arg(before.number()), before, *after);
            }
            return core::FieldErrors{};
        },
        this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool WorkOrdersSection::applyStatus(const core::StatusChange& change)
{
    const QString refusal = tryStatus(change);
    if (!refusal.isEmpty()) {
        showError(refusal);
    }
    return refusal.isEmpty() && selectedOrder();
}

QString WorkOrdersSection::tryStatus(const core::StatusChange& change)
{
    const auto before = selectedOrder();
    if (!before) {
        return {};
    }
    const auto after = m_service.changeStatus(before->id, change);
    if (!after) {
        return after.error().message;
    }
    pushRestore(tr("Order %1: %2").arg(before->number(), core::WorkOrderLifecycle::title(change.to)), *before, *after);
    selectOrder(before->id);
    return {};
}

void WorkOrdersSection::advanceSelected()
{
    const auto order = selectedOrder();
    const auto next = order ? core::WorkOrderLifecycle::next(order->status) : std::nullopt;
    if (!next) {
        return;
    }
    if (*next == S::InProgress) {
        applyStatus({*next, {}, {}});
        return;
    }
    auto* dialog = new StatusChangeDialog(*order, *next, suggestedDate(*order), this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this](const core::StatusChange& change) { return tryStatus(change); });
    dialog->open();
}

void WorkOrdersSection::cancelSelected()
{
    const auto order = selectedOrder();
    if (!order) {
        return;
    }
    if (!m_context.prompt.confirm(this, tr("Cancel order"),
                                  tr("Cancel order %1 (%2)?").arg(order->number(), order->description.left(80)))) {
        return;
    }
    applyStatus({S::Cancelled, suggestedDate(*order), {}});
}

void WorkOrdersSection::removeSelected()
{
    const auto order = selectedOrder();
    if (!order) {
        return;
    }
    if (!m_context.prompt.confirm(this, tr("Remove order"), tr("Remove order %1?").arg(order->number()))) {
        return;
    }
    if (const auto removed = m_service.remove(order->id); !removed) {
        showError(removed.error().message);
        return;
    }
    auto* service = &m_service;
    const core::WorkOrder gone = *order;
    m_context.undo.push(new UndoableEdit(
        tr("Remove order %1").arg(gone.number()),
        [service, gone](QString* error) { return undoSucceeded(service->restore(gone), error); },
        [service, gone](QString* error) { return undoSucceeded(service->remove(gone.id), error); },
        [this](const QString& message) { showError(message); }));
}

bool WorkOrdersSection::saveHours(qint64 orderId, qint64 participantId, const QDate& date, int minutes)
{
    const auto previous = core::WorkHoursRepository(m_context.db).find(orderId, participantId, date);
    const int before = previous ? previous->minutes : 0;
    if (const auto saved = m_service.setHours(orderId, participantId, date, minutes); !saved) {
        showError(saved.error().message);
        return false;
    }
    auto* service = &m_service;
    const auto step = [service, orderId, participantId, date](int value) {
        return [service, orderId, participantId, date, value](QString* error) {
            return undoSucceeded(service->setHours(orderId, participantId, date, value), error);
        };
    };
    m_context.undo.push(new UndoableEdit(tr("Hours on %1").arg(core::shown::date(date)), step(before), step(minutes),
                                         [this](const QString& message) { showError(message); }));
    return true;
}

void WorkOrdersSection::printOrder()
{
    const auto order = selectedOrder();
    if (!order) {
        return;
    }
    WorkOrderDocuments::printer(m_context.db, *order, WorkOrderDocuments::Document::Order)->preview(this);
}

void WorkOrdersSection::printProtocol()
{
    const auto order = selectedOrder();
    if (!order) {
        return;
    }
    const SignatoryChoice signs = SignatoryChoice::ask(m_context, this, tr("Acceptance protocol"));
    if (!signs.cancelled) {
        WorkOrderDocuments::printer(m_context.db, *order, WorkOrderDocuments::Document::Protocol, signs.signatory)
            ->preview(this);
    }
}

void WorkOrdersSection::protocolToPdf()
{
    const auto order = selectedOrder();
    if (!order) {
        return;
    }
    const QString suggested = tr("protocol-%1.pdf").arg(order->number().replace(QLatin1Char('/'), QLatin1Char('-')));
    const QString path =
        m_context.prompt.saveFileName(this, tr("Save the acceptance protocol"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    const SignatoryChoice signs = SignatoryChoice::ask(m_context, this, tr("Acceptance protocol"));
    if (signs.cancelled) {
        return;
    }
    if (const auto written = WorkOrderDocuments::writeProtocolPdf(m_context.db, *order, path, signs.signatory);
        !written) {
        showError(written.error().message);
    }
}

} // namespace osiedle::ui
