#include "Floor.h"

#include "FloorConnection.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <sqlite3.h>
#include <stdexcept>

namespace osiedle::bench {

namespace {

[[noreturn]] void fail(sqlite3* db, const QString& floor, const char* what)
{
    throw std::runtime_error("floor " + floor.toStdString() + ": " + what + ": " + sqlite3_errmsg(db));
}

} // namespace

Floor::Floor(FloorConnection& connection, const QString& name) : m_connection(connection), m_name(name)
{
    QFile file(QStringLiteral(":/floor/%1.sql").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("no floor named " + name.toStdString());
    }
    m_sql = file.readAll();
    const QByteArray first = m_sql.left(m_sql.indexOf('\n'));
    if (!first.startsWith("-- ")) {
        throw std::runtime_error("floor " + name.toStdString() + " does not start with its one-line description");
    }
    m_description = QString::fromUtf8(first.mid(3)).trimmed();
}

Floor::~Floor()
{
    for (sqlite3_stmt* statement : m_statements) {
        sqlite3_finalize(statement);
    }
}

QStringList Floor::names()
{
    QStringList list;
    for (const QString& file : QDir(QStringLiteral(":/floor")).entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        list << file.chopped(4);
    }
    return list;
}

Floor& Floor::bind(const QByteArray& name, const QVariant& value)
{
    m_parameters.insert(':' + name, value);
    return *this;
}

void Floor::bindAll(sqlite3_stmt* statement) const
{
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    for (int i = 1; i <= sqlite3_bind_parameter_count(statement); ++i) {
        const char* name = sqlite3_bind_parameter_name(statement, i);
        const auto value = m_parameters.constFind(QByteArray(name != nullptr ? name : ""));
        if (value == m_parameters.constEnd()) {
            throw std::runtime_error("floor " + m_name.toStdString() + ": no value for " + (name ? name : "?"));
        }
        int rc = SQLITE_OK;
        switch (value->typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(statement, i);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
            rc = sqlite3_bind_int64(statement, i, value->toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(statement, i, value->toDouble());
            break;
        default: {
            const QByteArray text = value->typeId() == QMetaType::QDate ? value->toDate().toString(Qt::ISODate).toUtf8()
                                                                        : value->toString().toUtf8();
            rc = sqlite3_bind_text(statement, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK) {
            fail(m_connection.handle(), m_name, "bind");
        }
    }
}

qint64 Floor::runAll(QList<QList<QVariantList>>* keep)
{
    sqlite3* db = m_connection.handle();
    qint64 rows = 0;
    const char* next = m_sql.constData();
    const char* end = m_sql.constData() + m_sql.size();
    for (std::size_t index = 0; m_prepared ? index < m_statements.size() : next < end; ++index) {
        if (!m_prepared) {
            sqlite3_stmt* statement = nullptr;
            if (sqlite3_prepare_v2(db, next, int(end - next), &statement, &next) != SQLITE_OK) {
                fail(db, m_name, "prepare");
            }
            m_statements.push_back(statement);
        }
        sqlite3_stmt* statement = m_statements[index];
        if (statement == nullptr) {
            continue;
        }
        bindAll(statement);
        const int columns = sqlite3_column_count(statement);
        QList<QVariantList>* kept = nullptr;
        if (keep != nullptr && columns > 0) {
            keep->append(QList<QVariantList>());
            kept = &keep->last();
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            ++rows;
            QVariantList row;
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER:
                    m_sink += sqlite3_column_int64(statement, c);
                    if (kept != nullptr) {
                        row << QVariant::fromValue(qint64(sqlite3_column_int64(statement, c)));
                    }
                    break;
                case SQLITE_FLOAT:
                    m_sink += qint64(sqlite3_column_double(statement, c));
                    if (kept != nullptr) {
                        row << sqlite3_column_double(statement, c);
                    }
                    break;
                case SQLITE_NULL:
                    if (kept != nullptr) {
                        row << QVariant();
                    }
                    break;
                default: {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
                    const int bytes = sqlite3_column_bytes(statement, c);
                    m_sink += bytes > 0 ? text[0] : 0;
                    if (kept != nullptr) {
                        row << QString::fromUtf8(text, bytes);
                    }
                }
                }
            }
            if (kept != nullptr) {
                kept->append(row);
            }
        }
        if (rc != SQLITE_DONE) {
            fail(db, m_name, "step");
        }
        sqlite3_reset(statement);
    }
    m_prepared = true;
    return rows;
}

qint64 Floor::run()
{
    return runAll(nullptr);
}

QList<QList<QVariantList>> Floor::results()
{
    QList<QList<QVariantList>> kept;
    runAll(&kept);
    return kept;
}

} // namespace osiedle::bench
