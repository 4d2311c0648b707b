#pragma once

#include "ui/common/ListSection.h"

namespace osiedle::ui {

class ParticipantListModel;

/// The Participants section: the list of all participants and candidates, searchable by
/// surname, first name and PESEL, sortable by every column.
class ParticipantListSection : public ListSection {
    Q_OBJECT

public:
    ParticipantListSection(AppContext& context, QWidget* parent = nullptr);

    ParticipantListModel* model() const { return m_model; }
    /// Opens the participant card (0: a new participant) as a modal dialog.
    void openCard(qint64 id);
    /// Deletes the current participant after asking; a refusal is shown.
    void deleteCurrent();

protected:
    QString countText(qint64 matching, qint64 total) const override;

private:
    ParticipantListModel* m_model = nullptr;
};

} // namespace osiedle::ui
