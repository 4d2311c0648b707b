#include "ui/reports/ReportingPeriodDialog.h"

#include "core/common/DisplayFormat.h"
#include "core/services/ReportingPeriodService.h"
#include "core/storage/ProjectRepository.h"
#include "core/storage/ReportingPeriodRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/FormErrors.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

namespace {

QString stamp(const QDateTime& at)
{
    return core::shown::dateTime(at);
}

// The undo/redo step that deletes a period again.
UndoableEdit::Step removeStep(AppContext& context, qint64 id)
{
    return [&context, id](QString* error) {
        const auto removed = core::ReportingPeriodService(context.db, &context.changes).remove(id);
        if (!removed && error) {
            *error = removed.error().message;
        }
        return removed.ok();
    };
}

} // namespace

ReportingPeriodDialog::ReportingPeriodDialog(AppContext& context, QWidget* parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportingPeriodDialog"));
    setWindowTitle(tr("Reporting periods"));
    resize(900, 640);
    auto* outer = new QHBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("periodList"));
    m_list->setMinimumWidth(300);
    outer->addWidget(m_list);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 1);
    m_lockState = new QLabel(this);
    m_lockState->setObjectName(QStringLiteral("lockState"));
    m_lockState->setWordWrap(true);
    m_lockState->setStyleSheet(QStringLiteral("background: #ffe082; padding: 4px;"));
    m_lockState->hide();
    right->addWidget(m_lockState);
    m_general = FormErrors::createGeneralLabel(this);
    right->addWidget(m_general);
    m_errors = FormErrors(m_general);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_form);
    auto line = [this](const char* name, const QString& placeholder = {}) {
        auto* edit = new QLineEdit(m_form);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    auto text = [this](const char* name) {
        auto* edit = new QPlainTextEdit(m_form);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(80);
        return edit;
    };
    m_number = new QSpinBox(m_form);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setRange(0, 999);
    m_from = line("fromDate", tr("DD.MM.YYYY"));
    m_to = line("toDate", tr("DD.MM.YYYY"));
    m_claim = line("claimNumber");
    m_problems = text("problems");
    m_plans = text("plans");
    m_preparedBy = line("preparedBy");
    m_preparedRole = line("preparedRole");
    m_place = line("place");
    m_preparedOn = line("preparedOn", tr("DD.MM.YYYY"));
    m_errors.addRow(form, tr("Number"), m_number, QStringLiteral("number"));
    m_errors.addRow(form, tr("From"), m_from, QStringLiteral("from"));
    m_errors.addRow(form, tr("To"), m_to, QStringLiteral("to"));
    form->addRow(tr("Payment claim number"), m_claim);
    form->addRow(tr("Problems met"), m_problems);
    form->addRow(tr("Plans until the next claim"), m_plans);
    // Who prepared the report, taken from the office staff (or typed): empty fields print the
    // project's default signatory and place.
    m_staff = new QComboBox(m_form);
    m_staff->setObjectName(QStringLiteral("preparedByStaff"));
    try {
        core::ProjectRepository project(m_context.db);
        m_staff->addItem(tr("Choose from the office staff…"), 0);
        for (const core::StaffMember& member : project.staff()) {
            m_staff->addItem(member.signatureLine(), QStringList{member.name, member.printedRole()});
        }
        if (const auto signatory = project.defaultSignatory()) {
            m_preparedBy->setPlaceholderText(tr("empty: %1").arg(signatory->name));
            m_preparedRole->setPlaceholderText(tr("empty: %1").arg(signatory->printedRole()));
        }
        if (const auto settings = project.project(); settings && !settings->place.isEmpty()) {
            m_place->setPlaceholderText(tr("empty: %1").arg(settings->place));
        }
    } catch (const core::StorageError&) {
        // typed by hand then
    }
    m_staff->setEnabled(m_staff->count() > 1);
    connect(m_staff, &QComboBox::activated, this, [this](int index) {
        const QStringList person = m_staff->itemData(index).toStringList();
        if (person.size() == 2) {
            m_preparedBy->setText(person[0]);
            m_preparedRole->setText(person[1]);
        }
        m_staff->setCurrentIndex(0);
    });
    form->addRow(QString(), m_staff);
    form->addRow(tr("Prepared by"), m_preparedBy);
    form->addRow(tr("Role"), m_preparedRole);
    form->addRow(tr("Place"), m_place);
    m_errors.addRow(form, tr("Date"), m_preparedOn, QStringLiteral("prepared_on"));

    auto* actions = new QHBoxLayout;
    auto addButton = [this, actions](const char* name, const QString& label, auto slot) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QString::fromLatin1(name));
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    addButton("newPeriod", tr("New"), [this] { select(0); });
    m_save = addButton("savePeriod", tr("Save"), [this] { save(); });
    m_delete = addButton("deletePeriod", tr("Delete"), [this] { removeSelected(); });
    actions->addStretch(1);
    right->addLayout(actions);
    right->addWidget(new QLabel(tr("Lock log"), this));
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("lockLog"));
    m_log->setMaximumHeight(90);
    right->addWidget(m_log);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            if (id != currentId()) {
                select(id);
            }
        }
    });
    reload();
    select(m_list->count() > 0 ? m_list->item(m_list->count() - 1)->data(Qt::UserRole).toLongLong() : 0);
}

void ReportingPeriodDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    try {
        for (const core::ReportingPeriod& p : core::ReportingPeriodRepository(m_context.db).all()) {
            QString label = tr("Period %1: %2 – %3")
                                .arg(p.number.value_or(0))
                                .arg(FormErrors::dateText(p.from), FormErrors::dateText(p.to));
            if (p.locked) {
                label += QLatin1Char(' ') + tr("(locked)");
            }
            auto* item = new QListWidgetItem(label, m_list);
            item->setData(Qt::UserRole, p.id.value_or(0));
            if (p.id == m_original.id && p.id) {
                m_list->setCurrentItem(item);
            }
        }
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
    }
}

core::ReportingPeriod ReportingPeriodDialog::suggestedNew()
{
    core::ReportingPeriod period;
    period.number = 1;
    try {
        const QList<core::ReportingPeriod> all = core::ReportingPeriodRepository(m_context.db).all();
        if (!all.isEmpty()) {
            // The quarter (or period of the same length) after the last one.
            const core::ReportingPeriod& last = all.last();
            period.number = last.number.value_or(0) + 1;
            period.from = last.to.addDays(1);
            period.to = period.from.addMonths(3).addDays(-1);
        }
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
    }
    return period;
}

void ReportingPeriodDialog::select(qint64 id)
{
    std::optional<core::ReportingPeriod> period;
    if (id > 0) {
        try {
            period = core::ReportingPeriodRepository(m_context.db).byId(id);
        } catch (const core::StorageError& e) {
            m_context.prompt.error(this, windowTitle(), e.message());
        }
    }
    display(period ? *period : suggestedNew());
    const QSignalBlocker block(m_list);
    m_list->setCurrentItem(nullptr);
    for (int row = 0; row < m_list->count(); ++row) {
        if (id > 0 && m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
        }
    }
}

