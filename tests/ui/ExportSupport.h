#pragma once

// Helper of the UI tests of "Export list…": press a list's export button and read the file back.

#include "core/io/CsvTable.h"
#include "support/ScriptedPrompt.h"

#include <QPushButton>
#include <QWidget>
#include <catch2/catch.hpp>

namespace osiedle::test {

/// Presses the export button `button` found in `parent`, answering the file question with
/// `path` (CSV or XLSX by its extension), and returns the table written.
inline core::CsvTable exportedTable(ScriptedPrompt& prompt, QWidget& parent, const QString& button, const QString& path)
{
    auto* found = parent.findChild<QPushButton*>(button);
    INFO(button.toStdString());
    REQUIRE(found != nullptr);
    prompt.saveFileAnswers.enqueue(path);
    found->click();
    auto table = core::readTableFile(path);
    REQUIRE(table.ok());
    return *table;
}

} // namespace osiedle::test
