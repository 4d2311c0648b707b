#include "ui/participants/ParticipantListSection.h"

#include "ui/common/AppContext.h"
#include "ui/participants/ParticipantListModel.h"

#include <QLineEdit>
#include <QLocale>

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
}

QString ParticipantListSection::countText(qint64 matching, qint64 total) const
{
    const QLocale locale;
    return matching == total ? tr("Participants: %1").arg(locale.toString(total))
                             : tr("Participants: %1 of %2").arg(locale.toString(matching), locale.toString(total));
}

} // namespace osiedle::ui
