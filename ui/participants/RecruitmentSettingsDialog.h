#pragma once

#include "core/services/ParticipantService.h"
#include "core/services/RecruitmentService.h"
#include "ui/common/FormErrors.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace osiedle::ui {

struct AppContext;

/// The recruitment settings of the project: the points each criterion adds to a candidate's
/// score, and which optional monitoring data (disability, minority, migrant) the office
/// collects. Saving new weights re-scores everyone already scored or on the reserve list; the
/// whole change is one undoable edit.
class RecruitmentSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit RecruitmentSettingsDialog(AppContext& context, QWidget* parent = nullptr);

    /// Validates and stores; false (with the message shown) when it cannot.
    bool save();
    /// The spin box of a criterion (by ScoreCriterion key).
    QSpinBox* weightField(const QString& key) const { return m_weights.value(key); }
    const FormErrors& errors() const { return m_errors; }

private:
    core::ScoreWeights weights() const;
    core::OptionalMonitoringData collected() const;

    AppContext& m_context;
    core::RecruitmentService m_recruitment;
    core::ParticipantService m_participants;
    core::ScoreWeights m_originalWeights;
    core::OptionalMonitoringData m_originalCollected;
    QHash<QString, QSpinBox*> m_weights;
    QCheckBox* m_disability = nullptr;
    QCheckBox* m_minority = nullptr;
    QCheckBox* m_migrant = nullptr;
    QLabel* m_general = nullptr;
    FormErrors m_errors{nullptr};
};

} // namespace osiedle::ui
