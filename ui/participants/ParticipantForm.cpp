#include "ui/participants/ParticipantForm.h"

#include "core/domain/ParticipantCompleteness.h"
#include "core/domain/Pesel.h"
#include "core/storage/HousingCoopRepository.h"
#include "core/storage/InstitutionRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ChoiceItems.h"
#include "ui/common/DialogButtons.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/history/ChangeHistoryPanel.h"
#include "ui/participants/TerytPicker.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

template <typename E> void fillEnum(QComboBox* combo, const QString& emptyText)
{
    combo->addItem(emptyText, QString());
    for (const E value : core::allValues<E>()) {
        combo->addItem(core::label(value), core::key(value));
    }
}

template <typename E> void setEnum(QComboBox* combo, const std::optional<E>& value)
{
    combo->setCurrentIndex(value ? std::max(0, combo->findData(core::key(*value))) : 0);
}

template <typename E> std::optional<E> enumOf(const QComboBox* combo)
{
    return core::parseKey<E>(combo->currentData().toString());
}

void setId(QComboBox* combo, const std::optional<qint64>& id)
{
    combo->setCurrentIndex(id ? std::max(0, combo->findData(*id)) : 0);
}

std::optional<qint64> idOf(const QComboBox* combo)
{
    const qint64 id = combo->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QComboBox* comboBox(QWidget* parent, const char* name)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    return combo;
}

QFormLayout* group(QVBoxLayout* page, const QString& title)
{
    auto* box = new QGroupBox(title, page->parentWidget());
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    page->addWidget(box);
    return form;
}

} // namespace

ParticipantForm::ParticipantForm(AppContext& context, qint64 id, QWidget* parent)
    : QDialog(parent), m_context(context), m_service(context.db, context.changes), m_collected(m_service.optionalData())
{
    setObjectName(QStringLiteral("participantForm"));
    build();
    if (id > 0) {
        if (const auto p = m_service.find(id)) {
            m_original = *p;
        }
    }
    load(m_original);
    showHistoryOf(m_original.id);
    setWindowTitle(m_original.id > 0 ? tr("Participant: %1").arg(m_original.displayName()) : tr("New participant"));
}

