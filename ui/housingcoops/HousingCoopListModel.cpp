#include "ui/housingcoops/HousingCoopListModel.h"

#include "core/common/DisplayFormat.h"

#include <QLocale>

namespace osiedle::ui {

using core::ListQueries::HousingCoopRow;

HousingCoopListModel::HousingCoopListModel(core::Database& db, QObject* parent)
    : ColumnTableModel(
          db, core::ListQueries::housingCoops(), &core::ListQueries::readHousingCoop,
          {
              {[] { return tr("Name"); }, 40, false, [](const HousingCoopRow& r) { return QVariant(r.name); }, true},
              {[] { return tr("Locality"); }, 20, false, [](const HousingCoopRow& r) { return QVariant(r.locality); }},
              {[] { return tr("Status"); }, 30, false,
               [](const HousingCoopRow& r) { return QVariant(r.status ? core::label(*r.status) : QString()); }},
              {[] { return tr("Flats"); }, 8, true,
               [](const HousingCoopRow& r) { return QVariant(r.flats ? core::shown::count(*r.flats) : QString()); }},
              {[] { return tr("Participants"); }, 10, true,
               [](const HousingCoopRow& r) { return QVariant(r.participants); }},
          },
          parent)
{}

} // namespace osiedle::ui
