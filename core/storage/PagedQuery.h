#pragma once

#include "core/storage/Statement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace osiedle::core {

class Database;

/// How one list column sorts: an SQL expression that is never NULL, and how to compare it.
struct SortKey {
    enum class Kind {
        Text,    ///< people's text, compared with the Polish collation ("pl")
        Binary,  ///< codes and ISO dates, compared byte by byte
        Integer, ///< numbers
    };
    QByteArray expression;
    Kind kind = Kind::Text;
};

/// The SQL shape of one list (see ListQueries for the lists of the program).
struct ListSpec {
    QByteArray columns;         ///< the result columns; the first one is the row id
    QByteArray from;            ///< the table and its joins
    QByteArray id;              ///< the row id expression (unique), the tie-breaker of every sort
    QList<QByteArray> searched; ///< text expressions the search looks in
    QList<SortKey> sortKeys;    ///< the sortable keys, by index
    QByteArray filter;          ///< an optional fixed condition (no parameters)
};

/// A condition the user chose on a list ("only this SM"): SQL with at most one `?`, bound to
/// `value` (an integer or a text); a null value means the condition has no parameter.
struct ListFilter {
    QByteArray condition;
    QVariant value;
};

/// A read-only list read page by page with keyset paging: each page continues after the last
/// row of the previous one on (sort key, id), so reading page N costs the same as page 1 and no
/// page is ever loaded twice. Optional search: every word the user types must be found,
/// diacritics- and case-insensitively ("lodz" finds "Łódź"), in one of the searched
/// expressions. Changing the search or the sort starts again from the first row.
/// Never throws: a storage failure ends the list (count 0, no more rows) and is kept in
/// error() until the next restart. Not thread-safe.
class PagedQuery {
public:
    PagedQuery(Database& db, ListSpec spec);

    void setSearch(const QString& text);
    QString search() const { return m_search; }
    /// The user's filters, all of which a row must meet (with the search); none by default.
    void setFilters(QList<ListFilter> filters);
    const QList<ListFilter>& filters() const { return m_filters; }
    /// Whether a search or a filter leaves out rows (the matching count then differs from the
    /// total).
    bool narrowed() const { return !m_patterns.isEmpty() || !m_filters.isEmpty(); }
    /// Sorts by one of spec.sortKeys (ascending or descending; ties by id).
    void setSort(int key, bool descending);
    int sortKey() const { return m_sortKey; }
    bool descending() const { return m_descending; }

    /// Number of rows that match the search and the filters (or of all rows, with
    /// matchingSearch false).
    qint64 count(bool matchingSearch = true) const;

    /// Reads up to `limit` more rows, calling `read` on each with the statement positioned on
    /// it (columns as in spec.columns, 0-based). Returns the number of rows read; fewer than
    /// `limit` means the end was reached.
    int fetch(int limit, const std::function<void(const Statement&)>& read);
    bool atEnd() const { return m_atEnd; }
    /// Starts again from the first row.
    void restart();
    /// The message of the last storage failure since the last restart; empty when none.
    QString error() const { return m_error; }

private:
    QByteArray searchCondition() const;
    /// Binds the search words and the filters' values (?1 …); returns how many it bound.
    int bindSearch(Statement& statement) const;
    int parameterCount() const;
    int readPage(const QByteArray& sql, int limit, const std::function<void(const Statement&)>& read);

    Database& m_db;
    ListSpec m_spec;
    QString m_search;
    QStringList m_patterns;
    QList<ListFilter> m_filters;
    int m_sortKey = 0;
    bool m_descending = false;
    bool m_atEnd = false;
    bool m_started = false;
    QString m_lastText;
    qint64 m_lastNumber = 0;
    qint64 m_lastId = 0;
    mutable QString m_error;
};

} // namespace osiedle::core
