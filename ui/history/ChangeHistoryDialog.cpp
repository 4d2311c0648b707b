#include "ui/history/ChangeHistoryDialog.h"

#include "core/history/ChangeHistoryText.h"
#include "core/storage/ChangeLogRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListExport.h"
#include "ui/history/ChangeHistoryModel.h"
#include "ui/socialcoops/OptionalDateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace osiedle::ui {

ChangeHistoryDialog::ChangeHistoryDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_person(new QComboBox(this)), m_kind(new QComboBox(this)),
      m_from(new OptionalDateEdit(this)), m_to(new OptionalDateEdit(this)), m_count(new QLabel(this)),
      m_model(new ChangeHistoryModel(context.db, this)), m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("changeHistoryDialog"));
    setWindowTitle(tr("Change history"));
    m_person->setObjectName(QStringLiteral("personFilter"));
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_from->setValue(std::nullopt);
    m_to->setValue(std::nullopt);

    auto* filters = new QHBoxLayout();
    auto addFilter = [&](const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, this);
        caption->setBuddy(field);
        filters->addWidget(caption);
        filters->addWidget(field);
    };
    addFilter(tr("&Person:"), m_person);
    addFilter(tr("&Record:"), m_kind);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    filters->addStretch(1);

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ChangeHistoryModel::Time, 140);
    m_table->setColumnWidth(ChangeHistoryModel::Person, 130);
    m_table->setColumnWidth(ChangeHistoryModel::Action, 150);
    m_table->setColumnWidth(ChangeHistoryModel::Record, 170);

    auto* bottom = new QHBoxLayout();
    bottom->addWidget(m_count, 1);
    ListExport::addButton(context, m_table, bottom, tr("change-history.xlsx"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    fillChoices();
    applyFilter();
    for (QComboBox* box : {m_person, m_kind}) {
        connect(box, &QComboBox::currentIndexChanged, this, &ChangeHistoryDialog::applyFilter);
    }
    for (OptionalDateEdit* edit : {m_from, m_to}) {
        connect(edit->checkBox(), &QCheckBox::toggled, this, &ChangeHistoryDialog::applyFilter);
        connect(edit->dateEdit(), &QDateEdit::dateChanged, this, &ChangeHistoryDialog::applyFilter);
    }
    resize(1100, 600);
}

void ChangeHistoryDialog::fillChoices()
{
    m_person->addItem(tr("Everyone"), QString());
    m_kind->addItem(tr("Every record"), QString());
    try {
        core::ChangeLogRepository repo(m_context.db);
        for (const QString& person : repo.persons()) {
            m_person->addItem(person, person);
        }
        QList<std::pair<QString, QString>> kinds;
        for (const QString& kind : repo.recordKinds()) {
            kinds.append({core::ChangeHistoryText::recordKind(kind), kind});
        }
        std::sort(kinds.begin(), kinds.end(),
                  [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto& kind : kinds) {
            m_kind->addItem(kind.first, kind.second);
        }
    } catch (const core::StorageError&) {
        // The lists stay with "everyone" and "every record" only.
    }
}

void ChangeHistoryDialog::applyFilter()
{
    core::ChangeFilter filter;
    filter.person = m_person->currentData().toString();
    filter.recordKind = m_kind->currentData().toString();
    filter.from = m_from->value().value_or(QDate());
    filter.to = m_to->value().value_or(QDate());
    m_model->setFilter(filter);
    qint64 total = 0;
    try {
        total = core::ChangeLogRepository(m_context.db).count(filter);
    } catch (const core::StorageError&) {
        total = 0;
    }
    m_count->setText(tr("Changes: %1").arg(QLocale().toString(total)));
}

} // namespace osiedle::ui
