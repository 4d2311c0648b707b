#include "ui/main/MainWindow.h"

#include "core/common/FilePaths.h"
#include "core/common/ProgramVersion.h"
#include "core/domain/ReferenceDay.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectService.h"
#include "core/services/SetupProgress.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppSettings.h"
#include "ui/common/AppTranslator.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/ProtectedExport.h"
#include "ui/common/UserPrompt.h"
#include "ui/history/ChangeHistoryDialog.h"
#include "ui/history/WorkingPersonButton.h"
#include "ui/main/ProjectOpening.h"
#include "ui/main/ProjectSession.h"
#include "ui/main/WelcomePage.h"
#include "ui/participants/PersonRightsActions.h"
#include "ui/settings/NewProjectDialog.h"
#include "ui/settings/ProjectSettingsDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaProperty>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoView>

namespace osiedle::ui {

namespace {

const char* const euCoFinancing =
    "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego";

bool samePath(const QString& a, const QString& b)
{
    return core::FilePaths::sameFile(a, b);
}

QString withSuffix(const QString& path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".osiedle") : path;
}

/// The key of the section at `index` of the navigation list: Ctrl+1 … Ctrl+9, Ctrl+0, then
/// Alt+1 … Alt+9; none past the nineteenth.
QKeySequence sectionShortcut(int index)
{
    static constexpr Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                                         Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0};
    if (index >= 0 && index < 10) {
        return QKeySequence(Qt::CTRL | digits[index]);
    }
    if (index >= 10 && index < 19) {
        return QKeySequence(Qt::ALT | digits[index - 10]);
    }
    return {};
}

} // namespace

MainWindow::MainWindow(AppSettings& settings, UserPrompt& prompt, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_prompt(prompt), m_entries(allSections()),
      m_sections(m_entries.size(), nullptr), m_runDialog([](QDialog& dialog) { return dialog.exec(); })
{
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation::item { padding-left: 8px; }"));
    int widest = 0;
    for (const SectionEntry& entry : m_entries) {
        auto* item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.id);
        item->setSizeHint(QSize(0, m_navigation->fontMetrics().height() + 14));
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(entry.title));
    }
    m_navigation->setMinimumWidth(widest + 40);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sections"));
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({m_navigation->minimumWidth() + 24, 1000});
    setCentralWidget(m_splitter);

    m_sectionStatus = new QLabel(this);
    m_sectionStatus->setObjectName(QStringLiteral("sectionStatus"));
    statusBar()->addPermanentWidget(m_sectionStatus);
    m_referenceDay = new QLabel(this);
    m_referenceDay->setObjectName(QStringLiteral("referenceDay"));
    m_referenceDay->setToolTip(tr("The day documents and new records are dated by default: today while the project "
                                  "runs, its last day once it is over. Each document can still be dated otherwise."));
    statusBar()->addPermanentWidget(m_referenceDay);
    m_person = new WorkingPersonButton(m_settings, this);
    statusBar()->addPermanentWidget(m_person);

    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showSectionAt);
    connect(m_welcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::recentFileChosen, this, &MainWindow::openFile);

    const QSize screen = this->screen()->availableSize();
    resize(std::min(1280, screen.width() * 9 / 10), std::min(820, screen.height() * 9 / 10));
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_splitter->restoreState(m_settings.splitterState());
    clearSections();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The sections use the session, and the undo history shows the undo group: they go first.
    for (QWidget*& section : m_sections) {
        delete section;
        section = nullptr;
    }
    delete m_history;
}

void MainWindow::setDemoMaker(DemoMaker maker, const QString& demoPath)
{
    m_demoMaker = std::move(maker);
    m_demoPath = demoPath;
    m_welcome->setDemoAvailable(static_cast<bool>(m_demoMaker));
}

