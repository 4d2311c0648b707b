#pragma once

class QApplication;

namespace osiedle::app {

/// The composition root of the GUI: names the application, loads the translations, parses the
/// command line (`osiedle [FILE]`), builds the settings, the prompt and the main window, and
/// runs the event loop. Returns the exit status.
int runGui(QApplication& app);

} // namespace osiedle::app
