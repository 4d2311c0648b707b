#include "ui/socialcoops/FoundingPathTab.h"

#include "core/common/DisplayFormat.h"
#include "core/storage/MembershipRepository.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/socialcoops/CoopDocuments.h"
#include "ui/socialcoops/FormDialog.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {
using K = core::FoundingStep;
}

FoundingPathTab::FoundingPathTab(AppContext& context, qint64 socialCoopId, QWidget* parent)
    : QWidget(parent), m_context(context), m_coopId(socialCoopId), m_service(context.db, context.changes),
      m_rules(new QLabel(this)), m_table(new QTableWidget(0, 4, this))
{
    m_table->setObjectName(QStringLiteral("foundingChecklist"));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Date"), tr("Details"), tr("Notes")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    auto* record = new QPushButton(tr("Record step…"), this);
    record->setObjectName(QStringLiteral("recordStep"));
    auto* remove = new QPushButton(tr("Remove step"), this);
    remove->setObjectName(QStringLiteral("removeStep"));
    auto* checklist = new QPushButton(tr("Print checklist…"), this);
    checklist->setObjectName(QStringLiteral("printChecklist"));
    auto* founders = new QPushButton(tr("Print founders…"), this);
    founders->setObjectName(QStringLiteral("printFounders"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rules);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(record);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(checklist);
    buttons->addWidget(founders);
    layout->addLayout(buttons);
    ListExport::addButton(m_context, m_table, buttons, tr("founding-path.xlsx"), QStringLiteral("exportFoundingPath"));
    connect(record, &QPushButton::clicked, this, [this] { editStep(m_table->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeStep(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editStep(row); });
    connect(checklist, &QPushButton::clicked, this, &FoundingPathTab::printChecklist);
    connect(founders, &QPushButton::clicked, this, &FoundingPathTab::printFounders);
    reload();
}

void FoundingPathTab::reload()
{
    const core::FoundingPath path = m_service.path(m_coopId);
    const core::FoundingRules rules = core::SocialCoopRepository(m_context.db).foundingRules();
    m_rules->setText(tr("Founding rules %1: a founding group of at least %2 natural persons. Founders listed: %3.")
                         .arg(core::FoundingPath::rulesKey(rules))
                         .arg(core::FoundingPath::minimumFounders(rules))
                         .arg(core::MembershipRepository(m_context.db).naturalFounders(m_coopId)));
    const auto all = core::FoundingPath::allSteps();
    const int current = m_table->currentRow();
    m_table->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const auto step = path.step(all[i]);
        auto* title = new QTableWidgetItem((step ? QStringLiteral("☑ ") : QStringLiteral("☐ ")) +
                                           core::FoundingPath::title(all[i]));
        title->setData(Qt::UserRole, int(all[i]));
        m_table->setItem(i, 0, title);
        m_table->setItem(i, 1, new QTableWidgetItem(step ? core::shown::date(step->doneOn) : QString()));
        QStringList details;
        if (step && step->amount) {
            details.append(step->amount->format());
        }
        if (step && !step->source.isEmpty()) {
            details.append(step->source);
        }
        if (step && step->months) {
            details.append(tr("%1 months").arg(*step->months));
        }
        m_table->setItem(i, 2, new QTableWidgetItem(details.join(QStringLiteral("; "))));
        m_table->setItem(i, 3, new QTableWidgetItem(step ? step->notes : QString()));
    }
    if (current >= 0) {
        m_table->selectRow(current);
    }
}

QDate FoundingPathTab::suggestedDate(const core::FoundingPath& path, core::FoundingStep kind) const
{
    // the day the figures are read for (today, or the project's end for a finished project),
    // but never before a step this one needs
    QDate day = referenceDay(m_context.db);
    for (K needed : core::FoundingPath::prerequisites(kind)) {
        if (const auto done = path.step(needed); done && done->doneOn > day) {
            day = done->doneOn;
        }
    }
    return day;
}

void FoundingPathTab::editStep(int row)
{
    if (row < 0 || row >= m_table->rowCount()) {
        m_context.prompt.information(this, tr("Founding path"), tr("Choose a step in the checklist first."));
        return;
    }
    const auto kind = static_cast<K>(m_table->item(row, 0)->data(Qt::UserRole).toInt());
    if (kind == K::AgreementSigned || kind == K::Inauguration) {
        m_context.prompt.information(
            this, tr("Founding path"),
            tr("This step follows from the cooperation agreement: enter it on the Agreement tab."));
        return;
    }
    const core::FoundingPath path = m_service.path(m_coopId);
    const std::optional<core::FoundingStepEntry> before = path.step(kind);
    core::FoundingStepEntry step = before.value_or(core::FoundingStepEntry{});
    step.socialCoopId = m_coopId;
    step.kind = kind;
    const auto coopBefore = core::SocialCoopRepository(m_context.db).find(m_coopId);
    if (!coopBefore) {
        return;
    }

    auto* dialog = new FormDialog(core::FoundingPath::title(kind), this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setObjectName(QStringLiteral("foundingStepDialog"));
    auto* date = new DateEdit(dialog);
    date->setObjectName(QStringLiteral("stepDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    date->setDate(before ? before->doneOn : suggestedDate(path, kind));
    dialog->form()->addRow(tr("Date"), date);
    const bool money = kind == K::GrantApplied || kind == K::GrantGranted || kind == K::BridgingSupport;
    auto* amount = new QLineEdit(step.amount ? step.amount->formatPlain() : QString(), dialog);
    auto* source = new QLineEdit(step.source, dialog);
    auto* months = new QSpinBox(dialog);
    amount->setObjectName(QStringLiteral("stepAmount"));
    months->setRange(0, 60);
    months->setValue(step.months.value_or(0));
    // a field the step does not ask for stays out of the dialog (hidden, not floating over it)
    const auto addIf = [dialog](bool wanted, const QString& label, QWidget* field) {
        if (wanted) {
            dialog->form()->addRow(label, field);
        } else {
            field->hide();
        }
    };
    addIf(money, tr("Amount (zł)"), amount);
    addIf(money, tr("Source"), source);
    addIf(kind == K::BridgingSupport, tr("Months"), months);
    auto* krs = new QLineEdit(coopBefore->krs, dialog);
    auto* nip = new QLineEdit(coopBefore->nip, dialog);
    auto* regon = new QLineEdit(coopBefore->regon, dialog);
    krs->setObjectName(QStringLiteral("stepKrs"));
    nip->setObjectName(QStringLiteral("stepNip"));
    regon->setObjectName(QStringLiteral("stepRegon"));
    addIf(kind == K::Registered, tr("KRS number"), krs);
    addIf(kind == K::NipRegon, tr("NIP"), nip);
    addIf(kind == K::NipRegon, tr("REGON"), regon);
    auto* notes = new QLineEdit(step.notes, dialog);
    notes->setObjectName(QStringLiteral("stepNotes"));
    dialog->form()->addRow(tr("Notes"), notes);

    dialog->setSubmit([=, this]() -> QString {
        core::FoundingStepEntry typed = step;
        typed.doneOn = date->date();
        typed.notes = notes->text().trimmed();
        typed.source = source->text().trimmed();
        typed.months = months->value() > 0 ? std::optional<int>(months->value()) : std::nullopt;
        typed.amount.reset();
        if (money && !amount->text().trimmed().isEmpty()) {
            const auto parsed = core::Money::parse(amount->text());
            if (!parsed) {
                return parsed.error().message;
            }
            typed.amount = *parsed;
        }
        std::optional<core::SocialCoop> coopAfter;
        if (kind == K::Registered || kind == K::NipRegon) {
            coopAfter = *coopBefore;
            coopAfter->krs = krs->text().trimmed();
            coopAfter->nip = nip->text().trimmed();
            coopAfter->regon = regon->text().trimmed();
        }
        const auto saved = m_service.saveStep(typed, coopAfter);
        if (!saved) {
            return saved.error().message;
        }
        auto* service = &m_service;
        const auto coopId = m_coopId;
        const auto original = *coopBefore;
        m_context.undo.push(new UndoableEdit(
            tr("Founding step: %1").arg(core::FoundingPath::title(kind)),
            [service, before, kind, coopId, original, coopAfter](QString* error) {
                if (coopAfter && !undoSucceeded(service->updateCoop(original), error)) {
                    return false;
                }
                return before ? undoSucceeded(service->saveStep(*before), error)
                              : undoSucceeded(service->removeStep(coopId, kind), error);
            },
            [service, typed, coopAfter](QString* error) {
                return undoSucceeded(service->saveStep(typed, coopAfter), error);
            },
            [this](const QString& message) { m_context.prompt.error(this, tr("Founding path"), message); }));
        return {};
    });
    dialog->open();
}

void FoundingPathTab::removeStep(int row)
{
    if (row < 0 || row >= m_table->rowCount()) {
        return;
    }
    const auto kind = static_cast<K>(m_table->item(row, 0)->data(Qt::UserRole).toInt());
    const auto before = m_service.path(m_coopId).step(kind);
    if (!before) {
        return;
    }
    if (!m_context.prompt.confirm(this, tr("Founding path"),
                                  tr("Remove the step \"%1\"?").arg(core::FoundingPath::title(kind)))) {
        return;
    }
    if (const auto removed = m_service.removeStep(m_coopId, kind); !removed) {
        m_context.prompt.error(this, tr("Founding path"), removed.error().message);
        return;
    }
    auto* service = &m_service;
    const auto coopId = m_coopId;
    m_context.undo.push(new UndoableEdit(
        tr("Remove founding step: %1").arg(core::FoundingPath::title(kind)),
        [service, before](QString* error) { return undoSucceeded(service->saveStep(*before), error); },
        [service, coopId, kind](QString* error) { return undoSucceeded(service->removeStep(coopId, kind), error); },
        [this](const QString& message) { m_context.prompt.error(this, tr("Founding path"), message); }));
}

void FoundingPathTab::printChecklist()
{
    const auto coop = core::SocialCoopRepository(m_context.db).find(m_coopId);
    if (!coop) {
        return;
    }
    const QString html = CoopDocuments::checklistHtml(*coop, m_service.path(m_coopId),
                                                      m_service.stage(m_coopId, referenceDay(m_context.db)),
                                                      core::SocialCoopRepository(m_context.db).foundingRules());
    CoopDocuments::preview(m_context.db, tr("Founding checklist"), html, this);
}

void FoundingPathTab::printFounders()
{
    const auto coop = core::SocialCoopRepository(m_context.db).find(m_coopId);
    if (!coop) {
        return;
    }
    const QString html = CoopDocuments::foundersHtml(*coop, core::MembershipRepository(m_context.db).forCoop(m_coopId));
    CoopDocuments::preview(m_context.db, tr("List of founders"), html, this);
}

} // namespace osiedle::ui
