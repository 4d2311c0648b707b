#include "ui/reports/IndicatorTargetsDialog.h"

#include "core/common/DisplayFormat.h"
#include "core/services/IndicatorService.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

// An optional whole number typed in a field; a wrong one adds an error for `key`.
std::optional<qint64> readNumber(const QString& typed, const QString& key, core::FieldErrors& errors)
{
    const QString text = QString(typed).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        errors.append({key, IndicatorTargetsDialog::tr("\"%1\" is not a whole number.").arg(typed.trimmed())});
        return std::nullopt;
    }
    return value;
}

QString numberText(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

core::IndicatorService service(AppContext& context)
{
    return core::IndicatorService(context.db, &context.changes);
}

} // namespace

IndicatorTargetsDialog::IndicatorTargetsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("indicatorTargetsDialog"));
    setWindowTitle(tr("Indicators and targets"));
    resize(1000, 680);
    auto* outer = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("indicatorList"));
    m_list->setMinimumWidth(340);
    m_list->setWordWrap(true);
    outer->addWidget(m_list);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 1);
    m_general = FormErrors::createGeneralLabel(this);
    right->addWidget(m_general);
    m_errors = FormErrors(m_general);
    auto* form = new QFormLayout;
    right->addLayout(form);
    auto line = [this](const char* name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        return edit;
    };
    m_name = line("name");
    m_objective = line("objective");
    m_unit = line("unit");
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const core::IndicatorKind kind : core::allValues<core::IndicatorKind>()) {
        m_kind->addItem(core::label(kind), core::key(kind));
    }
    m_split = new QCheckBox(tr("Persons, counted as women and men"), this);
    m_split->setObjectName(QStringLiteral("splitBySex"));
    m_targetTotal = line("targetTotal");
    m_targetWomen = line("targetWomen");
    m_targetMen = line("targetMen");
    m_errors.addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    form->addRow(tr("Objective"), m_objective);
    m_errors.addRow(form, tr("Unit"), m_unit, QStringLiteral("unit"));
    form->addRow(tr("Kind"), m_kind);
    form->addRow(QString(), m_split);
    m_errors.addRow(form, tr("Target: total"), m_targetTotal, QStringLiteral("target_total"));
    m_errors.addRow(form, tr("Target: women"), m_targetWomen, QStringLiteral("target_women"));
    m_errors.addRow(form, tr("Target: men"), m_targetMen, QStringLiteral("target_men"));
    connect(m_split, &QCheckBox::toggled, this, [this](bool split) {
        m_targetWomen->setEnabled(split);
        m_targetMen->setEnabled(split);
    });

    auto* actions = new QHBoxLayout;
    auto addButton = [this, actions](const char* name, const QString& label, auto slot) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QString::fromLatin1(name));
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    addButton("newIndicator", tr("New own indicator"), [this] { select(QString()); });
    addButton("saveIndicator", tr("Save"), [this] { save(); });
    m_delete = addButton("deleteIndicator", tr("Delete"), [this] { removeSelected(); });
    actions->addStretch(1);
    right->addLayout(actions);

    m_valuesBox = new QGroupBox(tr("Values per reporting period (typed by the office)"), this);
    auto* valuesLayout = new QVBoxLayout(m_valuesBox);
    m_values = new QTableWidget(m_valuesBox);
    m_values->setObjectName(QStringLiteral("valuesTable"));
    m_values->setColumnCount(3);
    m_values->setHorizontalHeaderLabels({tr("Total"), tr("Women"), tr("Men")});
    m_values->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    valuesLayout->addWidget(m_values);
    auto* saveValuesButton = new QPushButton(tr("Save values"), m_valuesBox);
    saveValuesButton->setObjectName(QStringLiteral("saveValues"));
    connect(saveValuesButton, &QPushButton::clicked, this, [this] { saveValues(); });
    valuesLayout->addWidget(saveValuesButton, 0, Qt::AlignLeft);
    right->addWidget(m_valuesBox, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole).toString() != m_original.code) {
            select(item->data(Qt::UserRole).toString());
        }
    });
    reload();
    select(m_list->count() > 0 ? m_list->item(0)->data(Qt::UserRole).toString() : QString());
}

void IndicatorTargetsDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    try {
        for (const core::IndicatorEntry& e : core::IndicatorRepository(m_context.db).all()) {
            const QString target = e.target.total ? QString::number(*e.target.total) : tr("no target");
            auto* item = new QListWidgetItem(e.manual ? tr("%1 (own indicator) – %2").arg(e.name, target)
                                                      : tr("%1 – %2").arg(e.name, target),
                                             m_list);
            item->setData(Qt::UserRole, e.code);
            if (e.code == m_original.code) {
                m_list->setCurrentItem(item);
            }
        }
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
    }
}

void IndicatorTargetsDialog::select(const QString& code)
{
    core::IndicatorEntry entry;
    entry.manual = true;
    if (!code.isEmpty()) {
        try {
            entry = core::IndicatorRepository(m_context.db).find(code).value_or(entry);
        } catch (const core::StorageError& e) {
            m_context.prompt.error(this, windowTitle(), e.message());
        }
    }
    display(entry);
    const QSignalBlocker block(m_list);
    m_list->setCurrentItem(nullptr);
    for (int row = 0; row < m_list->count(); ++row) {
        if (!entry.code.isEmpty() && m_list->item(row)->data(Qt::UserRole).toString() == entry.code) {
            m_list->setCurrentRow(row);
        }
    }
}

