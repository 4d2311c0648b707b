#include "ui/socialcoops/CoopDetailsDialog.h"

#include "core/services/SocialCoopService.h"
#include "core/storage/SocialCoopRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/socialcoops/OptionalDateEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace osiedle::ui {

FormDialog* CoopDetailsDialog::open(AppContext& context, qint64 socialCoopId, QWidget* parent)
{
    core::SocialCoopRepository coops(context.db);
    const auto found = coops.find(socialCoopId);
    if (!found) {
        return nullptr;
    }
    const core::SocialCoop before = *found;
    auto* dialog = new FormDialog(tr("Data of the cooperative"), parent);
    dialog->setPrompt(&context.prompt);
    dialog->setObjectName(QStringLiteral("coopDetailsDialog"));
    const auto line = [dialog](const QString& text, const char* objectName) {
        auto* edit = new QLineEdit(text, dialog);
        edit->setObjectName(QLatin1String(objectName));
        return edit;
    };
    auto* name = line(before.name, "coopName");
    auto* sm = new QComboBox(dialog);
    sm->setObjectName(QStringLiteral("coopHousingCoop"));
    sm->addItem(QString(), qint64(0));
    for (const auto& h : coops.housingCoops()) {
        sm->addItem(h.name, h.id);
    }
    sm->setCurrentIndex(std::max(0, sm->findData(before.housingCoopId.value_or(0))));
    auto* street = line(before.street, "coopStreet");
    auto* building = line(before.building, "coopBuilding");
    auto* postalCode = line(before.postalCode, "coopPostalCode");
    postalCode->setPlaceholderText(QStringLiteral("00-000"));
    auto* locality = line(before.locality, "coopLocality");
    auto* krs = line(before.krs, "coopKrs");
    auto* nip = line(before.nip, "coopNip");
    auto* regon = line(before.regon, "coopRegon");
    auto* idea = new QPlainTextEdit(before.businessIdea, dialog);
    idea->setObjectName(QStringLiteral("coopBusinessIdea"));
    idea->setMaximumHeight(70);
    auto* dissolved = new OptionalDateEdit(dialog);
    dissolved->setObjectName(QStringLiteral("coopDissolved"));
    dissolved->setValue(before.dissolvedOn, referenceDay(context.db));
    auto* notes = line(before.notes, "coopNotes");
    QFormLayout* form = dialog->form();
    form->addRow(tr("Name"), name);
    form->addRow(tr("Housing cooperative (SM)"), sm);
    form->addRow(tr("Street"), street);
    form->addRow(tr("Building"), building);
    form->addRow(tr("Postal code"), postalCode);
    form->addRow(tr("Locality"), locality);
    form->addRow(tr("KRS number"), krs);
    form->addRow(tr("NIP"), nip);
    form->addRow(tr("REGON"), regon);
    form->addRow(tr("Business idea"), idea);
    form->addRow(tr("Dissolved on"), dissolved);
    form->addRow(tr("Notes"), notes);

    dialog->setSubmit([=, &context]() -> QString {
        core::SocialCoop typed = before;
        typed.name = name->text().trimmed();
        const qint64 smId = sm->currentData().toLongLong();
        typed.housingCoopId = smId > 0 ? std::optional<qint64>(smId) : std::nullopt;
        typed.street = street->text().trimmed();
        typed.building = building->text().trimmed();
        typed.postalCode = postalCode->text().trimmed();
        typed.locality = locality->text().trimmed();
        typed.krs = krs->text().trimmed();
        typed.nip = nip->text().trimmed();
        typed.regon = regon->text().trimmed();
        typed.businessIdea = idea->toPlainText().trimmed();
        typed.dissolvedOn = dissolved->value();
        typed.notes = notes->text().trimmed();
        core::SocialCoopService service(context.db, context.changes);
        if (const auto saved = service.updateCoop(typed); !saved) {
            return saved.error().message;
        }
        auto* db = &context.db;
        auto* changes = &context.changes;
        const auto update = [db, changes](const core::SocialCoop& coop) {
            return [db, changes, coop](QString* error) {
                return undoSucceeded(core::SocialCoopService(*db, *changes).updateCoop(coop), error);
            };
        };
        context.undo.push(new UndoableEdit(tr("Data of %1").arg(typed.name), update(before), update(typed)));
        return {};
    });
    dialog->open();
    return dialog;
}

} // namespace osiedle::ui
