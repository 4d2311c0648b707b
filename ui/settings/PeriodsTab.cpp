#include "ui/settings/PeriodsTab.h"

#include "core/services/ChangeNotifier.h"
#include "core/services/ProjectSettingsService.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/FormErrors.h"
#include "ui/common/UndoPush.h"
#include "ui/common/UserPrompt.h"
#include "ui/settings/SettingsRecords.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace osiedle::ui {

PeriodsTab::PeriodsTab(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_table(new QTableWidget(0, 5, this)), m_months(new QSpinBox(this)),
      m_pattern(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("periodsTab"));
    m_table->setObjectName(QStringLiteral("periodTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("From"), tr("To"), tr("Claim number"), tr("Locked")});
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_months->setObjectName(QStringLiteral("periodMonths"));
    m_months->setRange(1, 24);
    m_months->setValue(3);
    m_months->setSuffix(tr(" months"));
    m_pattern->setObjectName(QStringLiteral("claimPattern"));
    m_pattern->setPlaceholderText(tr("e.g. WNP-POKL.07.02.02-14-045/11-{n} (empty: no claim numbers)"));
    m_message->setObjectName(QStringLiteral("periodsMessage"));
    m_message->setWordWrap(true);
    auto* generateButton = new QPushButton(tr("Generate periods…"), this);
    generateButton->setObjectName(QStringLiteral("generatePeriods"));

    auto* hint = new QLabel(tr("Periods are generated over the project's dates: 3 months gives calendar quarters. "
                               "Locked periods stay as they are. A period's notes and who prepared its report are "
                               "edited in the Reports section."),
                            this);
    hint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Length of a period"), m_months);
    form->addRow(tr("Claim numbers ({n}: the period's number)"), m_pattern);
    auto* row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addWidget(generateButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addLayout(row);

    connect(generateButton, &QPushButton::clicked, this, [this] { generate(); });
    connect(&m_context.changes, &core::ChangeNotifier::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Periods || topic == core::Topic::Project) {
            reload();
        }
    });
    reload();
}

void PeriodsTab::reload()
{
    QList<core::ReportingPeriod> periods;
    try {
        periods = core::ReportingPeriodRepository(m_context.db).all();
    } catch (const core::StorageError& e) {
        m_message->setText(e.message());
        return;
    }
    m_table->setRowCount(int(periods.size()));
    for (int row = 0; row < periods.size(); ++row) {
        const core::ReportingPeriod& p = periods[row];
        const QStringList cells{QString::number(p.number.value_or(0)), FormErrors::dateText(p.from),
                                FormErrors::dateText(p.to), p.claimNumber, p.locked ? tr("locked") : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
    }
    for (const int column : {0, 1, 2, 4}) {
        m_table->resizeColumnToContents(column);
    }
}

bool PeriodsTab::generate()
{
    m_message->clear();
    core::ProjectSettingsService service(m_context.db, &m_context.changes);
    const auto plan = service.previewPeriods(m_months->value(), m_pattern->text());
    if (!plan) {
        m_message->setText(plan.error().message);
        return false;
    }
    if (plan->changesNothing()) {
        m_message->setText(tr("The periods are already as asked: nothing to change."));
        return false;
    }
    if ((!plan->removed.isEmpty() || !plan->changed.isEmpty()) &&
        !m_context.prompt.confirm(this, tr("Generate reporting periods"),
                                  tr("The periods there are now would change:") + QLatin1Char('\n') +
                                      plan->describeChanges().join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                      tr("Replace the periods? (This can be undone.)"))) {
        return false;
    }
    const auto done = service.generatePeriods(m_months->value(), m_pattern->text());
    if (!done) {
        m_message->setText(done.error().message);
        return false;
    }
    AppContext& context = m_context;
    pushChange(
        m_context, this, tr("Generate reporting periods"),
        [&context](const core::OpenPeriods& periods) { return settingsService(context).restorePeriods(periods); },
        done->before, done->after);
    m_message->setText(tr("%n reporting period(s).", nullptr, int(done->plan.periods.size())));
    return true;
}

} // namespace osiedle::ui