void MainWindow::setDialogRunner(DialogRunner runner)
{
    m_runDialog = std::move(runner);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New project…"), this, &MainWindow::newProject);
    newAction->setObjectName(QStringLiteral("newProjectAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::openProjectDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_backupAction = file->addAction(tr("Save a &backup copy…"), this, &MainWindow::saveBackup);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_restoreAction = file->addAction(tr("Res&tore from a backup…"), this, [this] { restoreFromBackup(); });
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_anonymiseAction = file->addAction(tr("&Anonymise…"), this, [this] {
        if (m_session) {
            PersonRightsActions::anonymise(m_session->context(), this);
        }
    });
    m_anonymiseAction->setObjectName(QStringLiteral("anonymiseAction"));
    m_anonymiseAction->setToolTip(tr("After the archiving date: replace the names, PESEL numbers, addresses and "
                                     "contacts of every person, keeping the indicators as they are."));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup.createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup.createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);

    m_projectMenu = menuBar()->addMenu(tr("&Project"));
    QAction* settingsAction =
        m_projectMenu->addAction(tr("&Settings…"), this, [this] { openProjectSettings(SettingsTab::Project); });
    settingsAction->setObjectName(QStringLiteral("projectSettingsAction"));
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* startAction =
        m_projectMenu->addAction(tr("S&tart page"), this, [this] { showSection(QStringLiteral("start")); });
    startAction->setObjectName(QStringLiteral("startPageAction"));
    QAction* historyAction = m_projectMenu->addAction(tr("Change &history…"), this, [this] {
        if (m_session) {
            ChangeHistoryDialog dialog(m_session->context(), this);
            m_runDialog(dialog);
        }
    });
    historyAction->setObjectName(QStringLiteral("changeHistoryAction"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Every section a key press away, in the order of the navigation list: Ctrl+1 … Ctrl+9,
    // Ctrl+0 for the tenth, Alt+1 … for the rest. The menu shows each key beside its section.
    for (int i = 0; i < m_entries.size(); ++i) {
        QAction* go = view->addAction(m_entries[i].title, this, [this, i] {
            if (m_session) {
                m_navigation->setCurrentRow(i);
            }
        });
        go->setObjectName(QStringLiteral("section_") + m_entries[i].id);
        go->setShortcut(sectionShortcut(i));
        m_sectionActions.append(go);
        if (QListWidgetItem* item = m_navigation->item(i); item && !go->shortcut().isEmpty()) {
            item->setToolTip(go->shortcut().toString(QKeySequence::NativeText));
        }
    }
    view->addSeparator();
    m_history = new QDockWidget(tr("Undo history"), this);
    m_history->setObjectName(QStringLiteral("undoHistory"));
    m_history->setWidget(new QUndoView(&m_undoGroup, m_history));
    addDockWidget(Qt::RightDockWidgetArea, m_history);
    m_history->hide();
    view->addAction(m_history->toggleViewAction());
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString current = AppTranslator::resolve(m_settings.language());
    for (const auto& [code, name] : {std::pair{AppSettings::polish, QStringLiteral("Polski")},
                                     std::pair{AppSettings::english, QStringLiteral("English")}}) {
        QAction* action = language->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Osiedle"), this, &MainWindow::about)->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    int number = 1;
    for (const QString& path : files) {
        QAction* action =
            m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("(no recent projects)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this, [this] { m_settings.clearRecentFiles(); });
}

void MainWindow::start(const QString& requested)
{
    if (!requested.isEmpty()) {
        openFile(requested);
        return;
    }
    const QString last = m_settings.lastFile();
    if (last.isEmpty()) {
        return;
    }
    if (!QFileInfo::exists(last)) {
        statusBar()->showMessage(
            tr("The project used last, %1, is no longer there.").arg(QDir::toNativeSeparators(last)));
        return;
    }
    openFile(last);
}

bool MainWindow::openFile(const QString& path)
{
    if (m_session && samePath(m_session->path(), path)) {
        return true;
    }
    auto opened = ProjectOpening::open(path, m_prompt, this);
    if (!opened.db) {
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            m_welcome->setRecentFiles(m_settings.recentFiles());
        }
        if (opened.restoreWanted) {
            restoreFromBackup(path);
        }
        return false;
    }
    adopt(std::move(opened.db));
    return true;
}

void MainWindow::adopt(std::unique_ptr<core::Database> db, const QString& copyOf)
{
    clearSections();
    m_session = std::make_unique<ProjectSession>(std::move(db), m_prompt);
    m_session->context().navigator = this;
    m_session->context().settings = &m_settings;
    connect(&m_session->changes(), &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Project) {
            refreshReferenceDay();
        }
    });
    m_session->setCopyOf(copyOf);
    m_person->setDatabase(&m_session->db());
    if (m_askWhoIsWorking) {
        m_person->askWhoIsWorking(m_prompt);
    }
    m_undoGroup.addStack(&m_session->undo());
    m_undoGroup.setActiveStack(&m_session->undo());
    if (copyOf.isEmpty()) {
        m_settings.noteFileOpened(m_session->path());
    }
    m_navigation->setEnabled(true);
    for (QAction* go : std::as_const(m_sectionActions)) {
        go->setEnabled(true);
    }
    m_backupAction->setEnabled(true);
    m_anonymiseAction->setEnabled(true);
    m_projectMenu->setEnabled(true);
    m_restoreAction->setEnabled(true);
    updateTitle();
    refreshReferenceDay();
    startOpeningCheck();

    // A project still being set up opens on its start page; one with data everywhere on the
    // section used last (the first time, the participants, the heart of the project).
    const auto progress = core::SetupProgress::compute(m_session->db());
    if (progress && !progress->complete()) {
        showSection(QStringLiteral("start"));
    } else if (!showSection(m_settings.lastSection()) && !showSection(QStringLiteral("participants"))) {
        showSection(m_entries.first().id);
    }
}

void MainWindow::clearSections()
{
    QObject::disconnect(m_statusConnection);
    m_sectionStatus->clear();
    for (QWidget*& section : m_sections) {
        delete section;
        section = nullptr;
    }
    m_person->setDatabase(nullptr);
    m_session.reset();
    m_stack->setCurrentWidget(m_welcome);
    m_welcome->setRecentFiles(m_settings.recentFiles());
    const QSignalBlocker blocker(m_navigation);
    m_navigation->setCurrentRow(-1);
    m_navigation->setEnabled(false);
    for (QAction* go : std::as_const(m_sectionActions)) {
        go->setEnabled(false);
    }
    m_backupAction->setEnabled(false);
    m_anonymiseAction->setEnabled(false);
    m_projectMenu->setEnabled(false);
    m_referenceDay->clear();
    m_restoreAction->setEnabled(false);
}

QString MainWindow::currentSectionId() const
{
    const int row = m_navigation->currentRow();
    return m_session && row >= 0 && m_stack->currentWidget() == m_sections[row] ? m_entries[row].id : QString();
}

bool MainWindow::showSection(const QString& id)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id && m_session) {
            m_navigation->setCurrentRow(i); // shows it through currentRowChanged
            showSectionAt(i);
            return true;
        }
    }
    return false;
}

