#pragma once

#include "ui/common/ListSection.h"

namespace osiedle::ui {

class HousingCoopListModel;

/// The Housing cooperatives section: the SMs of the project, searchable by name and locality.
class HousingCoopListSection : public ListSection {
    Q_OBJECT

public:
    HousingCoopListSection(AppContext& context, QWidget* parent = nullptr);
    /// Opens the card of an SM (0: a new one) as a modal dialog.
    void openCard(qint64 id);

    HousingCoopListModel* model() const { return m_model; }

protected:
    QString countText(qint64 matching, qint64 total) const override;

private:
    HousingCoopListModel* m_model = nullptr;
};

} // namespace osiedle::ui
