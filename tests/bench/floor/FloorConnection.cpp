#include "FloorConnection.h"

#include <QCollator>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <sqlite3.h>
#include <stdexcept>

namespace osiedle::bench {

namespace {

int comparePolish(void* collator, int length1, const void* text1, int length2, const void* text2)
{
    return static_cast<QCollator*>(collator)->compare(QString::fromUtf8(static_cast<const char*>(text1), length1),
                                                      QString::fromUtf8(static_cast<const char*>(text2), length2));
}

void deleteCollator(void* collator)
{
    delete static_cast<QCollator*>(collator);
}

// Lower case without diacritics: the whole text decomposed, the marks dropped; ł has no
// decomposition, so it is written as l.
void fold(sqlite3_context* context, int /*argc*/, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]))
            .toLower()
            .normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QChar(u'ł')) {
            out.append(QLatin1Char('l'));
        } else if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c);
        }
    }
    const QByteArray bytes = out.toUtf8();
    sqlite3_result_text(context, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
}

// Stands for a function of the program that its triggers call: returns NULL, so that the change
// history's triggers (WHEN osiedle_change_recorded()) stay silent on this connection.
void silent(sqlite3_context* context, int /*argc*/, sqlite3_value** /*argv*/)
{
    sqlite3_result_null(context);
}

} // namespace

FloorConnection::FloorConnection(const QString& path) : m_path(path)
{
    const QByteArray native = QDir::toNativeSeparators(path).toUtf8();
    if (sqlite3_open_v2(native.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const std::string message = sqlite3_errmsg(m_db);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw std::runtime_error("cannot open " + path.toStdString() + ": " + message);
    }
    sqlite3_busy_timeout(m_db, 5000);
    auto* collator = new QCollator(QLocale(QLocale::Polish, QLocale::Poland));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    sqlite3_create_collation_v2(m_db, "pl", SQLITE_UTF8, collator, comparePolish, deleteCollator);
    sqlite3_create_function_v2(m_db, "fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, fold, nullptr, nullptr,
                               nullptr);
    // The program's triggers (the change history) call functions of the program: a statement that
    // fires one is compiled with them, so they exist here too, as functions that do nothing. The
    // floors that write record their history rows themselves, in plain SQL.
    QRegularExpression called(QStringLiteral("\\b(osiedle_\\w+)\\s*\\("));
    QSet<QString> functions;
    {
        sqlite3_stmt* triggers = nullptr;
        sqlite3_prepare_v2(m_db, "SELECT sql FROM sqlite_master WHERE type = 'trigger'", -1, &triggers, nullptr);
        while (triggers != nullptr && sqlite3_step(triggers) == SQLITE_ROW) {
            const QString sql = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(triggers, 0)));
            for (auto match = called.globalMatch(sql); match.hasNext();) {
                functions.insert(match.next().captured(1));
            }
        }
        sqlite3_finalize(triggers);
    }
    for (const QString& name : std::as_const(functions)) {
        sqlite3_create_function_v2(m_db, name.toUtf8().constData(), -1, SQLITE_UTF8, nullptr, silent, nullptr, nullptr,
                                   nullptr);
    }
    // The program's own settings: its commits are durable (synchronous = FULL), so the floor's are
    // too, or a write figure would compare a synced commit with an unsynced one.
    exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; "
         "PRAGMA cache_size = -32000");
}

FloorConnection::~FloorConnection()
{
    sqlite3_close_v2(m_db);
}

void FloorConnection::exec(const char* sql) const
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message != nullptr ? message : sqlite3_errmsg(m_db);
        sqlite3_free(message);
        throw std::runtime_error(text);
    }
}

} // namespace osiedle::bench
