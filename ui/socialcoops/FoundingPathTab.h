#pragma once

#include "core/services/SocialCoopService.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace osiedle::ui {

struct AppContext;

/// The founding path of one OSS as a checklist: each step with its date, amount and notes;
/// record or re-date a step (refused when the path does not allow the date), remove the last
/// ones, print the checklist and the list of founders.
class FoundingPathTab : public QWidget {
    Q_OBJECT

public:
    FoundingPathTab(AppContext& context, qint64 socialCoopId, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    /// Opens the form of the step in `row` of the checklist.
    void editStep(int row);
    void removeStep(int row);
    void printChecklist();
    void printFounders();

private:
    /// The date a new step's form starts with.
    QDate suggestedDate(const core::FoundingPath& path, core::FoundingStep kind) const;

    AppContext& m_context;
    qint64 m_coopId;
    core::SocialCoopService m_service;
    QLabel* m_rules;
    QTableWidget* m_table;
};

} // namespace osiedle::ui
