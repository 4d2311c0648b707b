#include "core/storage/ChangeLogChanges.h"

#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <string>
#include <unordered_map>
#include <vector>

namespace osiedle::core {

namespace {

using Operation = ChangeLogChanges::Operation;

struct SpecColumn {
    std::string member; ///< the column's name as a JSON object member, quoted, with its colon
    bool key = false;
};

struct Spec {
    Operation operation = Operation::Insert;
    std::vector<SpecColumn> columns;
};

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Insert:
        return QStringLiteral("insert");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Delete:
        break;
    }
    return QStringLiteral("delete");
}

// A text as SQLite's JSON functions write it: quote and backslash escaped, control characters
// as \b \t \n \f \r or \u00XX, everything else (UTF-8 included) as it is.
void appendString(std::string& out, const char* text, int size)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    int plain = 0; // start of the run of characters that need no escape
    for (int i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c != '"' && c != '\\' && c > 0x1f) {
            continue;
        }
        out.append(text + plain, static_cast<size_t>(i - plain));
        plain = i + 1;
        out += '\\';
        switch (c) {
        case '\b':
            out += 'b';
            break;
        case '\t':
            out += 't';
            break;
        case '\n':
            out += 'n';
            break;
        case '\f':
            out += 'f';
            break;
        case '\r':
            out += 'r';
            break;
        case '"':
        case '\\':
            out += static_cast<char>(c);
            break;
        default:
            out += "u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(text + plain, static_cast<size_t>(size - plain));
    out += '"';
}

/// False when SQLite ran out of memory turning a value into text.
bool appendValue(std::string& out, sqlite3_value* value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
        out += "null";
        return true;
    case SQLITE_INTEGER: {
        char digits[24];
        const auto written = std::to_chars(digits, digits + sizeof digits, sqlite3_value_int64(value));
        out.append(digits, written.ptr);
        return true;
    }
    case SQLITE_FLOAT: {
        // SQLite's own rendering of a real, which is what its JSON functions write.
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        if (text == nullptr) {
            return false;
        }
        out.append(text, static_cast<size_t>(sqlite3_value_bytes(value)));
        return true;
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        if (text == nullptr) {
            return false;
        }
        appendString(out, text, sqlite3_value_bytes(value));
        return true;
    }
    default: // a picture or a file: its size says it changed without copying it
        out += "\"<";
        out += std::to_string(sqlite3_value_bytes(value));
        out += " B>\"";
        return true;
    }
}

// An integer and a real are the same value when the real is that integer exactly, as SQLite
// compares them (a double cannot hold every 64-bit integer, so compare without converting).
bool sameNumber(sqlite3_int64 integer, double real)
{
    constexpr double twoTo63 = 9223372036854775808.0;
    if (!(real >= -twoTo63 && real < twoTo63)) {
        return false;
    }
    return std::trunc(real) == real && static_cast<sqlite3_int64>(real) == integer;
}

// SQL's `IS` under the binary collation: NULL is NULL, numbers by value, texts and blobs by
// their bytes, values of different kinds never.
bool same(sqlite3_value* a, sqlite3_value* b)
{
    const int typeA = sqlite3_value_type(a);
    const int typeB = sqlite3_value_type(b);
    if (typeA == SQLITE_INTEGER && typeB == SQLITE_INTEGER) {
        return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    }
    if (typeA == SQLITE_FLOAT && typeB == SQLITE_FLOAT) {
        return sqlite3_value_double(a) == sqlite3_value_double(b);
    }
    if (typeA == SQLITE_INTEGER && typeB == SQLITE_FLOAT) {
        return sameNumber(sqlite3_value_int64(a), sqlite3_value_double(b));
    }
    if (typeA == SQLITE_FLOAT && typeB == SQLITE_INTEGER) {
        return sameNumber(sqlite3_value_int64(b), sqlite3_value_double(a));
    }
    if (typeA != typeB) {
        return false;
    }
    if (typeA == SQLITE_NULL) {
        return true;
    }
    const void* bytesA = typeA == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(a)) : sqlite3_value_blob(a);
    const int sizeA = sqlite3_value_bytes(a);
    const void* bytesB = typeA == SQLITE_TEXT ? static_cast<const void*>(sqlite3_value_text(b)) : sqlite3_value_blob(b);
    const int sizeB = sqlite3_value_bytes(b);
    return sizeA == sizeB && (sizeA == 0 || std::memcmp(bytesA, bytesB, static_cast<size_t>(sizeA)) == 0);
}

// A new or removed record lists what it holds: NULLs and empty texts say nothing.
bool holdsSomething(sqlite3_value* value)
{
    const int type = sqlite3_value_type(value);
    return type != SQLITE_NULL && !(type == SQLITE_TEXT && sqlite3_value_bytes(value) == 0);
}

