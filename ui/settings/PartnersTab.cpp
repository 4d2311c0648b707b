#include "ui/settings/PartnersTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/products/RecordPanel.h"
#include "ui/settings/SettingsRecords.h"

#include <QComboBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QLineEdit* line(const char* name, QWidget* parent, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

PartnersTab::PartnersTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context),
      m_panel(new products::RecordPanel(QStringLiteral("partner"),
                                        {tr("Name"), tr("Role"), tr("NIP"), tr("Responsible for")}, this)),
      m_name(line("partnerName", this)), m_role(new QComboBox(this)), m_krs(line("partnerKrs", this, tr("10 digits"))),
      m_nip(line("partnerNip", this, tr("10 digits"))), m_regon(line("partnerRegon", this, tr("9 or 14 digits"))),
      m_address(line("partnerAddress", this)), m_contact(line("partnerContact", this, tr("name, phone, e-mail"))),
      m_responsibility(line("partnerResponsibility", this, tr("e.g. recruitment of housing cooperatives")))
{
    setObjectName(QStringLiteral("partnersTab"));
    m_role->setObjectName(QStringLiteral("partnerRole"));
    for (const core::PartnerRole role : core::allValues<core::PartnerRole>()) {
        m_role->addItem(core::label(role), core::key(role));
    }
    m_panel->addField(tr("Name"), m_name, QStringLiteral("name"));
    m_panel->addField(tr("Role in the project"), m_role, QStringLiteral("role"));
    m_panel->addField(tr("KRS"), m_krs, QStringLiteral("krs"));
    m_panel->addField(tr("NIP"), m_nip, QStringLiteral("nip"));
    m_panel->addField(tr("REGON"), m_regon, QStringLiteral("regon"));
    m_panel->addField(tr("Address"), m_address, QStringLiteral("address"));
    m_panel->addField(tr("Contact person"), m_contact, QStringLiteral("contact"));
    m_panel->addField(tr("Responsible for"), m_responsibility, QStringLiteral("responsibility"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);

    connect(m_panel, &products::RecordPanel::shown, this, &PartnersTab::display);
    connect(m_panel, &products::RecordPanel::saveClicked, this, [this] { save(); });
    connect(m_panel, &products::RecordPanel::removeClicked, this, [this] { remove(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Project) {
            reload();
        }
    });
    reload();
    m_panel->show(0);
}

void PartnersTab::reload()
{
    try {
        m_partners = core::ProjectRepository(m_context.db).partners();
    } catch (const core::StorageError& e) {
        m_panel->errors().show({{QString(), e.message()}});
        return;
    }
    QList<qint64> ids;
    QList<QStringList> cells;
    for (const core::Partner& p : m_partners) {
        ids << p.id;
        cells << QStringList{p.name, core::label(p.role), p.nip, p.responsibility};
    }
    m_panel->setRows(ids, cells);
}

void PartnersTab::display(qint64 id)
{
    core::Partner shown;
    for (const core::Partner& p : m_partners) {
        if (p.id == id) {
            shown = p;
        }
    }
    if (id == 0) {
        // The first one entered is usually the leader.
        shown.role = m_partners.isEmpty() ? core::PartnerRole::Leader : core::PartnerRole::Partner;
    }
    m_name->setText(shown.name);
    m_role->setCurrentIndex(m_role->findData(core::key(shown.role)));
    m_krs->setText(shown.krs);
    m_nip->setText(shown.nip);
    m_regon->setText(shown.regon);
    m_address->setText(shown.address);
    m_contact->setText(shown.contact);
    m_responsibility->setText(shown.responsibility);
}

bool PartnersTab::save()
{
    core::Partner p;
    p.id = m_panel->currentId();
    p.name = m_name->text();
    p.role = core::parseKey<core::PartnerRole>(m_role->currentData().toString()).value_or(core::PartnerRole::Partner);
    p.krs = m_krs->text();
    p.nip = m_nip->text();
    p.regon = m_regon->text();
    p.address = m_address->text();
    p.contact = m_contact->text();
    p.responsibility = m_responsibility->text();
    AppContext& context = m_context;
    const auto saved = saveRecord<core::Partner>(
        m_context, this, *m_panel,
        [&](core::FieldErrors* errors) { return settingsService(context).savePartner(p, errors); },
        [&context](const core::Partner& partner) { return settingsService(context).restorePartner(partner); },
        [&context](qint64 id) { return settingsService(context).removePartner(id); }, tr("Edit partner %1"),
        tr("Add partner %1"));
    if (!saved) {
        return false;
    }
    reload();
    m_panel->show(saved->id);
    return true;
}

bool PartnersTab::remove()
{
    const qint64 id = m_panel->currentId();
    if (id == 0) {
        return false;
    }
    AppContext& context = m_context;
    const auto removed = settingsService(m_context).removePartner(id);
    if (!removed) {
        m_panel->errors().show({{QString(), removed.error().message}});
        return false;
    }
    pushRemoved(
        m_context, this, *removed, tr("Remove partner %1").arg(removed->name),
        [&context](const core::Partner& p) { return settingsService(context).restorePartner(p); },
        [&context](qint64 partnerId) { return settingsService(context).removePartner(partnerId); });
    reload();
    m_panel->show(0);
    return true;
}

} // namespace osiedle::ui
