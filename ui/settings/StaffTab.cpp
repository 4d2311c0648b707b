#include "ui/settings/StaffTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/products/RecordPanel.h"
#include "ui/settings/SettingsRecords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace osiedle::ui {

StaffTab::StaffTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_panel(
          new products::RecordPanel(QStringLiteral("staff"), {tr("Name"), tr("Role"), tr("Position printed")}, this)),
      m_signatory(new QComboBox(this)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_position(new QLineEdit(this))
{
    setObjectName(QStringLiteral("staffTab"));
    m_signatory->setObjectName(QStringLiteral("signatory"));
    m_name->setObjectName(QStringLiteral("staffName"));
    m_role->setObjectName(QStringLiteral("staffRole"));
    m_position->setObjectName(QStringLiteral("staffPosition"));
    m_position->setPlaceholderText(tr("e.g. Koordynatorka projektu (empty: the role's name)"));
    for (const core::StaffRole role : core::allValues<core::StaffRole>()) {
        m_role->addItem(core::label(role), core::key(role));
    }
    m_panel->addField(tr("Name"), m_name, QStringLiteral("name"));
    m_panel->addField(tr("Role"), m_role, QStringLiteral("role"));
    m_panel->addField(tr("Position printed"), m_position, QStringLiteral("position"));

    auto* intro = new QLabel(tr("The people of the office are offered wherever a document is signed: the report's "
                                "\"prepared by\", attendance lists, certificates and acceptance protocols."),
                             this);
    intro->setWordWrap(true);
    auto* top = new QFormLayout;
    top->addRow(tr("Signs documents by default"), m_signatory);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_panel, 1);

    connect(m_panel, &products::RecordPanel::shown, this, &StaffTab::display);
    connect(m_panel, &products::RecordPanel::saveClicked, this, [this] { save(); });
    connect(m_panel, &products::RecordPanel::removeClicked, this, [this] { remove(); });
    connect(m_signatory, &QComboBox::activated, this,
            [this](int index) { setSignatory(m_signatory->itemData(index).toLongLong()); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Project) {
            reload();
        }
    });
    reload();
    m_panel->show(0);
}

void StaffTab::reload()
{
    std::optional<core::Project> project;
    try {
        core::ProjectRepository repo(m_context.db);
        m_staff = repo.staff();
        project = repo.project();
    } catch (const core::StorageError& e) {
        m_panel->errors().show({{QString(), e.message()}});
        return;
    }
    QList<qint64> ids;
    QList<QStringList> cells;
    for (const core::StaffMember& m : m_staff) {
        ids << m.id;
        cells << QStringList{m.name, core::label(m.role), m.printedRole()};
    }
    m_panel->setRows(ids, cells);

    const QSignalBlocker block(m_signatory);
    m_signatory->clear();
    m_signatory->addItem(tr("(the first coordinator)"), 0);
    for (const core::StaffMember& m : m_staff) {
        m_signatory->addItem(m.signatureLine(), m.id);
    }
    const qint64 chosen = project && project->signatoryId ? *project->signatoryId : 0;
    m_signatory->setCurrentIndex(std::max(0, m_signatory->findData(chosen)));
}

void StaffTab::display(qint64 id)
{
    core::StaffMember shown;
    for (const core::StaffMember& m : m_staff) {
        if (m.id == id) {
            shown = m;
        }
    }
    m_name->setText(shown.name);
    m_role->setCurrentIndex(m_role->findData(core::key(shown.role)));
    m_position->setText(shown.position);
}

bool StaffTab::save()
{
    core::StaffMember m;
    m.id = m_panel->currentId();
    m.name = m_name->text();
    m.role = core::parseKey<core::StaffRole>(m_role->currentData().toString()).value_or(core::StaffRole::Other);
    m.position = m_position->text();
    AppContext& context = m_context;
    const auto saved = saveRecord<core::StaffMember>(
        m_context, this, *m_panel,
        [&](core::FieldErrors* errors) { return settingsService(context).saveStaffMember(m, errors); },
        [&context](const core::StaffMember& member) { return settingsService(context).restoreStaffMember(member); },
        [&context](qint64 id) { return settingsService(context).removeStaffMember(id); }, tr("Edit %1 (office staff)"),
        tr("Add %1 to the office staff"));
    if (!saved) {
        return false;
    }
    reload();
    m_panel->show(saved->id);
    return true;
}

bool StaffTab::remove()
{
    const qint64 id = m_panel->currentId();
    if (id == 0) {
        return false;
    }
    const auto removed = settingsService(m_context).removeStaffMember(id);
    if (!removed) {
        m_panel->errors().show({{QString(), removed.error().message}});
        return false;
    }
    AppContext& context = m_context;
    pushUndo(
        m_context, this, tr("Remove %1 from the office staff").arg(removed->member.name), tr("Undo"),
        [&context, removed = *removed] { return settingsService(context).restoreStaffMember(removed); },
        [&context, id] { return settingsService(context).removeStaffMember(id); });
    reload();
    m_panel->show(0);
    return true;
}

bool StaffTab::setSignatory(qint64 id)
{
    core::ProjectSettingsService service(m_context.db, &m_context.changes);
    auto project = service.project();
    if (!project) {
        m_panel->errors().show({{QString(), project.error().message}});
        return false;
    }
    core::Project wanted = *project;
    wanted.signatoryId = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    if (wanted == *project) {
        return true;
    }
    const auto saved = service.update(wanted);
    if (!saved) {
        m_panel->errors().show({{QStringLiteral("signatory"), saved.error().message}});
        reload();
        return false;
    }
    AppContext& context = m_context;
    pushChange(
        m_context, this, tr("Default signatory"),
        [&context](const core::Project& p) { return settingsService(context).restore(p, std::nullopt); }, saved->before,
        saved->after);
    return true;
}

} // namespace osiedle::ui
