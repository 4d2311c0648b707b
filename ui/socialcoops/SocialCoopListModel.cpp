#include "ui/socialcoops/SocialCoopListModel.h"

namespace osiedle::ui {

using core::ListQueries::SocialCoopRow;

SocialCoopListModel::SocialCoopListModel(core::Database& db, QObject* parent)
    : ColumnTableModel(
          db, core::ListQueries::socialCoops(), &core::ListQueries::readSocialCoop,
          {
              {[] { return tr("Name"); }, 40, false, [](const SocialCoopRow& r) { return QVariant(r.name); }, true},
              {[] { return tr("Housing cooperative"); }, 26, false,
               [](const SocialCoopRow& r) { return QVariant(r.housingCoop); }, true},
              {[] { return tr("Locality"); }, 16, false, [](const SocialCoopRow& r) { return QVariant(r.locality); }},
              {[] { return tr("Stage"); }, 16, false,
               [](const SocialCoopRow& r) { return QVariant(r.status ? core::label(*r.status) : QString()); }},
              {[] { return tr("Members"); }, 8, true, [](const SocialCoopRow& r) { return QVariant(r.members); }},
          },
          parent)
{}

} // namespace osiedle::ui
