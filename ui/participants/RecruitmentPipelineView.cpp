#include "ui/participants/RecruitmentPipelineView.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/ParticipantCompleteness.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"
#include "ui/participants/RecruitmentSettingsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

RecruitmentPipelineView::RecruitmentPipelineView(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_participants(context.db, context.changes),
      m_recruitment(context.db, context.changes)
{
    setObjectName(QStringLiteral("recruitmentPipeline"));
    setWindowTitle(tr("Recruitment"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (const core::RecruitmentStatus s : core::allValues<core::RecruitmentStatus>()) {
        m_status->addItem(core::label(s), core::key(s));
    }
    top->addWidget(new QLabel(tr("Status:"), this));
    top->addWidget(m_status);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    top->addWidget(m_count, 1);
    m_date = new QDateEdit(referenceDay(context.db), this);
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto* dateLabel = new QLabel(tr("Decision date:"), this);
    dateLabel->setBuddy(m_date);
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(12);
    auto* settings = new QPushButton(tr("Settings…"), this);
    settings->setObjectName(QStringLiteral("settings"));
    connect(settings, &QPushButton::clicked, this, &RecruitmentPipelineView::editSettings);
    top->addWidget(settings);
    layout->addLayout(top);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("pipelineTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Surname"), tr("First name"), tr("Score"), tr("Housing cooperative"),
                                        tr("Since"), tr("Unmet criteria / reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    const std::pair<const char*, std::pair<QString, Move>> moves[] = {
        {"assess", {tr("Assess eligibility"), Move::Assess}},
        {"score", {tr("Score"), Move::Score}},
        {"qualify", {tr("Qualify"), Move::Qualify}},
        {"reserve", {tr("Reserve list"), Move::Reserve}},
        {"reject", {tr("Reject…"), Move::Reject}},
        {"resign", {tr("Resigned…"), Move::Resign}},
    };
    for (const auto& [name, textAndMove] : moves) {
        auto* b = new QPushButton(textAndMove.first, this);
        b->setObjectName(QString::fromLatin1(name));
        const Move move = textAndMove.second;
        connect(b, &QPushButton::clicked, this, [this, move] { apply(move); });
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    auto* next = new QPushButton(tr("Qualify the next from the reserve"), this);
    next->setObjectName(QStringLiteral("qualifyNext"));
    connect(next, &QPushButton::clicked, this, &RecruitmentPipelineView::qualifyNext);
    buttons->addWidget(next);
    layout->addLayout(buttons);

    connect(m_status, &QComboBox::currentIndexChanged, this, &RecruitmentPipelineView::reload);
    connect(&context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Participants) {
            reload();
        }
    });
    reload();
    resize(900, 560);
}

void RecruitmentPipelineView::showStatus(core::RecruitmentStatus status)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(core::key(status))));
    reload();
}

void RecruitmentPipelineView::reload()
{
    const auto status = core::parseKey<core::RecruitmentStatus>(m_status->currentData().toString());
    QList<core::ParticipantListRow> rows;
    try {
        rows = m_participants.repository().listByStatus(status.value_or(core::RecruitmentStatus::Candidate));
    } catch (const core::StorageError& e) {
        m_count->setText(e.message());
    }
    const QList<qint64> keep = selectedIds();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto& row = rows.at(r);
        auto* surname = new QTableWidgetItem(row.lastName);
        surname->setData(Qt::UserRole, row.id);
        if (row.missing != 0) {
            surname->setToolTip(tr("Missing: %1").arg(core::ParticipantCompleteness::describe(row.missing)));
            surname->setText(row.lastName + QStringLiteral(" ⚠"));
        }
        m_table->setItem(r, 0, surname);
        m_table->setItem(r, 1, new QTableWidgetItem(row.firstName));
        m_table->setItem(r, 2, new QTableWidgetItem(row.score ? QString::number(*row.score) : QString()));
        m_table->setItem(r, 3, new QTableWidgetItem(row.housingCoopName));
        const auto p = m_participants.find(row.id);
        m_table->setItem(r, 4, new QTableWidgetItem(p ? core::shown::date(p->statusOn) : QString()));
        m_table->setItem(
            r, 5,
            new QTableWidgetItem(p ? (p->statusReason.isEmpty()
                                          ? QString(p->unmetCriteria).replace(QLatin1Char('\n'), QStringLiteral("; "))
                                          : p->statusReason)
                                   : QString()));
    }
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n person(s)", nullptr, static_cast<int>(rows.size())));
    select(keep);
}