void ParticipantForm::build()
{
    auto* outer = new QVBoxLayout(this);
    m_completeness = new QLabel(this);
    m_completeness->setObjectName(QStringLiteral("completeness"));
    m_completeness->setWordWrap(true);
    outer->addWidget(m_completeness);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    outer->addWidget(m_general);
    m_errors = FormErrors(m_general);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("participantScroll"));
    m_scroll->setWidgetResizable(true);
    auto* content = new QWidget(m_scroll);
    auto* page = new QVBoxLayout(content);
    m_scroll->setWidget(content);
    // The card's fields, and beside them who changed the person's records what and when.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));
    m_tabs->addTab(m_scroll, tr("&Card"));
    m_history = new ChangeHistoryPanel(m_context, QStringLiteral("participant"), 0, m_tabs);
    m_tabs->addTab(m_history, tr("&History"));
    outer->addWidget(m_tabs, 1);

    QFormLayout* person = group(page, tr("Person"));
    m_firstName = lineEdit(content, "firstName");
    m_lastName = lineEdit(content, "lastName");
    m_pesel = lineEdit(content, "pesel", tr("11 digits"));
    m_pesel->setMaxLength(11);
    m_noPesel = new QCheckBox(tr("No PESEL (foreigner): sex and birth date are typed"), content);
    m_noPesel->setObjectName(QStringLiteral("noPesel"));
    m_sex = comboBox(content, "sex");
    fillEnum<core::Sex>(m_sex, tr("—"));
    m_birthDate = lineEdit(content, "birthDate", tr("DD.MM.YYYY"));
    m_country = lineEdit(content, "country");
    m_education = comboBox(content, "education");
    fillEnum<core::Education>(m_education, tr("— not given —"));
    m_errors.addRow(person, tr("First name"), m_firstName, QStringLiteral("first_name"));
    m_errors.addRow(person, tr("Surname"), m_lastName, QStringLiteral("last_name"));
    m_errors.addRow(person, tr("PESEL"), m_pesel, QStringLiteral("pesel"));
    person->addRow(QString(), m_noPesel);
    m_errors.addRow(person, tr("Sex"), m_sex, QStringLiteral("sex"));
    m_errors.addRow(person, tr("Birth date"), m_birthDate, QStringLiteral("birth_date"));
    m_errors.addRow(person, tr("Country"), m_country, QStringLiteral("country"));
    m_errors.addRow(person, tr("Education"), m_education, QStringLiteral("education"));
    // Yes, no, or not given: a person may decline to say, and "not given" must stay so.
    auto optionalFlag = [content, person](const char* name, const QString& text, bool collected) {
        auto* box = new QComboBox(content);
        box->setObjectName(QString::fromLatin1(name));
        box->addItem(tr("not given"), QVariant());
        box->addItem(tr("yes"), true);
        box->addItem(tr("no"), false);
        person->addRow(text, box);
        person->setRowVisible(box, collected);
        return box;
    };
    m_disability = optionalFlag("disability", tr("With a disability"), m_collected.disability);
    m_minority = optionalFlag("minority", tr("Belongs to a national or ethnic minority"), m_collected.minority);
    m_migrant = optionalFlag("migrant", tr("Migrant"), m_collected.migrant);

    QFormLayout* address = group(page, tr("Address"));
    m_teryt = new TerytPicker(content);
    m_teryt->setObjectName(QStringLiteral("teryt"));
    m_area = new QLabel(content);
    m_area->setObjectName(QStringLiteral("area"));
    m_locality = lineEdit(content, "locality");
    m_street = lineEdit(content, "street");
    m_building = lineEdit(content, "building");
    m_flat = lineEdit(content, "flat");
    m_postalCode = lineEdit(content, "postalCode", tr("NN-NNN"));
    m_errors.addRow(address, tr("Gmina (TERYT)"), m_teryt, QStringLiteral("teryt"));
    address->addRow(tr("Area"), m_area);
    m_errors.addRow(address, tr("Locality"), m_locality, QStringLiteral("locality"));
    m_errors.addRow(address, tr("Street"), m_street, QStringLiteral("street"));
    m_errors.addRow(address, tr("Building"), m_building, QStringLiteral("building"));
    m_errors.addRow(address, tr("Flat"), m_flat, QStringLiteral("flat"));
    m_errors.addRow(address, tr("Postal code"), m_postalCode, QStringLiteral("postal_code"));

    QFormLayout* contact = group(page, tr("Contact"));
    m_phone = lineEdit(content, "phone");
    m_mobile = lineEdit(content, "mobile");
    m_email = lineEdit(content, "email");
    m_errors.addRow(contact, tr("Landline"), m_phone, QStringLiteral("phone"));
    m_errors.addRow(contact, tr("Mobile"), m_mobile, QStringLiteral("mobile"));
    m_errors.addRow(contact, tr("E-mail"), m_email, QStringLiteral("email"));

    QFormLayout* recruitment = group(page, tr("Labour market and recruitment"));
    m_labourStatus = comboBox(content, "labourStatus");
    fillEnum<core::LabourStatus>(m_labourStatus, tr("— not given —"));
    m_unemployedSince = lineEdit(content, "unemployedSince", tr("DD.MM.YYYY"));
    m_housingCoop = comboBox(content, "housingCoop");
    m_referral = comboBox(content, "referral");
    fillEnum<core::Referral>(m_referral, tr("— not given —"));
    m_institution = comboBox(content, "referralInstitution");
    m_arrears = lineEdit(content, "arrears", tr("0,00"));
    m_evictionRisk = new QCheckBox(tr("At risk of eviction"), content);
    m_evictionRisk->setObjectName(QStringLiteral("evictionRisk"));
    m_recruitedOn = lineEdit(content, "recruitedOn", tr("DD.MM.YYYY"));
    m_consentOn = lineEdit(content, "consentOn", tr("DD.MM.YYYY"));
    m_consentWithdrawnOn = lineEdit(content, "consentWithdrawnOn", tr("DD.MM.YYYY"));
    m_consentWithdrawnOn->setToolTip(tr("The day the person withdrew the consent to data processing; empty while "
                                        "the consent stands."));
    m_declarationOn = lineEdit(content, "declarationOn", tr("DD.MM.YYYY"));
    QList<ChoiceItem> housingCoops{{tr("— none —"), qint64(0)}};
    QList<ChoiceItem> institutions{{tr("— none —"), qint64(0)}};
    try {
        for (const core::HousingCoopListRow& h : core::HousingCoopRepository(m_context.db).list()) {
            housingCoops.append({h.name, h.id});
        }
        for (const core::Institution& i : core::InstitutionRepository(m_context.db).list()) {
            institutions.append({i.name, i.id});
        }
    } catch (const core::StorageError& e) {
        m_general->setText(e.message());
        m_general->show();
    }
    // A large project has a thousand SMs: the boxes are not measured on every name; they take
    // the row's width, as the text fields do, and open on the names whole.
    for (QComboBox* box : {m_housingCoop, m_institution}) {
        keepWidth(*box, 32);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    replaceChoices(*m_housingCoop, housingCoops, 24, 700);
    replaceChoices(*m_institution, institutions, 24, 700);
    m_errors.addRow(recruitment, tr("Labour-market status at entry"), m_labourStatus, QStringLiteral("labour_status"));
    m_errors.addRow(recruitment, tr("Unemployed since"), m_unemployedSince, QStringLiteral("unemployed_since"));
    m_errors.addRow(recruitment, tr("Tenant of (SM)"), m_housingCoop, QStringLiteral("housing_coop"));
    m_errors.addRow(recruitment, tr("Referred by"), m_referral, QStringLiteral("referral"));
    m_errors.addRow(recruitment, tr("Referring institution"), m_institution, QStringLiteral("referral_institution"));
    m_errors.addRow(recruitment, tr("Arrears at entry (zł)"), m_arrears, QStringLiteral("arrears_at_entry"));
    recruitment->addRow(QString(), m_evictionRisk);
    m_errors.addRow(recruitment, tr("Recruited on"), m_recruitedOn, QStringLiteral("recruited_on"));
    m_errors.addRow(recruitment, tr("Consent to data processing"), m_consentOn, QStringLiteral("consent_on"));
    m_errors.addRow(recruitment, tr("Consent withdrawn on"), m_consentWithdrawnOn,
                    QStringLiteral("consent_withdrawn_on"));
    m_errors.addRow(recruitment, tr("Participation declaration"), m_declarationOn, QStringLiteral("declaration_on"));

    QFormLayout* participation = group(page, tr("Participation"));
    m_participation = new QLabel(content);
    m_participation->setObjectName(QStringLiteral("participationStart"));
    m_participationEnd = lineEdit(content, "participationEnd", tr("DD.MM.YYYY"));
    m_completion = comboBox(content, "completion");
    fillEnum<core::Completion>(m_completion, tr("— still taking part —"));
    m_dropoutReason = lineEdit(content, "dropoutReason");
    m_notes = new QPlainTextEdit(content);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMaximumHeight(70);
    participation->addRow(tr("Start (first support received)"), m_participation);
    m_errors.addRow(participation, tr("End date"), m_participationEnd, QStringLiteral("participation_end"));
    m_errors.addRow(participation, tr("Ended"), m_completion, QStringLiteral("completion"));
    m_errors.addRow(participation, tr("Reason for dropping out"), m_dropoutReason, QStringLiteral("dropout_reason"));
    m_errors.addRow(participation, tr("Notes"), m_notes, QStringLiteral("notes"));

    outer->addWidget(saveCancelButtons(this, [this] { return save(); }));

    for (QLineEdit* edit : content->findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textChanged, this, &ParticipantForm::markDirty);
    }
    for (QComboBox* combo : content->findChildren<QComboBox*>()) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ParticipantForm::markDirty);
    }
    for (QCheckBox* check : content->findChildren<QCheckBox*>()) {
        connect(check, &QCheckBox::toggled, this, &ParticipantForm::markDirty);
    }
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ParticipantForm::markDirty);
    connect(m_teryt, &TerytPicker::codeChanged, this, &ParticipantForm::markDirty);
    // The form scrolls up and down only: the dialog is as wide as its widest row, and as tall
    // as a 1366 × 768 screen with a taskbar and the window's frame allows.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMinimumWidth(content->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width() +
                              2 * m_scroll->frameWidth());
    resize(std::max(720, minimumSizeHint().width()), 660);
}

