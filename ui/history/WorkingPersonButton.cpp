#include "ui/history/WorkingPersonButton.h"

#include "core/common/SystemUser.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppSettings.h"

#include <QMenu>

namespace osiedle::ui {

WorkingPersonButton::WorkingPersonButton(AppSettings& settings, QWidget* parent)
    : QToolButton(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("workingPerson"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolTip(tr("Every change is recorded in the change history under this name. Choose who is working."));
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("workingPersonMenu"));
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &WorkingPersonButton::fillMenu);
    setDatabase(nullptr);
}

void WorkingPersonButton::setDatabase(core::Database* db)
{
    m_db = db;
    setVisible(db != nullptr);
    if (m_db != nullptr) {
        m_db->setWorkingPerson(m_settings.workingPerson());
    }
    updateText();
}

void WorkingPersonButton::choose(const QString& name)
{
    m_settings.setWorkingPerson(name);
    if (m_db != nullptr) {
        m_db->setWorkingPerson(name);
    }
    updateText();
}

void WorkingPersonButton::fillMenu()
{
    QMenu* list = menu();
    list->clear();
    if (m_db == nullptr) {
        return;
    }
    const QString current = m_db->workingPerson();
    auto add = [&](const QString& text, const QString& name) {
        QAction* action = list->addAction(text, this, [this, name] { choose(name); });
        action->setCheckable(true);
        action->setChecked((name.isEmpty() ? core::SystemUser::name() : name) == current);
    };
    QList<core::StaffMember> staff;
    try {
        staff = core::ProjectRepository(*m_db).staff();
    } catch (const core::StorageError&) {
        staff.clear();
    }
    if (staff.isEmpty()) {
        list->addAction(tr("(no office staff in the project settings)"))->setEnabled(false);
    }
    for (const core::StaffMember& member : staff) {
        add(member.signatureLine(), member.name);
    }
    list->addSeparator();
    add(tr("System user (%1)").arg(core::SystemUser::name()), QString());
}

void WorkingPersonButton::updateText()
{
    setText(m_db != nullptr ? tr("Working: %1").arg(m_db->workingPerson()) : QString());
}

} // namespace osiedle::ui