bool MainWindow::showRecords(const QString& id, const QString& what)
{
    if (!showSection(id)) {
        return false;
    }
    // A section without showRecords is just shown.
    if (QWidget* section = sectionWidget(id);
        section != nullptr && section->metaObject()->indexOfMethod("showRecords(QString)") >= 0) {
        QMetaObject::invokeMethod(section, "showRecords", Q_ARG(QString, what));
    }
    return true;
}

QWidget* MainWindow::sectionWidget(const QString& id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].id == id) {
            return m_sections[i];
        }
    }
    return nullptr;
}

void MainWindow::showSectionAt(int index)
{
    if (!m_session || index < 0 || index >= m_entries.size()) {
        return;
    }
    QWidget*& section = m_sections[index];
    if (section == nullptr) {
        section = m_entries[index].create(m_session->context(), m_stack);
        if (section->objectName().isEmpty()) {
            section->setObjectName(QStringLiteral("section_") + m_entries[index].id);
        }
        m_stack->addWidget(section);
    }
    if (m_stack->currentWidget() == section) {
        return;
    }
    m_stack->setCurrentWidget(section);
    m_settings.setLastSection(m_entries[index].id);

    QObject::disconnect(m_statusConnection);
    m_sectionStatus->clear();
    const QMetaObject* meta = section->metaObject();
    const int property = meta->indexOfProperty("statusText");
    if (property >= 0) {
        const QMetaProperty status = meta->property(property);
        if (status.hasNotifySignal()) {
            m_statusConnection = connect(section, status.notifySignal(), this,
                                         metaObject()->method(metaObject()->indexOfSlot("refreshSectionStatus()")));
        }
    }
    refreshSectionStatus();
}

