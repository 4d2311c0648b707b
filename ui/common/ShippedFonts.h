#pragma once

#include <QString>
#include <QStringList>

namespace osiedle::ui {

/// The fonts that travel with the program: DejaVu Sans regular and bold, embedded under
/// `:/fonts/` (resources/fonts, with their licence). Documents and charts ask for this family;
/// registering it makes their page breaks and widths the same on every system, Windows
/// included, whatever fonts the system has. Call install() once the QGuiApplication exists and
/// before anything is laid out (the window, osiedle-cli and the UI tests do). GUI thread only.
class ShippedFonts {
public:
    /// The family the shipped files register and documents use ("DejaVu Sans").
    static QString family();
    /// Registers both files with Qt's font database; a second call does nothing. False when a
    /// file could not be registered (documents then get what the system gives for the family).
    static bool install();
    /// The embedded files, e.g. ":/fonts/DejaVuSans.ttf".
    static QStringList files();
};

} // namespace osiedle::ui
