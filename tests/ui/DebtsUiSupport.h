#pragma once

// Helpers of the debts UI tests: find a named child widget, and save what a widget shows.

#include <QDir>
#include <QPixmap>
#include <QWidget>
#include <catch2/catch.hpp>

namespace osiedle::test {

/// The child widget of that object name; the test stops when there is none.
template <typename T> T* child(QWidget& root, const char* name)
{
    T* found = root.findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(found != nullptr);
    return found;
}

/// Saves what the widget shows when OSIEDLE_DEBT_SHOTS names a folder (for looking at it).
inline void shot(QWidget& widget, const char* name)
{
    const QString dir = qEnvironmentVariable("OSIEDLE_DEBT_SHOTS");
    if (!dir.isEmpty()) {
        widget.grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
    }
}

} // namespace osiedle::test
