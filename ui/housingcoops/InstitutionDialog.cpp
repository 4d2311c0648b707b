#include "ui/housingcoops/InstitutionDialog.h"

#include "core/storage/InstitutionRepository.h"
#include "core/storage/StorageError.h"
#include "ui/common/AppContext.h"
#include "ui/common/ListExport.h"
#include "ui/common/ServiceStep.h"
#include "ui/common/UserPrompt.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace osiedle::ui {

InstitutionDialog::InstitutionDialog(AppContext& context, QWidget* parent)
    : QDialog(parent), m_context(context), m_service(context.db, context.changes)
{
    setObjectName(QStringLiteral("institutionDialog"));
    setWindowTitle(tr("Institutions (OPS/PUP)"));
    auto* outer = new QHBoxLayout(this);
    m_list = new QTableWidget(0, 3, this);
    m_list->setObjectName(QStringLiteral("institutionList"));
    m_list->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Locality")});
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    // the name, the kind and the locality side by side without scrolling
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 70);
    outer->addWidget(
        ListExport::pageWithButton(context, m_list, tr("institutions.xlsx"), QStringLiteral("exportInstitutions")), 3);

    auto* right = new QVBoxLayout;
    outer->addLayout(right, 2);
    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("generalError"));
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->setWordWrap(true);
    m_general->hide();
    right->addWidget(m_general);
    m_errors = FormErrors(m_general);
    auto* form = new QFormLayout;
    right->addLayout(form);
    auto edit = [this](const char* name, const QString& placeholder = {}) {
        auto* line = new QLineEdit(this);
        line->setObjectName(QString::fromLatin1(name));
        line->setPlaceholderText(placeholder);
        return line;
    };
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const core::InstitutionKind kind : core::allValues<core::InstitutionKind>()) {
        m_kind->addItem(core::label(kind), core::key(kind));
    }
    m_name = edit("name");
    m_street = edit("street");
    m_building = edit("building");
    m_postalCode = edit("postalCode", tr("NN-NNN"));
    m_locality = edit("locality");
    m_contact = edit("contactPerson");
    m_phone = edit("phone");
    m_email = edit("email");
    m_notes = edit("notes");
    form->addRow(tr("Kind"), m_kind);
    m_errors.addRow(form, tr("Name"), m_name, QStringLiteral("name"));
    form->addRow(tr("Street"), m_street);
    form->addRow(tr("Building"), m_building);
    m_errors.addRow(form, tr("Postal code"), m_postalCode, QStringLiteral("postal_code"));
    m_errors.addRow(form, tr("Locality"), m_locality, QStringLiteral("teryt"));
    form->addRow(tr("Contact person"), m_contact);
    form->addRow(tr("Phone"), m_phone);
    m_errors.addRow(form, tr("E-mail"), m_email, QStringLiteral("email"));
    form->addRow(tr("Notes"), m_notes);

    auto* actions = new QHBoxLayout;
    auto addButton = [this, actions](const char* name, const QString& text, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, slot);
    };
    addButton("newInstitution", tr("New"), [this] { select(0); });
    addButton("saveInstitution", tr("Save"), [this] { save(); });
    addButton("deleteInstitution", tr("Delete"), [this] { removeSelected(); });
    actions->addStretch(1);
    right->addLayout(actions);
    right->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    right->addWidget(buttons);

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem* item = row >= 0 ? m_list->item(row, 0) : nullptr) {
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            if (id != m_original.id) {
                select(id);
            }
        }
    });
    reload();
    select(0);
    resize(1100, 480); // the list's names have room; fits a 1366-pixel screen
}

void InstitutionDialog::reload()
{
    const QSignalBlocker block(m_list);
    m_list->setRowCount(0);
    try {
        const QList<core::Institution> institutions = core::InstitutionRepository(m_context.db).list();
        m_list->setRowCount(int(institutions.size()));
        for (int row = 0; row < institutions.size(); ++row) {
            const core::Institution& i = institutions[row];
            auto* name = new QTableWidgetItem(i.name);
            name->setData(Qt::UserRole, i.id);
            m_list->setItem(row, 0, name);
            m_list->setItem(row, 1, new QTableWidgetItem(core::label(i.kind)));
            m_list->setItem(row, 2, new QTableWidgetItem(i.locality));
            if (i.id == m_original.id) {
                m_list->setCurrentCell(row, 0);
            }
        }
    } catch (const core::StorageError& e) {
        m_context.prompt.error(this, windowTitle(), e.message());
    }
}

