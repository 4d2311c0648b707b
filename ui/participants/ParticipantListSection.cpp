#include "ui/participants/ParticipantListSection.h"

#include "core/common/DisplayFormat.h"
#include "ui/common/AppContext.h"
#include "ui/common/UserPrompt.h"
#include "ui/participants/ParticipantExportDialog.h"
#include "ui/participants/ParticipantFilterBar.h"
#include "ui/participants/ParticipantForm.h"
#include "ui/participants/ParticipantImportWizard.h"
#include "ui/participants/ParticipantListModel.h"
#include "ui/participants/PersonRightsActions.h"
#include "ui/participants/RecruitmentPipelineView.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace osiedle::ui {

ParticipantListSection::ParticipantListSection(AppContext& context, QWidget* parent)
    : ListSection(context, tr("Participants"), parent)
{
    setObjectName(QStringLiteral("participantList"));
    searchField()->setPlaceholderText(tr("Search by surname, first name or PESEL"));
    m_model = new ParticipantListModel(context.db, this);
    setModel(m_model, static_cast<int>(ParticipantListModel::Column::Surname),
             {core::Topic::Participants, core::Topic::HousingCoops, core::Topic::Training, core::Topic::Consultations},
             static_cast<int>(ParticipantListModel::Column::HousingCoop));

    auto addButton = [this](const char* name, const QString& text, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        toolbar()->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
    };
    addButton("newParticipant", tr("New…"), [this] { openCard(0); });
    addButton("openParticipant", tr("Open…"), [this] {
        if (currentId() > 0) {
            openCard(currentId());
        }
    });
    addButton("deleteParticipant", tr("Delete"), [this] { deleteCurrent(); });
    addButton("personData", tr("Person's data…"), [this] {
        if (currentId() > 0) {
            PersonRightsActions::savePersonData(this->context(), this, currentId());
        }
    });
    addButton("eraseOnRequest", tr("Erase on request…"), [this] {
        if (currentId() > 0) {
            PersonRightsActions::eraseOnRequest(this->context(), this, currentId());
        }
    });
    addButton("recruitment", tr("Recruitment…"), [this] {
        RecruitmentPipelineView view(this->context(), this);
        view.exec();
    });
    addButton("importParticipants", tr("Import…"), [this] {
        ParticipantImportWizard wizard(this->context(), this);
        wizard.exec();
    });
    addButton("exportMonitoring", tr("Monitoring export…"), [this] {
        ParticipantExportDialog dialog(this->context(), this);
        dialog.exec();
    });
    addExportButton(tr("participants.xlsx"));
    m_filters = new ParticipantFilterBar(context, this);
    addFilterBar(m_filters);
    connect(m_filters, &ParticipantFilterBar::filterChanged, this,
            [this](const core::ListQueries::ParticipantFilter& chosen) {
                m_model->setFilter(chosen);
                saveView(QStringLiteral("filters"), m_filters->view());
            });
    m_filters->setView(savedView().value(QStringLiteral("filters")).toMap());
    addEmptyHint(tr("The candidates and participants of the project will be listed here: the tenants recruited with "
                    "their data, recruitment status and support."),
                 {{QStringLiteral("newParticipant"), tr("Add a participant…")},
                  {QStringLiteral("importParticipants"), tr("Import from a spreadsheet…")}});
    connect(this, &ListSection::rowActivated, this, [this](qint64 id) { openCard(id); });
}

void ParticipantListSection::openCard(qint64 id)
{
    ParticipantForm form(context(), id, this);
    form.exec();
}

void ParticipantListSection::deleteCurrent()
{
    const qint64 id = currentId();
    if (id <= 0) {
        return;
    }
    if (!context().prompt.confirm(this, tr("Delete participant"),
                                  tr("Delete the selected participant? Ctrl+Z brings them back."))) {
        return;
    }
    const QString refused = ParticipantForm::removeParticipant(context(), id);
    if (!refused.isEmpty()) {
        context().prompt.error(this, tr("Delete participant"), refused);
    }
}

void ParticipantListSection::showRecords(const QString& what)
{
    if (what == QLatin1String("incomplete")) {
        core::ListQueries::ParticipantFilter incomplete;
        incomplete.incompleteOnly = true;
        searchField()->clear();
        m_filters->setFilter(incomplete);
    }
}

QString ParticipantListSection::countText(qint64 matching, qint64 total) const
{
    return matching == total
               ? tr("Participants: %1").arg(core::shown::count(total))
               : tr("Participants: %1 of %2").arg(core::shown::count(matching), core::shown::count(total));
}

} // namespace osiedle::ui
