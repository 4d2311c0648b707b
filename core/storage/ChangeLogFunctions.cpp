#include "core/storage/ChangeLogFunctions.h"

#include "core/history/ChangeScope.h"
#include "core/storage/ChangeLogChanges.h"
#include "core/storage/Database.h"

#include <sqlite3.h>

namespace osiedle::core {

namespace {

void resultText(sqlite3_context* ctx, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(ctx, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void personFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** /*argv*/)
{
    resultText(ctx, static_cast<const Database*>(sqlite3_user_data(ctx))->workingPerson());
}

void programFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** /*argv*/)
{
    resultText(ctx, static_cast<const Database*>(sqlite3_user_data(ctx))->programName());
}

void actionFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** /*argv*/)
{
    resultText(ctx, ChangeActions::key(ChangeScope::current()));
}

void recordedFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** /*argv*/)
{
    sqlite3_result_int(ctx, ChangeScope::recordsEachChange() ? 1 : 0);
}

} // namespace

void registerChangeLogFunctions(sqlite3* connection, const Database* db)
{
    // Innocuous: they only read the program's state, so triggers may call them even where the
    // schema is not trusted.
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    auto* data = const_cast<Database*>(db);
    sqlite3_create_function_v2(connection, "osiedle_change_person", 0, flags, data, personFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(connection, "osiedle_change_program", 0, flags, data, programFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(connection, "osiedle_change_action", 0, flags, nullptr, actionFunction, nullptr, nullptr,
                               nullptr);
    sqlite3_create_function_v2(connection, "osiedle_change_recorded", 0, flags, nullptr, recordedFunction, nullptr,
                               nullptr, nullptr);
    ChangeLogChanges::registerOn(connection);
}

} // namespace osiedle::core