void ParticipantForm::load(const core::Participant& p)
{
    m_loading = true;
    m_firstName->setText(p.firstName);
    m_lastName->setText(p.lastName);
    m_pesel->setText(p.pesel);
    m_noPesel->setChecked(p.noPesel);
    setEnum(m_sex, p.sex);
    m_birthDate->setText(FormErrors::dateText(p.birthDate));
    m_country->setText(p.country);
    setEnum(m_education, p.education);
    for (auto [box, value] :
         {std::pair{m_disability, p.disability}, std::pair{m_minority, p.minority}, std::pair{m_migrant, p.migrant}}) {
        box->setCurrentIndex(value ? (*value ? 1 : 2) : 0);
    }
    m_teryt->setCode(p.teryt);
    m_locality->setText(p.locality);
    m_street->setText(p.street);
    m_building->setText(p.building);
    m_flat->setText(p.flat);
    m_postalCode->setText(p.postalCode);
    m_phone->setText(p.phone);
    m_mobile->setText(p.mobile);
    m_email->setText(p.email);
    setEnum(m_labourStatus, p.labourStatus);
    m_unemployedSince->setText(FormErrors::dateText(p.unemployedSince));
    setId(m_housingCoop, p.housingCoopId);
    setEnum(m_referral, p.referral);
    setId(m_institution, p.referralInstitutionId);
    m_arrears->setText(p.arrearsAtEntry.formatPlain());
    m_evictionRisk->setChecked(p.evictionRisk);
    m_recruitedOn->setText(FormErrors::dateText(p.recruitedOn));
    m_consentOn->setText(FormErrors::dateText(p.consentOn));
    m_consentWithdrawnOn->setText(FormErrors::dateText(p.consentWithdrawnOn));
    m_declarationOn->setText(FormErrors::dateText(p.declarationOn));
    m_participation->setText(p.participationStart.isValid() ? FormErrors::dateText(p.participationStart)
                                                            : tr("no support received yet"));
    m_participationEnd->setText(FormErrors::dateText(p.participationEnd));
    setEnum(m_completion, p.completion);
    m_dropoutReason->setText(p.dropoutReason);
    m_notes->setPlainText(p.notes);
    m_loading = false;
    m_dirty = false;
    updateDerived();
}

