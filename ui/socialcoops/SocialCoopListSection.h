#pragma once

#include "ui/common/ListSection.h"

namespace osiedle::ui {

class HealthPanel;
class SocialCoopCard;
class SocialCoopListModel;

/// The Social cooperatives section: the OSS of the project with their stage, searchable by
/// name, locality and SM. Opening a row shows the OSS card; the health panel shows all OSS side
/// by side.
class SocialCoopListSection : public ListSection {
    Q_OBJECT

public:
    SocialCoopListSection(AppContext& context, QWidget* parent = nullptr);

    SocialCoopListModel* model() const { return m_model; }

    /// Opens the card of an OSS in its own window (or brings it forward); returns it.
    SocialCoopCard* openCard(qint64 socialCoopId);
    /// Opens the health panel (all OSS side by side) in its own window; returns it.
    HealthPanel* openHealthPanel();
    /// Asks for a name and creates a new OSS (with undo); returns its id, 0 when cancelled.
    qint64 newSocialCoop();

protected:
    QString countText(qint64 matching, qint64 total) const override;

private:
    /// The day the figures are counted on (today, or the project's last day once it is over).
    QDate day();

    SocialCoopListModel* m_model = nullptr;
};

} // namespace osiedle::ui
