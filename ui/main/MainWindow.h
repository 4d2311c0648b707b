#pragma once

#include "ui/common/Navigator.h"
#include "ui/main/Sections.h"

#include <QMainWindow>
#include <QUndoGroup>
#include <functional>
#include <memory>
#include <vector>

class QActionGroup;
class QDialog;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace osiedle::core {
class Database;
}

namespace osiedle::ui {

class AppSettings;
class ProjectSession;
class UserPrompt;
class WelcomePage;
class WorkingPersonButton;

/// The frame of the program: the navigation list of sections, the section shown, the menus and
/// the status bar. It holds the open project (one ProjectSession) and builds each section's
/// widget the first time it is shown; the sections are rebuilt when another file is opened.
/// Everything it asks goes through UserPrompt.
///
/// A section may show a line in the status bar: it declares
/// `Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)`.
class MainWindow : public QMainWindow, public Navigator {
    Q_OBJECT

public:
    /// Makes a demo project in the given (new) file; an empty string on success, else the error.
    using DemoMaker = std::function<QString(const QString& path)>;
    /// Runs a modal dialog and returns its result (QDialog::exec unless replaced, e.g. by tests).
    using DialogRunner = std::function<int(QDialog&)>;

    MainWindow(AppSettings& settings, UserPrompt& prompt, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Enables "Open the demo project" (a demo file in `demoPath`, made on first use).
    void setDemoMaker(DemoMaker maker, const QString& demoPath);
    /// Replaces how the program's own dialogs (new project, project settings) are run.
    void setDialogRunner(DialogRunner runner);
    /// Whether opening a project with office staff asks who is working (default: yes). A scripted
    /// session (the start-up probe) has nobody to answer.
    void setAskWhoIsWorking(bool ask) { m_askWhoIsWorking = ask; }

    /// At start-up: opens `requested` when given, otherwise the last file used; without either
    /// (or when it cannot be opened) the welcome page offers a new project, a file or the demo.
    void start(const QString& requested);
    /// Opens a project file. A refused file shows core's message; the open project stays.
    bool openFile(const QString& path);

    bool hasProject() const { return m_session != nullptr; }
    ProjectSession* session() { return m_session.get(); }
    QString currentSectionId() const;
    /// The section's widget when it has been built, else nullptr.
    QWidget* sectionWidget(const QString& id) const;

    // Navigator
    bool showSection(const QString& id) override;
    bool showRecords(const QString& id, const QString& what) override;
    /// Opens the project settings dialog (modal) at this tab.
    void openProjectSettings(SettingsTab tab) override;
    /// The reference day shown in the status bar ("" without a project).
    QString referenceDayText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void refreshSectionStatus();
    void refreshReferenceDay();

private:
    void buildMenus();
    void fillRecentMenu();
    /// Shows an open file; `copyOf`: it is a backup copy of that project, opened to look at.
    void adopt(std::unique_ptr<core::Database> db, const QString& copyOf = {});
    void clearSections();
    void showSectionAt(int index);
    void updateTitle();
    void newProject();
    void openProjectDialog();
    void openDemo();
    void saveBackup();
    // Backups (MainWindowBackups.cpp): the copies of a project, looking at one, restoring one.
    void restoreFromBackup(const QString& projectPath = {});
    void lookAtCopy(const QString& copy, const QString& project);
    void restoreCopy(const QString& copy, const QString& project, const QString& folder);
    void startOpeningCheck();
    void openingCheckFinished(const QString& copy, const QStringList& problems, const QString& failure);
    void about();
    void chooseLanguage(const QString& code);

    AppSettings& m_settings;
    UserPrompt& m_prompt;
    QList<SectionEntry> m_entries;
    std::vector<QWidget*> m_sections;
    std::unique_ptr<ProjectSession> m_session;
    QUndoGroup m_undoGroup;
    DemoMaker m_demoMaker;
    DialogRunner m_runDialog;
    QString m_demoPath;

    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    QLabel* m_sectionStatus = nullptr;
    QLabel* m_referenceDay = nullptr;
    WorkingPersonButton* m_person = nullptr;
    bool m_askWhoIsWorking = true;
    QMenu* m_recentMenu = nullptr;
    QDockWidget* m_history = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_anonymiseAction = nullptr;
    QMenu* m_projectMenu = nullptr;
    QAction* m_restoreAction = nullptr;
    QList<QAction*> m_sectionActions; ///< View › one action per section, with its shortcut
    QMetaObject::Connection m_statusConnection;
};

} // namespace osiedle::ui