void MainWindow::refreshReferenceDay()
{
    if (!m_session) {
        m_referenceDay->clear();
        return;
    }
    QDate end;
    try {
        end = core::ProjectRepository(m_session->db()).endDate();
    } catch (const core::StorageError&) {
        end = QDate();
    }
    const QDate day = core::ReferenceDay::of(end);
    m_referenceDay->setText(core::ReferenceDay::projectOver(end)
                                ? tr("Reference day: %1 (the project has ended)").arg(FormErrors::dateText(day))
                                : tr("Reference day: %1 (today)").arg(FormErrors::dateText(day)));
}

QString MainWindow::referenceDayText() const
{
    return m_referenceDay->text();
}

void MainWindow::openProjectSettings(SettingsTab tab)
{
    if (!m_session) {
        return;
    }
    ProjectSettingsDialog dialog(m_session->context(), this);
    dialog.showTab(tab);
    m_runDialog(dialog);
}

void MainWindow::refreshSectionStatus()
{
    QWidget* section = m_stack->currentWidget();
    m_sectionStatus->setText(section == m_welcome ? QString() : section->property("statusText").toString());
}

void MainWindow::updateTitle()
{
    if (m_session) {
        const QString name = QFileInfo(m_session->path()).fileName();
        setWindowTitle(!m_session->copyOf().isEmpty() ? tr("%1 (backup copy, read-only) — Osiedle").arg(name)
                       : m_session->db().isReadOnly() ? tr("%1 (read-only) — Osiedle").arg(name)
                                                      : tr("%1 — Osiedle").arg(name));
        setWindowFilePath(m_session->path());
    } else {
        setWindowTitle(QStringLiteral("Osiedle"));
        setWindowFilePath({});
    }
}

