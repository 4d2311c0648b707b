#include "ImportFloor.h"

#include "Floor.h"
#include "FloorConnection.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <sqlite3.h>
#include <stdexcept>

namespace osiedle::bench {

namespace {

// A prepared statement for many rows of text.
class Insert {
public:
    Insert(sqlite3* db, const QByteArray& sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
            throw std::runtime_error(sqlite3_errmsg(db));
        }
    }
    ~Insert() { sqlite3_finalize(m_statement); }
    Insert(const Insert&) = delete;
    Insert& operator=(const Insert&) = delete;

    void row(const QList<QByteArray>& fields)
    {
        for (int i = 0; i < fields.size(); ++i) {
            sqlite3_bind_text(m_statement, i + 1, fields[i].constData(), int(fields[i].size()), SQLITE_STATIC);
        }
        if (sqlite3_step(m_statement) != SQLITE_DONE) {
            throw std::runtime_error(sqlite3_errmsg(m_db));
        }
        sqlite3_reset(m_statement);
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

QByteArray placeholders(qsizetype n)
{
    QByteArray out;
    for (qsizetype i = 0; i < n; ++i) {
        out += i == 0 ? "?" : ", ?";
    }
    return out;
}

} // namespace

ImportFloor::ImportFloor(FloorConnection& connection) : m_connection(connection)
{
    // The register as the program ships it: one line a unit; a gmina's line names it, its
    // powiat's and voivodeship's lines name those (voivodeships in capitals, kept in lower case).
    QFile file(QStringLiteral(":/data/TERC.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read the TERYT register");
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    m_connection.exec("DROP TABLE IF EXISTS temp.floor_terc; "
                      "CREATE TEMP TABLE floor_terc (code TEXT PRIMARY KEY, voivodeship TEXT, powiat TEXT, "
                      "gmina TEXT, type INTEGER)");
    const QLocale polish(QLocale::Polish, QLocale::Poland);
    QHash<QString, QString> names;
    Insert insert(m_connection.handle(), "INSERT INTO floor_terc VALUES (?, ?, ?, ?, ?)");
    for (const QString& line : lines.mid(1)) {
        const QStringList f = line.split(QLatin1Char(';'));
        if (f.size() < 5) {
            continue;
        }
        const QString woj = f[0].trimmed();
        const QString pow = f[1].trimmed();
        const QString gmi = f[2].trimmed();
        if (pow.isEmpty()) {
            names.insert(woj, polish.toLower(f[4].trimmed()));
        } else if (gmi.isEmpty()) {
            names.insert(woj + pow, f[4].trimmed());
        } else {
            insert.row({(woj + pow + gmi + f[3].trimmed()).toUtf8(), names.value(woj).toUtf8(),
                        names.value(woj + pow).toUtf8(), f[4].trimmed().toUtf8(), f[3].trimmed().toUtf8()});
        }
    }
}

QString ImportFloor::description() const
{
    return Floor(m_connection, QStringLiteral("import-participants")).description();
}

qint64 ImportFloor::run(const QString& csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + csvPath.toStdString());
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    const QList<QByteArray> header = lines.value(0).trimmed().split(';');
    m_connection.exec("BEGIN IMMEDIATE");
    try {
        m_connection.exec(
            ("DROP TABLE IF EXISTS temp.floor_csv; CREATE TEMP TABLE floor_csv (" + header.join(" TEXT, ") + " TEXT)")
                .constData());
        {
            Insert insert(m_connection.handle(), "INSERT INTO floor_csv VALUES (" + placeholders(header.size()) + ")");
            for (qsizetype i = 1; i < lines.size(); ++i) {
                QByteArray& line = lines[i];
                if (line.endsWith('\r')) {
                    line.chop(1);
                }
                if (!line.isEmpty()) {
                    insert.row(line.split(';'));
                }
            }
        }
        Floor floor(m_connection, QStringLiteral("import-participants"));
        floor.run();
        const qint64 written = sqlite3_changes64(m_connection.handle());
        m_connection.exec("DROP TABLE temp.floor_csv; COMMIT");
        return written;
    } catch (...) {
        m_connection.exec("ROLLBACK");
        throw;
    }
}

} // namespace osiedle::bench