std::unique_ptr<Spec> parseSpec(const QByteArray& text)
{
    const QJsonObject object = QJsonDocument::fromJson(text).object();
    auto spec = std::make_unique<Spec>();
    const QString operation = object.value(QLatin1String("operation")).toString();
    if (operation == QLatin1String("insert")) {
        spec->operation = Operation::Insert;
    } else if (operation == QLatin1String("update")) {
        spec->operation = Operation::Update;
    } else if (operation == QLatin1String("delete")) {
        spec->operation = Operation::Delete;
    } else {
        return nullptr;
    }
    const QJsonArray keys = object.value(QLatin1String("keys")).toArray();
    for (const QJsonValue& column : object.value(QLatin1String("columns")).toArray()) {
        if (!column.isString()) {
            return nullptr;
        }
        const QByteArray name = column.toString().toUtf8();
        SpecColumn c;
        appendString(c.member, name.constData(), static_cast<int>(name.size()));
        c.member += ':';
        c.key = keys.contains(column);
        spec->columns.push_back(std::move(c));
    }
    return spec;
}

// The specs a connection's triggers use, parsed once each. SQLite's auxiliary data
// (sqlite3_set_auxdata) would not do: a trigger's program discards it each time it ends, so
// an import would parse the spec once per row. A connection is used by one thread at a time.
class SpecCache {
public:
    const Spec* find(sqlite3_value* value)
    {
        if (sqlite3_value_type(value) != SQLITE_TEXT) {
            return nullptr;
        }
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        const QByteArray key = QByteArray::fromRawData(text, sqlite3_value_bytes(value));
        const auto found = m_specs.find(key);
        if (found != m_specs.end()) {
            return found->second.get();
        }
        std::unique_ptr<Spec> parsed = parseSpec(key);
        if (!parsed) {
            return nullptr;
        }
        const Spec* spec = parsed.get();
        m_specs.emplace(QByteArray(key.constData(), key.size()), std::move(parsed));
        return spec;
    }

private:
    struct Hash {
        size_t operator()(const QByteArray& text) const { return qHash(text); }
    };
    std::unordered_map<QByteArray, std::unique_ptr<Spec>, Hash> m_specs;
};

void changesFunction(sqlite3_context* ctx, int argc, sqlite3_value** argv)
{
    if (argc < 2) {
        sqlite3_result_error(ctx, "osiedle_changes() takes a spec, the previous changes and the values", -1);
        return;
    }
    const Spec* spec = static_cast<SpecCache*>(sqlite3_user_data(ctx))->find(argv[0]);
    if (spec == nullptr) {
        sqlite3_result_error(ctx, "osiedle_changes(): the first argument is not a spec of recorded columns", -1);
        return;
    }
    const bool update = spec->operation == Operation::Update;
    const size_t perColumn = update ? 2 : 1;
    if (static_cast<size_t>(argc - 2) != spec->columns.size() * perColumn) {
        sqlite3_result_error(ctx, "osiedle_changes(): the values do not match the spec's columns", -1);
        return;
    }
    std::string out;
    out.reserve(512);
    bool comma = false;
    switch (sqlite3_value_type(argv[1])) {
    case SQLITE_NULL:
        out += '{';
        break;
    case SQLITE_TEXT: {
        // The object made for the columns before: reopened to take these.
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
        const int size = sqlite3_value_bytes(argv[1]);
        if (text == nullptr || size < 2 || text[0] != '{' || text[size - 1] != '}') {
            sqlite3_result_error(ctx, "osiedle_changes(): the previous changes are not an object", -1);
            return;
        }
        out.append(text, static_cast<size_t>(size - 1));
        comma = size > 2;
        break;
    }
    default:
        sqlite3_result_error(ctx, "osiedle_changes(): the previous changes are not an object", -1);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < spec->columns.size() && ok; ++i) {
        const SpecColumn& column = spec->columns[i];
        sqlite3_value* first = argv[2 + i * perColumn];
        const bool listed =
            update ? column.key || !same(first, argv[3 + i * perColumn]) : column.key || holdsSomething(first);
        if (!listed) {
            continue;
        }
        if (comma) {
            out += ',';
        }
        comma = true;
        out += column.member;
        out += '[';
        switch (spec->operation) {
        case Operation::Insert:
            out += "null,";
            ok = appendValue(out, first);
            break;
        case Operation::Update:
            ok = appendValue(out, first);
            out += ',';
            ok = ok && appendValue(out, argv[3 + i * perColumn]);
            break;
        case Operation::Delete:
            ok = appendValue(out, first);
            out += ",null";
            break;
        }
        out += ']';
    }
    if (!ok) {
        sqlite3_result_error_nomem(ctx);
        return;
    }
    out += '}';
    sqlite3_result_text64(ctx, out.data(), out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void destroyCache(void* cache)
{
    delete static_cast<SpecCache*>(cache);
}

} // namespace

QByteArray ChangeLogChanges::spec(Operation operation, const QStringList& columns, const QStringList& keys)
{
    QJsonArray listed;
    for (const QString& key : keys) {
        if (columns.contains(key)) {
            listed.append(key);
        }
    }
    QJsonObject object;
    object.insert(QLatin1String("operation"), operationName(operation));
    object.insert(QLatin1String("columns"), QJsonArray::fromStringList(columns));
    object.insert(QLatin1String("keys"), listed);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void ChangeLogChanges::registerOn(sqlite3* connection)
{
    // Deterministic (the same values give the same JSON) and innocuous (it reads nothing but
    // its arguments), so that triggers may call it wherever the schema is used. SQLite takes
    // the cache and deletes it with the connection, or at once if the registration fails.
    sqlite3_create_function_v2(connection, "osiedle_changes", -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                               new SpecCache, changesFunction, nullptr, nullptr, destroyCache);
}

} // namespace osiedle::core