core::Participant ParticipantForm::collect(core::FieldErrors& errors) const
{
    core::Participant p = m_original;
    p.firstName = m_firstName->text();
    p.lastName = m_lastName->text();
    p.pesel = m_pesel->text();
    p.noPesel = m_noPesel->isChecked();
    p.sex = enumOf<core::Sex>(m_sex);
    p.birthDate = FormErrors::readDate(m_birthDate, QStringLiteral("birth_date"), errors);
    p.country = m_country->text().trimmed();
    p.education = enumOf<core::Education>(m_education);
    // Data the project does not collect keeps what is stored.
    auto flag = [](const QComboBox* box) {
        return box->currentData().isValid() ? std::optional<bool>(box->currentData().toBool()) : std::nullopt;
    };
    if (m_collected.disability) {
        p.disability = flag(m_disability);
    }
    if (m_collected.minority) {
        p.minority = flag(m_minority);
    }
    if (m_collected.migrant) {
        p.migrant = flag(m_migrant);
    }
    p.teryt = m_teryt->code();
    p.locality = m_locality->text().trimmed();
    p.street = m_street->text().trimmed();
    p.building = m_building->text().trimmed();
    p.flat = m_flat->text().trimmed();
    p.postalCode = m_postalCode->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.mobile = m_mobile->text().trimmed();
    p.email = m_email->text().trimmed();
    p.labourStatus = enumOf<core::LabourStatus>(m_labourStatus);
    p.unemployedSince = FormErrors::readDate(m_unemployedSince, QStringLiteral("unemployed_since"), errors);
    p.housingCoopId = idOf(m_housingCoop);
    p.referral = enumOf<core::Referral>(m_referral);
    p.referralInstitutionId = idOf(m_institution);
    const QString arrears = m_arrears->text().trimmed();
    p.arrearsAtEntry = core::Money();
    if (!arrears.isEmpty()) {
        if (auto amount = core::Money::parse(arrears)) {
            p.arrearsAtEntry = *amount;
        } else {
            errors.append(core::FieldError{QStringLiteral("arrears_at_entry"), amount.error().message});
        }
    }
    p.evictionRisk = m_evictionRisk->isChecked();
    p.recruitedOn = FormErrors::readDate(m_recruitedOn, QStringLiteral("recruited_on"), errors);
    p.consentOn = FormErrors::readDate(m_consentOn, QStringLiteral("consent_on"), errors);
    p.consentWithdrawnOn = FormErrors::readDate(m_consentWithdrawnOn, QStringLiteral("consent_withdrawn_on"), errors);
    p.declarationOn = FormErrors::readDate(m_declarationOn, QStringLiteral("declaration_on"), errors);
    p.participationEnd = FormErrors::readDate(m_participationEnd, QStringLiteral("participation_end"), errors);
    p.completion = enumOf<core::Completion>(m_completion);
    p.dropoutReason = m_dropoutReason->text().trimmed();
    p.notes = m_notes->toPlainText();
    return core::ParticipantService::derived(p);
}

