#pragma once

#include "ui/common/Navigator.h"

#include <QDialog>

class QTabWidget;

namespace osiedle::ui {

struct AppContext;
class PartnersTab;
class PeriodsTab;
class PrintedIdentityTab;
class ProjectDetailsTab;
class RulesTab;
class StaffTab;

/// The project's settings in one dialog of tabs: the project, partners, office staff, rules,
/// reporting periods and the printed identity (logo strip). Every change goes on the
/// project's undo stack (its Undo and Redo buttons are the Edit menu's); the project tab's
/// edits are saved with its button, or asked about when the dialog closes.
class ProjectSettingsDialog : public QDialog {
    Q_OBJECT

public:
    ProjectSettingsDialog(AppContext& context, QWidget* parent = nullptr);

    void showTab(Navigator::SettingsTab tab);
    ProjectDetailsTab* projectTab() const { return m_project; }
    PartnersTab* partnersTab() const { return m_partners; }
    StaffTab* staffTab() const { return m_staff; }
    RulesTab* rulesTab() const { return m_rules; }
    PeriodsTab* periodsTab() const { return m_periods; }
    PrintedIdentityTab* identityTab() const { return m_identity; }

public slots:
    void reject() override;

private:
    AppContext& m_context;
    QTabWidget* m_tabs;
    ProjectDetailsTab* m_project;
    PartnersTab* m_partners;
    StaffTab* m_staff;
    RulesTab* m_rules;
    PeriodsTab* m_periods;
    PrintedIdentityTab* m_identity;
};

} // namespace osiedle::ui
