#pragma once

// An AppContext over a fresh project, for tests of section widgets (UI tests only).

#include "core/services/ChangeNotifier.h"
#include "core/storage/BackgroundReader.h"
#include "support/ScriptedPrompt.h"
#include "support/TempProject.h"
#include "ui/common/AppContext.h"

#include <QUndoStack>
#include <catch2/catch.hpp>

namespace osiedle::test {

/// A fresh project file with a change notifier, an undo stack and a scripted prompt, bundled
/// as the AppContext that sections are constructed with.
struct TestContext {
    TempProject project;
    core::ChangeNotifier changes;
    QUndoStack undo;
    ScriptedPrompt prompt;
    ui::AppContext context{project.db(), changes, undo, prompt};

    core::Database& db() { return project.db(); }
};

/// Waits, handling events, until what the sections asked of the context's background reader
/// has been read and shown (the dashboard, the report, the health panel read off the window's
/// thread).
inline void settle(ui::AppContext& context)
{
    REQUIRE(context.reads().waitIdle());
}

} // namespace osiedle::test
