#include "core/storage/Statement.h"

#include "core/common/Utf8.h"
#include "core/storage/StorageError.h"

#include <sqlite3.h>
#include <utility>

namespace osiedle::core {

namespace {
QString errorText(sqlite3* db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}
} // namespace

Statement::Statement(sqlite3* db, const QByteArray& sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.constData(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = errorText(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StorageError(rc, QStringLiteral("%1 (in: %2)").arg(message, QString::fromUtf8(sql.left(200))));
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK) {
        throw StorageError(rc, errorText(m_db));
    }
}

int Statement::parameterIndex(const char* name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0) {
        throw StorageError(SQLITE_RANGE, QStringLiteral("no SQL parameter named %1").arg(QString::fromUtf8(name)));
    }
    return index;
}

Statement& Statement::bind(int index, std::nullopt_t)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, int value)
{
    check(sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, bool value)
{
    check(sqlite3_bind_int(m_stmt, index, value ? 1 : 0));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        // A null QString is "no value"; an empty one is an empty text.
        return bind(index, std::nullopt);
    }
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const char* value)
{
    check(sqlite3_bind_text(m_stmt, index, value, -1, SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    if (!value.isValid()) {
        return bind(index, std::nullopt);
    }
    const QByteArray text = value.toString(Qt::ISODate).toLatin1();
    check(sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    check(sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const QString message = errorText(m_db);
    sqlite3_reset(m_stmt);
    throw StorageError(sqlite3_extended_errcode(m_db), message);
}

void Statement::exec()
{
    while (step()) {
    }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr) {
        return {};
    }
    return utf8Text(data, sqlite3_column_bytes(m_stmt, column));
}

QDate Statement::date(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (data == nullptr) {
        return {};
    }
    return QDate::fromString(QString::fromLatin1(data, sqlite3_column_bytes(m_stmt, column)), Qt::ISODate);
}

std::optional<qint64> Statement::optInt64(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return int64(column);
}

std::optional<QDate> Statement::optDate(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return date(column);
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace osiedle::core