void ParticipantForm::updateDerived()
{
    const bool typed = m_noPesel->isChecked();
    m_sex->setEnabled(typed);
    m_birthDate->setReadOnly(!typed);
    m_pesel->setEnabled(!typed);
    core::FieldErrors ignored;
    const core::Participant p = collect(ignored);
    if (!typed) {
        // Shown from the PESEL, never typed.
        const bool wasLoading = m_loading;
        m_loading = true;
        setEnum(m_sex, p.sex);
        m_birthDate->setText(FormErrors::dateText(p.birthDate));
        m_loading = wasLoading;
    }
    m_area->setText(p.area ? core::label(*p.area) : tr("(choose the gmina)"));
    m_dropoutReason->setEnabled(p.completion == core::Completion::DroppedOut);
    m_completeness->setText(completenessText());
    m_completeness->setStyleSheet(core::ParticipantService::missingMask(p) == 0 ? QStringLiteral("color: #1b5e20;")
                                                                                : QStringLiteral("color: #b00020;"));
}

QString ParticipantForm::completenessText() const
{
    core::FieldErrors ignored;
    const int missing = core::ParticipantService::missingMask(collect(ignored));
    return missing == 0 ? tr("Monitoring data complete.")
                        : tr("Missing monitoring data: %1").arg(core::ParticipantCompleteness::describe(missing));
}

void ParticipantForm::markDirty()
{
    if (m_loading) {
        return;
    }
    m_dirty = true;
    updateDerived();
}

bool ParticipantForm::save()
{
    core::FieldErrors errors;
    core::Participant p = collect(errors);
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return false;
    }
    AppContext& context = m_context;
    auto onFailure = [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); };
    if (p.id == 0) {
        auto created = m_service.create(p, &errors);
        if (!created) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), created.error().message}} : errors);
            return false;
        }
        p = *m_service.find(*created);
        const core::Participant stored = p;
        m_context.undo.push(new UndoableEdit(
            tr("Add participant %1").arg(stored.displayName()), serviceStep([&context, id = stored.id] {
                return core::ParticipantService(context.db, context.changes).remove(id);
            }),
            serviceStep(
                [&context, stored] { return core::ParticipantService(context.db, context.changes).restore(stored); }),
            onFailure));
    } else {
        auto updated = m_service.update(p, &errors);
        if (!updated) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), updated.error().message}} : errors);
            return false;
        }
        const core::Participant before = m_original;
        const core::Participant after = *m_service.find(p.id);
        p = after;
        m_context.undo.push(
            new UndoableEdit(tr("Edit participant %1").arg(after.displayName()), serviceStep([&context, before] {
                                 return core::ParticipantService(context.db, context.changes).restore(before);
                             }),
                             serviceStep([&context, after] {
                                 return core::ParticipantService(context.db, context.changes).restore(after);
                             }),
                             onFailure));
    }
    m_errors.clear();
    m_original = p;
    m_dirty = false;
    showHistoryOf(p.id);
    return true;
}

void ParticipantForm::showHistoryOf(qint64 id)
{
    m_history->setRecord(id);
    m_tabs->setTabEnabled(m_tabs->indexOf(m_history), id != 0);
}

QString ParticipantForm::removeParticipant(AppContext& context, qint64 id)
{
    core::ParticipantService service(context.db, context.changes);
    const auto before = service.find(id);
    if (!before) {
        return tr("The participant no longer exists.");
    }
    const core::Status removed = service.remove(id);
    if (!removed) {
        return removed.error().message;
    }
    const core::Participant stored = *before;
    context.undo.push(new UndoableEdit(
        tr("Delete participant %1").arg(stored.displayName()), serviceStep([&context, stored] {
            return core::ParticipantService(context.db, context.changes).restore(stored);
        }),
        serviceStep([&context, id] { return core::ParticipantService(context.db, context.changes).remove(id); }),
        [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    return {};
}

void ParticipantForm::reject()
{
    if (m_dirty &&
        !FormErrors::mayClose(m_context.prompt, this, tr("The participant card has unsaved changes. Save them?"),
                              [this] { return save(); })) {
        return;
    }
    m_dirty = false;
    QDialog::reject();
}

void ParticipantForm::closeEvent(QCloseEvent* event)
{
    if (m_dirty) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace osiedle::ui
