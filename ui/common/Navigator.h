#pragma once

#include <QString>

namespace osiedle::ui {

/// Moves the user to another place of the program: a section of the navigation, or a tab of
/// the project settings. The main window implements it; sections reach it through AppContext
/// (it may be absent, e.g. in tests of a single section).
class Navigator {
public:
    /// The tabs of the project settings dialog.
    enum class SettingsTab { Project, Partners, Staff, Rules, Periods, PrintedIdentity };

    virtual ~Navigator() = default;
    /// Shows the section with this id (as in Sections.cpp); false when there is none.
    virtual bool showSection(const QString& id) = 0;
    /// Opens the project settings at this tab.
    virtual void openProjectSettings(SettingsTab tab) = 0;
};

} // namespace osiedle::ui
