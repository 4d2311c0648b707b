#include "core/storage/ChangeLogTriggers.h"

#include "core/storage/ChangeLogChanges.h"
#include "core/storage/Database.h"

#include <QStringList>
#include <array>

namespace osiedle::core {

namespace {

// The cards that show a history, in the order a record's owner is chosen among its foreign
// keys: an attendance mark belongs to its participant rather than to its session's course.
constexpr std::array<const char*, 5> kOwnerKinds = {"participant", "debt_account", "work_order", "social_coop",
                                                    "housing_coop"};

// Columns that are derived from the rest of the file and would only fill the history with
// copies: the report as computed when a period was locked (the lock itself is recorded).
bool isDerived(const QString& table, const QString& column)
{
    return table == QLatin1String("reporting_period") && column == QLatin1String("locked_report");
}

struct Column {
    QString name;
    QString type;
    int pk = 0;
};

struct TableShape {
    QString name;
    QList<Column> columns;
    bool withoutRowid = false;
    QString integerKey; ///< the INTEGER PRIMARY KEY column, empty when none
    QStringList keyColumns;
    QString ownerKind;
    QString ownerColumn;
};

QString quoted(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString literal(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

TableShape shapeOf(Database& db, const QString& table, const QString& sql)
{
    TableShape shape;
    shape.name = table;
    shape.withoutRowid = sql.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
    Statement columns = db.prepare("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid");
    columns.bind(1, table);
    while (columns.step()) {
        Column c{columns.text(0), columns.text(1).toUpper(), columns.integer(2)};
        if (c.pk > 0) {
            shape.keyColumns << c.name;
        }
        if (!isDerived(table, c.name)) {
            shape.columns << c;
        }
    }
    if (shape.keyColumns.size() == 1 && !shape.withoutRowid) {
        for (const Column& c : shape.columns) {
            if (c.name == shape.keyColumns.front() && c.type == QLatin1String("INTEGER")) {
                shape.integerKey = c.name;
            }
        }
    }
    if (!shape.integerKey.isEmpty()) {
        shape.keyColumns.clear(); // the record id names the record
    }
    if (table != QLatin1String("participant")) {
        Statement keys = db.prepare("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?) AS fk "
                                    "WHERE (SELECT count(*) FROM pragma_foreign_key_list(?) AS same "
                                    "       WHERE same.id = fk.id) = 1");
        keys.bind(1, table);
        keys.bind(2, table);
        qsizetype best = static_cast<qsizetype>(kOwnerKinds.size());
        while (keys.step()) {
            const QString target = keys.text(0);
            for (qsizetype i = 0; i < best; ++i) {
                if (target == QLatin1String(kOwnerKinds[static_cast<size_t>(i)]) && target != table) {
                    best = i;
                    shape.ownerKind = target;
                    shape.ownerColumn = keys.text(1);
                }
            }
        }
    }
    return shape;
}

ChangeLogChanges::Operation operationOf(const QString& operation)
{
    if (operation == QLatin1String("insert")) {
        return ChangeLogChanges::Operation::Insert;
    }
    return operation == QLatin1String("update") ? ChangeLogChanges::Operation::Update
                                                : ChangeLogChanges::Operation::Delete;
}

// The record's `changes`: one osiedle_changes() call per slice of the columns that fits in one
// call's arguments, each taking the object made by the one before.
QString changesOf(const TableShape& t, const QString& operation)
{
    const bool update = operation == QLatin1String("update");
    const QString row = operation == QLatin1String("insert") ? QStringLiteral("NEW") : QStringLiteral("OLD");
    const qsizetype perCall = ChangeLogChanges::maxValuesPerCall / (update ? 2 : 1);
    QString changes = QStringLiteral("NULL");
    for (qsizetype first = 0; first < t.columns.size(); first += perCall) {
        QStringList names;
        QStringList values;
        for (const Column& c : t.columns.mid(first, perCall)) {
            names << c.name;
            values << row + QLatin1Char('.') + quoted(c.name);
            if (update) {
                values << QStringLiteral("NEW.") + quoted(c.name);
            }
        }
        const QByteArray spec = ChangeLogChanges::spec(operationOf(operation), names, t.keyColumns);
        changes = QStringLiteral("osiedle_changes(%1, %2, %3)")
                      .arg(literal(QString::fromUtf8(spec)), changes, values.join(QLatin1String(", ")));
    }
    return t.columns.isEmpty() ? QStringLiteral("'{}'") : changes;
}

// An update is recorded only when a recorded column changed: a record saved unchanged (or with
// only a derived column changed) costs a few comparisons and writes nothing.
QString anythingChanged(const TableShape& t)
{
    QStringList changed;
    for (const Column& c : t.columns) {
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(c.name));
    }
    return changed.isEmpty() ? QStringLiteral("0") : changed.join(QLatin1String(" OR "));
}

QString triggerSql(const TableShape& t, const QString& operation)
{
    const QString row = operation == QLatin1String("delete") ? QStringLiteral("OLD") : QStringLiteral("NEW");
    const QString recordId = !t.integerKey.isEmpty() ? row + QLatin1Char('.') + quoted(t.integerKey)
                             : t.withoutRowid        ? QStringLiteral("NULL")
                                                     : row + QStringLiteral(".rowid");
    const QString ownerKind = t.ownerKind.isEmpty() ? QStringLiteral("NULL") : literal(t.ownerKind);
    const QString ownerId =
        t.ownerColumn.isEmpty() ? QStringLiteral("NULL") : row + QLatin1Char('.') + quoted(t.ownerColumn);
    QString when = QStringLiteral("osiedle_change_recorded()");
    if (operation == QLatin1String("update")) {
        when += QStringLiteral(" AND (") + anythingChanged(t) + QLatin1Char(')');
    }
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 WHEN %4 BEGIN "
                          "INSERT INTO change_log (at, person, program, action, operation, record_kind, record_id, "
                          "owner_kind, owner_id, changes) "
                          "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), osiedle_change_person(), "
                          "osiedle_change_program(), osiedle_change_action(), %5, %6, %7, %8, %9, %10); END;")
        .arg(quoted(QStringLiteral("change_log_") + t.name + QLatin1Char('_') + operation), operation.toUpper(),
             quoted(t.name), when, literal(operation), literal(t.name), recordId, ownerKind, ownerId,
             changesOf(t, operation));
}

} // namespace

bool ChangeLogTriggers::present(Database& db)
{
    return db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'change_log'") > 0;
}

void ChangeLogTriggers::install(Database& db)
{
    remove(db);
    QList<TableShape> tables;
    {
        Statement list = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'change_log' "
                                    "ORDER BY name");
        QList<std::pair<QString, QString>> names;
        while (list.step()) {
            names.append({list.text(0), list.text(1)});
        }
        for (const auto& entry : names) {
            tables << shapeOf(db, entry.first, entry.second);
        }
    }
    for (const TableShape& t : tables) {
        for (const char* operation : {"insert", "update", "delete"}) {
            db.exec(triggerSql(t, QString::fromLatin1(operation)).toUtf8());
        }
    }
}

void ChangeLogTriggers::remove(Database& db)
{
    QStringList old;
    {
        Statement triggers =
            db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change\\_log\\_%' "
                       "ESCAPE '\\'");
        while (triggers.step()) {
            old << triggers.text(0);
        }
    }
    for (const QString& name : old) {
        db.exec("DROP TRIGGER " + quoted(name).toUtf8());
    }
}

} // namespace osiedle::core