QList<qint64> RecruitmentPipelineView::shownIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        ids.append(m_table->item(r, 0)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

QList<qint64> RecruitmentPipelineView::selectedIds() const
{
    QList<qint64> ids;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0) && m_table->item(r, 0)->isSelected()) {
            ids.append(m_table->item(r, 0)->data(Qt::UserRole).toLongLong());
        }
    }
    return ids;
}

void RecruitmentPipelineView::select(const QList<qint64>& ids)
{
    m_table->clearSelection();
    QItemSelection selection;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (ids.contains(m_table->item(r, 0)->data(Qt::UserRole).toLongLong())) {
            selection.select(m_table->model()->index(r, 0), m_table->model()->index(r, m_table->columnCount() - 1));
        }
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select);
}

void RecruitmentPipelineView::apply(Move move)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        m_context.prompt.information(this, windowTitle(), tr("Select the participants first."));
        return;
    }
    QString reason;
    if (move == Move::Reject || move == Move::Resign) {
        reason = m_context.prompt.askText(this, windowTitle(),
                                          move == Move::Reject ? tr("Reason for the rejection:")
                                                               : tr("Reason for the resignation:"));
        if (reason.trimmed().isEmpty()) {
            return;
        }
    }
    const QDate on = decisionDate();
    QList<core::Participant> before;
    QStringList refused;
    for (const qint64 id : ids) {
        const auto p = m_participants.find(id);
        if (!p) {
            continue;
        }
        core::Status done;
        switch (move) {
        case Move::Assess: {
            auto r = m_recruitment.assess(id, on);
            done = r ? core::Status() : core::Status(r.error());
            break;
        }
        case Move::Score: {
            auto r = m_recruitment.scoreCandidate(id, on);
            done = r ? core::Status() : core::Status(r.error());
            break;
        }
        case Move::Qualify:
            done = m_recruitment.qualify(id, on);
            break;
        case Move::Reserve:
            done = m_recruitment.putOnReserve(id, on);
            break;
        case Move::Reject:
            done = m_recruitment.reject(id, on, reason);
            break;
        case Move::Resign:
            done = m_recruitment.resign(id, on, reason);
            break;
        }
        if (done) {
            before.append(*p);
        } else {
            refused.append(done.error().message);
        }
    }
    if (!before.isEmpty()) {
        pushUndo(tr("Recruitment decision for %n person(s)", nullptr, static_cast<int>(before.size())), before);
    }
    if (!refused.isEmpty()) {
        m_context.prompt.error(this, windowTitle(), refused.join(QLatin1Char('\n')));
    }
}

void RecruitmentPipelineView::qualifyNext()
{
    QList<core::ParticipantListRow> reserve;
    try {
        reserve = m_participants.repository().listByStatus(core::RecruitmentStatus::Reserve);
    } catch (const core::StorageError&) {
        reserve.clear();
    }
    const auto before = reserve.isEmpty() ? std::nullopt : m_participants.find(reserve.first().id);
    const auto done = m_recruitment.qualifyNextFromReserve(decisionDate());
    if (!done) {
        m_context.prompt.error(this, windowTitle(), done.error().message);
        return;
    }
    if (before) {
        pushUndo(tr("Qualify %1 from the reserve list").arg(before->displayName()), {*before});
        m_context.prompt.information(this, windowTitle(), tr("%1 is qualified.").arg(before->displayName()));
    }
}

QDate RecruitmentPipelineView::decisionDate() const
{
    return m_date->date();
}

void RecruitmentPipelineView::setDecisionDate(const QDate& date)
{
    m_date->setDate(date);
}

void RecruitmentPipelineView::editSettings()
{
    RecruitmentSettingsDialog dialog(m_context, this);
    dialog.exec();
}

void RecruitmentPipelineView::pushUndo(const QString& text, const QList<core::Participant>& before)
{
    QList<core::Participant> after;
    for (const core::Participant& p : before) {
        if (const auto now = m_participants.find(p.id)) {
            after.append(*now);
        }
    }
    AppContext& context = m_context;
    auto restoreAll = [&context](const QList<core::Participant>& records) {
        return serviceStep([&context, records] {
            core::ParticipantService service(context.db, context.changes);
            for (const core::Participant& p : records) {
                if (core::Status done = service.restore(p); !done) {
                    return done;
                }
            }
            return core::Status();
        });
    };
    m_context.undo.push(new UndoableEdit(text, restoreAll(before), restoreAll(after), [&context](const QString& m) {
        context.prompt.error(nullptr, tr("Undo"), m);
    }));
}

} // namespace osiedle::ui