void IndicatorTargetsDialog::display(const core::IndicatorEntry& e)
{
    m_original = e;
    m_name->setText(e.name);
    m_objective->setText(e.objective);
    m_unit->setText(e.unit);
    m_kind->setCurrentIndex(m_kind->findData(core::key(e.kind)));
    m_split->setChecked(e.splitBySex);
    m_targetWomen->setEnabled(e.splitBySex);
    m_targetMen->setEnabled(e.splitBySex);
    // What is calculated keeps the shape its calculation needs; an own one only until it has values.
    m_split->setEnabled(e.manual);
    m_kind->setEnabled(true);
    m_targetTotal->setText(numberText(e.target.total));
    m_targetWomen->setText(numberText(e.target.women));
    m_targetMen->setText(numberText(e.target.men));
    m_delete->setEnabled(e.manual && !e.code.isEmpty());
    m_errors.clear();
    showValues();
}

void IndicatorTargetsDialog::showValues()
{
    const bool own = m_original.manual && !m_original.code.isEmpty();
    m_valuesBox->setVisible(own);
    m_values->setRowCount(0);
    if (!own) {
        return;
    }
    try {
        QHash<qint64, core::IndicatorValue> values;
        for (const core::ManualValue& v : core::IndicatorRepository(m_context.db).manualValues(m_original.code)) {
            values.insert(v.periodId, v.value);
        }
        const QList<core::ReportingPeriod> periods = core::ReportingPeriodRepository(m_context.db).all();
        m_values->setRowCount(int(periods.size()));
        // An indicator not counted by sex has only a total.
        m_values->setColumnHidden(1, !m_original.splitBySex);
        m_values->setColumnHidden(2, !m_original.splitBySex);
        QStringList labels;
        for (int row = 0; row < periods.size(); ++row) {
            const core::ReportingPeriod& p = periods[row];
            labels << tr("%1: %2 – %3%4")
                          .arg(p.number.value_or(0))
                          .arg(core::shown::date(p.from), core::shown::date(p.to),
                               p.locked ? QLatin1Char(' ') + tr("(locked)") : QString());
            const auto value = values.constFind(p.id.value_or(0));
            const std::optional<qint64> cells[] = {value != values.constEnd() ? std::optional<qint64>(value->total)
                                                                              : std::nullopt,
                                                   value != values.constEnd() ? value->women : std::nullopt,
                                                   value != values.constEnd() ? value->men : std::nullopt};
            for (int column = 0; column < 3; ++column) {
                auto* item = new QTableWidgetItem(numberText(cells[column]));
                item->setData(Qt::UserRole, p.id.value_or(0));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                const bool editable = !p.locked && (column == 0 || m_original.splitBySex);
                if (!editable) {
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                    item->setForeground(QColor(0x80, 0x80, 0x80));
                }
                m_values->setItem(row, column, item);
            }
        }
        m_values->setVerticalHeaderLabels(labels);
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
    }
}

bool IndicatorTargetsDialog::save()
{
    core::IndicatorEntry e = m_original;
    core::FieldErrors errors;
    e.name = m_name->text().trimmed();
    e.objective = m_objective->text().trimmed();
    e.unit = m_unit->text().trimmed();
    e.kind =
        core::parseKey<core::IndicatorKind>(m_kind->currentData().toString()).value_or(core::IndicatorKind::Product);
    e.splitBySex = m_split->isChecked();
    e.target.total = readNumber(m_targetTotal->text(), QStringLiteral("target_total"), errors);
    e.target.women =
        e.splitBySex ? readNumber(m_targetWomen->text(), QStringLiteral("target_women"), errors) : std::nullopt;
    e.target.men = e.splitBySex ? readNumber(m_targetMen->text(), QStringLiteral("target_men"), errors) : std::nullopt;
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return false;
    }
    AppContext& context = m_context;
    auto onFailure = [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); };
    auto restore = [&context](const core::IndicatorEntry& stored) {
        return serviceStep([&context, stored] { return service(context).restore(stored); });
    };
    if (e.code.isEmpty()) {
        const auto created = service(m_context).createOwn(e, &errors);
        if (!created) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), created.error().message}} : errors);
            return false;
        }
        e = core::IndicatorRepository(m_context.db).find(*created).value_or(e);
        m_context.undo.push(new UndoableEdit(tr("Add indicator %1").arg(e.name), serviceStep([&context, code = e.code] {
                                                 const auto removed = service(context).removeOwn(code);
                                                 return removed ? core::Status() : core::Status(removed.error());
                                             }),
                                             restore(e), onFailure));
    } else {
        // A locked period was reported with the old target: its report will show the change.
        int locked = 0;
        try {
            for (const core::ReportingPeriod& p : core::ReportingPeriodRepository(m_context.db).all()) {
                locked += p.locked ? 1 : 0;
            }
        } catch (const core::StorageError&) {
            // The save below reports a storage problem.
        }
        if (locked > 0 && e.target != m_original.target &&
            !m_context.prompt.confirm(this, tr("Change a target"),
                                      tr("%n locked period(s) were reported with the target %1. Their reports will "
                                         "show the new target beside the locked one as a difference. Change it?",
                                         nullptr, locked)
                                          .arg(numberText(m_original.target.total)))) {
            return false;
        }
        const core::Status updated = service(m_context).update(e, &errors);
        if (!updated) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), updated.error().message}} : errors);
            return false;
        }
        e = core::IndicatorRepository(m_context.db).find(e.code).value_or(e);
        m_context.undo.push(
            new UndoableEdit(tr("Edit indicator %1").arg(e.name), restore(m_original), restore(e), onFailure));
    }
    m_original = e;
    reload();
    select(e.code);
    return true;
}