void MainWindow::newProject()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_prompt.saveFileName(this, tr("New project"), QDir(documents).filePath(tr("project.osiedle")),
                                         tr("Osiedle projects (*.osiedle)"));
    if (path.isEmpty()) {
        return;
    }
    path = withSuffix(path);
    if (m_session && samePath(m_session->path(), path)) {
        m_prompt.error(this, tr("Cannot create the project"),
                       tr("%1 is the project open now; choose another file name.").arg(QFileInfo(path).fileName()));
        return;
    }
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        m_prompt.error(
            this, tr("Cannot create the project"),
            tr("%1 already exists; a new project needs a new file name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    NewProjectDialog dialog(QFileInfo(path).completeBaseName(), QDate::currentDate(), this);
    dialog.setPrompt(&m_prompt);
    if (m_runDialog(dialog) != QDialog::Accepted) {
        return;
    }
    auto created = core::ProjectService::createFile(path, dialog.details());
    if (!created) {
        m_prompt.error(this, tr("Cannot create the project"), created.error().message);
        return;
    }
    created.value().reset(); // closed, so that it opens as any other file
    openFile(path);
}

void MainWindow::openProjectDialog()
{
    const QString path =
        m_prompt.openFileName(this, tr("Open a project"), tr("Osiedle projects (*.osiedle);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::openDemo()
{
    if (!m_demoMaker) {
        return;
    }
    if (!QFileInfo::exists(m_demoPath)) {
        QDir().mkpath(QFileInfo(m_demoPath).absolutePath());
        // Off the window's thread, under a progress dialog; it takes a moment and is not
        // cancelled halfway (the file is written in one transaction and would have to be removed).
        const QString error =
            ProgressTask::run<QString>(this, tr("Open the demo project"), tr("Creating the demo project…"), false,
                                       [this](ProgressTask::Progress&) { return m_demoMaker(m_demoPath); });
        if (!error.isEmpty()) {
            m_prompt.error(this, tr("Cannot create the demo project"), error);
            return;
        }
    }
    openFile(m_demoPath);
}

void MainWindow::saveBackup()
{
    if (!m_session) {
        return;
    }
    const QFileInfo current(m_session->path());
    const QString suggested = current.dir().filePath(
        QStringLiteral("%1-%2.osiedle").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    // A copy to carry away is offered encrypted first; a plain .osiedle opens as a project.
    QString path = m_prompt.saveFileName(this, tr("Save a backup copy"), ProtectedExport::suggestedName(suggested),
                                         ProtectedExport::filter(tr("Osiedle projects (*.osiedle)")));
    if (path.isEmpty()) {
        return;
    }
    if (!ProtectedExport::isArchive(path)) {
        path = withSuffix(path);
    }
    if (samePath(path, m_session->path())) {
        m_prompt.error(this, tr("Cannot save the backup copy"),
                       tr("A backup copy cannot replace the project itself; choose another file name."));
        return;
    }
    // On a thread of its own (a large file takes seconds), from a read connection of its own: the
    // window keeps answering and the copy can be cancelled. A copy to carry away may be sealed.
    const QString source = m_session->path();
    bool cancelled = false;
    const auto copy = [this, &source, &cancelled](const QString& target) {
        return ProgressTask::run<core::Status>(
            this, tr("Save a backup copy"), tr("Saving the backup copy…"), true,
            [&source, &target, &cancelled](ProgressTask::Progress& progress) -> core::Status {
                auto reader = core::Database::openReader(source);
                if (!reader) {
                    return reader.error();
                }
                return (*reader)->backupTo(target, [&](int done, int total) {
                    cancelled = !progress.report(done, total);
                    return !cancelled;
                });
            });
    };
    const core::Status saved =
        ProtectedExport::write(m_prompt, this, path, QStringLiteral("osiedle"), copy,
                               core::OutputOptions{core::OutputOptions::Replace::BackupCopies, m_session->path()});
    if (cancelled) {
        statusBar()->showMessage(tr("The backup copy was cancelled."), 8000);
        return;
    }
    if (!saved) {
        m_prompt.error(this, tr("Cannot save the backup copy"), saved.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup copy saved as %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::about()
{
    const QString text =
        QStringLiteral("<h3>Osiedle %1</h3><p>%2</p><p>%3</p><p><i>%4</i></p>")
            .arg(core::ProgramVersion::text().toHtmlEscaped(),
                 tr("Records of a project that founds social cooperatives together with housing cooperatives: "
                    "recruitment, training, work orders, tenant debt and indicator reports."),
                 tr("Free software under the GNU General Public License, version 3 or later "
                    "(GPL-3.0-or-later)."),
                 QString::fromUtf8(euCoFinancing));
    m_prompt.information(this, tr("About Osiedle"), text);
}

void MainWindow::chooseLanguage(const QString& code)
{
    if (code == AppTranslator::resolve(m_settings.language())) {
        return;
    }
    m_settings.setLanguage(code);
    m_settings.sync();
    // The whole window is built in one language; the new one applies from the next start.
    m_prompt.information(this, tr("Language"), tr("The new language will be used the next time Osiedle starts."));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace osiedle::ui