void InstitutionDialog::select(qint64 id)
{
    core::Institution i;
    if (id > 0) {
        try {
            i = core::InstitutionRepository(m_context.db).find(id).value_or(core::Institution{});
        } catch (const core::StorageError& e) {
            m_context.prompt.error(this, windowTitle(), e.message());
        }
    }
    display(i);
    const QSignalBlocker block(m_list);
    m_list->setCurrentIndex(QModelIndex());
    m_list->clearSelection();
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == i.id && i.id > 0) {
            m_list->setCurrentCell(row, 0);
        }
    }
}

void InstitutionDialog::display(const core::Institution& i)
{
    m_original = i;
    m_kind->setCurrentIndex(m_kind->findData(core::key(i.kind)));
    m_name->setText(i.name);
    m_street->setText(i.street);
    m_building->setText(i.building);
    m_postalCode->setText(i.postalCode);
    m_locality->setText(i.locality);
    m_contact->setText(i.contactPerson);
    m_phone->setText(i.phone);
    m_email->setText(i.email);
    m_notes->setText(i.notes);
    m_errors.clear();
}

bool InstitutionDialog::save()
{
    core::Institution i = m_original;
    i.kind =
        core::parseKey<core::InstitutionKind>(m_kind->currentData().toString()).value_or(core::InstitutionKind::Ops);
    i.name = m_name->text().trimmed();
    i.street = m_street->text().trimmed();
    i.building = m_building->text().trimmed();
    i.postalCode = m_postalCode->text().trimmed();
    i.locality = m_locality->text().trimmed();
    i.contactPerson = m_contact->text().trimmed();
    i.phone = m_phone->text().trimmed();
    i.email = m_email->text().trimmed();
    i.notes = m_notes->text().trimmed();
    core::FieldErrors errors;
    AppContext& context = m_context;
    auto onFailure = [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); };
    auto restore = [&context](const core::Institution& stored) {
        return serviceStep(
            [&context, stored] { return core::HousingCoopService(context.db, context.changes).restore(stored); });
    };
    core::Institution stored;
    if (i.id == 0) {
        const auto created = m_service.create(i, &errors);
        if (!created) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), created.error().message}} : errors);
            return false;
        }
        stored = core::InstitutionRepository(m_context.db).find(*created).value_or(i);
        m_context.undo.push(
            new UndoableEdit(tr("Add institution %1").arg(stored.name), serviceStep([&context, id = stored.id] {
                                 return core::HousingCoopService(context.db, context.changes).removeInstitution(id);
                             }),
                             restore(stored), onFailure));
    } else {
        const auto updated = m_service.update(i, &errors);
        if (!updated) {
            m_errors.show(errors.isEmpty() ? core::FieldErrors{{QString(), updated.error().message}} : errors);
            return false;
        }
        stored = core::InstitutionRepository(m_context.db).find(i.id).value_or(i);
        m_context.undo.push(new UndoableEdit(tr("Edit institution %1").arg(stored.name), restore(m_original),
                                             restore(stored), onFailure));
    }
    m_original = stored;
    reload();
    select(stored.id);
    return true;
}

bool InstitutionDialog::removeSelected()
{
    if (m_original.id <= 0 ||
        !m_context.prompt.confirm(this, tr("Delete institution"), tr("Delete %1?").arg(m_original.name))) {
        return false;
    }
    const core::Institution before = m_original;
    if (const core::Status removed = m_service.removeInstitution(before.id); !removed) {
        m_context.prompt.error(this, tr("Delete institution"), removed.error().message);
        return false;
    }
    AppContext& context = m_context;
    m_context.undo.push(
        new UndoableEdit(tr("Delete institution %1").arg(before.name), serviceStep([&context, before] {
                             return core::HousingCoopService(context.db, context.changes).restore(before);
                         }),
                         serviceStep([&context, id = before.id] {
                             return core::HousingCoopService(context.db, context.changes).removeInstitution(id);
                         }),
                         [&context](const QString& message) { context.prompt.error(nullptr, tr("Undo"), message); }));
    m_original = core::Institution{};
    reload();
    select(0);
    return true;
}

} // namespace osiedle::ui
