#include "ui/participants/RecruitmentSettingsDialog.h"

#include "ui/common/AppContext.h"
#include "ui/common/DialogButtons.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

RecruitmentSettingsDialog::RecruitmentSettingsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_recruitment(context.db, context.changes),
      m_participants(context.db, context.changes), m_originalWeights(m_recruitment.scoreWeights()),
      m_originalCollected(m_participants.optionalData())
{
    setObjectName(QStringLiteral("recruitmentSettings"));
    setWindowTitle(tr("Recruitment settings"));
    auto* layout = new QVBoxLayout(this);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    layout->addWidget(m_general);
    m_errors = FormErrors(m_general);

    auto* scoreBox = new QGroupBox(tr("Points each criterion adds to the score"), this);
    auto* scoreForm = new QFormLayout(scoreBox);
    for (const core::ScoreCriterion& c : core::RecruitmentService::scoreCriteria()) {
        auto* spin = new QSpinBox(scoreBox);
        spin->setObjectName(c.key);
        spin->setRange(0, core::RecruitmentService::maxWeight);
        spin->setValue(m_originalWeights.*(c.member));
        m_weights.insert(c.key, spin);
        m_errors.addRow(scoreForm, c.label, spin, c.key);
    }
    int scored = 0;
    if (const auto scores = m_recruitment.currentScores()) {
        scored = static_cast<int>(scores->size());
    }
    auto* note = new QLabel(
        tr("New points re-score the %n person(s) already scored or on the reserve list.", nullptr, scored), scoreBox);
    note->setObjectName(QStringLiteral("rescoreNote"));
    note->setWordWrap(true);
    scoreForm->addRow(note);
    layout->addWidget(scoreBox);

    auto* dataBox = new QGroupBox(tr("Optional monitoring data collected"), this);
    auto* dataLayout = new QVBoxLayout(dataBox);
    auto check = [dataBox, dataLayout](const char* name, const QString& text, bool on) {
        auto* box = new QCheckBox(text, dataBox);
        box->setObjectName(QString::fromLatin1(name));
        box->setChecked(on);
        dataLayout->addWidget(box);
        return box;
    };
    m_disability = check("collectDisability", tr("Disability"), m_originalCollected.disability);
    m_minority = check("collectMinority", tr("National or ethnic minority"), m_originalCollected.minority);
    m_migrant = check("collectMigrant", tr("Migrant"), m_originalCollected.migrant);
    auto* dataNote = new QLabel(tr("The participant card asks for what is ticked, and the monitoring export "
                                   "has a column for it."),
                                dataBox);
    dataNote->setWordWrap(true);
    dataLayout->addWidget(dataNote);
    layout->addWidget(dataBox);

    layout->addWidget(saveCancelButtons(this, [this] { return save(); }));
}

core::ScoreWeights RecruitmentSettingsDialog::weights() const
{
    core::ScoreWeights w;
    for (const core::ScoreCriterion& c : core::RecruitmentService::scoreCriteria()) {
        w.*(c.member) = m_weights.value(c.key)->value();
    }
    return w;
}

core::OptionalMonitoringData RecruitmentSettingsDialog::collected() const
{
    return {m_disability->isChecked(), m_minority->isChecked(), m_migrant->isChecked()};
}

bool RecruitmentSettingsDialog::save()
{
    const core::ScoreWeights newWeights = weights();
    const core::OptionalMonitoringData newCollected = collected();
    if (const core::FieldErrors problems = core::RecruitmentService::validate(newWeights); !problems.isEmpty()) {
        m_errors.show(problems);
        return false;
    }
    m_errors.clear();
    const bool weightsChanged = newWeights != m_originalWeights;
    const bool collectedChanged = newCollected != m_originalCollected;
    if (!weightsChanged && !collectedChanged) {
        return true;
    }
    const auto before = m_recruitment.currentScores();
    if (!before) {
        m_errors.show({{QString(), before.error().message}});
        return false;
    }
    AppContext& context = m_context;
    const core::ScoreWeights oldWeights = m_originalWeights;
    const core::OptionalMonitoringData oldCollected = m_originalCollected;
    const QHash<qint64, int> oldScores = *before;
    auto apply = [&context, weightsChanged, collectedChanged](const core::ScoreWeights& w,
                                                              const core::OptionalMonitoringData& data,
                                                              const QHash<qint64, int>* scores) {
        if (collectedChanged) {
            if (core::Status done = core::ParticipantService(context.db, context.changes).setOptionalData(data);
                !done) {
                return done;
            }
        }
        if (!weightsChanged) {
            return core::Status();
        }
        core::RecruitmentService recruitment(context.db, context.changes);
        if (scores != nullptr) {
            return recruitment.restoreScoreWeights(w, *scores);
        }
        const auto rescored = recruitment.setScoreWeights(w);
        return rescored ? core::Status() : core::Status(rescored.error());
    };
    if (core::Status done = apply(newWeights, newCollected, nullptr); !done) {
        m_errors.show({{QString(), done.error().message}});
        return false;
    }
    m_context.undo.push(new UndoableEdit(
        tr("Change the recruitment settings"), serviceStep([apply, oldWeights, oldCollected, oldScores] {
            return apply(oldWeights, oldCollected, &oldScores);
        }),
        serviceStep([apply, newWeights, newCollected] { return apply(newWeights, newCollected, nullptr); }),
        [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    m_originalWeights = newWeights;
    m_originalCollected = newCollected;
    return true;
}

} // namespace osiedle::ui
