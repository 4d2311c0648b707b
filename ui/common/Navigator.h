#pragma once

#include <QString>
#include <QtGlobal>

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
    /// Shows the section and, in it, the records named by `what` (e.g. the participants whose
    /// data is incomplete): a section that can do so declares
    /// `Q_INVOKABLE void showRecords(const QString& what)`. False when there is no such section.
    virtual bool showRecords(const QString& id, const QString& what)
    {
        Q_UNUSED(what)
        return showSection(id);
    }
    /// Opens the project settings at this tab.
    virtual void openProjectSettings(SettingsTab tab) = 0;
};

} // namespace osiedle::ui
