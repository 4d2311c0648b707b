#include "ui/history/WorkingPersonButton.h"

#include "core/common/SystemUser.h"
#include "core/storage/Database.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppSettings.h"
#include "ui/common/UserPrompt.h"

#include <QMenu>
#include <QTimer>

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
    ++m_openings;
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

void WorkingPersonButton::askWhoIsWorking(UserPrompt& prompt)
{
    // Another project opened (or none) before the question is asked: that one's own opening asks.
    QTimer::singleShot(0, this, [this, &prompt, opening = m_openings] {
        if (m_openings == opening && m_db != nullptr) {
            ask(prompt);
        }
    });
}

void WorkingPersonButton::ask(UserPrompt& prompt)
{
    if (m_db->isReadOnly()) {
        return;
    }
    QList<core::StaffMember> staff;
    try {
        staff = core::ProjectRepository(*m_db).staff();
    } catch (const core::StorageError&) {
        return; // the file's own check reports what is wrong with it
    }
    const QString remembered = m_settings.workingPerson();
    QStringList items;
    for (const core::StaffMember& member : staff) {
        if (member.name == remembered) {
            return;
        }
        items << member.signatureLine();
    }
    if (items.isEmpty()) {
        return;
    }
    items << tr("System user (%1)").arg(core::SystemUser::name());
    const int chosen = prompt.chooseItem(
        window(), tr("Who is working?"),
        tr("Every change is recorded in the change history\nunder the name of the person working.\nWho is working?"),
        items, 0);
    if (chosen < 0) {
        m_db->setWorkingPerson(QString());
        updateText();
        return;
    }
    choose(chosen < staff.size() ? staff.at(chosen).name : QString());
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
