#include "ui/socialcoops/AgreementTab.h"

#include "core/common/DisplayFormat.h"
#include "core/domain/WorkOrderLifecycle.h"
#include "ui/common/AppContext.h"
#include "ui/common/DateEdit.h"
#include "ui/common/ListExport.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/socialcoops/CoopDocuments.h"
#include "ui/socialcoops/FormDialog.h"
#include "ui/socialcoops/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

AgreementTab::AgreementTab(AppContext& context, qint64 socialCoopId, QWidget* parent)
    : QWidget(parent), m_context(context), m_coopId(socialCoopId), m_service(context.db, context.changes),
      m_table(new QTableWidget(0, 6, this))
{
    m_table->setObjectName(QStringLiteral("agreementTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("SM"), tr("Signed"), tr("Valid"), tr("Scope"), tr("Inaugurated")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    auto* add = new QPushButton(tr("Add agreement…"), this);
    add->setObjectName(QStringLiteral("addAgreement"));
    auto* edit = new QPushButton(tr("Change…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* print = new QPushButton(tr("Print summary…"), this);
    print->setObjectName(QStringLiteral("printAgreement"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(print);
    layout->addLayout(buttons);
    ListExport::addButton(m_context, m_table, buttons, tr("agreements.xlsx"), QStringLiteral("exportAgreements"));
    connect(add, &QPushButton::clicked, this, [this] { editAgreement(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editAgreement(m_table->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeAgreement(m_table->currentRow()); });
    connect(print, &QPushButton::clicked, this, [this] { printSummary(std::max(0, m_table->currentRow())); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { editAgreement(row); });
    reload();
}

void AgreementTab::showError(const QString& message)
{
    m_context.prompt.error(this, tr("Cooperation agreement"), message);
}

void AgreementTab::reload()
{
    m_rows = core::CooperationAgreementRepository(m_context.db).forCoop(m_coopId);
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto& a = m_rows[i];
        QStringList scope;
        for (auto kind : a.scope) {
            scope.append(core::WorkOrderLifecycle::kindTitle(kind));
        }
        const QStringList cells{
            a.number,
            a.housingCoopName,
            core::shown::date(a.signedOn),
            QStringLiteral("%1 – %2").arg(core::shown::date(a.validFrom), core::shown::date(a.validTo)),
            scope.join(QStringLiteral(", ")),
            core::shown::date(a.inauguratedOn)};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
    }
}

void AgreementTab::editAgreement(int row)
{
    const bool isNew = row < 0 || row >= m_rows.size();
    core::CooperationAgreement agreement;
    agreement.socialCoopId = m_coopId;
    agreement.signedOn = referenceDay(m_context.db);
    if (const auto registered = m_service.path(m_coopId).step(core::FoundingStep::Registered);
        registered && registered->doneOn > agreement.signedOn) {
        agreement.signedOn = registered->doneOn;
    }
    agreement.scope = {core::WorkOrderKind::Cleaning, core::WorkOrderKind::Greenery};
    if (const auto coop = core::SocialCoopRepository(m_context.db).find(m_coopId); coop && coop->housingCoopId) {
        agreement.housingCoopId = *coop->housingCoopId;
    }
    if (!isNew) {
        agreement = m_rows[row];
    }
    const core::CooperationAgreement before = agreement;
    auto* dialog = new FormDialog(isNew ? tr("New cooperation agreement") : tr("Cooperation agreement"), this);
    dialog->setPrompt(&m_context.prompt);
    dialog->setObjectName(QStringLiteral("agreementDialog"));
    auto* sm = new QComboBox(dialog);
    sm->setObjectName(QStringLiteral("agreementSm"));
    for (const auto& h : core::SocialCoopRepository(m_context.db).housingCoops()) {
        sm->addItem(h.name, h.id);
    }
    sm->setCurrentIndex(std::max(0, sm->findData(agreement.housingCoopId)));
    auto* number = new QLineEdit(agreement.number, dialog);
    number->setObjectName(QStringLiteral("agreementNumber"));
    auto* signedOn = new DateEdit(agreement.signedOn, dialog);
    signedOn->setObjectName(QStringLiteral("agreementSigned"));
    signedOn->setCalendarPopup(true);
    signedOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    auto* validFrom = new OptionalDateEdit(dialog);
    validFrom->setValue(agreement.validFrom, agreement.signedOn);
    auto* validTo = new OptionalDateEdit(dialog);
    validTo->setValue(agreement.validTo, agreement.signedOn.addYears(1));
    auto* inaugurated = new OptionalDateEdit(dialog);
    inaugurated->setObjectName(QStringLiteral("agreementInaugurated"));
    inaugurated->setValue(agreement.inauguratedOn, agreement.signedOn);
    // while left empty, the other dates keep suggesting the signing date (and a year on)
    connect(signedOn, &QDateEdit::dateChanged, dialog, [validFrom, validTo, inaugurated](const QDate& day) {
        for (auto [edit, suggestion] : {std::pair{validFrom, day}, {validTo, day.addYears(1)}, {inaugurated, day}}) {
            if (!edit->checkBox()->isChecked()) {
                edit->dateEdit()->setDate(suggestion);
            }
        }
    });
    auto* scopeBox = new QWidget(dialog);
    auto* scopeLayout = new QHBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    QList<std::pair<core::WorkOrderKind, QCheckBox*>> scopeChecks;
    for (auto kind : core::WorkOrderLifecycle::allKinds()) {
        auto* check = new QCheckBox(core::WorkOrderLifecycle::kindTitle(kind), scopeBox);
        check->setChecked(agreement.scope.contains(kind));
        scopeLayout->addWidget(check);
        scopeChecks.append({kind, check});
    }
    auto* notes = new QPlainTextEdit(agreement.notes, dialog);
    notes->setMaximumHeight(60);
    dialog->form()->addRow(tr("Housing cooperative (SM)"), sm);
    dialog->form()->addRow(tr("Agreement number"), number);
    dialog->form()->addRow(tr("Signed on"), signedOn);
    dialog->form()->addRow(tr("Valid from"), validFrom);
    dialog->form()->addRow(tr("Valid to"), validTo);
    dialog->form()->addRow(tr("Scope"), scopeBox);
    dialog->form()->addRow(tr("Work inaugurated on"), inaugurated);
    dialog->form()->addRow(tr("Notes"), notes);
    dialog->setSubmit([=, this]() -> QString {
        core::CooperationAgreement typed = before;
        typed.housingCoopId = sm->currentData().toLongLong();
        typed.number = number->text().trimmed();
        typed.signedOn = signedOn->date();
        typed.validFrom = validFrom->value();
        typed.validTo = validTo->value();
        typed.inauguratedOn = inaugurated->value();
        typed.notes = notes->toPlainText().trimmed();
        typed.scope.clear();
        for (const auto& [kind, check] : scopeChecks) {
            if (check->isChecked()) {
                typed.scope.append(kind);
            }
        }
        if (isNew) {
            const auto id = m_service.addAgreement(typed);
            if (!id) {
                return id.error().message;
            }
            typed.id = *id;
        } else if (const auto saved = m_service.updateAgreement(typed); !saved) {
            return saved.error().message;
        }
        auto* service = &m_service;
        m_context.undo.push(new UndoableEdit(
            isNew ? tr("New cooperation agreement") : tr("Change cooperation agreement"),
            [service, isNew, before, typed](QString* error) {
                return isNew ? undoSucceeded(service->removeAgreement(typed.id), error)
                             : undoSucceeded(service->updateAgreement(before), error);
            },
            [service, isNew, typed](QString* error) {
                return isNew ? undoSucceeded(service->addAgreement(typed), error)
                             : undoSucceeded(service->updateAgreement(typed), error);
            },
            [this](const QString& message) { showError(message); }));
        return {};
    });
    dialog->open();
}

void AgreementTab::removeAgreement(int row)
{
    if (row < 0 || row >= m_rows.size()) {
        return;
    }
    const auto gone = m_rows[row];
    if (!m_context.prompt.confirm(this, tr("Remove agreement"),
                                  tr("Remove the agreement signed on %1?").arg(core::shown::date(gone.signedOn)))) {
        return;
    }
    if (const auto removed = m_service.removeAgreement(gone.id); !removed) {
        showError(removed.error().message);
        return;
    }
    auto* service = &m_service;
    m_context.undo.push(new UndoableEdit(
        tr("Remove agreement"),
        [service, gone](QString* error) { return undoSucceeded(service->addAgreement(gone), error); },
        [service, gone](QString* error) { return undoSucceeded(service->removeAgreement(gone.id), error); },
        [this](const QString& message) { showError(message); }));
}

void AgreementTab::printSummary(int row)
{
    const auto coop = core::SocialCoopRepository(m_context.db).find(m_coopId);
    if (!coop || row < 0 || row >= m_rows.size()) {
        m_context.prompt.information(this, tr("Cooperation agreement"), tr("There is no agreement to print yet."));
        return;
    }
    CoopDocuments::preview(m_context.db, tr("Cooperation agreement"), CoopDocuments::agreementHtml(*coop, m_rows[row]),
                           this);
}

} // namespace osiedle::ui
