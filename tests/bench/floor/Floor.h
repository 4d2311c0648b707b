#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <vector>

struct sqlite3_stmt;

namespace osiedle::bench {

class FloorConnection;

/// A floor: the same work as one measured figure of the program done the simplest way, in plain
/// SQL through the sqlite3 C API, written from the rules and not from the program's queries. Its
/// statements are the file tests/bench/floor/NAME.sql (embedded as ":/floor/NAME.sql"); the
/// file's first line, a comment, says in one line what the floor does. Parameters are named
/// (`:from`) and bound before a run. Statements are prepared once, in order at the first run
/// (a statement may use a temporary table an earlier one made), and kept for the next runs.
/// Throws std::runtime_error with SQLite's message on any failure. Not thread-safe.
class Floor {
public:
    Floor(FloorConnection& connection, const QString& name);
    ~Floor();
    Floor(const Floor&) = delete;
    Floor& operator=(const Floor&) = delete;

    /// The names of every floor file embedded ("report-indicators", ...).
    static QStringList names();

    const QString& name() const { return m_name; }
    /// What the floor does, in one line (the file's first comment).
    const QString& description() const { return m_description; }

    /// Sets a parameter for the next runs: `name` without its colon; a QDate is bound as
    /// YYYY-MM-DD, a null QVariant as NULL.
    Floor& bind(const QByteArray& name, const QVariant& value);

    /// Runs every statement, stepping through every row and reading every column as a consumer
    /// of the result would. Returns the number of rows read.
    qint64 run();
    /// Runs every statement and returns the rows of those that return rows, in statement order
    /// (integers as qint64, reals as double, text as QString, NULL as a null QVariant).
    QList<QList<QVariantList>> results();

private:
    qint64 runAll(QList<QList<QVariantList>>* keep);
    void bindAll(sqlite3_stmt* statement) const;

    FloorConnection& m_connection;
    QString m_name;
    QString m_description;
    QByteArray m_sql;
    QHash<QByteArray, QVariant> m_parameters;
    std::vector<sqlite3_stmt*> m_statements; ///< prepared so far, in order (nullptr: only a comment)
    bool m_prepared = false;
    qint64 m_sink = 0; ///< what was read, so that no read can be skipped
};

} // namespace osiedle::bench
