#pragma once

namespace osiedle::cli {

/// Makes the console and standard output fit what osiedle-cli writes: on Windows the console
/// shows UTF-8 (messages name Polish files and people; the console's own code page, e.g. CP852,
/// would garble them) and standard output is binary, so `-o -` gives the same bytes as a file
/// (text mode would turn the CSV's CRLF into CR CR LF). Elsewhere both already hold. Call first.
void prepareConsole();

/// Picks the Qt platform before the application object exists. PDF reports draw charts, so the
/// program needs a QApplication, and that needs a platform: Windows' and macOS' own need no
/// window and are the ones deployed there; on Linux without a display (DISPLAY and
/// WAYLAND_DISPLAY unset) the offscreen one stands in. QT_QPA_PLATFORM, when set, wins.
void choosePlatform();

} // namespace osiedle::cli
