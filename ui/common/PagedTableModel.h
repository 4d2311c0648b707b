#pragma once

#include "core/storage/PagedQuery.h"
#include "ui/common/ListModel.h"

#include <QList>

namespace osiedle::ui {

/// A list model over a core::PagedQuery: it loads the first page, and the next page each time
/// the view scrolls near the end (canFetchMore/fetchMore), so a list of any length opens as
/// fast as a short one and never holds rows the user has not scrolled to. Sorting and search
/// run in SQL and start again from the first page.
///
/// A concrete list derives from it with its Column enum and implements columnCount(), data()
/// for its columns (through rowAt()) and headerData(); sortKeyFor() maps columns to the sort
/// keys of the ListSpec (by default column i sorts by key i).
template <typename Row> class PagedTableModel : public ListModel {
public:
    using Reader = Row (*)(const core::Statement&);
    static constexpr int pageSize = 200;

    PagedTableModel(core::Database& db, core::ListSpec spec, Reader reader, QObject* parent = nullptr)
        : ListModel(parent), m_query(db, std::move(spec)), m_reader(reader)
    {}

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    /// Nothing more is fetched while a reset or a page is being announced (no nested changes):
    /// the rows are already there, and views ask again once they have laid them out.
    bool canFetchMore(const QModelIndex& parent) const override
    {
        return !parent.isValid() && !m_announcing && !m_query.atEnd();
    }

    void fetchMore(const QModelIndex& parent) override
    {
        if (!canFetchMore(parent)) {
            return;
        }
        QList<Row> page = readPage();
        if (page.isEmpty()) {
            return;
        }
        m_announcing = true;
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + page.size() - 1));
        m_rows.append(std::move(page));
        endInsertRows();
        m_announcing = false;
    }

    void sort(int column, Qt::SortOrder order) override
    {
        const int key = sortKeyFor(column);
        if (key < 0) {
            return;
        }
        m_query.setSort(key, order == Qt::DescendingOrder);
        reload();
    }

    void setSearch(const QString& text) override
    {
        if (text == m_query.search() && m_loaded) {
            return;
        }
        m_query.setSearch(text);
        reload();
    }

    QString search() const override { return m_query.search(); }

    /// Narrows the list to the rows that meet every filter (with the search), from the first row.
    void setFilters(QList<core::ListFilter> filters)
    {
        m_query.setFilters(std::move(filters));
        reload();
    }
    qint64 matchingCount() const override { return m_matching; }
    qint64 totalCount() const override { return m_total; }
    QString error() const override { return m_query.error(); }

    qint64 idAt(int row) const override { return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0; }

    int rowOf(qint64 id) const override
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].id == id) {
                return row;
            }
        }
        return -1;
    }

    void reload() override
    {
        m_announcing = true;
        beginResetModel();
        m_query.restart();
        m_rows.clear();
        m_total = m_query.count(false);
        m_matching = m_query.narrowed() ? m_query.count(true) : m_total;
        m_rows = readPage();
        m_loaded = true;
        endResetModel();
        m_announcing = false;
    }

    /// The first page is read on first use, not in the constructor, so that a derived model is
    /// complete before any row is read.
    void load()
    {
        if (!m_loaded) {
            reload();
        }
    }

protected:
    const Row& rowAt(int row) const { return m_rows[row]; }
    const core::PagedQuery& query() const { return m_query; }

    /// The sort key (index into ListSpec::sortKeys) of a column; -1 when it cannot be sorted.
    virtual int sortKeyFor(int column) const { return column; }

private:
    QList<Row> readPage()
    {
        QList<Row> page;
        page.reserve(pageSize);
        m_query.fetch(pageSize, [this, &page](const core::Statement& row) { page.append(m_reader(row)); });
        return page;
    }

    core::PagedQuery m_query;
    Reader m_reader;
    QList<Row> m_rows;
    qint64 m_total = 0;
    qint64 m_matching = 0;
    bool m_loaded = false;
    bool m_announcing = false;
};

} // namespace osiedle::ui
