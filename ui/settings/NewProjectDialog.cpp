#include "ui/settings/NewProjectDialog.h"

#include "ui/common/DateEdit.h"
#include "ui/common/DialogButtons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace osiedle::ui {

NewProjectDialog::NewProjectDialog(const QString& suggestedTitle, const QDate& today, QWidget* parent)
    : EditDialog(parent), m_title(new QLineEdit(suggestedTitle, this)), m_contract(new QLineEdit(this)),
      m_beneficiary(new QLineEdit(this)), m_start(new DateEdit(QDate(today.year(), today.month(), 1), this)),
      m_end(new DateEdit(QDate(today.year(), today.month(), 1).addYears(3).addDays(-1), this)),
      m_periods(new QCheckBox(tr("Make the reporting periods: calendar quarters over these dates"), this))
{
    setObjectName(QStringLiteral("newProjectDialog"));
    setWindowTitle(tr("New project"));
    m_title->setObjectName(QStringLiteral("title"));
    m_contract->setObjectName(QStringLiteral("contract_number"));
    m_contract->setPlaceholderText(tr("can be filled in later"));
    m_beneficiary->setObjectName(QStringLiteral("beneficiary"));
    m_beneficiary->setPlaceholderText(tr("can be filled in later"));
    m_start->setObjectName(QStringLiteral("start_date"));
    m_end->setObjectName(QStringLiteral("end_date"));
    m_periods->setObjectName(QStringLiteral("quarterlyPeriods"));
    m_periods->setChecked(true);

    QLabel* general = FormErrors::createGeneralLabel(this);
    m_errors = FormErrors(general);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors.addRow(form, tr("Project title"), m_title, QStringLiteral("title"));
    m_errors.addRow(form, tr("Start of the project"), m_start, QStringLiteral("start_date"));
    m_errors.addRow(form, tr("End of the project"), m_end, QStringLiteral("end_date"));
    form->addRow(tr("Contract number"), m_contract);
    form->addRow(tr("Beneficiary"), m_beneficiary);
    form->addRow(QString(), m_periods);
    auto* intro = new QLabel(tr("The project's partners, office staff, logo strip and the rest are set up next, on "
                                "the start page."),
                             this);
    intro->setWordWrap(true);
    QDialogButtonBox* buttons = saveCancelButtons(this, [this] { return check(); });
    buttons->button(QDialogButtonBox::Save)->setText(tr("Create"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_title->setFocus();
    m_title->selectAll(); // the file's name is offered; typing replaces it
}

core::ProjectDetails NewProjectDialog::details() const
{
    core::ProjectDetails d;
    d.title = m_title->text().trimmed();
    d.contractNumber = m_contract->text().trimmed();
    d.beneficiary = m_beneficiary->text().trimmed();
    d.startDate = m_start->date();
    d.endDate = m_end->date();
    d.quarterlyPeriods = m_periods->isChecked();
    return d;
}

bool NewProjectDialog::check()
{
    const core::FieldErrors errors = core::ProjectService::validate(details());
    m_errors.show(errors);
    return errors.isEmpty();
}

} // namespace osiedle::ui
