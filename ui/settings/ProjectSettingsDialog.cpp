#include "ui/settings/ProjectSettingsDialog.h"

#include "ui/common/AppContext.h"
#include "ui/common/FormErrors.h"
#include "ui/settings/PartnersTab.h"
#include "ui/settings/PeriodsTab.h"
#include "ui/settings/PrintedIdentityTab.h"
#include "ui/settings/ProjectDetailsTab.h"
#include "ui/settings/RulesTab.h"
#include "ui/settings/StaffTab.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

ProjectSettingsDialog::ProjectSettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)), m_project(new ProjectDetailsTab(context)),
      m_partners(new PartnersTab(context)), m_staff(new StaffTab(context)), m_rules(new RulesTab(context)),
      m_periods(new PeriodsTab(context)), m_identity(new PrintedIdentityTab(context))
{
    setObjectName(QStringLiteral("projectSettingsDialog"));
    setWindowTitle(tr("Project settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(m_project, tr("Project"));
    m_tabs->addTab(m_partners, tr("Partners"));
    m_tabs->addTab(m_staff, tr("Office staff"));
    m_tabs->addTab(m_rules, tr("Rules"));
    m_tabs->addTab(m_periods, tr("Reporting periods"));
    m_tabs->addTab(m_identity, tr("Printed identity"));

    // The project's undo stack, reachable while this dialog is open.
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QAction* undo = m_context.undo.createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_context.undo.createRedoAction(this, tr("Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(undo);
    addAction(redo);
    for (auto [action, name] : {std::pair{undo, "undoSetting"}, std::pair{redo, "redoSetting"}}) {
        auto* button = buttons->addButton(tr("Undo"), QDialogButtonBox::ResetRole);
        button->setObjectName(QString::fromLatin1(name));
        const auto follow = [button, action = action] {
            button->setText(action->text());
            button->setEnabled(action->isEnabled());
        };
        connect(action, &QAction::changed, button, follow);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        follow();
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectSettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(940, 660); // fits a 1366 × 768 screen with the window's frame
}

void ProjectSettingsDialog::showTab(Navigator::SettingsTab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ProjectSettingsDialog::reject()
{
    if (m_project->isModified() &&
        !FormErrors::mayClose(m_context.prompt, this, tr("Save the changes of the project's details?"),
                              [this] { return m_project->save(); })) {
        return;
    }
    QDialog::reject();
}

} // namespace osiedle::ui
