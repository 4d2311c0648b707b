#include "ui/common/ListSection.h"

#include "ui/common/AppContext.h"
#include "ui/common/AppSettings.h"
#include "ui/common/EmptyListHint.h"
#include "ui/common/ListExport.h"
#include "ui/common/ListModel.h"
#include "ui/common/RefreshWhenShown.h"

#include <QAbstractButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace osiedle::ui {

ListSection::ListSection(AppContext& context, const QString& title, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->setPlaceholderText(tr("Search…"));

    // The heading and the search field on one row, the section's buttons on the next: side by
    // side they made the window wider than an office laptop's screen.
    auto* header = new QHBoxLayout;
    header->addWidget(heading);
    header->addSpacing(16);
    header->addStretch(1);
    header->addWidget(m_search);
    m_toolbar = new QHBoxLayout;
    auto* buttons = new QHBoxLayout;
    buttons->addLayout(m_toolbar);
    buttons->addStretch(1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // Cooperatives' names are shown from their distinguishing part ("SM „Zodiak” w Ciechanowie",
    // core::abbreviatedName): a cut, if any, at the end keeps it.
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(header);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_table, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ListSection::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ListSection::applySearch);
    // Ctrl+F: only the section on screen reacts (shortcuts of hidden widgets are inactive).
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (m_model != nullptr && index.isValid()) {
            emit rowActivated(m_model->idAt(index.row()));
        }
    });
}

void ListSection::setModel(ListModel* model, int sortColumn, const QList<core::Topic>& topics, int stretchColumn)
{
    m_model = model;
    m_topics = topics;
    m_table->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { emit statusTextChanged(statusText()); });
    QHeaderView* header = m_table->horizontalHeader();
    const QVariantMap saved = savedView();
    const int savedColumn = saved.value(QStringLiteral("sortColumn"), -1).toInt();
    const bool known = savedColumn >= 0 && savedColumn < model->columnCount();
    header->setSortIndicator(known ? savedColumn : sortColumn,
                             known && saved.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder
                                                                                         : Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // sorts, which reads the first page
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        saveView(QStringLiteral("sortColumn"), column);
        saveView(QStringLiteral("descending"), order == Qt::DescendingOrder);
    });
    m_stretchColumn = stretchColumn;
    sizeColumns();
    m_afterChange = new RefreshWhenShown(this, [this] { reloadKeepingCurrent(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (m_topics.contains(topic)) {
            m_afterChange->request();
        }
    });
}

void ListSection::sizeColumns()
{
    // Each column gets its usual width (the model's hint), widened up to half as much again when
    // the first page holds longer texts; the stretch column also takes the room left over
    // (fitStretchColumn), but never less than its own width.
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const int hint = m_model->headerData(column, Qt::Horizontal, ListModel::WidthRole).toInt() * charWidth;
        const int title =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 3 * charWidth;
        int content = 0;
        for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row) {
            content = std::max(content, metrics.horizontalAdvance(m_model->index(row, column).data().toString()));
        }
        // The stretch column keeps its hint as its least width and grows only into spare room.
        const int widened = column == m_stretchColumn ? hint : std::min(content, hint * 3 / 2);
        header->resizeSection(column, std::max({hint, title, widened}) + 16);
    }
    if (m_stretchColumn >= 0 && m_stretchColumn < m_model->columnCount()) {
        header->setStretchLastSection(false);
        m_stretchWidth = header->sectionSize(m_stretchColumn);
        m_table->viewport()->installEventFilter(this);
        fitStretchColumn();
    }
}

void ListSection::fitStretchColumn()
{
    QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != m_stretchColumn) {
            others += header->sectionSize(column);
        }
    }
    header->resizeSection(m_stretchColumn, std::max(m_stretchWidth, m_table->viewport()->width() - others));
}

bool ListSection::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitStretchColumn();
    }
    return QWidget::eventFilter(watched, event);
}

void ListSection::addEmptyHint(const QString& text, const QList<std::pair<QString, QString>>& buttons)
{
    QList<EmptyListHint::Action> actions;
    for (const auto& [name, label] : buttons) {
        if (auto* button = findChild<QAbstractButton*>(name)) {
            actions.append({button, label});
        }
    }
    EmptyListHint::attach(m_table, text, actions, [this] { return m_model->totalCount() == 0; });
}

QVariantMap ListSection::savedView() const
{
    return m_context.settings != nullptr ? m_context.settings->listView(objectName()) : QVariantMap();
}

void ListSection::saveView(const QString& key, const QVariant& value)
{
    if (m_context.settings != nullptr && !objectName().isEmpty()) {
        QVariantMap view = m_context.settings->listView(objectName());
        view.insert(key, value);
        m_context.settings->setListView(objectName(), view);
    }
}

void ListSection::addFilterBar(QWidget* bar)
{
    m_layout->insertWidget(m_layout->indexOf(m_table), bar);
}

void ListSection::addExportButton(const QString& suggestedName)
{
    ListExport::addButton(m_context, m_table, m_toolbar, suggestedName);
}

QString ListSection::statusText() const
{
    if (m_model == nullptr) {
        return {};
    }
    if (!m_model->error().isEmpty()) {
        return tr("The list could not be read: %1").arg(m_model->error());
    }
    return countText(m_model->matchingCount(), m_model->totalCount());
}

qint64 ListSection::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return m_model != nullptr && current.isValid() ? m_model->idAt(current.row()) : 0;
}

void ListSection::applySearch()
{
    m_searchDelay.stop();
    if (m_model != nullptr) {
        m_model->setSearch(m_search->text());
    }
}

void ListSection::reloadKeepingCurrent()
{
    const qint64 current = currentId();
    m_model->reload();
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

} // namespace osiedle::ui
