#include "ui/debts/OpenAccountDialog.h"

#include "core/services/ArrearsOverview.h"
#include "core/services/DebtLedgerService.h"
#include "ui/common/AppContext.h"
#include "ui/common/ReferenceDate.h"
#include "ui/common/UndoableEdit.h"
#include "ui/common/UserPrompt.h"
#include "ui/debts/DebtsFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace osiedle::ui {

OpenAccountDialog::OpenAccountDialog(AppContext& context, QWidget* parent) : EditDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("openAccountDialog"));
    setWindowTitle(tr("Open a debt account"));
    core::ArrearsOverview overview(context.db);
    m_participant = new QComboBox(this);
    m_participant->setObjectName(QStringLiteral("participant"));
    const auto people = overview.participantsWithoutAccount();
    if (people) {
        for (const auto& [id, name] : *people) {
            m_participant->addItem(name, id);
        }
    }
    m_housingCoop = new QComboBox(this);
    m_housingCoop->setObjectName(QStringLiteral("housingCoop"));
    const auto coops = overview.housingCoops();
    if (coops) {
        for (const auto& [id, name] : *coops) {
            m_housingCoop->addItem(name, id);
        }
    }
    m_accountNumber = new QLineEdit(this);
    m_accountNumber->setObjectName(QStringLiteral("accountNumber"));
    m_accountNumber->setPlaceholderText(tr("the number in the SM's system, e.g. K/0042"));
    m_flat = new QLineEdit(this);
    m_flat->setObjectName(QStringLiteral("flat"));
    m_flat->setPlaceholderText(tr("e.g. Lipowa 7/12"));
    m_title = new QComboBox(this);
    m_title->setObjectName(QStringLiteral("title"));
    for (const core::TenancyTitle title : core::TenancyTitles::all()) {
        m_title->addItem(core::TenancyTitles::name(title), static_cast<int>(title));
    }
    m_openedOn = new QDateEdit(referenceDay(context.db), this);
    m_openedOn->setObjectName(QStringLiteral("openedOn"));
    m_openedOn->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_openedOn->setCalendarPopup(true);
    m_arrears = new QLineEdit(this);
    m_arrears->setObjectName(QStringLiteral("arrearsAtEntry"));
    m_arrears->setPlaceholderText(tr("e.g. 4 250,00"));

    auto* form = new QFormLayout;
    form->addRow(tr("Participant"), m_participant);
    form->addRow(tr("Housing cooperative"), m_housingCoop);
    form->addRow(tr("Account number"), m_accountNumber);
    form->addRow(tr("Flat"), m_flat);
    form->addRow(tr("Title to the flat"), m_title);
    form->addRow(tr("Opened on (entry into the project)"), m_openedOn);
    form->addRow(tr("Arrears at entry"), m_arrears);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c"));
    m_error->setWordWrap(true);
    if (!people || !coops) {
        m_error->setText(!people ? people.error().message : coops.error().message);
    } else if (people->isEmpty()) {
        m_error->setText(tr("Every participant has a debt account already."));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open the account"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("openAccount"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_participant->count() > 0);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 340);

    connect(m_participant, &QComboBox::currentIndexChanged, this, &OpenAccountDialog::participantChosen);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenAccountDialog::reject);
    participantChosen();
}

int OpenAccountDialog::participantCount() const
{
    return m_participant->count();
}

void OpenAccountDialog::setParticipant(qint64 participantId)
{
    m_participant->setCurrentIndex(m_participant->findData(participantId));
}

void OpenAccountDialog::participantChosen()
{
    if (m_participant->currentIndex() < 0) {
        return;
    }
    const auto facts = core::ArrearsOverview(m_context.db).entryFacts(m_participant->currentData().toLongLong());
    if (!facts || !*facts) {
        return;
    }
    const core::DebtAccountRepository::EntryFacts& f = **facts;
    if (f.housingCoopId) {
        m_housingCoop->setCurrentIndex(m_housingCoop->findData(*f.housingCoopId));
    }
    if (f.recruitedOn.isValid()) {
        m_openedOn->setDate(f.recruitedOn);
    }
    m_arrears->setText(f.arrearsAtEntry.formatPlain());
}

void OpenAccountDialog::accept()
{
    const core::Result<core::Money> arrears = core::Money::parse(m_arrears->text());
    if (!arrears) {
        m_error->setText(tr("Arrears at entry: %1").arg(arrears.error().message));
        m_arrears->setFocus();
        return;
    }
    core::DebtAccount account;
    account.participantId = m_participant->currentData().toLongLong();
    account.housingCoopId = m_housingCoop->currentData().toLongLong();
    account.accountNumber = m_accountNumber->text().trimmed();
    account.flat = m_flat->text().trimmed();
    account.title = static_cast<core::TenancyTitle>(m_title->currentData().toInt());
    account.openedOn = m_openedOn->date();
    auto service = std::make_shared<core::DebtLedgerService>(m_context.db, m_context.changes);
    const core::Result<qint64> opened = service->openAccount(account, *arrears);
    if (!opened) {
        m_error->setText(opened.error().message);
        return;
    }
    m_accountId = *opened;
    // Redo opens it again under a new id; undo removes whichever id it has now.
    auto id = std::make_shared<qint64>(*opened);
    const core::Money atEntry = *arrears;
    m_context.undo.push(new UndoableEdit(
        tr("Open the debt account of %1").arg(m_participant->currentText()),
        debtStep([service, id] { return service->removeAccount(*id); }),
        debtStep([service, id, account, atEntry]() -> core::Status {
            const core::Result<qint64> again = service->openAccount(account, atEntry);
            if (!again) {
                return again.error();
            }
            *id = *again;
            return {};
        }),
        [prompt = &m_context.prompt](const QString& message) { prompt->error(nullptr, tr("Undo"), message); }));
    QDialog::accept();
}

} // namespace osiedle::ui
