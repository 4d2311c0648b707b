#include "core/storage/PagedQuery.h"

#include "core/common/TextFold.h"
#include "core/storage/Database.h"
#include "core/storage/StorageError.h"

#include <QRegularExpression>

namespace osiedle::core {

namespace {

/// `%word%` for LIKE with the wildcards of the word itself escaped.
QString likePattern(const QString& word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

PagedQuery::PagedQuery(Database& db, ListSpec spec) : m_db(db), m_spec(std::move(spec)) {}

void PagedQuery::setSearch(const QString& text)
{
    m_search = text;
    m_patterns.clear();
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString& word : foldForSearch(text).split(spaces, Qt::SkipEmptyParts)) {
        m_patterns << likePattern(word);
    }
    restart();
}

void PagedQuery::setFilters(QList<ListFilter> filters)
{
    m_filters = std::move(filters);
    restart();
}

void PagedQuery::setSort(int key, bool descending)
{
    m_sortKey = key >= 0 && key < m_spec.sortKeys.size() ? key : 0;
    m_descending = descending;
    restart();
}

void PagedQuery::restart()
{
    m_started = false;
    m_atEnd = false;
    m_lastText.clear();
    m_lastNumber = 0;
    m_lastId = 0;
    m_error.clear();
}

QByteArray PagedQuery::searchCondition() const
{
    // Parameters ?1 … ?N are the words; each must be found in one of the searched expressions.
    // They are joined with spaces and folded once per row (a word holds no space, so it cannot
    // match across two of them).
    QByteArrayList parts;
    for (const QByteArray& expression : m_spec.searched) {
        parts << "coalesce(" + expression + ", '')";
    }
    const QByteArray haystack = "fold(" + parts.join(" || ' ' || ") + ")";
    QByteArrayList conditions;
    if (!m_spec.filter.isEmpty()) {
        conditions << "(" + m_spec.filter + ")";
    }
    for (int i = 1; i <= m_patterns.size(); ++i) {
        conditions << haystack + " LIKE ?" + QByteArray::number(i) + " ESCAPE '\\'";
    }
    // The filters' parameters follow the words: ?N+1 … in the order of the filters.
    int parameter = static_cast<int>(m_patterns.size());
    for (const ListFilter& filter : m_filters) {
        QByteArray condition = filter.condition;
        if (!filter.value.isNull()) {
            condition.replace("?", "?" + QByteArray::number(++parameter));
        }
        conditions << "(" + condition + ")";
    }
    return conditions.join(" AND ");
}

int PagedQuery::parameterCount() const
{
    int count = static_cast<int>(m_patterns.size());
    for (const ListFilter& filter : m_filters) {
        count += filter.value.isNull() ? 0 : 1;
    }
    return count;
}

int PagedQuery::bindSearch(Statement& statement) const
{
    int bound = 0;
    for (const QString& pattern : m_patterns) {
        statement.bind(++bound, pattern);
    }
    for (const ListFilter& filter : m_filters) {
        if (filter.value.isNull()) {
            continue;
        }
        if (filter.value.typeId() == QMetaType::QString) {
            statement.bind(++bound, filter.value.toString());
        } else {
            statement.bind(++bound, filter.value.toLongLong());
        }
    }
    return bound;
}

qint64 PagedQuery::count(bool matchingSearch) const
{
    QByteArray sql = "SELECT count(*) FROM " + m_spec.from;
    const QByteArray condition =
        matchingSearch ? searchCondition() : (m_spec.filter.isEmpty() ? QByteArray() : "(" + m_spec.filter + ")");
    if (!condition.isEmpty()) {
        sql += " WHERE " + condition;
    }
    try {
        Statement statement = m_db.prepare(sql);
        if (matchingSearch) {
            bindSearch(statement);
        }
        return statement.step() ? statement.int64(0) : 0;
    } catch (const StorageError& e) {
        m_error = e.message();
        return 0;
    }
}

int PagedQuery::fetch(int limit, const std::function<void(const Statement&)>& read)
{
    if (m_atEnd || limit <= 0 || m_spec.sortKeys.isEmpty()) {
        return 0;
    }
    const SortKey& key = m_spec.sortKeys[m_sortKey];
    const QByteArray collate = key.kind == SortKey::Kind::Text ? " COLLATE pl" : "";
    const QByteArray sortExpression = "(" + key.expression + ")";
    const QByteArray direction = m_descending ? " DESC" : " ASC";
    const QByteArray after = m_descending ? " < " : " > ";

    const int words = parameterCount();
    const QByteArray keyParam = "?" + QByteArray::number(words + 1);
    const QByteArray idParam = "?" + QByteArray::number(words + 2);
    const QByteArray limitParam = "?" + QByteArray::number(words + 3);

    QByteArrayList conditions;
    const QByteArray search = searchCondition();
    if (!search.isEmpty()) {
        conditions << search;
    }
    if (m_started) {
        conditions << "(" + sortExpression + collate + after + keyParam + " OR (" + sortExpression + collate + " = " +
                          keyParam + " AND " + m_spec.id + after + idParam + "))";
    }
    QByteArray sql = "SELECT " + m_spec.columns + ", " + sortExpression + " FROM " + m_spec.from;
    if (!conditions.isEmpty()) {
        sql += " WHERE " + conditions.join(" AND ");
    }
    sql += " ORDER BY " + sortExpression + collate + direction + ", " + m_spec.id + direction + " LIMIT " + limitParam;

    int rows = 0;
    try {
        rows = readPage(sql, limit, read);
    } catch (const StorageError& e) {
        m_error = e.message();
        m_atEnd = true;
        return 0;
    }
    m_started = true;
    m_atEnd = rows < limit;
    return rows;
}

int PagedQuery::readPage(const QByteArray& sql, int limit, const std::function<void(const Statement&)>& read)
{
    const SortKey& key = m_spec.sortKeys[m_sortKey];
    Statement& statement = m_db.cached(sql);
    const int words = bindSearch(statement);
    if (m_started) {
        if (key.kind == SortKey::Kind::Integer) {
            statement.bind(words + 1, m_lastNumber);
        } else {
            statement.bind(words + 1, m_lastText);
        }
        statement.bind(words + 2, m_lastId);
    }
    statement.bind(words + 3, limit);

    int rows = 0;
    while (statement.step()) {
        read(statement);
        const int keyColumn = statement.columnCount() - 1;
        if (key.kind == SortKey::Kind::Integer) {
            m_lastNumber = statement.int64(keyColumn);
        } else {
            m_lastText = statement.text(keyColumn);
        }
        m_lastId = statement.int64(0);
        ++rows;
    }
    statement.reset();
    return rows;
}

} // namespace osiedle::core