void ReportingPeriodDialog::display(const core::ReportingPeriod& p)
{
    m_original = p;
    m_number->setValue(p.number.value_or(0));
    m_from->setText(p.from.isValid() ? FormErrors::dateText(p.from) : QString());
    m_to->setText(p.to.isValid() ? FormErrors::dateText(p.to) : QString());
    m_claim->setText(p.claimNumber);
    m_problems->setPlainText(p.problems);
    m_plans->setPlainText(p.plans);
    m_preparedBy->setText(p.preparedBy);
    m_preparedRole->setText(p.preparedRole);
    m_place->setText(p.place);
    m_preparedOn->setText(p.preparedOn.isValid() ? FormErrors::dateText(p.preparedOn) : QString());
    m_errors.clear();
    // A locked period is kept as it was reported: read-only until it is unlocked.
    m_form->setEnabled(!p.locked);
    m_save->setEnabled(!p.locked);
    m_delete->setEnabled(!p.locked && p.id.has_value());
    m_lockState->setVisible(p.locked);
    m_lockState->setText(tr("Locked on %1: the period's report is kept as it was sent. To change the period, "
                            "unlock it in Reports (the reason is recorded).")
                             .arg(stamp(p.lockedOn)));
    m_log->clear();
    if (p.id) {
        try {
            for (const core::PeriodLockLogEntry& e : core::ReportingPeriodRepository(m_context.db).log(*p.id)) {
                QString entry = e.unlock ? tr("%1 unlocked by %2: %3").arg(stamp(e.at), e.byWhom, e.reason)
                                         : tr("%1 locked by %2").arg(stamp(e.at), e.byWhom);
                m_log->addItem(entry);
            }
        } catch (const core::StorageError& e) {
            m_context.prompt.error(this, windowTitle(), e.message());
        }
    }
}

bool ReportingPeriodDialog::save()
{
    core::ReportingPeriod p = m_original;
    core::FieldErrors errors;
    p.number = m_number->value();
    p.from = FormErrors::readDate(m_from, QStringLiteral("from"), errors);
    p.to = FormErrors::readDate(m_to, QStringLiteral("to"), errors);
    p.preparedOn = FormErrors::readDate(m_preparedOn, QStringLiteral("prepared_on"), errors);
    p.claimNumber = m_claim->text().trimmed();
    p.problems = m_problems->toPlainText().trimmed();
    p.plans = m_plans->toPlainText().trimmed();
    p.preparedBy = m_preparedBy->text().trimmed();
    p.preparedRole = m_preparedRole->text().trimmed();
    p.place = m_place->text().trimmed();
    if (!errors.isEmpty()) {
        m_errors.show(errors);
        return false;
    }
    AppContext& context = m_context;
    core::ReportingPeriodService service(m_context.db, &m_context.changes);
    auto onFailure = [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); };
    auto restore = [&context](const core::ReportingPeriod& stored) {
        return serviceStep(
            [&context, stored] { return core::ReportingPeriodService(context.db, &context.changes).restore(stored); });
    };
    if (!p.id) {
        const auto created = service.create(p, &errors);
        if (!created) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), created.error().message}} : errors);
            return false;
        }
        p.id = *created;
        m_context.undo.push(new UndoableEdit(tr("Add reporting period %1").arg(*p.number),
                                             removeStep(context, *created), restore(p), onFailure));
    } else {
        const core::Status updated = service.update(p, &errors);
        if (!updated) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), updated.error().message}} : errors);
            return false;
        }
        m_context.undo.push(new UndoableEdit(tr("Edit reporting period %1").arg(*p.number), restore(m_original),
                                             restore(p), onFailure));
    }
    m_original = p;
    reload();
    select(*p.id);
    return true;
}

bool ReportingPeriodDialog::removeSelected()
{
    if (!m_original.id || !m_context.prompt.confirm(
                              this, tr("Delete reporting period"),
                              tr("Delete period %1 (%2 – %3)? Its manual indicator values are "
                                 "deleted with it.")
                                  .arg(m_original.number.value_or(0))
                                  .arg(FormErrors::dateText(m_original.from), FormErrors::dateText(m_original.to)))) {
        return false;
    }
    const core::ReportingPeriod before = m_original;
    const auto removed = core::ReportingPeriodService(m_context.db, &m_context.changes).remove(*before.id);
    if (!removed) {
        m_context.prompt.error(this, tr("Delete reporting period"), removed.error().message);
        return false;
    }
    AppContext& context = m_context;
    m_context.undo.push(
        new UndoableEdit(tr("Delete reporting period %1").arg(before.number.value_or(0)),
                         serviceStep([&context, before, values = *removed] {
                             return core::ReportingPeriodService(context.db, &context.changes).restore(before, values);
                         }),
                         removeStep(context, *before.id),
                         [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    m_original = {};
    reload();
    select(0);
    return true;
}

} // namespace osiedle::ui
