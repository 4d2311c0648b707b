#include "ui/settings/ProjectDetailsTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectSettingsService.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/UndoPush.h"
#include "ui/common/UserPrompt.h"
#include "ui/settings/SettingsRecords.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace osiedle::ui {

ProjectDetailsTab::ProjectDetailsTab(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("projectDetailsTab"));
    m_general = FormErrors::createGeneralLabel(this);
    m_errors = FormErrors(m_general);
    auto* fields = new QWidget;
    auto* form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto text = [&](const char* key, const QString& label, QString core::Project::*member,
                          const QString& placeholder = {}) {
        auto* edit = new QLineEdit(fields);
        edit->setObjectName(QString::fromLatin1(key));
        edit->setPlaceholderText(placeholder);
        m_errors.addRow(form, label, edit, QString::fromLatin1(key));
        m_texts.append({edit, member});
    };
    text("title", tr("Project title"), &core::Project::title);
    text("contract_number", tr("Contract number"), &core::Project::contractNumber,
         tr("e.g. UDA-POKL.07.02.02-14-045/11"));
    text("programme", tr("Operational programme"), &core::Project::programme);
    text("priority", tr("Priority"), &core::Project::priority);
    text("measure", tr("Measure"), &core::Project::measure);
    text("region", tr("Region"), &core::Project::region);
    text("beneficiary", tr("Beneficiary"), &core::Project::beneficiary);
    text("beneficiary_address", tr("Beneficiary's address"), &core::Project::beneficiaryAddress);
    text("beneficiary_nip", tr("Beneficiary's NIP"), &core::Project::beneficiaryNip, tr("10 digits"));
    text("beneficiary_regon", tr("Beneficiary's REGON"), &core::Project::beneficiaryRegon, tr("9 or 14 digits"));
    text("place", tr("Place of signing documents"), &core::Project::place, tr("e.g. Warszawa"));
    m_start = new DateEdit(fields);
    m_start->setObjectName(QStringLiteral("start_date"));
    m_end = new DateEdit(fields);
    m_end->setObjectName(QStringLiteral("end_date"));
    m_errors.addRow(form, tr("Start of the project"), m_start, QStringLiteral("start_date"));
    m_errors.addRow(form, tr("End of the project"), m_end, QStringLiteral("end_date"));
    m_keepUntil = new QLineEdit(fields);
    m_keepUntil->setObjectName(QStringLiteral("keep_documents_until"));
    m_keepUntil->setPlaceholderText(tr("DD.MM.YYYY"));
    m_keepUntil->setToolTip(tr("The archiving obligation of the funding contract: until this day no participant's "
                               "record may be erased; after it the persons can be anonymised (File › Anonymise…)."));
    m_errors.addRow(form, tr("Keep documents until"), m_keepUntil, QStringLiteral("keep_documents_until"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedMessage"));
    m_saved->setWordWrap(true);
    auto* saveButton = new QPushButton(tr("Save changes"), this);
    saveButton->setObjectName(QStringLiteral("saveProject"));
    auto* revertButton = new QPushButton(tr("Revert"), this);
    revertButton->setObjectName(QStringLiteral("revertProject"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saved, 1);
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_general);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(revertButton, &QPushButton::clicked, this, &ProjectDetailsTab::reload);
    // An undo or a change from another tab shows here, unless the user is editing.
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Project && !isModified()) {
            reload();
        }
    });
    reload();
}

void ProjectDetailsTab::reload()
{
    auto project = core::ProjectSettingsService(m_context.db).project();
    if (!project) {
        m_errors.show({{QString(), project.error().message}});
        return;
    }
    m_stored = project.value();
    for (const auto& [edit, member] : m_texts) {
        edit->setText(m_stored.*member);
    }
    m_start->setDate(m_stored.startDate);
    m_end->setDate(m_stored.endDate);
    m_keepUntil->setText(FormErrors::dateText(m_stored.keepDocumentsUntil));
    m_errors.clear();
}

core::Project ProjectDetailsTab::applyForm(core::Project p) const
{
    for (const auto& [edit, member] : m_texts) {
        p.*member = edit->text().trimmed();
    }
    p.startDate = m_start->date();
    p.endDate = m_end->date();
    core::FieldErrors typed; // a date that cannot be read is reported by save()
    p.keepDocumentsUntil = FormErrors::readDate(m_keepUntil, QStringLiteral("keep_documents_until"), typed);
    return p;
}

bool ProjectDetailsTab::isModified() const
{
    return applyForm(m_stored) != m_stored;
}

bool ProjectDetailsTab::save()
{
    m_saved->clear();
    core::ProjectSettingsService service(m_context.db, &m_context.changes);
    // The form's fields over what is stored now: the other tabs' settings (rules, signatory)
    // may have changed since the form was filled.
    const auto current = service.project();
    if (!current) {
        m_errors.show({{QString(), current.error().message}});
        return false;
    }
    m_stored = current.value();
    core::FieldErrors typed;
    FormErrors::readDate(m_keepUntil, QStringLiteral("keep_documents_until"), typed);
    if (!typed.isEmpty()) {
        m_errors.show(typed);
        return false;
    }
    const core::Project wanted = applyForm(m_stored);
    if (wanted == m_stored) {
        return true;
    }
    if (const core::FieldErrors errors = service.validate(wanted); !errors.isEmpty()) {
        m_errors.show(errors);
        return false;
    }
    QString periodsNote;
    if (wanted.startDate != m_stored.startDate || wanted.endDate != m_stored.endDate) {
        const auto change = service.previewDates(wanted.startDate, wanted.endDate);
        if (!change) {
            m_errors.show({{QStringLiteral("end_date"), change.error().message}});
            return false;
        }
        if (change->needsConfirmation() &&
            !m_context.prompt.confirm(
                this, tr("Change the project's dates"),
                change->describe().join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                    tr("Change the dates to %1 – %2?")
                        .arg(FormErrors::dateText(wanted.startDate), FormErrors::dateText(wanted.endDate)))) {
            return false;
        }
        if (!change->periods.added.isEmpty()) {
            periodsNote = tr("Reporting periods added: %1.").arg(change->periods.added.size());
        }
    }
    core::FieldErrors errors;
    const auto saved = service.update(wanted, &errors);
    if (!saved) {
        m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), saved.error().message}} : errors);
        return false;
    }
    AppContext& context = m_context;
    const core::ProjectChange change = saved.value();
    pushUndo(
        m_context, this, tr("Project settings"), tr("Undo"),
        [&context, change] { return settingsService(context).restore(change.before, change.periodsBefore); },
        [&context, change] { return settingsService(context).restore(change.after, change.periodsAfter); });
    reload();
    m_saved->setText((tr("Saved.") + QLatin1Char(' ') + periodsNote).trimmed());
    return true;
}

} // namespace osiedle::ui
