#include "ui/housingcoops/HousingCoopListSection.h"

#include "core/common/DisplayFormat.h"
#include "ui/common/AppContext.h"
#include "ui/common/UserPrompt.h"
#include "ui/housingcoops/HousingCoopForm.h"
#include "ui/housingcoops/HousingCoopListModel.h"
#include "ui/housingcoops/InstitutionDialog.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace osiedle::ui {

HousingCoopListSection::HousingCoopListSection(AppContext& context, QWidget* parent)
    : ListSection(context, tr("Housing cooperatives"), parent)
{
    setObjectName(QStringLiteral("housingCoopList"));
    searchField()->setPlaceholderText(tr("Search by name or locality"));
    m_model = new HousingCoopListModel(context.db, this);
    setModel(m_model, static_cast<int>(HousingCoopListModel::Column::Name),
             {core::Topic::HousingCoops, core::Topic::Participants},
             static_cast<int>(HousingCoopListModel::Column::Name));

    auto addButton = [this](const char* name, const QString& text, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        toolbar()->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
    };
    addButton("newHousingCoop", tr("New…"), [this] { openCard(0); });
    addButton("openHousingCoop", tr("Open…"), [this] {
        if (currentId() > 0) {
            openCard(currentId());
        }
    });
    addButton("deleteHousingCoop", tr("Delete"), [this] {
        if (currentId() <= 0 || !this->context().prompt.confirm(this, tr("Delete housing cooperative"),
                                                                tr("Delete the selected housing cooperative?"))) {
            return;
        }
        const QString refused = HousingCoopForm::removeHousingCoop(this->context(), currentId());
        if (!refused.isEmpty()) {
            this->context().prompt.error(this, tr("Delete housing cooperative"), refused);
        }
    });
    addButton("institutions", tr("Institutions (OPS/PUP)…"), [this] {
        InstitutionDialog dialog(this->context(), this);
        dialog.exec();
    });
    addExportButton(tr("housing-cooperatives.xlsx"));
    addEmptyHint(tr("The housing cooperatives (SM) that apply to join the project will be listed here, with their "
                    "status, their estates and the OPS and PUP they work with."),
                 {{QStringLiteral("newHousingCoop"), tr("Add a housing cooperative…")},
                  {QStringLiteral("institutions"), tr("OPS and PUP…")}});
    connect(this, &ListSection::rowActivated, this, [this](qint64 id) { openCard(id); });
}

void HousingCoopListSection::openCard(qint64 id)
{
    HousingCoopForm form(context(), id, this);
    form.exec();
}

QString HousingCoopListSection::countText(qint64 matching, qint64 total) const
{
    return matching == total
               ? tr("Housing cooperatives: %1").arg(core::shown::count(total))
               : tr("Housing cooperatives: %1 of %2").arg(core::shown::count(matching), core::shown::count(total));
}

} // namespace osiedle::ui
