#include "ui/debts/EvictionPanel.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ArrearsOverview.h"
#include "core/services/EvictionCaseService.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/EnterSubmits.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/DebtsFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace osiedle::ui {

EvictionPanel::EvictionPanel(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    m_open = new QPushButton(tr("Open an eviction case…"), this);
    m_open->setObjectName(QStringLiteral("openCase"));
    m_details = new QWidget(this);
    m_court = new QLineEdit(m_details);
    m_court->setObjectName(QStringLiteral("court"));
    m_signature = new QLineEdit(m_details);
    m_signature->setObjectName(QStringLiteral("caseSignature"));
    m_socialFlat = new QComboBox(m_details);
    m_socialFlat->setObjectName(QStringLiteral("socialFlat"));
    m_socialFlat->addItem(tr("Not decided yet"), -1);
    m_socialFlat->addItem(tr("With the right to a social flat"), 1);
    m_socialFlat->addItem(tr("Without the right to a social flat"), 0);
    m_hasEvictionDate = new QCheckBox(tr("Eviction date"), m_details);
    m_hasEvictionDate->setObjectName(QStringLiteral("hasEvictionDate"));
    m_evictionOn = new DateEdit(m_details);
    m_evictionOn->setObjectName(QStringLiteral("evictionOn"));
    m_evictionOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_evictionOn->setCalendarPopup(true);
    m_notes = new QLineEdit(m_details);
    m_notes->setObjectName(QStringLiteral("caseNotes"));
    m_winter = new QLabel(m_details);
    m_winter->setObjectName(QStringLiteral("winterNotice"));
    m_winter->setStyleSheet(QStringLiteral("color: #1d4f91; font-weight: bold"));
    m_winter->setWordWrap(true);
    m_winter->setMinimumHeight(m_winter->fontMetrics().height() * 3);
    auto* save = new QPushButton(tr("Save the case"), m_details);
    save->setObjectName(QStringLiteral("saveCase"));

    auto* form = new QFormLayout;
    form->addRow(tr("Court"), m_court);
    form->addRow(tr("Case signature"), m_signature);
    form->addRow(tr("Social flat"), m_socialFlat);
    auto* eviction = new QHBoxLayout;
    eviction->addWidget(m_evictionOn);
    eviction->addStretch();
    form->addRow(m_hasEvictionDate, eviction);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(QString(), save);

    m_stages = new QTableWidget(0, 3, m_details);
    m_stages->setObjectName(QStringLiteral("stagesTable"));
    m_stages->setHorizontalHeaderLabels({tr("Date"), tr("Stage"), tr("Notes")});
    m_stages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stages->horizontalHeader()->setStretchLastSection(true);
    m_stages->verticalHeader()->hide();
    m_nextStage = new QComboBox(m_details);
    m_nextStage->setObjectName(QStringLiteral("nextStage"));
    m_nextStage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nextStage->setMinimumWidth(200);
    m_stageDate = new DateEdit(m_details);
    m_stageDate->setObjectName(QStringLiteral("stageDate"));
    m_stageDate->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_stageDate->setCalendarPopup(true);
    m_stageNotes = new QLineEdit(m_details);
    m_stageNotes->setObjectName(QStringLiteral("stageNotes"));
    m_stageNotes->setPlaceholderText(tr("notes"));
    auto* add = new QPushButton(tr("Record stage"), m_details);
    add->setObjectName(QStringLiteral("addStage"));
    auto* next = new QHBoxLayout;
    next->addWidget(new QLabel(tr("Next stage:"), m_details));
    next->addWidget(m_nextStage);
    next->addWidget(m_stageDate);
    next->addWidget(m_stageNotes, 1);
    next->addWidget(add);
    m_error = new QLabel(m_details);
    m_error->setObjectName(QStringLiteral("stageError"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->setWordWrap(true);

    auto* detailsLayout = new QHBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_winter);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_stages, 1);
    right->addLayout(next);
    right->addWidget(m_error);
    detailsLayout->addLayout(left, 2);
    detailsLayout->addLayout(right, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addWidget(m_details, 1);

    connect(m_open, &QPushButton::clicked, this, &EvictionPanel::openCase);
    connect(save, &QPushButton::clicked, this, &EvictionPanel::saveCase);
    connect(add, &QPushButton::clicked, this, &EvictionPanel::addStage);
    enterSubmits({m_court, m_signature, m_socialFlat, m_evictionOn, m_notes}, save);
    enterSubmits({m_nextStage, m_stageDate, m_stageNotes}, add);
    connect(m_hasEvictionDate, &QCheckBox::toggled, m_evictionOn, &QDateEdit::setEnabled);
    connect(m_hasEvictionDate, &QCheckBox::toggled, this, &EvictionPanel::showWinterNotice);
    connect(m_evictionOn, &QDateEdit::dateChanged, this, &EvictionPanel::showWinterNotice);
}

void EvictionPanel::show(qint64 participantId, std::optional<qint64> accountId, const QDate& on)
{
    m_participantId = participantId;
    m_accountId = accountId;
    m_on = on;
    refresh();
}

void EvictionPanel::refresh()
{
    m_case.reset();
    m_error->clear();
    const auto found = core::ArrearsOverview(m_context.db).evictionCase(m_participantId);
    if (found) {
        m_case = *found;
    } else {
        m_error->setText(found.error().message);
    }
    m_open->setVisible(!m_case);
    m_details->setVisible(m_case.has_value());
    if (!m_case) {
        return;
    }
    m_court->setText(m_case->court);
    m_signature->setText(m_case->signature);
    m_socialFlat->setCurrentIndex(
        m_socialFlat->findData(m_case->socialFlatRight ? (*m_case->socialFlatRight ? 1 : 0) : -1));
    m_hasEvictionDate->setChecked(m_case->evictionOn.isValid());
    m_evictionOn->setEnabled(m_case->evictionOn.isValid());
    m_evictionOn->setDate(m_case->evictionOn.isValid() ? m_case->evictionOn : m_on);
    m_notes->setText(m_case->notes);
    m_stages->setRowCount(static_cast<int>(m_case->steps.size()));
    for (int row = 0; row < m_case->steps.size(); ++row) {
        const core::EvictionStep& step = m_case->steps[row];
        m_stages->setItem(row, 0, new QTableWidgetItem(core::shown::date(step.date)));
        m_stages->setItem(row, 1, new QTableWidgetItem(core::EvictionPath::name(step.stage)));
        m_stages->setItem(row, 2, new QTableWidgetItem(step.notes));
    }
    m_stages->resizeColumnsToContents();
    m_nextStage->clear();
    for (core::EvictionStage stage : core::EvictionPath::allowedNext(m_case->steps)) {
        m_nextStage->addItem(core::EvictionPath::name(stage), static_cast<int>(stage));
    }
    m_stageDate->setDate(m_on);
    showWinterNotice();
}

void EvictionPanel::showWinterNotice()
{
    m_winter->setText(m_hasEvictionDate->isChecked() ? core::EvictionPath::winterNotice(m_evictionOn->date())
                                                     : QString());
}

void EvictionPanel::openCase()
{
    core::EvictionCase c;
    c.participantId = m_participantId;
    c.accountId = m_accountId;
    auto service = std::make_shared<core::EvictionCaseService>(m_context.db, m_context.changes);
    const core::Result<qint64> id = service->open(c);
    if (!id) {
        m_context.prompt.error(this, tr("Eviction case"), id.error().message);
        return;
    }
    c.id = *id;
    m_context.undo.push(new UndoableEdit(
        tr("Open eviction case"), debtStep([service, c] { return service->remove(c.id); }),
        debtStep([service, c] { return service->open(c); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    refresh();
}

void EvictionPanel::saveCase()
{
    if (!m_case) {
        return;
    }
    const core::EvictionCase old = *m_case;
    core::EvictionCase c = old;
    c.court = m_court->text().trimmed();
    c.signature = m_signature->text().trimmed();
    const int flat = m_socialFlat->currentData().toInt();
    c.socialFlatRight = flat < 0 ? std::nullopt : std::optional<bool>(flat == 1);
    c.evictionOn = m_hasEvictionDate->isChecked() ? m_evictionOn->date() : QDate();
    c.notes = m_notes->text().trimmed();
    auto service = std::make_shared<core::EvictionCaseService>(m_context.db, m_context.changes);
    const core::Status saved = service->update(c);
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    m_context.undo.push(new UndoableEdit(
        tr("Edit eviction case"), debtStep([service, old] { return service->update(old); }),
        debtStep([service, c] { return service->update(c); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    refresh();
}

void EvictionPanel::addStage()
{
    if (!m_case || m_nextStage->currentIndex() < 0) {
        return;
    }
    core::EvictionStep step{0, static_cast<core::EvictionStage>(m_nextStage->currentData().toInt()),
                            m_stageDate->date(), m_stageNotes->text().trimmed()};
    auto service = std::make_shared<core::EvictionCaseService>(m_context.db, m_context.changes);
    const core::Result<qint64> id = service->addStage(m_case->id, step);
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    step.id = *id;
    m_context.undo.push(new UndoableEdit(
        tr("Eviction stage: %1").arg(core::EvictionPath::name(step.stage)),
        debtStep([service, caseId = m_case->id, step] { return service->removeLastStage(caseId, step.id); }),
        debtStep([service, caseId = m_case->id, step] { return service->addStage(caseId, step); }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    m_stageNotes->clear();
    refresh();
}

} // namespace osiedle::ui
