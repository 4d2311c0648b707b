#include "ui/socialcoops/SocialCoopListSection.h"

#include "ui/common/AppContext.h"
#include "ui/socialcoops/SocialCoopListModel.h"

#include <QLineEdit>
#include <QLocale>

namespace osiedle::ui {

SocialCoopListSection::SocialCoopListSection(AppContext& context, QWidget* parent)
    : ListSection(context, tr("Social cooperatives"), parent)
{
    setObjectName(QStringLiteral("socialCoopList"));
    searchField()->setPlaceholderText(tr("Search by name, locality or housing cooperative"));
    m_model = new SocialCoopListModel(context.db, this);
    setModel(m_model, static_cast<int>(SocialCoopListModel::Column::Name),
             {core::Topic::SocialCoops, core::Topic::HousingCoops, core::Topic::Participants},
             static_cast<int>(SocialCoopListModel::Column::Name));
}

QString SocialCoopListSection::countText(qint64 matching, qint64 total) const
{
    const QLocale locale;
    return matching == total
               ? tr("Social cooperatives: %1").arg(locale.toString(total))
               : tr("Social cooperatives: %1 of %2").arg(locale.toString(matching), locale.toString(total));
}

} // namespace osiedle::ui
