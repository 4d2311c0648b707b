#include "ui/housingcoops/HousingCoopListSection.h"

#include "ui/common/AppContext.h"
#include "ui/housingcoops/HousingCoopListModel.h"

#include <QLineEdit>
#include <QLocale>

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
}

QString HousingCoopListSection::countText(qint64 matching, qint64 total) const
{
    const QLocale locale;
    return matching == total
               ? tr("Housing cooperatives: %1").arg(locale.toString(total))
               : tr("Housing cooperatives: %1 of %2").arg(locale.toString(matching), locale.toString(total));
}

} // namespace osiedle::ui
