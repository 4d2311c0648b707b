#include "ui/housingcoops/HousingCoopForm.h"

#include "core/storage/InstitutionRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/DialogButtons.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"
#include "ui/history/ChangeHistoryPanel.h"
#include "ui/participants/TerytPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace osiedle::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

HousingCoopForm::HousingCoopForm(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_service(context.db, context.changes)
{
    setObjectName(QStringLiteral("housingCoopForm"));
    auto* outer = new QVBoxLayout(this);
    m_general = new QLabel(this);
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->hide();
    outer->addWidget(m_general);
    m_errors = FormErrors(m_general);
    auto* form = new QFormLayout;
    // The card's fields, and beside them who changed the SM's records what and when.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("cardTabs"));
    auto* card = new QWidget(tabs);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addLayout(form);
    cardLayout->addStretch(1);
    tabs->addTab(card, tr("&Card"));
    outer->addWidget(tabs, 1);
    m_name = lineEdit(this, "name");
    m_krs = lineEdit(this, "krs", tr("10 digits"));
    m_nip = lineEdit(this, "nip", tr("NNN-NNN-NN-NN"));
    m_regon = lineEdit(this, "regon", tr("9 or 14 digits"));
    m_teryt = new TerytPicker(this);
    m_locality = lineEdit(this, "locality");
    m_street = lineEdit(this, "street");
    m_building = lineEdit(this, "building");
    m_postalCode = lineEdit(this, "postalCode", tr("NN-NNN"));
    m_contact = lineEdit(this, "contactPerson");
    m_phone = lineEdit(this, "phone");
    m_email = lineEdit(this, "email");
    m_flats = lineEdit(this, "flats");
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const core::HousingCoopStatus s : core::allValues<core::HousingCoopStatus>()) {
        m_status->addItem(core::label(s), core::key(s));
    }
    m_appliedOn = lineEdit(this, "appliedOn", tr("DD.MM.YYYY"));
    m_statusOn = lineEdit(this, "statusOn", tr("DD.MM.YYYY"));
    m_reason = lineEdit(this, "statusReason");
    m_institutions = new QListWidget(this);
    m_institutions->setObjectName(QStringLiteral("institutions"));
    m_institutions->setMaximumHeight(110);
    try {
        for (const core::Institution& i : core::InstitutionRepository(context.db).list()) {
            auto* item =
                new QListWidgetItem(QStringLiteral("%1 (%2)").arg(i.name, core::label(i.kind)), m_institutions);
            item->setData(Qt::UserRole, i.id);
            item->setCheckState(Qt::Unchecked);
        }
    } catch (const core::StorageError& e) {
        m_general->setText(e.message());
        m_general->show();
    }
    m_errors.addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    m_errors.addRow(form, tr("KRS"), m_krs, QStringLiteral("krs"));
    m_errors.addRow(form, tr("NIP"), m_nip, QStringLiteral("nip"));
    m_errors.addRow(form, tr("REGON"), m_regon, QStringLiteral("regon"));
    m_errors.addRow(form, tr("Gmina (TERYT)"), m_teryt, QStringLiteral("teryt"));
    m_errors.addRow(form, tr("Locality"), m_locality, QStringLiteral("locality"));
    m_errors.addRow(form, tr("Street"), m_street, QStringLiteral("street"));
    m_errors.addRow(form, tr("Building"), m_building, QStringLiteral("building"));
    m_errors.addRow(form, tr("Postal code"), m_postalCode, QStringLiteral("postal_code"));
    m_errors.addRow(form, tr("Contact person"), m_contact, QStringLiteral("contact_person"));
    m_errors.addRow(form, tr("Phone"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(form, tr("E-mail"), m_email, QStringLiteral("email"));
    m_errors.addRow(form, tr("Number of flats"), m_flats, QStringLiteral("flats"));
    m_errors.addRow(form, tr("Recruitment status"), m_status, QStringLiteral("status"));
    m_errors.addRow(form, tr("Applied on"), m_appliedOn, QStringLiteral("applied_on"));
    m_errors.addRow(form, tr("Decision on"), m_statusOn, QStringLiteral("status_on"));
    m_errors.addRow(form, tr("Reason"), m_reason, QStringLiteral("status_reason"));
    m_errors.addRow(form, tr("OPS and PUP serving it"), m_institutions, QStringLiteral("institutions"));
    auto* addInstitutions = new QHBoxLayout;
    for (const core::InstitutionKind kind : core::allValues<core::InstitutionKind>()) {
        auto* add = new QPushButton(kind == core::InstitutionKind::Ops ? tr("Add OPS…") : tr("Add PUP…"), this);
        add->setObjectName(kind == core::InstitutionKind::Ops ? QStringLiteral("addOps") : QStringLiteral("addPup"));
        connect(add, &QPushButton::clicked, this, [this, kind] { addInstitution(kind); });
        addInstitutions->addWidget(add);
    }
    addInstitutions->addStretch(1);
    form->addRow(QString(), addInstitutions);

    if (id > 0) {
        if (const auto h = m_service.find(id)) {
            m_original = *h;
        }
    }
    const core::HousingCoop& h = m_original;
    tabs->addTab(new ChangeHistoryPanel(m_context, QStringLiteral("housing_coop"), h.id, tabs), tr("&History"));
    tabs->setTabEnabled(1, h.id > 0);
    m_name->setText(h.name);
    m_krs->setText(h.krs);
    m_nip->setText(h.nip);
    m_regon->setText(h.regon);
    m_teryt->setCode(h.teryt);
    m_locality->setText(h.locality);
    m_street->setText(h.street);
    m_building->setText(h.building);
    m_postalCode->setText(h.postalCode);
    m_contact->setText(h.contactPerson);
    m_phone->setText(h.phone);
    m_email->setText(h.email);
    m_flats->setText(h.flats ? QString::number(*h.flats) : QString());
    m_status->setCurrentIndex(std::max(0, m_status->findData(core::key(h.status))));
    m_appliedOn->setText(FormErrors::dateText(h.appliedOn));
    m_statusOn->setText(FormErrors::dateText(h.statusOn));
    m_reason->setText(h.statusReason);
    for (int i = 0; i < m_institutions->count(); ++i) {
        QListWidgetItem* item = m_institutions->item(i);
        item->setCheckState(h.institutionIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    setWindowTitle(h.id > 0 ? tr("Housing cooperative: %1").arg(h.name) : tr("New housing cooperative"));

    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    }
    connect(m_status, &QComboBox::activated, this, [this] { m_dirty = true; });
    connect(m_teryt, &TerytPicker::codeChanged, this,
            [this](const QString& code) { m_dirty = m_dirty || code != m_original.teryt; });
    connect(m_institutions, &QListWidget::itemChanged, this, [this] { m_dirty = true; });

    outer->addWidget(saveCancelButtons(this, [this] { return save(); }));
    m_dirty = false;
    // With its History tab the form would ask for 712 px: it opens within a 768-px screen less a
    // taskbar (its institutions list takes what is left).
    resize(sizeHint().width(), std::max(minimumSizeHint().height(), std::min(sizeHint().height(), 660)));
}

void HousingCoopForm::addInstitution(core::InstitutionKind kind)
{
    const QString name = m_context.prompt.askText(this, core::label(kind), tr("Name of the institution:"));
    if (name.trimmed().isEmpty()) {
        return;
    }
    core::Institution institution;
    institution.kind = kind;
    institution.name = name.trimmed();
    institution.locality = m_locality->text().trimmed();
    institution.teryt = m_teryt->code();
    const auto created = m_service.create(institution);
    if (!created) {
        m_context.prompt.error(this, core::label(kind), created.error().message);
        return;
    }
    auto* item =
        new QListWidgetItem(QStringLiteral("%1 (%2)").arg(institution.name, core::label(kind)), m_institutions);
    item->setData(Qt::UserRole, *created);
    item->setCheckState(Qt::Checked);
    m_dirty = true;
}

core::HousingCoop HousingCoopForm::collect(core::FieldErrors& errors) const
{
    core::HousingCoop h = m_original;
    h.name = m_name->text().trimmed();
    h.krs = m_krs->text().trimmed();
    h.nip = m_nip->text().trimmed();
    h.regon = m_regon->text().trimmed();
    h.teryt = m_teryt->code();
    h.locality = m_locality->text().trimmed();
    h.street = m_street->text().trimmed();
    h.building = m_building->text().trimmed();
    h.postalCode = m_postalCode->text().trimmed();
    h.contactPerson = m_contact->text().trimmed();
    h.phone = m_phone->text().trimmed();
    h.email = m_email->text().trimmed();
    h.flats.reset();
    if (!m_flats->text().trimmed().isEmpty()) {
        bool ok = false;
        const int flats = m_flats->text().trimmed().toInt(&ok);
        if (ok) {
            h.flats = flats;
        } else {
            errors.append(core::FieldError{QStringLiteral("flats"), tr("Give the number of flats as a whole number.")});
        }
    }
    h.status = core::parseKey<core::HousingCoopStatus>(m_status->currentData().toString())
                   .value_or(core::HousingCoopStatus::Applied);
    h.appliedOn = FormErrors::readDate(m_appliedOn, QStringLiteral("applied_on"), errors);
    h.statusOn = FormErrors::readDate(m_statusOn, QStringLiteral("status_on"), errors);
    h.statusReason = m_reason->text().trimmed();
    h.institutionIds.clear();
    for (int i = 0; i < m_institutions->count(); ++i) {
        if (m_institutions->item(i)->checkState() == Qt::Checked) {
            h.institutionIds.append(m_institutions->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    return h;
}

bool HousingCoopForm::save()
{
    core::FieldErrors errors;
    core::HousingCoop h = collect(errors);
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return false;
    }
    AppContext& context = m_context;
    auto onFailure = [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); };
    if (h.id == 0) {
        auto created = m_service.create(h, &errors);
        if (!created) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), created.error().message}} : errors);
            return false;
        }
        const core::HousingCoop stored = *m_service.find(*created);
        m_context.undo.push(
            new UndoableEdit(tr("Add housing cooperative %1").arg(stored.name), serviceStep([&context, id = stored.id] {
                                 return core::HousingCoopService(context.db, context.changes).remove(id);
                             }),
                             serviceStep([&context, stored] {
                                 return core::HousingCoopService(context.db, context.changes).restore(stored);
                             }),
                             onFailure));
        m_original = stored;
    } else {
        auto updated = m_service.update(h, &errors);
        if (!updated) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), updated.error().message}} : errors);
            return false;
        }
        const core::HousingCoop before = m_original;
        const core::HousingCoop after = *m_service.find(h.id);
        m_context.undo.push(
            new UndoableEdit(tr("Edit housing cooperative %1").arg(after.name), serviceStep([&context, before] {
                                 return core::HousingCoopService(context.db, context.changes).restore(before);
                             }),
                             serviceStep([&context, after] {
                                 return core::HousingCoopService(context.db, context.changes).restore(after);
                             }),
                             onFailure));
        m_original = after;
    }
    m_errors.clear();
    m_dirty = false;
    return true;
}

QString HousingCoopForm::removeHousingCoop(AppContext& context, qint64 id)
{
    core::HousingCoopService service(context.db, context.changes);
    const auto before = service.find(id);
    if (!before) {
        return tr("The housing cooperative no longer exists.");
    }
    if (const core::Status removed = service.remove(id); !removed) {
        return removed.error().message;
    }
    const core::HousingCoop stored = *before;
    context.undo.push(new UndoableEdit(
        tr("Delete housing cooperative %1").arg(stored.name), serviceStep([&context, stored] {
            return core::HousingCoopService(context.db, context.changes).restore(stored);
        }),
        serviceStep([&context, id] { return core::HousingCoopService(context.db, context.changes).remove(id); }),
        [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    return {};
}

void HousingCoopForm::reject()
{
    if (m_dirty &&
        !FormErrors::mayClose(m_context.prompt, this, tr("The housing cooperative has unsaved changes. Save them?"),
                              [this] { return save(); })) {
        return;
    }
    m_dirty = false;
    QDialog::reject();
}

} // namespace osiedle::ui
