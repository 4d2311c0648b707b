#pragma once

#include "ui/common/ListSection.h"

namespace osiedle::ui {

class ParticipantFilterBar;
class ParticipantListModel;

/// The Participants section: the list of all participants and candidates, searchable by
/// surname, first name and PESEL, filtered by SM, recruitment status, course and incomplete
/// data, sortable by every column.
class ParticipantListSection : public ListSection {
    Q_OBJECT

public:
    ParticipantListSection(AppContext& context, QWidget* parent = nullptr);

    ParticipantListModel* model() const { return m_model; }
    ParticipantFilterBar* filters() const { return m_filters; }
    /// Opens the participant card (0: a new participant) as a modal dialog.
    void openCard(qint64 id);
    /// Deletes the current participant after asking; a refusal is shown.
    void deleteCurrent();
    /// Navigator::showRecords: "incomplete" shows only those whose data is incomplete.
    Q_INVOKABLE void showRecords(const QString& what);

protected:
    QString countText(qint64 matching, qint64 total) const override;

private:
    ParticipantListModel* m_model = nullptr;
    ParticipantFilterBar* m_filters = nullptr;
};

} // namespace osiedle::ui