bool IndicatorTargetsDialog::removeSelected()
{
    if (!m_original.manual || m_original.code.isEmpty() ||
        !m_context.prompt.confirm(
            this, tr("Delete indicator"),
            tr("Delete the indicator \"%1\" with its values of every period?").arg(m_original.name))) {
        return false;
    }
    const core::IndicatorEntry before = m_original;
    const auto removed = service(m_context).removeOwn(before.code);
    if (!removed) {
        m_context.prompt.error(this, tr("Delete indicator"), removed.error().message);
        return false;
    }
    AppContext& context = m_context;
    m_context.undo.push(new UndoableEdit(
        tr("Delete indicator %1").arg(before.name),
        serviceStep([&context, before, values = *removed] { return service(context).restore(before, values); }),
        serviceStep([&context, code = before.code] {
            const auto again = service(context).removeOwn(code);
            return again ? core::Status() : core::Status(again.error());
        }),
        [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    m_original = {};
    reload();
    select(m_list->count() > 0 ? m_list->item(0)->data(Qt::UserRole).toString() : QString());
    return true;
}

bool IndicatorTargetsDialog::saveValues()
{
    if (!m_original.manual || m_original.code.isEmpty()) {
        return false;
    }
    const QString code = m_original.code;
    QHash<qint64, std::optional<core::IndicatorValue>> stored;
    try {
        for (const core::ManualValue& v : core::IndicatorRepository(m_context.db).manualValues(code)) {
            stored.insert(v.periodId, v.value);
        }
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
        return false;
    }
    // Read every row first: nothing is written while one of them is wrong.
    struct Change {
        qint64 periodId;
        QString period;
        std::optional<core::IndicatorValue> before;
        std::optional<core::IndicatorValue> after;
    };
    QList<Change> changes;
    QStringList problems;
    for (int row = 0; row < m_values->rowCount(); ++row) {
        const qint64 periodId = m_values->item(row, 0)->data(Qt::UserRole).toLongLong();
        const QString period =
            m_values->verticalHeaderItem(row) ? m_values->verticalHeaderItem(row)->text() : QString();
        core::FieldErrors errors;
        auto total = readNumber(m_values->item(row, 0)->text(), QStringLiteral("total"), errors);
        const auto women = readNumber(m_values->item(row, 1)->text(), QStringLiteral("women"), errors);
        const auto men = readNumber(m_values->item(row, 2)->text(), QStringLiteral("men"), errors);
        if (!total && women && men) { // women and men typed: the total follows
            total = *women + *men;
        }
        std::optional<core::IndicatorValue> after;
        if (total || women || men) {
            after = core::IndicatorValue{total.value_or(0), women, men};
            if (!total) {
                errors.append({QStringLiteral("total"), tr("The total is required.")});
            }
            errors << core::IndicatorService::validateValue(*after, m_original.splitBySex);
        }
        for (const core::FieldError& e : errors) {
            problems << tr("Period %1: %2").arg(period, e.message);
        }
        const auto before = stored.value(periodId);
        if (errors.isEmpty() && before != after) {
            changes.append({periodId, period, before, after});
        }
    }
    if (!problems.isEmpty()) {
        m_context.prompt.error(this, tr("Save values"), problems.join(QLatin1Char('\n')));
        return false;
    }
    if (changes.isEmpty()) {
        return true;
    }
    AppContext& context = m_context;
    m_context.undo.beginMacro(tr("Values of %1").arg(m_original.name));
    bool ok = true;
    for (const Change& change : changes) {
        const core::Status done = service(m_context).setManualValue(code, change.periodId, change.after);
        if (!done) {
            m_context.prompt.error(this, tr("Save values"),
                                   tr("Period %1: %2").arg(change.period, done.error().message));
            ok = false;
            break;
        }
        m_context.undo.push(new UndoableEdit(
            tr("Value of %1 in period %2").arg(m_original.name, change.period), serviceStep([&context, code, change] {
                return service(context).setManualValue(code, change.periodId, change.before);
            }),
            serviceStep([&context, code, change] {
                return service(context).setManualValue(code, change.periodId, change.after);
            }),
            [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    }
    m_context.undo.endMacro();
    showValues();
    return ok;
}

} // namespace osiedle::ui
